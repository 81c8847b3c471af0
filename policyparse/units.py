"""Values in a base unit, so that plans writing one quantity in different units line up: 1.2万户 and
8000户, 50万辆 and 600000辆, 300亿元 and 3000000万元 (data/units.json)."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from .data import load


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, float]]:
    d = load("units")
    table: dict[str, tuple[str, float]] = {}
    for base, scaled in d["families"].items():
        table[base] = (base, 1.0)
        for unit, factor in scaled.items():
            table[unit] = (base, float(factor))
    # 万辆, 亿人次, 万个: a scale word before any other unit of the target lexicon (辆 is then a base)
    for unit in load("targets")["units"]:
        if unit in table:
            continue
        for prefix, factor in d["scale_prefixes"].items():
            rest = unit[len(prefix):]
            if unit.startswith(prefix) and rest and not rest.startswith(tuple(d["scale_prefixes"])):
                base, f = table.get(rest, (rest, 1.0))
                table[unit] = (base, factor * f)
                break
    for base, _ in list(table.values()):
        table.setdefault(base, (base, 1.0))
    return table


def base_unit(unit: str) -> Optional[tuple[str, float]]:
    """(base unit, factor): 万户 → (户, 10000), 户 → (户, 1); None for units compared as they are (%, 岁,
    年, 个百分点) and for a bare scale word (万)."""
    table = _table()
    hit = table.get(unit)
    if hit is not None or not unit:
        return hit
    d = load("units")
    if unit in d["no_base"]:
        return None
    for prefix, factor in d["scale_prefixes"].items():  # 万辆: the extractor joins a scale word to a unit
        rest = unit[len(prefix):]
        if unit.startswith(prefix) and rest and rest not in d["no_base"]:
            base, f = table.get(rest, (rest, 1.0))
            return base, factor * f
    return None if unit in d["scale_prefixes"] else (unit, 1.0)


def units_of(bases) -> frozenset:
    """Every unit of the lexicon whose base unit is one of bases (亩 → 亩, 万亩; 米 → 米, 公里, 千米 …)."""
    bases = set(bases)  # (万个, 万户: a scale word the extractor joins to a unit, as base_unit reads it)
    scaled = {prefix + base for prefix in load("units")["scale_prefixes"] for base in bases}
    return frozenset(unit for unit, (base, _) in _table().items() if base in bases) | bases | scaled


def to_base(value: Optional[float], unit: str) -> Optional[float]:
    """value in the base unit of unit (1.2, 万户 → 12000.0); None when the unit has none."""
    hit = base_unit(unit)
    return None if hit is None or value is None else round(value * hit[1], 6)
