"""Indicator tables whose cells were run into one line, as PDF tables come from doc-sharing sites: row
number, name, unit, target, base value and a status letter with nothing between them
(…11退化土地恢复率%≥9012空气环境质量…). The row numbers count up by one, and that count is what cuts
the line into rows; a target glued to the base value after it is split where the status letter agrees
(Y: the base meets the target), since nothing else in the line tells 15024.94 from 150 and 24.94."""
from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Optional

import regex

from .data import load, to_simplified, word_alternation
from .targets import MEASURE_ENDINGS, Found, lexicon

_D = load("numbered_table")
_HEADER = regex.compile(_D["header"])
_CONTINUED = regex.compile(_D["continued"])
_COMPARATORS: dict[str, str] = _D["comparators"]
_MIN_ROWS: int = _D["min_rows"]
_ROW_GAP: int = _D["row_gap"]  # characters from one row number to the next: a row is short
_ROW_NUMBER = regex.compile(r"(?<![\d.])\d+(?=\p{Han})")  # (2.5之间: no row 5)
_CMP = "".join(_COMPARATORS)
_STATUS = word_alternation(_D["status"])
# a cell: an optional label (a sub-row: 山区, 城镇生活污水集中处理率), a comparator, the digits (target and
# base glued: 1.419.1), the upper end of a range, and the status letter. Rows are short, so the lazy label
# is tried over a few dozen characters at most.
_CELL = regex.compile(rf"(?P<label>[^\d{_CMP}%]{{0,40}}?)(?P<cmp>[{_CMP}])?(?P<num>\d+(?:\.\d+)*)"
                      rf"(?:[-~～至](?P<max>\d+(?:\.\d+)?)(?:之间)?)?(?P<status>{_STATUS})?")
_NUMBER = regex.compile(r"(?:0|[1-9]\d*)(?:\.\d+)?")
_NEWLINE = regex.compile(r"\n")
# a row's head: its name and unit, to the first comparator or number (the 3 of m3 is the unit's)
_HEAD = regex.compile(rf"(?:[^\d%{_CMP}]|(?<=[A-Za-z])[23]|%(?!\d))*%?")
_UNIT_INSIDE = regex.compile(r"(?:%|[A-Za-z]{1,3}[23]?(?:/[\p{Han}A-Za-z]{1,4})?)(?=\p{Han})")
_UNIT_NOTE = regex.compile(r"[?？]?[(（][^)）]{0,12}[)）]$")


@lru_cache(maxsize=1)
def _unit_ending():
    lx = lexicon()
    unit = r"(?:" + lx.unit_word.pattern + r"|[A-Za-z]{1,3}[23]?)"
    return regex.compile(unit + r"(?:/(?:" + lx.unit_word.pattern + r"|[\p{Han}A-Za-z]{1,4}))?$")


def find(text: str) -> list[tuple[int, int, list[Found]]]:
    """(start, end, targets) of each run-together indicator table: a line with a header (序号…名称) and
    at least five row numbers counting up."""
    out: list[tuple[int, int, list[Found]]] = []
    heads = list(_HEADER.finditer(text))
    if not heads:
        return out  # most texts: no line breaks to find
    breaks = [m.start() for m in _NEWLINE.finditer(text)]
    done = set()
    for head in heads:
        b = bisect.bisect_left(breaks, head.start())
        a = breaks[b - 1] + 1 if b else 0
        if a in done:
            continue  # the header again on the same line (续表): the line was read with the first
        done.add(a)
        z = breaks[b] if b < len(breaks) else len(text)
        rows = _row_numbers(text, a, z)
        if len(rows) < _MIN_ROWS or sum(1 for s, e in _row_spans(text, rows, a, z)
                                        if regex.search(f"[{_CMP}]", text[s:e])) < 3:
            continue
        found: list[Found] = []
        spans = _row_spans(text, rows, a, z)
        for s, e in spans:
            found += _row_targets(text, s, e)
        out.append((_table_start(text, a, min(spans[0][0], head.start())), spans[-1][1], found))
    return out


_SENTENCE_END = regex.compile(r"[。；;！!？?]")


def _table_start(text: str, a: int, first: int) -> int:
    """Where the table's text starts: its caption and header with it, back to the sentence before
    (表1 考核指标序号…), not further than a caption's length."""
    lo = max(a, first - 80)
    ends = list(_SENTENCE_END.finditer(text, lo, first))
    return ends[-1].end() if ends else lo if lo > a else a


def _row_numbers(text: str, a: int, z: int) -> list[tuple[int, int]]:
    """(start, end) of the row numbers of the line text[a:z]: the longest run of numbers glued before a
    name that count up by one (or two: a row lost at a page break), each close to the last. A number
    glued to the value before it is one of that run's endings (≥9012空气: 12)."""
    cands: list[tuple[int, int, int]] = []  # (start, number, end)
    for m in _ROW_NUMBER.finditer(text, a, z):
        digits = m.group(0)
        for k in range(min(3, len(digits)), 0, -1):
            if digits[-k] != "0":
                cands.append((m.end() - k, int(digits[-k:]), m.end()))
    length = [1] * len(cands)
    parent: list[Optional[int]] = [None] * len(cands)
    last: dict[int, int] = {}  # number → index of the candidate ending the longest run at that number
    for i, (p, n, _) in enumerate(cands):
        for prev in (n - 1, n - 2):
            j = last.get(prev)
            if j is not None and cands[j][2] <= p <= cands[j][2] + _ROW_GAP and length[j] + 1 > length[i]:
                length[i], parent[i] = length[j] + 1, j
        if n not in last or length[i] >= length[last[n]]:  # the last of equals: a value's digits come first
            last[n] = i
    if not cands:
        return []
    at: Optional[int] = max(range(len(cands)), key=length.__getitem__)
    run = []
    while at is not None:
        run.append((cands[at][0], cands[at][2]))
        at = parent[at]
    return run[::-1]


