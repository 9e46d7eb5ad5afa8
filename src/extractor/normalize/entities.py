"""Splitting printed lists of offices (and funder clauses) into whole entity names.

Catalog names are found first and kept whole, so the comma inside "Dirección
de Medio Ambiente, Aseo y Ornato" splits nothing and a list printed with no
separators at all is cut at the names; a following "(ACRONYM)" of the same
entry belongs to the name. A name found inside a longer name is not taken:
in a list, a name must stand between separators or other names ("Dirección
de Gestión Territorial" is not "Gestión Territorial"); in prose (funding
sentences) it may sit among lower-case words, but not beside a capitalised
word that continues it ("Cruz Roja Argentina", "Universidad Católica de
Temuco"). What lies between names is cut at commas, full stops, semicolons,
line breaks, parentheses, spaced dashes, spaced slashes ("A / B"; "Migración/Refugio"
stays one name) and " y "/" e ".

A cut stands only where each piece is a plausible entity (issue 13): a
catalog name, an acronym, or a phrase headed by an entity word ("Oficina",
"Programa", ...: `entity_heads` in `data/names.toml`). A bare noun joined by
" y "/" e " belongs to the name before it, with the bare nouns listed before
it by commas ("Oficina de Migrantes y Refugiados", "Oficina de Asuntos
Indígenas, Refugio e Interculturalidad"); so does a piece that continues in
lower case, and a piece ending in a preposition or article is joined to the
next ("Fondo Juntos de" + "la Comunidad"). A capitalised word standing alone
between commas is kept as an unknown name ("Innova"). "Name (ACRONYM)" and
"Name - ACRONYM" are one entity with its `sigla`, known or not. Generic
phrases that name no entity are dropped; anything else is matched as a
whole and, when nothing matches, kept as printed (unknown).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..text import clean, fold, fold_chars, phrase_pattern
from .catalog import Catalog, Entry
from .names import (
    abbreviates,
    ends_in_connector,
    has_word,
    headed_by_entity_word,
    is_acronym_word,
    name_key,
    split_acronym,
    words,
)
from .spans import blank_wording

_ACRONYM_AFTER = re.compile(r"[ \t]*\(\s*([^\W\d_][\w.]{1,11})\s*\)")
_SEPARATORS = re.compile(r"\s*(?:[,;.:\n()\[\]|•●▪◦‣∙·⋅‧・]|\s[-–—/]\s|^[-–—]\s|\s[-–—]$|\s+y\s+|\s+e\s+)\s*")
_WORD_BEFORE = re.compile(r"([^\W_]+)[ \t]*\Z")  # \Z: "$" also matches before a last line break
_WORD_AFTER = re.compile(r"[ \t]*([^\W_]+)")
_CLAUSE_START = re.compile(r"(?:^|[,;.:(\n|])\s*$")
_DASH = re.compile(r"\s[-–—]\s")
_LEADING_WORD = re.compile(r"\s*([^\W\d_]+)\s+")


@dataclass(frozen=True)
class Piece:
    """One entity as printed (`texto`), its catalog entry if any, and a printed acronym."""

    texto: str
    entry: Entry | None
    printed_sigla: str | None = None

    @property
    def nombre(self) -> str:
        """The canonical name, or the printed name without its acronym, first letter capitalised."""
        if self.entry is not None:
            return self.entry.nombre
        name = clean(split_acronym(self.texto)[0]) if self.printed_sigla else self.texto
        return name[:1].upper() + name[1:]

    @property
    def sigla(self) -> str | None:
        return self.entry.sigla if self.entry is not None and self.entry.sigla else self.printed_sigla


@dataclass
class _Span:
    start: int
    end: int
    entry: Entry | None


@cache
def _generic() -> re.Pattern[str]:
    return phrase_pattern(words()["generic_phrases_list"])


def is_generic(text: str) -> bool:
    """A phrase that names no entity ("otras oficinas municipales", "de la municipalidad")."""
    folded = fold(text)
    return (
        not folded
        or folded.replace(" ", "").isdigit()  # a list's numbering ("1." of "1. DIDECO")
        or bool(_generic().fullmatch(fold_chars(folded)))
        or all(w in words()["connectors"] | words()["bare_municipal"] for w in folded.split())
    )


def split_entities(text: str, catalog: Catalog[Entry], prose: bool = False) -> list[Piece]:
    """Entities named in `text`, in printed order, each as printed with its match. Connector phrases
    ("junto a", "con apoyo de": `list_connectors`; in a list, not in prose, also "a través de":
    `office_connectors`) separate entities like " y " does."""
    printed = text
    text = blank_wording(text, catalog, ("list_connectors",) if prose else ("list_connectors", "office_connectors"))
    spans: list[_Span] = []
    cursor = 0
    for start, end, entry in _names(text, catalog, prose):
        spans += _plain_spans(text, cursor, start, catalog)
        spans.append(_Span(start, end, entry))
        cursor = end
    spans += _plain_spans(text, cursor, len(text), catalog)
    # offsets are the same in `printed` (blanking keeps lengths): a piece quotes the printed words
    return [_piece(printed, span, catalog) for span in _whole_names(text, spans, catalog, prose)]


def names_of_entities(text: str, catalog: Catalog[Entry]) -> list[Piece] | None:
    """The pieces of a list's `text` (`split_entities`) when each is plausibly a whole entity on its
    own (a catalog name, an acronym, or a phrase headed by an entity word: "Unidad de Migrantes");
    None when `text` names none or holds a piece that is no entity's name ("Refugio e
    Interculturalidad", the rest of a wrapped name)."""
    pieces = split_entities(text, catalog)
    whole = [p for p in pieces if p.entry is not None or is_acronym_word(p.texto) or headed_by_entity_word(p.texto)]
    return pieces if pieces and len(whole) == len(pieces) else None


