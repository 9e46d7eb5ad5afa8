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
from .catalog_files import COMUNAS, load


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


@cache
def comunas() -> Catalog[Comuna]:
    return Catalog(
        "comunas", [Comuna(r.nombre, r.tipo, r.variantes) for r in load(COMUNAS)], fillers=frozenset(), plurals=False
    )


def find_comuna(text: str) -> Comuna | None:
    """The comuna a municipality label (or a bare comuna name) names."""
    key = strip_prefix(text)
    return comunas().match(key) if key else None
