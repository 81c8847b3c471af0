"""A progress table (督查表, 进展情况表): a plan's tasks against what was done. Its task column states the
year's commitments; its progress and evaluation columns report results and give no targets."""
from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Optional

import regex

from .data import load, to_simplified


@lru_cache(maxsize=1)
def _rules():
    d = load("targets")["progress_table"]
    return regex.compile(d["task_head"]), regex.compile(d["progress_head"]), regex.compile(d["evaluation"]), \
        d["max_header"], d["row_number_head"]


def _cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The spans of a row's cells between '|' marks (a line of a table pasted as text)."""
    out, start = [], a
    for k in range(a, b):
        if text[k] == "|":
            out.append((start, k))
            start = k + 1
    if text[start:b].strip():
        out.append((start, b))
    return out


def find(text: str) -> Optional[tuple[int, list[tuple[int, int]]]]:
    """(where the header row starts, the spans of the progress and evaluation cells) of the first progress
    table in text, or None. A row without its first cells (merged in the source) is placed by its
    evaluation cell (已完成, 正常推进): the progress cell stands just before it."""
    text = to_simplified(text)  # (重點工作任務…完成情況: a Traditional table's headers; a character for a character)
    if "|" not in text:
        return _find_cell_lines(text) or _find_run_together(text)
    task_head, progress_head, evaluation, max_header, _ = _rules()
    for m in task_head.finditer(text):  # (each heading's line looked for a bounded way: a one-line text stays linear)
        lo = max(0, m.start() - max_header)
        a = text.rfind("\n", lo, m.start()) + 1
        b = text.find("\n", m.end(), m.end() + max_header + 1)
        if (a == 0 and lo > 0) or b < 0 and m.end() + max_header < len(text):
            continue  # a line longer than a header's
        b = len(text) if b < 0 else b
        if b - a > max_header or text.count("|", a, b) < 3:
            continue
        header = [to_simplified(text[x:y]).strip() for x, y in _cells(text, a, b)]
        prog = next((i for i, h in enumerate(header) if progress_head.search(h)), None)
        if prog is None:
            continue
        width = len(header)
        results: list[tuple[int, int]] = []
        pos = b + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            if "|" not in text[pos:end]:
                break  # the table is over (a row cut short keeps one mark)
            cells = _cells(text, pos, end)
            ev = next((i for i, (x, y) in enumerate(cells) if evaluation.fullmatch(to_simplified(text[x:y]).strip())), None)
            if ev is not None and ev >= 1:
                results += [cells[ev - 1], cells[ev]]
            elif len(cells) >= width:
                # (2 | 任务 | 财政局 | 税务局 | 1-6月，…完成… | |: a row that lost its first cell, merged above, and ends
                # on an empty one: its cells stand one to the left)
                full = len(cells)
                while full > 1 and not text[cells[full - 1][0]:cells[full - 1][1]].strip():
                    full -= 1
                shift = max(0, width - full)
                results.append(cells[prog - shift] if prog - shift >= 1 else cells[prog])
            elif len(cells) >= 2 and prog >= 1:  # a row that lost its first cells and its evaluation: task, progress
                results.append(cells[1])
            pos = end + 1
        return a, results
    return None


_CELL_MAX = 10  # characters of a header cell on a line of its own (序号, 内容与要求, 进展情况, 责任单位)
_HEADER_CELLS = 6  # cells of a header looked at on each side of its task cell
_UNIT_MAX = 30  # characters of a row's last cell, the units responsible (市发改委, 县住建局、县财政局)


