"""The records to export: every `*.json` under a folder, validated, in catalogue order."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..batch.record_files import record_files
from ..model import Ficha
from ..text import fold


@dataclass
class Loaded:
    fichas: list[Ficha] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # "path: problem", one per file skipped


def load_records(folder: Path) -> Loaded:
    """The fichas of every `*.json` below `folder`; a file that is no valid record is named and skipped.

    Hidden files and folders (a run's `.extractor-report.json`, say) hold no records.
    """
    loaded = Loaded()
    for path in record_files(folder):
        try:
            loaded.fichas.append(Ficha.model_validate_json(path.read_bytes()))
        except ValidationError as error:
            loaded.problems.append(f"{path}: not a ficha record: {first_problem(error)}")
        except OSError as error:
            loaded.problems.append(f"{path}: cannot be read: {error.strerror or error}")
    loaded.fichas.sort(key=catalogue_order)
    return loaded


def first_problem(error: ValidationError) -> str:
    """The first validation error as `field: message`, with how many more there are."""
    errors = error.errors()
    where = ".".join(str(part) for part in errors[0]["loc"])
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{where}: {errors[0]['msg']}{more}" if where else f"{errors[0]['msg']}{more}"


def catalogue_order(ficha: Ficha) -> tuple[Any, ...]:
    """Comuna, then title (accents and case folded, then as printed), then source file.

    The same ficha read from two documents (publication and transcript) keeps
    both rows; the source file orders them. Fichas without comuna go last.
    """
    comuna = ficha.municipalidad.comuna if ficha.municipalidad else None
    titulo = ficha.titulo or ""
    return (
        comuna is None,
        fold(comuna or ""),
        comuna or "",
        fold(titulo),
        titulo,
        ficha.fuente.archivo,
        ficha.fuente.paginas or [],
        ficha.id,
    )


def one_per_ficha(fichas: list[Ficha]) -> list[Ficha]:
    """One record per ficha id, preferring the publication (a PDF) over its transcript, in catalogue order.

    The same ficha read from the publication and from its transcript has one
    id (the pairing `extractor crosscheck` uses); the PDF is kept, then the
    first source file.
    """
    chosen: dict[str, Ficha] = {}
    for ficha in sorted(fichas, key=lambda f: (f.fuente.formato != "pdf", f.fuente.archivo)):
        chosen.setdefault(ficha.id, ficha)
    return sorted(chosen.values(), key=catalogue_order)
