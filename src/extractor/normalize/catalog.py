"""Catalogs of offices, organisations and funders, and fuzzy matching against them.

Each catalog is a CSV (`nombre,sigla,tipo,variantes`, variants `|`-separated)
shipped as package data. Matching folds case and accents; an acronym matches
only exactly; a longer name may differ by a typo or two (rapidfuzz ratio on
folded text, with a cutoff), so a weak match returns nothing: precision first.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from rapidfuzz import fuzz, process

from ..text import fold, phrase_pattern

NAME_CUTOFF = 90.0
MIN_FUZZY_LEN = 8  # shorter forms must match exactly


@dataclass(frozen=True)
class Entry:
    nombre: str
    sigla: str | None
    tipo: str
    variantes: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.nombre, *((self.sigla,) if self.sigla else ()), *self.variantes)


class Catalog:
    def __init__(self, name: str, entries: list[Entry]):
        self.name = name
        self.entries = entries
        self._by_form: dict[str, Entry] = {}
        for entry in entries:
            for form in entry.forms:
                self._by_form.setdefault(fold(form), entry)
        self._long_forms = [f for f in self._by_form if len(f) >= MIN_FUZZY_LEN]
        self.pattern = phrase_pattern(list(self._by_form))

    def exact(self, text: str) -> Entry | None:
        return self._by_form.get(fold(text))

    def match(self, text: str) -> tuple[Entry | None, float]:
        """The entry `text` names, with a score; (None, best score) when nothing is close."""
        key = fold(text)
        if not key:
            return None, 0.0
        if key in self._by_form:
            return self._by_form[key], 100.0
        acronym = re.fullmatch(r"(.*?)\s*\(\s*([A-Za-zÁÉÍÓÚÑáéíóúñ.]{2,12})\s*\)\s*", text)
        if acronym:  # "Dirección de Desarrollo Comunitario (DIDECO)"
            by_acronym = self._by_form.get(fold(acronym.group(2)))
            by_name, score = self.match(acronym.group(1)) if acronym.group(1) else (None, 0.0)
            if by_acronym is not None and (by_name is None or by_name == by_acronym):
                return by_acronym, 100.0
            if by_name is not None:
                return by_name, score
        if len(key) < MIN_FUZZY_LEN:
            return None, 0.0
        found = process.extractOne(key, self._long_forms, scorer=fuzz.ratio, score_cutoff=NAME_CUTOFF)
        if found is None:
            best = process.extractOne(key, self._long_forms, scorer=fuzz.ratio)
            return None, best[1] if best else 0.0
        return self._by_form[found[0]], found[1]


def _rows(filename: str) -> list[dict]:
    text = resources.files("extractor").joinpath(f"data/{filename}").read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


TYPES = {
    "oficinas.csv": {"municipal", "externo"},
    "financiadores.csv": {"municipal", "estatal", "internacional", "privado", "otro"},
}


class CatalogError(ValueError):
    """A malformed catalog row; the message names the file and line."""


def _entries(filename: str) -> list[Entry]:
    entries = []
    for line, row in enumerate(_rows(filename), start=2):
        if None in row or any(v is None for v in row.values()):
            raise CatalogError(f"{filename}:{line}: expected 4 columns (nombre,sigla,tipo,variantes); quote names with commas")
        if not row["nombre"].strip() or row["tipo"].strip() not in TYPES[filename]:
            raise CatalogError(f"{filename}:{line}: empty nombre or tipo {row['tipo']!r} not in {sorted(TYPES[filename])}")
        entries.append(Entry(row["nombre"].strip(), (row["sigla"] or "").strip() or None, row["tipo"].strip(),
                             tuple(v.strip() for v in (row["variantes"] or "").split("|") if v.strip())))
    return entries


@cache
def offices() -> Catalog:
    return Catalog("oficinas", _entries("oficinas.csv"))


@cache
def funders() -> Catalog:
    return Catalog("financiadores", _entries("financiadores.csv"))
