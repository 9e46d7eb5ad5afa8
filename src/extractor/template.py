"""The template's own rules, shared by the readers, segmentation and the fields: which printed text is a
section heading of the template, and which is a municipality label ("MUNICIPALIDAD PUENTE ALTO",
"I. Municipalidad de Arica", "Ilustre Municipalidad del Quisco"; prefixes in `data/vocab.toml`).

These read printed text against the template's vocabularies (`vocab`) only; matching the comuna a label
names against the catalog is normalisation's (`normalize.comunas`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from rapidfuzz import fuzz

from .settings import SETTINGS
from .text import fold
from .vocab import (
    Term,
    best_term,
    comuna_labels,
    ficha_kicker_words,
    headings,
    municipality_prefixes,
    publication_names,
    publication_numbering_words,
    sello_lead_ins,
    title_kind_phrases,
    title_labels,
)

# A heading's number: "1.", "1)", "01", "IV.", "b)", or an outline's "2.1.3." (a report's numbered
# headings, Word's multilevel list) before its words.
_OUTLINE = r"\d{1,2}(?:\.\d{1,2}){1,4}\.?"  # an outline's number of two levels or more: "2.1.3.", "10.2"
_HEADING_NUMBER = re.compile(
    rf"^\s*(?:{_OUTLINE}(?=\s)|(?:\d{{1,2}}|[ivxlc]{{1,5}}|[a-z])\s*[.)\-–:]|\d{{1,2}}(?=\s))\s*",
    re.IGNORECASE,
)


def without_number(text: str) -> str:
    """A heading's words without the number it may be printed with ("IV. Categoría" -> "Categoría");
    the text itself when that would leave nothing."""
    rest = _HEADING_NUMBER.sub("", text, count=1)
    return rest if rest.strip() else text


_OUTLINE_NUMBER = re.compile(rf"^\s*{_OUTLINE}\s+(?=\S)")


def outline_number_removed(text: str) -> str:
    """`text` without an outline's number of two levels or more opening it ("2.2. Capacitación en
    Oficios" -> "Capacitación en Oficios"): a report's numbering of the chapter a ficha is printed as,
    like a kicker's «FICHA 2», no word of its title. A number of one level ("3 Ferias") is kept."""
    return _OUTLINE_NUMBER.sub("", text, count=1)


# A list's number opening a title's line ("1. Incubadora", "2) Operativos", "3.- Ferias") and a number
# sign's ("N.º 3 — ", "Nº 12: "): the ficha's place in its publication, no word of its title.
_LIST_NUMBER = re.compile(r"^\s*\d{1,3}(?:\.-|[.)])\s+(?=\S)")
_SIGN_NUMBER = re.compile(r"^\s*(?:N\.?\s?[º°]|Nro\.?|Núm\.?)\s?\d{1,3}\s*[.:)|·•–—-]+\s*(?=\w)", re.IGNORECASE)
_KICKER_END = re.compile(r"(?:\d{1,3}|\b[IVXLCivxlc]{1,6})\b")
_KICKER_SEPARATOR = re.compile(r"\s*[.:)|·•–—-]+\s*|\s+")


def _kicker_opening(text: str) -> tuple[int, bool]:
    """Where the title's words start after a kicker run into its line ("Ficha N.º 3 — Capacitación",
    "FICHA 2: Escuela", "Buena práctica 4. Huertos": `is_ficha_kicker` before a separator), and whether
    a punctuation mark separates them (without one, "Iniciativa 24 Horas" may be the title's own
    words); (0, False) when the line opens with no kicker."""
    for number in _KICKER_END.finditer(text):
        if number.end() > SETTINGS.matching.title_kicker_max_chars:
            break
        separator = _KICKER_SEPARATOR.match(text, number.end())
        if separator and separator.end() < len(text) and is_ficha_kicker(text[: number.end()]):
            return separator.end(), bool(separator.group(0).strip())
    return 0, False


