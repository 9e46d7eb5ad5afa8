"""A batch run: every document under the given paths -> records in OUT, a run report, a cache.

Documents are read by worker processes (`workers`, `jobs`), so a crash, a
hang or a memory blow-up in one document is an error for that document and
the batch goes on. A document that fails is reported (file and problem) and
its earlier records are left untouched; records are written atomically;
records of fichas that disappeared from a re-read document are removed only
after that document was read. Documents whose records are up to date are
skipped (`cache`) unless `force`.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..problems import DocumentError, Kind, describe, document_error
from ..readers.checks import MB, FileLimits, check_size
from ..readers.formats import FORMATS, format_of, unsupported_message
from ..readers.ocr import OcrOptions
from ..readers.options import ReadOptions
from ..readers.pdf.sources import DEFAULT as DEFAULT_PDF_ENGINE
from ..source import display_path, page_count, sha256_of, source_of
from .cache import Cache, file_sha256
from .lock import output_lock
from .progress import Progress
from .prune import remove_leftovers, stale_folders
from .record_files import record_files_in
from .report import DocumentEntry, RunReport, Summary
from .workers import Outcome, Pool, WorkerLimits, long_lived, release
from .writer import file_names, output_folder, record_json, safe_segment, write_all_atomic

if TYPE_CHECKING:  # the parsing side (jobs, pipeline, catalogs) is imported only when a document is read,
    from ..normalize.catalogs import Catalogs
    from ..pipeline import DocumentResult
    from .jobs import DocumentJob  # so a re-run over up-to-date documents stays cheap

__all__ = ["DEFAULT_INPUT", "PlanError", "RunOptions", "Summary", "documents", "run"]

DEFAULT_INPUT = Path("raw")  # what `extractor run` reads when no PATH is given; the default root of its documents
NOT_DOCUMENTS = {
    "~$": "a Word lock file (the document is open in Word)",
    "._": "a macOS resource-fork file, not a document",
}
HIDDEN = 'a hidden file (a name starting with "."); give it as a PATH to read it'  # in a folder searched
LEGACY = {
    ".doc": "a legacy Word .doc file: not supported, convert it to .docx (Word: Save As; "
    "LibreOffice: soffice --convert-to docx)"
}


class PlanError(Exception):
    """The documents given cannot be run as asked (two documents, one record folder): a usage error."""


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


@dataclass(frozen=True)
class RunOptions:
    jobs: int = field(default_factory=default_jobs)
    force: bool = False  # read every document, even those whose records are up to date
    password: str | None = None  # for encrypted PDFs
    file_limits: FileLimits = FileLimits()
    worker_limits: WorkerLimits = WorkerLimits()
    part_pages: int = 25  # a longer PDF is read in parts of at most this many pages
    verbose: bool = False  # log each document's time, pages and memory
    progress: bool | None = False  # a progress bar on stderr; None: when it is a terminal
    root: Path | None = None  # record folders are document paths relative to it (None: `default_root`)
    prune: bool = False  # remove the record folders of documents no longer among the inputs
    pdf_engine: str = DEFAULT_PDF_ENGINE  # the PDF reader's page source (`readers.pdf.sources`); part of the cache key
    wait: bool = True  # another run holds OUT's lock: wait for it (False: raise lock.LockHeld)
    ocr: OcrOptions = OcrOptions()  # how scanned pages are read (--ocr, --ocr-lang, --ocr-dpi)
    catalogs: tuple[Path, ...] = ()  # user catalog folders read on top of the shipped catalogs (--catalogs)

    def as_report(self) -> dict[str, Any]:
        return {
            "jobs": self.jobs,
            "force": self.force,
            "password_given": self.password is not None,
            "timeout_s": self.worker_limits.timeout,
            "memory_limit_mb": self.worker_limits.memory_mb,
            "max_size_mb": self.file_limits.max_bytes / MB,
            "prune": self.prune,
            "ocr": {"mode": self.ocr.mode, "lang": self.ocr.lang, "dpi": self.ocr.dpi},
            "pdf_engine": self.pdf_engine,
        }

    @property
    def reading(self) -> ReadOptions:
        """How every document of the run is read; each task is handed it."""
        return ReadOptions(self.pdf_engine, self.ocr)


@dataclass
class Document:
    path: Path
    folder: Path  # where its records go
    entry: DocumentEntry
    key: str = ""  # its cache key


def documents(paths: list[Path], notes: list[str] | None = None, skip: Path | None = None) -> Iterator[Path]:
    """The documents under `paths` (files as given, folders searched recursively, hidden folders left out),
    files in sorted order; a folder's documents under `skip` (the output folder) are not searched.

    Word lock files (`~$x.docx`), macOS `._x.docx` files and, in a folder searched, hidden documents
    (`.x.docx`) are skipped, each with a line in `notes`; legacy `.doc` files and links to nothing are
    documents (they fail, so they are reported rather than silently left out).
    """
    suffixes = {f".{fmt}" for fmt in FORMATS} | set(LEGACY)
    skipped = skip.resolve() if skip is not None else None
    for root in paths:
        found = (
            sorted(p for p in _walk(root, skipped) if _file_or_broken_link(p) and p.suffix.lower() in suffixes)
            if root.is_dir()
            else [root]
        )
        for path in found:
            why = next((why for prefix, why in NOT_DOCUMENTS.items() if path.name.startswith(prefix)), None)
            if why is None and path != root and path.name.startswith("."):
                why = HIDDEN
            if why is None:
                yield path
            elif notes is not None:
                notes.append(f"note: skipped {display_path(path)}: {why}")


def _walk(root: Path, skip: Path | None) -> Iterator[Path]:
    """Every path below `root`, not entering the folder `skip` (resolved) nor hidden folders (names
    starting with ".": `.venv/`, `.git/`), the usual convention."""
    for folder, subfolders, files in os.walk(root):
        here = Path(folder)
        subfolders[:] = [
            name
            for name in subfolders
            if not name.startswith(".") and (skip is None or (here / name).resolve() != skip)
        ]
        yield from (here / name for name in subfolders + files)  # hidden files too: their skip is noted


def _file_or_broken_link(path: Path) -> bool:
    """A file, or a link to nothing (`x.docx` -> a file that was moved): reported, not left out."""
    return path.is_file() or (path.is_symlink() and not path.exists())


def default_root(document: Path) -> Path:
    """`raw/` for a document under ./raw/ (so `extractor run` and `extractor run raw/a/x.pdf` agree),
    else the current folder."""
    return DEFAULT_INPUT if Path(os.path.abspath(document)).is_relative_to(DEFAULT_INPUT.absolute()) else Path(".")


def plan(paths: list[Path], out: Path, root: Path | None = None, notes: list[str] | None = None) -> list[Document]:
    """Each document once, with its output folder: OUT/<path relative to `root`> (`default_root` when None).

    Two documents that would share a folder (`x.pdf` beside `x.docx`) each
    get a folder named with their extension, so neither overwrites or
    removes the other's records; two that still would (names that differ
    only in case or in control characters) raise PlanError naming both.
    """
    found: dict[Path, tuple[Path, Path]] = {}  # resolved path -> (path as given, folder)
    for path in documents(paths, notes, skip=out):
        found.setdefault(path.resolve(), (path, output_folder(out, path, root or default_root(path))))
    folders: dict[str, int] = {}
    for _, folder in found.values():
        folders[str(folder).casefold()] = folders.get(str(folder).casefold(), 0) + 1
    planned: list[Document] = []
    owners: dict[str, Path] = {}  # folded record folder -> the document writing to it
    for path, folder in found.values():
        if folders[str(folder).casefold()] > 1:
            folder = folder.with_name(safe_segment(f"{folder.name}{path.suffix.lower()}"))
        other = owners.setdefault(str(folder).casefold(), path)
        if other is not path:
            raise PlanError(
                f"{display_path(other)} and {display_path(path)} would write to one record folder, "
                f"{folder}: rename one of them"
            )
        planned.append(Document(path, folder, DocumentEntry(display_path(path), folder.relative_to(out).as_posix())))
    return planned


def run(
    paths: list[Path], out: Path, log: Callable[[str], None] = lambda _: None, options: RunOptions = RunOptions()
) -> Summary:
    """Read every document under `paths` into OUT, holding OUT's lock (`lock.output_lock`: the cache
    and the run report are this run's); raises PlanError (before anything is read or written) and,
    when another run holds OUT and `options.wait` is False, `lock.LockHeld`. OUT itself (and anything
    below it) is never searched for documents."""
    notes: list[str] = []
    planned = plan(paths, out, options.root, notes)
    for note in notes:
        log(note)
    with output_lock(out, options.wait, log):
        return Batch(out, log, options).run(planned, paths)


class Batch:
    def __init__(self, out: Path, log: Callable[[str], None], options: RunOptions):
        self.out, self.options = out, options
        self.cache = Cache.load(out, options.reading.key, options.catalogs)  # read another way: again
        self.report = RunReport(options.as_report(), out=out)
        self._log = log
        self.progress = Progress(0, enabled=options.progress)
        self._documents: dict[DocumentJob, Document] = {}
        self._counted: dict[DocumentJob, int] = {}  # pages counted up front, per document
        self._written: dict[Path, dict[str, str]] = {}  # folder -> {record file: sha256} written in this run

    @cached_property
    def catalogs(self) -> Catalogs:
        """The run's catalogs, built once, before the first worker that makes records forks (every task
        is given this one object)."""
        from ..normalize.catalogs import Catalogs

        return Catalogs.load(self.options.catalogs)

    def run(self, planned: list[Document], inputs: Sequence[Path] = ()) -> Summary:
        """Read the planned documents; then warn about (or, with `prune`, remove) the record folders of
        documents that are no longer among `inputs`.

        What the workers run is loaded here once, before they fork, so that none loads it again: first
        the readers (`_load_readers`); with several workers, the first of them start reading then (the
        documents' layouts, no records: `jobs.DocumentJob.start`) while this process loads what makes
        records (`_load_records_side`: segmentation, fields, the record model, the catalogs; a third
        of the start-up) and the readers of the other documents' formats, which every later task
        inherits. With one worker it is all loaded first: the split costs a fork and a pickled layout
        per document, and would only gain a second core.
        """
        self.progress.documents = len(planned)
        self.report.documents = [d.entry for d in planned]
        try:
            jobs = self._share_workers([job for job in map(self._job, planned) if job is not None])
            with Pool(self.options.jobs, self.options.worker_limits) as pool:
                early = jobs[: self.options.jobs] if self.options.jobs > 1 else []
                if jobs:  # up-to-date documents need no readers nor vocabularies
                    self._load_readers(early or jobs)  # the first tasks' formats only: their workers wait
                for job in early:
                    for task in job.start(records=False):
                        pool.submit(task)
                pool.start_queued()  # they read while the rest loads
                if jobs:
                    self._load_records_side(jobs)
                for job in jobs[len(early) :]:
                    for task in job.start():
                        pool.submit(task)
                pool.start_queued()  # the workers read while the pages are counted
                self._count_pages(jobs)
                if jobs:
                    self.progress.start()  # its first frame knows the page total
                while pool.busy:
                    done = [ended for outcome in pool.wait() if (ended := self._advance(pool, outcome)) is not None]
                    pool.start_queued()  # the next tasks run while the records of those done are written
                    for ended in done:
                        self._conclude(ended)
            self._check_written(planned)
            self._stale(planned, inputs)
            self.report.complete = True
        finally:
            release()
            self.progress.close()
            self.cache.save()
            self.report.write(self.out)
        return self.report.summary()

    def _load_readers(self, jobs: list[DocumentJob]) -> None:
        """Import the readers of the jobs' formats and, when one is a PDF, the PDF page source, once, before
        the workers that read them fork; their objects are set aside for the batch's life (`long_lived`)."""
        from ..readers.pdf.sources import page_source

        names = {name for job in jobs if (name := format_of(job.path)) is not None}
        with long_lived():
            for name in names:
                FORMATS[name].reader()
            if "pdf" in names:
                page_source(self.options.pdf_engine)  # imported once here, not in every worker

    def _load_records_side(self, jobs: list[DocumentJob]) -> None:
        """Load the readers not loaded yet (`_load_readers`), what makes records (the pipeline's modules
        and vocabularies, the run's catalogs), and give every job the catalogs; tasks forked after this
        inherit them."""
        self._load_readers(jobs)
        with long_lived():
            from ..pipeline import preload

            preload({name for job in jobs if (name := format_of(job.path)) is not None})
            catalogs = self.catalogs
        for job in jobs:
            job.settings = replace(job.settings, catalogs=catalogs)

    def _share_workers(self, jobs: list[DocumentJob]) -> list[DocumentJob]:
        """The jobs in the order they start, each with its share of the workers: with several
        workers, the longest first (`jobs.longest_first`); with one, in the folder's order (the order
        gains nothing there, and an interrupted run has read the documents listed first)."""
        if not jobs:  # `jobs` imported only when some document is read
            return jobs
        from .jobs import longest_first, share_workers

        ordered = longest_first(jobs) if self.options.jobs > 1 else jobs
        share_workers(ordered, self.options.jobs)
        return ordered

    def _count_pages(self, jobs: list[DocumentJob]) -> None:
        """The progress bar's page total (a PDF's page tree, not its pages), counted while the first
        tasks run and before any outcome is taken (`_advance` adds what a survey finds beyond it)."""
        if not self.progress.enabled:
            return
        for job in jobs:
            self._counted[job] = page_count(job.path, self.options.password) or 0
            self.progress.add_pages(self._counted[job])

    def _check_written(self, planned: list[Document]) -> None:
        """A record counts as written only if it is on disk with the bytes written (nothing overwrote it)."""
        for document in planned:
            entry = document.entry
            if entry.status != "read":
                continue
            lost = [
                name
                for name, sha in self._written.get(document.folder, {}).items()
                if file_sha256(document.folder / name) != sha
            ]
            if lost:
                self.cache.forget(document.folder)
                entry.records = [name for name in entry.records if name not in lost]
                error = document_error(
                    Kind.write_failed, entry.file, f"records not on disk after the run: {', '.join(lost)}"
                )
                entry.fail(error)
                self.log(f"error: {error.message}")

    def _stale(self, planned: list[Document], inputs: Sequence[Path]) -> None:
        """Warn about record folders whose document left the inputs (or now writes elsewhere); prune them."""
        for stale in stale_folders(self.out, planned, inputs):
            if self.options.prune:
                stale.remove()
                self.cache.forget(stale.folder)
                self.report.pruned.append(stale.folder.relative_to(self.out).as_posix())
                self.log(f"pruned {stale.folder}/: {stale.reason}")
            else:
                self.report.stale.append(stale.folder.relative_to(self.out).as_posix())
                self.log(f"warning: {stale.folder}/: {stale.reason}; --prune removes them")

    def log(self, line: str) -> None:
        self.progress.log(line, self._log)

    def _job(self, document: Document) -> DocumentJob | None:
        """The document's job, or None when it is skipped (up to date) or fails before any reading."""
        entry = document.entry
        legacy = LEGACY.get(document.path.suffix.lower())
        if legacy or format_of(document.path) is None:
            self._fail(document, document_error(Kind.unsupported, entry.file, legacy or unsupported_message()))
            return None
        try:
            check_size(document.path, self.options.file_limits)
            source = source_of(document.path, sha256_of(document.path))
        except DocumentError as error:
            self._fail(document, error)
            return None
        except OSError as error:
            self._fail(document, document_error(Kind.unreadable, entry.file, f"cannot be read: {error}"))
            return None
        document.key = self.cache.key(source.sha256, source.archivo)
        cached = None if self.options.force else self.cache.fresh(document.folder, document.key)
        if cached is not None:
            self._replay(document, cached)
            return None
        from .jobs import DocumentJob, Settings

        options = self.options
        settings = Settings(  # the catalogs are given once loaded (`_load_records_side`)
            options.password, options.file_limits, options.jobs, options.part_pages, read=options.reading
        )
        job = DocumentJob(document.path, entry.file, source, settings)
        self._documents[job] = document
        return job

    def _advance(self, pool: Pool, outcome: Outcome) -> DocumentJob | None:
        """Take a task's outcome; its document's job when this outcome finished it (to `_conclude`)."""
        job: DocumentJob = outcome.task.owner
        if job.done:
            return None
        pages_known, pages_read = job.pages, job.pages_read
        try:
            follow = job.advance(outcome)
        except Exception as error:  # a bug in planning this document's next step: it alone fails
            job.error = DocumentError(Kind.internal_error, f"{job.label}: internal error: {describe(error)}")
            follow = []
        for task in reversed(follow):  # urgent ones go first: in the job's order (a document's small last parts last)
            pool.submit(task, urgent=True)
        if job.pages and not pages_known:
            self.progress.add_pages(job.pages - self._counted.get(job, 0))
        self.progress.advance(pages=job.pages_read - pages_read)
        if not job.done:
            return None
        pool.cancel(job)
        return job

    def _conclude(self, job: DocumentJob) -> None:
        document = self._documents.pop(job)
        entry = document.entry
        entry.pages, entry.parts, entry.peak_mb = job.pages, job.parts, round(job.peak_mb, 1)
        entry.seconds = round(time.monotonic() - job.started, 3) if job.started is not None else 0.0
        if job.error is not None:
            self._fail(document, job.error)
            return
        result = job.result
        assert result is not None, "a job is done with a result or an error"
        try:
            written = write_records(document.folder, result)
        except OSError as error:
            self._fail(
                document,
                document_error(
                    Kind.write_failed, entry.file, f"records cannot be written to {document.folder}: {error}"
                ),
            )
            return
        self._written[document.folder] = written
        entry.status, entry.records = "read", list(written)
        entry.review_records = [
            name for name, ficha in zip(written, result.fichas, strict=True) if ficha.revision.estado == "revisar"
        ]
        entry.review = len(entry.review_records)
        entry.invalid = result.invalid
        entry.outside = result.outside
        for problem in entry.invalid:
            self.log(f"invalid record: {entry.file}: {problem}")
        self.cache.store(
            document.folder,
            document.key,
            {
                "records": written,
                "pages": entry.pages,
                "review": entry.review,
                "review_records": entry.review_records,
                "invalid": entry.invalid,
                "outside": entry.outside,
            },
        )
        self.progress.advance(documents=1)
        if self.options.verbose:
            for skipped in result.skipped:
                self.log(f"{entry.file}: {skipped}; read without it")
            if result.outside:
                outside = len(result.outside)
                self.log(f"{entry.file}: {outside} texts outside every ficha: in the run report (outside)")
            pages = f"{entry.pages} pages in {entry.parts} part(s), " if entry.pages else ""
            self.log(
                f"{entry.file}: {pages}{len(entry.records)} fichas, {entry.seconds:.1f} s, peak {entry.peak_mb:.0f} MB"
            )

    def _fail(self, document: Document, error: DocumentError) -> None:
        document.entry.fail(error)
        self.log(f"error: {error.message}")
        self.progress.advance(documents=1)
        if document.key:
            self.cache.store(document.folder, document.key, {"error": document.entry.error})

    def _replay(self, document: Document, cached: dict[str, Any]) -> None:
        """A document skipped as up to date: its entry from the cache, its error said again."""
        entry = document.entry
        entry.status, entry.pages = "unchanged", cached.get("pages")
        entry.records, entry.review = list(cached.get("records") or {}), cached.get("review", 0)
        entry.review_records = list(cached.get("review_records") or [])
        entry.invalid = cached.get("invalid") or []
        entry.outside = cached.get("outside") or []
        if cached.get("error"):
            entry.status, entry.error = "failed", cached["error"]
            self.log(f"error: {entry.error['message']}")
        for problem in entry.invalid:
            self.log(f"invalid record: {entry.file}: {problem}")
        self.progress.advance(documents=1)
        if self.options.verbose:
            self.log(f"{entry.file}: unchanged, skipped")


def write_records(folder: Path, result: DocumentResult) -> dict[str, str]:
    """Write the fichas atomically; {file name: sha256 of its bytes}.

    Leftover temporary files of a killed run are removed first; records of
    fichas no longer in the document are removed after, when every ficha
    was valid.
    """
    remove_leftovers(folder)
    records = {
        name: record_json(ficha).encode("utf-8")
        for ficha, name in zip(result.fichas, file_names(result.fichas), strict=True)
    }
    write_all_atomic([(folder / name, data) for name, data in records.items()])
    written = {name: hashlib.sha256(data).hexdigest() for name, data in records.items()}
    if not result.invalid:
        for stale in record_files_in(folder):
            if stale.name not in written:
                stale.unlink()
    return written
