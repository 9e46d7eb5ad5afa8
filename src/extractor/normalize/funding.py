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

Issue 19: connectors ("junto a", "con apoyo de") and wording that names no
funder ("aporte de", "financiado por", "becas de") are blanked first
(`spans.blank_wording`), so "Aporte de ACNUR y recursos municipales" gives
ACNUR and the municipal resources. Instruments are their organisation: a
fund, competition, programme or grant named in a sentence with an
organisation ("SERMIG, Concurso de Inclusión", "Fondo Juntos de SERCOTEC",
"FOSIS, a través del programa Yo Emprendo") is that organisation's funding,
so the organisation alone is the funder and the instrument stays in the
text; an instrument named alone ("Financiado a través del FNDR") is the
funder. `read_funders` also returns what it read as channels and
instruments, so the caller can tell every name of the text was taken
(`spans.unread_names`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..text import clean, fold, fold_chars
from .catalog import Catalog, Entry
from .catalog_files import ORGANISATIONS, load
from .entities import Piece, distinct, is_generic, split_entities
from .names import ends_in_connector, has_word, head_word, is_acronym_word, words
from .spans import blank_wording

_YEAR_SCOPE = re.compile(
    r"(?:^|(?<=\s))(?:a[nñ]o\s+)?(?:19|20)\d{2}(?:\s*(?:-|–|y|a)\s*(?:19|20)\d{2})?\s*:\s*", re.IGNORECASE
)
_SENTENCES = re.compile(r"(?<=[.;])\s+|\n+")


@cache
def _channel() -> re.Pattern[str]:
    markers = sorted(words()["channel_markers_list"], key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, m.split())) for m in markers)
    return re.compile(rf"\b(?:{body})\b", re.IGNORECASE)


@dataclass
class FundingReading:
    """The funders of a text (`pieces`, one per funder) and the printed texts read as no funder on
    purpose (`accounted`: every entity as printed, before one mention stood for another, channels after
    "a través de", instruments of a named organisation)."""

    pieces: list[Piece] = field(default_factory=list)
    accounted: list[str] = field(default_factory=list)


def read_funders(text: str, catalog: Catalog[Entry]) -> FundingReading:
    """Funders named in a "Forma de financiamiento" text, in printed order, one per funder."""
    reading = FundingReading()
    blanked = blank_wording(text, catalog, ("list_connectors", "no_name_wording"))
    for sentence in _SENTENCES.split(_joined_broken_lines(_YEAR_SCOPE.sub("\n", blanked))):
        sentence = clean(sentence).strip(" .;,")
        if _says_no_funding(sentence):
            reading.accounted.append(sentence)
        elif sentence:
            pieces, channel = _sentence_funders(sentence, catalog)
            funders_, instruments = _organisations_fund(pieces, catalog)
            reading.pieces += funders_
            reading.accounted += [channel, *(p.texto for p in pieces + instruments)]
    reading.pieces = distinct(reading.pieces, shorter_mentions=True)
    return reading


def _says_no_funding(sentence: str) -> bool:
    """A sentence that opens with `no_funding` wording ("Sin costo para la municipalidad")."""
    folded = f"{fold(sentence)} "
    return any(folded.startswith(f"{phrase} ") for phrase in words()["no_funding"])


def funder_pieces(text: str, catalog: Catalog[Entry]) -> list[Piece]:
    """Funders named in a "Forma de financiamiento" text, in printed order, one per funder."""
    return read_funders(text, catalog).pieces


@cache
def _instrument_entries() -> frozenset[str]:
    return frozenset(words()["instrument_entries"])


@cache
def _organisation_names() -> frozenset[str]:
    return frozenset(row.nombre for row in load(ORGANISATIONS))


def is_instrument(piece: Piece) -> bool:
    """A fund, competition, programme or grant: a catalog entry of `instrument_entries`, or an unknown
    name headed by an `instrument_heads` word."""
    if piece.entry is not None:
        return fold(piece.entry.nombre) in _instrument_entries()
    return head_word(piece.nombre) in words()["instrument_heads"]


def _is_organisation(piece: Piece) -> bool:
    """An organisation that funds: a catalog organisation, or an unknown name with an acronym or an
    organisation word ("Gobierno Regional de Tarapacá"); no instrument, no kind of resources."""
    if is_instrument(piece):
        return False
    if piece.entry is not None:
        return piece.entry.nombre in _organisation_names()
    return bool(piece.sigla) or is_acronym_word(piece.texto) or _names_funder(piece.texto)


def _organisations_inside(piece: Piece, catalog: Catalog[Entry]) -> list[Piece]:
    """The catalog organisations an unknown instrument's name holds ("Fondo Juntos de SERCOTEC")."""
    text = piece.texto
    found = []
    for m in catalog.pattern.finditer(fold_chars(text)):
        entry = catalog.exact(text[m.start() : m.end()])
        if entry is not None and m.start() > 0:
            inner = Piece(text[m.start() : m.end()], entry)
            if _is_organisation(inner):
                found.append(inner)
    return found


def _organisations_fund(pieces: list[Piece], catalog: Catalog[Entry]) -> tuple[list[Piece], list[Piece]]:
    """(funders, instruments left out) of one sentence: with an organisation named, its instruments
    are its funding, not funders of their own (rule 2 of issue 19)."""
    expanded: list[Piece] = []
    instruments: list[Piece] = []
    for piece in pieces:
        inside = _organisations_inside(piece, catalog) if piece.entry is None and is_instrument(piece) else []
        if inside:
            expanded += inside
            instruments.append(piece)
        else:
            expanded.append(piece)
    if not any(_is_organisation(p) for p in expanded):
        return expanded, instruments
    return [p for p in expanded if not is_instrument(p)], instruments + [p for p in expanded if is_instrument(p)]


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


def _sentence_funders(sentence: str, catalog: Catalog[Entry]) -> tuple[list[Piece], str]:
    """(funders of one sentence, the text read as the channel of "X a través de Y", or "")."""
    marker = _channel().search(sentence)
    if marker:
        head = _clause_funders(sentence[: marker.start()], catalog)
        if head:
            tail = sentence[marker.end() :]
            after = split_entities(tail, catalog, prose=True)[1:]
            return head + [p for p in after if p.entry is not None or _names_funder(p.texto)], tail
    named = _clause_funders(sentence, catalog)
    if named or is_generic(sentence):
        return named, ""
    return [_whole(sentence, catalog)], ""


def _whole(clause: str, catalog: Catalog[Entry]) -> Piece:
    """A clause as one funder, without a leading article nor a trailing preposition or article."""
    words_ = clause.split()
    while len(words_) > 1 and ends_in_connector(words_[-1]):
        words_.pop()
    while len(words_) > 1 and fold(words_[0]) in words()["articles"]:
        words_.pop(0)  # "la Embajada de Japón" after the wording "Aporte de"
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
