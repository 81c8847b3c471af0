"""Progress over many files on stderr: a tqdm bar on a terminal; a line every few seconds (and one at
the end) otherwise, so a log file gets a readable record instead of carriage returns."""
from __future__ import annotations

import sys
import time

_INTERVAL = 5.0  # seconds between lines when stderr is not a terminal


class Progress:
    def __init__(self, total: int, enabled: bool = True, stream=None, unit: str = "files", last_line: bool = True):
        self.total, self.done, self.failed = total, 0, 0
        self.last_line = last_line  # off a terminal: also a line when the last file is done
        self.stream = stream or sys.stderr
        self.enabled = enabled and total > 0
        self.tty = self.enabled and hasattr(self.stream, "isatty") and self.stream.isatty()
        self.unit = unit
        self.t0 = self._last = time.monotonic()
        self._bar = None
        if self.tty:
            from tqdm import tqdm  # only where a bar is drawn: importing it costs start-up time
            self._bar = tqdm(total=total, file=self.stream, unit=" " + unit, dynamic_ncols=True, leave=True)

    def update(self, ok: bool) -> None:
        self.done += ok
        self.failed += not ok
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.set_postfix_str(f"done {self.done} failed {self.failed}", refresh=False)
            self._bar.update(1)
            return
        now = time.monotonic()
        if now - self._last >= _INTERVAL or (self.last_line and self.done + self.failed == self.total):
            self._last = now
            n = self.done + self.failed
            rate = n / max(1e-9, now - self.t0)
            self.stream.write(f"{n}/{self.total} {self.unit}: done {self.done}, failed {self.failed}, "
                              f"remaining {self.total - n} ({rate:.1f} {self.unit}/s)\n")
            self.stream.flush()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
