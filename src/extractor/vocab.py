"""The template's closed vocabularies, loaded from `data/vocab.toml`."""

from __future__ import annotations

import itertools
import re
import tomllib
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from importlib import resources
from typing import Any

from rapidfuzz import fuzz

from .text import fold


@dataclass(frozen=True)
class Term:
    """One vocabulary entry: an id and its printed forms (first = canonical)."""

    id: str
    names: tuple[str, ...]

    @cached_property
    def folded(self) -> tuple[str, ...]:
        return tuple(fold(name) for name in self.names)


@cache
def _data() -> dict[str, Any]:
    return tomllib.loads(resources.files("extractor").joinpath("data/vocab.toml").read_text("utf-8"))


@cache
def headings() -> tuple[Term, ...]:
    return tuple(Term(h["key"], tuple(h["names"])) for h in _data()["headings"])


@cache
def categories() -> tuple[Term, ...]:
    return tuple(Term(c["id"], tuple(c["names"])) for c in _data()["categorias"])


def one_mark_beside_every_category(marks: Collection[str], named: Collection[str]) -> bool:
    """Whether one and the same mark (`marks`: the distinct mark glyphs seen) stands beside every
    category of the vocabulary (`named`: the category ids found beside them): such a list says nothing
    of which are selected (trial 25 h12: the others' tick printed light grey, told by colour alone)."""
    return len(set(marks)) == 1 and set(named) >= {term.id for term in categories()}


@cache
def sello_lines() -> tuple[Term, ...]:
    return tuple(Term(s["id"], tuple(s["names"])) for s in _data()["lineas_sello"])


@cache
def sello_lead_ins() -> tuple[str, ...]:
    return tuple(fold(s) for s in _data()["sello_lead_ins"])


@cache
def placeholder_prompts() -> frozenset[str]:
    """The prompts of an unfilled content control («Haga clic o pulse aquí para escribir texto.»), folded."""
    return frozenset(fold(s) for s in _data()["placeholder_prompts"])


@cache
def sello_table_headers() -> frozenset[str]:
    """The column titles of a Líneas Sello table ("Línea", "Justificación"), folded."""
    return frozenset(fold(s) for s in _data()["sello_table_headers"])


@cache
def title_labels() -> frozenset[str]:
    """The printed labels of a ficha's name in a label | value row ("Nombre de la práctica"), folded."""
    return frozenset(fold(s) for s in _data()["title_labels"])


@cache
def municipality_prefixes() -> tuple[str, ...]:
    return tuple(_data()["municipality_prefixes"])


@cache
def comuna_labels() -> tuple[str, ...]:
    """Words that label a comuna's name ("Comuna: San Joaquín"), as printed."""
    return tuple(_data()["comuna_labels"])


@cache
def region_separators() -> tuple[str, ...]:
    """What sets a region apart after a comuna's name in a label, as printed; one with a space on each
    side needs white space on each side in the text."""
    return tuple(_data()["region_separators"])


@cache
def publication_names() -> tuple[str, ...]:
    """The publication's own names ("Fichas de Buenas Prácticas", "Sello Migrante"), folded, longest first."""
    return tuple(sorted((fold(s) for s in _data()["publication_names"]), key=len, reverse=True))


@cache
def publication_numbering_words() -> frozenset[str]:
    """The words numbering a copy of the publication ("folio", "edicion"), folded."""
    return frozenset(fold(s) for s in _data()["publication_numbering_words"])


@cache
def ficha_kicker_words() -> tuple[str, ...]:
    """The words a kicker over a ficha's title prints before the ficha's number ("Ficha", "Buena
    práctica"), folded."""
    return tuple(fold(w) for w in _data()["ficha_kicker_words"])


@cache
def title_kind_phrases() -> tuple[str, ...]:
    """Phrases naming what a ficha is, printed before its title in a line restating it ("Ficha de
    buena práctica"), folded."""
    return tuple(fold(w) for w in _data()["title_kind_phrases"])


@cache
def headings_over_month_table() -> dict[str, str]:
    """Folded names a section goes by only right over a month table ("Implementación") -> the
    section's key (`over_month_table` of a heading's entry)."""
    return {fold(name): h["key"] for h in _data()["headings"] for name in h.get("over_month_table", [])}


@cache
def month_display_captions() -> frozenset[str]:
    """The captions that name a month display ("Meses", "Calendario"), folded."""
    return frozenset(fold(w) for w in _data()["month_display_captions"])


@cache
def _month_periods() -> tuple[frozenset[str], frozenset[str]]:
    periods = _data()["month_display_periods"]
    return frozenset(fold(w) for w in periods["nouns"]), frozenset(fold(w) for w in periods["ordinals"])


def is_month_period_caption(text: str) -> bool:
    """Whether `text` is the caption of a group of a month display's months: an ordinal and a
    period's noun, either first ("1er trimestre", "Segundo semestre", "Trimestre 3"; vocabulary
    `[month_display_periods]`)."""
    words = fold(text).rstrip(":").split()
    nouns, ordinals = _month_periods()
    return len(words) == 2 and (
        (words[0] in ordinals and words[1] in nouns) or (words[0] in nouns and words[1] in ordinals)
    )


