#!/usr/bin/env python3
"""Diff speed: two plans of N measures each (default 500), the second an edited copy of the first
(values changed, measures reordered, some removed and some added), built from the corpus's measures.

    python benchmarks/diff_speed.py [N]"""
from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import policyparse  # noqa: E402
from policyparse.numbers import int_to_cn  # noqa: E402


def measure_texts() -> list[str]:
    texts = []
    for p in sorted((ROOT / "corpora").glob("*.docx")):
        texts += [m.text for m in policyparse.parse(p).measures if len(m.text) > 12]
    return texts


def plan(items: list[str], title: str) -> str:
    """A plan of len(items) measures: sections 一、… of 10 items （一）… each."""
    lines = [title]
    for s in range(0, len(items), 10):
        lines.append(f"{int_to_cn(s // 10 + 1)}、第{int_to_cn(s // 10 + 1)}组任务")
        lines += [f"（{int_to_cn(k + 1)}）{t}" for k, t in enumerate(items[s:s + 10])]
    return "\n".join(lines)


def main(argv) -> int:
    n = int(argv[0]) if argv else 500
    rng = random.Random(7)
    base = measure_texts()
    # numbered variants so that the 500 are distinct, as the measures of one long plan are
    items = [f"{base[i % len(base)]}（第{i + 1}项）" for i in range(n)]
    edited = items[:]
    for k in rng.sample(range(n), n // 10):  # values changed
        edited[k] = edited[k].replace("0", "5", 1)
    for _ in range(n // 20):  # moved
        i, j = rng.sample(range(n), 2)
        edited[i], edited[j] = edited[j], edited[i]
    for k in sorted(rng.sample(range(n), n // 50), reverse=True):  # removed, and as many added
        del edited[k]
        edited.insert(rng.randrange(len(edited)), f"新增任务{k}：建立健全工作机制，每年开展专项行动不少于{k}次。")
    a = policyparse.parse_text(plan(items, "某市综合行动计划"))
    b = policyparse.parse_text(plan(edited, "某市综合行动计划（修订）"))
    print(f"plans of {len(a.measures)} and {len(b.measures)} measures, {len(a.targets)} and {len(b.targets)} targets")
    t = time.perf_counter()
    policyparse.diff(a, b)  # includes jieba's dictionary load (once per process)
    first = time.perf_counter() - t
    t = time.perf_counter()
    d = policyparse.diff(a, b)
    again = time.perf_counter() - t
    print(f"diff: {first:.2f} s (first in the process, jieba's dictionary load included), {again:.2f} s after")
    print(f"summary: measures {d.summary.measures}; targets {d.summary.targets}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
