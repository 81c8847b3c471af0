"""Indicator keys: one canonical name for the ways plans write the same indicator, so that diff and
compare put it in one column (高中阶段（教育）毛入学率, 全市高中阶段教育毛入学率 → 高中阶段毛入学率).

A phrase is normalised (Simplified characters; no spaces, quotes, bracketed asides or 的; no leading
region word such as 全市/我区), its scope words taken off (每个县区医养结合机构 → 医养结合机构, scope
每个县区), then looked up in the taxonomy (data/taxonomy.json: canonical name, field, unit, which way
is better, aliases): by the canonical name (exact), by an alias (alias), else by character-bigram
similarity to a name above a threshold (similar, with the score) unless the two differ by a word that
makes another indicator (小学 and 初中, 城镇 and 农村, 新增 and 累计: contrast_words); else the key is the
normalised phrase itself (phrase). Users add aliases with a file of the shape {"key": ["alias", …]}."""
from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Mapping, Optional, Union

import regex

from .data import load, to_simplified
from .errors import UnreadableFile
from .regions import leading_division

AliasSource = Union[None, str, os.PathLike, Mapping[str, list]]


@dataclass(frozen=True)
class _Rules:
    region_prefix: regex.Pattern
    drop: regex.Pattern
    scope_prefix: regex.Pattern
    fold: regex.Pattern  # every fold pattern, one alternative each, in order
    fold_to: list  # the replacement of each alternative
    contrast: tuple  # in folded form
    contrast_ignore: tuple
    threshold: float
    derived: dict
    points: dict
    relative_units: set


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    d = load("indicators")
    # one pass over the phrase: at each place the first fold that matches (the table lists longer
    # words before the shorter ones they hold: 年均增长 before 增长)
    fold_re = regex.compile("|".join(f"({a})" for a, _ in d["fold"]))
    fold_to = [b for _, b in d["fold"]]

    def folded(w: str) -> str:
        return fold_re.sub(lambda m: fold_to[m.lastindex - 1], w)
    return _Rules(regex.compile(d["region_prefix"]), regex.compile(d["drop"]), regex.compile(d["scope_prefix"]),
                  fold_re, fold_to, tuple(dict.fromkeys(w for w in map(folded, d["contrast_words"]) if w)),
                  tuple(d["contrast_ignore"]), float(d["similar_threshold"]), d["derived"], d["points"],
                  set(d["relative_units"]))


def _differ(a: str, b: str) -> bool:
    """a and b differ by a contrast word (小学/初中, 城镇/农村): they are other indicators."""
    r = _rules()
    for w in r.contrast_ignore:
        a, b = a.replace(w, ""), b.replace(w, "")
    return any((w in a) != (w in b) for w in r.contrast)


def normalise(indicator: str) -> str:
    """The indicator with the general rules applied (not the taxonomy): Simplified, no asides, no
    leading region word (全市) or division name (河南省粮食生产能力)."""
    r = _rules()
    s = to_simplified(indicator or "")
    s = r.drop.sub("", s)
    t = r.region_prefix.sub("", s)
    t = t[leading_division(t):]
    return t or s


def fold(n: str) -> str:
    """A normalised phrase in the form names are compared in (增速 → 增长, 地区生产总值 → GDP, 占比 → 比例)."""
    r = _rules()
    return r.fold.sub(lambda m: r.fold_to[m.lastindex - 1], n)


def _bigrams(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1)} if len(s) > 1 else {s}


def dice(a: str, b: str) -> float:
    """Dice coefficient of the character bigrams of a and b."""
    ga, gb = _bigrams(a), _bigrams(b)
    return 2 * len(ga & gb) / (len(ga) + len(gb))


_CACHE_MAX = 200_000  # phrases remembered by one IndicatorKeys (the default one lives as long as the process)
_MAX_QUALIFIER = 8  # characters before a known name that may only narrow it (中小学, 地级及以上城市)


@dataclass(frozen=True)
class Match:
    """What indicator_key decided for a phrase."""
    key: str
    method: str  # exact, alias, similar, phrase
    score: float  # 1.0 for exact and alias; the similarity for similar and for phrase (the nearest name's)
    field: Optional[str] = None
    direction: Optional[str] = None  # higher, lower, neutral: which way is better
    unit: Optional[str] = None  # the usual unit
    scope: Optional[str] = None  # scope words taken off the phrase
    nearest: Optional[str] = None  # for phrase: the nearest canonical key below the threshold


