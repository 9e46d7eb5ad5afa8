"""Segmentation: a document's items -> fichas -> sections, by the template's headings.

Headings are recognised by their wording (case, accents, a trailing colon,
wrapping over two lines and small typos do not matter) when they stand out
from body text: bold, a heading style, a larger size, or a "Label:" that
starts a paragraph ("Label: value" is split in two). A table that is not a
month table is read cell by cell; the left cell of a label|value row stands
out by its place, so it is a heading like a bold one. A heading wrapped over
two blocks is joined when the two match better than the first alone.

A ficha's title is a title-like block (Title / Heading 1 style, or text much
larger than the body) that is followed by section headings before the next
title-like block; cover and introduction pages have titles but no sections,
so they make no ficha. Where no title-like block stands on the page of a ficha's first heading (a
title set under SETTINGS.fichas.title_ratio, after a cover's title-like words), the title is the largest text
before that heading on its page (`_page_title`); text printed again on other pages at its size (a
running header or band) is never a title. A doubtful choice is said (`title_doubt`, aviso
`titulo_dudoso`). The ficha starts at the first of its head elements: a
municipality label printed right above the title on its page is its own.
Each section runs to the next heading.

A document holds fichas only when one of them has a title and at least
`SETTINGS.fichas.min_ficha_headings` distinct section headings of the template (`no_ficha_reason`):
an expense table with a "Description" column is not a ficha. Once one ficha
qualifies, every ficha of the document is kept (a weaker one is a record to
review, its missing sections flagged, never lost).

`segment` returns its decisions (`Segmentation`): every prepared item with
its role, the heading it was recognised as and its score, and the ficha and
section it went to; each ficha's municipality label and category checkbox list.
The fields stage and `extractor inspect` read these decisions; neither
decides again.
"""

from __future__ import annotations

import bisect
import functools
import re
import statistics
from collections import Counter
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from enum import Enum
from itertools import pairwise
from typing import Literal, NamedTuple, TypeVar

from ..glyphs import (
    CHECK_MARKS,
    YES_NO_TITLES,
    cross_reading,
    is_check_mark,
    is_negative_cross,
    printed_mark,
    undecided_crosses,
)
from ..layout import (
    HEADER_REGION,
    Checkbox,
    Item,
    Layout,
    Provenance,
    ReaderNote,
    Table,
    TableRole,
    TextBlock,
    bbox_union,
)
from ..normalize.catalogs import Catalogs, shipped
from ..settings import SETTINGS
from ..template import (
    heading_term,
    heading_word_alone,
    is_bare_prefix,
    is_ficha_kicker,
    number_removed,
    opens_with_title_label,
    part_of_a_heading,
    starts_with_comuna_label,
    starts_with_municipality,
    strip_prefix,
    title_label,
    without_number,
)
from ..text import clean, fold, join_lines
from ..vocab import (
    Term,
    best_term,
    categories,
    heading_style_prefixes,
    headings,
    headings_over_month_table,
    one_mark_beside_every_category,
    sello_lines,
    sello_table_headers,
    title_styles,
)
from .leaves import on_leaves
from .paragraphs import paragraphs
from .regions import continued_regions, root

_NAME_STOP = re.compile(r"[,:;]")  # the punctuation after a Sello line's name opening its justification
TEXT_MARKS = frozenset({"x", "si"})  # a cell's typed mark (folded), besides check glyphs
UNKNOWN_SECTION = "encabezado_desconocido"  # the section of a heading set like the template's that names none of them


class Role(str, Enum):
    """What a prepared item is to segmentation."""

    # mypy reads this member as an override of str.title(); it shadows the method on purpose (its
    # name and value are what inspect prints, and renaming it would rename a public name).
    title = "title"  # type: ignore[assignment]  # title-like: a title style, or text much larger than the body
    heading = "heading"  # one of the template's section headings
    unknown_heading = "unknown_heading"  # set like the template's headings, but naming none of them
    municipality = "municipality"  # a municipality label (never a title, however large)
    body = "body"  # anything else


class Heading(NamedTuple):
    """A recognised section heading: its vocabulary key and match score (0-100)."""

    key: str
    score: float


@dataclass
class Placed:
    """One prepared item and what segmentation decided about it."""

    item: Item
    role: Role
    heading: Heading | None = None  # for a heading: what it was recognised as
    ficha: int | None = None  # 1-based; None outside every ficha (cover, introduction)
    section: str | None = None  # the part of the ficha: "title", "head" or a section key
    category: str | None = None  # the category a checkbox of its ficha's category list names

    @property
    def page(self) -> int | None:
        return self.item.prov.page


@dataclass
class Section:
    key: str
    heading: TextBlock
    score: float
    items: list[Item] = field(default_factory=list)
    loose: list[Item] = field(default_factory=list)  # text of a drawn region holding no anchor (`_loose_regions`)
    boxes: set[str] = field(default_factory=set)  # regions its box went on in past a break (`_PanelSection`)
    own: set[str] = field(default_factory=set)  # regions of its name printed again under it (a table's header cell)


@dataclass
class UnknownSection:
    """A heading set like the document's template headings whose text is none of them, and the
    items up to the next heading: no field takes them (aviso `encabezado_desconocido`)."""

    heading: TextBlock
    items: list[Item] = field(default_factory=list)
    after: str | None = None  # the key of the template section it ends (None: none before it)


@dataclass
class MunicipalityLabel:
    """The printed municipality label of a ficha: its text, and the head blocks it is printed in
    ("MUNICIPALIDAD" over "PUENTE ALTO" is two blocks, one label)."""

    text: str
    blocks: list[TextBlock]


@dataclass(frozen=True)
class CategoryBox:
    """A checkbox of a ficha's category list and the category its label names (None: none);
    `parts`: the printed items it was read from when it is a row of a table of labels and marks
    (`_category_table`), which no field takes again."""

    box: Checkbox
    category: str | None
    parts: tuple[Item, ...] = ()
    doubt: str | None = None  # why its state could not be read (`glyphs.cross_reading` "undecided")


@dataclass
class FichaParts:
    """One ficha's items, grouped: title, head (before the first heading), sections; and
    what segmentation found in them: the municipality label (in the head) and the category
    checkbox list (wherever it was printed; empty when the ficha has none)."""

    title: TextBlock | None
    head: list[Item] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    municipality: MunicipalityLabel | None = None
    categories: list[CategoryBox] = field(default_factory=list)
    unknown: list[UnknownSection] = field(default_factory=list)  # headings no template heading names
    title_doubt: str | None = None  # why the title chosen may not be the ficha's (`title_doubt`); None: sure
    sheets: dict[int, int] = field(default_factory=dict)  # its items' page (a leaf) -> the PDF page (`leaves`)

    def all_items(self) -> list[Item]:
        items: list[Item] = [self.title] if self.title else []
        items += self.head
        for section in self.sections:
            items += [section.heading, *section.items, *section.loose]
        for unknown in self.unknown:
            items += [unknown.heading, *unknown.items]
        return items

    def pages(self) -> list[int]:
        pages = {it.prov.page for it in self.all_items() if it.prov.page is not None}
        for block in (it for it in self.all_items() if isinstance(it, TextBlock)):
            pages.update(line.prov.page for line in block.lines if line.prov.page is not None)
        for table in (it for it in self.all_items() if isinstance(it, Table)):
            pages.update(c.prov.page for c in table.cells if c.prov.page is not None)
        return sorted({self.sheets.get(page, page) for page in pages})


# A segmentation's answers by block (`_remembering`): a block's text and whether it is a template
# heading are asked again and again by rule after rule (58 120 texts and 13 507 heading checks of
# 6 877 blocks on a 208-page publication). Keyed by the block's id, each entry holding its block, so
# no id is reused while the memo lives; blocks are never changed in place (a rule makes a new one).
# A block's title look (`is_title_like`, 12 910 asks of the 6 877 blocks) and a text's naming of a
# municipality (`_names_municipality`, keyed by the text and the catalogs asked) likewise.
_texts: dict[int, tuple[TextBlock, str]] | None = None
_headings: dict[tuple[int, float], tuple[TextBlock, tuple[str, float] | None]] | None = None
_titles: dict[tuple[int, float], tuple[TextBlock, bool]] | None = None
_municipal: dict[tuple[str, int], tuple[Catalogs, bool]] | None = None


@contextmanager
def _remembering() -> Iterator[None]:
    """Within the block, `block_text`, `heading_match`, `is_title_like` and `_names_municipality` keep
    their answers by block (or text); forgotten after."""
    global _texts, _headings, _titles, _municipal
    outer = (_texts, _headings, _titles, _municipal)
    _texts, _headings, _titles, _municipal = {}, {}, {}, {}
    try:
        yield
    finally:
        _texts, _headings, _titles, _municipal = outer


def block_text(block: TextBlock) -> str:
    memo = _texts
    if memo is None:
        return join_lines(block.raw_lines)
    hit = memo.get(id(block))
    if hit is not None and hit[0] is block:
        return hit[1]
    text = join_lines(block.raw_lines)
    memo[id(block)] = (block, text)
    return text


