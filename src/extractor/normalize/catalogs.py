"""A run's catalogs as one object: offices, funders, comunas, and which names are organisations.

Built once (`Catalogs.load`) from the shipped files (`extractor/data`) and the user catalog folders
a run names (`--catalogs`, `EXTRACTOR_CATALOGS`: `catalog_files`), and passed down: the pipeline
takes it (`pipeline.extract_document`, `records_of`) and hands it to segmentation (a bare comuna
name is a municipality label) and to the fields (offices, funders, municipality). The batch builds
it once, before its workers fork, and gives it to every task. Nothing is cached by folder or cleared
from outside, so two runs with different catalogs in one process read each with its own.

`shipped()` is the catalogs of the shipped files alone: what a caller that names none gets.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .catalog import Catalog, Entry, funder_catalog, funders, office_catalog, offices, place_words
from .catalog_files import COMUNAS, ORGANISATIONS, load, load_all
from .comunas import Comuna, comuna_catalog, comunas, find_comuna


@dataclass(frozen=True, eq=False)
class Catalogs:
    """The catalogs one run reads. `folders`: the user catalog folders they were loaded from, in
    order (empty: the shipped files alone); `organisations`: the names of the organisations file's
    entries (shipped and user), who fund with their own instruments (`normalize.funding`)."""

    folders: tuple[Path, ...]
    offices: Catalog[Entry]
    funders: Catalog[Entry]
    comunas: Catalog[Comuna]
    organisations: frozenset[str]

    @classmethod
    def load(cls, folders: Sequence[Path] = ()) -> Catalogs:
        """The shipped catalogs with the files of the user catalog `folders` after theirs
        (`catalog_files.load`); `catalog_files.CatalogError` names each malformed line."""
        folders = tuple(folders)
        if not folders:
            return shipped()
        rows = load_all(folders)
        places = place_words(rows)
        return cls(
            folders,
            office_catalog(rows, places),
            funder_catalog(rows, places),
            comuna_catalog(rows[COMUNAS]),
            frozenset(row.nombre for row in rows[ORGANISATIONS]),
        )

    def find_comuna(self, text: str) -> Comuna | None:
        """The comuna a municipality label (or a bare comuna name) names (`comunas.find_comuna`)."""
        return find_comuna(text, self.comunas)


@cache
def shipped() -> Catalogs:
    """The catalogs of the shipped files alone (built once per process: they never change)."""
    return Catalogs((), offices(), funders(), comunas(), frozenset(row.nombre for row in load(ORGANISATIONS)))
