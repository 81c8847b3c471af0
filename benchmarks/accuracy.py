#!/usr/bin/env python3
"""Structure accuracy over a folder of documents with gold files (default: corpora/).

    python benchmarks/accuracy.py [FOLDER] [-v]

One row per document and format: title right, period right, top-level sections right (label and
title, in order), children per section right, measure count right; then the totals. A folder without
gold files (real texts the project must not copy, such as ../shared/real) is scored with the gold in
benchmarks/<folder name>/. Gold marked "split": "measure" was never tuned on: its totals are also
given apart from those of the rest.

    python benchmarks/accuracy.py ../shared/real -v
    python benchmarks/accuracy.py ../shared/real --batch B3 -v   # one blind batch (benchmarks/real/LEDGER.md)
    python benchmarks/accuracy.py FOLDER --batch B404-B444       # batches by number, pooled (or B3,B7,B9)

Gold without "sections" (excerpts of pages) is scored on title, period, kind and targets only.
A page is parsed with the address its gold names (url), as a user who downloaded it has it (it dates a
page whose text has no date); --no-url parses the text alone."""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from policyparse import PolicyParseError, parse  # noqa: E402
from policyparse.evaluate import gold_documents, match_targets, score_phases, score_structure  # noqa: E402

# the annotators' brief names a government work report work_report; the schema calls it report
_KIND_NAMES = {"work_report": "report"}


def _batches(spec: str) -> set[str]:
    """B3 · B3,B7 · B404-B444 (every batch numbered between, pooled): the batch names a gold's "batch" may hold."""
    out: set[str] = set()
    for part in spec.split(","):
        lo, _, hi = part.strip().partition("-")
        if hi:
            out.update(f"B{n}" for n in range(int(lo.lstrip("B")), int(hi.lstrip("B")) + 1))
        else:
            out.add(lo)
    return out


