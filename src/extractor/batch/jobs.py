"""How one document becomes worker tasks, and their outcomes one `DocumentResult`.

A document is one task, the whole pipeline (`extract_document`), unless its
format's reader can read by page ranges (`readers.base.PagedReader`, the
PDF reader) and the document is longer than one part. Then it is split by
page ranges, so that one long publication keeps every worker busy and no
worker holds more than one part's pages:

1. survey: check the file and count its pages (a document of one part is
   read whole by the same task; for one of several parts, what they all
   share is read here once: `PagedReader.surveyed`);
2. read each part's pages (`read_part`);
3. in this process, merge what needs every page (`merge`: for a PDF, the
   margin lines repeated across the whole document are running headers,
   and the text layer is checked);
4. turn each part into layout items, given the merged context;
5. join the items in page order into the layout, segment, read fields,
   validate (a document with two workers' share or more has the fields of
   its two halves of fichas read at once: `workers.in_two`).

The reader's whole-document read runs the same steps, so the records are
the same whichever way a document was split (`--jobs 1` or N). Nothing
here knows a format: the registry (`readers.formats.FORMATS`) does.

A document read whole may also be read in two tasks (`DocumentJob.start`
with `records=False`): one reads its layout, the next makes the records of
it. The batch starts its first documents so while it loads what makes
records (segmentation, fields, the record model, the catalogs), which this
module therefore imports only where a task makes records.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..layout import Layout
from ..problems import DocumentError
from ..readers import FORMATS, ReadOptions, format_of, read
from ..readers.base import Format, PagedReader
from ..readers.checks import FileLimits
from ..source import Source
from .workers import Outcome, Task, in_two

if TYPE_CHECKING:  # what makes records is imported by the tasks that make them (see above)
    from ..normalize.catalogs import Catalogs
    from ..pipeline import DocumentResult


@dataclass(frozen=True)
class Settings:
    password: str | None = None
    file_limits: FileLimits = FileLimits()
    jobs: int = 1
    part_pages: int = 25  # most pages one worker reads at once (bounds its memory)
    min_part_pages: int = 4  # fewer pages than this are not worth a part of their own
    catalogs: Catalogs | None = None  # the run's catalogs (built once by the batch); None: the shipped ones
    read: ReadOptions = ReadOptions()  # how documents are read (PDF engine, OCR); every task carries it

    def __post_init__(self) -> None:
        if self.jobs < 1 or self.part_pages < 1 or self.min_part_pages < 1:
            raise ValueError("Settings: jobs and part sizes must be positive")


def page_ranges(n_pages: int, settings: Settings) -> list[range]:
    """1-based page ranges of nearly equal size, as many as a multiple of the workers, each of at
    most `part_pages` pages and (unless that is smaller) of at least `min_part_pages` pages; when
    each worker reads several, the last round's parts are halved (each half at least
    `min_part_pages` pages).

    A multiple of the workers keeps them all busy to the end of each step; parts of equal pages
    still take unequal time (a page's cost is its content's), and halving the last ones shortens
    the wait of the worker that ends first for the one that ends last (the next step needs every
    part).
    """
    if n_pages < 1:
        return []
    rounds = math.ceil(n_pages / (settings.jobs * settings.part_pages))
    size = math.ceil(n_pages / (settings.jobs * rounds))
    size = min(settings.part_pages, max(size, settings.min_part_pages))
    count = max(1, min(math.ceil(n_pages / size), n_pages // settings.min_part_pages))
    bounds = [1 + round(i * n_pages / count) for i in range(count + 1)]
    ranges = [range(a, b) for a, b in itertools.pairwise(bounds)]
    if settings.jobs == 1 or count <= settings.jobs:
        return ranges
    last = ranges[-settings.jobs :]
    return ranges[: -settings.jobs] + [half for part in last for half in _halves(part, settings.min_part_pages)]


def _halves(pages: range, least: int) -> list[range]:
    """`pages` in two halves of at least `least` pages each; whole when it is too short for that."""
    if len(pages) < 2 * least:
        return [pages]
    middle = pages.start + len(pages) // 2
    return [range(pages.start, middle), range(middle, pages.stop)]


def longest_first(jobs: list[DocumentJob]) -> list[DocumentJob]:
    """The jobs in the order their first tasks are queued: the largest files first (a file's bytes stand for
    its work until its pages are counted), of equal size in the given order.

    Longest processing time first (R. L. Graham, "Bounds on multiprocessing timing anomalies", SIAM J. Appl.
    Math. 17, 1969): a long document started last would keep one worker busy after the others end; the short
    ones queued last fill the gaps at the end.
    """

    def size(job: DocumentJob) -> int:
        try:
            return job.path.stat().st_size
        except OSError:  # reported when read
            return 0

    return sorted(jobs, key=size, reverse=True)


def share_workers(jobs: list[DocumentJob], workers: int) -> None:
    """Give each document of the batch, `jobs` in the order they start (`longest_first`), its share of the
    `workers` for splitting by pages: the workers the other documents leave idle.

    Documents as many as the workers keep them all busy whole: a split then only adds tasks, a merge in
    the batch process and a wait for a document's last part. Fewer documents than workers share them
    (`workers // len(jobs)` each, at least 1). More documents than workers, not a multiple of them: the
    last round starts `len(jobs) % workers` documents, so the last of them (the shortest, in this order)
    share the workers that round leaves idle (`workers // (len(jobs) % workers)` each) and the workers
    end together. A document longer than `part_pages` is still split (memory), and its parts keep the
    other workers busy at the end.
    """
    count = len(jobs)
    last_round = count % workers if count > workers else 0
    for index, job in enumerate(jobs):
        share = workers // last_round if last_round and index >= count - last_round else workers // max(1, count)
        job.settings = replace(job.settings, jobs=min(job.settings.jobs, max(1, share)))


# The functions below run in worker processes.


@dataclass(frozen=True)
class Surveyed:
    """A survey's outcome: the page count, and when the document fits one part its records (or, for a
    survey that only reads, its layout), else the paged reader its parts are read with (holding what
    they share: `PagedReader.surveyed`)."""

    pages: int
    result: DocumentResult | None = None
    paged: PagedReader[Any, Any, Any] | None = None
    layout: Layout | None = None


def survey(
    fmt: Format,
    paged: PagedReader[Any, Any, Any],
    path: Path,
    settings: Settings,
    source: Source,
    records: bool = True,
) -> Surveyed:
    """Check the file's bytes (the format's check) and count its pages; a document of one part is
    read whole right here (no second worker, no second opening of the file), and its records made
    here too unless `records` is False (then its layout is returned); for one of several, what its
    parts share is read here once."""
    fmt.check(path, settings.file_limits)
    pages = paged.page_count(str(path), settings.password)
    if len(page_ranges(pages, settings)) > 1:
        return Surveyed(pages, paged=paged.surveyed(str(path), settings.password))
    if not records:
        return Surveyed(pages, layout=read_layout(path, settings))
    return Surveyed(pages, whole(path, settings, source))


def whole(path: Path, settings: Settings, source: Source) -> DocumentResult:
    """The records of the document read whole (what `pipeline.extract_document` does)."""
    return records_of_layout(read_layout(path, settings), path, source, settings.catalogs, settings.jobs > 1)


def read_layout(path: Path, settings: Settings) -> Layout:
    """The document's layout, read whole (`readers.read`), no records made."""
    return read(path, settings.password, settings.file_limits, settings.read)


