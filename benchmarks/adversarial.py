#!/usr/bin/env python3
"""Hostile but plausible text: each generator makes N characters of one shape that has broken (or
could break) a text pipeline — long runs of numbers, huge lists, deep brackets, a million labels, long
lines with no punctuation, mixed scripts, repeated headers, flattened tables of 10,000 rows … — and the
whole pipeline (parse_text) must run each in at most BUDGET seconds per million characters and scale
linearly (the 4 M run at most 5x the 1 M run).

    python benchmarks/adversarial.py                 # 100 k, 1 M and 4 M characters
    python benchmarks/adversarial.py --cli --sizes 1500000,6000000   # through the CLI, up to 6 MB
    python benchmarks/adversarial.py --only "one-line plan" --cli --sizes 1500000,6000000

Every generator whose text has line breaks also runs as one line (doc-sharing sites' whole plans).
tests/test_adversarial.py checks each generator at CI size by counting function calls, not time.

Exit code 1 when a generator is over budget or not linear; the slowest is printed last."""
from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BUDGET = 3.0  # seconds per million characters
LINEAR = 5.0  # the largest run may take at most this many times the run a quarter its size


def _fill(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _rng(n: int) -> random.Random:
    return random.Random(n)


def _mojibake(n: int) -> str:
    line = "到2025年，全市新建幼儿园12所，普惠性幼儿园覆盖率达到90%以上。".encode("gbk").decode("latin-1")
    return _fill(line + "\n", n)


def _mixed_scripts(n: int) -> str:
    r = _rng(n)
    pools = ["abcxyz", "абвгд", "αβγδ", "مرحبا", "שלום", "教育质量提升", "😀🚀", "١٢٣", "１２３", "ⅠⅡⅢ", "①②③", "%‰"]
    return "".join(r.choice(pools) for _ in range(n // 3))[:n]


def _flat_table(n: int) -> str:
    head = "指标\n2023年\n2024年\n2025年\n"
    rows = "".join(f"指标{i}\n{i % 97}\n{i % 89}.5\n{i % 83}%\n" for i in range(n // 20 + 1))
    return (head + rows)[:n]


def _cell_rows(n: int) -> str:
    head = "指标  2023年  2024年  2025年\n"
    return (head + "".join(f"覆盖率{i}  {i % 90}%  {i % 91}%  {i % 92}%\n" for i in range(n // 25 + 1)))[:n]


def _labels(n: int) -> str:
    from policyparse.numbers import int_to_cn
    out, i, size = [], 1, 0
    while size < n:
        out.append(f"{int_to_cn(i % 99 + 1)}、标题\n（一）小标题\n1.事项。\n")
        size += len(out[-1])
        i += 1
    return "".join(out)[:n]


_PLAN_SENTENCES = ("到2025年，全市义务教育巩固率保持在99%以上，高中阶段毛入学率达到95%。"
                   "（一）推进学校建设。新建、改扩建中小学12所，新增学位9000个，每年培训教师不少于2000人次。"
                   "第一阶段（2025年1月至6月）：动员部署。力争到2027年底，普惠性幼儿园覆盖率达到90%左右。")


def _random_numbers(n: int) -> str:
    r = _rng(n)
    units = ["%", "所", "人", "万元", "个百分点", "年", "公里", "吨/日", ""]
    words = ["达到", "不低于", "控制在", "提高", "分别", "、", "，", "从", "到", "前", "以上", "以内"]
    parts, size = [], 0
    while size < n:
        parts.append(r.choice(words) + str(r.randint(0, 3000)) + r.choice(units))
        size += len(parts[-1])
    return "".join(parts)[:n]


GENERATORS = {
    "year-dash run": lambda n: _fill("2025年1-", n),
    "digits only": lambda n: _fill("1234567890", n),
    "huge 分别 list": lambda n: ("各校" + "、".join(f"学校{i}" for i in range(n // 20)) + "分别达到"
                                 + "、".join(f"{i % 90 + 1}%" for i in range(n // 20)) + "。")[:n],
    "deep brackets": lambda n: "（" * (n // 2) + "覆盖率达到90%" + "）" * (n // 2),
    "paren labels (1)(1)": lambda n: _fill("(1)", n),
    "a million labels": _labels,
    "long line, no punctuation": lambda n: _fill("推进教育优质均衡发展提升办学水平", n),
    "mixed scripts": _mixed_scripts,
    "repeated page headers": lambda n: _fill("某某实施方案\n第 3 页 共 9 页\n", n),
    "10,000-row table, a cell a line": _flat_table,
    "table rows, cells apart by spaces": _cell_rows,
    "task table restarting lists": lambda n: ("项目 2023年 2024年 2025年 " + "".join(
        f"第{i}行 1 .新建3所；2 .新增900个。1 .新建4所。1 .新建5所。" for i in range(n // 40 + 1)))[:n],
    "unclosed quotation": lambda n: "“" + _fill("新建学校5所，", n),
    "percent run": lambda n: _fill("95%", n),
    "year run": lambda n: _fill("2025年", n),
    "comparator words": lambda n: _fill("不低于不少于达到以上以内控制在", n),
    "pinyin glosses": lambda n: _fill("學(xué)質(zhì)", n),
    "GBK shown as Latin-1": _mojibake,
    "blank lines": lambda n: _fill(" \n\n\t\n", n - 20) + "一、目标\n覆盖率达到90%。",
    "one character a line": lambda n: _fill("一\n", n),
    "boilerplate lines": lambda n: _fill("下载本文档\n温馨提示\n已阅读5页\n", n),
    "circled numbers": lambda n: _fill("①②③④⑤⑥⑦⑧⑨⑩", n),
    "Chinese numerals": lambda n: _fill("一二三四五六七八九十百千万两", n),
    "decimal labels": lambda n: _fill("1.1目标\n1.2任务\n2.1保障\n", n),
    "phases": lambda n: _fill("第一阶段（2025年1月至3月）：部署。", n),
    "from-to values": lambda n: _fill("从12%提高到15%，", n),
    "ranks": lambda n: _fill("进入全省前10名", n),
    "ratio chains": lambda n: _fill("1:2:3:4:", n),
    "long tokens": lambda n: _fill("http://example.invalid/" + "a" * 200 + " ", n),
    "scrape markers": lambda n: _fill("城镇@@化率@@达到@@63%@@。", n),
    "bracketed subheadings": lambda n: _fill("【新建学校5所】\n到2025年新建学校5所。\n", n),
    "sentences broken over lines": lambda n: _fill("全省总人口达到\n4100万人\n左右\n", n),
    "Chinese-numeral years": lambda n: _fill("二〇二五年二0一0年", n),
    "random targets": _random_numbers,
    "one-line plan": lambda n: _fill(_PLAN_SENTENCES, n),
}


def _one_line(make):
    """Doc-sharing sites give whole plans on one line: the same text with its line breaks gone."""
    return lambda n: make(n + n // 4).replace("\n", "")[:n]


# A one-line variant of every generator whose text has line breaks.
GENERATORS.update({f"{name}, one line": _one_line(make) for name, make in list(GENERATORS.items())
                   if "\n" in make(400)})


def _parse_cli(text: str) -> None:
    """The whole CLI on the text as a file: start-up, reading, parsing and writing JSON."""
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "input.txt"
        src.write_text(text, encoding="utf-8")
        subprocess.run([sys.executable, "-m", "policyparse", "parse", str(src), "-o", str(Path(d) / "out.json")],
                       capture_output=True, check=False)


def run(sizes: list[int], quiet: bool = False, cli: bool = False, only: str = "") -> tuple[bool, list[tuple[str, dict]]]:
    import policyparse
    from policyparse.errors import PolicyParseError

    results = []
    ok = True
    for name, make in GENERATORS.items():
        if only and only not in name:
            continue
        times = {}
        for n in sizes:
            text = make(n)
            t = time.perf_counter()
            if cli:
                _parse_cli(text)
            else:
                try:
                    policyparse.parse_text(text)
                except PolicyParseError:
                    pass  # a clear refusal is an answer (nothing left after cleaning, say)
            times[n] = time.perf_counter() - t
        counted = [n for n in sizes if n >= 100_000]
        if cli and counted:  # the CLI's start-up (about 0.3 s) would dominate a small run: judge the largest
            counted = [max(counted)]
        per_m = max(times[n] / max(n, 1) * 1e6 for n in counted) if counted else 0.0
        big = max(sizes)
        quarter = [n for n in sizes if n * 4 == big]
        linear = not quarter or times[big] <= LINEAR * times[quarter[0]] + 0.05
        over = per_m > BUDGET and max(times.values()) > 0.3
        ok &= linear and not over
        results.append((name, {"times": times, "per_million": per_m, "linear": linear, "over": over}))
        if not quiet:
            shown = "  ".join(f"{n / 1e6:g}M {t:.2f}s" for n, t in times.items())
            flag = "" if linear and not over else "  <-- " + ("over budget" if over else "not linear")
            print(f"{name:38} {shown}  ({per_m:.2f} s per M){flag}", flush=True)
    return ok, results


def main(argv: list[str]) -> int:
    sizes = [100_000, 1_000_000, 4_000_000]
    if "--sizes" in argv:
        sizes = [int(x) for x in argv[argv.index("--sizes") + 1].split(",")]
    only = argv[argv.index("--only") + 1] if "--only" in argv else ""
    ok, results = run(sizes, cli="--cli" in argv, only=only)
    name, r = max(results, key=lambda x: x[1]["per_million"])
    print(f"\n{len(results)} generators; slowest: {name}, {r['per_million']:.2f} s per million characters "
          f"(budget {BUDGET}); {'all within budget and linear' if ok else 'FAILED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
