"""A progress table (督查表, 进展情况表): a plan's tasks against what was done. Its task column states the
year's commitments; its progress and evaluation columns report results and give no targets."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from .data import load, to_simplified


@lru_cache(maxsize=1)
def _rules():
    d = load("targets")["progress_table"]
    return regex.compile(d["task_head"]), regex.compile(d["progress_head"]), regex.compile(d["evaluation"]), \
        d["max_header"]


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
    if "|" not in text:
        return None
    task_head, progress_head, evaluation, max_header = _rules()
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
                results.append(cells[prog])
            elif len(cells) >= 2 and prog >= 1:  # a row that lost its first cells and its evaluation: task, progress
                results.append(cells[1])
            pos = end + 1
        return a, results
    return None
