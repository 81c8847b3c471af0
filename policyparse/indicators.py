"""Indicator keys: one name for the ways plans write the same indicator, so that diff and compare can
line targets up across plans (高中阶段（教育）毛入学率, 全市高中阶段教育毛入学率 → 高中阶段毛入学率).

General rules first (Simplified characters, no spaces, quotes or bracketed asides, no leading region
word such as 全市/我区, no 的), then the alias table of data/indicators.json, which users can extend
with their own file of the same shape."""
from __future__ import annotations

import json
import os
from functools import lru_cache
from typing import Mapping, Optional, Union

import regex

from .data import load, to_simplified
from .errors import UnreadableFile

AliasSource = Union[None, str, os.PathLike, Mapping[str, list]]


@lru_cache(maxsize=1)
def _rules():
    d = load("indicators")
    return regex.compile(d["region_prefix"]), regex.compile(d["drop"])


def normalise(indicator: str) -> str:
    """The indicator with the general rules applied (not the aliases)."""
    prefix, drop = _rules()
    s = to_simplified(indicator or "")
    s = drop.sub("", s)
    t = prefix.sub("", s)
    return t or s


class IndicatorKeys:
    """key(indicator) -> the normalised key. aliases: a mapping {key: [alias, …]} or the path of a JSON
    file of that shape, added to (and taking precedence over) the bundled table."""

    def __init__(self, aliases: AliasSource = None):
        table = dict(load("indicators")["aliases"])
        table.update(_user_aliases(aliases))
        self._map: dict[str, str] = {}
        for key, names in table.items():
            k = normalise(key)
            for name in [key, *names]:
                self._map[normalise(name)] = k

    def key(self, indicator: str) -> str:
        n = normalise(indicator)
        return self._map.get(n, n)

    __call__ = key


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
                                                 for v in data.values()):
        raise UnreadableFile(str(aliases), 'an alias file is a JSON object {"key": ["alias", …], …}')
    return {k: v for k, v in data.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def default_keys() -> IndicatorKeys:
    return IndicatorKeys()


def indicator_key(indicator: str, keys: Optional[IndicatorKeys] = None) -> str:
    return (keys or default_keys()).key(indicator)
