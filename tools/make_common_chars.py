#!/usr/bin/env python3
"""Regenerate policyparse/data/common_chars.txt: the 1,500 most frequent Han characters by the
word frequencies of jieba's dictionary (a dependency already). The mojibake repair prefers readings
made of them.

    python tools/make_common_chars.py"""
from collections import Counter
from pathlib import Path

import jieba

OUT = Path(__file__).resolve().parent.parent / "policyparse" / "data" / "common_chars.txt"


def main() -> None:
    counts: Counter = Counter()
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            word, freq = line.split()[:2]
            for ch in word:
                if "\u4e00" <= ch <= "\u9fff":
                    counts[ch] += int(freq)
    chars = "".join(c for c, _ in counts.most_common(1500))
    OUT.write_text("# the 1,500 most frequent Han characters (tools/make_common_chars.py)\n"
                   + "\n".join(chars[i:i + 100] for i in range(0, len(chars), 100)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
