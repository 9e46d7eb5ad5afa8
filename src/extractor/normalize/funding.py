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

Whatever its case, an entity printed after wording that names no funder
("aporte de la junta de vecinos", "Aporte de la OEI") or listed after a
funder ("SernamEG y del BancoEstado") is a funder, kept as printed when no
entry matches; a sentence that opens with "no funding" wording ("Sin costo,
con voluntarios de la Cruz Roja") is read on after that wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..text import clean, fold, fold_chars
from .catalog import Catalog, Entry
from .catalogs import shipped
from .entities import Piece, distinct, is_generic, split_entities
from .names import ends_in_connector, has_word, head_word, headed_by_entity_word, is_acronym_word, words
from .spans import WORDING_MARK, blank_wording

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


def read_funders(text: str, catalog: Catalog[Entry], organisations: frozenset[str] | None = None) -> FundingReading:
    """Funders named in a "Forma de financiamiento" text, in printed order, one per funder, by the
    funders `catalog`; `organisations`: the names of its entries that are organisations (those of
    the shipped catalogs when None: `catalogs.Catalogs.organisations`)."""
    if organisations is None:
        organisations = shipped().organisations
    reading = FundingReading()
    blanked = blank_wording(text, catalog, ("list_connectors",))
    blanked = blank_wording(blanked, catalog, ("no_name_wording",), mark=WORDING_MARK)
    for sentence in _SENTENCES.split(_joined_broken_lines(_YEAR_SCOPE.sub("\n", blanked))):
        sentence = clean(sentence).strip(" .;,")
        opening = _no_funding_opening(sentence)
        if opening:  # "Sin costo, con voluntarios de la Cruz Roja": what follows may still name funders
            reading.accounted.append(sentence[:opening])
            sentence = sentence[opening:].strip(" .;,")
        if sentence:
            pieces, channel = _sentence_funders(sentence, catalog)
            funders_, instruments = _organisations_fund(pieces, catalog, organisations)
            reading.pieces += funders_
            reading.accounted += [channel, *(p.texto for p in pieces + instruments)]
    reading.pieces = distinct(reading.pieces, shorter_mentions=True)
    return reading


def _no_funding_opening(sentence: str) -> int:
    """Length of the `no_funding` wording a sentence opens with, with whom it costs nothing ("Sin
    costo para la municipalidad"), 0 when none."""
    for found in _no_funding().finditer(sentence):
        return found.end()
    return 0


@cache
def _no_funding() -> re.Pattern[str]:
    phrases = sorted(words()["no_funding"], key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    # "Sin costo para la municipalidad": who pays nothing is no funder either, up to the clause's end
    return re.compile(rf"^(?:{body})(?![^\W_])(?:\s+(?:para|al|a)\s[^,;|]*)?", re.IGNORECASE)


def funder_pieces(text: str, catalog: Catalog[Entry], organisations: frozenset[str] | None = None) -> list[Piece]:
    """Funders named in a "Forma de financiamiento" text, in printed order, one per funder (`read_funders`)."""
    return read_funders(text, catalog, organisations).pieces


@cache
def _instrument_entries() -> frozenset[str]:
    return frozenset(words()["instrument_entries"])


def is_instrument(piece: Piece) -> bool:
    """A fund, competition, programme or grant: a catalog entry of `instrument_entries`, or an unknown
    name headed by an `instrument_heads` word."""
    if piece.entry is not None:
        return fold(piece.entry.nombre) in _instrument_entries()
    return head_word(piece.nombre) in words()["instrument_heads"]


def _is_organisation(piece: Piece, organisations: frozenset[str]) -> bool:
    """An organisation that funds: a catalog organisation (its name among `organisations`), or an
    unknown name with an acronym or an organisation word ("Gobierno Regional de Tarapacá"); no
    instrument, no kind of resources."""
    if is_instrument(piece):
        return False
    if piece.entry is not None:
        return piece.entry.nombre in organisations
    return bool(piece.sigla) or is_acronym_word(piece.texto) or _names_funder(piece.texto)


def _organisations_inside(piece: Piece, catalog: Catalog[Entry], organisations: frozenset[str]) -> list[Piece]:
    """The catalog organisations an unknown instrument's name holds ("Fondo Juntos de SERCOTEC")."""
    text = piece.texto
    found = []
    for m in catalog.pattern.finditer(fold_chars(text)):
        entry = catalog.exact(text[m.start() : m.end()])
        if entry is not None and m.start() > 0:
            inner = Piece(text[m.start() : m.end()], entry)
            if _is_organisation(inner, organisations):
                found.append(inner)
    return found


def _organisations_fund(
    pieces: list[Piece], catalog: Catalog[Entry], organisations: frozenset[str]
) -> tuple[list[Piece], list[Piece]]:
    """(funders, instruments left out) of one sentence: with an organisation named, its instruments
    are its funding, not funders of their own (rule 2 of issue 19)."""
    expanded: list[Piece] = []
    instruments: list[Piece] = []
    for piece in pieces:
        inside = (
            _organisations_inside(piece, catalog, organisations) if piece.entry is None and is_instrument(piece) else []
        )
        if inside:
            expanded += inside
            instruments.append(piece)
        else:
            expanded.append(piece)
    if not any(_is_organisation(p, organisations) for p in expanded):
        return expanded, instruments
    return [p for p in expanded if not is_instrument(p)], instruments + [p for p in expanded if is_instrument(p)]


def _joins_a_list(gap: str) -> bool:
    """Whether the text between two pieces lists them: a comma, semicolon or " y ", with the
    articles and prepositions of the next name ("y del", ", de la")."""
    gap_words = fold(gap).split()
    joiners = words()["list_joiners"]
    return (any(c in gap for c in ",;") or any(w in joiners for w in gap_words)) and all(
        w in joiners | words()["leading_words"] for w in gap_words
    )


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
    words_ = clause.replace(WORDING_MARK, " ").split()
    while len(words_) > 1 and ends_in_connector(words_[-1]):
        words_.pop()
    while len(words_) > 1 and fold(words_[0]) in words()["articles"]:
        words_.pop(0)  # "la Embajada de Japón" after the wording "Aporte de"
    clause = " ".join(words_)
    return Piece(clause, catalog.match(clause))


def _clause_funders(clause: str, catalog: Catalog[Entry]) -> list[Piece]:
    """Funders of a clause: its catalog funders and the entities listed as funders (`_listed_funders`);
    with no catalog funder and one such entity at most, its entities when each is headed by an entity
    word or an acronym, else the clause when it names an organisation."""
    pieces = split_entities(clause, catalog, prose=True)
    listed = _listed_funders(clause, pieces)
    if any(p.entry is not None for p in listed) or len(listed) > 1:
        return listed
    if len(pieces) > 1 and all(headed_by_entity_word(p.texto) or is_acronym_word(p.texto) for p in pieces):
        return pieces  # "Unidad del Medio Ambiente y Junta de Vecinos Villa Sur": two names, not one
    clause = clean(clause.replace(WORDING_MARK, " ")).strip(" .;,")
    return [_whole(clause, catalog)] if _names_funder(clause) else []


def _listed_funders(clause: str, pieces: list[Piece]) -> list[Piece]:
    """The pieces of a clause that are funders: a catalog entry, an organisation-like name, and,
    whatever its case, an entity printed after wording that names no funder ("aporte de la junta de
    vecinos", "Aporte de la OEI") or listed after a funder ("SernamEG y del BancoEstado")."""
    out: list[Piece] = []
    cursor, previous_kept = 0, False
    for piece in pieces:
        start = clause.find(piece.texto, cursor)
        gap = clause[cursor:start] if start >= 0 else ""
        after_wording = WORDING_MARK in gap
        listed = previous_kept and _joins_a_list(gap)
        kept = piece.entry is not None or _names_funder(piece.texto) or after_wording or listed
        if kept:
            out.append(piece)
        previous_kept = kept
        cursor = start + len(piece.texto) if start >= 0 else cursor
    return out


def guess_funder_type(text: str) -> str:
    """The sector of an unknown funder: the first group of `funder_types` whose words it holds."""
    padded = f" {fold(text)} "
    sectors: dict[str, list[str]] = words()["funder_types"]
    for sector, group in sectors.items():
        for word in group:
            if (f" {word[:-1]}" in padded) if word.endswith("*") else (f" {word} " in padded):
                return sector
    return "otro"
