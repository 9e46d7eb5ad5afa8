"""The funders a "Forma de financiamiento" text names.

Sentences are read one by one, and a year prefix starts a sentence ("2022:
SERMIG. 2023: Recursos propios" gives each year's funders). In "X a través
de Y" only X funds: the first entity after the marker is the channel, not a
funder; when nothing before the marker names a funder ("Financiado a través
del FNDR"), the marker is a plain preposition and what follows funds. A
clause naming catalog funders gives those (plus any organisation-like
leftover); a sentence naming none is itself one funder, kept as printed.
"""

from __future__ import annotations

import re

from ..text import clean, fold
from .catalog import Catalog
from .entities import Piece, is_generic, split_entities

_YEAR_SCOPE = re.compile(r"(?:^|(?<=\s))(?:a[nñ]o\s+)?(?:19|20)\d{2}(?:\s*(?:-|–|y|a)\s*(?:19|20)\d{2})?\s*:\s*",
                         re.IGNORECASE)
_CHANNEL = re.compile(r"\b(?:a\s+trav[eé]s\s+del?|por\s+medio\s+del?|mediante|v[ií]a)\b", re.IGNORECASE)
_SENTENCES = re.compile(r"(?<=[.;])\s+|\n+")
_ORG_WORDS = re.compile(
    r"\b(fundaci[oó]n|corporaci[oó]n|ong|universidad|servicio|ministerio|gobierno|fondo|programa|"
    r"subsecretar[ií]a|empresa|banco|embajada|agencia|organizaci[oó]n|instituto|municipalidad|municipio)\b",
    re.IGNORECASE)


def funder_pieces(text: str, catalog: Catalog) -> list[Piece]:
    """Funders named in a "Forma de financiamiento" text, in printed order."""
    pieces: list[Piece] = []
    for sentence in _SENTENCES.split(_YEAR_SCOPE.sub("\n", text)):
        sentence = clean(sentence).strip(" .;,")
        if sentence:
            pieces.extend(_sentence_funders(sentence, catalog))
    return pieces


def _sentence_funders(sentence: str, catalog: Catalog) -> list[Piece]:
    marker = _CHANNEL.search(sentence)
    if marker:
        head = _clause_funders(sentence[:marker.start()], catalog)
        if head:
            after = split_entities(sentence[marker.end():], catalog, prose=True)[1:]
            return head + [p for p in after if p.entry is not None or _ORG_WORDS.search(p.texto)]
    named = _clause_funders(sentence, catalog)
    if named or is_generic(sentence):
        return named
    return [Piece(sentence, None)]


def _clause_funders(clause: str, catalog: Catalog) -> list[Piece]:
    """Catalog funders of a clause (with organisation-like leftovers), else the clause when it names an organisation."""
    found = split_entities(clause, catalog, prose=True)
    if any(p.entry is not None for p in found):
        return [p for p in found if p.entry is not None or _ORG_WORDS.search(p.texto)]
    clause = clean(clause).strip(" .;,")
    return [Piece(clause, catalog.match(clause))] if _ORG_WORDS.search(clause) else []


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
