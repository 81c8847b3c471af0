"""A roundup of places' goals (其中，海南为9.5%左右，西藏为8%左右，江西、新疆为7%左右 under 从各地GDP目标来看): the
places are the scopes the values hold for, one target each, and the goal the page is about, named before them, is
the indicator. Without such a goal named, the places stay where the sentence put them."""

from __future__ import annotations

import dataclasses
from functools import lru_cache

import regex

from . import regions, scope, targets
from .data import load, to_simplified


@lru_cache(maxsize=None)
def _rules():
    d = load("targets")["roundup"]
    return (regex.compile(d["topic"]), regex.compile(d["said_after"]), regex.compile(d["rate_end"]),
            regex.compile(d["place_end"]), regex.compile(d["places_quantified"]), regex.compile(d["topic_generic"]),
            regex.compile(d["list_close"]))


_LOOK_BACK = 600  # characters before a sentence looked at for the goal it rounds up (bounded: a one-line page)


def places_as_scopes(found: list, text: str) -> list:
    """found with each target whose name is places rewritten, one per place, under the goal named before it;
    the spread of a roundup's goals over places not named (多数省份高于5%) dropped."""
    topic_re, said, rate_end, place_end, quantified, generic, _ = _rules()
    lx = targets.lexicon()
    out, seen, spread, again = [], set(), [], []
    asked: dict[str, list[str]] = {}  # (a name asked once: a task table repeats its names row after row)

    def named(s: str) -> list[str]:
        got = asked.get(s)
        if got is None:
            got = asked[s] = _named(s, said, lx)
        return got
    for f in found:
        # (上海为5.5%以上，广东、山东为5%以上: a sentence's second place may stand as the scope of the first's name)
        places = [named(f.indicator), named(f.scope or "")]
        summary = not places[0] and quantified.fullmatch(said.sub("", to_simplified(f.indicator)).strip(" ，,"))
        if not places[0] and not summary and len(places[1]) < 2:
            out.append(f)
            continue
        topic = None
        for m in topic_re.finditer(to_simplified(text[max(0, f.start - _LOOK_BACK):f.start])):
            name = m.group("topic")
            if not regions.leading_division(name) and not place_end.search(name) and not generic.match(name):
                topic = m  # (not 12个省区市目标同时锚定6%, the places, nor 主要目标, a goal's kind)
        if topic is None:
            out.append(f)
            continue
        if summary:  # (多数省份高于5%, 其余省份为6%左右: how the places' goals spread, no place's own)
            spread.append(f)
            continue
        if not places[0]:  # (…GDP增长目标定在6%左右。其中，…，洛阳、安阳为6%: the goal named, each place its own target)
            out.extend(dataclasses.replace(f, scope=place) for place in places[1])
            continue
        indicator, change = topic.group("topic"), f.change
        if f.unit == "%" and not rate_end.search(indicator):
            indicator, change = indicator + "增长", change or "increase"  # (GDP目标 in %: its growth)
        for place in places[1] or places[0]:
            key = (indicator, place, f.comparator, f.value, f.unit, f.year)
            if key in seen:  # (广东、山东、浙江均为5%以上 again in a paragraph on the largest economies: said before)
                again.append(f)
                continue
            seen.add(key)
            out.append(dataclasses.replace(f, indicator=indicator, scope=place, change=change))
    scope.dropped(spread, [], "qualifier", "how a roundup's goals spread over places it does not name (多数省份高于5%)")
    scope.dropped(again, [], "repeat", "a place's goal the roundup stated before")
    return out


def _named(s: str, said, lx) -> list[str]:
    """The places s names and nothing else (海南为, 江西、新疆, 平顶山、南阳、商丘等地), else none."""
    list_close = _rules()[-1]
    parts = [p for p in lx.list_joiners.split(list_close.sub("", said.sub("", to_simplified(s)).strip(" ，,"))) if p]
    return parts if regions.all_divisions(parts) else []
