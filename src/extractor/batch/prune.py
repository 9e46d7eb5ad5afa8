"""Record folders left behind: their document is gone from the inputs, or its records now go elsewhere.

A run covers a record folder when the folder's document (the `fuente.archivo`
of its records, relative to the current folder) lies within one of the PATHs
given. Such a folder is stale when the run did not plan it for that document:
the document was deleted or renamed, or it now writes to another folder (an
earlier layout). `extractor run` warns about stale folders; `--prune` removes
their records.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .record_files import record_files, record_files_in

if TYPE_CHECKING:
    from .runner import Document


@dataclass(frozen=True)
class StaleFolder:
    folder: Path
    document: str  # fuente.archivo of its records
    reason: str

    def remove(self) -> None:
        """Delete its records and leftover temporary files, then the folder and its parents when empty."""
        for record in record_files_in(self.folder):
            record.unlink()
        remove_leftovers(self.folder)
        for folder in (self.folder, *self.folder.parents):
            try:
                folder.rmdir()
            except OSError:  # not empty (records of other documents, or this is OUT): stop
                break


def remove_leftovers(folder: Path) -> None:
    """Temporary files of a killed run (`writer.write_atomic`'s `.<name>.*.tmp`)."""
    if folder.is_dir():
        for leftover in folder.glob(".*.tmp"):
            leftover.unlink(missing_ok=True)


def document_of(folder: Path) -> str | None:
    """The `fuente.archivo` of the folder's first readable record."""
    for record in record_files_in(folder):
        try:
            archivo = json.loads(record.read_text(encoding="utf-8"))["fuente"]["archivo"]
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if isinstance(archivo, str) and archivo:
            return archivo
    return None


def _absolute(path: Path | str) -> Path:
    return Path(os.path.abspath(path))


def stale_folders(out: Path, planned: list[Document], inputs: Sequence[Path]) -> list[StaleFolder]:
    """The record folders under `out` that the run covered but did not plan, in path order."""
    folders = {_absolute(d.folder) for d in planned}
    documents = {_absolute(d.path): d.folder for d in planned}
    roots = [_absolute(p) for p in inputs]
    found = []
    for folder in sorted({p.parent for p in record_files(out)} if out.is_dir() else ()):
        if _absolute(folder) in folders:
            continue
        archivo = document_of(folder)
        if archivo is None:
            continue
        document = _absolute(archivo)
        if not any(document == root or document.is_relative_to(root) for root in roots):
            continue
        now = documents.get(document)
        reason = (
            f"records of {archivo}, which is no longer among the inputs"
            if now is None
            else f"records of {archivo}, whose records now go to {now}/"
        )
        found.append(StaleFolder(folder, archivo, reason))
    return found
