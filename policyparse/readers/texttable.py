"""Tables typed into plain text: Markdown pipe rows (| 县区 | 目标 |, as page-to-text converters write
them) and rows of tab-separated cells (a table copied out of Word or Excel). Each run of two or more
such lines becomes one table block with its cells, as a .docx or web page's table does, so that its
header names each column's measure and its first cell each row's place. Other lines stay a block a line."""
from __future__ import annotations

import re

from ..data import line_label
from . import RawBlock

_RULE_CELL = re.compile(r"\s*:?-{3,}:?\s*")  # |---|:---:| under a Markdown header: no row of its own
_MIN_ROWS = 2  # one line of cells is a line with bars or tabs in it, not a table


def _pipe_cells(line: str):
    s = line.strip()
    if len(s) < 3 or s[0] != "|" or s[-1] != "|" or s.count("|") < 3:
        return None
    return [c.strip() for c in s[1:-1].split("|")]


def _tab_cells(line: str):
    s = line.strip(" \u3000\r")  # (not the tabs: two in a row are an empty cell, as Excel copies it)
    if "\t" not in s.strip():
        return None
    cells = [c.strip() for c in s.split("\t")]
    # (a Word list pasted as text puts a tab after each item's number, 一、⇥总体要求: no cells; a table's 序号 is bare)
    return None if line_label().fullmatch(cells[0]) else cells


def _is_table(rows: list[list[str]]) -> bool:
    """Two rows or more, one of them with two cells or more that hold something."""
    return len(rows) >= _MIN_ROWS and any(sum(1 for c in r if c) >= 2 for r in rows)


def blocks(lines: list[str]) -> list[RawBlock]:
    if not any("|" in line or "\t" in line for line in lines):
        return [RawBlock(line) for line in lines]  # (most texts: no cell of either kind)
    out: list[RawBlock] = []
    i, n = 0, len(lines)
    while i < n:
        for cells_of in (_pipe_cells, _tab_cells):
            j, rows = i, []
            while j < n and (cells := cells_of(lines[j])) is not None:
                if not all(_RULE_CELL.fullmatch(c) for c in cells) and any(cells):
                    rows.append(cells)
                j += 1
            if j > i:
                break
        if j > i + 1 and _is_table(rows):
            out.append(RawBlock.table(rows))
        else:  # (a run of lines with bars that is no table, a page's layout: each line read once, as it is)
            out.extend(RawBlock(line) for line in lines[i:max(j, i + 1)])
        i = max(j, i + 1)
    return out
