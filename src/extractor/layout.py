"""The neutral, position-aware representation every reader produces.

A reader turns a PDF or a DOCX into one `Layout`: a flat list of items in
reading order. Items are text blocks (a DOCX paragraph with its style; a
PDF line with its box, which segmentation groups into paragraphs),
checkboxes (state, label and how the state was decided) and tables (cells
with text, marks and spans), and reader notes (what a reader could
not read, kept for an aviso). Every item carries its provenance: the
1-based page and bounding box for PDFs, the body position for DOCX.
Downstream stages (segment, fields) never look at the source format again.
"""

from __future__ import annotations

import colorsys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Literal, TypeGuard

from .avisos import Aviso
from .glyphs import cross_reading, is_check_mark, is_empty_mark, is_negative_cross, undecided_crosses
from .settings import SETTINGS
from .text import fold
from .vocab import cell_answers, cell_dashes, legend_negations

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom (PDF points)


def bbox_union(boxes: Sequence[BBox]) -> BBox:
    """The smallest box holding every box of `boxes` (not empty)."""
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


CheckMethod = Literal[
    "glyph",  # a check glyph inside a drawn box, or a ballot-box glyph
    "vector",  # strokes (lines or curves) drawn inside a box
    "fill",  # the box, or a shape inside it, is filled
    "empty",  # a drawn box with nothing in it
    "acroform",  # a fillable form field
    "w14",  # a Word 2010 content-control checkbox
    "legacy",  # a legacy FORMCHECKBOX form field
    "sym",  # a w:sym character from a symbol font
    "text",  # an "X"-like mark typed in a cell
    "shading",  # a shaded cell or bar
    "style",  # a month's name set apart from the others (its colour, weight, or struck through)
    "chip",  # a category's name in a drawn pill, selected by its fill against the display's others
    "picture",  # a picture (a placed image) standing as the mark: read by `settle_pictures`
    "listed",  # a category's name in a list of names alone printing only some categories: the selected
]


@dataclass(frozen=True)
class Provenance:
    """Where an item comes from: page and bbox (PDF) or body index (DOCX)."""

    page: int | None = None
    bbox: BBox | None = None
    index: int | None = None


@dataclass(frozen=True)
class Line:
    """One visual line (PDF) or one paragraph's text (DOCX)."""

    text: str
    size: float = 0.0
    bold: bool = False
    font: str = ""
    prov: Provenance = Provenance()
    # DOCX: every printed character of the paragraph in italics (a PDF line's slant is its font's name)
    italic: bool = False
    bullet: bool = False  # PDF: a bullet started the line (left out of `text`): it starts a list item
    # PDF: the text with its small capitals in lower case (a word's capitals of two sizes tell them:
    # "Mesa de Trabajo" printed in small capitals), "" when the line holds none told apart so
    cased: str = ""
    small_capitals: float = 0.0  # PDF: the size of its small capitals so told apart (points), 0 when none
    # the words opening `text` in bold when the rest of the line is not ("Forma de financiamiento."
    # before its value: a run-in label set apart by its weight); in a line holding no bold word,
    # its opening words in italics when the rest is not (set apart by their slant); "" when none
    bold_lead: str = ""
    # PDF: the note reference marks printed raised and small right after a word, left out of `text`:
    # (the mark, the word it follows), in order ("1" after "ACNUR" for "ACNUR¹")
    note_marks: tuple[tuple[str, str], ...] = ()
    # PDF: the line's text in the pieces a gap wider than `line_apart_gap` font sizes sets apart (a
    # header bar's label at one end, other words at the other); () when it has no such gap
    apart: tuple[str, ...] = ()


HEADER_REGION = "header"  # `TextBlock.region` of a municipality label a Word reader read from a section's page header


