"""A one-line progress bar on a terminal: documents and pages done, pages per second, time left.

Drawn on stderr only when it is a terminal (and not --quiet); log lines are
printed above it, so messages and the bar never mix.
"""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Callable
from typing import TextIO


def clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}" if seconds >= 3600 else \
        f"{seconds // 60}:{seconds % 60:02d}"


class Progress:
    def __init__(self, documents: int, stream: TextIO | None = None, enabled: bool | None = None):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.documents, self.pages = documents, 0  # totals; pages grow as PDFs are surveyed
        self.documents_done = self.pages_done = 0
        self.started = time.monotonic()
        self._drawn = 0.0

    def add_pages(self, pages: int) -> None:
        self.pages += pages
        self._draw()

    def advance(self, documents: int = 0, pages: int = 0) -> None:
        self.documents_done += documents
        self.pages_done += pages
        self._draw(force=bool(documents))

    def log(self, line: str, write: Callable[[str], None] | None = None) -> None:
        """A message line (by `write`, else to the stream), printed above the bar."""
        self._clear()
        if write is None:
            print(line, file=self.stream, flush=True)
        else:
            write(line)
        self._draw(force=True)

    def close(self) -> None:
        self._clear()

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-6)
        rate = self.pages_done / elapsed
        parts = [f"{self.documents_done}/{self.documents} documents"]
        if self.pages:
            parts.append(f"{self.pages_done}/{self.pages} pages")
        if rate:
            parts.append(f"{rate:.1f} pages/s")
        left = self._time_left(elapsed)
        if left is not None:
            parts.append(f"{clock(left)} left")
        return " · ".join(parts)

    def _time_left(self, elapsed: float) -> float | None:
        """The longer of the estimates by page rate and by document rate (DOCX have no pages)."""
        estimates = []
        if self.pages and self.pages_done:
            estimates.append((self.pages - self.pages_done) * elapsed / self.pages_done)
        if self.documents_done:
            estimates.append((self.documents - self.documents_done) * elapsed / self.documents_done)
        return max(estimates, default=None)

    def _bar(self, width: int) -> str:
        """`width` cells filled by the smaller of the page and the document share done."""
        done = self.documents_done / max(self.documents, 1)
        if self.pages:
            done = min(done, self.pages_done / self.pages)
        filled = int(width * min(done, 1.0))
        return "[" + "#" * filled + "-" * (width - filled) + "]"

    def _draw(self, force: bool = False) -> None:
        now = time.monotonic()
        if not self.enabled or (not force and now - self._drawn < 0.1):
            return
        self._drawn = now
        columns = shutil.get_terminal_size((80, 20)).columns
        text = self.line()
        bar = self._bar(max(10, min(30, columns - len(text) - 4)))  # "[", "]", a space, the last column
        self.stream.write("\r\x1b[K" + f"{bar} {text}"[: columns - 1])
        self.stream.flush()

    def _clear(self) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