class IndicatorKeys:
    """key(indicator) -> the canonical key; match(indicator) -> the whole decision. aliases: a mapping
    {key: [alias, …]} or the path of a JSON file of that shape, added to (and taking precedence over) the
    bundled taxonomy; a key not in the taxonomy is a new indicator of its own."""

    def __init__(self, aliases: AliasSource = None, threshold: Optional[float] = None):
        tax = load("taxonomy")
        self.entries: dict[str, dict] = {}
        self._map: dict[str, str] = {}  # normalised name -> key
        for e in tax["indicators"]:
            k = normalise(e["key"])
            self.entries[k] = e
            for name in [e["key"], *e.get("aliases", [])]:
                self._map.setdefault(fold(normalise(name)), k)
        for key, names in _user_aliases(aliases).items():
            k = normalise(key)
            self.entries.setdefault(k, {"key": key})
            for name in [key, *names]:
                self._map[fold(normalise(name))] = k
        self.threshold = _rules().threshold if threshold is None else threshold
        self._grams: dict[str, list[str]] = {}  # bigram -> names holding it
        self._gramsets: dict[str, frozenset] = {}  # name -> its bigrams
        for name in self._map:
            grams = self._gramsets[name] = frozenset(_bigrams(name))
            for g in grams:
                self._grams.setdefault(g, []).append(name)
        self._cache: dict[tuple, Match] = {}
        self._phrases: dict[str, Match] = {}  # an indicator's match before its unit: a table's row, once for its columns
        self._names: dict[str, list[str]] = {}  # canonical key -> its names, folded
        for name, k in self._map.items():
            self._names.setdefault(self.entries.get(k, {}).get("key", k), []).append(name)

    def key(self, indicator: str, unit: Optional[str] = None, change: Optional[str] = None) -> str:
        return self.match(indicator, unit, change).key

    __call__ = key

    def match(self, indicator: str, unit: Optional[str] = None, change: Optional[str] = None) -> Match:
        """unit and change (a target's) tell a level from its change: 地区生产总值 in 亿元 is the level,
        in % its growth (地区生产总值增长)."""
        hit = self._cache.get((indicator, unit, change))
        if hit is None:
            if len(self._cache) >= _CACHE_MAX:  # a batch of a million documents: bounded, not a leak
                self._cache.clear()
                self._phrases.clear()
            m = self._phrases.get(indicator)
            if m is None:
                m = self._phrases[indicator] = self._match(indicator)
            hit = self._cache[(indicator, unit, change)] = self._derive(m, unit, change)
        return hit

    def _match(self, indicator: str) -> Match:
        n = normalise(indicator)
        m = _rules().scope_prefix.match(n)
        scope = m.group(0) if m and m.end() < len(n) else None
        bare = n[m.end():] if scope else n
        folded_bare = fold(bare)
        for s, fs in ((n, fold(n) if scope else folded_bare), (bare, folded_bare)):
            k = self._map.get(fs)
            if k is not None:
                return self._found(k, "exact" if s == k else "alias", 1.0, scope if s == bare else None)
        name, score = self.nearest(folded_bare)
        if name is not None and score >= self.threshold:
            return self._found(self._map[name], "similar", score, scope)
        inner = self._qualified(folded_bare)
        if inner is not None:  # 中小学生师比: a known indicator behind a qualifier that makes no other one
            return self._found(self._map[inner], "similar", len(inner) / len(folded_bare), scope)
        return Match(key=folded_bare, method="phrase", score=round(score, 3), scope=scope,
                     nearest=self._map[name] if name is not None else None)

    def _derive(self, m: Match, unit: Optional[str], change: Optional[str]) -> Match:
        """The change of a level indicator when the target is in a relative unit (地区生产总值 5%)."""
        r = _rules()
        relative = r.relative_units
        if unit not in relative or m.unit is None or (m.unit in relative and unit != "个百分点") or m.method == "phrase":
            return m
        if m.unit == "个百分点":
            return m
        if m.unit == "%":  # a rate moved by points: 农业科技进步贡献率提高
            endings = [r.points.get(change or "either", r.points["either"])]
        else:
            endings = r.derived.get(change or "either", r.derived["either"])
        base = normalise(m.key)
        for end in endings:
            k = self._map.get(fold(base + end))
            if k is not None:
                d = self._found(k, m.method, m.score, m.scope)
                return replace(d, nearest=m.nearest)
        key = base + endings[0]
        direction = m.direction if endings[0] in ("增长", "提高") else {"higher": "lower", "lower": "higher"}.get(m.direction or "")
        return Match(key=key, method=m.method, score=m.score, field=m.field, direction=direction or m.direction,
                     unit=unit, scope=m.scope, nearest=m.nearest)

    def _found(self, k: str, method: str, score: float, scope: Optional[str]) -> Match:
        e = self.entries.get(k, {})
        return Match(key=e.get("key", k), method=method, score=round(score, 3), field=e.get("field"),
                     direction=e.get("direction"), unit=e.get("unit"), scope=scope)

    def nearest(self, n: str) -> tuple[Optional[str], float]:
        """The known name most like the normalised phrase n (Dice over character bigrams) and its score;
        a name differing from n by a contrast word (小学/初中, 城镇/农村) never counts. Only names that
        share one of n's rarest bigrams are scored (prefix filtering): a name reaching the threshold
        must, so the answer at or above it is exact and linear work stays small on any text."""
        grams = _bigrams(n)
        size = len(grams)
        need = math.ceil(self.threshold * size / (2 - self.threshold))  # bigrams in common at the threshold
        rare = sorted(grams, key=lambda g: len(self._grams.get(g, ())))[:max(1, size - need + 1)]
        best, best_score = None, 0.0
        # (in order: a tie goes to the same name in every process, whatever the hash seed orders a set by)
        for name in sorted({x for g in rare for x in self._grams.get(g, ())}):
            score = 2 * len(grams & self._gramsets[name]) / (size + len(self._gramsets[name]))
            if score > best_score and not _differ(n, name):
                best, best_score = name, score
        return best, best_score

    def _qualified(self, n: str) -> Optional[str]:
        """The longest known name n ends with, when what comes before it is a short qualifier holding no
        contrast word (中小学 before 生师比; never 农村 before 义务教育巩固率)."""
        for i in range(1, min(len(n) - 2, _MAX_QUALIFIER) + 1):
            tail = n[i:]
            if tail in self._map:
                head = n[:i]
                return None if _differ(head, "") else tail
        return None

    def merge(self, keys: dict[str, int], phrases: set[str]) -> dict[str, str]:
        """Within one comparison: each key that no canonical indicator matched (phrases) onto a key of
        the comparison it is nearly the same as (similarity above the threshold, no contrast word
        between them): canonical keys first, then the commonest. keys: key -> count. {key: key kept}."""
        order = sorted(keys, key=lambda k: (k in phrases, -keys[k], k))
        names = self._names
        kept: list[str] = []
        out = {}
        for k in order:
            if k in phrases:
                fk = fold(k)
                best = max(((dice(fk, n), r) for r in kept for n in names.get(r, [fold(r)]) if not _differ(fk, n)),
                           default=(0.0, None))
                if best[1] is not None and best[0] >= self.threshold:
                    out[k] = best[1]
                    continue
            kept.append(k)
            out[k] = k
        return out

    def candidates(self, indicator: str, k: int = 3) -> list[tuple[str, float]]:
        """The k canonical keys nearest the phrase, with scores: for curating an alias file."""
        n = normalise(indicator)
        grams = _bigrams(n)
        scores: dict[str, float] = {}
        for name in {x for g in grams for x in self._grams.get(g, ())}:
            key = self.entries.get(self._map[name], {}).get("key", self._map[name])
            s = 2 * len(grams & _bigrams(name)) / (len(grams) + len(_bigrams(name)))
            scores[key] = max(scores.get(key, 0.0), s)
        return sorted(((k_, round(s, 3)) for k_, s in scores.items()), key=lambda x: -x[1])[:k]


