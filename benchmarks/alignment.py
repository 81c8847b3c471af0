#!/usr/bin/env python3
"""Indicator alignment: how well indicator_key puts the ways plans write one indicator in one column.

    python benchmarks/alignment.py [--part tune|held] [-v] [--aliases FILE] [--threshold 0.8]

benchmarks/alignment/phrases.jsonl holds indicator phrases of real plans of many regions, each with the
concept a person grouped it under, blind to the code (its README says how). The taxonomy was written
without the held part: its figure is the honest one. Scores are B-cubed precision and recall of the keys
against the concepts, over distinct phrases (each phrase once: the hard measure) and over occurrences
(each phrase as often as plans print it: what a table's reader meets), with the same for the
normalised phrase alone (no taxonomy) as a baseline; "compared" is distinct phrases keyed as compare()
keys a lot of plans: phrases no canonical indicator matched merged onto nearly identical keys of the lot. -v lists the phrases split from their concept's
main key and the keys that join several concepts."""
from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from policyparse.indicators import IndicatorKeys, normalise  # noqa: E402

DATA = ROOT / "benchmarks" / "alignment" / "phrases.jsonl"


def bcubed(pred: list[str], gold: list[str]) -> tuple[float, float]:
    by_pred, by_gold, both = Counter(pred), Counter(gold), Counter(zip(pred, gold))
    n = len(pred)
    p = sum(both[(a, b)] / by_pred[a] for a, b in zip(pred, gold)) / n
    r = sum(both[(a, b)] / by_gold[b] for a, b in zip(pred, gold)) / n
    return p, r


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    part = argv[argv.index("--part") + 1] if "--part" in argv else None
    aliases = argv[argv.index("--aliases") + 1] if "--aliases" in argv else None
    threshold = float(argv[argv.index("--threshold") + 1]) if "--threshold" in argv else None
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    keys = IndicatorKeys(aliases, threshold=threshold)
    parts = [part] if part else sorted({r["part"] for r in rows})
    print(f"{'part':5} {'phrases':>7} {'concepts':>8} {'measure':12} {'B3 P':>6} {'B3 R':>6} {'F1':>6}   "
          f"{'baseline P/R/F1 (normalised phrase)':>36}   {'matched':>7}")
    for pt in parts:
        sel = [r for r in rows if r["part"] == pt]
        distinct = list({r["phrase"]: r for r in sel}.values())
        for label, items in (("distinct", distinct), ("occurrences", sel), ("compared", distinct)):
            matches = [keys.match(r["phrase"], r.get("unit")) for r in items]
            pred = [m.key for m in matches]
            if label == "compared":  # as compare() does: unmatched phrases merged onto near keys of the lot
                onto = keys.merge(dict(Counter(pred)), {m.key for m in matches if m.method == "phrase"})
                pred = [onto[k] for k in pred]
            gold = [r["concept"] for r in items]
            p, r = bcubed(pred, gold)
            bp, br = bcubed([normalise(x["phrase"]) for x in items], gold)
            known = sum(m.method != "phrase" for m in matches) / len(items)
            print(f"{pt:5} {len(items):7} {len(set(gold)):8} {label:12} {p:6.3f} {r:6.3f} {f1(p, r):6.3f}   "
                  f"{bp:10.3f} {br:6.3f} {f1(bp, br):6.3f}{'':13}   {known:7.0%}")
        if verbose:
            _report(distinct, keys)
    return 0


def _report(items: list[dict], keys: IndicatorKeys) -> None:
    by_concept: dict[str, list] = defaultdict(list)
    by_key: dict[str, set] = defaultdict(set)
    for r in items:
        m = keys.match(r["phrase"], r.get("unit"))
        by_concept[r["concept"]].append((r["phrase"], m))
        by_key[m.key].add(r["concept"])
    print("  split (a concept's phrases under several keys):")
    for concept, ms in sorted(by_concept.items()):
        ks = Counter(m.key for _, m in ms)
        if len(ks) > 1:
            main_key = ks.most_common(1)[0][0]
            for phrase, m in ms:
                if m.key != main_key:
                    print(f"    {concept}: {phrase} -> {m.key} ({m.method} {m.score:.2f}; nearest {m.nearest}) "
                          f"[main key {main_key}]")
    print("  joined (one key over several concepts):")
    for key, concepts in sorted(by_key.items()):
        if len(concepts) > 1:
            print(f"    {key}: {' | '.join(sorted(concepts))}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
