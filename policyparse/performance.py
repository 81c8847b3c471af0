"""Budget performance target tables (项目支出绩效目标申报表, 部门整体支出绩效目标表): the indicators a
department sets for a year's spending, in three levels (产出指标 / 数量指标 / the measure) with a value
cell. Portals print them in every layout: |-rows whose merged cells are left out (so no column can be
trusted), a cell a line, or cells apart by spaces. What holds in all of them is the order of the cells:
a measure's name, then its value (10辆, ≥85%, or ≥ | 95 | % over three cells), then columns of weights
and notes. So the table is read as one run of cells, a value taken when a name stands before it.
A self-evaluation (实际完成值, 得分 in its header) reports a year done: its span gives nothing."""
from __future__ import annotations

from functools import lru_cache

import regex

from .data import load, to_simplified
from .targets import YEAR_IN, Found, lexicon

_SPLIT = regex.compile(r"\s*\|\s*|\n|[ \t\u3000]+")
_HAN = regex.compile(r"\p{Han}")
_NEAR = 80  # characters either side of 三级指标 where the rest of its header row stands
_CAPTION = 600  # characters above a header where the table's title and caption stand


@lru_cache(maxsize=1)
def _rules():
    d = load("performance")
    return (regex.compile(d["header"]), regex.compile(d["review_header"]), regex.compile(d["stop"], regex.M),
            regex.compile(d["level"]), regex.compile(d["cost_level"]), regex.compile(d["value"]),
            regex.compile(d["comparator"]), {**lexicon().pre_map, **d["comparators"]}, regex.compile(d["unit_cell"]), d["max_name"],
            d["max_lines"], regex.compile(d["header_with"]), d["header_line_max"])


def find(text: str) -> list[tuple[int, int, list[Found]]]:
    """(start, end, targets) of each performance target table: from its header row (…三级指标…) to a
    line that ends it (审核意见, 填表人) or max_lines lines on."""
    header, review, stop, *_, max_lines, header_with, header_line_max = _rules()
    simp = to_simplified(text)
    out: list[tuple[int, int, list[Found]]] = []
    pos = 0
    while True:
        h = header.search(simp, pos)
        if h is None:
            return out
        a = simp.rfind("\n", 0, h.start()) + 1
        head_end = simp.find("\n", h.end())
        head_end = len(simp) if head_end < 0 else head_end
        near = (max(0, h.start() - _NEAR), min(len(simp), h.end() + _NEAR))  # (a header a cell a line spans lines)
        reviewed = review.search(simp, *near)
        if not header_with.search(simp, *near) or \
                (not reviewed and ("。" in simp[a:head_end] or head_end - a > header_line_max)):
            pos = head_end  # a sentence naming the levels, or a whole plan on one line: no table's header row
            continue  # (a self-evaluation's header, 实际完成值 by it, is taken on any line: it only keeps results out)
        z = head_end
        for _ in range(max_lines):  # (bounded: the scan from one header never passes max_lines lines)
            if z >= len(simp):
                break
            nxt = simp.find("\n", z + 1)
            nxt = len(simp) if nxt < 0 else nxt
            if stop.search(simp, z + 1, nxt):
                break
            z = nxt
        # (a self-evaluation's table is kept too, with no targets: its numbers are a year's results)
        if reviewed:
            out.append((a, z, []))
        else:
            # the year its title or caption names, the first above the header (2023年…绩效目标申报表, （2023年度）)
            year = YEAR_IN.search(simp, max(0, a - _CAPTION), a)
            out.append((a, z, _targets(text, simp, head_end, z, int(year.group(1)) if year else None)))
        pos = max(z, h.end())


def overviews(text: str) -> list[tuple[int, int]]:
    """Spans of a performance table's background cells (项目概况…, 项目总体情况…): its costing, no targets."""
    return [m.span() for m in _overview().finditer(to_simplified(text))]


@lru_cache(maxsize=1)
def _overview() -> regex.Pattern:
    return regex.compile(load("performance")["overview"])


def _targets(text: str, simp: str, a: int, z: int, year) -> list[Found]:
    _, _, _, level, cost_level, value, comparator, comparators, unit_cell, max_name, *_ = _rules()
    lx = lexicon()
    cells = [(c0, c) for c0, c in _cells(simp, a, z) if c]
    out: list[Found] = []
    name = None  # (start, end) of the last measure's name not yet given its value
    cmp, cost = None, False
    for k, (c0, c) in enumerate(cells):
        if comparator.match(c):
            cmp = comparators[c]
            continue
        v = value.match(c)
        if v and name is not None:
            unit = v.group("unit")
            nxt = cells[k + 1][1] if k + 1 < len(cells) else ""
            if not unit and unit_cell.match(nxt) and not level.match(nxt):
                unit = nxt  # 95 | %: the unit in a column of its own
            if unit or cmp or v.group("cmp"):  # (a bare number alone is a weight or a score: 10)
                op = comparators.get(v.group("cmp") or "", cmp or "=")
                if op == "=" and cost:
                    op = "<="  # 控制在预算成本内 250万: a cost's value is its ceiling
                n0, n1 = name
                out.append(Found(text[n0:n1], op, float(v.group("num")), None, lx.aliases.get(unit, unit), None, year,
                                 None, None, n0, c0 + len(c), year_source="table" if year else None,
                                 num=c0 + v.start("num"), num_end=c0 + len(c)))
            name, cmp = None, None
            continue
        if level.match(c):
            if c.endswith("指标") or cost_level.search(c):  # a level's name: a cost's (成本指标(0-20)分) or another's
                cost = bool(cost_level.search(c))
            continue
        if _HAN.search(c) and len(c) <= max_name:
            name, cmp = (c0, c0 + len(c)), None
    return out


def _cells(simp: str, a: int, z: int):
    """(start, cell) of each cell between a and z: apart by |, a line break or a run of blanks."""
    pos = a
    for m in _SPLIT.finditer(simp, a, z):
        yield pos, simp[pos:m.start()]
        pos = m.end()
    yield pos, simp[pos:z]
