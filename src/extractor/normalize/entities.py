"""Splitting printed lists of offices and funders into catalog entities.

Catalog names are found first and kept whole (so the comma inside "Dirección
de Medio Ambiente, Aseo y Ornato" splits nothing, and a list printed with no
separators at all is cut at the names); a following "(ACRONYM)" belongs to
the name before it. What lies between names is split at commas, full stops,
semicolons, line breaks, parentheses, spaced dashes and " y "/" e ". Generic
phrases that name no entity are dropped; anything else that matches no
catalog entry is kept as printed, flagged unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import clean, fold, fold_chars, phrase_pattern
from .catalog import Catalog, Entry

_ACRONYM_AFTER = re.compile(r"\s*\(\s*[A-ZÁÉÍÓÚÑa-z.]{2,12}\s*\)")
_SEPARATORS = re.compile(r"\s*(?:[,;.:\n()\[\]]|\s[-–—]\s|^[-–—]\s|\s[-–—]$|\s+y\s+|\s+e\s+)\s*")
_GENERIC = phrase_pattern([
    "otras oficinas municipales", "otras oficinas", "otros departamentos municipales", "otros departamentos",
    "otras unidades municipales", "otras unidades", "otras instituciones", "otros programas municipales",
    "otros programas", "otras areas municipales", "entre otros", "entre otras", "etc", "otros", "otras",
])
_CONNECTORS = {"y", "e", "o", "de", "del", "la", "las", "los", "el", "con", "en", "a", "por"}
_EXTERNAL_WORDS = re.compile(
    r"\b(fundaci[oó]n|corporaci[oó]n|ong|universidad|servicio|ministerio|iglesia|consulado|organizaci[oó]n|"
    r"agencia|instituto|asociaci[oó]n|cooperativa|empresa|colegio|embajada|naciones unidas)\b", re.IGNORECASE)
_ORG_WORDS = re.compile(
    r"\b(fundaci[oó]n|corporaci[oó]n|ong|universidad|servicio|ministerio|gobierno|fondo|programa|"
    r"subsecretar[ií]a|empresa|banco|embajada|agencia|organizaci[oó]n|instituto)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Piece:
    """One entity as printed (`texto`) and its catalog entry, if any."""

    texto: str
    entry: Entry | None
    start: int


def _plain_parts(text: str, offset: int) -> list[tuple[str, int]]:
    parts, cursor = [], 0
    for sep in _SEPARATORS.finditer(text):
        parts.append((text[cursor:sep.start()], offset + cursor))
        cursor = sep.end()
    parts.append((text[cursor:], offset + cursor))
    return [(clean(p), at) for p, at in parts if clean(p)]


def is_generic(text: str) -> bool:
    """A phrase that names no entity ("otras oficinas municipales")."""
    folded = fold(text)
    return not folded or bool(_GENERIC.fullmatch(fold_chars(folded))) or all(w in _CONNECTORS for w in folded.split())


def split_entities(text: str, catalog: Catalog) -> list[Piece]:
    """Entities named in `text`, in printed order, each as printed with its match."""
    folded = fold_chars(text)
    pieces: list[Piece] = []
    cursor = 0
    for found in catalog.pattern.finditer(folded):
        if found.start() < cursor:
            continue
        pieces.extend(_unknown_or_matched(text[cursor:found.start()], cursor, catalog))
        end = found.end()
        acronym = _ACRONYM_AFTER.match(text, end)
        if acronym:
            end = acronym.end()
        printed = clean(text[found.start():end])
        entry, _ = catalog.match(printed)
        pieces.append(Piece(printed, entry or catalog.exact(text[found.start():found.end()]), found.start()))
        cursor = end
    pieces.extend(_unknown_or_matched(text[cursor:], cursor, catalog))
    return pieces


def _unknown_or_matched(chunk: str, offset: int, catalog: Catalog) -> list[Piece]:
    out = []
    for part, at in _plain_parts(chunk, offset):
        if is_generic(part):
            continue
        entry, _ = catalog.match(part)
        out.append(Piece(part, entry, at))
    return out


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


def guess_funder_type(text: str) -> str:
    folded = fold(text)
    if "municip" in folded:
        return "municipal"
    if re.search(r"naciones unidas|internacional|embajada|union europea|cooperacion", folded):
        return "internacional"
    if re.search(r"\b(fondo|ministerio|servicio|gobierno|subsecretaria|estado|nacional|regional)\b", folded):
        return "estatal"
    if re.search(r"\b(fundacion|empresa|banco|donacion|donaciones|privad)", folded):
        return "privado"
    return "otro"


_YEAR_SCOPE = re.compile(r"(?:^|(?<=\s))(?:19|20)\d{2}\s*:\s*")
_CHANNEL = re.compile(r"\b(?:a trav[eé]s de|por medio de|mediante|v[ií]a)\b.*$", re.IGNORECASE | re.DOTALL)
_SENTENCES = re.compile(r"(?<=[.;])\s+|\n+")


def funder_pieces(text: str, catalog: Catalog) -> list[Piece]:
    """Funders named in a "Forma de financiamiento" text.

    Sentences are read one by one; a year prefix ("2022: ...") is dropped; in
    "X a través de Y" only X funds (Y is the channel). A sentence naming
    catalog funders gives those (plus any organisation-like leftover); a
    sentence naming none is itself one funder, kept as printed.
    """
    pieces: list[Piece] = []
    for sentence in _SENTENCES.split(_YEAR_SCOPE.sub("\n", text)):
        sentence = _CHANNEL.sub("", sentence).strip(" .;,")
        if not clean(sentence):
            continue
        offset = text.find(sentence)
        found = split_entities(sentence, catalog)
        named = [p for p in found if p.entry is not None]
        if named:
            pieces.extend(p for p in found if p.entry is not None or _ORG_WORDS.search(p.texto))
        elif not is_generic(sentence):
            entry, _ = catalog.match(sentence)
            pieces.append(Piece(clean(sentence), entry, max(offset, 0)))
    return pieces
