"""The catalog files in `extractor/data`: their columns, and their rows with line numbers.

Every catalog is a CSV a person edits: one entry a line, `|` between
variants, quotes around a name that holds a comma, `#` starting a comment
line. Rows keep their line numbers so that every problem names file and line;
`read_rows` returns the problems instead of raising, so that `extractor
catalog check` can list them all, while `load` refuses a broken file.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

FUNDER_TYPES = frozenset({"municipal", "estatal", "internacional", "privado", "otro"})
MAX_ACRONYM = 12


@dataclass(frozen=True)
class FileSpec:
    """One catalog file: its header and which column holds what (`sigla`/`tipo` may be absent)."""

    name: str
    header: tuple[str, ...]
    nombre: str
    variantes: str
    sigla: str | None = None
    tipo: str | None = None
    tipos: frozenset[str] | None = None  # allowed `tipo` values; None: any non-empty value


UNITS = FileSpec("unidades_municipales.csv", ("nombre", "sigla", "tipo", "variantes"), "nombre", "variantes",
                 "sigla", "tipo", frozenset({"municipal"}))
# An organisation is `externo` as an office; its `tipo` is the sector it funds from.
ORGANISATIONS = FileSpec("organizaciones.csv", UNITS.header, "nombre", "variantes", "sigla", "tipo", FUNDER_TYPES)
FUNDING = FileSpec("financiadores.csv", UNITS.header, "nombre", "variantes", "sigla", "tipo", FUNDER_TYPES)
COMUNAS = FileSpec("comunas.csv", ("comuna", "region", "variantes"), "comuna", "variantes", tipo="region")
REGIONS = FileSpec("regiones.csv", ("region", "numero", "variantes"), "region", "variantes", tipo="numero")
FILES = (UNITS, ORGANISATIONS, FUNDING, COMUNAS, REGIONS)


@dataclass(frozen=True)
class Row:
    file: str
    line: int
    nombre: str
    sigla: str | None
    tipo: str
    variantes: tuple[str, ...]

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


class CatalogError(ValueError):
    """A malformed catalog; the message names the file and line of each problem."""


def package_data() -> Traversable:
    return resources.files("extractor").joinpath("data")


def _content_lines(text: str) -> list[tuple[int, str]]:
    """(line number, line) of the lines that are neither blank nor `#` comments."""
    return [(n, line) for n, line in enumerate(text.splitlines(), start=1)
            if line.strip() and not line.lstrip().startswith("#")]


def read_rows(spec: FileSpec, folder: Traversable | Path | None = None) -> tuple[list[Row], list[str]]:
    """The rows of one catalog file, and one message per malformed line."""
    source = (folder or package_data()).joinpath(spec.name)
    if not source.is_file():
        return [], [f"{spec.name}: file missing"]
    lines = _content_lines(source.read_text("utf-8"))
    if not lines:
        return [], [f"{spec.name}: empty file"]
    number, header = lines[0]
    found = tuple(next(csv.reader([header])))
    if found != spec.header:
        return [], [f"{spec.name}:{number}: header must be {','.join(spec.header)}, found {header.strip()}"]
    rows, problems = [], []
    for number, line in lines[1:]:
        row, problem = _row(spec, number, next(csv.reader([line])))
        if problem:
            problems.append(f"{spec.name}:{number}: {problem}")
        else:
            rows.append(row)
    return rows, problems


def _row(spec: FileSpec, line: int, fields: list[str]) -> tuple[Row | None, str | None]:
    if len(fields) != len(spec.header):
        return None, (f"expected {len(spec.header)} columns ({','.join(spec.header)}), found {len(fields)}; "
                      "quote a name that holds a comma")
    values = {column: value.strip() for column, value in zip(spec.header, fields)}
    nombre, sigla = values[spec.nombre], values[spec.sigla] if spec.sigla else ""
    tipo = values[spec.tipo] if spec.tipo else ""
    variantes = [v.strip() for v in values[spec.variantes].split("|")] if values[spec.variantes] else []
    if not nombre:
        return None, f"empty {spec.nombre}"
    if spec.tipo and (not tipo or (spec.tipos is not None and tipo not in spec.tipos)):
        allowed = f"one of {', '.join(sorted(spec.tipos))}" if spec.tipos else "a value"
        return None, f"{spec.tipo} {tipo!r} must be {allowed}"
    if sigla and (" " in sigla or len(sigla) > MAX_ACRONYM):
        return None, f"sigla {sigla!r} is not an acronym (one word of at most {MAX_ACRONYM} characters)"
    if "" in variantes:
        return None, "empty variant (two `|` in a row, or one at an end)"
    return Row(spec.name, line, nombre, sigla or None, tipo, tuple(variantes)), None


def load(spec: FileSpec) -> list[Row]:
    """The rows of a shipped catalog file; a malformed file is refused, naming each bad line."""
    rows, problems = read_rows(spec)
    if problems:
        raise CatalogError("; ".join(problems))
    return rows
