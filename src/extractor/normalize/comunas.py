"""Comunas of Chile and their regions (`data/comunas.csv`), and the municipality labels naming them.

A label is "MUNICIPALIDAD PUENTE ALTO", "Municipalidad de El Bosque",
"I. Municipalidad de Arica", "Ilustre Municipalidad del Quisco" (prefixes
in `vocab.toml`); the rest is matched like any catalog name: exactly after
folding, or with a typo when it has 8 characters or more and a single comuna
is that close. Comunas have no filler words: "La Granja" is not "Granja".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..text import fold
from ..vocab import municipality_prefixes
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


@cache
def _folded_prefixes() -> tuple[str, ...]:
    return tuple(sorted((fold(p) for p in municipality_prefixes()), key=len, reverse=True))


def strip_prefix(text: str) -> str:
    """The folded comuna part of "MUNICIPALIDAD DE PUENTE ALTO", "I. Municipalidad del Quisco", ..."""
    key = fold(text)
    for prefix in _folded_prefixes():
        if key.startswith(prefix + " ") or key == prefix:
            rest = key[len(prefix) :].strip()
            return re.sub(r"^del\s+", "el ", re.sub(r"^de\s+", "", rest))  # "del Quisco" is "de El Quisco"
    return key


def find_comuna(text: str) -> Comuna | None:
    """The comuna a municipality label (or a bare comuna name) names."""
    key = strip_prefix(text)
    return comunas().match(key) if key else None


def starts_with_municipality(text: str) -> bool:
    key = fold(text)
    return any(key == p or key.startswith(p + " ") for p in _folded_prefixes())


def is_bare_prefix(text: str) -> bool:
    """ "MUNICIPALIDAD" alone: the prefix of a label whose name is printed below it."""
    return starts_with_municipality(text) and not strip_prefix(text)
