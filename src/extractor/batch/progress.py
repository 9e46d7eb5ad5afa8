"""The progress bar on a terminal: documents and pages done, pages per second, time left.

Drawn with rich (`rich.progress`) on stderr, only when it is a terminal (and
not --quiet): rich refreshes it on a timer (4 times a second, whether or not
a worker reported), estimates the time left from the speed over the last 30
seconds (a smoothed estimate, not the last step's), and prints log lines
above the bar, so messages and the bar never mix. The batch counts the pages
of every PDF before reading starts (`source.page_count`), so the totals are
known from the first frame.

rich is imported only when the bar starts, that is when some document must be
read: a warm re-run, which reads nothing, does not pay its import (about 50 ms).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.progress import Progress as Bar
    from rich.progress import TaskID

STEPS = 1000  # the bar's resolution: the share of the work done, in thousandths


def clock(seconds: float) -> str:
    seconds = int(seconds)
    return (
        f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
        if seconds >= 3600
        else f"{seconds // 60}:{seconds % 60:02d}"
    )


class Progress:
    """Counts documents and pages done; draws them once `start` was called (when enabled)."""

    def __init__(self, documents: int, stream: TextIO | None = None, enabled: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.documents, self.pages = documents, 0  # totals
        self.documents_done = self.pages_done = 0
        self.started = time.monotonic()
        self._bar: Bar | None = None  # while drawn
        self._task: TaskID | None = None

    def start(self) -> None:
        """Draw the bar from now on (the batch calls it once the totals are known)."""
        if not self.enabled or self._bar is not None:
            return
        from rich.console import Console
        from rich.progress import BarColumn, TextColumn, TimeRemainingColumn
        from rich.progress import Progress as Bar

        console = Console(file=self.stream, force_terminal=True, highlight=False)
        self._bar = Bar(
            BarColumn(bar_width=30),
            TextColumn("{task.description}"),
            TimeRemainingColumn(),
            TextColumn("left"),
            console=console,
            refresh_per_second=4,
            redirect_stdout=False,
            redirect_stderr=False,
            transient=True,
        )
        self._task = self._bar.add_task(self.line(), total=STEPS, completed=self._steps())
        self._bar.start()

    def add_pages(self, pages: int) -> None:
        self.pages += pages
        self._update()

    def advance(self, documents: int = 0, pages: int = 0) -> None:
        self.documents_done += documents
        self.pages_done += pages
        self._update()

    def log(self, line: str, write: Callable[[str], None] | None = None) -> None:
        """A message line, printed above the bar while it is drawn (else by `write`, or to the stream)."""
        if self._bar is not None:
            self._bar.console.print(line, markup=False, highlight=False, soft_wrap=True)
        elif write is None:
            print(line, file=self.stream, flush=True)
        else:
            write(line)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()  # transient: the bar is erased, the log lines stay
            self._bar = None

    def line(self) -> str:
        """`2/8 documents · 10/40 pages · 3.1 pages/s` (pages when there are PDFs, the rate once known)."""
        elapsed = max(time.monotonic() - self.started, 1e-6)
        rate = self.pages_done / elapsed
        parts = [f"{self.documents_done}/{self.documents} documents"]
        if self.pages:
            parts.append(f"{self.pages_done}/{self.pages} pages")
        if rate:
            parts.append(f"{rate:.1f} pages/s")
        return " · ".join(parts)

    def _steps(self) -> int:
        """The share done, in STEPS: the smaller of the page and the document shares (DOCX have no pages)."""
        done = self.documents_done / max(self.documents, 1)
        if self.pages:
            done = min(done if self.documents_done < self.documents else 1.0, self.pages_done / self.pages)
        return int(STEPS * min(done, 1.0))

    def _update(self) -> None:
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, completed=self._steps(), description=self.line())
