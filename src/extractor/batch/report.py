"""What a run did: the summary line, and the machine-readable run report written to OUT.

`OUT/.extractor-report.json` lists every document of the run with its
status (`read`, `unchanged` when skipped by the cache, `failed`, `unread`
when the run was interrupted before it was done), pages,
wall-clock seconds, peak worker memory, the record files written, and for a
failure the error `kind` and its one-line message; `errors` repeats the
failures alone. The name starts with a dot, which no record file (an id)
does, and ends in ".json", which no record folder does (`writer.safe_segment`),
so it can never clash with either.
"""

from __future__ import annotations

import json
import resource
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..problems import DocumentError, Kind
from .writer import write_atomic

REPORT_FILE = ".extractor-report.json"


@dataclass
class DocumentEntry:
    file: str  # as in fuente.archivo
    folder: str  # its records' folder, relative to OUT
    status: str = "unread"  # read / unchanged / failed; unread until the run is done with it
    pages: int | None = None
    parts: int = 1  # page ranges it was read in, by as many workers
    seconds: float = 0.0  # wall-clock, from its first worker's start to its end
    peak_mb: float = 0.0  # the largest peak resident memory of its workers
    records: list[str] = field(default_factory=list)
    review: int = 0  # records with revision.estado = "revisar"
    review_records: list[str] = field(default_factory=list)  # their file names
    invalid: list[str] = field(default_factory=list)  # fichas that failed validation
    outside: list[str] = field(default_factory=list)  # text printed outside every ficha (a cover, an introduction)
    error: dict[str, str] | None = None  # {"kind", "message"}

    def fail(self, error: DocumentError) -> None:
        self.status = "failed"
        self.error = {"kind": error.kind.value, "message": error.message}


@dataclass
class Summary:
    documents: int = 0  # documents read in this run
    unchanged: int = 0  # documents skipped: their records are up to date
    unread: int = 0  # documents not done when the run was interrupted
    fichas: int = 0
    review: int = 0
    failed: list[str] = field(default_factory=list)  # one line per failed document
    review_records: list[str] = field(default_factory=list)  # records needing review, as OUT/<folder>/<file>
    out: str = ""  # where the records went
    stale: int = 0  # record folders of documents no longer among the inputs (kept: no --prune)

    def text(self) -> str:
        """The counts line, then the records that need review, then where the records and the report went."""
        skipped = f", {self.unchanged} unchanged (skipped)" if self.unchanged else ""
        unread = f", {self.unread} not read (interrupted)" if self.unread else ""
        lines = [
            f"{_count(self.documents, 'document')} read, {_count(self.fichas, 'ficha')} written, "
            f"{self.review} need review, {_count(len(self.failed), 'document')} failed{skipped}{unread}"
        ]
        if self.review_records:
            lines.append("need review:")
            lines += [f"  {path}" for path in self.review_records]
        if self.stale:
            lines.append(
                f"{self.stale} record folder{'s' if self.stale > 1 else ''} of documents no longer among "
                "the inputs kept (see the warnings; --prune removes them)"
            )
        if self.out:
            lines.append(f"records in {self.out}/, run report in {Path(self.out) / REPORT_FILE}")
        return "\n".join(lines)


def _count(number: int, noun: str) -> str:
    """ "1 document", "2 documents"."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


@dataclass
class RunReport:
    options: dict[str, Any]
    started: float = field(default_factory=time.time)
    complete: bool = False  # False when the run was interrupted
    documents: list[DocumentEntry] = field(default_factory=list)
    out: Path | None = None
    stale: list[str] = field(default_factory=list)  # record folders of documents gone from the inputs, kept
    pruned: list[str] = field(default_factory=list)  # ... removed (--prune)

    def summary(self) -> Summary:
        summary = Summary(out=self.out.as_posix() if self.out is not None else "", stale=len(self.stale))
        for entry in self.documents:
            if entry.status == "unchanged":
                summary.unchanged += 1
            elif entry.status == "read":
                summary.documents += 1
                summary.fichas += len(entry.records)
            elif entry.status == "unread":
                summary.unread += 1
            if entry.status in ("read", "unchanged"):
                summary.review += entry.review
                summary.review_records += [f"{self._shown(entry.folder)}/{name}" for name in entry.review_records]
            if entry.error:
                summary.failed.append(entry.error["message"])
            elif entry.invalid:
                summary.failed.append(f"{entry.file}: {len(entry.invalid)} invalid record(s)")
        return summary

    def _shown(self, folder: str) -> str:
        return (self.out / folder).as_posix() if self.out is not None else folder

    def as_json(self) -> str:
        errors = [{"file": e.file, **e.error} for e in self.documents if e.error]
        errors += [
            {"file": e.file, "kind": Kind.invalid_record.value, "message": f"{e.file}: {problem}"}
            for e in self.documents
            if not e.error
            for problem in e.invalid
        ]
        summary = self.summary()
        data = {
            "started": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(self.started)),
            "seconds": round(time.time() - self.started, 3),
            "batch_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "complete": self.complete,
            "options": self.options,
            "summary": {
                "documents": len(self.documents),
                "read": summary.documents,
                "unchanged": summary.unchanged,
                "failed": len(summary.failed),
                "unread": summary.unread,
                "fichas_written": summary.fichas,
                "review": summary.review,
            },
            "documents": [asdict(e) for e in sorted(self.documents, key=lambda e: e.file)],
            "errors": sorted(errors, key=lambda e: e["file"]),
            "stale_folders": self.stale,
            "pruned_folders": self.pruned,
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    def write(self, out: Path) -> None:
        write_atomic(out / REPORT_FILE, self.as_json())