def _row_spans(text: str, rows: list[tuple[int, int]], a: int, z: int) -> list[tuple[int, int]]:
    """The text of each row after its number, to the next row's number; a row before the first number
    when the line opens in the middle of a table (a page's rows cut from their header); the last row to
    its status letter, the prose after the table left to the sentences."""
    spans = [(e, rows[k + 1][0]) for k, (_, e) in enumerate(rows[:-1])]
    end = rows[-1][1]
    stop = end
    for cell in _cells(text, _HEAD.match(text, end, min(z, end + 80)).end(), min(z, end + 160)):
        stop = cell.end()
        if cell.group("status"):
            break
    spans.append((end, stop))
    if a < rows[0][0] <= a + _ROW_GAP and not _CONTINUED.search(text, a, rows[0][0]):
        spans.insert(0, (a, rows[0][0]))  # (a row's length at most: a paragraph before a table is no row)
    return spans


def _row_targets(text: str, s: int, e: int) -> list[Found]:
    """The targets of one row: its main cell (the value after the name and unit) and its sub-rows'
    cells with a comparator (山区≥70: a part of the row's indicator; 工业用水重复率≥50: an indicator)."""
    cut = _CONTINUED.search(text, s, e)
    if cut:
        e = cut.start()  # 续表2类别序号…: the next page's header, and the category over its rows
    head = _HEAD.match(text, s, e).group(0)
    inner = _UNIT_INSIDE.search(head)  # 人均住房面积m2城区≥35农村≥45: the unit, then the first part's label
    if inner and inner.start() >= 2 and not _unit_ending().search(head):
        head = head[:inner.end()]
    name, unit = _name_and_unit(head)
    if not name:
        return []
    cells = list(_cells(text, s + len(head), e))
    parts = [c for c in cells[1:] if c.group("cmp") and not _is_indicator(c.group("label"))]
    out = []
    for k, c in enumerate(cells):
        label = c.group("label").strip()
        sub = k > 0 or regex.search(r"\p{Han}", label)
        if not sub and not c.group("cmp") and not c.group("max") and (not unit or parts):
            continue  # 森林覆盖率37Y山区≥70: a bare number before the parts' targets is the base
        if sub and not c.group("cmp"):
            continue  # 无危险废物排放65.82N: a sub-row's base, its target in words
        read = _value(c, unit)
        if read is None:
            continue
        comparator, value, vmax, base = read
        own = sub and _is_indicator(label)
        f = Found(label if own else name, comparator, value, vmax, unit, None, None, None,
                  label if sub and not own else None, s, e, num=c.start("num"), num_end=c.end())
        f.baseline = base
        out.append(f)
    return out


def _name_and_unit(head: str) -> tuple[str, str]:
    """The row's name and the unit glued after it (单位GDP水耗m3/万元, 能耗吨标煤/万元, 主要污染物排放强度
    千克/万元?(GDP), 比例%): the unit is the head's ending that is a unit of the lexicon or a Latin one,
    over a rate's denominator; an aside after it is the column's note."""
    head = _UNIT_NOTE.sub("", head.strip())
    if head.endswith("%"):
        return head[:-1].strip(), "%"
    m = _unit_ending().search(head)
    if not m or m.start() < 2:
        return head, ""
    return head[:m.start()].strip(), m.group(0)


def _cells(text: str, s: int, e: int):
    pos = s
    while pos < e:
        c = _CELL.match(text, pos, e)
        if not c or c.end() == pos:
            return
        yield c
        pos = c.end()


def _is_indicator(label: str) -> bool:
    return to_simplified(label.strip()).endswith(MEASURE_ENDINGS)  # (山区, 二氧化硫: parts; 工业用水重复率: its own)


def _value(c, unit: str) -> Optional[tuple[str, float, Optional[float], Optional[float]]]:
    """(comparator, value, upper end, base) of a cell; a value glued to its base is split where the
    status letter agrees with the comparator."""
    comparator = _COMPARATORS.get(c.group("cmp") or "", "=")
    digits = c.group("num")
    if c.group("max"):
        return ("range", float(digits), float(c.group("max")), None) if _NUMBER.fullmatch(digits) else None
    status = c.group("status")
    if status not in ("Y", "N", "√", "×"):
        return (comparator, float(digits), None, None) if _NUMBER.fullmatch(digits) else None
    split = _split(digits, comparator, status in ("Y", "√"), unit == "%")
    return (comparator, split[0], None, split[1]) if split else None


def _split(digits: str, comparator: str, meets: bool, rate: bool) -> Optional[tuple[float, float]]:
    """Target and base of glued digits: both well-formed numbers (no leading zero), within 100 for a
    rate, the base meeting the target as the status says, their whole parts of about one length (a
    base is of the target's order); of those the roundest target (fewest digits)."""
    best = None
    for i in range(1, len(digits)):
        a, b = digits[:i], digits[i:]
        if not (_NUMBER.fullmatch(a) and _NUMBER.fullmatch(b)):
            continue
        x, y = float(a), float(b)
        if rate and (x > 100 or y > 100):
            continue
        ok = {">=": y >= x, ">": y > x, "<=": y <= x, "<": y < x}.get(comparator, y == x)
        if ok != meets or abs(len(a.split(".")[0]) - len(b.split(".")[0])) > 1:
            continue
        size = len(a.replace(".", ""))
        if best is None or size < best[0]:
            best = (size, x, y)
    return (best[1], best[2]) if best else None