def title_number_removed(text: str) -> tuple[str, str | None]:
    """`text` (a ficha's title as printed) without the ficha's number run into its line, and what is
    in doubt about it (None when nothing is): a kicker's ("Ficha N.º 3 — Capacitación en Oficios"),
    a number sign's ("N° 3: ..."), a list's ("1. Incubadora Cooperativa ...", its title's first word
    in capitals or a number) and an outline's ("2.2. Capacitación", `outline_number_removed`) are
    removed; a kicker with no punctuation after its number is kept, the doubt said. A number that
    is the title's own word ("100 huertos", "24 horas", "3 Ferias": no list punctuation) is kept; a
    list-like number before a word in small letters ("1. huertos comunitarios") is kept too, the
    doubt said."""
    text = outline_number_removed(text)
    start, punctuated = _kicker_opening(text)
    if start and punctuated:
        return text[start:], None
    if start:
        return text, f"el título empieza con «{text[:start].strip()}»: puede ser el número de la ficha"
    if sign := _SIGN_NUMBER.match(text):
        return text[sign.end() :], None
    if listed := _LIST_NUMBER.match(text):
        rest = text[listed.end() :]
        if rest[0].isupper() or rest[0].isdigit():
            return rest, None
        return text, f"el título empieza con «{listed.group(0).strip()}»: puede ser el número de la ficha"
    return text, None


def number_removed(text: str) -> str:
    """`text` without the heading number it opens with ("VI." -> "", "2. Grupo" -> "Grupo")."""
    return _HEADING_NUMBER.sub("", text, count=1)


_KICKER_NUMBER = r"(?: (?:n|no|n o|nro|num|numero))? ?(?:\d{1,3}|[ivxlc]{1,6})"  # folded: "n 3", "no 12", "04", "iv"


@cache
def _kicker() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(ficha_kicker_words(), key=len, reverse=True))
    return re.compile(rf"(?:{words}){_KICKER_NUMBER}")


def is_ficha_kicker(text: str) -> bool:
    """Whether `text` is a ficha's number with its word alone ("FICHA 2", "Buena práctica N° 3",
    "Experiencia IV"; words `ficha_kicker_words`): a kicker over a ficha's title, its numbering."""
    return _kicker().fullmatch(fold(text)) is not None


def restates_the_ficha(text: str, title: str | None = None, label: str | None = None) -> bool:
    """Whether `text` says nothing but the publication's name and the ficha's own head: made of the
    publication's names (vocabulary `publication_names`: "Fichas de Buenas Prácticas 2024", "FICHA DE
    BUENA PRÁCTICA MUNICIPAL — SELLO MIGRANTE"), words numbering its copy and numbers ("Folio N° 214",
    `publication_numbering_words`), the ficha's `title` (SETTINGS.matching.min_restated_title_words words or more) and
    its municipality `label` (or a bare municipality prefix, `is_bare_prefix`: a copyright notice's
    owner), holding a publication name or the title, or a copy's number alone
    ("Folio N° 215", a numbering word of more than three letters): a band or a table's header row
    printing the ficha's title again ("Ficha de buena práctica: Capacitación en Oficios", "Municipalidad
    de Recoleta · Incubadora ..."), or the publication's own running line. Punctuation and case aside;
    a word more (another title, another municipality, a sentence) makes it content. The title of any
    length after a phrase naming what a ficha is alone (vocabulary `title_kind_phrases`: "Ficha de buena
    práctica: <title>", "Proyecto · <title>") restates it too."""
    rest = f" {fold(text)} "
    name = " ".join(fold(title or "").split())
    if name and rest.strip().endswith(name) and rest.strip()[: -len(name)].strip() in title_kind_phrases():
        return True
    named = False
    own = [t for t in (fold(title or ""),) if len(t.split()) >= SETTINGS.matching.min_restated_title_words]
    for phrase in (*own, *publication_names()):
        if f" {phrase} " in rest:
            rest = rest.replace(f" {phrase} ", " ")
            named = True
    if label and (folded := fold(label)) and f" {folded} " in rest:
        rest = rest.replace(f" {folded} ", " ")
    owner = " ".join(w for w in rest.split() if not w.isdigit())
    if named and is_bare_prefix(owner):  # "© 2024 Municipalidad · Todos los derechos reservados"
        rest = ""
    words = rest.split()
    if not all(w.isdigit() or w in publication_numbering_words() for w in words):
        return False
    numbered = any(w.isdigit() for w in words) and any(len(w) > 3 and not w.isdigit() for w in words)
    return named or numbered  # "Folio N° 215" on a line of its own: the copy's number


