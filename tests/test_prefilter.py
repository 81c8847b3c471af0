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
