"""How one document becomes worker tasks, and their outcomes one `DocumentResult`.

A DOCX, and a PDF short enough for one part, is one task: the whole
pipeline (`extract_document`). A longer PDF is split by page ranges so that
one long publication keeps every worker busy and no worker holds more than
one part's pages:

1. survey: check the file and count its pages;
2. read each part's pages into plain page objects, with the margin lines
   of each page (candidates for running headers);
3. in this process, keep the margin lines repeated across the whole
   document (running headers need every page) and check the text layer;
4. turn each part's pages into layout items, given the running headers;
5. merge the items in page order and segment, read fields, validate.

Steps 2 to 5 call the same functions as `read_pdf` and `records_of`, so the
records are the same whichever way a document was split (`--jobs 1` or N).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from .source import Source
from .layout import Item
from .pipeline import DocumentResult, extract_document, records_of
from .problems import DocumentError
from .readers import format_of
from .readers.checks import FileLimits, check_pdf_file
from .readers.pdf import (margin_keys, page_count, page_items, pdf_layout, read_pages, repeated_keys,
                          require_text)
from .readers.pdf_page import PageObjects
from .workers import Outcome, Task


@dataclass(frozen=True)
class Settings:
    password: str | None = None
    file_limits: FileLimits = FileLimits()
    jobs: int = 1
    part_pages: int = 25  # most pages one worker reads at once (bounds its memory)
    min_part_pages: int = 4  # fewer pages than this are not worth a part of their own

    def __post_init__(self):
        if self.jobs < 1 or self.part_pages < 1 or self.min_part_pages < 1:
            raise ValueError("Settings: jobs and part sizes must be positive")


def page_ranges(n_pages: int, settings: Settings) -> list[range]:
    """1-based page ranges of nearly equal size, as many as a multiple of the workers, each of at
    most `part_pages` pages and (unless that is smaller) of at least `min_part_pages` pages.

    A multiple of the workers keeps them all busy to the end of each step.
    """
    if n_pages < 1:
        return []
    rounds = math.ceil(n_pages / (settings.jobs * settings.part_pages))
    size = math.ceil(n_pages / (settings.jobs * rounds))
    size = min(settings.part_pages, max(size, settings.min_part_pages))
    count = max(1, min(math.ceil(n_pages / size), n_pages // settings.min_part_pages))
    bounds = [1 + round(i * n_pages / count) for i in range(count + 1)]
    return [range(a, b) for a, b in zip(bounds, bounds[1:])]


@dataclass
class PdfPart:
    pages: list[PageObjects]
    margins: list[set[str]]  # each page's margin lines


# The functions below run in worker processes.

def survey_pdf(path: Path, password: str | None, limits: FileLimits) -> int:
    check_pdf_file(path, limits)
    return page_count(str(path), password)


def read_part(path: Path, password: str | None, numbers: range) -> PdfPart:
    pages = read_pages(str(path), password, numbers)
    return PdfPart(pages, [margin_keys(page) for page in pages])


def part_items(pages: list[PageObjects], running: set[str]) -> list[list[Item]]:
    return [page_items(page, running) for page in pages]


def finish_pdf(path: Path, items_per_page: list[list[Item]], source: Source) -> DocumentResult:
    return records_of(pdf_layout(str(path), items_per_page), path, source)


@dataclass(eq=False)
class DocumentJob:
    """One document's way through the workers: `start`, then `advance` with each outcome until `done`."""

    path: Path
    label: str  # the path as shown in messages
    source: Source
    settings: Settings
    result: DocumentResult | None = None
    error: DocumentError | None = None
    pages: int | None = None  # known once a PDF is surveyed
    pages_read: int = 0
    seconds: float = 0.0  # worker time spent on it, summed over its tasks
    started: float | None = None  # time.monotonic() when its first task started
    peak_mb: float = 0.0
    _parts: list[range] = field(default_factory=list)
    _read: dict[int, PdfPart] = field(default_factory=dict)
    _items: dict[int, list[list[Item]]] = field(default_factory=dict)

    @property
    def parts(self) -> int:
        return max(1, len(self._parts))

    @property
    def done(self) -> bool:
        return self.result is not None or self.error is not None

    def start(self) -> list[Task]:
        settings = self.settings
        if format_of(self.path) == "pdf":
            return [self._task(survey_pdf, (self.path, settings.password, settings.file_limits), "survey")]
        return [self._whole()]

    def advance(self, outcome: Outcome) -> list[Task]:
        """Take one task's outcome; the tasks that follow from it."""
        self.seconds += outcome.seconds
        self.started = outcome.started if self.started is None else min(self.started, outcome.started)
        self.peak_mb = max(self.peak_mb, outcome.peak_mb)
        if self.done:
            return []
        if outcome.error is not None:
            self.error = outcome.error
            return []
        step, index = outcome.task.tag
        return getattr(self, f"_after_{step}")(outcome.value, index)

    def _task(self, function, args: tuple, step: str, index: int = 0, pages: range | None = None) -> Task:
        label = self.label if pages is None else f"{self.label} (pages {pages.start}-{pages.stop - 1})"
        return Task(function, args, label, owner=self, tag=(step, index))

    def _whole(self) -> Task:
        settings = self.settings
        return self._task(extract_document, (self.path, settings.password, settings.file_limits, self.source), "whole")

    def _after_whole(self, result: DocumentResult, _: int) -> list[Task]:
        self.result = result
        self.pages_read = self.pages or 0
        return []

    def _after_survey(self, n_pages: int, _: int) -> list[Task]:
        self.pages = n_pages
        self._parts = page_ranges(n_pages, self.settings)
        if len(self._parts) <= 1:
            return [self._whole()]
        password = self.settings.password
        return [self._task(read_part, (self.path, password, numbers), "read", i, numbers)
                for i, numbers in enumerate(self._parts)]

    def _after_read(self, part: PdfPart, index: int) -> list[Task]:
        self._read[index] = part
        self.pages_read += len(part.pages)
        if len(self._read) < len(self._parts):
            return []
        parts = [self._read[i] for i in range(len(self._parts))]
        try:
            require_text([page for part in parts for page in part.pages], self.label)
        except DocumentError as error:
            self.error = error
            return []
        running = repeated_keys([keys for part in parts for keys in part.margins])
        self._read.clear()
        return [self._task(part_items, (part.pages, running), "items", i, self._parts[i]) for i, part in enumerate(parts)]

    def _after_items(self, items: list[list[Item]], index: int) -> list[Task]:
        self._items[index] = items
        if len(self._items) < len(self._parts):
            return []
        items_per_page = [page for i in range(len(self._parts)) for page in self._items.pop(i)]
        return [self._task(finish_pdf, (self.path, items_per_page, self.source), "finish")]

    def _after_finish(self, result: DocumentResult, _: int) -> list[Task]:
        self.result = result
        return []