def title_label(text: str) -> tuple[str, str] | None:
    """(label, rest) when `text` opens with a label of a ficha's name ("Nombre de la práctica",
    vocabulary `title_labels`) alone or followed by a colon; None otherwise."""
    label, colon, rest = text.partition(":")
    if fold(label).strip() in title_labels() and (colon or not rest):
        return label.strip(), rest.strip()
    return None


def heading_word_alone(text: str) -> bool:
    """Whether `text` is one word of a template heading's printed name standing alone, its number and
    colon aside ("PARTICIPAN", the last line of "Departamento/Oficinas municipales que participan"
    wrapped over lines)."""
    words = fold(without_number(text).strip().rstrip(":")).split()
    return len(words) == 1 and any(words[0] in name.split() for term in headings() for name in term.folded)


# a template's hint in brackets after a heading's name, on its line: "Breve descripción (máx. 300 palabras)"
_HEADING_HINT = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*:?\s*$")


def heading_term(text: str) -> tuple[Term | None, float]:
    """The template heading `text` is printed as (a number before it, trailing colon, case, accents
    and small typos aside, and a hint in brackets after its name: "Breve descripción (máx. 300
    palabras)", trial 28 ed33), with its score; (None, score) when it is none."""
    bare = without_number(text).rstrip(":").strip()
    found = best_term(bare, headings(), SETTINGS.matching.heading_cutoff)
    hinted = _HEADING_HINT.sub("", bare)
    if found[0] is not None or hinted == bare or not hinted:
        return found
    named = best_term(hinted, headings(), SETTINGS.matching.heading_cutoff)
    return named if named[0] is not None else found


# what ends a heading's printed name set run-in before its text: a period, a colon, an em or en dash,
# a spaced hyphen ("Forma de financiamiento. Municipal ...", "Grupo prioritario — Mujeres ...")
_RUN_IN_END = re.compile(r"\s*(?:[.:\u2014\u2013]|\s-)(?=\s|$)")


def whole_heading_opening(text: str) -> tuple[str, str, str] | None:
    """(section key, label, rest) of `text` opening with a template heading's printed name whole
    (case and accents aside, its number too: never a near match), then a period, a colon or a
    dash ("Forma de financiamiento. Municipal ..." -> ("forma_financiamiento", "Forma de
    financiamiento", "Municipal ...")); None otherwise."""
    end = _RUN_IN_END.search(text)
    if end is None:
        return None
    label = text[: end.start()].strip()
    key = fold(without_number(label))
    for term in headings():
        if key in term.folded:
            return term.id, label, text[end.end() :].strip()
    return None


def opens_a_heading(text: str) -> bool:
    """Whether `text` is the first line of a template heading wrapped over two lines or more ("5)
    FORMA DE" over "FINANCIAMIENTO"): words that a heading's printed name starts with, its number
    aside, two or more, or one after a heading's number ("VII. BREVE" over "DESCRIPCIÓN"); the
    last may be a word's start broken by a hyphen ("FORMA DE FINAN-")."""
    bare = without_number(text)
    words = fold(bare).rstrip(":").split()
    if not words or (len(words) < 2 and bare == text):
        return False
    if text.rstrip().endswith("-"):  # the last word broken: its start begins the name's next word
        start = fold(text.rstrip().rstrip("-")).split()[-1]
        return any(
            len(printed) >= len(words)
            and printed[: len(words) - 1] == words[:-1]
            and printed[len(words) - 1].startswith(start)
            and printed[len(words) - 1] != start
            for printed in (name.split() for term in headings() for name in term.folded)
        )
    return any(name.split()[: len(words)] == words for term in headings() for name in term.folded)


def part_of_a_heading(text: str) -> bool:
    """Whether `text` is a piece of a template heading wrapped over lines, no heading whole: a run of
    two or more of the words of a heading's printed name, in their order, fewer than all of them
    ("MUNICIPALES QUE PARTICIPAN:" of "Departamento/Oficinas municipales que participan", "DEL
    PROYECTO O"), or one of its words ending in the heading's colon ("PARTICIPAN:"); its number
    aside."""
    bare = without_number(text).strip()
    words = fold(bare).split()
    if not words or (len(words) < 2 and not bare.endswith(":")):
        return False
    return any(
        len(words) < len(name) and runs_within(words, name)
        for name in (name.split() for term in headings() for name in term.folded)
    )


