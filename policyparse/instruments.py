"""Policy instruments: is a measure a supply, demand or environment instrument (Rothwell–Zegveld, as
Chinese policy studies code them)? Keywords per kind live in data/instruments.json; the kind with most
keyword hits wins (title hits weigh more), and the keywords found are kept so a reader can check."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from .data import load, to_simplified

KINDS = ("supply", "demand", "environment")


@lru_cache(maxsize=1)
def _lexicon():
    d = load("instruments")
    pats = {k: regex.compile("|".join(regex.escape(w) for w in sorted(d["kinds"][k], key=len, reverse=True)))
            for k in KINDS}
    return pats, d["title_weight"]


def classify(title: str, text: str) -> tuple[Optional[str], list[str]]:
    """(instrument, keywords found) for a measure; (None, []) when no keyword speaks for any kind.
    text is the measure's whole text (its title included)."""
    pats, weight = _lexicon()
    title, text = to_simplified(title or ""), to_simplified(text or "")
    best, best_score, best_words = None, 0, []
    for kind in KINDS:  # ties go to the earlier kind
        words = [m.group() for m in pats[kind].finditer(text)]
        score = len(words) + (weight - 1) * sum(1 for _ in pats[kind].finditer(title))
        if score > best_score:
            best, best_score, best_words = kind, score, list(dict.fromkeys(words))
    return best, best_words