def period_span(ordinal: str, noun: str) -> tuple[int, int] | None:
    """(first, last) month 1..12 of the period an ordinal and a period's noun name ("segundo", "semestre"
    -> (7, 12); folded words of `[month_display_periods]`), None when they name none."""
    periods = _data()["month_display_periods"]
    length = periods["lengths"].get(noun)
    digits = re.match(r"\d+", ordinal)
    number = int(digits.group()) if digits else periods["numbers"].get(ordinal)
    if length is None or number is None or ordinal not in _month_periods()[1] or not 1 <= number <= 12 // length:
        return None
    return length * (number - 1) + 1, length * number


@cache
def category_table_headers() -> frozenset[str]:
    """The column titles of a category table ("Categoría", "Marque con X"), folded."""
    return frozenset(fold(s) for s in _data()["category_table_headers"])


@cache
def unhyphenating_producers() -> tuple[str, ...]:
    """Producers (word processors, web browsers) that hyphenate no word by default, as a PDF's
    /Producer or /Creator names them."""
    return tuple(_data()["unhyphenating_producers"])


def orphan_control_producers() -> tuple[str, ...]:
    """Producers whose default paragraph settings never leave a paragraph's first line alone at a
    column's or page's foot (orphan control), as a PDF's /Producer or /Creator names them."""
    return tuple(_data()["orphan_control_producers"])


def hyphen_apart_producers() -> tuple[str, ...]:
    """Of `unhyphenating_producers`, those that draw the hyphen they add at a hyphenation break in
    a text showing of its own (and a hyphen of the text with its word)."""
    return tuple(_data()["hyphen_apart_producers"])


@cache
def page_number_words() -> frozenset[str]:
    """Words (folded) that label a page number in a page's margin ("página", "pág", "de")."""
    return frozenset(fold(w) for w in _data()["page_number_words"])


@cache
def write_in_prompts() -> frozenset[str]:
    """Words (folded) of a paper form's prompt for the "Otra" write-in ("especifique", "cuál")."""
    return frozenset(fold(w) for w in _data()["write_in_prompts"])


@cache
def legend_negations() -> frozenset[str]:
    """Words (folded) of a month display's legend saying its mark means no activity ("sin", "inactivo")."""
    return frozenset(fold(w) for w in _data()["legend_negations"])


@cache
def legend_words() -> frozenset[str]:
    """Words (folded) a month display's legend says of its marks ("mes", "actividad", "ejecución")."""
    return frozenset(fold(w) for w in _data()["legend_words"])


def says_of_months(text: str) -> bool:
    """Whether `text` (a legend entry's words after its mark: "mes con actividad", "= mes en que se
    ejecuta") says something of months or activity: it holds a word of `legend_words` or
    `legend_negations`. "Otra: Regularización" does not: it is no legend."""
    words = {fold(token.strip(".,:;=()[]")) for token in text.split()}
    return bool(words & (legend_words() | legend_negations()))


@cache
def sello_answers() -> tuple[frozenset[str], frozenset[str]]:
    """(yes, no): what a Líneas Sello table's yes/no column says of a line, each as printed, case
    aside ("sí", "x", "✓" / "no", "—")."""
    table = _data()["sello_answers"]
    return frozenset(w.casefold() for w in table["yes"]), frozenset(w.casefold() for w in table["no"])


@cache
def cell_answers() -> tuple[frozenset[str], frozenset[str]]:
    """(yes, no): words (folded) a month table's body cell says instead of a mark ("Sí" / "No")."""
    table = _data()["cell_answers"]
    return frozenset(fold(w) for w in table["yes"]), frozenset(fold(w) for w in table["no"])


@cache
def cell_dashes() -> frozenset[str]:
    """Dashes ("—", "-") a month table's body cell may print under an inactive month, beside "Sí" cells."""
    return frozenset(_data()["cell_dashes"])


@cache
def function_words() -> frozenset[str]:
    """Short Spanish words (lower case) that open a line of running text: articles, prepositions,
    conjunctions, pronouns."""
    return frozenset(_data()["function_words"])


def one_letter_word(letter: str, following: str) -> bool:
    """Whether `letter` (any case) may be a Spanish word of its own before a word opening with `following`
    ("a", "y", "o" before any word; "e" before "i" or "hi"; "u" before "o" or "ho"), compared in lower case."""
    openings = _data()["one_letter_words"].get(letter.lower())
    return openings is not None and any(following.lower().startswith(o) for o in openings)


@cache
def title_styles() -> frozenset[str]:
    """Paragraph style names (lower case) of a ficha title."""
    return frozenset(_data()["styles"]["title"])


