"""Property-based: random and mutated text and bytes through parse. Whatever comes in, the only
exception is a PolicyParseError, every span lies inside the text, every number is finite.

A longer run than the suite's: HYPOTHESIS_PROFILE=fuzz python -m pytest tests/test_fuzz.py (README)."""
import json
import math
import os
import random

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import policyparse
from policyparse.errors import PolicyParseError

from .conftest import CORPUS

settings.register_profile("suite", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=int(os.environ.get("FUZZ_EXAMPLES", "3000")), deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))

# pieces of the genre, its traps and its noise, to build text that reaches deep into the rules
PIECES = ["一、", "二、", "（一）", "（二）", "1.", "2.", "（1）", "①", "②", "第一章", "第一条", "第二条", "一是", "3、",
          "到2025年", "2025年底前", "2024年3月至6月", "20232024年", "2025年310月", "X年", "第一阶段", "（2025年1月至2025年6月）",
          "达到", "不低于", "不少于", "以上", "以下", "控制在", "提升", "降低", "分别", "例如，", "比2020年", "每年", "每学期",
          "每节课", "年均", "每五年", "95", "0.27", "1:220", "1∶19", "5-8", "1至2", "３０", "％", "%", "万元", "亿元", "所", "名",
          "学时", "个百分点", "百分之九十", "两", "三分之一", "翻一番", "30余", "学(xué)", "質(zhì)", "，", "。", "；", "：", "、",
          "\n", " ", "\t", "（", "）", "(", ")", "“", "”", "PAGE", "第 3 页 共 9 页", "-15-", "本站所有资源", "已阅读5页",
          "學??冃", "经驗?zāi)", "Al", "80%o", "小学", "初中", "城区", "教师", "覆盖率", "毛入学率", "牵头单位：市教育局",
          "责任单位：各区县", "指标", "2024年", "2025年", "0" * 400, "9" * 60,
          # the families of real plans: news pages, mojibake, decimal and glued labels, task tables, ranks
          "µ½2015Ä꣬", "×÷Ϊȫ¹ú", "@@", "1.1", "2.3", "3.25%", "4 .", "项目 2023年 2024年", "2022-2023年", "二十届四中全会",
          "从76.3岁提高到", "由2019年的", "前20名", "3万吨/日", "均达到", "分为", "的，予以通报", "（目前12.5%）",
          "来源：某某网", "超碰|a|b|c|d|e", "某某网 > 新闻 > 正文", "2023-10-30 14:57:00", "印发《某某实施方案》的通知",
          "以(yi)(yi)", "五年来", "6个方面", "3000万元资金", "2025年12月", "（2025年410月）", "第十五个五年规划"]

text_strategy = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=120).map("".join)


def check(plan):
    n = len(plan.text)
    for s in plan.iter_sections():
        assert 0 <= s.span[0] <= s.span[1] <= n
    for m in plan.measures:
        assert 0 <= m.span[0] <= m.span[1] <= n
    for t in plan.targets:
        assert 0 <= t.span[0] <= t.span[1] <= n and plan.text[t.span[0]:t.span[1]] == t.text
        assert math.isfinite(t.value) and (t.value_max is None or math.isfinite(t.value_max))
    for p in plan.phases:
        assert 0 <= p.span[0] <= p.span[1] <= n
        for d in (p.start, p.end):
            assert d is None or (len(d) == 7 and 1 <= int(d[5:]) <= 12)
    for b in plan.blocks:
        assert 0 <= b.span[0] <= b.span[1] <= n
    json.loads(plan.model_dump_json())


@given(text_strategy)
@example(":\U0001e5f1")  # found by the fuzz profile: a digit the regex module knows and float() does not
@example("2024年1.1")  # found in CI: a text of its date line alone leaves no line to be a title
def test_random_text(s):
    try:
        plan = policyparse.parse_text(s)
    except PolicyParseError:
        return
    check(plan)


@given(st.binary(max_size=4000))
def test_random_bytes(data):
    try:
        plan = policyparse.parse_bytes(data, "fuzz.bin")
    except PolicyParseError:
        return
    check(plan)


SAMPLES = {ext: (CORPUS / f"09_digital_economy.{ext}").read_bytes() for ext in ("txt", "docx", "pdf", "html", "doc", "ofd")}


@given(st.sampled_from(sorted(SAMPLES)), st.integers(0, 2**32 - 1), st.integers(1, 40))
@example("docx", 23797, 1)  # found by this test: a damaged deflate stream raised zlib.error, not CorruptDocument
@example("docx", 4126, 2)  # found by this test: a damaged "version needed" field raised NotImplementedError
@example("ofd", 509571435, 1)  # found by this test: a member flagged encrypted raised RuntimeError (exit 70)
@example("html", 97, 3)  # found by this test: control bytes in a page made lxml refuse a dropped element's tail
@example("ofd", 10374, 1)  # found by this test: a damaged deflate stream in an OFD part raised zlib.error
@example("txt", 3793292, 6)  # found by this test: a phase run in twice got a span ending before it starts
def test_mutated_documents(ext, seed, n):
    """A real document with bytes flipped, cut, duplicated or dropped: parsed, or refused with a reason."""
    rng = random.Random(seed)
    data = bytearray(SAMPLES[ext])
    for _ in range(n):
        if len(data) < 2:
            break
        i = rng.randrange(len(data))
        op = rng.randrange(4)
        if op == 0:
            data[i] = rng.randrange(256)
        elif op == 1:
            del data[i:i + rng.randrange(1, 64)]
        elif op == 2:
            data[i:i] = data[max(0, i - 64):i]
        else:
            data = data[:max(1, i)]
    try:
        plan = policyparse.parse_bytes(bytes(data), f"mutated.{ext}")
    except PolicyParseError as e:
        assert e.reason and "\n" not in e.reason
        return
    check(plan)