def _find_cell_lines(text: str) -> Optional[tuple[int, list[tuple[int, int]]]]:
    """A progress table flattened a cell a line (序号\n内容与要求\n进展情况\n责任单位\n…): its header's cells on lines of
    their own, then rows of as many lines, each ending in a short cell (市发改委). A page's lone numbers (序号 1, 2 …)
    may have gone as page furniture: the header then counts one cell less."""
    task_head, progress_head, _, _, number_head = _rules()
    lines: list[tuple[int, int]] = []
    starts: list[int] = []
    pos = looked = 0
    for m in task_head.finditer(text):
        a = text.rfind("\n", 0, m.start()) + 1
        b = text.find("\n", m.end())
        b = len(text) if b < 0 else b
        if b - a > _CELL_MAX:
            continue
        if not lines:  # the text's lines, found once (bounded work for each header word after)
            for nl in _LINE_END.finditer(text):
                lines.append((pos, nl.start()))
                pos = nl.end()
            lines.append((pos, len(text)))
            starts = [x for x, _ in lines]
        i = bisect.bisect_left(starts, a)  # (its line by a search: many header words in a long text stay linear)
        if i < looked:
            continue  # (inside a header looked at already)
        lo = i
        while lo > 0 and i - lo < _HEADER_CELLS and 0 < lines[lo - 1][1] - lines[lo - 1][0] <= _CELL_MAX:
            lo -= 1
        hi = i + 1
        while hi < len(lines) and hi - i < _HEADER_CELLS and 0 < lines[hi][1] - lines[hi][0] <= _CELL_MAX:
            hi += 1
        looked = hi
        header = [to_simplified(text[x:y]).strip() for x, y in lines[lo:hi]]
        if number_head in header:  # (not the page's short lines above it: 分享：)
            lo += header.index(number_head)
            header = header[header.index(number_head):]
        prog = next((k for k, h in enumerate(header) if progress_head.fullmatch(h)), None)
        if prog is None or len(header) < 3:
            continue
        if header[0] == number_head and hi < len(lines) and not text[lines[hi][0]:lines[hi][1]].strip().isdigit():
            header, prog = header[1:], prog - 1  # (the row numbers dropped as a page's lone numbers)
        width, results, row = len(header), [], hi
        while row + width <= len(lines) and lines[row + width - 1][1] - lines[row + width - 1][0] <= _UNIT_MAX:
            results.append(lines[row + prog])
            row += width
        if results:
            return lines[lo][0], results
    return None


_LINE_END = regex.compile("\n")
_UNITS_CELL = regex.compile(load("targets")["progress_table"]["units_cell"])  # (区发展改革委: the units responsible)
_ROW_START = regex.compile(load("targets")["progress_table"]["row_start"])  # (1, 一、, （一）: a row opens)
_HEADER_LINE_MAX = 40  # characters of a table's header line whose cells the cleaning ran together


def _find_run_together(text: str) -> Optional[tuple[int, list[tuple[int, int]]]]:
    """A progress table whose cells stood apart by spaces, run together by the cleaning (序号目标任务责任单位上半年推进情况):
    a row's task ends at its full stop, the units responsible follow (区发展改革委), then its progress to the line's end
    (1地区生产总值增长6%以上。区发展改革委地区生产总值同比增长2.9%。); or its units stand on lines of their own and its
    progress on the line after them."""
    task_head, progress_head, _, _, number_head = _rules()
    looked = 0  # where the rows looked at under a header end (lines are looked at once: linear on any text)
    for m in task_head.finditer(text):
        a = text.rfind("\n", max(0, m.start() - _HEADER_LINE_MAX), m.start()) + 1
        b = text.find("\n", m.end(), m.end() + _HEADER_LINE_MAX + 1)
        if m.start() < looked or b < 0 or b - a > _HEADER_LINE_MAX or (a == 0 and m.start() > _HEADER_LINE_MAX):
            continue
        head = to_simplified(text[a:b]).strip()
        if not head.startswith(number_head) and not task_head.match(head) or \
                not progress_head.search(head, m.end() - a) or any(c in head for c in "，。；,;"):
            continue  # (its first cell 序号 or the task's, its progress column after that, on a line with no sentence)
        results: list[tuple[int, int]] = []
        pos, units_above = b + 1, False
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = to_simplified(text[pos:end])
            stop = line.find("。")
            units = _UNITS_CELL.match(line, stop + 1) if 0 <= stop < len(line) - 1 else None
            if units and _DIGIT.search(line, units.end()):
                results.append((pos + units.end(), end))  # task。units progress
                units_above = False
            elif units_above and line.strip() and not _ROW_START.match(line) and not _UNITS_CELL.fullmatch(line.strip()):
                results.append((pos, end))  # the progress after the units on lines of their own
                units_above = False
            else:
                units_above = bool(units and units.end() == len(line.rstrip())) or bool(_UNITS_CELL.fullmatch(line.strip()))
            pos = end + 1
        if results:
            return a, results
        looked = pos
    return None


_DIGIT = regex.compile(r"\d")
