"""Which of a set of nested spans (sections, measures, lead-ins) holds a position."""
from __future__ import annotations

from typing import Any, Iterable, Optional


class Innermost:
    """The innermost span containing each position asked about. Spans are (start, end, value) that
    nest or are disjoint. Positions asked in increasing order cost amortised O(1) each (a sweep with a
    stack of open spans): scanning the span list once per position made a long plan quadratic. A
    position before the previous one restarts the sweep, so any order is still answered right."""

    def __init__(self, spans: Iterable[tuple[int, int, Any]]):
        self._spans = sorted(spans, key=lambda s: (s[0], -s[1]))  # outer before inner at one start
        self._restart()

    def _restart(self) -> None:
        self._next = 0
        self._open: list[tuple[int, int, Any]] = []
        self._last = -1

    def at(self, pos: int) -> Optional[Any]:
        if pos < self._last:
            self._restart()
        self._last = pos
        spans, open_ = self._spans, self._open
        while self._next < len(spans) and spans[self._next][0] <= pos:
            span = spans[self._next]
            self._next += 1
            while open_ and open_[-1][1] <= span[0]:
                open_.pop()
            open_.append(span)
        while open_ and open_[-1][1] <= pos:
            open_.pop()
        return open_[-1][2] if open_ else None