def names_across(texts: list[str], catalog: Catalog[Entry]) -> set[int]:
    """The indices i of `texts` (lines of one paragraph) such that a catalog name found in the lines
    joined by spaces runs on from line i into line i + 1 ("Dirección de Medio Ambiente," + "Aseo y
    Ornato")."""
    joined = " ".join(texts)
    ends = [sum(len(t) + 1 for t in texts[: i + 1]) - 1 for i in range(len(texts) - 1)]
    found = [(m.start(), m.end()) for m in catalog.pattern.finditer(fold_chars(joined))]
    return {i for i, end in enumerate(ends) if any(start < end < stop for start, stop in found)}


def _names(text: str, catalog: Catalog[Entry], prose: bool) -> list[tuple[int, int, Entry]]:
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
        assert entry is not None, "the catalog's pattern is made of its own forms"
        acronym = _ACRONYM_AFTER.match(text, end)
        if acronym and _is_acronym_of(acronym.group(1), entry, catalog):
            end = acronym.end()
            ends.add(end)
        if _stands_alone(text, start, end, starts, ends, prose):
            names.append((start, end, entry))
    return names


def _is_acronym_of(word: str, entry: Entry, catalog: Catalog[Entry]) -> bool:
    """A capitalised word in parentheses after a name is its acronym unless it is another entry's."""
    return sum(map(str.isupper, word)) >= 2 and catalog.exact(word) in (None, entry)


def _stands_alone(text: str, start: int, end: int, starts: set[int], ends: set[int], prose: bool) -> bool:
    """Whether the words beside a found name leave it whole (see the module docstring)."""
    if "/" in (text[end : end + 1], text[start - 1 : start]):
        return False  # "Oficina de Migración/Refugio": a slash with no space joins one name's words
    before = _WORD_BEFORE.search(text, 0, start)
    if (
        before
        and before.end(1) not in ends
        and not _may_border(before.group(1), prose)
        and not (prose and _CLAUSE_START.search(text, 0, before.start(1)))
    ):
        return False  # in prose, a capital opening a clause is grammar ("Fondos SENCE")
    after = _WORD_AFTER.match(text, end)
    if not after or after.start(1) in starts:
        return True
    if not _may_border(after.group(1), prose):
        return False
    if fold(after.group(1)) in ("de", "del"):  # "Universidad Católica de Temuco", "... de La Araucanía"
        then = _WORD_AFTER.match(text, after.end())
        while then and then.start(1) not in starts and fold(then.group(1)) in words()["articles"]:
            then = _WORD_AFTER.match(text, then.end())
        return not then or then.start(1) in starts or not _capitalised_name(then.group(1))
    return True


def _may_border(word: str, prose: bool) -> bool:
    return fold(word) in words()["list_joiners"] or (prose and not _capitalised_name(word))


def _capitalised_name(word: str) -> bool:
    return word[:1].isupper() and fold(word) not in words()["connectors"]


