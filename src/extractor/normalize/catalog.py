"""Catalogs of offices, organisations and funders, and the matcher that finds a name in one.

Precision first: a wrong canonical name is worse than an unknown one. A name
is found by, in order: its folded form (case, accents, punctuation and dotted
acronyms do not matter); "Name (ACRONYM)" when the name is found and the
acronym is unknown or the same entry's; "Name - ACRONYM" only when both halves name the same entry; its core, the
form without filler words and in the singular ("Oficina Municipal de la
Mujer" is "Oficina de la Mujer"; `names.name_key`), when a single entry has
that core; and one typo (rapidfuzz OSA distance on folded text: none under 8
characters, so acronyms match only exactly), taken only when a single entry
is that close, the words line up, and no edited word is a place name:
"Universidad de Chiloé" is not "Universidad de Chile", "Universidad de
Tacna" is not "Universidad de Talca". An unknown name beside a known acronym
is no match: "Oficina Municipal de Intermediación Juvenil (OMIL)" names
another unit than the OMIL.

The catalogs are built from the files in `SOURCES` (shipped and user files,
see `catalog_files`; a run's catalogs together: `catalogs.Catalogs`);
`extractor catalog check` reads the same mapping.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Generic, Protocol, TypeVar

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ..text import fold, phrase_pattern
from .catalog_files import COMUNAS, FUNDING, ORGANISATIONS, REGIONS, UNITS, FileSpec, Row, load_all
from .names import singular, typo_fits, words

_PARENTHESISED = re.compile(r"(.*?)\s*\(\s*([^()\s]{2,12})\s*\)\s*")
_DASHED = re.compile(r"(.+?)\s+[-–—]\s+(.+)")
MAX_TYPOS = 1

# The files each name catalog is built from (offices: units, then organisations as `externo`).
SOURCES: dict[str, tuple[FileSpec, ...]] = {
    "oficinas": (UNITS, ORGANISATIONS),
    "financiadores": (FUNDING, ORGANISATIONS),
    "comunas": (COMUNAS,),
    "regiones": (REGIONS,),
}


def articles() -> frozenset[str]:
    found: frozenset[str] = words()["articles"]
    return found


def ownership_words() -> frozenset[str]:
    found: frozenset[str] = words()["ownership"]
    return found


class Named(Protocol):
    """A catalog entry: canonical name and printed forms (an `Entry`, a `Comuna`)."""

    @property
    def nombre(self) -> str: ...

    @property
    def forms(self) -> tuple[str, ...]: ...

    def is_acronym(self, form: str) -> bool: ...


@dataclass(frozen=True)
class Entry:
    nombre: str
    sigla: str | None
    tipo: str
    variantes: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.nombre, *((self.sigla,) if self.sigla else ()), *self.variantes)

    def is_acronym(self, form: str) -> bool:
        """The sigla, or a variant printed as one capitalised word ("DESAM", "SECPLA")."""
        return form == self.sigla or (" " not in form and form.isupper())


def key_of(text: str) -> str:
    """`fold`, with a dotted acronym joined up ("D.I.D.E.C.O." -> "dideco")."""
    key = fold(text)
    words = key.split()
    return "".join(words) if len(words) > 1 and all(len(w) == 1 for w in words) else key


def typo_budget(form: str) -> int:
    """Edits a printed name may differ by from a catalog form: none for short forms (acronyms)."""
    return 0 if len(form) < 8 else MAX_TYPOS


N = TypeVar("N", bound=Named)


class Catalog(Generic[N]):
    """Entries of one kind (`N`: an `Entry`, a `Comuna`) found by name, acronym, core or typo."""

    def __init__(
        self,
        name: str,
        entries: list[N],
        fillers: frozenset[str] | None = None,
        places: frozenset[str] = frozenset(),
        plurals: bool = True,
    ) -> None:
        """`fillers`: words a core leaves out (default: articles); `places`: folded words a typo
        may not touch; `plurals`: a core takes its words in the singular."""
        self.name = name
        self.entries = entries
        self.fillers = articles() if fillers is None else fillers
        self.places = places
        self.plurals = plurals
        self._by_form: dict[str, N] = {}
        self._by_core: dict[str, N | None] = {}  # None: a core two entries share
        self._acronyms: set[str] = set()
        fuzzy: dict[str, N] = {}
        for entry in entries:
            for form in entry.forms:
                key = key_of(form)
                self._by_form.setdefault(key, entry)  # `catalog check` reports a form claimed twice
                core = self._core(key)
                if core != key and (" " in core or len(core) >= 8):
                    self._by_core[core] = entry if self._by_core.get(core, entry) is entry else None
                if entry.is_acronym(form):
                    self._acronyms.add(key)
                elif typo_budget(key):
                    fuzzy.setdefault(key, entry)
        self._fuzzy_keys, self._fuzzy_entries = list(fuzzy), list(fuzzy.values())
        self._closest_found: dict[str, N | None] = {}  # `_closest`'s answers: a document asks one label again and again
        self.pattern = phrase_pattern(list(self._by_form))

    def _core(self, key: str) -> str:
        kept = [w for w in key.split() if w not in self.fillers]
        kept = ["municipal" if w in ownership_words() else w for w in kept]  # when not dropped: one word
        return " ".join(singular(w) if self.plurals else w for w in kept)

    def exact(self, text: str) -> N | None:
        return self._by_form.get(key_of(text))

    def is_acronym(self, text: str) -> bool:
        """Whether `text` is one of the catalog's acronyms ("techo" in lower case is then a word, not TECHO)."""
        return key_of(text) in self._acronyms

    def match(self, text: str) -> N | None:
        """The entry `text` names, or None when no single entry is close enough."""
        key = key_of(text)
        if not key:
            return None
        if key in self._by_form:
            return self._by_form[key]
        parenthesised = _PARENTHESISED.fullmatch(text)
        if parenthesised:
            return self._with_acronym(*parenthesised.groups())
        dashed = _DASHED.fullmatch(text.strip())
        if dashed:  # "Name - ACRONYM" is one entity only when both halves name it
            first, second = self.match(dashed.group(1)), self.match(dashed.group(2))
            return first if first is not None and first is second else None
        core = self._by_core.get(self._core(key))
        if core is not None:
            return core
        return self._closest(key)

    def _with_acronym(self, name: str, acronym: str) -> N | None:
        """ "Name (ACRONYM)": the name's entry, when the acronym is unknown or that entry's.

        A known acronym beside an unknown name matches nothing: the name printed is another one
        ("Programa Mujeres Jefas de Hogar (SernamEG)", "Oficina de Empleo Juvenil (OMIL)")."""
        if not name.strip():
            return self.exact(acronym)
        by_name, by_acronym = self.match(name), self.exact(acronym)
        if by_name is None or (by_acronym is not None and by_acronym is not by_name):
            return None
        return by_name

    def _closest(self, key: str) -> N | None:
        """The one entry whose form is within its typo budget of `key` (the budget is the form's)."""
        if key not in self._closest_found:
            self._closest_found[key] = self._closest_of(key)
        return self._closest_found[key]

    def _closest_of(self, key: str) -> N | None:
        found = process.extract(
            key, self._fuzzy_keys, scorer=OSA.distance, processor=None, score_cutoff=MAX_TYPOS, limit=None
        )
        found = [
            (form, distance, i)
            for form, distance, i in found
            if distance <= typo_budget(form) and self._typo_fits(key, form)
        ]
        if not found:
            return None
        best = min(distance for _, distance, _ in found)
        closest = {id(self._fuzzy_entries[i]): self._fuzzy_entries[i] for _, d, i in found if d == best}
        return next(iter(closest.values())) if len(closest) == 1 else None

    def _typo_fits(self, key: str, form: str) -> bool:
        """A typo inside words (`names.typo_fits`), and no edited word names a place."""
        words, form_words = key.split(), form.split()
        return typo_fits(words, form_words) and not any(
            typed != word and word in self.places for typed, word in zip(words, form_words, strict=True)
        )