def body_size(items: list[Item]) -> float:
    sizes = []
    for block in (i for i in items if isinstance(i, TextBlock)):
        for line in block.lines:
            if line.size:
                sizes.extend([line.size] * max(1, len(line.text) // 20))
    return statistics.median(sizes) if sizes else 0.0


def _is_emphasised(block: TextBlock, body: float) -> bool:
    """Set apart from the body: bold, a heading or title style, larger, ending with a colon, or in
    capitals; a name's acronym in parentheses ("(SECPLAC)", the end of a list cut by a page break)
    is in capitals by nature, no emphasis."""
    style = (block.style or "").lower()
    text = block_text(block)
    return (
        block.bold
        or style.startswith(heading_style_prefixes())
        or style in title_styles()
        or (body > 0 and block.size >= body * 1.08)
        or text.endswith(":")
        or (text.isupper() and len(text) > 3 and not (text.startswith("(") and text.rstrip(".,;").endswith(")")))
    )


def heading_match(block: TextBlock, body: float) -> tuple[str, float] | None:
    """(section key, score) when the block is one of the template's headings."""
    return _remembered(_headings, _heading_match, block, body)


Answer = TypeVar("Answer")


def _remembered(
    memo: dict[tuple[int, float], tuple[TextBlock, Answer]] | None,
    answer: Callable[[TextBlock, float], Answer],
    block: TextBlock,
    body: float,
) -> Answer:
    """`answer(block, body)`, kept in `memo` while one segmentation runs (by the block's id and the
    body size; the block is kept too, so an id a freed block left is never taken for it); asked
    afresh when `memo` is None (outside a segmentation)."""
    if memo is None:
        return answer(block, body)
    hit = memo.get((id(block), body))
    if hit is not None and hit[0] is block:
        return hit[1]
    found = answer(block, body)
    memo[(id(block), body)] = (block, found)
    return found


def _heading_match(block: TextBlock, body: float) -> tuple[str, float] | None:
    """(section key, score) when the block is one of the template's headings: emphasised
    (`_is_emphasised`), or a line of its own that is a heading's printed name exactly (its number
    and colon aside), however it is set: a side panel's heading shrunk to the body's size in its
    weight, told by its pill, band or number (browser seeds 9429, 9456). A Sello table's column
    title (`vocab.sello_table_headers`) is a heading only when it is a heading's name exactly: "Línea
    de acción" over the names of a table is its header row, though it matches "Líneas de acción"
    (a new user's trial, 2026-12-07: the header taken for a heading put the justifications before
    the names and left them unread)."""
    text = without_number(block_text(block)).rstrip(":").strip()
    if not text or len(text.split()) > SETTINGS.matching.max_heading_words:
        return None
    if fold(text) in sello_table_headers() and fold(text) not in _heading_names():
        return None  # a Sello table's column title ("Línea de acción"), near a heading's name but none
    if not _is_emphasised(block, body) and not _names_a_heading_alone(block, text):
        return None
    term, score = heading_term(block_text(block))
    return (term.id, score) if term else None


def _names_a_heading_alone(block: TextBlock, text: str) -> bool:
    """The block's `text` (its number and colon aside) folds to a template heading's printed name,
    on one line, or wrapped over its lines inside a drawn region (a table's label cell too narrow
    for it: "Departamento/Oficinas municipales" / "que participan")."""
    return (len(block.lines) == 1 or block.region is not None) and fold(text) in _heading_names()


@functools.cache
def _heading_names() -> frozenset[str]:
    """Every template heading's printed names, folded."""
    return frozenset(name for term in headings() for name in term.folded)


def _set_as_label(text: str) -> bool:
    """Set as a label is: its first letter a capital ("MUNICIPALIDAD", "Municipalidad de", "I.
    Municipalidad"), no sentence's stop at its end. "municipalidad." is a sentence's last word
    on a line of its own ("Recursos propios de la" | "municipalidad.": browser seed 7051)."""
    stripped = text.strip()
    first = next((c for c in stripped if c.isalpha()), "")
    return first.isupper() and not stripped.endswith((".", "!", "?", "…"))


def _names_municipality(text: str, catalogs: Catalogs) -> bool:
    """ "MUNICIPALIDAD DE PUENTE ALTO", a bare comuna name such as "PUENTE ALTO", or a comuna's
    label naming one ("Comuna: San Joaquín · Región Metropolitana", `starts_with_comuna_label`), of
    `catalogs`, set as a label (`_set_as_label`)."""
    memo = _municipal
    if memo is None:
        return _municipality_named(text, catalogs)
    hit = memo.get((text, id(catalogs)))
    if hit is not None and hit[0] is catalogs:
        return hit[1]
    found = _municipality_named(text, catalogs)
    memo[(text, id(catalogs))] = (catalogs, found)
    return found


def _municipality_named(text: str, catalogs: Catalogs) -> bool:
    """`_names_municipality`, asked afresh."""
    if not _set_as_label(text):
        return False
    bare_comuna = (
        len(text.split()) <= SETTINGS.fichas.max_municipality_words
        and strip_prefix(text) == fold(text)
        and catalogs.find_comuna(text) is not None
    )
    labelled_comuna = starts_with_comuna_label(text) and catalogs.find_comuna(text) is not None
    return starts_with_municipality(text) or bare_comuna or labelled_comuna


def is_municipality_label(block: TextBlock, previous: Item | None, catalogs: Catalogs | None = None) -> bool:
    """ "MUNICIPALIDAD PUENTE ALTO", or "PUENTE ALTO" printed under a bare "MUNICIPALIDAD"; a bare
    comuna name is one of `catalogs` (the shipped catalogs when None)."""
    catalogs = catalogs or shipped()
    if isinstance(previous, TextBlock) and is_bare_prefix(block_text(previous)) and _set_as_label(block_text(previous)):
        return True
    return _names_municipality(block_text(block), catalogs) or _ends_a_label(block, previous, catalogs)


def _ends_a_label(block: TextBlock, previous: Item | None, catalogs: Catalogs) -> bool:
    """Whether `block` is the wrapped end of the municipality label before it: the label names no
    comuna of `catalogs` alone ("ILUSTRE MUNICIPALIDAD DE SAN"), the two joined do ("... JOAQUÍN"),
    and `block` is the label's next line (`_wraps_onto`)."""
    if not isinstance(previous, TextBlock):
        return False
    text = block_text(previous)
    return (
        _names_municipality(text, catalogs)
        and catalogs.find_comuna(text) is None
        and _wraps_onto(previous, block)
        and catalogs.find_comuna(f"{text} {block_text(block)}") is not None
    )


def municipality_label(head: list[TextBlock], catalogs: Catalogs | None = None) -> MunicipalityLabel | None:
    """The first municipality label among a ficha's head blocks; a bare "MUNICIPALIDAD" takes
    the block after it (that block alone when it names the municipality itself: a label | value row
    "Municipalidad | MUNICIPALIDAD DE SAN JOAQUÍN"); a bare comuna name is one of `catalogs` (the
    shipped catalogs when None). A label printed in the body comes before one read from a Word page
    header (region HEADER_REGION), which stands for the fichas of its section whose body prints none."""
    catalogs = catalogs or shipped()
    head = [b for b in head if b.region != HEADER_REGION] + [b for b in head if b.region == HEADER_REGION]
    for i, block in enumerate(head):
        text = block_text(block)
        used = [block]
        if is_bare_prefix(text) and _set_as_label(text) and i + 1 < len(head):
            used.append(head[i + 1])
            after = block_text(head[i + 1])
            text = after if starts_with_municipality(after) else f"{text} {after}"
        if _names_municipality(text, catalogs):
            if catalogs.find_comuna(text) is None and i + len(used) < len(head):
                wrapped = head[i + len(used)]
                joined = f"{text} {block_text(wrapped)}"
                if _wraps_onto(used[-1], wrapped) and catalogs.find_comuna(joined) is not None:
                    return MunicipalityLabel(joined, [*used, wrapped])
            return MunicipalityLabel(text, used)
    return None


def _wraps_onto(block: TextBlock, below: TextBlock) -> bool:
    """Whether `below` is the next line of a label `block` wrapped in a narrow cell: on its page and
    in its drawn region, in its size, its top within a line (`SETTINGS.fichas.wrap_lines` of its size) under the
    block's bottom, the two overlapping across ("MUNICIPALIDAD SAN" over a centred "JOAQUÍN")."""
    a, b = block.prov.bbox, below.prov.bbox
    if a is None or b is None or block.prov.page != below.prov.page or block.region != below.region:
        return False
    size = block.size or 10.0
    return (
        abs(_lower_case_size(below) - _lower_case_size(block)) <= 0.5
        and -0.2 * size <= b[1] - a[3] <= SETTINGS.fichas.wrap_lines * size
        and min(a[2], b[2]) > max(a[0], b[0])
    )


def _lower_case_size(block: TextBlock) -> float:
    """The size of a block's lower-case letters, points: its small capitals' size when its lines
    are printed in small capitals (`Line.small_capitals`: "ILUSTRE MUNICIPALIDAD DE SAN" over
    "JOAQUÍN", whose capital "J" makes the line's size), else its size."""
    small = [line.small_capitals for line in block.lines if line.small_capitals]
    return min(small) if small else block.size


def category_named(label: str | None) -> Term | None:
    """The category a checkbox label names ("Otra: X" names otra), else None."""
    if not label:
        return None
    head = label.partition(":")[0]
    term, _ = best_term(head, categories(), SETTINGS.fichas.category_cutoff)
    if term is None:
        folded = fold(head)
        term = next((t for t in categories() for name in t.folded if folded.startswith(name + " ")), None)
    return term


def _whole_category_name(text: str) -> bool:
    """Whether `text` is a category's name and nothing more (the part before a colon: "Otra:
    Regularización" is otra's), as the vocabulary spells it (within SETTINGS.fichas.category_cutoff)."""
    head = text.partition(":")[0]
    return (
        len(text.split()) <= SETTINGS.fichas.max_category_label_words
        and best_term(head, categories(), SETTINGS.fichas.category_cutoff)[0] is not None
    )


def is_title_like(block: TextBlock, body: float) -> bool:
    """A block styled as a title, or printed SETTINGS.fichas.title_ratio times the body size or larger and no longer
    than a title; a piece of a template heading (`template.part_of_a_heading`: "MUNICIPALES QUE
    PARTICIPAN:", its first line read into one line with its value) is none: a heading of the
    template never opens a ficha."""
    return _remembered(_titles, _title_like, block, body)


def _title_like(block: TextBlock, body: float) -> bool:
    """`is_title_like`, asked afresh."""
    style = (block.style or "").lower()
    if style in title_styles():
        return True
    return _title_sized(block, body, SETTINGS.fichas.title_ratio)


def _title_sized(block: TextBlock, body: float, ratio: float) -> bool:
    """Printed `ratio` times the body size or larger, no longer than a title, with a title's words
    (`_worded`), and no piece of a template heading."""
    text = block_text(block)
    if body <= 0 or block.size < ratio * body or len(text) > 200 or not _worded(text):
        return False
    return not part_of_a_heading(text) and not heading_word_alone(text)


def _worded(text: str) -> bool:
    """Whether `text` holds a word of SETTINGS.fichas.title_min_letters letters or more, a heading's number aside: a
    title is words. A heading's number alone ("VI."), a line of digits (a month table's ticks a
    scan's OCR read as "1 1 1"), a ficha's number beside its title ("03" in display size) or lone
    letters (specks read "z Ñ") printed or measured large is none, and opened a second record."""
    return any(
        sum(ch.isalpha() for ch in word) >= SETTINGS.fichas.title_min_letters for word in number_removed(text).split()
    )


def _is_body(block: TextBlock, body: float) -> bool:
    return not _is_emphasised(block, body) and not is_title_like(block, body)


@dataclass(frozen=True)
class BlockJudge:
    """Segmentation's decisions about a block, as the paragraph rules ask them (`paragraphs.Judge`),
    for a document whose body text is `body` points."""

    body: float
    catalogs: Catalogs

    @classmethod
    def of(cls, items: list[Item], catalogs: Catalogs) -> BlockJudge:
        return cls(body_size(items), catalogs)

    def heading(self, block: TextBlock) -> tuple[str, float] | None:
        return heading_match(block, self.body)

    def emphasised(self, block: TextBlock) -> bool:
        return _is_emphasised(block, self.body)

    def body_text(self, block: TextBlock) -> bool:
        return _is_body(block, self.body)

    def lead_in(self, block: TextBlock) -> bool:
        """A bold lead-in (`_is_lead_in`); a municipality label is none (`anchor`): no text goes on
        in it, though it is bold and ends with no stop (browser seed 184)."""
        return _is_lead_in(block, self.body) and not self.anchor(block)

    def sello_name(self, block: TextBlock) -> bool:
        return names_sello_line(block)

    def sello_item(self, block: TextBlock) -> bool:
        return opens_sello_line(block)

    def anchor(self, block: TextBlock) -> bool:
        return is_title_like(block, self.body) or _names_municipality(block_text(block), self.catalogs)

    def category_column(self, block: TextBlock) -> bool:
        """Every line of the PDF block is a category's name alone, at least SETTINGS.fichas.min_category_list of them:
        the label column of a category table (its rows evenly spaced), which `_category_table` pairs
        with the marks on its rows. Two lines are one too when each is a category's whole name
        (`_whole_category_name`: two unmarked labels of a checklist, read one after the other
        between its marks), not only its first words ("Capacitaciones en oficios" over a
        paragraph's next line)."""
        lines = block.lines
        if block.prov.page is None or len(lines) < 2 or any(line.prov.bbox is None for line in lines):
            return False
        if len(lines) < SETTINGS.fichas.min_category_list:
            return all(_whole_category_name(line.text) for line in lines)
        return all(
            len(line.text.split()) <= SETTINGS.fichas.max_category_label_words and category_named(line.text) is not None
            for line in lines
        )


def prepare(
    items: list[Item], catalogs: Catalogs | None = None, orphan_control: bool = False
) -> tuple[list[Item], float]:
    """The document's paragraphs (`segment/paragraphs.py`, the one place lines become paragraphs) and
    the body text size, in points. `catalogs` (the shipped ones when None) tell a bare comuna name
    printed as a municipality label; `orphan_control`, the layout's (`Layout.orphan_control`)."""
    prepared, judge = paragraphs(items, lambda runs: BlockJudge.of(runs, catalogs or shipped()), orphan_control)
    return prepared, judge.body


def names_sello_line(block: TextBlock) -> bool:
    """The block is a Sello line's name alone ("Vinculación comunitaria", wrapped or not): the left
    cell of a name | justification row."""
    return _is_a_sello_name(block_text(block).strip(" :.-–"))


def _is_a_sello_name(text: str) -> bool:
    """`text` is a Sello line's name: a heading's length at most, matching the vocabulary's."""
    return (
        0 < len(text.split()) <= SETTINGS.matching.max_heading_words
        and best_term(text, sello_lines(), SETTINGS.fichas.category_cutoff)[0] is not None
    )


def opens_sello_line(block: TextBlock) -> bool:
    """The block starts with a Sello line's name and a comma, colon or semicolon after it ("Acceso a
    la información y orientación integral, ya que ..."): an item of the Sello lines, as a list or
    as paragraphs (the Sello field cuts its text before each such sentence)."""
    parts = _NAME_STOP.split(block_text(block), maxsplit=1)
    return len(parts) == 2 and _is_a_sello_name(parts[0].strip(" .-–"))


def _is_lead_in(block: TextBlock, body: float) -> bool:
    """A bold line that is no heading and no title: the name a list item or paragraph starts with."""
    return block.bold and heading_match(block, body) is None and not is_title_like(block, body)


@dataclass
class Segmentation:
    """What `segment` decided: every prepared item in reading order, placed; the fichas."""

    items: list[Placed]
    fichas: list[FichaParts]
    body_size: float  # median text size of the body, in points (0 when no size is known)


def _decide(item: Item, previous: Item | None, body: float, catalogs: Catalogs) -> Placed:
    match = heading_match(item, body) if isinstance(item, TextBlock) else None
    if match:
        return Placed(item, Role.heading, Heading(*match))
    if isinstance(item, TextBlock) and is_municipality_label(item, previous, catalogs):
        return Placed(item, Role.municipality)
    if isinstance(item, TextBlock) and is_title_like(item, body):
        return Placed(item, Role.title)
    return Placed(item, Role.body)


def segment(layout: Layout, catalogs: Catalogs | None = None) -> Segmentation:
    """The fichas of a document, each with its head and sections, and every decision taken; a
    bare comuna name is a municipality label when `catalogs` hold it (the shipped ones when None)."""
    if layout.folds:  # a sheet of two pages side by side: each half a page (`leaves`)
        items, sheets = on_leaves(layout.items, layout.folds)
        found = segment(replace(layout, items=items, folds={}), catalogs)
        for ficha in found.fichas:
            ficha.sheets = sheets
        return found
    with _remembering():
        return _segment(layout, catalogs or shipped())


def _segment(layout: Layout, catalogs: Catalogs) -> Segmentation:
    items, body = prepare(layout.items, catalogs, layout.orphan_control)
    # strict=False: with no items the list of previous ones is [None], one longer
    previous_items = [None, *items[:-1]]
    placed = [_decide(item, previous, body, catalogs) for item, previous in zip(items, previous_items, strict=False)]
    printed = _printed(placed)
    for p in placed:
        if p.role is Role.title and _repeats_elsewhere(p, printed):
            p.role = Role.body  # a running header or band set large: no ficha's title
    placed = titles_over_grids(titles_across_pages(titles_across_boxes(placed)))
    items = [p.item for p in placed]
    by_page = heads_by_page(placed, _ficha_starts(placed, body))
    if by_page is not None:
        placed = by_page
        items = [p.item for p in placed]
    by_band = bands_by_title(placed, _ficha_starts(placed, body))
    if by_band is not None:
        placed = by_band
        items = [p.item for p in placed]
    titles = {_head_start(placed, start): start for start in _ficha_starts(placed, body)}  # start -> title
    starts = list(titles)
    starts = _without_front_matter(placed, starts)
    if starts:
        starts[0] = _form_start(placed, starts[0])
    mark_unknown_headings(placed, body)
    printed, on_page = _printed(placed), _on_page(placed)
    fichas = []
    titled = Counter(placed[start].page for start in starts if placed[start].role is Role.title)
    shared = {page for page, count in titled.items() if count > 1}  # pages holding two fichas' titles
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(items)
        fichas.append(_ficha(n + 1, placed[start:end], catalogs, shared, titles.get(start, start) - start))
        fichas[-1].title_doubt = title_doubt(placed[start:end], placed, printed, start, on_page)
    return Segmentation(placed, fichas, body)


def _without_front_matter(placed: list[Placed], starts: list[int]) -> list[int]:
    """`starts` less those of the publication's opening pages read as fichas: each ficha before the
    first that has SETTINGS.fichas.min_ficha_headings distinct template headings, when it has fewer and either
    SETTINGS.fichas.front_matter_headings at most (a summary table's column headed "Categoría") or none on its
    title's page (a cover's title over a page of such a table). Its items stand outside every ficha
    (`pipeline.outside_fichas`: quoted in the run report, never a record). A document with no ficha
    of SETTINGS.fichas.min_ficha_headings after them keeps them all (`no_ficha_reason` decides)."""
    if not starts:
        return starts
    ends = [*starts[1:], len(placed)]
    kept = list(starts)
    for start, end in zip(starts, ends, strict=True):
        headings_ = [p for p in placed[start:end] if p.role is Role.heading and p.heading is not None]
        keys = {p.heading.key for p in headings_ if p.heading is not None}
        if len(keys) >= SETTINGS.fichas.min_ficha_headings:
            return kept
        title_page = placed[start].page
        on_title_page = title_page is None or any(p.page == title_page for p in headings_)
        if len(keys) > SETTINGS.fichas.front_matter_headings and on_title_page:
            return starts
        kept.remove(start)
    return starts


def _ficha_starts(placed: list[Placed], body: float) -> list[int]:
    """Index where each ficha's title starts: the title-like block before a run of headings; or,
    where the headings start over, the title printed right before them (`_restart_title`), else
    the largest text before them on their page (`_page_title`); or, when no title-like block
    stands on the first heading's page (none yet, or a cover's on a page before), the title
    printed right before it (after a cover's) or else the largest text before it on its page; or,
    where a heading the ficha already has comes again, whatever the template's order (sections set
    in an order of the document's own), the title printed right before it (`_restart_title`)."""
    starts: list[int] = []
    last_title = None
    headings_since_title = 0
    order = [term.id for term in headings()]
    previous_key = None
    previous_heading: int | None = None
    pages = _PageFacts(placed)
    seen: set[str] = set()  # the heading keys met since the ficha's title
    for i, p in enumerate(placed):
        if p.role is Role.title:
            # Consecutive title-like blocks of one page (a title broken by the layout) count as
            # one; a cover's title-like lines on the page before are no part of it.
            if last_title is None or headings_since_title > 0 or not _continues_title(placed[last_title : i + 1]):
                last_title = i
                headings_since_title = 0
                seen = set()
        elif p.role is Role.heading and p.heading is not None:
            key = p.heading.key
            if headings_since_title == 0:
                if p.page is not None and (last_title is None or placed[last_title].page != p.page):
                    # no title-like block yet, or the last one is on a page before (a cover's): the
                    # ficha's own title, less large, stands right before its headings, or is the
                    # largest text before them on their page
                    own = _restart_title(placed, i, body) if last_title is not None else None
                    own = own if own is not None else _page_title(placed, last_title, i, body, pages)
                    last_title = own if own is not None else last_title
                starts.append(last_title if last_title is not None else _untitled_start(starts, i))
                seen = set()
            elif previous_key is not None and order.index(key) < order.index(previous_key):
                title = _restart_title(placed, i, body)
                if title is None and p.page is not None:
                    title = _page_title(placed, previous_heading, i, body, pages)
                if title is not None:
                    starts.append(title)
                    last_title, headings_since_title, seen = title, 0, set()
                elif (labelled := _labelled_start(placed, i)) is not None:
                    starts.append(labelled)  # a form's row "Nombre de la práctica | <name>" opens the ficha
                    headings_since_title = 0
                    seen = set()
                elif last_title is None:
                    starts.append(i)  # no title anywhere yet (titles printed as pictures): untitled fichas
                    headings_since_title = 0
                    seen = set()
            elif key in seen and (title := _restart_title(placed, i, body)) is not None:
                # a heading the ficha already has, right under title-sized text: the next ficha of a
                # document setting its sections in an order of its own (trial 30 ed55: Breve
                # descripción first, the head's sections last), whatever the template's order
                starts.append(title)
                last_title, headings_since_title, seen = title, 0, set()
            headings_since_title += 1
            seen.add(key)
            previous_key, previous_heading = key, i
    # A title with no heading after it (cover, introduction) starts nothing.
    return sorted(set(starts))


def _restart_title(placed: list[Placed], heading: int, body: float) -> int | None:
    """The headings start over at `heading` (it comes before the previous one in the template):
    the next ficha, whose title is barely larger than the body (under SETTINGS.fichas.title_ratio). Its title
    is the run of blocks right before `heading` (municipality labels among them) that are larger
    than the body by SETTINGS.fichas.restart_title_ratio; those become title-like. None when there is none."""
    i = heading
    while i > 0 and (
        isinstance(placed[i - 1].item, ReaderNote)  # a reader's note on the label above (a page header's)
        or (isinstance(placed[i - 1].item, TextBlock) and placed[i - 1].role in (Role.body, Role.municipality))
    ):
        block = placed[i - 1].item
        if (
            isinstance(block, TextBlock)
            and placed[i - 1].role is Role.body
            and not _title_sized(block, body, SETTINGS.fichas.restart_title_ratio)
        ):
            break
        i -= 1
    while i < heading and isinstance(placed[i].item, ReaderNote):
        i += 1
    titles = [k for k in range(i, heading) if placed[k].role is Role.body and isinstance(placed[k].item, TextBlock)]
    if not titles:
        return None
    for k in titles:
        placed[k].role = Role.title
    return titles[0]


class _PageFacts:
    """What `_page_title` asks of the whole document for each heading, found once per `_ficha_starts`
    (a scan of every placed item per heading made long documents quadratic): the largest heading
    on each page, and where each text is printed (`_printed`). Roles change there only from body to
    title, so neither changes while it runs."""

    def __init__(self, placed: list[Placed]) -> None:
        self.headings: dict[int | None, float] = {}  # page -> the size of its largest heading
        for p in placed:
            if p.role is Role.heading:
                self.headings[p.page] = max(self.headings.get(p.page, 0.0), _size(p))
        self.printed = _printed(placed)


def _page_title(placed: list[Placed], after: int | None, heading: int, body: float, pages: _PageFacts) -> int | None:
    """The ficha's own title on the page of its first heading (at `heading`, PDF) when no title-like
    block stands on that page before it (`after`: the last title-like block, on a page before, or
    where the headings start over the heading before; None: none): the
    largest text printed before the heading on its page, after `after`, at least
    SETTINGS.fichas.restart_title_ratio times the body, larger than the page's headings by
    SETTINGS.fichas.title_over_headings
    (an unknown heading set like them, at their size, is none; a title half a point larger than
    plain headings set large is one) and no longer than a title; consecutive blocks of that size
    (within SETTINGS.fichas.title_size_tolerance) are one title. Text repeated on other pages at its size (a running
    header or band) is none. The blocks become title-like; None when there is none."""
    page = placed[heading].page
    start = 0 if after is None else after + 1
    headings_size = pages.headings[page]
    candidates = [
        k
        for k in range(start, heading)
        if placed[k].page == page
        and placed[k].role is Role.body
        and isinstance(block := placed[k].item, TextBlock)
        and _title_sized(block, body, SETTINGS.fichas.restart_title_ratio)
        and block.size > (1 + SETTINGS.fichas.title_over_headings) * headings_size
        and not _repeats_elsewhere(placed[k], pages.printed)
    ]
    if not candidates:
        return None
    size = max(_size(placed[k]) for k in candidates)
    first = next(k for k in candidates if _size(placed[k]) >= (1 - SETTINGS.fichas.title_size_tolerance) * size)
    end = first
    while end + 1 in candidates and _size(placed[end + 1]) >= (1 - SETTINGS.fichas.title_size_tolerance) * size:
        end += 1
    for k in range(first, end + 1):
        placed[k].role = Role.title
    return first


def _size(p: Placed) -> float:
    """The text size of a placed text block, in points (0 for anything else)."""
    return p.item.size if isinstance(p.item, TextBlock) else 0.0


Printed = dict[str, list[tuple[int, float]]]  # a folded text -> (page, size) of each text block printing it


def _printed(placed: list[Placed]) -> Printed:
    """Where each text of the placed text blocks (PDF) is printed: its folded text -> (page, size) of
    each block (`_repeats_elsewhere` asks it for one block after another)."""
    printed: Printed = {}
    for p in placed:
        if isinstance(p.item, TextBlock) and p.page is not None:
            printed.setdefault(fold(block_text(p.item)), []).append((p.page, p.item.size))
    return printed


def _repeats_elsewhere(one: Placed, printed: Printed) -> bool:
    """Whether the text block `one` (PDF) is printed again on another page at its size (within
    SETTINGS.fichas.title_size_tolerance), by the document's `printed` texts: a running header or band, a cover's
    words again; never one ficha's title."""
    item = one.item
    if not isinstance(item, TextBlock) or one.page is None:
        return False
    return any(
        page != one.page and abs(size - item.size) <= SETTINGS.fichas.title_size_tolerance * item.size
        for page, size in printed.get(fold(block_text(item)), ())
    )


def titles_across_boxes(placed: list[Placed]) -> list[Placed]:
    """The placed items with each PDF title broken by a box printed beside it made whole again.

    A box beside a title's first line (a category list, the municipality; its first item starts
    above the title's bottom edge) can push the rest of the title below it: reading order gives
    the title's first line, the box, then the title's other lines. When title-like text of the
    title's size (within SETTINGS.fichas.title_size_tolerance of it) follows such a run on the same page and the run
    holds at most one heading, it is the title going on: it moves to right after the title's first
    part, and the box to right before the first heading after it (the head's text, the
    municipality under the title, stays with the head)."""
    out = list(placed)
    i = 0
    while i < len(out):
        cut = _title_across_box(out, i)
        if cut is None:
            i += 1
            continue
        box_start, rest_start, rest_end = cut
        after = next((j for j in range(rest_end, len(out)) if out[j].role is Role.heading), rest_end)
        box, rest, head = out[box_start:rest_start], out[rest_start:rest_end], out[rest_end:after]
        out[box_start:after] = rest + head + box
        i = rest_end
    return out


def titles_over_grids(placed: list[Placed]) -> list[Placed]:
    """The placed items with a title printed over a label | value grid read first on its page.

    A grid's label column set in a drawn band (a table's shaded first column) is read before the
    value column holding the title: the template's headings come first on the page and the title
    after them. When the page's first title-like block is read after a template heading of the page,
    everything read before it on the page is printed below the title's bottom, and one heading of
    those has a text read before the title printed level with it to its right (a value beside its
    label: the headings are a grid's, not a column of running text), the title is the top of the
    page: it, and what is read right after it printed above all of that (the municipality label
    under the title), move to before the page's first item. Nothing else moves."""
    out = list(placed)
    pages: dict[int | None, list[int]] = {}
    for j, p in enumerate(out):
        pages.setdefault(p.page, []).append(j)
    moves: list[tuple[int, int, int]] = []  # (page's first index, run start, run end)
    for page, indexes in pages.items():
        title = next((j for j in indexes if out[j].role is Role.title), None)
        if page is None or title is None or (box := _bbox(out[title])) is None:
            continue
        before = [j for j in indexes if j < title]
        boxes = [_bbox(out[j]) for j in before]
        if not any(out[j].role is Role.heading for j in before) or any(b is None or b[1] < box[3] for b in boxes):
            continue
        if not _values_beside_headings([out[j] for j in before]):
            continue
        grid_top = min(b[1] for b in boxes if b is not None)
        end = title + 1
        while (
            end < len(out)
            and out[end].page == page
            and (b := _bbox(out[end])) is not None
            and b[3] <= grid_top
            and out[end].role in (Role.title, Role.municipality, Role.body)
        ):
            end += 1
        moves.append((before[0], title, end))
    for first, start, end in reversed(moves):
        out[first:end] = out[start:end] + out[first:start]
    return out


def _values_beside_headings(items: list[Placed]) -> bool:
    """Whether one template heading of `items` has a text of `items` printed level with it, to its
    right: a label | value row."""
    for heading in items:
        if heading.role is not Role.heading or (h := _bbox(heading)) is None:
            continue
        for p in items:
            b = _bbox(p)
            if p is not heading and b is not None and b[0] >= h[2] and min(b[3], h[3]) - max(b[1], h[1]) > 0:
                return True
    return False


def titles_across_pages(placed: list[Placed]) -> list[Placed]:
    """The placed items with each title cut by a page break made whole again: a title (its parts on
    one page) whose rest opens the title-like text of the next page, in the title's size (within
    SETTINGS.fichas.title_size_tolerance of it) and starting in lower case (no title starts so: the sentence of the
    title runs on), with at most one heading read between (a text box anchored in the title, moved
    with its rest: Word seed 22892, a title's table row broken by LibreOffice). The rest's lines join
    the title's last part; what was read between keeps its place after the title."""
    out = list(placed)
    i = 0
    while i < len(out):
        p = out[i]
        if p.role is not Role.title or not isinstance(p.item, TextBlock) or p.page is None:
            i += 1
            continue
        end = i + 1
        while end < len(out) and _continues_title(out[i : end + 1]):
            end += 1
        rest = _title_rest_on_next_page(out, i, end)
        if rest is not None:
            last = out[end - 1]
            assert isinstance(last.item, TextBlock)
            lines = [line for q in out[rest[0] : rest[1]] if isinstance(q.item, TextBlock) for line in q.item.lines]
            out[end - 1] = replace(last, item=replace(last.item, lines=last.item.lines + lines))
            del out[rest[0] : rest[1]]
        i = end
    return out


def _title_rest_on_next_page(placed: list[Placed], i: int, end: int) -> tuple[int, int] | None:
    """Where the rest of the title `placed[i:end]` (one page) starts and ends on the next page
    (`titles_across_pages`); None when it has none."""
    title = placed[i].item
    size = title.size if isinstance(title, TextBlock) else 0.0
    page = placed[i].page or 0
    headings_ = 0
    for j in range(end, len(placed)):
        q = placed[j]
        if q.page is None or q.page > page + 1 or headings_ > 1:
            return None
        if q.role is Role.heading:
            headings_ += 1
        elif q.role is Role.title or (q.role is Role.municipality and q.page == page + 1 and _title_rest(q, size)):
            if q.page != page + 1 or not (_title_rest(q, size) or _opens_page_after_foot(placed, end, j, size)):
                return None
            rest_end = j + 1
            while rest_end < len(placed) and _continues_title(placed[j : rest_end + 1]):
                rest_end += 1
            return j, rest_end
    return None


def _opens_page_after_foot(placed: list[Placed], end: int, j: int, size: float) -> bool:
    """Whether the title-like `placed[j]`, in a title's `size` (within SETTINGS.fichas.title_size_tolerance), is the
    first item of its page and the title part ending at `end` the last of the page before, but for
    municipality labels read after it (its label cell beside it): a title whose table row the page
    broke, its rest opening the next page in capitals ("Academia Municipal Abierta: AMA" |
    "Integración", Word seed 24904). A title at a page's foot with no heading after it opens
    nothing there."""
    q = placed[j]
    return (
        isinstance(q.item, TextBlock)
        and abs(q.item.size - size) <= SETTINGS.fichas.title_size_tolerance * size
        and placed[j - 1].page != q.page
        and all(p.role is Role.municipality for p in placed[end:j])
    )


def _title_rest(p: Placed, size: float) -> bool:
    """Whether `p` is text in a title's `size` (within SETTINGS.fichas.title_size_tolerance) starting in lower case:
    the rest of a title (read as a municipality label's second line when the label's cell beside
    the title was cut by the page too: "Municipalidad" | "interinstitucionales en ...")."""
    if not isinstance(p.item, TextBlock):
        return False
    first = next((c for c in block_text(p.item) if c.isalpha()), "")
    return first.islower() and abs(p.item.size - size) <= SETTINGS.fichas.title_size_tolerance * size


def _title_across_box(placed: list[Placed], i: int) -> tuple[int, int, int] | None:
    """For a title whose first part is at `i`: where the box beside it starts, where the title
    goes on and where that part ends; None when the title is not broken by a box."""
    if placed[i].role is not Role.title or (box := _bbox(placed[i])) is None:
        return None
    end = i + 1
    while end < len(placed) and _continues_title(placed[i : end + 1]):
        end += 1
    first = _bbox(placed[end]) if end < len(placed) else None
    if first is None or placed[end].page != placed[i].page or first[1] >= box[3]:
        return None
    title = placed[i].item
    size = title.size if isinstance(title, TextBlock) else 0.0
    headings_ = 0
    panel = _beside_in_one_panel(placed, i, end)
    in_panel = 0  # the headings of that panel passed
    for j in range(end, len(placed)):
        p = placed[j]
        if p.page != placed[i].page or headings_ > 1:
            return None
        if p.role is Role.heading and (panel is None or not _in_panel(p, panel)):
            headings_ += 1
        elif p.role is Role.heading:
            in_panel += 1
        elif p.role is Role.title:
            if not (
                isinstance(p.item, TextBlock) and abs(p.item.size - size) <= SETTINGS.fichas.title_size_tolerance * size
            ):
                return None
            if headings_ + in_panel > 1 and not _right_under(placed[j], box, size):
                return None  # past a panel of many headings, only the title's next line goes on
            rest_end = j + 1
            while rest_end < len(placed) and _continues_title(placed[j : rest_end + 1]):
                rest_end += 1
            return end, j, rest_end
    return None


def _right_under(p: Placed, box: tuple[float, float, float, float], size: float) -> bool:
    """Whether `p` starts right under `box` (a title's line, `size` points), as the next line of a
    wrapped title: its top within SETTINGS.fichas.wrap_lines of the size under the box's bottom,
    overlapping it across."""
    below = _bbox(p)
    return (
        below is not None
        and 0 <= below[1] - box[3] <= SETTINGS.fichas.wrap_lines * size
        and min(below[2], box[2]) > max(below[0], box[0])
    )


def _beside_in_one_panel(placed: list[Placed], title: int, end: int) -> str | None:
    """The outermost drawn region holding the box read right after a title's first part (at
    `title`, the box from `end`), when the title's part stands outside it and wholly left or
    right of it: a shaded data cell of a layout table beside the title's cell (trial 30), whose
    headings (offices, grupo, categories) are the panel's own and may be many: the panel bounds
    what it holds (issue 20). None otherwise."""
    region = _held_in(placed[end].item) if end < len(placed) else None
    box, panel_box = _bbox(placed[title]), _bbox(placed[end]) if end < len(placed) else None
    if region is None or box is None or panel_box is None or _held_in(placed[title].item) is not None:
        return None
    if not (box[2] <= panel_box[0] or panel_box[2] <= box[0]):
        return None
    return root(region)


def _in_panel(p: Placed, panel: str) -> bool:
    """Whether `p` stands in the drawn region `panel` or one nested in it."""
    region = _held_in(p.item)
    return region is not None and root(region) == panel


def _continues_title(run: list[Placed]) -> bool:
    """Title-like blocks one after the other, all on one page: one title."""
    return all(p.role is Role.title and p.page == run[0].page for p in run)


def _head_start(placed: list[Placed], title: int) -> int:
    """Where the ficha whose title is at `title` starts: at the first of its head elements. A
    municipality label printed right before the title on its page (a pill or band above it)
    belongs to the ficha below it, not to the end of the one before; so does a kicker read right
    before them (`_kicker_of`: "FICHA 2" over the title, or left at the foot of the page before)."""
    start = title
    page = placed[title].page if title < len(placed) else None
    while start > 0 and placed[start - 1].role is Role.municipality and placed[start - 1].page == page:
        start -= 1
    if page is None and title < len(placed):
        start = _page_head_start(placed, _table_head_start(placed, start, title))
    if start > 0 and title < len(placed) and _kicker_of(placed[start - 1], placed[title]):
        start -= 1
    return start


_WORD_TABLE_CELL = re.compile(r"t\d+-r\d+c\d+")


def _table_head_start(placed: list[Placed], start: int, title: int) -> int:
    """Word: where a ficha whose title stands in a cell of a layout table starts: at the table's
    first item, when every item of the table read before the title is no other title (issue 20: the
    ficha's table bounds the ficha, and its title anchors it wherever in the table the title stands;
    a shaded data cell left of the title's cell, read first, is the ficha's head, never the end of
    the ficha before). A table's items share the body position of the table (`Provenance.index`);
    a page header's labels (`HEADER_REGION`) are no part of it. `start` when the title stands
    outside a table, or the table holds another title before it or a template heading twice (a
    table of several fichas: a comparison table's value columns)."""
    block = placed[title].item
    if not isinstance(block, TextBlock) or block.region is None or not _WORD_TABLE_CELL.match(block.region):
        return start
    index = block.prov.index
    keys: set[str] = (
        set()
    )  # the template headings the table holds from the title on: a heading met again is another ficha's
    for after in placed[title:]:
        if after.item.prov.index != index or after.item.prov.page is not None:
            break
        if after.role is Role.heading and after.heading is not None:
            keys.add(after.heading.key)
    k = start
    while k > 0 and (before := placed[k - 1]).item.prov.index == index and before.item.prov.page is None:
        if isinstance(before.item, TextBlock) and before.item.region == HEADER_REGION:
            break
        if before.role is Role.title:
            return start
        if before.role is Role.heading and before.heading is not None:
            if before.heading.key in keys:
                return start  # a table of several fichas (a comparison table's columns)
            keys.add(before.heading.key)
        k -= 1
    return k


def _page_head_start(placed: list[Placed], start: int) -> int:
    """Word: where a ficha's head starts when its title, at `start`, follows a page break within
    SETTINGS.fichas.head_lines_after_break paragraphs of plain text holding a municipality label ("I. MUNICIPALIDAD
    DE SAN JOAQUÍN" over a "Folio N° 215" line): at the paragraph opening the page
    (`TextBlock.opens_page`). The label printed on the title's page is the ficha's, never the end
    of the one before; its other lines stay the head's, quoted. `start` otherwise."""
    for k in range(start - 1, max(start - 1 - SETTINGS.fichas.head_lines_after_break, -1), -1):
        p = placed[k]
        if not isinstance(p.item, TextBlock) or p.role not in (Role.body, Role.municipality) or p.page is not None:
            return start
        if p.item.opens_page:
            return k if any(q.role is Role.municipality for q in placed[k:start]) else start
    return start


def _form_start(placed: list[Placed], start: int) -> int:
    """Where a Word document's first ficha starts when it has no title-like block (it starts at the
    top, `_untitled_start`) and its name is printed in a labelled row ("Nombre de la iniciativa |
    X", vocabulary `title_labels`) before its first heading: at that row, after the municipality
    labels and kicker read right before it (`_head_start`). The plain body paragraphs before it
    are the document's, as the text before a titled first ficha is (a form's banner line "FICHA
    BUENA PRÁCTICA MUNICIPAL — SELLO MIGRANTE" over its table: a new user's trial of 2026-12-07,
    d02); anything else read before the row (a box, a table, a heading) keeps the ficha starting
    where it was. Word prints its page headers apart (`w:hdr`, read for municipality labels only),
    so a body paragraph is never one; a PDF's text over such a row may be a page header no other
    page repeats, and stays the ficha's head, quoted."""
    if start != 0 or not placed or placed[0].role is Role.title:
        return start
    label = next(
        (
            k
            for k, p in enumerate(placed)
            if p.role is Role.heading or (isinstance(p.item, TextBlock) and title_label(block_text(p.item)))
        ),
        None,
    )
    if label is None or placed[label].role is Role.heading:
        return start
    row = _head_start(placed, label)
    plain = all(p.role is Role.body and isinstance(p.item, TextBlock) and p.page is None for p in placed[:row])
    return row if plain else start


def _is_kicker(p: Placed) -> bool:
    """A text block printing a ficha's number with its word alone ("FICHA 2": `template.is_ficha_kicker`)."""
    return p.role is Role.body and isinstance(p.item, TextBlock) and is_ficha_kicker(block_text(p.item))


def _kicker_of(p: Placed, title: Placed) -> bool:
    """Whether `p`, read right before a ficha's head (its title at `title`, municipality labels
    above it aside), is the ficha's kicker: a ficha's number with its word alone (`_is_kicker`)
    printed above the title on its page, within SETTINGS.fichas.kicker_gap_ems of its own size over the title's
    top, or level with it (beside it); or the last text read on the page before (the title
    opening the next page, its kicker left at the foot of the page). A number over a title is the
    title's, never the end of the section before it."""
    if not _is_kicker(p):
        return False
    box, title_box = _bbox(p), _bbox(title)
    if box is None or title_box is None or p.page is None or title.page is None:
        return p.page == title.page  # Word: the paragraph read right before the title's
    if p.page == title.page - 1:
        return True
    size = p.item.size if isinstance(p.item, TextBlock) else 0.0
    return p.page == title.page and title_box[1] - SETTINGS.fichas.kicker_gap_ems * size <= box[3] <= title_box[3]


def _bbox(p: Placed) -> tuple[float, float, float, float] | None:
    return p.item.prov.bbox if p.item.prov.page is not None else None


def _is_head_element(p: Placed) -> bool:
    """A municipality label, or a checkbox whose label names a category: elements found by their
    vocabulary that belong to the ficha whose title is on their page, wherever reading order put them."""
    if p.role is Role.municipality:
        return True
    return isinstance(p.item, Checkbox) and category_named(p.item.label) is not None


def _goes_on_here(p: Placed) -> bool:
    """Whether `p`, printed above a title on its page, is text of the ficha before going on there:
    body text or a template heading, not the category list's (its heading, a label naming a
    category): a page holding a head alone above its title (a text box anchored in the title,
    printed above it: Word seeds 23039, 23043) holds nothing of the ficha before."""
    if not isinstance(p.item, TextBlock) or p.role not in (Role.body, Role.heading, Role.unknown_heading):
        return False
    if p.role is Role.heading and p.heading is not None and p.heading.key == "categorias":
        return False
    return category_named(block_text(p.item)) is None


def _in_a_head_region(p: Placed, heads: set[str]) -> bool:
    """Whether `p` stands in a drawn region (a side panel, a text box) holding head elements: the
    region is the head's, its "Categoría" heading with it, wherever it is printed."""
    region = _held_in(p.item)
    return region is not None and any(_within(region, head) or _within(head, region) for head in heads)


def _names_a_municipality(p: Placed) -> bool:
    """Whether `p` is text holding a municipality label's opening word(s) ("CATEGORÍA Municipalidad
    de": a label's first line run into a text box's heading beside it), anywhere in it."""
    if not isinstance(p.item, TextBlock):
        return False
    words = block_text(p.item).split()
    return any(starts_with_municipality(" ".join(words[i:])) for i in range(len(words)))


def _continues_above(p: Placed, title: tuple[float, float, float, float]) -> bool:
    """Whether `p` is printed above the title `title` (x0, top, x1, bottom) in the title's column
    (its bottom at most SETTINGS.fichas.head_level_tolerance of the title's height below the title's top, the two
    overlapping across): the end of the ficha before, flowing on to the title's page."""
    box = _bbox(p)
    if box is None:
        return True
    reach = SETTINGS.fichas.head_level_tolerance * (title[3] - title[1])
    return box[3] <= title[1] + reach and box[0] < title[2] and box[2] > title[0]


def _box_left_above(p: Placed, title: tuple[float, float, float, float], first: bool, labels_at: set[str]) -> bool:
    """Whether `p`, a head element read before the title `title` (x0, top, x1, bottom) on its page,
    is a category box of the ficha before, continuing on this page: a ficha comes before (not
    `first`), the box is printed above the title in the title's column (`_continues_above`: nothing
    of a ficha stands above its own title in the title's column), and it stands in no drawn region
    holding a municipality label (`labels_at`: a text box above the title holding the label and the
    category list is the head's). A municipality label always goes with the title below it."""
    return (
        not first
        and isinstance(p.item, Checkbox)
        and _continues_above(p, title)
        and not _in_a_head_region(p, labels_at)
    )


def _label_of_ficha_before(placed: list[Placed], starts: list[int], title: int, j: int) -> bool:
    """Whether the municipality label at `j`, read before the title at `title` on its page, is the
    head of the ficha before, whose title ends a page before (no keep-with-next: the title at a
    page's foot, its label opening the next page): that ficha's head holds no label yet (none
    printed right before its title on its page, none read after it), no template heading is read
    between its title and the label, its headings go on between the label and this title, and the
    label is printed above this title in the title's column (`_continues_above`). The label stands
    in the ficha before's run, not in this title's head."""
    if placed[j].role is not Role.municipality or (box := _bbox(placed[title])) is None:
        return False
    before = [start for start in starts if start < j]
    if not before:
        return False
    own = before[-1]
    if placed[own].role is not Role.title or placed[own].page is None or placed[own].page == placed[j].page:
        return False
    if own > 0 and placed[own - 1].role is Role.municipality and placed[own - 1].page == placed[own].page:
        return False  # the ficha before has its label above its title
    if any(placed[k].role in (Role.heading, Role.municipality) for k in range(own + 1, j)):
        return False
    return _continues_above(placed[j], box) and any(placed[k].role is Role.heading for k in range(j + 1, title))


def _labels_set_apart(placed: list[Placed], title: int, page: int) -> list[int]:
    """The municipality label printed on the title's page after it in reading order, inside a
    section, when the ficha's head holds none and the label stands outside the column of the
    title or of its section's heading (a side panel read after the main column); [] otherwise.
    A label-like line under both (a funder "Municipalidad de Arica") stays that section's text."""
    heading: Placed | None = None
    found: list[int] = []
    for j in range(title + 1, len(placed)):
        p = placed[j]
        if p.page != page:
            break
        if p.role is Role.heading:
            heading = p
        elif p.role is Role.municipality:
            if heading is None:
                return []  # the head has its label
            if found and found[-1] != j - 1:
                break
            box = _bbox(p)
            columns = [b for b in (_bbox(heading), _bbox(placed[title])) if b is not None]
            if box is None or all(box[0] < b[2] and box[2] > b[0] for b in columns):
                return []
            found.append(j)
    return found


def _without_tables_continued(placed: list[Placed], title: int, before: list[int], move: list[int]) -> list[int]:
    """Of `move` (indexes of `before`, what is read before the title at `title` and moves after it),
    those that stay: text in a drawn region whose outermost region (a ruled table) also holds text
    that stays, printed over the title's column, when the title stands outside that region; text
    in a drawn region printed wholly above the title's top, level with a region's text that stays
    (the next cell of its row); or such text printed above a region's text that stays, in its
    column, in no region holding a head element (a table's cell going on from the page before, its
    row's label cell empty, above the rows that stay: Word seed 22892). What stays joins what the
    next items are judged by, until nothing more stays. A table of the ficha before ending on the
    title's page is read cell by cell: its cells right of the title's column (a Sello line's
    justification beside its name) are that ficha's too, not the head of the ficha below."""
    title_region = _held_in(placed[title].item)
    title_box = _bbox(placed[title])
    kept = [
        j
        for j in before
        if j not in move and placed[j].role in (Role.body, Role.heading) and _held_in(placed[j].item) is not None
    ]
    heads = {root(r) for j in before if _is_head_element(placed[j]) and (r := _held_in(placed[j].item)) is not None}
    moving = list(move)
    while True:
        owners = {root(region) for j in kept if (region := _held_in(placed[j].item)) is not None}
        if title_region is not None:
            owners.discard(root(title_region))
        rows = [box for j in kept if (box := _bbox(placed[j])) is not None]
        left = [
            j
            for j in moving
            if _is_head_element(placed[j])
            or placed[j].role is not Role.body
            or (region := _held_in(placed[j].item)) is None
            or (root(region) not in owners and not _by_kept_rows(placed[j], rows, heads, title_box))
        ]
        if len(left) == len(moving):
            return left
        kept += [j for j in moving if j not in left]
        moving = left


def _by_kept_rows(
    p: Placed,
    rows: list[tuple[float, float, float, float]],
    heads: set[str],
    title_box: tuple[float, float, float, float] | None,
) -> bool:
    """Whether `p`, printed wholly above the title's top (`title_box`), stands level with one of the
    `rows` (boxes of what stays with the ficha before) or above one in its column, in no region of
    `heads` (regions holding a head element)."""
    box = _bbox(p)
    if box is None or title_box is None or box[3] > title_box[1]:
        return False
    level = any(min(box[3], row[3]) - max(box[1], row[1]) > 0 for row in rows)
    over = any(row[1] >= box[3] and row[0] < box[2] and row[2] > box[0] for row in rows)
    return level or (over and root(_held_in(p.item) or "") not in heads)


def heads_by_page(placed: list[Placed], starts: list[int]) -> list[Placed] | None:
    """The placed items with each ficha's head gathered by page, not by reading order; None when
    nothing moves.

    On a page where exactly one ficha's title stands, what reading order put before that title
    (a side panel read first: the municipality label, the category list, a "Categorías" heading
    with them) belongs to that ficha: it moves to after the title (a municipality label to right
    before it, where `_ficha` takes it as the head's). Only the text printed above the title in the
    title's column stays before it: the ficha before, continuing on this page; not what stands in
    a drawn region holding a head element (a text box above the title holding the municipality
    label, a "Categoría" heading and its boxes: the whole box is the head's), nor, when no ficha
    comes before (no title or heading on an earlier page), a template heading or text naming a
    municipality (a label's piece run into other text: the ficha's, left unplaced with an aviso,
    never dropped as a page header). The order inside
    each moved run is kept (reading order orders text within one region)."""
    titles: dict[int, list[int]] = {}
    for start in starts:
        page = placed[start].page
        if placed[start].role is Role.title and page is not None and _bbox(placed[start]) is not None:
            titles.setdefault(page, []).append(start)
    moves: dict[int, tuple[list[int], list[int]]] = {}  # title index -> (labels, others) to move
    on_page: dict[int | None, list[int]] = {}  # each page's indices, in order: a page is searched, not the document
    for j, p in enumerate(placed):
        on_page.setdefault(p.page, []).append(j)
    openers = [j for j, p in enumerate(placed) if p.role in (Role.title, Role.heading)]
    for page, (title,) in ((page, found) for page, found in titles.items() if len(found) == 1):
        box = _bbox(placed[title])
        assert box is not None
        before = [j for j in on_page[page] if j < title]
        # no ficha before to continue here: no title and no template heading on an earlier page, or
        # none of its text before the title on this page (`_goes_on_here`: the page holds the head alone)
        first = not any(placed[j].page != page for j in openers[: bisect.bisect_left(openers, title)]) or not any(
            _goes_on_here(placed[j]) for j in before
        )
        labels_at = {r for j in before if placed[j].role is Role.municipality and (r := _held_in(placed[j].item))}
        owned = [
            j
            for j in before
            if _is_head_element(placed[j])
            and not _box_left_above(placed[j], box, first, labels_at)
            and not _label_of_ficha_before(placed, starts, title, j)
        ]
        heads = {r for j in owned if (r := _held_in(placed[j].item)) is not None}
        move = [
            j
            for j in before
            if j in owned
            or _in_a_head_region(placed[j], heads)
            or (first and (placed[j].role is Role.heading or _names_a_municipality(placed[j])))
            or not _continues_above(placed[j], box)
        ]
        move = _without_tables_continued(placed, title, before, move)
        labels = [j for j in move if placed[j].role is Role.municipality]
        if not labels:
            labels = _labels_set_apart(placed, title, page)
        if move or labels:
            moves[title] = (labels, [j for j in move if j not in labels])
    if not moves:
        return None
    moved = {j for labels, others in moves.values() for j in labels + others}
    out: list[Placed] = []
    for i, p in enumerate(placed):
        if i in moves:
            labels, others = moves[i]
            end = i
            while end + 1 < len(placed) and _continues_title(placed[i : end + 2]):
                end += 1
            run = [j for j in range(i, end + 1) if j not in moved]
            out += [placed[j] for j in labels] + [placed[j] for j in run] + [placed[j] for j in others]
            moved.update(run)
        elif i not in moved:
            out.append(p)
    return out


def bands_by_title(placed: list[Placed], starts: list[int]) -> list[Placed] | None:
    """The placed items with what stands above a title on its page, read after it, given back to
    the ficha before it; None when nothing moves.

    Fichas printed one after the other on a page, each in columns of its own, are read column by
    column across the page: the right column of the ficha before (ending on this page, or whole
    above the next title) comes after the next ficha's title. An item read after a title of its
    page but printed wholly above that title (its bottom at most SETTINGS.fichas.head_level_tolerance of the
    title's height below the title's top: a box beside the title reaches down along it) belongs to
    the ficha whose title is the last one printed above it on the page, or, above all of them, to
    the ficha before the page's first title: it moves to the end of that ficha's items on the page.
    Only where a ficha comes before (a title or template heading on an earlier page, its text going
    on above the title, `_goes_on_here`; or a title before on the page), and never a head element
    the title's ficha takes by `heads_by_page` (a municipality label, or a category box not left
    above the title by the ficha before, `_box_left_above`, nor text in a drawn region holding
    one): a side panel beside the title whose top is higher than the title's is the title's
    ficha's. Reading order is kept within each ficha."""
    titles: dict[int, list[_Title]] = {}  # page -> each title, in order
    for start in starts:
        page, box = placed[start].page, _bbox(placed[start])
        if placed[start].role is Role.title and page is not None and box is not None:
            titles.setdefault(page, []).append(
                (start, box[1] + SETTINGS.fichas.head_level_tolerance * (box[3] - box[1]), box)
            )
    openers = [j for j, p in enumerate(placed) if p.role in (Role.title, Role.heading)]
    out = list(placed)
    moved = False
    on_page: dict[int | None, list[int]] = {}  # page -> the indexes of its items, in order
    for j, p in enumerate(placed):
        on_page.setdefault(p.page, []).append(j)
    for page, found in titles.items():
        first = found[0][0]
        indexes = on_page[page]
        if not any(placed[j].page != page for j in openers[: bisect.bisect_left(openers, first)]) or not any(
            _goes_on_here(placed[j]) and (b := _bbox(placed[j])) is not None and b[3] <= found[0][1] for j in indexes
        ):  # nothing comes before the page's first title, or nothing of it goes on above the title
            found = found[1:]  # (the page holds its head alone above it): nothing goes back over it
        found = [title for title in found if not _column_flows_past(placed, indexes, title)]
        if not found:
            continue
        regions = _head_regions(placed, indexes)
        keys = [_band(placed[j], j, found, regions) for j in indexes]
        if keys != sorted(keys):
            moved = True
            for j, (_, k) in zip(indexes, sorted(zip(keys, indexes, strict=True)), strict=True):
                out[j] = placed[k]
    return out if moved else None


_Title = tuple[int, float, tuple[float, float, float, float]]  # a title's index, reach (its top, a little lower), box


def _column_flows_past(placed: list[Placed], indexes: list[int], title: _Title) -> bool:
    """Whether the text of a column beside the title (read after it, across no part of the title's
    width) runs on past the title's top: a block across that level, or blocks above and below it
    closer than SETTINGS.fichas.flow_gap_ems of the upper one's size. Fichas flowing through the page's columns
    (one starting in the foot of a column, going on at the top of the next) are so set; fichas set
    in bands leave white beside the next ficha's title. Then what is read after the title is its
    ficha's, though printed higher (the column it goes on in)."""
    index, _, box = title
    top = box[1]
    beside = [
        (b, p)
        for j in indexes
        if j > index
        and (b := _bbox(p := placed[j])) is not None
        and isinstance(p.item, TextBlock)
        and (b[0] >= box[2] or b[2] <= box[0])
    ]
    above = [(b, p) for b, p in beside if b[1] < top]
    if any(b[3] > top for b, _ in above):
        return True
    below = [b for b, _ in beside if b[1] >= top]
    if not above or not below:
        return False
    last, p = max(above, key=lambda found: found[0][3])
    return min(b[1] for b in below) - last[3] < SETTINGS.fichas.flow_gap_ems * (_size(p) or 10.0)


def _head_regions(placed: list[Placed], indexes: list[int]) -> tuple[set[str], set[str]]:
    """The drawn regions holding a head element, and those holding a municipality label, among the
    page's items at `indexes`."""
    heads = {r for j in indexes if _is_head_element(placed[j]) and (r := _held_in(placed[j].item)) is not None}
    labels = {r for j in indexes if placed[j].role is Role.municipality and (r := _held_in(placed[j].item))}
    return heads, labels


def _band(p: Placed, j: int, titles: list[_Title], regions: tuple[set[str], set[str]]) -> tuple[int, int]:
    """Where the item `p` at `j` goes among its page's fichas, as (titles before it, `j`): as many of
    the page's `titles` as are read before it, or fewer when it is printed wholly above some of
    those (its bottom above their reach) and is no head element (`regions`: the head's and the
    labels', `_head_regions`) but a category box the ficha before left above the title."""
    read = sum(1 for index, _, _ in titles if index <= j)
    box = _bbox(p)
    if box is None or read == 0 or p.role is Role.municipality:
        return read, j
    stands = sum(1 for index, reach, _ in titles if index <= j and (box[3] > reach or index == j))
    heads, labels = regions
    if (
        stands < read
        and (_is_head_element(p) or _in_a_head_region(p, heads))
        and not _box_left_above(p, titles[stands][2], False, labels)
    ):
        return read, j
    return min(read, stands), j


def _labelled_start(placed: list[Placed], heading: int) -> int | None:
    """Where the headings start over at `heading` with no title set larger than the body: the label
    of the ficha's name ("Nombre de la práctica", "Título": vocabulary `title_labels`, alone or with
    a colon and the name) among the SETTINGS.fichas.labelled_head_blocks text blocks right before the heading (the
    name's value cell, the municipality's label and value between them), which opens the ficha
    wherever it stands (the fields read the name from the label's row). None when none does."""
    for k in range(heading - 1, max(heading - 1 - SETTINGS.fichas.labelled_head_blocks, -1), -1):
        p = placed[k]
        if not isinstance(p.item, TextBlock) or p.role not in (Role.body, Role.municipality, Role.unknown_heading):
            return None
        if opens_with_title_label(block_text(p.item)):
            return k
    return None


def _untitled_start(starts: list[int], heading_index: int) -> int:
    """With no title-like block, the first ficha starts at the top, a later one at its heading."""
    return 0 if not starts else heading_index


Dress = tuple[object, ...]  # how a block is set (`_dress`): style, or font, size, weight, capitals


def _dress(block: TextBlock) -> Dress:
    """How a block is set: its heading style (Word), else its first line's font, size (to half a
    point), weight and whether it is all capitals."""
    style = (block.style or "").lower()
    if style.startswith(heading_style_prefixes()):
        return ("style", style)
    line = block.lines[0]
    text = block_text(block)
    return ("look", line.font, round(line.size * 2) / 2, block.bold, text.isupper())


def _left_edge(block: TextBlock) -> float | None:
    return block.prov.bbox[0] if block.prov.bbox is not None and block.prov.page is not None else None


def _could_be_heading(block: TextBlock, body: float) -> bool:
    """Short, emphasised, no sentence: a line that could be a heading by its text alone; a name of
    the template's vocabularies (a category, a Sello line set as a lead-in, a Sello table's column
    title: `vocab.sello_table_headers`) is none."""
    text = block_text(block).rstrip(":").strip()
    return (
        0 < len(block.lines) <= 2
        and 0 < len(text.split()) <= SETTINGS.matching.max_heading_words
        and text[:1].isupper()
        and not text.endswith((".", ",", ";"))
        and _is_emphasised(block, body)
        and best_term(text, sello_lines(), SETTINGS.fichas.category_cutoff)[0] is None
        and category_named(text) is None
        and fold(text) not in sello_table_headers()
    )


def mark_unknown_headings(placed: list[Placed], body: float) -> None:
    """Mark `Role.unknown_heading` the body blocks set like the document's own template headings
    (issue 19.4): the same dress (`_dress`) as at least SETTINGS.fichas.min_dress_headings of its recognised
    headings, and in a PDF a left edge within SETTINGS.fichas.heading_edge_ems of one of theirs, whose text names
    none of the template's headings ("Descripción breve" set like the others). A dress that more
    body blocks wear than headings do marks nothing: bold lead-ins of a list, or the running text's
    own look when the headings are printed in it (a Word file's bold numbered headings LibreOffice
    printed in the body's font, trial 28 ed20: a lead-in ending in a colon is no heading)."""
    dresses: dict[Dress, list[TextBlock]] = {}
    for p in placed:
        if p.role is Role.heading and isinstance(p.item, TextBlock) and p.item.lines:
            dresses.setdefault(_dress(p.item), []).append(p.item)
    dresses = {d: blocks for d, blocks in dresses.items() if len(blocks) >= SETTINGS.fichas.min_dress_headings}
    worn = Counter(
        _dress(p.item) for p in placed if p.role is Role.body and isinstance(p.item, TextBlock) and p.item.lines
    )
    dresses = {d: blocks for d, blocks in dresses.items() if worn[d] <= len(blocks)}
    if not dresses:
        return
    candidates: dict[Dress, list[Placed]] = {}
    for p in placed:
        if p.role is Role.body and isinstance(p.item, TextBlock) and p.item.lines and _could_be_heading(p.item, body):
            dress = _dress(p.item)
            if dress in dresses and _on_a_heading_edge(p.item, dresses[dress]):
                candidates.setdefault(dress, []).append(p)
    for dress, found in candidates.items():
        if len(found) < len(dresses[dress]):
            for p in found:
                p.role = Role.unknown_heading


def _on_a_heading_edge(block: TextBlock, headings_: list[TextBlock]) -> bool:
    """In a PDF: the block starts where one of the headings does (its column's edge); elsewhere
    (no boxes) any place will do."""
    x = _left_edge(block)
    if x is None:
        return True
    reach = SETTINGS.fichas.heading_edge_ems * (block.size or 10.0)
    return any(e is not None and abs(e - x) <= reach for e in map(_left_edge, headings_))


def _ficha(
    number: int, placed: list[Placed], catalogs: Catalogs, shared: Collection[int | None] = (), title: int = 0
) -> FichaParts:
    """Ficha `number` of its placed items; each item is told the ficha and section it went to.
    The title is the run of title-like blocks at its start, after any municipality label
    printed above it (which goes to the head); or, when `title` (the index of the title that
    anchors the ficha) stands after that, the run there: a Word layout table's data cell read
    before the title's cell (`_table_head_start`), its headings opening their sections before
    the title. `shared`: the pages holding two fichas' titles (a label in a page's band there
    names neither, `_label_in_a_page_band`)."""
    ficha = FichaParts(title=None)
    first = 0
    while first < len(placed) and (placed[first].role is Role.municipality or _is_kicker(placed[first])):
        first += 1
    if first < title < len(placed) and placed[title].role is Role.title:
        first = title
    last = first
    while last < len(placed) and _continues_title(placed[first : last + 1]):
        last += 1
    if last > first:
        title_blocks = [p.item for p in placed[first:last] if isinstance(p.item, TextBlock)]  # all (`_decide`)
        top = title_blocks[0]
        ficha.title = TextBlock(
            [line for block in title_blocks for line in block.lines],
            style=top.style,
            prov=top.prov,
            region=top.region,
        )
    else:
        first = last = 0
    current: Section | UnknownSection | None = None
    flow: Section | None = None  # the last section given text outside every drawn region
    previous_page: int | None = None
    box: tuple[TextBlock, Section | UnknownSection | None] | None = None  # a text box's heading, what it opened in
    panel: _PanelSection | None = None  # the current section when its heading stands in a drawn region (PDF)
    side: tuple[TextBlock, Section | UnknownSection] | None = None  # a side category list's heading, the section before
    anchored = _anchored_regions(placed)
    regions = _RegionsGoingOn(placed)
    dress = _heading_dress_regions(placed)
    banded: set[Provenance] = set()  # the places of the labels the head took out of a section's reading order
    for n, p in enumerate(placed):
        p.ficha = number
        if isinstance(p.item, ReaderNote) and n > last and p.item.prov == placed[n - 1].item.prov:
            # a note on the text read right before it (its provenance: `paragraphs._paragraph_end_unsure`)
            # goes where that went, and changes nothing of what the next item goes with
            _with_the_item_before(p, current, ficha)
            continue
        if side is not None and current is not None and current.heading is side[0] and _left_of_side_list(p, side[0]):
            current, side = side[1], None
        if box is not None and not _in_box(p.item, box[0]):
            current, box = box[1], None  # a text box's sections end with the box (`_word_text_box`)
        if panel is not None and panel.section is current and not _opens_section(p) and panel.ends_at(p.item):
            current, panel = panel.before, None
            if _back_to_the_flow(p, current, flow):
                current = flow
        if _flow_goes_on(p, previous_page, current, flow):
            current = flow
        if p.page is not None:
            previous_page = p.page
        current, going_on = regions.section_of(p, current, flow)
        if going_on:
            panel = None
        if p.role is Role.unknown_heading and (key := _heads_the_month_table(placed, n, ficha)) is not None:
            p.role, p.heading = Role.heading, Heading(key, 100.0)
        if first <= n < last:
            p.section = "title"
        elif (
            p.role is Role.heading
            and isinstance(current, Section)
            and p.heading is not None
            and p.heading.key == current.key
            and not current.items
        ):  # the section's name again, right under its heading: a table's header cell ("Línea de acción")
            current.items.append(p.item)
            current.own.update(r for r in (_region(p.item),) if r is not None)
            p.section = current.key
        elif p.role is Role.heading and p.heading is not None and isinstance(p.item, TextBlock):
            if box is None and _word_text_box(p.item) is not None:
                box = (p.item, current)
            before, current = current, Section(p.heading.key, p.item, p.heading.score)
            region = _region(p.item)
            panel = (
                _PanelSection(current, region, before, anchored) if region is not None and before is not None else None
            )
            side = (p.item, before) if before is not None and _side_list(current, before) else None
            ficha.sections.append(current)
            p.section = current.key
        elif p.role is Role.unknown_heading and current is not None and isinstance(p.item, TextBlock):
            current = UnknownSection(p.item, after=current.key if isinstance(current, Section) else current.after)
            ficha.unknown.append(current)
            p.section = UNKNOWN_SECTION
        elif _label_beside_region_heading(p, current, ficha, catalogs) or _label_in_a_page_band(
            p, placed, ficha, shared, catalogs
        ):
            ficha.head.append(p.item)
            p.section = "head"
            banded.add(p.item.prov)
        elif current is None:
            if p.role is Role.unknown_heading:  # before the first template heading: head text
                p.role = Role.body
            ficha.head.append(p.item)
            p.section = "head"
        else:
            current.items.append(p.item)
            p.section = current.key if isinstance(current, Section) else UNKNOWN_SECTION
        if isinstance(current, Section) and (_in_the_flow(p) or _region(p.item) in dress):
            flow = current
        regions.read(p, current)
    _drop_repeated_head(ficha, placed)
    _drop_notes_on(banded, ficha)
    ficha.municipality = municipality_label([b for b in ficha.head if isinstance(b, TextBlock)], catalogs)
    ficha.categories = _category_list(placed)
    listed = {id(part) for c in ficha.categories for part in (c.box, *c.parts)}
    for section in ficha.sections:
        _loose_regions(section, anchored, listed)
    return ficha


def _drop_notes_on(places: set[Provenance], ficha: FichaParts) -> None:
    """Take out of the ficha's sections the reader's notes on the very place (`places`) of a label the
    head took from a page's band (`_label_in_a_page_band`): a note on where reading order put that
    text among the columns ("está al pie de la columna izquierda") is about no text of the section."""
    if not places:
        return
    for section in ficha.sections:
        section.items = [i for i in section.items if not (isinstance(i, ReaderNote) and i.prov in places)]


REPEATED_HEAD = "cabecera_repetida"  # the section of a ficha's head printed again atop its next pages (read once)


def _drop_repeated_head(ficha: FichaParts, placed: list[Placed]) -> None:
    """Take out of the ficha's sections each text block that prints a line of its head again at the
    top of one of its next pages: its text (`fold`) that of the title or a head block, nothing of the
    page printed wholly above it (a table's header row repeated on each page it runs on,
    "Municipalidad de Recoleta | Ficha de buena práctica: ..."; a band naming the ficha on each page).
    The head was read on the ficha's first page: its repetition is page furniture, read once, never
    inside the section that crosses the page."""
    heads = {fold(block_text(b)) for b in (ficha.title, *ficha.head) if isinstance(b, TextBlock)}
    heads.discard("")
    pages = [p.page for p in placed if p.page is not None]
    if not heads or not pages:
        return
    first = min(pages)
    repeated = {id(p.item) for n, p in enumerate(placed) if _repeats_head_atop(p, placed, heads, first, n)}
    if not repeated:
        return
    for section in ficha.sections:
        section.items = [i for i in section.items if id(i) not in repeated]
    for unknown in ficha.unknown:
        unknown.items = [i for i in unknown.items if id(i) not in repeated]
    for p in placed:
        if id(p.item) in repeated:
            p.section = REPEATED_HEAD


def _repeats_head_atop(p: Placed, placed: list[Placed], heads: set[str], first: int, n: int) -> bool:
    """Whether `p` (at `n` in `placed`), a text block of a section, prints a head text (`heads`) atop a
    page after `first` (nothing of its page standing wholly above it) or atop a column of the ficha's
    first page that reading order began again at the top (nothing of the page above it across its
    width, and an item of the page read before it standing wholly below it: the other half of a
    sheet printing two pages side by side) (`_drop_repeated_head`)."""
    if p.page is None or p.page < first or p.section in (None, "title", "head") or not isinstance(p.item, TextBlock):
        return False
    box = _bbox(p)
    if box is None or fold(block_text(p.item)) not in heads:
        return False
    here = [(q, b) for q in placed if q is not p and q.page == p.page and (b := _bbox(q)) is not None]
    if p.page > first:
        return not any(b[3] <= box[1] for _, b in here)
    above = any(b[3] <= box[1] and b[0] < box[2] and b[2] > box[0] for _, b in here)
    begun_again = any(q.page == p.page and (b := _bbox(q)) is not None and b[1] >= box[3] for q in placed[:n])
    return not above and begun_again


def _heads_the_month_table(placed: list[Placed], n: int, ficha: FichaParts) -> str | None:
    """The key of the section the heading-like block `placed[n]` names by a name it goes by only over
    its month table (`headings_over_month_table`: "Implementación"), when the next item read is
    a month table and the ficha has no such section yet; None otherwise."""
    item = placed[n].item
    key = headings_over_month_table().get(fold(block_text(item))) if isinstance(item, TextBlock) else None
    if key is None or any(s.key == key for s in ficha.sections):
        return None
    after = next((p.item for p in placed[n + 1 :] if not isinstance(p.item, ReaderNote)), None)
    return key if isinstance(after, Table) and after.role is TableRole.months else None


def _with_the_item_before(p: Placed, current: Section | UnknownSection | None, ficha: FichaParts) -> None:
    """Place the note `p` with the item read before it: in `current`, the section that item went
    to, or in the ficha's head when it went to none."""
    if current is None:
        ficha.head.append(p.item)
        p.section = "head"
    else:
        current.items.append(p.item)
        p.section = current.key if isinstance(current, Section) else UNKNOWN_SECTION


def _label_beside_region_heading(
    p: Placed, current: Section | UnknownSection | None, ficha: FichaParts, catalogs: Catalogs
) -> bool:
    """Whether `p` is a municipality label of the ficha's opening part that reading order put after
    a heading standing in a drawn region of its own (a text box or panel holding the category list,
    printed higher on the page): a PDF label on the title's page, printed outside the current
    section's region, while the head holds no label yet. The region's heading does not end the
    ficha's opening part for text outside it; the label is the head's, wherever it stands in
    reading order."""
    if p.role is not Role.municipality or not isinstance(current, Section) or ficha.title is None:
        return False
    region, own = _region(current.heading), _region(p.item)
    return (
        p.page is not None
        and p.page == ficha.title.prov.page
        and region is not None
        and (own is None or not _within(own, region))
        and municipality_label([b for b in ficha.head if isinstance(b, TextBlock)], catalogs) is None
    )


def _label_in_a_page_band(
    p: Placed, placed: list[Placed], ficha: FichaParts, shared: Collection[int | None], catalogs: Catalogs
) -> bool:
    """Whether `p` is a municipality label printed in a band of its own at the foot or the top of a
    page of the ficha (its placed items `placed`): every other item of the page stands wholly above
    it (below it), at least SETTINGS.fichas.page_band_ems of its size away, but for short text level with it (the
    page number beside it in a footer band); the page holds no other ficha's title (`shared`) and
    the ficha's head holds no label yet. A ficha whose municipality is printed only in its pages'
    footer or header band (a running footer, changing from ficha to ficha) takes it there; the
    label never joins a section's text."""
    if p.role is not Role.municipality or ficha.title is None or p.page is None or p.page in shared:
        return False
    if municipality_label([b for b in ficha.head if isinstance(b, TextBlock)], catalogs) is not None:
        return False
    box = _bbox(p)
    if box is None or not isinstance(p.item, TextBlock):
        return False
    gap = SETTINGS.fichas.page_band_ems * p.item.size
    others = [
        (q, b)
        for q in placed
        if q is not p and q.page == p.page and not isinstance(q.item, ReaderNote) and (b := _bbox(q)) is not None
    ]  # a reader's note is no printed text (one on the label's own place: where reading order put it)
    level = [q for q, b in others if min(b[3], box[3]) - max(b[1], box[1]) > 0]
    if any(not _page_furniture(q) for q in level):
        return False
    rest = [b for q, b in others if all(q is not r for r in level)]
    return bool(rest) and (all(b[3] <= box[1] - gap for b in rest) or all(b[1] >= box[3] + gap for b in rest))


def _page_furniture(p: Placed) -> bool:
    """Whether `p` is short text that no section holds: a page number, "Página 3", a date (at most
    SETTINGS.fichas.page_furniture_words words, no template heading nor municipality label)."""
    return (
        isinstance(p.item, TextBlock)
        and p.role in (Role.body, Role.unknown_heading)
        and len(block_text(p.item).split()) <= SETTINGS.fichas.page_furniture_words
    )


def _on_the_title_page(outside: list[Placed], placed: list[Placed], start: int) -> list[Placed]:
    """Of `outside` (a Word document's items before the ficha starting at `start` in `placed`, in no
    ficha) those printed on the page its head opens on: after the last paragraph opening a page
    (`TextBlock.opens_page`) at or before the ficha's start. A cover's title on a page of its own is
    the cover's, no rival of the ficha's title; all of them when no page opens there."""
    opening = next(
        (
            k
            for k in range(min(start, len(placed) - 1), -1, -1)
            if isinstance(item := placed[k].item, TextBlock) and item.opens_page
        ),
        None,
    )
    if opening is None:
        return outside
    kept = {id(p) for p in placed[opening:start]}
    return [p for p in outside if id(p) in kept]


def title_doubt(
    ficha: list[Placed],
    placed: list[Placed],
    printed: Printed,
    start: int | None = None,
    on_page: OnPage | None = None,
) -> str | None:
    """Why the title of a PDF ficha (its placed items `ficha`, among the document's `placed`, whose
    texts are `printed` where `_printed` says) may not
    be the ficha's own, in Spanish for the aviso `titulo_dudoso`; None when the choice is sure:

    - another text on the title's page, of the ficha's head or of no ficha, is printed as large as
      the title (within SETTINGS.fichas.title_size_tolerance) or larger: several candidates; so is the text read
      right before the ficha (municipality labels aside) on its page, or ending the ficha before on
      the page before (the title's first line left at the foot of that page; a cover's words
      belong to no ficha);
    - the title is printed again on another page at its size: a running header or band;
    - no heading, municipality label or category box of the ficha stands on the title's page: the
      title is apart from the ficha's own elements (a cover's or a divider page's words).

    `start`: the index of the ficha's first item in `placed`, when known (else it is looked for);
    `on_page`: `placed`'s indexes by page (`_on_page`), when known (else `placed` is searched)."""
    title = [n for n, p in enumerate(ficha) if p.section == "title"]
    if not title:
        return None
    page = ficha[title[0]].item.prov.page
    size = max(_size(ficha[n]) for n in title)
    text = " ".join(block_text(item) for n in title if isinstance(item := ficha[n].item, TextBlock))
    if start is None:
        start = next(n for n, p in enumerate(placed) if p is ficha[0])
    outside = [p for p in placed[:start] if p.ficha is None]  # before the first ficha: a cover's, or lost
    if page is None:  # a Word document's: another title-like paragraph of its head, or before it on its page
        others = [
            block_text(p.item)
            for p in _on_the_title_page(outside, placed, start) + ficha
            if (p.section == "head" or p.ficha is None)
            and p.role is Role.title
            and isinstance(p.item, TextBlock)
            and _worded(block_text(p.item))
        ]
        if others:
            return (
                f"«{others[0]}» también está impreso como un título (se tomó «{text}»): no es seguro cuál es el título"
            )
        between = [p for p in ficha[title[-1] + 1 :] if p.section == "head" and p.role is not Role.municipality]
        if len(between) > SETTINGS.fichas.word_title_gap:
            return (
                f"el título «{text}» está {len(between)} párrafos antes de la ficha "
                f"(«{block_text(between[-1].item) if isinstance(between[-1].item, TextBlock) else ''}» justo antes): "
                "no es seguro que sea el de la ficha"
            )
        return None
    rivals = [
        block_text(p.item)
        for p in outside + ficha
        if (p.section == "head" or p.ficha is None)
        and p.page == page
        and p.role is not Role.municipality
        and isinstance(p.item, TextBlock)
        and p.item.size >= (1 - SETTINGS.fichas.title_size_tolerance) * size
        and _worded(block_text(p.item))  # a ficha's number "03" is no title
    ]
    if rivals:
        return f"«{rivals[0]}» está impreso tan grande como el título «{text}»: no es seguro cuál es el título"
    if on_page is None:
        on_page = _on_page(placed)
    for last in _read_right_before(placed, start, on_page):
        if (
            isinstance(last.item, TextBlock)
            and last.page is not None
            and (
                last.page == page
                or (last.page == page - 1 and last.ficha is not None and _at_the_foot(last, placed, on_page))
            )
            and last.item.size >= (1 - SETTINGS.fichas.title_size_tolerance) * size
        ):
            before = block_text(last.item)
            return f"«{before}», tan grande como el título «{text}», está impreso justo antes de la ficha"
    if any(_repeats_elsewhere(ficha[n], printed) for n in title):
        return f"el título «{text}» se repite en otras páginas (¿un encabezado de página?)"
    anchors = (Role.heading, Role.municipality)
    if not any(p.page == page and (p.role in anchors or _is_head_element(p)) for p in ficha) and not _title_at_foot(
        ficha, title[-1], placed, start, on_page
    ):
        return f"el título «{text}» está en la página {page}, sin ningún encabezado ni casilla de la ficha"
    return None


def _at_the_foot(p: Placed, placed: list[Placed], on_page: OnPage) -> bool:
    """Whether nothing of `p`'s page is printed under it in its column (no item below it overlapping
    it across): where a title's first line left at the foot of a page stands, as the page's other
    columns' heads do not (a heading atop the left column, level with the right column's last
    lines, is no title's first line)."""
    box = _bbox(p)
    if box is None:
        return True
    below = (_bbox(placed[n]) for n in on_page.get(p.page, []) if placed[n] is not p)
    return not any(b is not None and b[1] >= box[3] and b[0] < box[2] and b[2] > box[0] for b in below)


def _title_at_foot(
    ficha: list[Placed], last: int, placed: list[Placed], start: int, on_page: OnPage | None = None
) -> bool:
    """Whether the title ending at `ficha[last]` is left at the foot of a page where the ficha before
    ends (its items printed on the title's page, above the title), the ficha's own elements opening
    the next page right after it: its municipality label or a template heading is the next item
    read (fichas run on with no keep-with-next). The title stands whole on its page (a title whose
    rest the page break put on the next page may be two texts). A cover's or divider page's title
    shares its page with no ficha before. `on_page`: as in `title_doubt`."""
    page = ficha[last].page
    box = _bbox(ficha[last])
    item = ficha[last].item
    if page is None or box is None or last + 1 >= len(ficha) or not isinstance(item, TextBlock):
        return False
    if any(line.prov.page != page for line in item.lines):
        return False
    after = ficha[last + 1]
    earlier = [placed[n] for n in on_page.get(page, ()) if n < start] if on_page is not None else placed[:start]
    before = [b for p in earlier if p.ficha is not None and p.page == page and (b := _bbox(p)) is not None]
    return (
        after.page == page + 1
        and after.role in (Role.heading, Role.municipality)
        and bool(before)
        and all(b[3] <= box[1] + SETTINGS.fichas.head_level_tolerance * (box[3] - box[1]) for b in before)
    )


OnPage = dict[int | None, list[int]]  # a page (None: no page) -> the indexes of its placed items, ascending


def _on_page(placed: list[Placed]) -> OnPage:
    """The indexes of `placed` by page, each page's ascending (`_read_right_before` asks for one page's
    items before an index, once per ficha: searching the whole document each time was quadratic)."""
    on_page: OnPage = {}
    for n, p in enumerate(placed):
        on_page.setdefault(p.page, []).append(n)
    return on_page


def _read_right_before(placed: list[Placed], start: int, on_page: OnPage | None = None) -> list[Placed]:
    """The item read right before `placed[start]` (municipality labels aside), with the items of its
    page read before it that stand level with it (their boxes overlapping it down the page): the
    cells of one row, a title's first lines beside a label no vocabulary names (a label whose word
    the cell's edge cut, "MUNICIPALIDA" over "D ARICA": Word seed 24904). `on_page`: `placed`'s
    indexes by page (`_on_page`), when known."""
    k = next((k for k in range(start - 1, -1, -1) if placed[k].role is not Role.municipality), None)
    if k is None:
        return []
    last, box = placed[k], _bbox(placed[k])
    if box is None:
        return [last]
    if on_page is None:
        on_page = _on_page(placed)
    same_page = on_page[last.page]
    level = [
        p
        for p in (placed[n] for n in same_page[: bisect.bisect_left(same_page, k)])
        if p.role is not Role.municipality
        and (other := _bbox(p)) is not None
        and other[1] < box[3]
        and other[3] > box[1]
    ]
    return [last, *reversed(level)]


def _side_list(section: Section, before: Section | UnknownSection) -> bool:
    """Whether `section` is the category list set beside the page's text flow (a text box printed
    right of the column, no drawn region): its PDF heading starts right of where the heading of
    the section before it ends, on the same page."""
    heading, other = section.heading.prov, before.heading.prov
    return (
        section.key == "categorias"
        and heading.page is not None
        and heading.page == other.page
        and heading.bbox is not None
        and other.bbox is not None
        and heading.bbox[0] > other.bbox[2]
    )


def _left_of_side_list(p: Placed, heading: TextBlock) -> bool:
    """Whether `p`, no heading and no checkbox, printed on the page of a side category list's
    `heading` (`_side_list`) starts SETTINGS.fichas.side_list_ems ems or more left of it: the flow's text or table,
    read after the list, that goes on with the section before the list (the reading order took the
    list between the section's heading and its text)."""
    box, own = heading.prov.bbox, p.item.prov.bbox
    return (
        not _opens_section(p)
        and not isinstance(p.item, Checkbox)
        and p.page == heading.prov.page
        and box is not None
        and own is not None
        and own[0] < box[0] - SETTINGS.fichas.side_list_ems * (heading.size or 10.0)
    )


def _opens_section(p: Placed) -> bool:
    """Whether `p` is a heading (known or not): it opens a section of its own wherever it stands."""
    return p.role in (Role.heading, Role.unknown_heading)


def _in_the_flow(p: Placed) -> bool:
    """Whether `p` is a heading or body text of a PDF page printed outside every drawn region."""
    return (
        p.role in (Role.heading, Role.body)
        and isinstance(p.item, TextBlock)
        and p.item.prov.page is not None
        and _region(p.item) is None
    )


def _heading_dress_regions(placed: list[Placed]) -> set[str]:
    """The drawn regions of PDF pages that hold a heading and nothing else, nested in no region
    holding more (a band or pill drawn round it; not the band of a side panel's "Categoría"): a
    heading in one is printed in the page's flow as much as a bare one."""
    held: dict[str, list[Placed]] = {}
    for p in placed:
        if (where := _held_in(p.item)) is not None:
            for owner in _owners(where):
                held.setdefault(owner, []).append(p)
    return {
        r
        for r, items in held.items()
        if items[0].role is Role.heading and all(len(held[owner]) == 1 for owner in _owners(r))
    }


def _owners(region: str) -> list[str]:
    """`region` and every region it is nested in ("p3-7/2": "p3-7/2", "p3-7")."""
    parts = region.split("/")
    return ["/".join(parts[: n + 1]) for n in range(len(parts))]


def _flow_goes_on(
    p: Placed, previous_page: int | None, current: Section | UnknownSection | None, flow: Section | None
) -> bool:
    """Whether `p`, body text opening a new page outside every drawn region, goes on with `flow`
    (the last section whose text was printed outside the regions) rather than with `current`, a
    section read last on the page before inside a drawn region (a side panel): a panel is read
    after the page's text flow, and the text the flow carries over to the next page continues the
    flow's section, not the panel's."""
    return (
        flow is not None
        and isinstance(current, Section)
        and current is not flow
        and p.role is Role.body
        and isinstance(p.item, TextBlock)
        and _region(p.item) is None
        and p.page is not None
        and previous_page is not None
        and p.page > previous_page
        and _region(current.heading) is not None
        and all(_region(item) is not None for item in current.items if isinstance(item, TextBlock))
        and not _set_under_the_flow(current, flow)
    )


def _set_under_the_flow(current: Section, flow: Section) -> bool:
    """Whether `current`'s heading (in a drawn region) stands under the flow section's last text
    printed on or before its page, what `current` prints on that page reaching across that text's
    width, or on a later page: the region was
    set under the flow, which ended above it, not beside it (a band across the page cut by its
    foot), so the text opening the next page outside every region is the band's going on (its
    part there too low to be read as a drawn region), not the flow's."""
    head = current.heading.prov
    if head.page is None or head.bbox is None:
        return False
    printed = [
        (item.prov.page, item.prov.bbox)
        for item in flow.items
        if isinstance(item, TextBlock) and item.prov.page is not None and item.prov.bbox is not None
    ]
    before = [(page, box) for page, box in printed if page <= head.page]
    if not before:
        return False
    page, box = max(before, key=lambda placed: (placed[0], placed[1][3]))
    if page < head.page:
        return True
    region = [
        item.prov.bbox
        for item in [current.heading, *current.items]
        if item.prov.page == head.page and item.prov.bbox is not None
    ]
    left, right = min(b[0] for b in region), max(b[2] for b in region)
    return box[3] <= head.bbox[1] and min(box[2], right) > max(box[0], left)


def _back_to_the_flow(p: Placed, before: Section | UnknownSection | None, flow: Section | None) -> bool:
    """Whether `p`, body text printed outside every drawn region that comes right after a drawn
    region whose section (its heading in the region) took the section `before` as the one it
    interrupted, goes on with `flow` (the last section whose text was printed outside the
    regions) rather than with `before`: `before`'s own heading stands in a drawn region too (the
    row above in a card of label | value rows, a category panel), so it was no text of the page's
    flow either; the flow's text read after the regions set beside it (a card in the next column,
    the description going on under it) is the flow's section's."""
    return (
        flow is not None
        and isinstance(before, Section)
        and before is not flow
        and _region(before.heading) is not None
        and p.role is Role.body
        and isinstance(p.item, TextBlock)
        and p.item.prov.page is not None
        and _region(p.item) is None
    )


def _word_text_box(item: Item) -> str | None:
    """The Word text box holding a text block: its region up to its last "txbx<n>" part (the
    reader's `TextBlock.region`, "txbx2" or "t0-r0c1/txbx2"); None outside text boxes and in PDFs.
    A text box is printed apart from the text around its anchor: a heading inside it opens a
    section that holds the box's text only, and the text after the box goes on where it was
    before the box (a category list boxed beside the title, its municipality paragraph after it)."""
    if not isinstance(item, TextBlock) or item.prov.page is not None or not item.region:
        return None
    parts = item.region.split("/")
    boxes = [n for n, part in enumerate(parts) if part.startswith("txbx")]
    return "/".join(parts[: boxes[-1] + 1]) if boxes else None


def _in_box(item: Item, heading: TextBlock) -> bool:
    """Whether `item` is in the Word text box of `heading`: the same anchor paragraph (a checkbox
    has no region) and, for text, the box's region or one nested in it."""
    if item.prov.index != heading.prov.index:
        return False
    box, region = _word_text_box(heading), _word_text_box(item)
    if not isinstance(item, TextBlock) or box is None:
        return True
    return region is not None and (region == box or region.startswith(box + "/"))


def _region(item: Item) -> str | None:
    """The drawn region (panel, box, card) of a PDF page holding a text block; None elsewhere."""
    return item.region if isinstance(item, TextBlock) and item.prov.page is not None else None


def _held_in(item: Item) -> str | None:
    """The drawn region (panel, box, card, ruled table cell) of a PDF page holding a text block, a
    checkbox or a table (`region` as the PDF reader names it, "p3-7/2" for a region nested in
    "p3-7"); None outside every region and in Word documents."""
    return item.region if isinstance(item, (TextBlock, Checkbox, Table)) and item.prov.page is not None else None


def _within(region: str, owner: str) -> bool:
    """Whether `region` is `owner` or a region nested in it."""
    return region == owner or region.startswith(owner + "/")


@dataclass
class _PanelSection:
    """A section whose heading stands in a drawn region of a PDF page (a side panel's "Categoría",
    a card's heading), with the section open before it. Once the region has given the section
    something (`holds`), the section ends with the region: the next text, checkbox or table printed
    outside it goes on with the section before (a side panel read amid the page's flow, or the
    reading order leaving it for the table under it, takes none of the flow's text). A region
    holding the heading alone (a pill, a band, a table's label cell) gives the section what follows it;
    so does the next page (a table cell or panel split by a page break goes on there), and so does
    text in a region holding no anchor that starts the next column (`_next_column`): the section's
    box going on past a column break (CSS columns splitting a card), read right after its text;
    the section before printed its own heading with its text, so the region is no rest of it."""

    section: Section
    region: str
    before: Section | UnknownSection
    anchored: set[str]  # the regions holding an anchor (`_anchored_regions`)
    holds: bool = False

    def ends_at(self, item: Item) -> bool:
        """Whether `item`, coming next in reading order, is past the region's end (see the class)."""
        where = _held_in(item)
        if where is not None and (_within(where, self.region) or _within(self.region, where)):
            # in the region, or in a region holding it (a side panel round the heading's band): the
            # panel's text, after which the page's flow outside it goes on with the section before
            self.holds = True
            return False
        if self.holds and where is not None and self._box_goes_on(item, where):
            self.region = _outermost_unanchored(where, self.anchored)
            self.section.boxes.add(self.region)
            return False
        if self.holds and where is None and self._runs_on_under(item):
            return False
        return (
            self.holds
            and isinstance(item, (TextBlock, Checkbox, Table))
            and item.prov.page is not None
            and item.prov.page == self.section.heading.prov.page
        )

    def _runs_on_under(self, item: Item) -> bool:
        """Whether text `item`, printed outside every drawn region, is the section's last text
        block's next line: right under it at its left edge (within an em), the white between them
        at most SETTINGS.fichas.run_on_ems of its size (a paragraph running on past the region's edge, the region
        drawn over part of it)."""
        last = next((b for b in reversed(self.section.items) if isinstance(b, TextBlock)), None)
        if not isinstance(item, TextBlock) or last is None or last.prov.page != item.prov.page:
            return False
        above, below = last.lines[-1].prov.bbox, item.prov.bbox
        em = last.size or 10.0
        return (
            above is not None
            and below is not None
            and last.lines[-1].prov.page == item.prov.page
            and abs(below[0] - above[0]) <= em
            and 0 <= below[1] - above[3] <= SETTINGS.fichas.run_on_ems * em
        )

    def _box_goes_on(self, item: Item, where: str) -> bool:
        """Whether text `item` in region `where` goes on with the section (see the class)."""
        last = next((b for b in reversed(self.section.items) if isinstance(b, TextBlock)), None)
        return (
            isinstance(item, TextBlock)
            and not any(_within(where, owner) for owner in self.anchored)
            and last is not None
            and _next_column(last, item)
        )


class _RegionsGoingOn:
    """The drawn regions of a ficha's PDF pages that go on a region of the page before
    (`regions.continued_regions`: a side panel, band or card cut by a page break), and the section
    each region was read with last. The text of such a region, up to an anchor in it, is read with
    the section its earlier part was read with last, never with a section whose heading stands
    outside it; the text after it, outside the region, goes on with the section it interrupted."""

    def __init__(self, placed: list[Placed]) -> None:
        anchors = (Role.heading, Role.unknown_heading, Role.title, Role.municipality)
        sizes = [p.item.size for p in placed if p.role is Role.body and isinstance(p.item, TextBlock) and p.item.size]
        em = statistics.median(sizes) if sizes else 10.0
        self.earlier = continued_regions([p.item for p in placed], [p.role in anchors for p in placed], em)
        self.last: dict[str, Section | UnknownSection] = {}  # region -> the section it was read with last
        self.going_on: tuple[str, Section | UnknownSection, Section | UnknownSection | None] | None = None

    def section_of(
        self, p: Placed, current: Section | UnknownSection | None, flow: Section | None
    ) -> tuple[Section | UnknownSection | None, bool]:
        """The section `p` goes to unless it opens one, and whether a region going on starts at `p`."""
        where = _held_in(p.item)
        name = root(where) if where is not None else None
        if self.going_on is not None and (name != self.going_on[0] or _opens_section(p)):
            current, self.going_on = self.going_on[2], None
        if self.going_on is not None or name is None or _opens_section(p):
            return current, False
        earlier = self.earlier.pop(name, None)
        section = self.last.get(earlier) if earlier is not None else None
        if section is None:
            return current, False
        self.going_on = (name, section, flow if current is section else current)
        if isinstance(section, Section):
            section.boxes.add(name)
        return section, True

    def read(self, p: Placed, current: Section | UnknownSection | None) -> None:
        """Note that `p` was read with `current` (when it went to a section)."""
        where = _held_in(p.item)
        if where is not None and current is not None and p.section not in (None, "title", "head"):
            self.last[root(where)] = current


def _outermost_unanchored(where: str, anchored: set[str]) -> str:
    """The outermost region holding `where` (itself, or one it is nested in) that holds no anchored
    region (`_anchored_regions`): the whole box a section goes on in past a column break, not its
    first cell (a ruled table of Sello lines, each name and justification a cell of its own)."""
    return next((o for o in _owners(where)[:-1] if not any(_within(owner, o) for owner in anchored)), where)


def _next_column(a: TextBlock, b: TextBlock) -> bool:
    """Whether `b` starts the next column after `a` on one page: right of `a`, its top above
    `a`'s (a column break, not text set beside or under `a`); or `a` is a paragraph that went on
    past a column break (its lines from one starting such a next column, `_column_tail`) and `b`
    starts under that tail, in its column, within two of its font sizes: the next paragraph."""
    box_a, box_b = a.prov.bbox, b.prov.bbox
    if box_a is None or box_b is None or a.prov.page != b.prov.page:
        return False
    if box_b[0] >= box_a[2] and box_b[1] < box_a[1]:
        return True
    tail = _column_tail(a)
    if tail is None:
        return False
    em = a.size or 10.0
    return abs(box_b[0] - tail[0]) <= em and 0 <= box_b[1] - tail[3] <= 2 * em


def _column_tail(block: TextBlock) -> tuple[float, float, float, float] | None:
    """The box of a block's lines from the first that starts a next column (right of the line
    before it and above its top: the paragraph went on past a column break), None when all its
    lines stand in one column."""
    boxes = [line.prov.bbox for line in block.lines]
    for k in range(1, len(boxes)):
        prev, here = boxes[k - 1], boxes[k]
        if prev is not None and here is not None and here[0] >= prev[2] and here[1] < prev[1]:
            return bbox_union([b for b in boxes[k:] if b is not None])
    return None


def _anchored_regions(placed: list[Placed]) -> set[str]:
    """The regions holding an anchor: a heading (known or not), a title or a municipality label."""
    anchors = (Role.heading, Role.unknown_heading, Role.title, Role.municipality)
    return {r for p in placed if p.role in anchors and (r := _region(p.item)) is not None}


def _loose_regions(section: Section, anchored: set[str], listed: Collection[int] = ()) -> None:
    """Move to `section.loose` the text of drawn regions that hold no anchor and that the section
    does not open with: a box or card printed amid a section's text (a quote, a note) is no part of
    it. A region holding no anchor is the section's own when it is the first thing under the
    heading (a heading printed over the box of its text), follows one of the section's own regions
    (the rows of a ruled table, a run of cards) or opens a page (the section's box going on); a
    region holding the section's heading, or its name printed again under it (a table's header
    cell, whose next cells are the table's), is its own, and so is one right after a line that
    announces it (`_announces`: "... de Sello:" over a table); and so is what the category list was read
    from (`listed`: ids of its boxes and parts; the label cells of a ruled checklist table are regions).
    A table's column titles printed outside every region (a shaded header row: "Línea |
    Justificación", `_column_title`) are no text before the table: its first cell is still the
    first thing under the heading."""
    keep: list[Item] = []
    claimed: set[str] = section.boxes | section.own
    home = {r for r in (_region(section.heading),) if r is not None}

    def owned(region: str | None, owners: set[str]) -> bool:  # a region nested in an owned one is owned
        return region is not None and any(_within(region, owner) for owner in owners)

    for n, item in enumerate(section.items):
        region = _region(item)
        if region is None or id(item) in listed or owned(region, anchored | home | claimed):
            keep.append(item)
            continue
        before = next(
            (b for b in reversed(section.items[:n]) if isinstance(b, TextBlock) and not _column_title(b)), None
        )
        if (
            before is None
            or before.prov.page != item.prov.page
            or owned(_region(before), claimed)
            or _announces(before)
        ):
            claimed.add(region)
            keep.append(item)
        else:
            section.loose.append(item)
    section.items = keep


def _announces(block: TextBlock) -> bool:
    """A block that announces what follows it: its text ends with a colon (the template's Sello
    lead-in "Se destaca el trabajo en las líneas de acción de Sello:" over the table of the lines)."""
    return block_text(block).rstrip().endswith(":")


def _column_title(block: TextBlock) -> bool:
    """A Sello table's column title ("Línea", "Justificación": `vocab.sello_table_headers`)."""
    return fold(block_text(block)).strip(" :") in sello_table_headers()


def _category_list(placed: list[Placed]) -> list[CategoryBox]:
    """A ficha's checkboxes, each with the category it names, when at least SETTINGS.fichas.min_category_list
    of them name a category (the list is found by its labels wherever it was printed), or any of
    them is a category's chip (the reader found it by its name: a list of tags may print one); else []."""
    boxes = [(p, p.item) for p in placed if isinstance(p.item, Checkbox)]
    named = [category_named(box.label) for _, box in boxes]
    chips = any(box.method == "chip" for _, box in boxes)
    if len({t for t in named if t is not None}) < SETTINGS.fichas.min_category_list and not chips:
        return _category_table(placed) or _typed_category_list(placed) or _named_category_list(placed)
    for (p, _), term in zip(boxes, named, strict=True):
        p.category = term.id if term else None
    return [CategoryBox(box, p.category) for p, box in boxes]


def _is_mark_text(text: str) -> bool:
    """A cell's typed mark: "X", "Sí", or check glyphs alone."""
    text = text.strip()
    return fold(text) in TEXT_MARKS or (bool(text) and all(is_check_mark(ch) for ch in text.replace(" ", "")))


def _is_text_mark(block: TextBlock) -> bool:
    """A block that is a cell's typed mark (`_is_mark_text`)."""
    return _is_mark_text(block_text(block))


def _is_typed_no(text: str) -> bool:
    """A cell's typed answer "No" (`glyphs.YES_NO_TITLES`): the box beside it left unmarked, as a
    clerk's label | Sí/No table answers each category."""
    return fold(text.strip()) == YES_NO_TITLES[1]


def _is_answer_text(text: str) -> bool:
    """A cell's typed mark (`_is_mark_text`) or its typed "No" (`_is_typed_no`)."""
    return _is_mark_text(text) or _is_typed_no(text)


def _same_row(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    """Two boxes on one row: each one's vertical centre within the other's height."""
    return a[1] <= (b[1] + b[3]) / 2 <= a[3] or b[1] <= (a[1] + a[3]) / 2 <= b[3]


_WORD_CELL = re.compile(r"t(\d+)-r(\d+)c(\d+)")  # a Word table cell's region (readers/docx: t<table>-r<row>c<col>)


def _cell_place(p: Placed) -> tuple[int, int, float] | None:
    """Where a placed item stands in a table of labels and marks: (page or Word table, row key,
    x); a PDF item by its box (its row told by `_same_row`, key 0), a Word item by the table cell
    holding it (table, row, column); None when neither."""
    where = _bbox(p)
    if where is not None and p.page is not None:
        return p.page, 0, where[0]
    cell = _WORD_CELL.fullmatch(p.item.region or "") if not isinstance(p.item, ReaderNote) else None
    return (-int(cell.group(1)) - 1, int(cell.group(2)), float(cell.group(3))) if cell else None


@dataclass(frozen=True)
class _RowMark:
    """A mark of a table of labels and marks: its item, where it is printed (None for a Word cell's),
    its printed glyphs (`glyphs.printed_mark`; "" for a box) and its state."""

    placed: Placed
    bbox: tuple[float, float, float, float] | None
    glyph: str
    checked: bool


def _row_marks(placed: list[Placed]) -> list[_RowMark]:
    """The marks a table of labels and marks may hold (items standing in a table: `_cell_place`):
    boxes without a label of their own, typed marks, and typed answers "No" (unchecked:
    `_is_typed_no`); a block of typed marks or answers one a line (a column of ✓ / ✗, or of Sí / No,
    read as one block) gives one a line."""
    out: list[_RowMark] = []
    for p in placed:
        if _cell_place(p) is None:
            continue
        where = _bbox(p)
        if isinstance(p.item, Checkbox) and not p.item.label:
            out.append(_RowMark(p, where, p.item.glyph, p.item.checked))
        elif isinstance(p.item, TextBlock) and (
            _is_answer_text(block_text(p.item))
            or (where is not None and all(_is_answer_text(line.text) for line in p.item.lines))
        ):
            lines = p.item.lines
            if (
                where is not None
                and len(lines) > 1
                and all(line.prov.bbox is not None and _is_answer_text(line.text) for line in lines)
            ):
                out.extend(
                    _RowMark(p, line.prov.bbox, printed_mark(line.text, line.font), not _is_typed_no(line.text))
                    for line in lines
                    if line.prov.bbox is not None
                )
            else:
                font = lines[0].font if lines else ""
                text = block_text(p.item)
                out.append(_RowMark(p, where, printed_mark(text, font), not _is_typed_no(text)))
    return out


Side = Literal["before", "after"]


def _neighbours(mark: _RowMark, labels: list[Placed]) -> tuple[int | None, int | None]:
    """The indexes in `labels` of the labels next to `mark` on its row (`_beside`): the nearest one
    left of it and the nearest one right of it (None where none is)."""
    x = _mark_x(mark)
    row = [(i, place[2]) for i, label in enumerate(labels) if _beside(label, mark) and (place := _cell_place(label))]
    left = max((r for r in row if r[1] < x), key=lambda r: r[1], default=None)
    right = min((r for r in row if r[1] > x), key=lambda r: r[1], default=None)
    return (left[0] if left else None), (right[0] if right else None)


def _list_side(neighbours: list[tuple[int | None, int | None]]) -> Side | None:
    """Which side of its label a list's marks stand (a checklist sets them all on one side), told by
    the marks with a label on one side only (at a row's start: before its label; at its end: after);
    None when none tells, or as many tell one side as the other."""
    before = sum(1 for left, right in neighbours if left is None and right is not None)
    after = sum(1 for left, right in neighbours if right is None and left is not None)
    if before == after:
        return None
    return "before" if before > after else "after"


def _nearer_side(mark: _RowMark, left: Placed, right: Placed) -> Side:
    """The side of the label a mark between two labels stands nearer to (PDF boxes: the white between
    the mark and each label; Word cells: before the next label)."""
    box, a, b = mark.bbox, _bbox(left), _bbox(right)
    if box is None or a is None or b is None:
        return "before"
    return "before" if b[0] - box[2] <= box[0] - a[2] else "after"


def _paired_marks(
    labels: list[Placed], marks: list[_RowMark], stacked: bool = True
) -> tuple[dict[int, _RowMark], str | None]:
    """Each label's mark (label index -> mark), each mark given to one label of its row: the label
    right of it when the list's marks stand before their labels ("✓ Sociolaboral   Acogida"), the
    one left of it when after (`_list_side`); a mark with a label on one side only is that label's.
    A mark between two labels of a list whose side nothing tells goes to the label it stands nearer,
    and the doubt returned says so (else None): a mark is never given to a label farther along
    its row while a nearer one stands beside it. With `stacked` (no yes / no columns' titles over
    the table, which are no marks), a mark with no label on its row is the label's over or under it
    (`_stacked_side`, `_stacked_label`)."""
    neighbours = [_neighbours(mark, labels) for mark in marks]
    side = _list_side(neighbours)
    paired: dict[int, _RowMark] = {}
    undecided = False
    lone = [mark for mark, (left, right) in zip(marks, neighbours, strict=True) if left is None and right is None]
    stacked_side = _stacked_side(labels, lone) if stacked else None
    for mark, (left, right) in zip(marks, neighbours, strict=True):
        if left is None and right is None:
            at = _stacked_label(mark, labels, stacked_side) if stacked_side is not None else None
        elif left is None or right is None:
            at = left if right is None else right
        else:
            mark_side = side
            if mark_side is None:
                undecided = True
                mark_side = _nearer_side(mark, labels[left], labels[right])
            at = right if mark_side == "before" else left
        if at is not None and (at not in paired or (mark.checked and not paired[at].checked)):
            paired[at] = mark
    doubt = (
        "no se pudo decidir si las marcas de la lista de categorías van antes o después de sus "
        "categorías: cada marca se leyó con la categoría más cercana"
        if undecided
        else None
    )
    return paired, doubt


def _rows_of_boxes(boxes: list[tuple[float, float, float, float]]) -> list[list[tuple[float, float, float, float]]]:
    """PDF boxes in rows (`_same_row` with the row's first), top to bottom."""
    rows: list[list[tuple[float, float, float, float]]] = []
    for box in sorted(boxes, key=lambda b: b[1]):
        row = next((r for r in rows if _same_row(r[0], box)), None)
        if row is None:
            rows.append([box])
        else:
            row.append(box)
    return rows


def _stacked_side(labels: list[Placed], lone: list[_RowMark]) -> Literal["under", "over"] | None:
    """Where a table's rows of marks stand from their rows of labels when no mark has a label on its
    own row (`lone`: a sheet's row of "X" cells under a row of category names): "under" when the
    table opens with a row of labels (its first row, top to bottom, holds labels), "over" when it
    opens with a row of marks; None when no mark stands alone or the items have no PDF boxes."""
    label_boxes = [b for p in labels if (b := _bbox(p)) is not None]
    mark_boxes = [m.bbox for m in lone if m.bbox is not None]
    if not mark_boxes or not label_boxes:
        return None
    first = _rows_of_boxes(label_boxes + mark_boxes)[0]
    return "under" if any(b in label_boxes for b in first) else "over"


def _stacked_label(mark: _RowMark, labels: list[Placed], stacked: Literal["under", "over"]) -> int | None:
    """The index in `labels` of the label a mark with no label on its row belongs to: in the nearest
    row of labels above it ("under") or below it ("over"), the label whose column holds the mark's
    centre (from the label's left edge to the next label's of that row). None when no row is there."""
    if mark.bbox is None:
        return None
    boxes = [(i, b) for i, p in enumerate(labels) if (b := _bbox(p)) is not None]
    centre, middle = (mark.bbox[0] + mark.bbox[2]) / 2, (mark.bbox[1] + mark.bbox[3]) / 2
    if stacked == "under":
        near = [(i, b) for i, b in boxes if b[3] <= middle]
        nearest = max(near, key=lambda ib: ib[1][3], default=None)
    else:
        near = [(i, b) for i, b in boxes if b[1] >= middle]
        nearest = min(near, key=lambda ib: ib[1][1], default=None)
    if nearest is None:
        return None
    row = sorted((ib for ib in near if _same_row(ib[1], nearest[1])), key=lambda ib: ib[1][0])
    opening = [(i, b) for i, b in row if b[0] <= centre]
    return opening[-1][0] if opening else None


def _beside(label: Placed, mark: _RowMark) -> bool:
    """The mark stands on the label's row: in a PDF the two boxes share a row (`_same_row`); in Word
    the two cells are in one row of one table."""
    a, b = _cell_place(label), _cell_place(mark.placed)
    if a is None or b is None or a[:2] != b[:2]:
        return False
    box = _bbox(label)
    return box is None or mark.bbox is None or _same_row(box, mark.bbox)


def _mark_x(mark: _RowMark) -> float:
    """Where a row's mark stands across: its box's left (PDF), its cell's column (Word)."""
    if mark.bbox is not None:
        return mark.bbox[0]
    place = _cell_place(mark.placed)
    return place[2] if place is not None else 0.0


def _yes_no_titles(placed: list[Placed], top: float) -> tuple[tuple[Item, ...], float] | None:
    """The titles of a pair of yes / no columns printed above a table of labels and marks (`top`:
    its first label's top): one line "Sí No", or the two words as blocks of their own, on one row
    (`glyphs.YES_NO_TITLES`): (their items, the x between the two titles' centres); None when none."""
    yes, no = YES_NO_TITLES
    above = [
        (p.item, fold(block_text(p.item)), where)
        for p in placed
        if isinstance(p.item, TextBlock) and (where := _bbox(p)) is not None and where[3] <= top
    ]
    for item, folded, where in above:
        if folded.split() == [yes, no]:  # one line: its words' centres by their letters
            text = block_text(item)
            width = where[2] - where[0]
            first = where[0] + width * len(text.split()[0]) / 2 / len(text)
            second = where[2] - width * len(text.split()[-1]) / 2 / len(text)
            return (item,), (first + second) / 2
        if folded == yes:
            pair = [(i, w) for i, f, w in above if f == no and _same_row(where, w) and w[0] > where[2]]
            if pair:
                other = pair[0][1]
                return (item, pair[0][0]), ((where[0] + where[2]) / 2 + (other[0] + other[2]) / 2) / 2
    return None


def _under_no(mark: _RowMark, between: float) -> bool:
    """A mark right of the x between a yes and a no column's titles: under "No"."""
    return mark.bbox is not None and (mark.bbox[0] + mark.bbox[2]) / 2 > between


def _category_table(placed: list[Placed]) -> list[CategoryBox]:
    """The category list printed as a table of labels and marks (a PDF's, or a Word table's cells):
    blocks that are a category's name alone (at least SETTINGS.fichas.min_category_list categories), each checked by
    the mark on its row nearest to it, a box without a label of its own or a typed mark ("X"); a row
    with no mark is unchecked; a box that took its row's label as its own (a Word cell's typed mark)
    is its row. The list's crosses are read by its polarity (`glyphs.cross_reading`: ✗ beside ✓ is
    unchecked; ✗ on every row checks nothing, and each box says why: `CategoryBox.doubt`), and a
    mark under a "No" column's title is unchecked (`_yes_no_titles`). [] when no label has a mark
    beside it (a text merely naming categories)."""
    labels = [
        (p, term)
        for p in placed
        if p.role is Role.body
        and isinstance(p.item, TextBlock)
        and _cell_place(p) is not None
        and len(block_text(p.item).split()) <= SETTINGS.fichas.max_category_label_words
        and (term := category_named(block_text(p.item))) is not None
    ]
    boxed = [  # a mark that took its row's label cell as its own (a Word cell's typed mark)
        (p, term)
        for p in placed
        if isinstance(p.item, Checkbox)
        and _cell_place(p) is not None
        and (term := category_named(p.item.label)) is not None
    ]
    if len({term.id for _, term in labels + boxed}) < SETTINGS.fichas.min_category_list:
        return []
    marks = _row_marks(placed)
    tops = [where[1] for p, _ in labels if (where := _bbox(p)) is not None]
    titles = _yes_no_titles(placed, min(tops)) if tops else None
    paired, side_doubt = _paired_marks([label for label, _ in labels], marks, stacked=titles is None)
    rows = [(label, term, paired.get(i)) for i, (label, term) in enumerate(labels)]
    tables = {place[0] for p, _ in boxed if (place := _cell_place(p)) is not None}
    if not any(mark for _, _, mark in rows) and not any((_cell_place(p) or (None,))[0] in tables for p, _ in labels):
        return []  # no label has a mark beside it, nor stands in the table of a box that took its label
    marked = [mark.glyph for _, _, mark in rows if mark is not None and mark.checked]
    reading = cross_reading(marked, sum(1 for _, _, mark in rows if mark is None or not mark.checked))
    doubt = undecided_crosses(marked) if reading == "undecided" else side_doubt
    doubt = doubt or _glued_mark_doubt([label for label, _ in labels])
    out: list[CategoryBox] = []
    for p, term in boxed:
        assert isinstance(p.item, Checkbox)
        p.category = term.id
        out.append(CategoryBox(p.item, term.id))
    for label, term, mark in rows:
        item = mark.placed.item if mark is not None else None
        checked = mark is not None and mark.checked and not (reading != "mark" and is_negative_cross(mark.glyph))
        checked = checked and not (mark is not None and titles is not None and _under_no(mark, titles[1]))
        method = item.method if isinstance(item, Checkbox) else "text"
        text = block_text(label.item) if isinstance(label.item, TextBlock) else ""
        box = Checkbox(checked, text, method, label.item.prov, glyph=mark.glyph if mark is not None else "")
        label.category = term.id
        if mark is not None:
            mark.placed.category = term.id
        parts = (label.item,) + ((mark.placed.item,) if mark is not None else ())
        parts += titles[0] if titles is not None else ()
        out.append(CategoryBox(box, term.id, parts, doubt))
    return out


def _glued_mark_doubt(labels: list[Placed]) -> str | None:
    """Why the marks of a table of labels and marks cannot be told apart when a label's block opens
    with a typed mark over more than one line ("X" / "Cooperativas": a mark's cell and the next row's
    label read as one block, trial 28 ed13): the mark may be the row's above, or the label's own.
    None when no label block does."""
    for p in labels:
        block = p.item
        if not isinstance(block, TextBlock) or len(block.lines) < 2:
            continue
        first = clean(block.raw_lines[0]).split()
        if first and _is_mark_text(first[0]):
            return (
                f"la marca «{first[0]}» se leyó en un bloque con «{clean(block.raw_lines[-1])}», en otra línea: "
                "no se sabe a qué categoría corresponde, las marcas de la tabla pueden estar mal asociadas"
            )
    return None


_TYPED_BOX = re.compile(r"[(\[]\s*([^\s()\[\]]{0,2})\s*[)\]]")  # "(X)", "( )", "[x]", "[ ]", "[✓]"
_MARK_WORD = re.compile(  # a check glyph standing as a word of its own, opening a label ("✔ Sociolaboral")
    "(?:^|(?<=\\s))([" + "".join(sorted(c for c in CHECK_MARKS if not c.isalpha())) + "])(?=\\s)"
)


def typed_boxes(text: str) -> list[tuple[bool, str]] | None:
    """(checked, label) of each box typed in brackets in `text` ("Sociolaboral (X) Salud ( )", "[x]
    Sociolaboral"), when the text is nothing but such boxes and their labels, all on one side: the
    label before its box, or after it. A bracket's mark is a typed mark (`TEXT_MARKS`, a check glyph)
    or nothing; None when the text is anything else."""
    found = list(_TYPED_BOX.finditer(text))
    if not found or any(m.group(1) and not _is_mark_text(m.group(1)) for m in found):
        return None
    pieces = [text[a:b].strip() for a, b in pairwise([0, *(x for m in found for x in m.span()), len(text)])][::2]
    before, after = pieces[:-1], pieces[1:]
    if not pieces[-1] and all(before):  # "Label (X) Label ( )": each label before its box
        labels = before
    elif not pieces[0] and all(after):  # "[x] Label": each label after its box
        labels = after
    else:
        return None
    return [(bool(m.group(1)), label) for m, label in zip(found, labels, strict=True)]


def _marked_labels(text: str) -> list[tuple[str, str]] | None:
    """(mark, label) of each label of `text` opened by a check glyph standing as a word of its own
    ("✔ Sociolaboral ✘ Acogida/atención": lines of a list, each with its mark), when the text is
    nothing but such marks and their labels; None otherwise."""
    found = list(_MARK_WORD.finditer(text))
    if not found or text[: found[0].start()].strip():
        return None
    ends = [m.start() for m in found[1:]] + [len(text)]
    labels = [text[m.end() : end].strip() for m, end in zip(found, ends, strict=True)]
    return [(m.group(1), label) for m, label in zip(found, labels, strict=True)] if all(labels) else None


def _marked_boxes(lines: list[list[tuple[str, str]]]) -> list[list[tuple[bool, str]]]:
    """(checked, label) of the marked labels of a list's `lines` (`_marked_labels`): a cross beside
    another mark says no (✔ / ✘, `glyphs.cross_reading`), read over the whole list; crosses alone
    say neither: no line is read ([] each)."""
    reading = cross_reading([mark for line in lines for mark, _ in line], 0)
    if reading == "undecided":
        return [[] for _ in lines]
    return [[(reading == "mark" or not is_negative_cross(mark), label) for mark, label in line] for line in lines]


def _typed_category_list(placed: list[Placed]) -> list[CategoryBox]:
    """The category list typed as text: each category's name with a box typed in brackets beside it,
    "(X)" or "[x]" checked, "( )" or "[ ]" not, one or many to a line (`typed_boxes`), or opened by a
    check glyph, "✔ Sociolaboral" / "✘ NNA" (`_marked_labels`, read over the list: `_marked_boxes`),
    when at least SETTINGS.fichas.min_category_list categories are named so and every label of those lines names
    one; else []."""
    out: list[CategoryBox] = []
    lines: list[tuple[Placed, list[CategoryBox]]] = []
    bodies = [(p, p.item) for p in placed if p.role is Role.body and isinstance(p.item, TextBlock)]
    marked = {
        id(p): found
        for p, block in bodies
        if (found := _marked_labels(block_text(block))) is not None
        and all(category_named(label) is not None for _, label in found)
    }
    if one_mark_beside_every_category(
        {mark for line in marked.values() for mark, _ in line},
        {term.id for line in marked.values() for _, label in line if (term := category_named(label)) is not None},
    ):
        marked = {}  # the same tick beside every category tells none apart (its colour may, unread here)
    read = dict(zip(marked, _marked_boxes(list(marked.values())), strict=True))
    for p, block in bodies:
        boxes = read[id(p)] if id(p) in read else typed_boxes(block_text(block)) or []
        named = [(checked, label, term) for checked, label in boxes if (term := category_named(label)) is not None]
        if not boxes or len(named) < len(boxes):
            continue
        item = block
        line = [
            CategoryBox(Checkbox(on, label, "text", item.prov, item.region), t.id, (item,)) for on, label, t in named
        ]
        lines.append((p, line))
        out += line
    if len({c.category for c in out}) < SETTINGS.fichas.min_category_list:
        return []
    for p, line in lines:  # a line of one box is that category's; a line of many is none's alone
        p.category = line[0].category if len(line) == 1 else None
    return out


_NAME_SEPARATORS = re.compile(r"\s*[·•|;]\s*|\s+[–—-]\s+|,\s+")  # "Sociolaboral · Capacitaciones"


def _names_in_a_line(line: str) -> list[str]:
    """`line` as the category names it prints one after another, parted by separators ("Sociolaboral ·
    Capacitaciones", "NNA | Otra: Regularización", "Sociolaboral, Emprendimiento"; a slash is a name's
    own: "Acogida/atención"), when each piece is a category's whole name (`_whole_category_name`);
    else `line` itself."""
    if _whole_category_name(line):
        return [line]
    pieces = [piece for piece in _NAME_SEPARATORS.split(line) if piece.strip()]
    return pieces if len(pieces) > 1 and all(_whole_category_name(piece) for piece in pieces) else [line]


def _named_category_list(placed: list[Placed]) -> list[CategoryBox]:
    """The category list printed as the names of the selected categories alone, one to a paragraph,
    list item or line, or several to a line parted by separators (`_names_in_a_line`), with no box,
    mark or look setting some apart ("• Sociolaboral" "• Capacitaciones" under the Categoría heading,
    the others unprinted): each name a checked box (method "listed"). Only when the ficha's Categoría
    section holds nothing but such names (no box, table or reader's note; in a PDF, names set in
    from the heading have a bullet read before each: else a picture or drawing no reader took stands
    there, pictures alike before each), each a category's whole name (`_whole_category_name`; "Otra:
    X" names otra), no category twice, and they name some categories but not every one (every one
    named alike tells none apart: left as text); else []."""
    items = [p for p in placed if p.section == "categorias" and p.role is not Role.heading]
    if any(not isinstance(p.item, TextBlock) for p in items):
        return []  # a box, table or picture, or a reader's note of marks it could not read: no list of names
    heading = next((p.item.prov.bbox for p in placed if p.section == "categorias" and p.role is Role.heading), None)
    for block in [p.item for p in items if isinstance(p.item, TextBlock)]:  # set in, no bullet: something unread
        box = block.prov.bbox
        indented = heading is not None and box is not None and box[0] > heading[0] + 0.5 * block.size
        if indented and not all(line.bullet for line in block.lines):
            return []
    found: list[tuple[Placed, TextBlock, str]] = []
    for p in items:
        if not isinstance(p.item, TextBlock) or not block_text(p.item).strip():
            continue
        whole = block_text(p.item)
        names = [whole] if _whole_category_name(whole) else [clean(line) for line in p.item.raw_lines if clean(line)]
        names = [piece for name in names for piece in _names_in_a_line(name)]
        if not names or not all(_whole_category_name(name) for name in names):
            return []
        found += [(p, p.item, name) for name in names]
    terms = [category_named(name) for _, _, name in found]
    ids = [t.id for t in terms if t is not None]
    if not ids or len(ids) < len(found) or len(set(ids)) < len(ids) or len(ids) >= len(categories()):
        return []
    for p, block, _ in found:
        alone = sum(1 for _, other, _ in found if other is block) == 1
        p.category = ids[0] if (len(block.lines) == 1 and alone) or len(found) == 1 else None
    return [
        CategoryBox(Checkbox(True, name, "listed", block.prov, block.region), term_id, (block,))
        for (_, block, name), term_id in zip(found, ids, strict=True)
    ]


def _has_title(ficha: FichaParts) -> bool:
    """A title-like block, or text before the first heading other than the municipality label."""
    label = ficha.municipality.blocks if ficha.municipality else []
    return ficha.title is not None or any(
        isinstance(i, TextBlock) and i not in label and block_text(i) for i in ficha.head
    )


def no_ficha_reason(segmentation: Segmentation) -> str | None:
    """Why the document holds no ficha, naming the headings it found; None when one of its fichas
    has a title and at least SETTINGS.fichas.min_ficha_headings distinct template headings."""
    for ficha in segmentation.fichas:
        if (_has_title(ficha) or ficha.municipality is not None) and len(
            {s.key for s in ficha.sections}
        ) >= SETTINGS.fichas.min_ficha_headings:
            return None
    found = [
        (p.item, p.heading, p.page)
        for p in segmentation.items
        if p.role is Role.heading and isinstance(p.item, TextBlock) and p.heading is not None
    ]
    if not found:
        return "no ficha found (none of the template's section headings)"
    names = ", ".join(
        dict.fromkeys(
            f"«{block_text(item)}» (page {page})" if page else f"«{block_text(item)}»" for item, _, page in found
        )
    )
    keys = len({heading.key for _, heading, _ in found})
    return (
        f"no ficha found: a ficha has a title and at least {SETTINGS.fichas.min_ficha_headings} of the template's "
        f"{len(headings())} section headings; found {keys} of them, {len(found)} printed: {names}"
    )