@dataclass
class TextBlock:
    """Consecutive lines with one style: a paragraph (DOCX; and after `segment.paragraphs` groups
    a PDF reader's one-line blocks)."""

    lines: list[Line]
    style: str | None = None  # DOCX paragraph style name ("Title", "Heading 2")
    prov: Provenance = Provenance()
    region: str | None = None  # the drawn panel (PDF) or table cell (DOCX) holding it; shown by inspect
    kind: Literal["text"] = "text"
    # DOCX: the first text of the body printed on a new page (after a page break, a paragraph set to
    # start a page, or a section starting on a new page); False in a PDF, whose pages say it
    opens_page: bool = False

    @property
    def size(self) -> float:
        return max([line.size for line in self.lines], default=0.0)  # a list: asked of every block, step after step

    @property
    def bold(self) -> bool:
        return bool(self.lines) and all(line.bold for line in self.lines)

    @property
    def raw_lines(self) -> list[str]:
        return [line.text for line in self.lines]


@dataclass
class Checkbox:
    """A box with a state; `label` is the text right of it or the cell beside it."""

    checked: bool
    label: str | None
    method: CheckMethod
    prov: Provenance = Provenance()
    region: str | None = None  # the drawn panel (PDF) holding it, as `TextBlock.region`
    kind: Literal["checkbox"] = "checkbox"
    glyph: str = ""  # the mark's printed glyphs when it is one ("✓", "✗", "X": `glyphs.printed_mark`), else ""
    picture: str = ""  # when the mark is a picture (method "picture"): its design (a digest of its bytes), else ""
    picture_ink: float | None = None  # a picture's share of dark pixels over white (0..1), None when not measured
    ink: str | None = None  # a glyph mark's text colour as hex "RRGGBB", None when unknown or not a glyph
    bold: bool = False  # a glyph mark printed in a bold font (PDF: for a display told apart by weight)


@dataclass
class Cell:
    """A table cell; `mark` is a checkbox or mark found in it, if any."""

    row: int
    col: int
    text: str = ""
    colspan: int = 1
    mark: Checkbox | None = None
    fill: str | None = None  # background colour as hex "RRGGBB", None when none
    bold: bool = False
    prov: Provenance = Provenance()
    blocks: list[TextBlock] = field(default_factory=list)  # the cell's paragraphs (DOCX)
    ink: str | None = None  # the text's colour as hex "RRGGBB" when its runs set one (DOCX), None when automatic
    struck: bool = False  # its text struck through, or the cell crossed by a diagonal rule (DOCX)
    picture: bool = False  # it prints a picture that was read as no mark (DOCX: `readers.docx.pictures`)


class TableRole(str, Enum):
    """What a table is, decided once by the reader that found it."""

    grid = "grid"  # any other table: read cell by cell, row by row
    months = "months"  # a month table: a header of month names over cells marked or not


@dataclass
class Table:
    """A grid of cells; `n_cols` counts grid columns (a merged cell spans several).

    A month table (`role` months) has `months`: the month number (1-12) of each grid column;
    `undivided` when its body row shows no division into cells, nor its header (no rule, no cell's
    own fill): read a cell per month, its marks may as well mark one cell spanning the row.
    """

    cells: list[Cell]
    n_cols: int
    prov: Provenance = Provenance()
    role: TableRole = TableRole.grid
    months: list[int] = field(default_factory=list)
    region: str | None = None  # the drawn panel (PDF) holding it, as `TextBlock.region`
    undivided: bool = False
    display_text: str = ""  # a month display's own words (legend "■ mes con actividad", row titles "Mes")
    kind: Literal["table"] = "table"

    def as_month_table(self, months: list[int] | None) -> bool:
        """Mark the table a month table when `months` (its columns' months) is given; True if so."""
        if months:
            self.role, self.months = TableRole.months, list(months)
        return bool(months)

    @property
    def n_rows(self) -> int:
        return 1 + max((cell.row for cell in self.cells), default=-1)

    def row(self, index: int) -> list[Cell]:
        return sorted((c for c in self.cells if c.row == index), key=lambda c: c.col)


