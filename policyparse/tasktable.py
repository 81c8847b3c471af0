"""Task-breakdown tables (任务分解表) flattened into running text, their year columns recovered.

Scraped or copied from a PDF, such a table becomes one run of text: a header naming the columns
(项目 2023年 2024年 2025年, or 2022-2023年 …, hyphens possibly lost: 20232024年), then for each row its
heading and, per year column, a numbered list that starts again at 1. Each restart opens the next
column; a heading between two lists starts a new row at the first column. Every item takes its
column's year. The region is also kept out of the structure: its restarting lists are cells, not
sections (nor separate documents)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from .data import load


@dataclass
class TaskTable:
    start: int
    end: int
    columns: list[tuple[int, int, int]]  # (start, end, year) of each column's list
    labels: list[tuple[int, int]]  # the items' labels: 3.25%的乡镇 after 2. is item 3 and 25 %


@lru_cache(maxsize=1)
def _rules():
    d = load("targets")["task_table"]
    return (regex.compile(d["header"]), regex.compile(d["year"]), regex.compile(d["label"]),
            regex.compile(d["end"]))


def _years(head: str, year_re) -> list[int]:
    """The year of each column heading: the end of a range (2022-2023年 → 2023); a range whose hyphen
    was lost (20232024年) split into its two years."""
    out = []
    for m in year_re.finditer(head):
        digits = m.group(1)
        if len(digits) == 8:
            out.append(int(digits[4:]))
        elif m.group(2):
            out.append(int(m.group(2)))
        else:
            out.append(int(digits))
    return out


def find(text: str) -> list[TaskTable]:
    header, year_re, label, end_re = _rules()
    out = []
    heads = list(header.finditer(text))
    for k, h in enumerate(heads):
        if out and h.start() < out[-1].end:
            continue
        years = _years(h.group("years"), year_re)
        if len(years) < 2 or years != sorted(years):
            continue
        # a table runs to its end (a section heading, 附件) or the next table's header: the spans scanned
        # for labels never overlap, so however many headers a text holds, the scan stays linear
        until = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        stop = end_re.search(text, h.end(), until)
        limit = stop.start() if stop else until
        columns: list[tuple[int, int, int]] = []
        labels: list[tuple[int, int]] = []
        col, prev, run_start, last_end = -1, 0, -1, h.end()
        for m in label.finditer(text, h.end(), limit):
            n = int(m.group("n"))
            if n == prev + 1 and n > 1 and run_start >= 0:
                prev, last_end = n, m.end()
                labels.append(m.span())
                continue
            if n != 1 or text[m.end():m.end() + 1].isdigit():
                continue  # a number inside an item's text (1.5万元)
            stop = _last_stop(text, last_end, m.start())
            if run_start >= 0:
                columns.append((run_start, stop, years[col]))  # a row heading after it belongs to the next
            gap = text[stop:m.start()]
            col = 0 if (col < 0 or _HAN.search(gap)) else col + 1  # a row heading goes back to the first column
            if col >= len(years):
                run_start = -1
                break
            run_start, prev, last_end = (stop if columns or col == 0 else m.start()), 1, m.end()
            labels.append(m.span())
        if run_start >= 0:
            columns.append((run_start, _item_end(text, last_end, limit), years[col]))
        if len(columns) >= 2:
            out.append(TaskTable(h.start(), columns[-1][1], columns, labels))
    return out


_HAN = regex.compile(r"\p{Han}")
_STOPS = "。；;\n"


def _last_stop(text: str, lo: int, hi: int) -> int:
    """Just after the last sentence end in text[lo:hi] (lo when there is none)."""
    best = lo
    for c in _STOPS:
        i = text.rfind(c, lo, hi)
        if i >= 0:
            best = max(best, i + 1)
    return best


def _item_end(text: str, lo: int, hi: int) -> int:
    ends = [i for i in (text.find(c, lo, hi) for c in "。；;\n") if i >= 0]
    return min(ends) + 1 if ends else hi
