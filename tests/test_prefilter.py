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
