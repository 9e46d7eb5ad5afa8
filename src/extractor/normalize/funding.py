"""The funders a "Forma de financiamiento" text names.

Sentences are read one by one, and a year prefix starts a sentence ("2022:
SERMIG. 2023: Recursos propios" gives each year's funders); a line break
inside a name (the line ends in a preposition or article, or the next begins
in lower case) joins the lines. In "X a través de Y" only X funds: the first
entity after the marker is the channel, not a funder; when nothing before
the marker names a funder ("Financiado a través del FNDR"), the marker is a
plain preposition and what follows funds. A clause naming catalog funders
gives those (plus any organisation-like leftover); a sentence naming none is
itself one funder, kept as printed. One entry per funder: a later mention of
the same funder, or a shorter one whose words begin it ("el Gobierno
Regional" after "Gobierno Regional de Tarapacá"), is the earlier one. Word
lists (markers, organisation words, sectors) are in `data/names.toml`.
"""

from __future__ import annotations

import re
from functools import cache

from ..text import clean, fold
from .catalog import Catalog, Entry
from .entities import Piece, distinct, is_generic, split_entities
from .names import ends_in_connector, has_word, words

_YEAR_SCOPE = re.compile(
    r"(?:^|(?<=\s))(?:a[nñ]o\s+)?(?:19|20)\d{2}(?:\s*(?:-|–|y|a)\s*(?:19|20)\d{2})?\s*:\s*", re.IGNORECASE
)
_SENTENCES = re.compile(r"(?<=[.;])\s+|\n+")


@cache
def _channel() -> re.Pattern[str]:
    markers = sorted(words()["channel_markers_list"], key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, m.split())) for m in markers)
    return re.compile(rf"\b(?:{body})\b", re.IGNORECASE)


def funder_pieces(text: str, catalog: Catalog[Entry]) -> list[Piece]:
    """Funders named in a "Forma de financiamiento" text, in printed order, one per funder."""
    pieces: list[Piece] = []
    for sentence in _SENTENCES.split(_joined_broken_lines(_YEAR_SCOPE.sub("\n", text))):
        sentence = clean(sentence).strip(" .;,")
        if sentence:
            pieces.extend(_sentence_funders(sentence, catalog))
    return distinct(pieces, shorter_mentions=True)


def _joined_broken_lines(text: str) -> str:
    """Line breaks inside a name become spaces ("Fondo Juntos de" / "la Comunidad")."""
    lines = text.split("\n")
    out = lines[:1]
    for line in lines[1:]:
        if out[-1].strip() and line.strip() and (ends_in_connector(out[-1]) or line.lstrip()[:1].islower()):
            out[-1] = f"{out[-1].rstrip()} {line.lstrip()}"
        else:
            out.append(line)
    return "\n".join(out)


def _names_funder(text: str) -> bool:
    return has_word(text, "funder_words")


def _sentence_funders(sentence: str, catalog: Catalog[Entry]) -> list[Piece]:
    marker = _channel().search(sentence)
    if marker:
        head = _clause_funders(sentence[: marker.start()], catalog)
        if head:
            after = split_entities(sentence[marker.end() :], catalog, prose=True)[1:]
            return head + [p for p in after if p.entry is not None or _names_funder(p.texto)]
    named = _clause_funders(sentence, catalog)
    if named or is_generic(sentence):
        return named
    return [_whole(sentence, catalog)]


def _whole(clause: str, catalog: Catalog[Entry]) -> Piece:
    """A clause as one funder, without a trailing preposition or article."""
    words_ = clause.split()
    while len(words_) > 1 and ends_in_connector(words_[-1]):
        words_.pop()
    clause = " ".join(words_)
    return Piece(clause, catalog.match(clause))


def _clause_funders(clause: str, catalog: Catalog[Entry]) -> list[Piece]:
    """Catalog funders of a clause (with organisation-like leftovers), else the clause when it names an organisation."""
    found = split_entities(clause, catalog, prose=True)
    if any(p.entry is not None for p in found):
        return [p for p in found if p.entry is not None or _names_funder(p.texto)]
    clause = clean(clause).strip(" .;,")
    return [_whole(clause, catalog)] if _names_funder(clause) else []


def guess_funder_type(text: str) -> str:
    """The sector of an unknown funder: the first group of `funder_types` whose words it holds."""
    padded = f" {fold(text)} "
    sectors: dict[str, list[str]] = words()["funder_types"]
    for sector, group in sectors.items():
        for word in group:
            if (f" {word[:-1]}" in padded) if word.endswith("*") else (f" {word} " in padded):
                return sector
    return "otro"