def _plain_spans(text: str, start: int, end: int, catalog: Catalog[Entry]) -> list[_Span]:
    """The pieces of `text[start:end]` between separators, generic phrases left out."""
    spans, cursor = [], start
    for separator in [*_SEPARATORS.finditer(text, start, end), None]:
        stop = separator.start() if separator else end
        piece = text[cursor:stop]
        if clean(piece) and not is_generic(piece):
            lead = len(piece) - len(piece.lstrip())
            spans.append(_Span(cursor + lead, cursor + len(piece.rstrip()), catalog.match(clean(piece))))
        cursor = separator.end() if separator else end
    return spans


def _leading_words(printed: str) -> int:
    """Length of the lower-case prepositions, articles and possessives `printed` opens with ("de la
    Subsecretaría", "del BID", "su Oficina"): they join the name to the sentence and are no part of it."""
    skipped = 0
    for found in _LEADING_WORD.finditer(printed):
        if found.start() != skipped or found.end() >= len(printed.rstrip()):
            break
        if not found.group(1).islower() or fold(found.group(1)) not in words()["leading_words"]:
            break
        skipped = found.end()
    return skipped


def _plausible(text: str, span: _Span, catalog: Catalog[Entry]) -> bool:
    """A catalog name, an acronym, or a phrase headed by an entity word."""
    printed = text[span.start : span.end]
    printed = printed[_leading_words(printed) :]
    return (
        span.entry is not None
        or is_acronym_word(printed)
        or catalog.is_acronym(printed)
        or headed_by_entity_word(printed)
    )


def _whole_names(text: str, spans: list[_Span], catalog: Catalog[Entry], prose: bool) -> list[_Span]:
    """Spans joined back where a cut would leave a piece that is no entity (module docstring)."""
    out: list[_Span] = []
    for span in spans:
        if out and _belongs_to_previous(text, out[-1], span, catalog, prose):
            joined = _Span(out[-1].start, span.end, None)
            if _joined_by_conjunction(text, out[-1], span):
                while (
                    len(out) > 1
                    and not _plausible(text, out[-1], catalog)
                    and text[out[-2].end : out[-1].start].strip() == ","
                ):
                    out.pop()  # "X de A, B y C": the bare nouns listed before the conjunction too
                    joined.start = out[-1].start
            rematched = _rematched(text, joined, catalog)
            if rematched.entry is None and _restated(text, out[-1], span):
                rematched.entry = span.entry  # "DIDECO (Dirección de Desarrollo Comunitario)"
            out[-1] = rematched
        else:
            out.append(span)
    return [_trimmed(text, span, catalog) for span in out]


def _belongs_to_previous(text: str, previous: _Span, span: _Span, catalog: Catalog[Entry], prose: bool) -> bool:
    gap = text[previous.end : span.start]
    printed, before = text[span.start : span.end], text[previous.start : previous.end]
    if (
        ends_in_connector(before)
        and not gap.strip()
        and (not prose or (before[:1].isupper() and headed_by_entity_word(before)))
    ):
        return True  # "Fondo Juntos de" + "la Municipalidad"
    if _acronym_of_previous(text, previous, span, catalog) or _restated(text, previous, span):
        return True
    if _plausible(text, span, catalog) or "\n" in gap or ";" in gap:
        return False
    if prose:  # sentences: only a bare noun after " y " that ends an entity's name
        return _joined_by_conjunction(text, previous, span) and _plausible(text, previous, catalog)
    if _joined_by_conjunction(text, previous, span):
        return True  # a bare noun after " y ": part of the name before
    return printed[:1].islower() and gap.strip() in (",", "")  # continues in lower case


def _joined_by_conjunction(text: str, previous: _Span, span: _Span) -> bool:
    return fold(text[previous.end : span.start]) in words()["list_joiners"]


def _acronym_of_previous(text: str, previous: _Span, span: _Span, catalog: Catalog[Entry]) -> bool:
    """ "Name (ACRONYM)" / "Name - ACRONYM" of an unknown name: the acronym is the name's sigla.

    Inside parentheses an acronym that is no catalog entry's, or one that abbreviates the name
    ("Oficina Municipal de Intermediación Juvenil (OMIL)": the printed name with its printed
    acronym, no catalog entry); after a dash only one that abbreviates the name ("Unidad de
    Migrantes - DIDECO" is two entities)."""
    printed, gap = text[span.start : span.end], text[previous.end : span.start]
    name = text[previous.start : previous.end]
    if previous.entry is not None or not is_acronym_word(printed) or is_acronym_word(name):
        return False
    if gap.strip() == "(" and text[span.end : span.end + 1] == ")":
        return span.entry is None or abbreviates(printed, name)
    return bool(_DASH.fullmatch(gap)) and abbreviates(printed, name)


