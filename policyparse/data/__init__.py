"""Lexicons and rule tables live here as data files; this module loads each once."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def load(name: str):
    """Parsed JSON data file policyparse/data/NAME.json (cached)."""
    return json.loads(resources.files(__name__).joinpath(f"{name}.json").read_text(encoding="utf-8"))


def word_alternation(words) -> str:
    """The pattern text of an alternation of words, longest first (so 不低于 wins over 低于), each escaped:
    one compiled scan instead of a loop of startswith. Valid for both re and regex."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def resources_text(name: str) -> str:
    """The text of data file policyparse/data/NAME."""
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def common_chars() -> str:
    """The 1,500 most frequent Han characters, commonest first (common_chars.txt)."""
    return "".join(line for line in resources_text("common_chars.txt").splitlines() if not line.startswith("#"))


@lru_cache(maxsize=None)
def t2s_table() -> dict[int, str]:
    """str.translate table Traditional -> Simplified, for matching lexicons against Traditional text."""
    table: dict[int, str] = {}
    text = resources_text("t2s.txt")
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        for pair in line.split():
            if len(pair) == 2 and pair[0] != pair[1]:
                table[ord(pair[0])] = pair[1]
    return table


def with_traditional(chars) -> frozenset:
    """chars and every Traditional character written for one of them (为 → 為): a test of a text's first
    character against a Simplified lexicon's, without converting the text."""
    return frozenset(chars) | {chr(t) for t, simp in t2s_table().items() if simp in chars}


@lru_cache(maxsize=None)
def _traditional_chars():
    # the standard library's re tests a large character class 30 times faster than the regex module
    import re
    return re.compile("[" + re.escape("".join(chr(c) for c in t2s_table())) + "]")


def traditional_count(s: str) -> int:
    """How many characters of s are written in Traditional form (為, 於): a page's script, measured without
    converting it."""
    return len(_traditional_chars().findall(s))


@lru_cache(maxsize=None)
def pinyin_gloss():
    """Compiled pattern of a page's pinyin gloss after a character (服務(wù)): cleaning drops them; titles and
    gold are compared without them."""
    import regex
    return regex.compile(r"[(（][" + load("clean")["pinyin_letters"] + r"]{1,8}[)）]")


@lru_cache(maxsize=None)
@lru_cache(maxsize=1)  # (asked line by line: by the cleaner, the kind's review, the title, plain-text tables)
def line_label():
    """Compiled pattern of a numbering label at the start of a line (data/structure.json)."""
    import regex
    return regex.compile(load("structure")["line_label"])


_LAST: list = [None, None]  # the last long string converted and its result: a document's text is asked for
# by several stages (kind, review parts, targets), each once


def to_simplified(s: str) -> str:
    if len(s) <= _SHORT:  # a name asked about by several rules in turn: converted once
        hit = _SHORT_SEEN.get(s)
        if hit is None:
            if len(_SHORT_SEEN) >= _SHORT_KEPT:
                _SHORT_SEEN.clear()
            hit = _SHORT_SEEN[s] = translate_where_needed(s, t2s_table(), _traditional_chars())
        return hit
    if len(s) < _LONG:
        return translate_where_needed(s, t2s_table(), _traditional_chars())
    if _LAST[0] is not s:
        _LAST[:] = [s, translate_where_needed(s, t2s_table(), _traditional_chars())]
    return _LAST[1]


def translate_where_needed(s: str, table: dict, needs) -> str:
    """s.translate(table), paying only for the stretches where the pattern `needs` finds a character
    to change: str.translate costs a dict look-up per character, and most text needs no change (the
    mapping is per character, so cutting anywhere is safe)."""
    if len(s) <= _CHUNK:
        return s.translate(table) if needs.search(s) else s
    parts = []
    for a in range(0, len(s), _CHUNK):
        part = s[a:a + _CHUNK]
        parts.append(part.translate(table) if needs.search(part) else part)
    return "".join(parts)


_CHUNK = 256  # most text has Traditional characters in few places (a quoted name, a mirror's page): small
# stretches leave the rest untouched (on the real excerpts, half the time of 4096-character ones)
_LONG = 4096  # a string this long is a document's text, asked for by several stages: the last one is kept
_SHORT = 48  # characters: an indicator's name or a clause's piece, asked for by rule after rule
_SHORT_KEPT = 20_000  # short strings kept converted (cleared when full: bounded memory)
_SHORT_SEEN: dict[str, str] = {}
