"""The records to export: every `*.json` under a folder, validated, in catalogue order."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import Ficha
from ..review import records
from ..text import fold


@dataclass(frozen=True)
class Omitted:
    """A record file left out as invalid, and why (its problems, "field: problem", joined by "; ")."""

    file: str
    problem: str


@dataclass
class Catalogue:
    """The valid fichas of a folder in catalogue order, and the record files left out (as
    `review.records.Loaded` found them)."""

    fichas: list[Ficha] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # "path: field: problem", one per problem found
    invalid: int = 0  # files left out: no record, or one that breaks the contract
    omitted: list[Omitted] = field(default_factory=list)  # those files, one each, in path order


def load_catalogue(path: Path) -> Catalogue:
    """The valid fichas under `path` (a folder, or one record file) in catalogue order, through the one
    loader (`review.records.load_records`): a file that is no valid record is left out, each of its
    problems named. Hidden files and folders (a run's `.extractor-report.json`, say) hold no records.
    Raises `review.records.RecordError` when `path` does not exist or a single file given holds no record.
    """
    found = records.load_records(path)
    return Catalogue(
        sorted(found.fichas, key=catalogue_order),
        [str(p) for p in found.problems],
        found.invalid,
        omitted(found.problems),
    )


def omitted(problems: list[records.RecordProblem]) -> list[Omitted]:
    """One `Omitted` per file among `problems`, its problems joined."""
    by_file: dict[Path, list[str]] = {}
    for problem in problems:
        by_file.setdefault(problem.path, []).append(
            f"{problem.field}: {problem.problem}" if problem.field else problem.problem
        )
    return [Omitted(str(path), "; ".join(found)) for path, found in by_file.items()]


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