def main(argv: list[str]) -> int:
    if "-h" in argv or "--help" in argv:
        print(__doc__)
        return 0
    verbose = "-v" in argv
    batch = argv[argv.index("--batch") + 1] if "--batch" in argv else None
    args = [a for a in argv if not a.startswith("-") and a != batch]
    batches = _batches(batch) if batch else None
    folder = Path(args[0]) if args else ROOT / "corpora"
    if not folder.is_dir():
        print(f"accuracy.py: {folder}: no such folder", file=sys.stderr)
        return 2
    gold_dir = folder if any(folder.glob("*.gold.json")) else ROOT / "benchmarks" / folder.name
    n = perfect = titles = periods = period_gold = sec_ok = sec_gold = kids = 0
    measures = measured = 0
    ph_hit = ph_pred = ph_gold = 0
    tp = npred = ngold = year_ok = 0
    split: dict[str, list[int]] = {}  # split -> [matched, predicted, gold, year right]
    print(f"{'document':44} {'title':5} {'period':6} {'sections':9} {'children':8} {'measures':8} {'targets (match/pred/gold)'}")
    kinds_ok = kinds_gold = 0
    for path, gold in gold_documents(folder, gold_dir):
        if batches is not None and gold.get("batch") not in batches:
            continue
        extra = ROOT / "benchmarks" / folder.name / (path.stem + ".gold.json")
        if gold_dir != extra.parent and extra.exists():  # fields the folder's own gold lacks (seeds: period)
            gold = {**gold, **json.loads(extra.read_text(encoding="utf-8"))}
        if isinstance(gold.get("period"), str):  # the corpus outlines' @period 2024-2026
            gold["period_start"], gold["period_end"] = map(int, gold["period"].split("-"))
        try:
            plan = parse(path, url=None if "--no-url" in argv else gold.get("url"))
        except PolicyParseError as e:
            print(f"{path.name:44} ERROR {e.reason}")
            n += 1
            sec_gold += len(gold.get("sections", []))
            ngold += len(gold.get("targets", []))
            split.setdefault(gold.get("split", "tune"), [0, 0, 0, 0])[2] += len(gold.get("targets", []))
            continue
        s = score_structure(plan, gold, path.name)
        if "doc_kind" in gold:
            kind = getattr(plan.metadata, "doc_kind", None)
            want = _KIND_NAMES.get(gold["doc_kind"], gold["doc_kind"])
            kinds_gold += 1
            kinds_ok += kind == want
            if kind != want:
                s.problems.append(f"kind: want {want} got {kind}")
        n += 1
        perfect += s.perfect
        titles += s.title_ok
        sec_ok += s.sections_ok
        sec_gold += s.sections_gold
        kids += s.children_ok
        if s.measures_ok is not None:
            measured += 1
            measures += s.measures_ok
        pred = [t.model_dump() for t in plan.targets]
        pairs = match_targets(pred, gold.get("targets", []))
        tp, npred, ngold = tp + len(pairs), npred + len(pred), ngold + len(gold.get("targets", []))
        years = sum(1 for pi, gi in pairs if pred[pi].get("year") == gold["targets"][gi].get("year"))
        year_ok += years
        part = split.setdefault(gold.get("split", "tune"), [0, 0, 0, 0])
        for i, x in enumerate((len(pairs), len(pred), len(gold.get("targets", [])), years)):
            part[i] += x
        period_ok = None
        if "period_start" in gold or "period_end" in gold:
            md = plan.metadata
            period_ok = (md.period_start, md.period_end) == (gold.get("period_start"), gold.get("period_end"))
            periods += period_ok
            period_gold += 1
            if not period_ok:
                s.problems.append(f"period: want {gold.get('period_start')}–{gold.get('period_end')} got {md.period_start}–{md.period_end}")
        h, p, g = score_phases(plan, gold)
        ph_hit, ph_pred, ph_gold = ph_hit + h, ph_pred + p, ph_gold + g
        mark = lambda b: "ok" if b else ("-" if b is None else "NO")  # noqa: E731
        extra_sections = "" if s.sections_pred == s.sections_gold else f"(+{s.sections_pred - s.sections_gold})"
        print(f"{path.name:44} {mark(s.title_ok):5} {mark(period_ok):6} {s.sections_ok:>2}/{s.sections_gold:<2}{extra_sections:5} "
              f"{mark(s.children_ok):8} {mark(s.measures_ok):8} {len(pairs):3}/{len(pred):3}/{len(gold.get('targets', [])):3}")
        if verbose:
            for note in s.problems:
                print("    " + note)
            hit_p = {pi for pi, _ in pairs}
            hit_g = {gi for _, gi in pairs}
            for gi, t in enumerate(gold.get("targets", [])):
                if gi not in hit_g:
                    print(f"    missed: {t['indicator']} {t['comparator']} {t['value']} {t['unit']} {t.get('change') or ''} {t.get('year')}")
            for pi, t in enumerate(pred):
                if pi not in hit_p:
                    print(f"    extra:  {t['indicator']} {t['comparator']} {t['value']} {t['unit']} {t.get('change') or ''} {t.get('year')}")
            for pi, gi in pairs:
                if pred[pi].get("year") != gold["targets"][gi].get("year"):
                    print(f"    year:   {pred[pi]['indicator']} {pred[pi]['value']} want {gold['targets'][gi].get('year')} got {pred[pi].get('year')}")
    print(f"\ndocuments {n}, all right {perfect}; titles {titles}/{n}; periods {periods}/{period_gold}; top-level sections {sec_ok}/{sec_gold}; "
          f"children per section {kids}/{n}; measure counts {measures}/{measured}")
    if kinds_gold:
        print(f"document kinds: {kinds_ok}/{kinds_gold}")
    if ph_gold or ph_pred:
        print(f"phases: {ph_hit} matched of {ph_gold} gold, {ph_pred} predicted")
    if ngold or npred:
        prec = tp / npred if npred else 0.0
        rec = tp / ngold if ngold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        print(f"targets: precision {prec:.3f} recall {rec:.3f} F1 {f1:.3f} "
              f"(matched {tp}, predicted {npred}, gold {ngold}); year right on {year_ok}/{tp} matched")
        if len(split) > 1:
            for name, (m, p_, g, y) in sorted(split.items()):
                f1 = 2 * m / (p_ + g) if p_ + g else 0.0
                print(f"  {'tuned on' if name == 'tune' else 'measured only'}: F1 {f1:.3f} (matched {m}, predicted {p_}, gold {g}); year right on {y}/{m}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