@dataclass
class ReaderNote:
    """Something a reader met where content stands and could not read as content (hidden
    text, an unreadable mark, text in an unknown wrapper): it becomes an aviso of the ficha
    and section it falls in, never a field. `codigo` and `mensaje` are the aviso's."""

    codigo: Aviso
    mensaje: str
    prov: Provenance = Provenance()
    kind: Literal["note"] = "note"
    campo: str | None = None  # the record field it is about when it names one (`MONTHS`); else its section's
    paragraphs: bool = False  # about where a paragraph ends: an aviso only in a field that keeps paragraphs
    amid: bool = False  # about words inside a line (struck through, a note reference): it ends no paragraph
    # a note reference mark whose note its page lacks: (the mark, the word it follows, its line's font size)
    reference: tuple[str, str, float] | None = None

    def __post_init__(self) -> None:
        """A code no aviso has fails where the note is made (ValueError), not when a field reads it."""
        self.codigo = Aviso(self.codigo)


Item = TextBlock | Checkbox | Table | ReaderNote

UNCLEAR = Aviso.lectura_dudosa  # the aviso of what a reader met where content stands and could not interpret

MONTHS = "fechas_implementacion.meses"  # the field a note on the marks of a month display is about
CATEGORIES = "categorias"  # the field a note on a category display's states is about

HIDDEN_TEXT = Aviso.texto_oculto  # the aviso of text a document holds and never shows


def unclear_month_cells(table: Table) -> list[ReaderNote]:
    """Notes on the body cells of a month table that hold text other than a mark ("Sí",
    "?", "marzo"): such a cell is not read as marked, and a human should look."""
    header = {c.col: c.text for c in table.row(0)}
    return [
        ReaderNote(
            UNCLEAR,
            f"la celda de «{header.get(cell.col, '?')}» de la tabla de meses dice «{cell.text}», "
            "que no se lee como marca",
            cell.prov,
        )
        for cell in table.cells
        if cell.row > 0 and cell.mark is None and cell.text
    ]


def answered_cells(table: Table) -> None:
    """A month table whose body cells say yes or no in words instead of a mark ("Sí" under an active
    month, "No" under the others: `vocab.cell_answers`), read by them: each cell saying yes gets a
    checked mark (method "text"), each saying no an unchecked one, and their words are the marks'.
    A dash alone (`vocab.cell_dashes`) says no in a table whose other worded cells say yes and none no
    ("Sí" / "—"). Unchanged unless every body cell holding text says one of them and none holds a mark."""
    if not is_month_table(table):
        return
    body = [c for c in table.cells if c.row > 0]
    yes, no = cell_answers()
    worded = [c for c in body if c.text]
    answers = [c.text.strip() if c.text.strip() in cell_dashes() else fold(c.text) for c in worded]
    if any(a in yes for a in answers) and not any(a in no for a in answers):
        no = no | cell_dashes()
    if not worded or any(c.mark is not None for c in body) or any(a not in yes | no for a in answers):
        return
    for cell in worded:
        cell.mark = Checkbox(fold(cell.text) in yes, None, "text", cell.prov)
        cell.text = ""


def legend_doubts(table: Table) -> list[ReaderNote]:
    """A note when a month display's legend (`Table.display_text`, "■ sin actividad") says a mark
    that is no hollow one (■ ● ✓, which a month is read as marked by) means no activity (a word of
    `vocab.legend_negations` in its entry, the words after that mark up to the next one): which
    months are active is then in doubt. No note for a hollow mark's entry ("□ sin actividad")."""
    entries: list[tuple[str, list[str]]] = []
    for token in table.display_text.split():
        if all(is_check_mark(ch) or is_empty_mark(ch) for ch in token):
            entries.append((token, []))
        elif entries:
            entries[-1][1].append(fold(token))
    negations = legend_negations()
    for glyph, words in entries:
        if not all(is_empty_mark(ch) for ch in glyph) and negations.intersection(words):
            return [
                ReaderNote(
                    UNCLEAR,
                    f"la leyenda de la grilla de meses («{table.display_text}») dice que «{glyph}» marca meses "
                    "sin actividad: no se sabe qué meses están activos",
                    table.prov,
                    campo=MONTHS,
                )
            ]
    return []


