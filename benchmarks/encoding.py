#!/usr/bin/env python3
"""Encoding detection: policyparse's own detector (readers/txt.py) against charset-normalizer, on the
corpus's .txt files and on hard cases made here (short GBK, Big5, GB18030, UTF-16 without a BOM,
text mixing scripts, Latin-1 mojibake). A detection is right when the decoded text equals the text
that was encoded.

    python benchmarks/encoding.py [-v]"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SENTENCES = [
    "到2025年，全市高中阶段教育毛入学率达到95%以上。",
    "每學期開設不少於10節勞動教育課。",
    "新建幼儿园12所，新增学位3600个。",
    "一、总体要求",
    "强化组织领导，市教育局牵头。",
    "全省粮食综合生产能力达到650亿公斤，粮食生产用地稳定在7500万亩。",
    "（一）推进义务教育优质均衡发展；（二）提升职业教育质量。",
    "PM2.5平均浓度控制在32微克/立方米以下，优良天数比率达到85%。",
]


def cases():
    """(name, bytes, expected text)."""
    out = []
    for p in sorted((ROOT / "corpora").glob("*.txt")):
        enc = "utf-16" if p.name.startswith("10_") else "gb18030" if p.name.startswith("04_") else "utf-8"
        data = p.read_bytes()
        out.append((f"corpus {p.name}", data, data.decode(enc)))
    for i, s in enumerate(SENTENCES):
        short = s[:12]
        out.append((f"short GBK {i}", short.encode("gbk", "replace"), short.encode("gbk", "replace").decode("gbk")))
        out.append((f"GBK {i}", s.encode("gb18030"), s))
        try:
            out.append((f"Big5 {i}", s.encode("big5"), s))
        except UnicodeEncodeError:
            pass
        out.append((f"UTF-16LE no BOM {i}", s.encode("utf-16-le"), s))
        out.append((f"UTF-16BE no BOM {i}", s.encode("utf-16-be"), s))
        out.append((f"UTF-8 {i}", s.encode("utf-8"), s))
    mixed = "Plan 2025: 教育质量提升 — Ä ö 達到95% ✓ naïve"
    out.append(("mixed scripts, UTF-8", mixed.encode("utf-8"), mixed))
    long_gbk = "\n".join(SENTENCES * 20)
    out.append(("long GBK", long_gbk.encode("gbk"), long_gbk))
    out.append(("long Big5", "\n".join(SENTENCES[1:2] * 40).encode("big5"), "\n".join(SENTENCES[1:2] * 40)))
    mojibake = SENTENCES[0].encode("gbk").decode("latin-1")
    out.append(("GBK shown as Latin-1, saved as UTF-8", mojibake.encode("utf-8"), SENTENCES[0]))
    return out


def ours(data: bytes) -> str:
    from policyparse.readers.mojibake import repair
    from policyparse.readers.txt import decode
    text = decode(data, "x")[0]
    return repair(text)[0]


def charset_normalizer(data: bytes) -> str:
    from charset_normalizer import from_bytes
    best = from_bytes(data).best()
    return str(best) if best is not None else data.decode("utf-8", "replace")


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    detectors = {"policyparse": ours, "charset-normalizer": charset_normalizer}
    score = {k: 0 for k in detectors}
    all_cases = cases()
    for name, data, want in all_cases:
        row = []
        for k, fn in detectors.items():
            try:
                got = fn(data).replace("\r\n", "\n").lstrip("\ufeff")
            except Exception as e:  # noqa: BLE001 — a detector that fails is wrong on that case
                got = f"<{e.__class__.__name__}>"
            right = got == want.replace("\r\n", "\n").lstrip("\ufeff")
            score[k] += right
            row.append("ok " if right else "NO ")
        if verbose or "NO " in row:
            print(f"{name:40} " + "  ".join(f"{k} {r}" for k, r in zip(detectors, row)))
    print(f"\n{len(all_cases)} cases: " + ", ".join(f"{k} right on {v}" for k, v in score.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
