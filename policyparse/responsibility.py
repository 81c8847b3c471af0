"""Who is responsible for a measure (牵头单位/责任单位, （市教育局牵头，各区县配合）, responsibility
tables) and by when it is due (2025年底前完成)."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from .data import load, to_simplified

_SPLIT = regex.compile(r"[、，,；;及和]")


@lru_cache(maxsize=1)
def _patterns():
    d = load("targets")
    return (regex.compile(d["lead_pattern"]), regex.compile(d["partner_pattern"]),
            regex.compile(d["inline_lead_pattern"]), regex.compile(d["deadline_pattern"]),
            regex.compile(d["inline_duty_pattern"]), regex.compile(d["inline_lead_bare_pattern"]))


def units_in(text: str) -> tuple[Optional[str], list[str]]:
    """(lead, partners) named in a measure's text."""
    lead_re, partner_re, inline_re, _, duty_re, bare_re = _patterns()
    simp = to_simplified(text)
    lead, partners = None, []
    m = lead_re.search(simp)
    if m:
        lead = text[m.start(1):m.end(1)].strip(" ，,、")
    m = partner_re.search(simp)
    if m:
        partners = _names(text[m.start(1):m.end(1)])
    if lead is None:
        m = inline_re.search(simp) or (None if partners else bare_re.search(simp))
        if m:
            lead = text[m.start(1):m.end(1)].strip()
            partners = partners or _names(text[m.start(2):m.end(2)])
    if lead is None and not partners:
        m = duty_re.search(simp)  # （市教育局、市财政局按职责分工负责）
        if m:
            lead = text[m.start(1):m.end(1)].strip()
    if lead and "、" in lead:  # 市教育局、市财政局牵头: the first leads, the rest share the lead
        first, *rest = _names(lead)
        lead, partners = first, rest + [p for p in partners if p not in rest]
    return lead, partners


def _names(s: str) -> list[str]:
    """Units in a list (、，和及), a separator inside brackets not splitting one (各县（市、区）人民政府)."""
    tail = _duty_tail()
    pieces, depth, cur = [], 0, []
    for ch in s:
        depth += (ch in "（(") - (ch in "）)")
        if depth <= 0 and _SPLIT.match(ch):
            pieces.append("".join(cur))
            cur, depth = [], 0
        else:
            cur.append(ch)
    pieces.append("".join(cur))
    names = (tail.sub("", p.strip()) for p in pieces)
    return list(dict.fromkeys(p for p in names if len(p) >= 2))


@lru_cache(maxsize=1)
def _duty_tail():
    return regex.compile(load("targets")["duty_tail"])


def deadline_in(text: str) -> Optional[str]:
    """YYYY-MM of the first 'by … (完成)' date in text: 2025年底前 → 2025-12, 2024年6月底前 → 2024-06."""
    m = _patterns()[3].search(to_simplified(text))
    if not m:
        return None
    g = m.groups()
    i = next(k for k in range(0, len(g), 2) if g[k])  # each way of writing it has a (year, month) pair
    year, month = g[i], g[i + 1]
    return f"{int(year):04d}-{int(month or 12):02d}"


def from_table(rows: list[list[str]]) -> list[tuple[str, Optional[str], list[str]]]:
    """(task, lead, partners) rows of a responsibility table (columns 牵头单位 / 责任单位)."""
    if len(rows) < 2:
        return []
    header = [to_simplified(c or "") for c in rows[0]]
    lead_col = next((i for i, c in enumerate(header) if "牵头" in c), None)
    part_col = next((i for i, c in enumerate(header) if i != lead_col and ("责任" in c or "配合" in c or "参与" in c)), None)
    if lead_col is None and part_col is None:
        return []
    task_col = next((i for i in range(len(header)) if i not in (lead_col, part_col)), 0)
    out = []
    for row in rows[1:]:
        cell = lambda i: (row[i] if i is not None and i < len(row) else "").strip()  # noqa: E731
        if cell(task_col):
            out.append((cell(task_col), cell(lead_col) or None, _names(cell(part_col))))
    return out
