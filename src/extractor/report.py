"""What a run did: the summary line, and the machine-readable run report written to OUT.

`OUT/.extractor-report.json` lists every document of the run with its
status (`read`, `unchanged` when skipped by the cache, `failed`), pages,
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

from .problems import DocumentError, Kind
from .writer import write_atomic

REPORT_FILE = ".extractor-report.json"


@dataclass
class DocumentEntry:
    file: str  # as in fuente.archivo
    folder: str  # its records' folder, relative to OUT
    status: str = "read"  # read / unchanged / failed
    pages: int | None = None
    parts: int = 1  # page ranges it was read in, by as many workers
    seconds: float = 0.0  # wall-clock, from its first worker's start to its end
    peak_mb: float = 0.0  # the largest peak resident memory of its workers
    records: list[str] = field(default_factory=list)
    review: int = 0  # records with revision.estado = "revisar"
    invalid: list[str] = field(default_factory=list)  # fichas that failed validation
    error: dict | None = None  # {"kind", "message"}

    def fail(self, error: DocumentError) -> None:
        self.status = "failed"
        self.error = {"kind": error.kind.value, "message": error.message}


@dataclass
class Summary:
    documents: int = 0  # documents read in this run
    unchanged: int = 0  # documents skipped: their records are up to date
    fichas: int = 0
    review: int = 0
    failed: list[str] = field(default_factory=list)  # one line per failed document

    def text(self) -> str:
        skipped = f", {self.unchanged} unchanged (skipped)" if self.unchanged else ""
        return (f"{self.documents} documents read, {self.fichas} fichas written, "
                f"{self.review} need review, {len(self.failed)} documents failed{skipped}")


@dataclass
class RunReport:
    options: dict
    started: float = field(default_factory=time.time)
    complete: bool = False  # False when the run was interrupted
    documents: list[DocumentEntry] = field(default_factory=list)

    def summary(self) -> Summary:
        summary = Summary()
        for entry in self.documents:
            if entry.status == "unchanged":
                summary.unchanged += 1
            elif entry.status == "read":
                summary.documents += 1
                summary.fichas += len(entry.records)
            if entry.status != "failed":
                summary.review += entry.review
            if entry.error:
                summary.failed.append(entry.error["message"])
            elif entry.invalid:
                summary.failed.append(f"{entry.file}: {len(entry.invalid)} invalid record(s)")
        return summary

    def as_json(self) -> str:
        errors = [{"file": e.file, **e.error} for e in self.documents if e.error]
        errors += [{"file": e.file, "kind": Kind.invalid_record.value, "message": f"{e.file}: {problem}"}
                   for e in self.documents if not e.error for problem in e.invalid]
        summary = self.summary()
        data = {
            "started": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(self.started)),
            "seconds": round(time.time() - self.started, 3),
            "batch_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "complete": self.complete,
            "options": self.options,
            "summary": {"documents": len(self.documents), "read": summary.documents, "unchanged": summary.unchanged,
                        "failed": len(summary.failed), "fichas_written": summary.fichas, "review": summary.review},
            "documents": [asdict(e) for e in sorted(self.documents, key=lambda e: e.file)],
            "errors": sorted(errors, key=lambda e: e["file"]),
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    def write(self, out: Path) -> None:
        write_atomic(out / REPORT_FILE, self.as_json())
