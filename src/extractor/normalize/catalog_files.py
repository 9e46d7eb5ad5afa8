"""The catalog files in `extractor/data`: their columns, and their rows with line numbers.

Every catalog is a CSV a person edits: one entry a line, `|` between
variants, quotes around a name that holds a comma, `#` starting a comment
line. Rows keep their line numbers so that every problem names file and line;
`read_rows` returns the problems instead of raising, so that `extractor
catalog check` can list them all, while `load` refuses a broken file.

The office and funder files have an optional last column, `renombre`: empty,
or the source (a law, a decree) of a known renaming that lets the entry keep
variants that are not its same name ("Departamento de Extranjería y
Migración" is the Servicio Nacional de Migraciones since Ley 21.325).

User catalogs: folders (the `--catalogs` option, or the `EXTRACTOR_CATALOGS`
environment variable the commands read, several separated by `os.pathsep`)
hold extra CSV files of the same columns. A file feeds the catalog whose
shipped file name its name starts with (`unidades_municipales.csv`,
`unidades_municipales-2025.csv`); its rows come after the shipped ones, so a
shipped form keeps its entry. Nothing here keeps the folders: whoever loads
rows names them (`load`, `catalogs.Catalogs`).
"""

from __future__ import annotations

import csv
import os
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
    optional: tuple[str, ...] = ()  # trailing columns a file may leave out
    renombre: str | None = None  # column of a known renaming's source

    @property
    def stem(self) -> str:
        return self.name.removesuffix(".csv")


ENTITY_COLUMNS = ("nombre", "sigla", "tipo", "variantes", "renombre")
UNITS = FileSpec(
    "unidades_municipales.csv",
    ENTITY_COLUMNS,
    "nombre",
    "variantes",
    "sigla",
    "tipo",
    frozenset({"municipal"}),
    ("renombre",),
    "renombre",
)
# An organisation is `externo` as an office; its `tipo` is the sector it funds from.
ORGANISATIONS = FileSpec(
    "organizaciones.csv",
    ENTITY_COLUMNS,
    "nombre",
    "variantes",
    "sigla",
    "tipo",
    FUNDER_TYPES,
    ("renombre",),
    "renombre",
)
FUNDING = FileSpec(
    "financiadores.csv", ENTITY_COLUMNS, "nombre", "variantes", "sigla", "tipo", FUNDER_TYPES, ("renombre",), "renombre"
)
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
    renombre: str | None = None  # the source of a known renaming (see the module docstring)

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


class CatalogError(ValueError):
    """A malformed catalog; the message names the file and line of each problem."""


def package_data() -> Traversable:
    return resources.files("extractor").joinpath("data")


def _content_lines(text: str) -> list[tuple[int, str]]:
    """(line number, line) of the lines that are neither blank nor `#` comments."""
    return [
        (n, line)
        for n, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.lstrip().startswith("#")
    ]


def read_rows(spec: FileSpec, folder: Traversable | Path | None = None) -> tuple[list[Row], list[str]]:
    """The rows of one catalog file, and one message per malformed line."""
    source = (folder or package_data()).joinpath(spec.name)
    if not source.is_file():
        return [], [f"{spec.name}: file missing"]
    return read_file(spec, source)


def read_file(spec: FileSpec, source: Traversable | Path, label: str | None = None) -> tuple[list[Row], list[str]]:
    """The rows of one file of `spec`'s columns (named `label` in messages), and its problems."""
    label = label or spec.name
    lines = _content_lines(source.read_text("utf-8"))
    if not lines:
        return [], [f"{label}: empty file"]
    number, header = lines[0]
    found = tuple(next(csv.reader([header])))
    allowed = {spec.header[: len(spec.header) - n] for n in range(len(spec.optional) + 1)}
    if found not in allowed:
        return [], [f"{label}:{number}: header must be {','.join(spec.header)}, found {header.strip()}"]
    rows, problems = [], []
    for number, line in lines[1:]:
        row, problem = _row(spec, number, next(csv.reader([line])), found, label)
        if problem:
            problems.append(f"{label}:{number}: {problem}")
        elif row is not None:
            rows.append(row)
    return rows, problems


def _row(
    spec: FileSpec, line: int, fields: list[str], header: tuple[str, ...], label: str
) -> tuple[Row | None, str | None]:
    optional = sum(column in spec.optional for column in header)
    if not len(header) - optional <= len(fields) <= len(header):
        return None, (
            f"expected {len(header)} columns ({','.join(header)}), found {len(fields)}; quote a name that holds a comma"
        )
    fields = fields + [""] * (len(header) - len(fields))  # optional trailing columns left out
    values = {column: value.strip() for column, value in zip(header, fields, strict=True)}
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
    renombre = values.get(spec.renombre) if spec.renombre else None
    return Row(label, line, nombre, sigla or None, tipo, tuple(variantes), renombre or None), None


ENVIRONMENT = "EXTRACTOR_CATALOGS"


def environment_folders() -> tuple[Path, ...]:
    """The user catalog folders `EXTRACTOR_CATALOGS` names (several separated by `os.pathsep`),
    read now; the commands add them to those given with `--catalogs`."""
    value = os.environ.get(ENVIRONMENT, "")
    return tuple(Path(p) for p in value.split(os.pathsep) if p.strip())


def user_files(spec: FileSpec, folders: tuple[Path, ...]) -> list[Path]:
    """The user CSV files feeding `spec`'s catalog, folder by folder, by name."""
    found = []
    for folder in folders:
        if folder.is_dir():
            found += sorted(p for p in folder.glob(f"{spec.stem}*.csv") if p.is_file())
    return found


def all_user_files(folders: tuple[Path, ...]) -> list[Path]:
    return [path for spec in FILES for path in user_files(spec, folders)]


def user_folder_problems(folders: tuple[Path, ...]) -> list[str]:
    """What would make a user catalog silently ignored: a folder that is not one (a mistyped
    `EXTRACTOR_CATALOGS`), a CSV file whose name feeds no catalog ("unidades-municipales.csv")."""
    problems = []
    for folder in folders:
        if not folder.is_dir():
            problems.append(f"{folder}: no such catalogs folder")
            continue
        for path in sorted(p for p in folder.iterdir() if p.suffix.lower() == ".csv" and p.is_file()):
            if not any(path.name.startswith(spec.stem) and path.suffix == ".csv" for spec in FILES):
                problems.append(
                    f"{path}: feeds no catalog: a user catalog file is named like the shipped file "
                    f"it extends ({', '.join(spec.stem + '*.csv' for spec in FILES)})"
                )
    return problems


def read_user_rows(spec: FileSpec, folders: tuple[Path, ...]) -> tuple[list[Row], list[str]]:
    rows, problems = [], []
    for path in user_files(spec, folders):
        found, bad = read_file(spec, path, str(path))
        rows += found
        problems += bad
    return rows, problems


def load(spec: FileSpec, folders: tuple[Path, ...] = ()) -> list[Row]:
    """The rows of a shipped catalog file and of the files feeding it in the user catalog
    `folders`; a malformed file is refused (`CatalogError`), naming each bad line."""
    rows, problems = read_rows(spec)
    extra, more = read_user_rows(spec, folders)
    if problems or more:
        raise CatalogError("; ".join(problems + more))
    return rows + extra


def load_all(folders: tuple[Path, ...] = ()) -> dict[FileSpec, list[Row]]:
    """The rows of every catalog file (`FILES`), the user `folders`' after the shipped ones (`load`)."""
    return {spec: load(spec, folders) for spec in FILES}
