#!/usr/bin/env python3
"""How dense `compare --wide` is: over plans of one field, how many indicator columns the wide table
has and what share of its cells are filled. A column per indicator, however each plan words or scales
it, gives few columns and a dense table; a column per wording gives many and a sparse one.

    python benchmarks/wide_fill.py [FILE|DIR …]      # default: corpora/regions (nine places, one field)

With corpora/regions/expected.json beside the plans, also how many columns each concept fell into."""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import policyparse  # noqa: E402
from policyparse.comparison import PLAN_COLUMNS  # noqa: E402


def main(argv: list[str]) -> int:
    args = [Path(a) for a in argv] or [ROOT / "corpora" / "regions"]
    files = [f for a in args for f in (sorted(a.glob("*.txt")) if a.is_dir() else [a])]
    c = policyparse.compare(files)
    cols = [x for x in c.wide.columns if x not in PLAN_COLUMNS]
    filled = sum(1 for r in c.wide.rows for x in cols if r.get(x) is not None)
    print(f"{len(files)} plans, {len(cols)} indicator columns, {filled} of {len(files) * len(cols)} cells filled "
          f"({filled / max(1, len(files) * len(cols)):.0%})")
    coded = sum(1 for r in c.wide.rows if r.get("region_code"))
    print(f"region codes: {coded} of {len(files)} plans")
    exp_file = args[0] / "expected.json" if args[0].is_dir() else None
    if exp_file and exp_file.exists():
        exp = json.loads(exp_file.read_text(encoding="utf-8"))["plans"]
        by_concept: dict[str, set] = {}
        for row in c.tidy.rows:
            name = Path(row["file"]).name
            i = [r["text"] for r in c.tidy.rows if Path(r["file"]).name == name].index(row["text"])
            by_concept.setdefault(exp[name]["concepts"][i], set()).add(row["indicator_key"])
        split = {k: v for k, v in by_concept.items() if len(v) > 1}
        print(f"concepts: {len(by_concept)}, in one column each: {len(by_concept) - len(split)}")
        for k, v in sorted(split.items()):
            print(f"  {k}: {' | '.join(sorted(v))}")
        right = sum(1 for r in c.wide.rows if r.get("region_code") == exp[Path(r["file"]).name]["region_code"])
        print(f"region codes right: {right} of {len(files)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