def _entries(rows: list[Row], tipo: str | None = None) -> list[Entry]:
    return [Entry(r.nombre, r.sigla, tipo or r.tipo, r.variantes) for r in rows]


def place_words(rows: Mapping[FileSpec, list[Row]]) -> frozenset[str]:
    """Folded words of comuna and region names, and of the country: a typo never lands on these."""
    names = [r.nombre for r in rows[COMUNAS] + rows[REGIONS]] + ["Chile", "Chilena", "Chileno"]
    return frozenset(w for name in names for w in fold(name).split()) - articles()


def office_catalog(rows: Mapping[FileSpec, list[Row]], places: frozenset[str]) -> Catalog[Entry]:
    """Municipal units, and partner organisations as `externo` (the spec's office types), of the
    catalog files' `rows` (`catalog_files.load_all`); a typo never lands on `places` (`place_words`)."""
    units, organisations = SOURCES["oficinas"]
    return Catalog(
        "oficinas",
        _entries(rows[units]) + _entries(rows[organisations], "externo"),
        fillers=articles() | ownership_words(),
        places=places,
    )


def funder_catalog(rows: Mapping[FileSpec, list[Row]], places: frozenset[str]) -> Catalog[Entry]:
    """Funding sources, and organisations with the sector they fund from, of the catalog files' `rows`.

    Ownership words are no fillers here, only one word: "Fondos de la municipalidad" is
    "Fondos municipales" but not "Fondos".
    """
    return Catalog(
        "financiadores", [e for spec in SOURCES["financiadores"] for e in _entries(rows[spec])], places=places
    )


@cache
def offices() -> Catalog[Entry]:
    """The offices of the shipped files alone (a run with user catalogs reads its own: `catalogs.Catalogs`)."""
    rows = load_all()
    return office_catalog(rows, place_words(rows))


@cache
def funders() -> Catalog[Entry]:
    """The funders of the shipped files alone (a run with user catalogs reads its own: `catalogs.Catalogs`)."""
    rows = load_all()
    return funder_catalog(rows, place_words(rows))
