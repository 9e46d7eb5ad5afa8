"""read -> segment -> fields -> validate: one document in, validated records out."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from .fields.record import Source, build_record
from .model import Ficha
from .readers import format_of, read
from .segment import segment


class ExtractionError(Exception):
    """A document that yields no records; the message names the file and the problem."""


@dataclass
class DocumentResult:
    path: Path
    fichas: list[Ficha] = field(default_factory=list)
    invalid: list[str] = field(default_factory=list)  # "ficha N (titulo): field: problem"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def display_path(path: Path) -> str:
    """The path relative to the current folder when it is below it, with forward slashes."""
    try:
        return Path(os.path.relpath(path.resolve(), Path.cwd())).as_posix()
    except ValueError:  # another drive
        return path.as_posix()


def _validation_problems(error: ValidationError) -> list[str]:
    return [f"{'.'.join(str(p) for p in e['loc']) or '(record)'}: {e['msg']}" for e in error.errors()]


def extract_document(path: Path) -> DocumentResult:
    """All fichas of one document, validated; invalid records are reported, never returned."""
    fmt = format_of(path)
    if fmt is None:
        raise ExtractionError(f"{path}: not a .pdf or .docx file")
    layout = read(path)
    source = Source(display_path(path), fmt, sha256_of(path))
    result = DocumentResult(path)
    parts_list = segment(layout)
    if not parts_list:
        raise ExtractionError(f"{path}: no ficha found (no section headings of the template)")
    records = [build_record(parts, source) for parts in parts_list]
    _flag_repeated_ids(records)
    for n, record in enumerate(records, start=1):
        try:
            result.fichas.append(Ficha.model_validate(record))
        except ValidationError as error:
            for problem in _validation_problems(error):
                result.invalid.append(f"ficha {n} ({record.get('titulo')!r}): {problem}")
    return result


def _flag_repeated_ids(records: list[dict]) -> None:
    """A second ficha with an id already used in the document gets an aviso `id_duplicado`."""
    seen: dict[str, int] = {}
    for n, record in enumerate(records, start=1):
        if record["id"] in seen:
            record["revision"]["avisos"].append({
                "campo": "id", "codigo": "id_duplicado",
                "mensaje": f"la ficha {seen[record['id']]} del documento ya tiene el id «{record['id']}»",
            })
            record["revision"]["estado"] = "revisar"
        else:
            seen[record["id"]] = n
