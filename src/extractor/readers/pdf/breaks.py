"""Words broken without a hyphen: a word wider than its cell, cut where the cell's edge fell.

A word processor hyphenates no word by default (`producer.py`), but a word wider than the whole
line it stands on (a long word in a narrow table cell) cannot wrap at a space: LibreOffice breaks
it at the last letter that fits, with no hyphen ("acompañamien" over "to y asesoría"). Such a line
holds that one word alone and reaches its cell's right edge, and the next line starts under it
with the word's lower-case tail.

A word that merely fills its line, its line broken at the space after it ("acompañamiento" over
"y asesoría"), looks the same to geometry: the room left at the edge is narrower than a space and
a word both. So a line of one word of `broken_word_letters` letters or more, ending within
`broken_word_gap` font sizes of its panel's right edge, followed in the same panel by a line
starting in lower case within `broken_word_indent` font sizes under its left edge, is read:

- as one word broken in two when the two pieces make a word of the template's vocabularies
  (a category's, a Sello line's, a heading's name: "Emprendimient" + "o"), or when the next
  line's first word is a short tail (at most `broken_word_tail` letters) that is no Spanish
  function word (`vocab.function_words`): the line ends with a soft hyphen, which
  `text.join_lines` joins with no space ("acompañamien" + "to");
- as two words, said by nothing, when the line's word is itself a word of those vocabularies
  ("Intermediación" over "laboral");
- as two words otherwise, with a note (aviso `lectura_dudosa`) where the panel's lines end: the
  break may have cut one word ("interinstitucion" + "alidad", "acompañamiento" + "y").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from ...layout import UNCLEAR, Line, Provenance, ReaderNote
from ...settings import LAYOUT, LayoutSettings
from ...text import SOFT_HYPHEN, fold
from ...vocab import categories, function_words, headings, municipality_prefixes, sello_lines
from .geometry import bbox
from .objects import Box
from .order import Unit


def _first_word(text: str) -> str:
    """The letters a line's text opens with ("to" of "to y asesoría", "o" of "o,")."""
    word = text.split(maxsplit=1)[0] if text.strip() else ""
    end = next((i for i, ch in enumerate(word) if not ch.isalpha()), len(word))
    return word[:end]


def _may_be_broken(line: Unit, after: Unit, panel: Box | None, settings: LayoutSettings) -> bool:
    """Whether `line` (one word filling its panel `panel` to its right edge) and `after` (the next
    line of the panel, starting under it in the word's case: lower case, or capitals after a word in
    capitals) may be one word cut by the panel's edge; with no panel (an unruled cell), wherever the
    word ends."""
    first, second = line.payload, after.payload
    if not isinstance(first, Line) or not isinstance(second, Line):
        return False
    size = first.size or 1.0
    word = first.text
    return (
        len(word) >= settings.broken_word_letters
        and word.isalpha()
        and (second.text[:1].islower() or (word.isupper() and second.text[:1].isupper()))
        and after.box["top"] > line.box["bottom"] - settings.broken_word_indent * size
        and abs(after.box["x0"] - line.box["x0"]) <= settings.broken_word_indent * size
        and (panel is None or panel["x1"] - line.box["x1"] <= settings.broken_word_gap * size)
    )


@cache
def _template_words() -> frozenset[str]:
    """The words (folded) of the template's vocabularies: categories', Sello lines' and headings' names,
    the municipality label's ("Municipalidad")."""
    names = [name for term in (*categories(), *sello_lines(), *headings()) for name in term.names]
    return frozenset(word for name in [*names, *municipality_prefixes()] for word in fold(name).split())


def _is_tail(word: str, settings: LayoutSettings) -> bool:
    """A short piece of letters that is no word of its own: the tail of a broken word."""
    return 0 < len(word) <= settings.broken_word_tail and word.lower() not in function_words()


def _note(line: Unit, after: Unit, page_number: int) -> Unit:
    first, second = line.payload, after.payload
    assert isinstance(first, Line) and isinstance(second, Line)
    message = (
        f"«{first.text}» llena su línea y la siguiente sigue con «{_first_word(second.text)}»: puede ser una"
        " palabra cortada sin guion por el borde de la celda; se leyeron como dos palabras"
    )
    return Unit(after.box, payload=ReaderNote(UNCLEAR, message, Provenance(page_number, bbox(after.box))))


def join_broken_words(
    ordered: list[Unit], panels: Sequence[Box], page_number: int, settings: LayoutSettings = LAYOUT
) -> list[Unit]:
    """The page's units in reading order (`order.reading_order`; `panels` the boxes their `panel`
    indexes name, in points) with each word cut by its panel's edge marked for joining (its line
    ending in a soft hyphen), and a note after the panel's run of lines for each cut that cannot be
    told from a break at a space."""
    out = list(ordered)
    notes: dict[int, list[Unit]] = {}  # index of the last line of a panel's run -> notes after it
    for i in range(len(out) - 1):
        line, after = out[i], out[i + 1]
        if (
            line.panel != after.panel
            or line.layer != after.layer
            or (line.panel is not None and line.panel >= len(panels))
        ):
            continue
        if not _may_be_broken(line, after, None if line.panel is None else panels[line.panel], settings):
            continue
        assert isinstance(line.payload, Line) and isinstance(after.payload, Line)
        head, tail = line.payload.text, _first_word(after.payload.text)
        if line.panel is None:  # no cell's edge to go by: only the template's own words are joined
            if fold(head + tail) in _template_words() and fold(head) not in _template_words():
                out[i] = replace(line, payload=replace(line.payload, text=head + SOFT_HYPHEN))
            continue
        if fold(head + tail) in _template_words() or _is_tail(tail, settings):
            out[i] = replace(line, payload=replace(line.payload, text=head + SOFT_HYPHEN))
            continue
        if fold(head) in _template_words():
            continue
        end = i + 1
        while end + 1 < len(out) and out[end + 1].panel == line.panel and isinstance(out[end + 1].payload, Line):
            end += 1
        notes.setdefault(end, []).append(_note(line, after, page_number))
    if not notes:
        return out
    return [unit for i, each in enumerate(out) for unit in (each, *notes.get(i, []))]
