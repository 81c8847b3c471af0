#!/usr/bin/env python3
"""How far two careful annotators agree, and how the parser scores against each.

    python benchmarks/agreement.py FOLDER [-v]

benchmarks/agreement/ holds a second gold, written blind from TARGETS.md alone, for pages whose first gold
is in benchmarks/more/; FOLDER holds the pages' texts (the project must not copy them). Both golds are
matched as the accuracy benchmark matches the parser's targets (policyparse.evaluate.match_targets): the
first against the second gives the agreement of two annotators, a ceiling for any extractor scored
against one of them; the parser against the gold it was tuned on and against the second shows how much of
its figure is fitted to one annotator's habits."""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from policyparse import PolicyParseError, parse  # noqa: E402
from policyparse.evaluate import match_targets  # noqa: E402


def _score(pred: list[dict], gold: list[dict]) -> tuple[int, int, int, int]:
    pairs = match_targets(pred, gold)
    return len(pairs), len(pred), len(gold), sum(1 for i, j in pairs if pred[i].get("year") == gold[j].get("year"))


def _line(name: str, s: list[int]) -> str:
    m, p, g, y = s
    f1 = 2 * m / (p + g) if p + g else 1.0
    return f"{name:34} P {m / p if p else 1:.3f} R {m / g if g else 1:.3f} F1 {f1:.3f} (matched {m}, {p} against {g}); year {y}/{m}"


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("-")]
    if not args:
        print(__doc__)
        return 2
    folder, verbose = Path(args[0]), "-v" in argv
    totals = {k: [0, 0, 0, 0] for k in ("second against first", "parser against first", "parser against second")}
    kinds = pages = 0
    for second_path in sorted((ROOT / "benchmarks" / "agreement").glob("*.gold.json")):
        second = json.loads(second_path.read_text(encoding="utf-8"))
        first = json.loads((ROOT / "benchmarks" / "more" / second_path.name).read_text(encoding="utf-8"))
        text = folder / second["doc"]
        if not text.exists():
            print(f"{second['doc']}: text not found in {folder}", file=sys.stderr)
            continue
        try:
            plan = parse(text, url=first.get("url"))
            pred = [t.model_dump() for t in plan.targets]
        except PolicyParseError as e:
            print(f"{second['doc']}: {e}", file=sys.stderr)
            pred = []
        rows = {"second against first": _score(second["targets"], first["targets"]),
                "parser against first": _score(pred, first["targets"]),
                "parser against second": _score(pred, second["targets"])}
        for k, s in rows.items():
            totals[k] = [a + b for a, b in zip(totals[k], s)]
        pages += 1
        kinds += second["doc_kind"] == first["doc_kind"]
        if verbose:
            print(f"{second['doc'][:50]:50} " + "  ".join(f"{k.split(' against ')[0][:6]}/{k.split()[-1][:3]} {s[0]}/{s[1]}/{s[2]}"
                                                        for k, s in rows.items()))
    print(f"{pages} pages; the two annotators give the same kind on {kinds}")
    for k, s in totals.items():
        print(_line(k, s))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