@cache
def caption_styles() -> frozenset[str]:
    """Paragraph style names (lower case) of a picture's caption (Word's "Caption", "Descripción")."""
    return frozenset(_data()["styles"]["caption"])


@cache
def heading_style_prefixes() -> tuple[str, ...]:
    """Beginnings of the paragraph style names (lower case) of a heading."""
    return tuple(_data()["styles"]["heading_prefixes"])


@cache
def month_forms() -> dict[str, Any]:
    """The `[months]` table of `data/vocab.toml`: lists of folded names ("full", "short", "letter", the range
    words) and alias tables ("aliases", "short_aliases": name -> 1..12)."""
    forms: dict[str, Any] = _data()["months"]
    return forms


@cache
def month_number(word: str) -> int | None:
    """1..12 for a full or 3-letter Spanish month name, else None."""
    key = fold(word).rstrip(".")
    forms = month_forms()
    names: list[str]
    for names in (forms["full"], forms["short"]):
        if key in names:
            return names.index(key) + 1
    aliases: dict[str, int] = forms["aliases"]
    short_aliases: dict[str, int] = forms["short_aliases"]
    return aliases.get(key) or short_aliases.get(key)


@cache
def month_names() -> dict[str, int]:
    """Whole month names as a text spells them (the full names, then their aliases) -> 1..12."""
    forms = month_forms()
    aliases: dict[str, int] = forms["aliases"]
    return {**{name: n for n, name in enumerate(forms["full"], start=1)}, **aliases}


def best_term(text: str, terms: tuple[Term, ...], cutoff: float = 88.0) -> tuple[Term | None, float]:
    """The term whose printed form is closest to `text`, with its score (0-100).

    Whole-string similarity on folded text, so case, accents, punctuation
    and one or two typos do not matter, but a longer sentence that merely
    contains the name does not match. Answers are kept by folded text (segmentation asks again for
    the same block's text, rule after rule).
    """
    return _best_term(fold(text), terms, cutoff)


@lru_cache(maxsize=1 << 14)
def _best_term(key: str, terms: tuple[Term, ...], cutoff: float) -> tuple[Term | None, float]:
    """`best_term` of text already folded."""
    if not key:
        return None, 0.0
    best: tuple[Term | None, float] = (None, 0.0)
    for term in terms:
        for name in term.folded:
            score = 100.0 if key == name else fuzz.ratio(key, name)
            if score > best[1]:
                best = (term, score)
    return best if best[1] >= cutoff else (None, best[1])


MISREAD_MONTH = 60.0  # rapidfuzz ratio 0-100: a month name with two letters read wrong ("Agasta", Agosto: 67)


def misread_months(tokens: list[str], found: list[int | None]) -> list[int | None]:
    """`found` (each token's month number or None) with a token that names no month but stands
    between the months before and after the one it would be, and spells that month's full or
    3-letter name within `MISREAD_MONTH` similarity, taken as that month: a scan's small header
    text read with a letter or two wrong ("Agasta" between Julio and Septiembre). Its place in
    the sequence and its likeness together decide; either alone does not."""
    out = list(found)
    forms = month_forms()
    for i in range(1, len(tokens) - 1):
        before, after = out[i - 1], found[i + 1]
        if out[i] is not None or before is None or after is None:
            continue
        expected = before % 12 + 1
        if after != expected % 12 + 1:
            continue
        key = fold(tokens[i]).rstrip(".")
        names = (forms["full"][expected - 1], forms["short"][expected - 1])
        if max(fuzz.ratio(key, name) for name in names) >= MISREAD_MONTH:
            out[i] = expected
    return out


def twelve_beginnings(tokens: list[str]) -> bool:
    """Whether `tokens` are twelve words each the first letters (one at least, up to the whole) of
    the month of its place, January to December ("E F M …", "Ene Feb Mar Abri May Juni Julio Ago
    Sep Oct Nov Dici": names cut by narrow cells): a whole year's names in order, however much of
    each was printed. A name's full form or an alias counts ("Sept", "Set")."""
    if len(tokens) != 12:
        return False
    names = month_names()
    for month, token in enumerate(tokens, start=1):
        key = fold(token).rstrip(".")
        if not key.isalpha() or not any(n == month and name.startswith(key) for name, n in names.items()):
            return False
    return True


def header_months(tokens: list[str], minimum: int = 6) -> list[int] | None:
    """Month numbers of a table header (consecutive full or 3-letter names, Diciembre
    followed by Enero, or twelve names each cut to its first letters read by position: the
    initials E F M A M J J A S O N D, names clipped by their cells "Ene Feb … Nov Dici",
    `twelve_beginnings`), else None."""
    if twelve_beginnings(tokens):
        return list(range(1, 13))
    found = misread_months(tokens, [month_number(t) for t in tokens])
    numbers = [n for n in found if n is not None]
    if len(numbers) < len(found) or len(numbers) < minimum:
        return None
    if all(b == a % 12 + 1 for a, b in itertools.pairwise(numbers)):  # round the year: Dic, Ene
        return numbers
    return None
