"""Lexicons and rule tables live here as data files; this module loads each once."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def load(name: str):
    """Parsed JSON data file policyparse/data/NAME.json (cached)."""
    return json.loads(resources.files(__name__).joinpath(f"{name}.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def t2s_table() -> dict[int, str]:
    """str.translate table Traditional -> Simplified, for matching lexicons against Traditional text."""
    table: dict[int, str] = {}
    text = resources.files(__name__).joinpath("t2s.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        for pair in line.split():
            if len(pair) == 2 and pair[0] != pair[1]:
                table[ord(pair[0])] = pair[1]
    return table


@lru_cache(maxsize=None)
def _traditional_chars():
    import regex
    return regex.compile("[" + "".join(chr(c) for c in t2s_table()) + "]")


@lru_cache(maxsize=None)
def line_label():
    """Compiled pattern of a numbering label at the start of a line (data/structure.json)."""
    import regex
    return regex.compile(load("structure")["line_label"])


def to_simplified(s: str) -> str:
    # str.translate costs a dict look-up per character; most plans are Simplified throughout
    if len(s) > 200 and not _traditional_chars().search(s):
        return s
    return s.translate(t2s_table())
