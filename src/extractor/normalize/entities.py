"""Splitting printed lists of offices (and funder clauses) into catalog entities.

Catalog names are found first and kept whole, so the comma inside "Dirección
de Medio Ambiente, Aseo y Ornato" splits nothing and a list printed with no
separators at all is cut at the names; a following "(ACRONYM)" of the same
entry belongs to the name. A name found inside a longer name is not taken:
in a list, a name must stand between separators or other names ("Dirección
de Gestión Territorial" is not "Gestión Territorial"); in prose (funding
sentences) it may sit among lower-case words, but not beside a capitalised
word that continues it ("Cruz Roja Argentina", "Universidad Católica de
Temuco"). What lies between names is split at commas, full stops,
semicolons, line breaks, parentheses, spaced dashes and " y "/" e ".
Generic phrases that name no entity are dropped; anything else is matched
as a whole and, when nothing matches, kept as printed (unknown).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import clean, fold, fold_chars, phrase_pattern
from .catalog import Catalog, Entry

_ACRONYM_AFTER = re.compile(r"[ \t]*\(\s*([^\W\d_][\w.]{1,11})\s*\)")
_SEPARATORS = re.compile(r"\s*(?:[,;.:\n()\[\]]|\s[-–—]\s|^[-–—]\s|\s[-–—]$|\s+y\s+|\s+e\s+)\s*")
_WORD_BEFORE = re.compile(r"([^\W_]+)[ \t]*$")
_WORD_AFTER = re.compile(r"[ \t]*([^\W_]+)")
_CLAUSE_START = re.compile(r"(?:^|[,;.:(\n])\s*$")
_LIST_JOINERS = {"y", "e"}  # a name beside these still stands alone: they separate list items
_CONNECTORS = {"y", "e", "o", "de", "del", "la", "las", "los", "el", "con", "en", "a", "al", "por", "para"}
_NAME_WORDS = {"municipalidad", "municipio", "municipal", "municipales"}  # alone, they name no entity
_GENERIC = phrase_pattern([
    "otras oficinas municipales", "otras oficinas", "otros departamentos municipales", "otros departamentos",
    "otras unidades municipales", "otras unidades", "otras instituciones", "otros programas municipales",
    "otros programas", "otras areas municipales", "otras areas", "entre otros", "entre otras", "etc", "otros",
    "otras", "sin financiamiento", "no requiere financiamiento", "no aplica", "sin costo",
])
_EXTERNAL_WORDS = re.compile(
    r"\b(fundaci[oó]n|corporaci[oó]n|ong|universidad|servicio|ministerio|iglesia|consulado|organizaci[oó]n|"
    r"agencia|instituto|asociaci[oó]n|cooperativa|empresa|colegio|embajada|naciones unidas)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Piece:
    """One entity as printed (`texto`) and its catalog entry, if any."""

    texto: str
    entry: Entry | None


def is_generic(text: str) -> bool:
    """A phrase that names no entity ("otras oficinas municipales", "de la municipalidad")."""
    folded = fold(text)
    return (not folded or bool(_GENERIC.fullmatch(fold_chars(folded)))
            or all(w in _CONNECTORS | _NAME_WORDS for w in folded.split()))


def split_entities(text: str, catalog: Catalog, prose: bool = False) -> list[Piece]:
    """Entities named in `text`, in printed order, each as printed with its match."""
    pieces: list[Piece] = []
    cursor = 0
    for start, end, entry in _names(text, catalog, prose):
        pieces.extend(_plain_pieces(text[cursor:start], catalog))
        pieces.append(Piece(clean(text[start:end]), entry))
        cursor = end
    return pieces + _plain_pieces(text[cursor:], catalog)


def _names(text: str, catalog: Catalog, prose: bool) -> list[tuple[int, int, Entry]]:
    """(start, end, entry) of the catalog names in `text` that stand alone."""
    found = [(m.start(), m.end()) for m in catalog.pattern.finditer(fold_chars(text))]
    starts, ends = {s for s, _ in found}, {e for _, e in found}
    names: list[tuple[int, int, Entry]] = []
    for start, end in found:
        if names and start < names[-1][1]:
            continue  # inside the "(ACRONYM)" taken with the name before
        if text[start].islower() and catalog.is_acronym(text[start:end]):
            continue  # an acronym printed in lower case is a plain word ("techo")
        entry = catalog.exact(text[start:end])
        acronym = _ACRONYM_AFTER.match(text, end)
        if acronym and _is_acronym_of(acronym.group(1), entry, catalog):
            end = acronym.end()
            ends.add(end)
        if _stands_alone(text, start, end, starts, ends, prose):
            names.append((start, end, entry))
    return names


def _is_acronym_of(word: str, entry: Entry, catalog: Catalog) -> bool:
    """A capitalised word in parentheses after a name is its acronym unless it is another entry's."""
    return sum(map(str.isupper, word)) >= 2 and catalog.exact(word) in (None, entry)


def _stands_alone(text: str, start: int, end: int, starts: set[int], ends: set[int], prose: bool) -> bool:
    """Whether the words beside a found name leave it whole (see the module docstring)."""
    before = _WORD_BEFORE.search(text, 0, start)
    if before and before.end(1) not in ends and not _may_border(before.group(1), prose) \
            and not (prose and _CLAUSE_START.search(text, 0, before.start(1))):
        return False  # in prose, a capital opening a clause is grammar ("Fondos SENCE")
    after = _WORD_AFTER.match(text, end)
    if not after or after.start(1) in starts:
        return True
    if not _may_border(after.group(1), prose):
        return False
    if fold(after.group(1)) in ("de", "del"):  # "Universidad Católica de Temuco"
        then = _WORD_AFTER.match(text, after.end())
        return not then or then.start(1) in starts or not _capitalised_name(then.group(1))
    return True


def _may_border(word: str, prose: bool) -> bool:
    return fold(word) in _LIST_JOINERS or (prose and not _capitalised_name(word))


def _capitalised_name(word: str) -> bool:
    return word[:1].isupper() and fold(word) not in _CONNECTORS


def _plain_pieces(chunk: str, catalog: Catalog) -> list[Piece]:
    parts = (clean(p) for p in _SEPARATORS.split(chunk))
    return [Piece(p, catalog.match(p)) for p in parts if p and not is_generic(p)]


def distinct(pieces: list[Piece]) -> list[Piece]:
    """First piece of each entity (by canonical name, or by printed text when unknown)."""
    seen, out = set(), []
    for piece in pieces:
        key = piece.entry.nombre if piece.entry else fold(piece.texto)
        if key not in seen:
            seen.add(key)
            out.append(piece)
    return out


def guess_office_type(text: str) -> str:
    return "externo" if _EXTERNAL_WORDS.search(text) else "municipal"