def _user_aliases(aliases: AliasSource) -> dict:
    if aliases is None:
        return {}
    if isinstance(aliases, Mapping):
        data = aliases
    else:
        try:
            with open(aliases, encoding="utf-8") as fh:
                data = json.load(fh)
        except (OSError, ValueError) as e:
            raise UnreadableFile(str(aliases), f"cannot read the alias file ({e})") from None
    if not isinstance(data, Mapping) or not all(isinstance(v, list) and all(isinstance(x, str) for x in v)
                                                 for k, v in data.items() if not k.startswith("_")):
        raise UnreadableFile(str(aliases), 'an alias file is a JSON object {"key": ["alias", …], …}')
    return {k: v for k, v in data.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def default_keys() -> IndicatorKeys:
    return IndicatorKeys()


def indicator_key(indicator: str, unit: Optional[str] = None, change: Optional[str] = None,
                  keys: Optional[IndicatorKeys] = None) -> str:
    """The canonical key of an indicator phrase (see the module's doc); match() gives the whole decision.
    unit and change, a target's, tell a level from its change (地区生产总值 in % is 地区生产总值增长)."""
    return (keys or default_keys()).key(indicator, unit, change)


def match(indicator: str, unit: Optional[str] = None, change: Optional[str] = None,
          keys: Optional[IndicatorKeys] = None) -> Match:
    return (keys or default_keys()).match(indicator, unit, change)
