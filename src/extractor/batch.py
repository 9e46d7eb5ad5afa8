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
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from typing import TYPE_CHECKING

from .cache import Cache
from .problems import DocumentError, Kind, describe, document_error
from .progress import Progress
from .readers.checks import MB, FileLimits, check_size
from .readers.formats import FORMATS
from .report import DocumentEntry, RunReport, Summary
from .workers import Pool, WorkerLimits
from .source import display_path, sha256_of, source_of
from .writer import file_names, output_folder, record_json, safe_segment, write_atomic

if TYPE_CHECKING:  # the parsing side (jobs, pipeline) is imported only when a document is read,
    from .jobs import DocumentJob  # so a re-run over up-to-date documents stays cheap
    from .pipeline import DocumentResult

__all__ = ["RunOptions", "Summary", "documents", "run"]


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

    def as_report(self) -> dict:
        return {"jobs": self.jobs, "force": self.force, "password_given": self.password is not None,
                "timeout_s": self.worker_limits.timeout, "memory_limit_mb": self.worker_limits.memory_mb,
                "max_size_mb": self.file_limits.max_bytes / MB}


@dataclass
class Document:
    path: Path
    folder: Path  # where its records go
    entry: DocumentEntry
    key: str = ""  # its cache key


def documents(paths: list[Path]) -> Iterator[tuple[Path, Path]]:
    """(document, the PATH it was found under), files in sorted order."""
    suffixes = {f".{fmt}" for fmt in FORMATS}
    for root in paths:
        if root.is_dir():
            for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in suffixes):
                yield path, root
        else:
            yield root, root


def plan(paths: list[Path], out: Path) -> list[Document]:
    """Each document once, with its output folder.

    Two documents that would share a folder (`x.pdf` beside `x.docx`) each
    get a folder named with their extension, so neither overwrites or
    removes the other's records.
    """
    found: dict[Path, tuple[Path, Path]] = {}  # resolved path -> (path as given, folder)
    for path, root in documents(paths):
        found.setdefault(path.resolve(), (path, output_folder(out, path, root)))
    folders: dict[str, int] = {}
    for _, folder in found.values():
        folders[str(folder).casefold()] = folders.get(str(folder).casefold(), 0) + 1
    planned = []
    for path, folder in found.values():
        if folders[str(folder).casefold()] > 1:
            folder = folder.with_name(safe_segment(f"{folder.name}{path.suffix.lower()}"))
        planned.append(Document(path, folder, DocumentEntry(display_path(path), folder.relative_to(out).as_posix())))
    return planned


def run(paths: list[Path], out: Path, log: Callable[[str], None] = lambda _: None,
        options: RunOptions = RunOptions()) -> Summary:
    return Batch(out, log, options).run(plan(paths, out))


class Batch:
    def __init__(self, out: Path, log: Callable[[str], None], options: RunOptions):
        self.out, self.options = out, options
        self.cache = Cache.load(out)
        self.report = RunReport(options.as_report())
        self._log = log
        self.progress = Progress(0, enabled=options.progress)
        self._documents: dict[DocumentJob, Document] = {}

    def run(self, planned: list[Document]) -> Summary:
        self.progress.documents = len(planned)
        self.report.documents = [d.entry for d in planned]
        try:
            jobs = [job for job in map(self._job, planned) if job is not None]
            if jobs:  # up-to-date documents need no catalogs; workers fork after they are loaded
                from .pipeline import preload
                preload()
            with Pool(self.options.jobs, self.options.worker_limits) as pool:
                for job in jobs:
                    for task in job.start():
                        pool.submit(task)
                while pool.busy:
                    for outcome in pool.wait(timeout=0.5 if self.progress.enabled else None):
                        self._advance(pool, outcome)
                    self.progress.advance()  # the rate and time left move on between events
            self.report.complete = True
        finally:
            self.progress.close()
            self.cache.save()
            self.report.write(self.out)
        return self.report.summary()

    def log(self, line: str) -> None:
        self.progress.log(line, self._log)

    def _job(self, document: Document) -> DocumentJob | None:
        """The document's job, or None when it is skipped (up to date) or fails before any reading."""
        entry = document.entry
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
        settings = Settings(options.password, options.file_limits, options.jobs, options.part_pages)
        job = DocumentJob(document.path, entry.file, source, settings)
        self._documents[job] = document
        return job

    def _advance(self, pool: Pool, outcome) -> None:
        job: DocumentJob = outcome.task.owner
        if job.done:
            return
        pages_known, pages_read = job.pages, job.pages_read
        try:
            follow = job.advance(outcome)
        except Exception as error:  # a bug in planning this document's next step: it alone fails
            job.error, follow = DocumentError(Kind.internal_error, f"{job.label}: internal error: {describe(error)}"), []
        for task in follow:
            pool.submit(task, urgent=True)
        if job.pages and not pages_known:
            self.progress.add_pages(job.pages)
        self.progress.advance(pages=job.pages_read - pages_read)
        if job.done:
            pool.cancel(job)
            self._conclude(job)

    def _conclude(self, job: DocumentJob) -> None:
        document = self._documents.pop(job)
        entry = document.entry
        entry.pages, entry.parts, entry.peak_mb = job.pages, job.parts, round(job.peak_mb, 1)
        entry.seconds = round(time.monotonic() - job.started, 3) if job.started is not None else 0.0
        if job.error is not None:
            self._fail(document, job.error)
            return
        try:
            written = write_records(document.folder, job.result)
        except OSError as error:
            self._fail(document, document_error(Kind.write_failed, entry.file,
                                                f"records cannot be written to {document.folder}: {error}"))
            return
        entry.records = list(written)
        entry.review = sum(1 for f in job.result.fichas if f.revision.estado == "revisar")
        entry.invalid = job.result.invalid
        for problem in entry.invalid:
            self.log(f"invalid record: {entry.file}: {problem}")
        self.cache.store(document.folder, document.key, {"records": written, "pages": entry.pages,
                                                         "review": entry.review, "invalid": entry.invalid})
        self.progress.advance(documents=1)
        if self.options.verbose:
            pages = f"{entry.pages} pages in {entry.parts} part(s), " if entry.pages else ""
            self.log(f"{entry.file}: {pages}{len(entry.records)} fichas, {entry.seconds:.1f} s, "
                     f"peak {entry.peak_mb:.0f} MB")

    def _fail(self, document: Document, error: DocumentError) -> None:
        document.entry.fail(error)
        self.log(f"error: {error.message}")
        self.progress.advance(documents=1)
        if document.key:
            self.cache.store(document.folder, document.key, {"error": document.entry.error})

    def _replay(self, document: Document, cached: dict) -> None:
        """A document skipped as up to date: its entry from the cache, its error said again."""
        entry = document.entry
        entry.status, entry.pages = "unchanged", cached.get("pages")
        entry.records, entry.review = list(cached.get("records") or {}), cached.get("review", 0)
        entry.invalid = cached.get("invalid") or []
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
    if folder.is_dir():
        for leftover in folder.glob(".*.tmp"):
            leftover.unlink(missing_ok=True)
    written = {}
    for ficha, name in zip(result.fichas, file_names(result.fichas)):
        data = record_json(ficha).encode("utf-8")
        write_atomic(folder / name, data)
        written[name] = hashlib.sha256(data).hexdigest()
    if not result.invalid and folder.is_dir():
        for stale in folder.glob("*.json"):
            if stale.name not in written:
                stale.unlink()
    return written