def settle_crosses(table: Table) -> list[ReaderNote]:
    """The crosses of a table's marks read by the display's polarity (`glyphs.cross_reading`): beside
    another mark (✓ / ✗) a cross unmarks its cell; in every marked cell with no blank one it marks
    nothing and a note says the table cannot be read. A month table's display is its body (the
    names' row aside); any other table's, all its cells. `table`'s marks are updated; the notes returned."""
    cells = [c for c in table.cells if c.row > 0 or not is_month_table(table)]
    marked = [c.mark for c in cells if c.mark is not None and c.mark.checked]
    blanks = sum(1 for c in cells if (c.mark is None or not c.mark.checked) and not c.text)
    glyphs = [m.glyph for m in marked]
    reading = cross_reading(glyphs, blanks)
    if reading == "mark":
        return []
    for mark in marked:
        mark.checked = mark.checked and not is_negative_cross(mark.glyph)
    if reading == "no":
        return []
    return [ReaderNote(UNCLEAR, undecided_crosses(glyphs), table.prov, campo=MONTHS if is_month_table(table) else None)]


def settle_pictures(marks: Sequence[Checkbox], blanks: int) -> str | None:
    """The states of one display's picture marks (a month display's cells, a category list's boxes;
    `marks`: its marks, those of method "picture" read here; `blanks`: its cells or entries holding
    no mark), set on `marks`; the doubt, when they cannot be read, else None. Pictures of one design
    among blank cells mark theirs (a picture stands there or not: the one way the cells split); in
    every cell they tell nothing. Pictures of two designs or more: the design with clearly more ink
    (`SETTINGS.layout.picture_ink_margin`, `SETTINGS.layout.picture_ink_ratio`: a tick against an
    empty box) marks its cells, the others none; when no design stands out, or an ink was not measured,
    no picture marks."""
    pictures = [m for m in marks if m.method == "picture" and m.picture]
    designs = sorted({m.picture for m in pictures})
    if not pictures or (len(designs) == 1 and blanks):
        return None
    inks = {m.picture: m.picture_ink for m in pictures}
    measured = sorted((ink, design) for design, ink in inks.items() if ink is not None)
    if len(designs) > 1 and len(measured) == len(designs):
        (second, _), (top, design) = measured[-2], measured[-1]
        if top - second >= SETTINGS.layout.picture_ink_margin and top >= SETTINGS.layout.picture_ink_ratio * second:
            for mark in pictures:
                mark.checked = mark.picture == design
            return None
    for mark in pictures:
        mark.checked = False
    if len(designs) == 1:
        return "todas las casillas llevan la misma imagen: las marcas son imágenes que no dicen cuáles están marcadas"
    return (
        f"las marcas son imágenes de {len(designs)} dibujos que no se pudieron leer (ninguno tiene claramente "
        "más tinta que los otros): no se leyó ninguna como marcada"
    )


def settle_month_pictures(table: Table) -> list[ReaderNote]:
    """A month table's picture marks read by `settle_pictures` over its body (the names' row aside);
    the note on `fechas_implementacion.meses` when they cannot be read."""
    if not is_month_table(table):
        return []
    cells = [c for c in table.cells if c.row > 0]
    marks = [c.mark for c in cells if c.mark is not None]
    blanks = sum(1 for c in cells if c.mark is None and not c.text)
    doubt = settle_pictures(marks, blanks)
    return [] if doubt is None else [ReaderNote(UNCLEAR, doubt, table.prov, campo=MONTHS)]


def ink_saturation(colour: str) -> float:
    """The saturation (0 grey .. 1 pure colour) of an "RRGGBB" colour; 0 for anything else."""
    if len(colour) != 6:
        return 0.0
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return colorsys.rgb_to_hsv(r, g, b)[1]


def ink_luminance(colour: str) -> float:
    """The luminance (0 black .. 1 white, ITU-R BT.601 weights) of an "RRGGBB" colour."""
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return 0.299 * r + 0.587 * g + 0.114 * b


