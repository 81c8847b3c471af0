#!/usr/bin/env python3
"""Regenerate policyparse/data/t2s.txt: the project's own pairs plus OpenCC's TSCharacters table
(Apache-2.0, from the opencc-python-reimplemented wheel), one character for one.

    pip download --no-deps opencc-python-reimplemented -d /tmp/occ && cd /tmp/occ && unzip -o *.whl
    python tools/make_t2s.py /tmp/occ/opencc/dictionary/TSCharacters.txt

A character that GB2312 (the Simplified set) holds is never mapped: 著 in 显著, 于 and 余 are
Simplified text too, and the table is only used to match Simplified patterns against Traditional text."""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "policyparse" / "data" / "t2s.txt"


def simplified(ch: str) -> bool:
    try:
        ch.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


def main(path: str) -> None:
    head, pairs = [], {}
    for line in OUT.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            head.append(line)
            continue
        for tok in line.split():
            if len(tok) == 2:
                pairs.setdefault(tok[0], tok[1])
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        t, _, s = line.partition("\t")
        s = s.split()[0] if s.split() else ""
        if len(t) == 1 and len(s) == 1 and t != s and not simplified(t) and simplified(s):
            pairs.setdefault(t, s)
    tokens = [t + s for t, s in pairs.items()]
    body = [" ".join(tokens[i:i + 40]) for i in range(0, len(tokens), 40)]
    if not any("OpenCC" in h for h in head):
        head.append("# Merged with OpenCC's TSCharacters (Apache-2.0) by tools/make_t2s.py.")
    OUT.write_text("\n".join(head + body) + "\n", encoding="utf-8")
    print(f"{len(pairs)} pairs")


if __name__ == "__main__":
    main(sys.argv[1])
