"""The one loader of JSON records, for every command that reads them (`diff`, `crosscheck`, `export`,
`run --diff-against`, `golden review`): a folder (searched recursively) or one record file, each record
validated against the contract (`model.Ficha`, `docs/ficha-schema.md`).

A record that breaks the contract (a category not in the vocabulary, month 13, categories out of
vocabulary order) is still loaded, with its problems (file, field, problem) and no `ficha`; a file
in a folder that is not a record at all (not JSON, no "id") is a problem and no record. Callers
decide what an invalid record means for them: the review reports compare it and say so, `export`
leaves it out; all of them name it and set their exit code by it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..batch.record_files import PENDING_SUFFIX, record_files
from ..model import Ficha

__all__ = [
    "PENDING_SUFFIX",
    "Loaded",
    "Record",
    "RecordError",
    "RecordProblem",
    "load_records",
    "read_record",
    "records_from",
]


class RecordError(Exception):
    """A path that holds no readable record; the message names the file and the problem."""


@dataclass(frozen=True)
class RecordProblem:
    """Why a file is not a valid record: the file, the field (dotted path, "" for the file as a whole)
    and the problem."""

    path: Path
    field: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.field}: {self.problem}" if self.field else f"{self.path}: {self.problem}"


@dataclass(frozen=True)
class Record:
    """One ficha record and where it was read from; `ficha` is None when it breaks the contract
    (its `problems` say where)."""

    path: Path
    folder: str  # the record's folder relative to the root given ("" for a single file)
    data: dict[str, Any]
    ficha: Ficha | None = None
    problems: tuple[RecordProblem, ...] = ()

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


@dataclass
class Loaded:
    """What a path held: its records (valid or not, in path order) and every problem found."""

    records: list[Record] = field(default_factory=list)
    problems: list[RecordProblem] = field(default_factory=list)  # unreadable files and contract breaks

    @property
    def fichas(self) -> list[Ficha]:
        """The valid records' fichas, in path order."""
        return [r.ficha for r in self.records if r.ficha is not None]

    @property
    def invalid(self) -> int:
        """How many files are not valid records (unreadable, or breaking the contract)."""
        return len({p.path for p in self.problems})

    def unreadable(self, root: Path) -> dict[tuple[str, str], RecordProblem]:
        """The files under `root` that hold no record at all (not JSON, truncated, no "id"), by the
        (folder relative to `root`, file name without `.json`) a record of theirs would have."""
        readable = {r.path for r in self.records}
        return {
            (_relative_folder(p.path, root), p.path.stem): p
            for p in self.problems
            if p.path not in readable and p.path.is_relative_to(root)
        }


def read_record(path: Path, folder: str = "") -> Record:
    """The record in `path`, validated; RecordError when it is no record at all (unreadable, not JSON,
    not an object with a string "id")."""
    try:
        text = path.read_bytes()
        data = json.loads(text)
    except OSError as error:
        raise RecordError(f"{path}: cannot be read: {error.strerror or error}") from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise RecordError(f"{path}: not a JSON record: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        raise RecordError(f'{path}: not a ficha record (a JSON object with an "id")')
    try:
        return Record(path, folder, data, Ficha.model_validate_json(text))
    except ValidationError as error:
        return Record(path, folder, data, None, contract_problems(path, error))


def contract_problems(path: Path, error: ValidationError) -> tuple[RecordProblem, ...]:
    """One problem per validation error: the field as a dotted path (`categorias.0`), pydantic's message."""
    return tuple(
        RecordProblem(path, ".".join(str(part) for part in e["loc"]) or "(record)", e["msg"]) for e in error.errors()
    )


def load_records(path: Path) -> Loaded:
    """Every record under `path` (a folder; hidden files and folders, a run's own files, are no records)
    or the one record `path` is. RecordError when `path` does not exist, or is a single file that
    holds no record; in a folder such a file is a problem, and the rest is loaded."""
    if path.is_file():
        record = read_record(path)
        return Loaded([record], list(record.problems))
    if not path.is_dir():
        raise RecordError(f"{path}: no such file or folder")
    loaded = Loaded()
    for file in record_files(path):
        try:
            record = read_record(file, _relative_folder(file, path))
        except RecordError as error:
            loaded.problems.append(RecordProblem(file, "", str(error).removeprefix(f"{file}: ")))
            continue
        loaded.records.append(record)
        loaded.problems += record.problems
    return loaded


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