def standing_out_ink(a: str, b: str) -> str | None:
    """Of two glyph colours ("RRGGBB"), the one that stands out as the mark: the saturated one against
    a grey (`month_grid_saturation` apart), else, both grey, the darker (`month_grid_lum_step` apart);
    None when neither does (two colours, or two greys alike in tone)."""
    layout = SETTINGS.layout
    sat_a, sat_b = ink_saturation(a), ink_saturation(b)
    if abs(sat_a - sat_b) >= layout.month_grid_saturation:
        return a if sat_a > sat_b else b
    if max(sat_a, sat_b) >= layout.month_grid_saturation:  # two colours: which one marks is not printed
        return None
    lum_a, lum_b = ink_luminance(a), ink_luminance(b)
    if abs(lum_a - lum_b) >= layout.month_grid_lum_step:
        return a if lum_a < lum_b else b
    return None


def ink_groups(inks: list[str]) -> list[list[str]]:
    """`inks` ("RRGGBB") in groups of one colour: two colours whose channels all lie within
    `month_grid_lum_step` of each other are alike (#222222 beside #333333), and alike with alike."""
    step = SETTINGS.layout.month_grid_lum_step * 255
    groups: list[list[str]] = []
    for ink in inks:
        near = [g for g in groups if any(_alike(ink, other, step) for other in g)]
        merged = [ink, *(c for g in near for c in g)]
        groups = [g for g in groups if g not in near] + [merged]
    return groups


def _alike(a: str, b: str, step: float) -> bool:
    return all(abs(int(a[i : i + 2], 16) - int(b[i : i + 2], 16)) <= step for i in (0, 2, 4))


def greyed_ink(colour: str) -> bool:
    """A pale grey ("RRGGBB"): no colour (`month_grid_saturation`) and at least `month_grid_pale` light."""
    layout = SETTINGS.layout
    return ink_saturation(colour) < layout.month_grid_saturation and ink_luminance(colour) >= layout.month_grid_pale


def settle_glyph_inks(table: Table) -> list[ReaderNote]:
    """A month table whose body prints the same glyph in its marked cells, in colours that split them
    into two groups (a green ● and a light grey ●): the group that stands out marks its months
    (`standing_out_ink`: the saturated against grey, else the darker), the other none; glyphs all in one
    pale grey (`greyed_ink`) are an empty display's, greyed out: no month; glyphs of one colour in
    two weights (bold beside regular), the bold ones mark. White glyphs (at least
    `month_white`) stand on dark fills: unchanged, the fills are read. When the colours
    make more than two groups, or neither stands out, no glyph marks and a note on
    `fechas_implementacion.meses` says so. Unchanged when the glyphs differ (● beside ○ is read by its
    shapes), a glyph's colour is unknown, or the colours and weights are one."""
    if not is_month_table(table):
        return []
    marks = [c.mark for c in table.cells if c.row > 0 and c.mark is not None and c.mark.checked]
    if not marks or any(m.method != "glyph" or not m.glyph or m.ink is None for m in marks):
        return []
    if len({m.glyph for m in marks}) > 1:
        return []
    groups = ink_groups(sorted({m.ink for m in marks if m.ink is not None}))
    if any(ink_luminance(g[0]) >= SETTINGS.layout.month_white for g in groups):
        return []  # white glyphs stand on their cells' fills: the fills tell the months, not the inks
    if len(groups) == 1:
        if greyed_ink(groups[0][0]):  # every mark greyed out: an empty display's
            for mark in marks:
                mark.checked = False
        elif len({m.bold for m in marks}) > 1:  # one colour, two weights: the bold glyphs mark
            for mark in marks:
                mark.checked = mark.bold
        return []
    chosen = standing_out_ink(groups[0][0], groups[1][0]) if len(groups) == 2 else None
    active = next((g for g in groups if chosen in g), [])
    for mark in marks:
        mark.checked = mark.ink in active
    if chosen is not None:
        return []
    inks = [g[0] for g in groups]
    glyph = marks[0].glyph
    return [
        ReaderNote(
            UNCLEAR,
            f"todas las celdas de la tabla de meses llevan «{glyph}» en {len(inks)} colores distintos "
            f"(#{', #'.join(inks)}) y ninguno destaca: no se sabe qué meses marca",
            table.prov,
            campo=MONTHS,
        )
    ]


