"""Loading JSON records from a folder (searched recursively) or from one record file."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..batch.record_files import PENDING_SUFFIX, record_files

__all__ = ["PENDING_SUFFIX", "Record", "RecordError", "load_records", "read_record", "records_from"]


class RecordError(Exception):
    """A path that holds no readable record; the message names the file and the problem."""


@dataclass(frozen=True)
class Record:
    """One ficha record and where it was read from."""

    path: Path
    folder: str  # the record's folder relative to the root given ("" for a single file)
    data: dict[str, Any]

    @property
    def id(self) -> str:
        return str(self.data.get("id", self.path.stem))

    @property
    def name(self) -> str:
        """The file name without `.json`: the id, or `<id>-2` for an id repeated within a document."""
        return self.path.stem

    @property
    def document(self) -> str:
        """The source document (`fuente.archivo`), else the record's folder."""
        fuente = self.data.get("fuente")
        archivo = fuente.get("archivo") if isinstance(fuente, dict) else None
        return archivo if isinstance(archivo, str) and archivo else self.folder


def read_record(path: Path, folder: str = "") -> Record:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise RecordError(f"{path}: cannot read: {error.strerror or error}") from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise RecordError(f"{path}: not a JSON record: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        raise RecordError(f'{path}: not a ficha record (a JSON object with an "id")')
    return Record(path, folder, data)


def load_records(path: Path) -> list[Record]:
    """Every record under `path` (a folder) or the one record `path` is, in path order."""
    if path.is_file():
        return [read_record(path)]
    if not path.is_dir():
        raise RecordError(f"{path}: no such file or folder")
    return [read_record(p, _relative_folder(p, path)) for p in record_files(path)]


def _relative_folder(file: Path, root: Path) -> str:
    folder = file.parent.relative_to(root).as_posix()
    return "" if folder == "." else folder


def records_from(records: list[Record], sources: list[Path]) -> list[Record]:
    """The records whose source document (`fuente.archivo`, relative to the current folder) is one of
    `sources` or lies in one of them."""
    roots = [s.resolve() for s in sources]
    return [r for r in records if r.document and any(_within(Path(r.document).resolve(), root) for root in roots)]


def _within(path: Path, root: Path) -> bool:
    return path == root or root in path.parents