def records_of_layout(
    layout: Layout, path: Path, source: Source, catalogs: Catalogs | None = None, two: bool = False
) -> DocumentResult:
    """The records of a document already read (`pipeline.records_of`); with `two` (the document has
    two workers' share or more: `Settings.jobs`), those of a long document's two halves of fichas
    are made at once, the second by a helper process (`workers.in_two`; the same records)."""
    from ..pipeline import records_of

    return records_of(layout, path, source, catalogs, in_two if two else None)


def finish(
    paged: PagedReader[Any, Any, Any],
    path: Path,
    items_per_page: list[list[object]],
    source: Source,
    catalogs: Catalogs | None = None,
    two: bool = False,
) -> DocumentResult:
    """The records of a document read in parts, its parts' items joined (`records_of_layout`)."""
    return records_of_layout(paged.layout(str(path), items_per_page), path, source, catalogs, two)


@dataclass(eq=False)
class DocumentJob:
    """One document's way through the workers: `start`, then `advance` with each outcome until `done`."""

    path: Path
    label: str  # the path as shown in messages
    source: Source
    settings: Settings
    result: DocumentResult | None = None
    error: DocumentError | None = None
    pages: int | None = None  # known once a paged document is surveyed
    pages_read: int = 0
    seconds: float = 0.0  # worker time spent on it, summed over its tasks
    started: float | None = None  # time.monotonic() when its first task started
    peak_mb: float = 0.0
    _parts: list[range] = field(default_factory=list)
    _read: dict[int, Any] = field(default_factory=dict)  # the paged reader's parts, by index
    _items: dict[int, list[list[object]]] = field(default_factory=dict)
    _surveyed: PagedReader[Any, Any, Any] | None = None  # the survey's paged reader (`Surveyed.paged`)

    @property
    def parts(self) -> int:
        return max(1, len(self._parts))

    @property
    def done(self) -> bool:
        return self.result is not None or self.error is not None

    @property
    def format(self) -> Format | None:
        name = format_of(self.path)
        return None if name is None else FORMATS[name]

    @property
    def paged(self) -> PagedReader[Any, Any, Any] | None:
        """The format's paged capability reading with the run's options (holding what the parts share, once
        surveyed), None when the document is read whole."""
        if self._surveyed is not None:
            return self._surveyed
        fmt = self.format
        paged = None if fmt is None else fmt.reader().paged
        return None if paged is None else paged(self.settings.read)

    def start(self, records: bool = True) -> list[Task]:
        """The document's first tasks. With `records` False, a document read whole is read by one task
        and its records made by the next (the first needs none of what makes records; `jobs`)."""
        settings, fmt, paged = self.settings, self.format, self.paged
        if fmt is not None and paged is not None:
            return [self._task(survey, (fmt, paged, self.path, settings, self.source, records), self._after_survey)]
        if not records:
            return [self._task(read_layout, (self.path, settings), self._after_layout)]
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
        follow: Callable[[Any, int], list[Task]]
        follow, index = outcome.task.tag
        return follow(outcome.value, index)

    def _task(
        self,
        function: Callable[..., Any],
        args: tuple[Any, ...],
        follow: Callable[[Any, int], list[Task]],
        index: int = 0,
        pages: range | None = None,
    ) -> Task:
        """A task whose outcome goes to `follow` (with `index`, the part it was for)."""
        label = self.label if pages is None else f"{self.label} (pages {pages.start}-{pages.stop - 1})"
        return Task(function, args, label, owner=self, tag=(follow, index))

    def _whole(self) -> Task:
        return self._task(whole, (self.path, self.settings, self.source), self._after_whole)

    def _after_whole(self, result: DocumentResult, _: int) -> list[Task]:
        self.result = result
        self.pages_read = self.pages or 0
        return []

    def _after_layout(self, layout: Layout, _: int) -> list[Task]:
        """The document was read whole: its records are made next."""
        settings = self.settings
        args = (layout, self.path, self.source, settings.catalogs, settings.jobs > 1)
        return [self._task(records_of_layout, args, self._after_whole)]

    def _after_survey(self, surveyed: Surveyed, _: int) -> list[Task]:
        self.pages = surveyed.pages
        if surveyed.result is not None:
            self.result, self.pages_read = surveyed.result, surveyed.pages
            return []
        if surveyed.layout is not None:
            self.pages_read = surveyed.pages
            return self._after_layout(surveyed.layout, 0)
        self._parts = page_ranges(surveyed.pages, self.settings)
        self._surveyed = surveyed.paged
        paged = self.paged
        if len(self._parts) <= 1 or paged is None:
            return [self._whole()]
        password = self.settings.password
        return [
            self._task(paged.read_part, (str(self.path), password, numbers), self._after_read, i, numbers)
            for i, numbers in enumerate(self._parts)
        ]

    def _after_read(self, part: Any, index: int) -> list[Task]:
        self._read[index] = part
        self.pages_read += len(self._parts[index])
        if len(self._read) < len(self._parts):
            return []
        paged = self.paged
        assert paged is not None
        parts = [self._read[i] for i in range(len(self._parts))]
        try:
            context = paged.merge(parts, self.label)
        except DocumentError as error:
            self.error = error
            return []
        self._read.clear()
        return [
            self._task(paged.part_items, (part, context), self._after_items, i, self._parts[i])
            for i, part in enumerate(parts)
        ]

    def _after_items(self, items: list[list[object]], index: int) -> list[Task]:
        self._items[index] = items
        if len(self._items) < len(self._parts):
            return []
        items_per_page = [page for i in range(len(self._parts)) for page in self._items.pop(i)]
        paged = self.paged
        assert paged is not None
        args = (paged, self.path, items_per_page, self.source, self.settings.catalogs, self.settings.jobs > 1)
        return [self._task(finish, args, self._after_finish)]

    def _after_finish(self, result: DocumentResult, _: int) -> list[Task]:
        self.result = result
        return []