def _restated(text: str, previous: _Span, span: _Span) -> bool:
    """ "OMIL – Oficina Municipal de Información Laboral", "DIDECO (Dirección de Desarrollo
    Comunitario)": one catalog entry named twice, by its acronym and its name (either first), parted
    by a dash or in parentheses, is one entity printed as a whole."""
    if previous.entry is None or span.entry is not previous.entry:
        return False
    gap = text[previous.end : span.start]
    return bool(_DASH.fullmatch(gap)) or (gap.strip() == "(" and text[span.end : span.end + 1] == ")")


def _rematched(text: str, span: _Span, catalog: Catalog[Entry]) -> _Span:
    """A joined span, its closing parenthesis included, matched as a whole."""
    if text[span.end : span.end + 1] == ")" and "(" in text[span.start : span.end]:
        span = _Span(span.start, span.end + 1, None)
    return _Span(span.start, span.end, catalog.match(clean(text[span.start : span.end])))


def _trimmed(text: str, span: _Span, catalog: Catalog[Entry]) -> _Span:
    """A span left ending in a preposition or article ("Fondo Juntos de") loses those words, and an
    unknown one its leading lower-case prepositions, articles and possessives ("de la Subsecretaría")."""
    printed = text[span.start : span.end]
    while ends_in_connector(printed) and " " in printed.strip():
        printed = printed.rstrip()[: printed.rstrip().rfind(" ")]
    lead = 0 if span.entry is not None else _leading_words(printed)
    if printed == text[span.start : span.end] and not lead:
        return span
    start = span.start + lead
    printed = printed[lead:]
    return _Span(start, start + len(printed.rstrip(" ,")), catalog.match(clean(printed)))


def _piece(text: str, span: _Span, catalog: Catalog[Entry]) -> Piece:
    printed = clean(text[span.start : span.end])
    name, acronym = split_acronym(printed)
    if span.entry is None and acronym and catalog.exact(acronym) is not None and not abbreviates(acronym, name):
        acronym = None  # another entry's acronym is no sigla of this name
    return Piece(printed, span.entry, acronym if span.entry is None else None)


def distinct(pieces: list[Piece], shorter_mentions: bool = False) -> list[Piece]:
    """One piece per entity, the first printed.

    Pieces are one entity when they have one canonical name, or (unknown) one name; an
    acronym printed after an unknown name it abbreviates, or equal to an earlier piece's
    sigla, is that name. With `shorter_mentions` (funders), a later mention whose words begin
    an earlier one ("el Gobierno Regional" after "Gobierno Regional de Tarapacá") is that one.
    """
    out: list[Piece] = []
    for piece in pieces:
        same = next((i for i, earlier in enumerate(out) if _same_entity(earlier, piece, shorter_mentions)), None)
        if same is None:
            out.append(piece)
        elif (
            out[same].entry is None and out[same].sigla is None and piece.entry is None and is_acronym_word(piece.texto)
        ):
            out[same] = replace(out[same], printed_sigla=piece.texto)  # "Cámara ..., CChC"
    return out


def _same_entity(earlier: Piece, later: Piece, shorter_mentions: bool) -> bool:
    if earlier.entry is not None and later.entry is not None and earlier.entry.nombre == later.entry.nombre:
        return True
    if later.entry is None and is_acronym_word(later.texto):
        return later.texto == earlier.sigla or (earlier.entry is None and abbreviates(later.texto, earlier.nombre))
    if earlier.entry is None and later.entry is None and name_key(earlier.nombre) == name_key(later.nombre):
        return True
    return shorter_mentions and _shorter_mention(earlier, later)


def _shorter_mention(earlier: Piece, later: Piece) -> bool:
    """A later mention of `earlier` by its first words: alone ("el Gobierno Regional" after
    "Gobierno Regional de Tarapacá"), or (two words at least) followed by lower-case words that
    are no name ("el Fondo Social financió los talleres")."""
    before = name_key(earlier.nombre).split()
    printed = [w for w in later.nombre.split() if fold(w) not in words()["articles"] | words()["ownership"]]
    after = name_key(later.nombre).split()
    pairs = enumerate(zip(before, after, strict=False))
    common = next((i for i, (a, b) in pairs if a != b), min(len(before), len(after)))
    if 0 < len(after) < len(before) and common == len(after):
        return True
    return 2 <= common < len(before) and common < len(printed) and printed[common][:1].islower()


def guess_office_type(text: str) -> str:
    return "externo" if has_word(text, "external_words") else "municipal"