def is_month_table(item: Item) -> TypeGuard[Table]:
    """A table its reader found to be a month table."""
    return isinstance(item, Table) and item.role is TableRole.months


def is_label_row(row: list[Cell]) -> bool:
    """A [label | value] row: two cells, the left one a few words and no box."""
    return (
        len(row) == 2
        and row[0].mark is None
        and bool(row[0].text)
        and len(row[0].text.split()) <= SETTINGS.layout.max_label_words
    )


def as_label(block: TextBlock) -> TextBlock:
    """The left cell of a label|value row stands out by its place, as bold text does."""
    return replace(block, lines=[replace(line, bold=True) for line in block.lines])


def cell_items(cell: Cell) -> list[Item]:
    """A cell's paragraphs (its text as one block when the reader kept none), then its mark."""
    blocks: list[Item] = list(cell.blocks) or (
        [TextBlock([Line(cell.text, bold=cell.bold, prov=cell.prov)], prov=cell.prov)] if cell.text else []
    )
    return blocks + ([cell.mark] if cell.mark is not None else [])


def row_items(row: list[Cell], contents: Callable[[Cell], list[Item]] = cell_items) -> list[Item]:
    """One table row read cell by cell: each cell's `contents`; the left cell of a label|value
    row stands out by its place (`as_label`)."""
    out: list[Item] = []
    for cell in row:
        items = contents(cell)
        if cell is row[0] and is_label_row(row):
            items = [as_label(i) if isinstance(i, TextBlock) else i for i in items]
        out.extend(items)
    return out


def flatten_tables(items: list[Item]) -> list[Item]:
    """Tables other than month tables become their cells' items, row by row."""
    out: list[Item] = []
    for item in items:
        if isinstance(item, Table) and not is_month_table(item):
            for r in range(item.n_rows):
                out.extend(row_items(item.row(r)))
        else:
            out.append(item)
    return out


@dataclass(frozen=True)
class OcrPage:
    """A page read by OCR from its picture: the mean confidence of its words (0-100), how many
    words, those under the confidence threshold (as read), the skew it was straightened by
    (degrees), `doubtful_at`: those of them the page's text kept, each with its box (points), so
    that the field holding one can say so, and `unsure`: the boxes (points) of the marks whose
    state the image leaves in doubt (a box with a little ink in it: a faint tick or a speck; a mark
    standing alone that OCR reads as a letter). The fields stage names such pages on
    the records they fed (aviso `lectura_ocr`), and the states read from them on their fields."""

    page: int
    confidence: float
    words: int
    doubtful: tuple[str, ...] = ()
    skew: float = 0.0
    unsure: tuple[BBox, ...] = ()
    doubtful_at: tuple[tuple[str, BBox], ...] = ()  # the kept doubtful words with their boxes (points)


@dataclass
class Layout:
    """A whole document as the readers see it."""

    path: str
    format: Literal["pdf", "docx"]
    items: list[Item] = field(default_factory=list)
    n_pages: int | None = None
    skipped: list[str] = field(default_factory=list)  # optional parts the reader could not read (--verbose)
    outside: list[str] = field(default_factory=list)  # "página N: <text>" printed outside a page's /TrimBox
    ocr_pages: list[OcrPage] = field(default_factory=list)  # the pages read by OCR, in page order
    # PDF: page -> x (points) of the fold of a sheet holding two pages side by side (`segment.leaves`)
    folds: dict[int, float] = field(default_factory=dict)
    # PDF: its producer never leaves a paragraph's first line alone at a column's foot (`producer.keeps_orphans_off`)
    orphan_control: bool = False
