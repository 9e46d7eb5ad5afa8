"""Problems in the catalog files, each naming file and line (`extractor catalog check`).

A row is malformed (columns, empty name, unknown type, an acronym that is no
acronym, an empty variant); a printed form (name, acronym or variant,
compared folded) is claimed by two entries of one catalog, so the matcher
could not tell them apart; a comuna's region is not in `regiones.csv`.
"""

from __future__ import annotations

from importlib.resources.abc import Traversable
from pathlib import Path

from .catalog import key_of
from .catalog_files import COMUNAS, FILES, FUNDING, ORGANISATIONS, REGIONS, UNITS, Row, read_rows

# The catalogs the matcher builds, by the files that feed each one.
CATALOGS = {
    "oficinas": (UNITS, ORGANISATIONS),
    "financiadores": (FUNDING, ORGANISATIONS),
    "comunas": (COMUNAS,),
    "regiones": (REGIONS,),
}


def check_catalogs(folder: Traversable | Path | None = None) -> tuple[dict[str, int], list[str]]:
    """Entries per file, and every problem found (empty when the catalogs are sound)."""
    rows, problems = {}, []
    for spec in FILES:
        rows[spec], found = read_rows(spec, folder)
        problems += found
    for specs in CATALOGS.values():
        problems += _claimed_twice([row for spec in specs for row in rows[spec]])
    problems += _unknown_regions(rows[COMUNAS], rows[REGIONS])
    return {spec.name: len(rows[spec]) for spec in FILES}, list(dict.fromkeys(problems))


def _forms(row: Row) -> list[str]:
    return list(dict.fromkeys([row.nombre, *((row.sigla,) if row.sigla else ()), *row.variantes]))


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
    return [f"{row.where}: region «{row.tipo}» of «{row.nombre}» is not a region of {REGIONS.name}"
            for row in comunas if regions and row.tipo not in names]
