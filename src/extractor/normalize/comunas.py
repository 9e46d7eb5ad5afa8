"""Comunas of Chile and their regions, from `data/comunas.csv`."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from rapidfuzz import fuzz, process

from ..text import fold
from ..vocab import municipality_prefixes

CUTOFF = 90.0


@dataclass(frozen=True)
class Comuna:
    nombre: str
    region: str


@cache
def _index() -> dict[str, Comuna]:
    text = resources.files("extractor").joinpath("data/comunas.csv").read_text("utf-8")
    index: dict[str, Comuna] = {}
    for row in csv.DictReader(text.splitlines()):
        comuna = Comuna(row["comuna"], row["region"])
        for form in [row["comuna"], *(row["variantes"] or "").split("|")]:
            if form.strip():
                index.setdefault(fold(form), comuna)
    return index


@cache
def all_comunas() -> tuple[Comuna, ...]:
    return tuple(sorted(set(_index().values()), key=lambda c: c.nombre))


def strip_prefix(text: str) -> str:
    """The comuna part of "MUNICIPALIDAD DE PUENTE ALTO", "I. Municipalidad de Arica", ..."""
    key = fold(text)
    for prefix in sorted((fold(p) for p in municipality_prefixes()), key=len, reverse=True):
        if key.startswith(prefix + " ") or key == prefix:
            key = key[len(prefix):].strip()
            break
    return re.sub(r"^(de|del)\s+", "", key)


def find_comuna(text: str) -> Comuna | None:
    """The comuna a municipality label names, exactly or with a small typo."""
    key = strip_prefix(text)
    if not key:
        return None
    index = _index()
    if key in index:
        return index[key]
    if len(key) < 5:
        return None
    found = process.extractOne(key, list(index), scorer=fuzz.ratio, score_cutoff=CUTOFF)
    return index[found[0]] if found else None


def starts_with_municipality(text: str) -> bool:
    key = fold(text)
    return any(key == fold(p) or key.startswith(fold(p) + " ") for p in municipality_prefixes())