def runs_within(words: Sequence[str], name: Sequence[str]) -> bool:
    """Whether `words` stand one after another, in their order, in `name` (both folded words)."""
    n, target = len(words), list(words)
    return any(list(name[i : i + n]) == target for i in range(len(name) - n + 1))


def names_heading(label: str) -> bool:
    """Whether `label` (the words before a colon: "Grupo prioritario" of "Grupo prioritario: ...") names
    a template heading, in at most SETTINGS.matching.max_heading_words words."""
    return len(label.split()) <= SETTINGS.matching.max_heading_words and heading_term(label)[0] is not None


@cache
def folded_prefixes() -> tuple[str, ...]:
    return tuple(sorted((fold(p) for p in municipality_prefixes()), key=len, reverse=True))


@cache
def folded_comuna_labels() -> tuple[str, ...]:
    return tuple(sorted((fold(p) for p in comuna_labels()), key=len, reverse=True))


def starts_with_comuna_label(text: str) -> bool:
    """Whether `text` opens with a word labelling a comuna's name ("Comuna: San Joaquín"; vocabulary
    `comuna_labels`), followed by more words."""
    key = fold(text)
    return any(key.startswith(label + " ") for label in folded_comuna_labels())


@lru_cache(maxsize=1 << 12)
def strip_prefix(text: str) -> str:
    """The folded comuna part of "MUNICIPALIDAD DE PUENTE ALTO", "I. Municipalidad del Quisco",
    "Comuna: San Joaquín", ..."""
    key = fold(text)
    for prefix in (*folded_prefixes(), *folded_comuna_labels()):
        if key.startswith(prefix + " ") or key == prefix:
            rest = key[len(prefix) :].strip()
            return re.sub(r"^del\s+", "el ", re.sub(r"^de\s+", "", rest))  # "del Quisco" is "de El Quisco"
    return key


_PAGE_WORDS = ("p", "pag", "pagina")  # folded words before a page's number ("Pág. 2", "página 2 de 3")
_PAGE_NUMBER = re.compile(rf"(?:(?:{'|'.join(_PAGE_WORDS)}) )?\d{{1,3}}(?: de \d{{1,3}})?")


def is_municipality_footer(text: str, comuna: str | None) -> bool:
    """Whether `text` is a page's running line naming the ficha's own municipality and the page's
    number alone ("Municipalidad de San Joaquín | 1", "3 · I. Municipalidad de Arica", "Municipalidad
    de Recoleta — página 2 de 3"; `comuna`: the ficha's comuna as read): the page's furniture, no
    field's text. Another comuna, or a word more, makes it content."""
    if not comuna:
        return False
    words = fold(text)
    for number in _PAGE_NUMBER.finditer(words):
        if number.start() == 0 or number.end() == len(words):
            rest = (words[: number.start()] + words[number.end() :]).strip()
            if starts_with_municipality(rest) and strip_prefix(rest) == fold(comuna):
                return True
    return False


def starts_with_municipality(text: str) -> bool:
    key = fold(text)
    return key in folded_prefixes() or key.startswith(_prefixes_with_space())


@cache
def _prefixes_with_space() -> tuple[str, ...]:
    """`folded_prefixes`, each followed by a space: a prefix that more words follow."""
    return tuple(p + " " for p in folded_prefixes())


def is_bare_prefix(text: str) -> bool:
    """ "MUNICIPALIDAD" alone: the prefix of a label whose name is printed below it."""
    return starts_with_municipality(text) and not strip_prefix(text)


def is_sello_lead_in(head: str) -> bool:
    """Whether `head` (the words before the colon) is the template's sentence opening the Sello
    lines ("Se destaca el trabajo en las líneas de acción de Sello", `vocab.sello_lead_ins`): it
    starts one, a lead-in starts with it, or it matches one by SETTINGS.matching.lead_in_cutoff."""
    key = fold(head)
    return bool(key) and any(
        key.startswith(lead) or lead.startswith(key) or fuzz.ratio(key, lead) >= SETTINGS.matching.lead_in_cutoff
        for lead in sello_lead_ins()
    )


def opens_with_title_label(text: str) -> bool:
    """Whether `text` is the label of a ficha's name ("Nombre de la práctica", "Título": vocabulary
    `title_labels`) alone, or followed by a colon and the name: a form's row that opens a ficha."""
    label, colon, rest = text.partition(":")
    return fold(label).strip() in title_labels() and bool(colon or not rest.strip())
