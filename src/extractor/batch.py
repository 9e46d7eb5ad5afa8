"""A batch run: every document under the given paths -> records in OUT.

A document that fails is reported (file and problem) and the batch goes on;
its earlier records are left untouched. Records of fichas that disappeared
from a re-read document are removed only after that document was read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .pipeline import ExtractionError, extract_document
from .readers import READERS
from .writer import file_names, output_folder, record_json, write_atomic


@dataclass
class Summary:
    documents: int = 0
    fichas: int = 0
    review: int = 0
    failed: list[str] = field(default_factory=list)

    def text(self) -> str:
        return (f"{self.documents} documents read, {self.fichas} fichas written, "
                f"{self.review} need review, {len(self.failed)} documents failed")


def documents(paths: list[Path]) -> Iterator[tuple[Path, Path]]:
    """(document, the PATH it was found under), files in sorted order."""
    suffixes = {f".{fmt}" for fmt in READERS}
    for root in paths:
        if root.is_dir():
            for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in suffixes):
                yield path, root
        else:
            yield root, root


def run(paths: list[Path], out: Path, log: Callable[[str], None] = lambda _: None) -> Summary:
    summary = Summary()
    for document, root in documents(paths):
        try:
            result = extract_document(document)
        except ExtractionError as error:
            summary.failed.append(str(error))
            log(f"error: {error}")
            continue
        except Exception as error:  # a reader crash must not stop the batch
            summary.failed.append(f"{document}: {type(error).__name__}: {error}")
            log(f"error: {document}: {type(error).__name__}: {error}")
            continue
        for problem in result.invalid:
            log(f"invalid record: {document}: {problem}")
        folder = output_folder(out, document, root)
        names = file_names(result.fichas)
        for ficha, name in zip(result.fichas, names):
            write_atomic(folder / name, record_json(ficha))
        if not result.invalid and folder.is_dir():
            for stale in folder.glob("*.json"):
                if stale.name not in names:
                    stale.unlink()
        summary.documents += 1
        summary.fichas += len(result.fichas)
        summary.review += sum(1 for f in result.fichas if f.revision.estado == "revisar")
        if result.invalid:
            summary.failed.append(f"{document}: {len(result.invalid)} invalid record(s)")
    return summary
