"""Comunas of Chile and their regions (`data/comunas.csv`), and the municipality labels naming them.

A label is "MUNICIPALIDAD PUENTE ALTO", "Municipalidad de El Bosque",
"I. Municipalidad de Arica", "Ilustre Municipalidad del Quisco" (prefixes
in `vocab.toml`); the rest is matched like any catalog name: exactly after
folding, or with a typo when it has 8 characters or more and a single comuna
is that close. Comunas have no filler words: "La Granja" is not "Granja".
A label may name the comuna's region after it ("Municipalidad de Arica — Región de Arica y
Parinacota", "..., Región Metropolitana", "... (Región del Maule)", "Comuna: San Joaquín · Región
Metropolitana"): the region (`regiones.csv`,
its name or a variant, "Región de" before it or not) is left out when it is the comuna's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..template import strip_prefix
from ..text import fold
from ..vocab import region_separators
from .catalog import Catalog
from .catalog_files import COMUNAS, REGIONS, Row, load

REGION_WORDS = re.compile(r"^region(?: de| del| de la)? ")  # folded words that may open a region's name


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
    comunas when None); a label naming the comuna's region after it (`without_region`) names the
    comuna, one naming another region none."""
    catalog = comunas() if catalog is None else catalog
    key = strip_prefix(text)
    found = catalog.match(key) if key else None
    if found is not None:
        return found
    split = without_region(text)
    if split is None:
        return None
    key = strip_prefix(split[0])
    found = catalog.match(key) if key else None
    return found if found is not None and fold(found.region) == fold(split[1]) else None


def without_region(text: str) -> tuple[str, str] | None:
    """(the label before it, the region's name) of a label whose last part, set apart by a separator
    (`_region_apart`: a comma, a dash, a parenthesis, a middle dot), names a region of `regiones.csv`;
    None otherwise."""
    parts = _region_apart().split(text.strip().rstrip(")").strip())
    for n in range(len(parts) - 1, 0, -1):
        region = region_named(" ".join(parts[n:]))
        if region is not None:
            return " ".join(parts[:n]), region
    return None


@cache
def _region_apart() -> re.Pattern[str]:
    """What sets a region apart after the comuna's name (vocabulary `region_separators`): a comma, a
    parenthesis, a middle dot, a bar; a dash or slash with white space on each side."""
    alternatives = [
        rf"\s{re.escape(sep.strip())}\s" if sep.startswith(" ") else re.escape(sep) for sep in region_separators()
    ]
    return re.compile(rf"\s*(?:{'|'.join(alternatives)})\s*")


def region_named(text: str) -> str | None:
    """The region (its name in `regiones.csv`) `text` names: its name or a variant, after folding,
    with "Región de" before it or not; None when it names none."""
    key = fold(text)
    forms = _region_forms()
    return forms.get(key) or forms.get(REGION_WORDS.sub("", key))


@cache
def _region_forms() -> dict[str, str]:
    """Each folded name and variant of a region, and that name without "Región de", to its name."""
    out: dict[str, str] = {}
    for row in load(REGIONS):
        for form in (row.nombre, *row.variantes):
            out.setdefault(fold(form), row.nombre)
            out.setdefault(REGION_WORDS.sub("", fold(form)), row.nombre)
    return out
