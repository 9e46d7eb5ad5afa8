"""Problems in the catalog files, each naming file and line (`extractor catalog check`).

A row is malformed (columns, empty name, unknown type, an acronym that is no
acronym, an empty variant); a variant is not the same name as its entry
(`names.same_name`: issue 13's rule) and the entry is not marked as a known
renaming (`renombre` column, with its source); a printed form (name, acronym
or variant, compared folded) is claimed by two entries of one catalog, or
two entries are one name by that rule, so the matcher could not tell them
apart; a comuna's region is not in `regiones.csv`. The catalogs and the files
feeding each are the matcher's own (`catalog.SOURCES`); user catalog folders
(`--catalogs`) are checked together with the shipped files they extend; a user
folder that is none, or a CSV file in it that feeds no catalog, is a problem
too (either would be ignored without a word).
"""

from __future__ import annotations

from importlib.resources.abc import Traversable
from pathlib import Path

from .catalog import SOURCES, key_of
from .catalog_files import COMUNAS, FILES, REGIONS, FileSpec, Row, read_rows, read_user_rows, user_folder_problems
from .names import name_key, same_name

_NAME_CATALOGS = ("oficinas", "financiadores")  # entries with variants that must be the same name


def check_catalogs(
    folder: Traversable | Path | None = None, user_folders: tuple[Path, ...] = ()
) -> tuple[dict[str, int], list[str]]:
    """Entries per file (user files included), and every problem found (empty when sound)."""
    rows: dict[FileSpec, list[Row]] = {}
    problems: list[str] = user_folder_problems(user_folders)
    for spec in FILES:
        rows[spec], found = read_rows(spec, folder)
        extra, more = read_user_rows(spec, user_folders)
        rows[spec] += extra
        problems += found + more
    for name, specs in SOURCES.items():
        catalog_rows = [row for spec in specs for row in rows[spec]]
        problems += _claimed_twice(catalog_rows)
        if name in _NAME_CATALOGS:
            problems += _one_name_twice(catalog_rows)
    for spec in {spec for name in _NAME_CATALOGS for spec in SOURCES[name]}:
        problems += [p for row in rows[spec] for p in _not_the_same_name(row)]
    problems += _unknown_regions(rows[COMUNAS], rows[REGIONS])
    return {spec.name: len(rows[spec]) for spec in FILES}, list(dict.fromkeys(problems))


def _forms(row: Row) -> list[str]:
    return list(dict.fromkeys([row.nombre, *((row.sigla,) if row.sigla else ()), *row.variantes]))


def _not_the_same_name(row: Row) -> list[str]:
    """A variant that is another name, unless the entry is a known renaming (`renombre`)."""
    if row.renombre:
        return []
    return [
        f"{row.where}: «{variant}» is not the same name as «{row.nombre}» (another head or content word); "
        "make it an entry of its own, or mark a known renaming with its source in `renombre`"
        for variant in row.variantes
        if not same_name(variant, row.nombre, row.sigla, row.variantes)
    ]


def _one_name_twice(rows: list[Row]) -> list[str]:
    """Two entries whose names are one name by the rule (a form claimed twice is reported apart)."""
    owners: dict[str, Row] = {}
    problems = []
    for row in rows:
        for form in _forms(row):
            if form == row.sigla or (" " not in form and form.isupper()):
                continue
            other = owners.setdefault(name_key(form), row)
            if other is not row and key_of(form) not in {key_of(f) for f in _forms(other)}:
                problems.append(f"{row.where}: «{form}» is the same name as «{other.nombre}» ({other.where})")
    return problems


def _claimed_twice(rows: list[Row]) -> list[str]:
    owners: dict[str, tuple[Row, str]] = {}
    problems = []
    for row in rows:
        for form in _forms(row):
            key = key_of(form)
            if not key:
                problems.append(f"{row.where}: «{form}» has no letters or digits")
                continue
            other, other_form = owners.setdefault(key, (row, form))
            if other is row:
                continue
            if form == row.sigla and other_form == other.sigla:
                claim = f"acronym «{form}» is also the acronym of «{other.nombre}» ({other.where})"
            else:
                claim = f"«{form}» is also claimed by «{other.nombre}» ({other.where}) as «{other_form}»"
            problems.append(f"{row.where}: {claim}")
    return problems


def _unknown_regions(comunas: list[Row], regions: list[Row]) -> list[str]:
    names = {row.nombre for row in regions}
    return [
        f"{row.where}: region «{row.tipo}» of «{row.nombre}» is not a region of {REGIONS.name}"
        for row in comunas
        if regions and row.tipo not in names
    ]
