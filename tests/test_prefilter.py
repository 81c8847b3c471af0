"""prefilter.py: the lookahead put before the lexicon's alternations must never change what they match."""
import re
from pathlib import Path

import pytest

from policyparse import prefilter, targets
from policyparse.data import to_simplified


@pytest.mark.parametrize("pattern,chars", [
    ("目前|现有|已有", "已现目"),
    ("(?:19|20)\\d\\d年以来|近\\d+年", "12近"),
    ("“?十[一二三]五”?期间", "“十"),
    ("(?<!力争|争取)创[^，。]{0,8}新高", "创"),
    ("[0-9]+个", "0123456789"),
    ("\\d{1,2}年来", "\\d"),
    ("(?:^|(?<=[，：]))\\s*若(?!干)", "".join(sorted("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002"
                                                 "\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029"
                                                 "\u202f\u205f\u3000若"))),
    # what cannot be known: an empty match, a negated class, any character, \w
    ("(?:到|至)?|年", None),
    ("^|^[^，]{1,8}[，]|到", None),
    ("a.b|.c", None),
    ("\\w+率", None),
])
def test_first_characters(pattern, chars):
    assert prefilter.first_chars(pattern) == chars


def test_every_prefixed_lexicon_pattern_matches_as_before():
    """At every position of invented and real sentences (../shared/real when beside this checkout)."""
    lx = targets.lexicon()
    root = Path(__file__).resolve().parent.parent
    lines = [s for s in (root / "tests" / "cases" / "targets.txt").read_text(encoding="utf-8").splitlines()
             if s and not s.startswith(("#", "=>"))]
    real = root.parent / "shared" / "real"
    for f in sorted(real.glob("b1_*.txt"))[:20] if real.is_dir() else []:
        lines += f.read_text(encoding="utf-8", errors="replace").splitlines()
    lines = [to_simplified(s) for s in lines]
    prefixed = [p for p in vars(lx).values() if isinstance(p, re.Pattern) and p.pattern.startswith("(?=[")]
    assert len(prefixed) >= 20
    for p in prefixed:
        plain = re.compile(p.pattern[p.pattern.index("(?:") + 3:-1])
        for s in lines:
            for i in range(len(s)):
                a, b = plain.match(s, i), p.match(s, i)
                assert (a and a.span()) == (b and b.span()), (p.pattern[:60], s[i:i + 20])


def _sentences() -> list[str]:
    root = Path(__file__).resolve().parent.parent
    lines = [s for s in (root / "tests" / "cases" / "targets.txt").read_text(encoding="utf-8").splitlines()
             if s and not s.startswith(("#", "=>"))]
    return [to_simplified(s) for s in lines]


_LED_BY_LOOKBEHIND = "|".join(["(?<!力争)(?<!确保)已达", "(?<![将要])已建有", "(?<!将)共评出", "(?<![比较与])去年(?!的?基础上)",
                               "(?<!力争)\\d{1,2}年来", "(?<![由从])目前(?!\\s*约?\\d)", "近年来", "截[至止]目前",
                               "(?<!计划)(?:19|20)\\d\\d年以来", "(?<!力争)已(?:建成|完成)", "(?<!在)现有"])


def test_an_alternation_led_by_lookbehinds_is_dispatched_by_its_first_character():
    assert prefilter.dispatched(_LED_BY_LOOKBEHIND, led_by_lookbehind=5) is not None
    assert prefilter.dispatched(_LED_BY_LOOKBEHIND) is None  # too few to pay for the dispatch
    assert prefilter.dispatched("(?<!a)b|(?<!c)d", led_by_lookbehind=2) is not None
    assert prefilter.dispatched("(?<!a)(b)|(?<!c)d", led_by_lookbehind=2) is None  # a capture group: left whole
    assert prefilter.dispatched("(?<!a)b|(?<!c)\\w", led_by_lookbehind=2) is None  # first characters unknown
    assert isinstance(targets.lexicon().baseline, prefilter.Alternation)


@pytest.mark.parametrize("pattern", [_LED_BY_LOOKBEHIND, "(?<!力争)目标|(?<!将)目前|(?<![要将])目标值|目"])
def test_a_dispatched_alternation_finds_what_the_whole_pattern_finds(pattern):
    """The same match (the first alternative that matches at the leftmost position) at every position, with
    and without an end; the order of alternatives that share a first character is kept (目标 before 目标值)."""
    whole, fast = re.compile(pattern), prefilter.dispatched(pattern, led_by_lookbehind=1)
    lines = _sentences() + ["目前约12个，力争目标值达到15个", "截至目前，已建成3所，近年来新增2所", "去年的基础上，已达90%", ""]
    for s in lines:
        assert [m.span() for m in whole.finditer(s)] == [m.span() for m in fast.finditer(s)], s
        for i in range(len(s) + 1):
            for end in (len(s), max(i, len(s) - 3)):
                a, b = whole.search(s, i, end), fast.search(s, i, end)
                assert (a and a.span()) == (b and b.span()), (s, i, end)
                a, b = whole.match(s, i, end), fast.match(s, i, end)
                assert (a and a.span()) == (b and b.span()), (s, i, end)
    assert fast.sub("X", "目前已达") == whole.sub("X", "目前已达")  # what it does not speed up is the whole's


def test_every_doc_kind_cue_is_prefixed_and_counts_as_before():
    """The cues are counted over every page's first 20,000 characters: each must have characters it starts
    with (a cue at a line's start is written after \\n, not ^), and the lookahead must not change a count."""
    from policyparse import doc_kind
    from policyparse.data import load
    plain = {k: re.compile(v) for k, v in load("doc_kind")["cues"].items()}
    cues = doc_kind.rules().cues
    assert cues.keys() == plain.keys()
    assert all(p.pattern.startswith("(?=[") for p in cues.values())
    page = "\n".join(["\n一、指导思想", "新华社北京3月5日电（记者 王某）", "到2025年，力争建成30个。", "发票代码 144031900111",
                      "全年完成投资12亿元，比上年增长8%。", "截至2023年底，累计建成45个，已完成全年任务的90%。",
                      "\n文/张三", "￥ 120.00", "同比增长5%左右", "各位代表：过去一年", "统计公报",
                      "本标准规定了术语和定义"])
    for k, p in cues.items():
        assert [m.span() for m in p.finditer(page)] == [m.span() for m in plain[k].finditer(page)], k
        assert p.search(page), k
