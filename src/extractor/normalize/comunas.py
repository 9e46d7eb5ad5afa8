"""Comunas of Chile and their regions (`data/comunas.csv`), and the municipality labels naming them.

A label is "MUNICIPALIDAD PUENTE ALTO", "Municipalidad de El Bosque",
"I. Municipalidad de Arica", "Ilustre Municipalidad del Quisco" (prefixes
in `vocab.toml`); the rest is matched like any catalog name: exactly after
folding, or with a typo when it has 8 characters or more and a single comuna
is that close. Comunas have no filler words: "La Granja" is not "Granja".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..template import strip_prefix
from .catalog import Catalog
from .catalog_files import COMUNAS, Row, load


@dataclass(frozen=True)
class Comuna:
    nombre: str
    region: str
    variantes: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.nombre, *self.variantes)

    def is_acronym(self, form: str) -> bool:
        return False


def comuna_catalog(rows: list[Row]) -> Catalog[Comuna]:
    """The comunas of `comunas.csv`'s rows (shipped and user files: `catalog_files.load`)."""
    return Catalog("comunas", [Comuna(r.nombre, r.tipo, r.variantes) for r in rows], fillers=frozenset(), plurals=False)


@cache
def comunas() -> Catalog[Comuna]:
    """The comunas of the shipped file alone (a run with user catalogs reads its own: `catalogs.Catalogs`)."""
    return comuna_catalog(load(COMUNAS))


def find_comuna(text: str, catalog: Catalog[Comuna] | None = None) -> Comuna | None:
    """The comuna a municipality label (or a bare comuna name) names, in `catalog` (the shipped
    comunas when None)."""
    key = strip_prefix(text)
    return (comunas() if catalog is None else catalog).match(key) if key else None
