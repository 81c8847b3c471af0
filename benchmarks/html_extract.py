#!/usr/bin/env python3
"""Which main-content extractor keeps a plan's numbering and tables: policyparse's own HTML reader
(readers/html.py: lxml, counts of non-link text, portal content classes) or trafilatura, on every
saved page of the corpus, each scored against the plan's gold (structure right, targets found).

    pip install trafilatura lxml_html_clean   # not a dependency of policyparse
    python benchmarks/html_extract.py

For trafilatura the page goes through trafilatura.extract(include_tables=True, favor_recall=True)
and its text through parse_text; for ours, through parse. Also: seconds per page, and whether the
labels an <ol> shows but does not write came through."""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from policyparse import PolicyParseError, parse, parse_text  # noqa: E402
from policyparse.evaluate import gold_documents, match_targets, score_structure  # noqa: E402


def _score(plan, gold, name):
    s = score_structure(plan, gold, name)
    pred = [t.model_dump() for t in plan.targets]
    matched = len(match_targets(pred, gold.get("targets", [])))
    return s.perfect, s.measures_ok, matched, len(pred), len(gold.get("targets", []))


def main() -> int:
    try:
        import trafilatura
    except ImportError:
        print("trafilatura is not installed: pip install trafilatura lxml_html_clean")
        return 1
    pages = [(p, g) for p, g in gold_documents(ROOT / "corpora") if p.suffix == ".html"]
    rows = {"policyparse": [0, 0, 0, 0, 0, 0.0, 0], "trafilatura": [0, 0, 0, 0, 0, 0.0, 0]}
    print(f"{'page':34} {'extractor':12} {'structure':9} {'measures':8} {'targets m/p/g':14} {'ol labels'}")
    for path, gold in pages:
        html = path.read_bytes()
        for name in rows:
            t = time.perf_counter()
            try:
                if name == "policyparse":
                    plan = parse(path)
                else:
                    text = trafilatura.extract(html, include_tables=True, include_comments=False, favor_recall=True)
                    plan = parse_text(text or "")
            except PolicyParseError as e:
                print(f"{path.name:34} {name:12} ERROR {e.reason}")
                rows[name][4] += len(gold.get("targets", []))
                continue
            dt = time.perf_counter() - t
            perfect, measures_ok, m, p, g = _score(plan, gold, path.name)
            ol = "<ol" in html.decode("gb18030", "replace")
            labels = ol and any(s.label == "1." for s in plan.iter_sections())
            r = rows[name]
            r[0] += perfect
            r[1] += bool(measures_ok)
            r[2] += m
            r[3] += p
            r[4] += g
            r[5] += dt
            r[6] += labels
            print(f"{path.name:34} {name:12} {'ok' if perfect else 'WRONG':9} {'ok' if measures_ok else 'WRONG':8} "
                  f"{m:3}/{p:3}/{g:3}      {'kept' if labels else ('lost' if ol else '-')}")
    print()
    for name, (perfect, measures, m, p, g, dt, labels) in rows.items():
        prec, rec = m / max(p, 1), m / max(g, 1)
        f1 = 2 * prec * rec / max(prec + rec, 1e-9)
        print(f"{name:12}: structure right {perfect}/{len(pages)}, measure counts {measures}/{len(pages)}, "
              f"<ol> labels kept {labels}, targets F1 {f1:.3f} (P {prec:.3f} R {rec:.3f}), "
              f"{dt / len(pages) * 1000:.1f} ms per page")
    return 0


if __name__ == "__main__":
    sys.exit(main())
