"""PDF reader: a page source's pages -> one `Layout` in reading order.

Per page: the page source gives its objects and the page is released; words
and shapes are made from them (`page`); running headers, footers and page
numbers are dropped (`running`); checkboxes and month
tables are found and take their words; what is left becomes line fragments,
ordered by panel-aware XY-cut. Lines leave the reader one by one, each with its
box; `segment/paragraphs.py` groups them into paragraphs.
"""

from __future__ import annotations

import pickle
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from ...layout import (
    HIDDEN_TEXT,
    UNCLEAR,
    Checkbox,
    Item,
    Layout,
    Line,
    OcrPage,
    Provenance,
    ReaderNote,
    Table,
    answered_cells,
    legend_doubts,
    settle_crosses,
    settle_glyph_inks,
    settle_month_pictures,
    unclear_month_cells,
)
from ...problems import Kind, document_error
from ...settings import LAYOUT, LayoutSettings
from ..base import Reader
from ..ocr import OcrOptions, unavailable
from ..options import ReadOptions
from .breaks import join_broken_words
from .captions import captioned_boxes
from .cell_ink import ink_marks
from .cells import RuledColumns, ruled_cells, ruled_columns, ruled_tables
from .chips import chip_marks
from .comparison import comparison_fichas
from .compounds import keep_printed_compounds
from .cut_tables import join_cut_month_rows
from .damage import xref_damage
from .drop_caps import joined_drop_caps
from .geometry import area, bbox, box_of, contains, intersection, union
from .grid import month_tables, word_lines
from .marks import Mark, attach_labels, box_shaped, find_marks, label_start
from .month_chips import month_chips
from .month_grid import month_grids, restyled_header
from .notes import notes_across_pages, notes_in_place
from .objects import Box, SourcePage, Word
from .order import (
    Unit,
    drawn_bullets,
    in_reading_order,
    line_fragments,
    page_rules,
    panels,
    reading_order,
    sheet_fold,
)
from .overlay import layers_and_unseparated, unseparated
from .page import UNREADABLE, PageObjects, read_page
from .pictures import listed_pictures, picture_marks, unread_month_pictures
from .producer import (
    document_metadata,
    draws_hyphens_apart,
    hyphenates_nothing,
    keep_line_end_hyphens,
    keeps_orphans_off,
)
from .running import header_label_notes, margin_keys, margin_lines, repeated_keys, without_running
from .sheet_headings import sheet_headings
from .sources import DEFAULT, PageSource, page_source
from .struck import struck_text
from .styled import styled_marks


def opening_password(path: str, password: str | None) -> str | None:
    """The password to open the PDF with: `password` when none is given or it opens the file; else
    None when the file opens without one (a PDF with only an owner password reads fine in any
    viewer, so a --password given for other files of a batch must not fail it); else `password`
    (the page source then reports it wrong). PDFium tries each (its load parses no page)."""
    if not password:
        return password
    import pypdfium2

    for attempt in (password, None):
        try:
            pypdfium2.PdfDocument(path, password=attempt).close()
        except Exception:  # any open error: the next attempt, or the source's own report
            continue
        return attempt
    return password


def page_count(path: str, password: str | None = None, engine: str = DEFAULT) -> int:
    return page_source(engine).page_count(path, opening_password(path, password))


_UNREADABLE = re.compile(r"\(cid:\d+\)|[\ufffd\ue000-\uf8ff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def has_text_layer(page: SourcePage, settings: LayoutSettings = LAYOUT) -> bool:
    """Whether the page's characters are a usable text layer: at least `scan_text_chars` letters or
    digits, and no more than `scan_unreadable_share` of its visible characters unreadable ((cid:N)
    codes of a font without a Unicode map, control characters, U+FFFD, private-use code points)."""
    if page.words is not None:
        return bool(page.words)
    visible = readable = unreadable = 0
    for char in page.chars:
        text = char["text"]
        if len(text) == 1 and text.isalnum():  # most characters: a letter or digit, readable
            visible += 1
            readable += 1
        elif text.strip():
            visible += 1
            if _UNREADABLE.search(text):
                unreadable += 1
            elif any(ch.isalnum() for ch in text):
                readable += 1
    return readable >= settings.scan_text_chars and unreadable <= settings.scan_unreadable_share * visible


def needs_ocr(page: SourcePage, ocr: OcrOptions, settings: LayoutSettings = LAYOUT) -> bool:
    return ocr.mode == "always" or (ocr.mode == "auto" and not has_text_layer(page, settings))


@dataclass(frozen=True)
class DocumentFacts:
    """What every page of one PDF shares, read once: by the batch's survey for a PDF read in parts
    (`PdfPages.surveyed`; each part is handed them), by `read_pages` itself otherwise."""

    damage: str | None  # what `damage.xref_damage` found wrong with its cross-reference data
    unhyphenating: bool  # its producer hyphenates no word (`producer.hyphenates_nothing`)
    source: PageSource | None = None  # the page source bound to the document (`PageSource.for_document`)
    hyphens_apart: bool = False  # its producer draws its hyphenation hyphens apart (`producer.draws_hyphens_apart`)


def document_facts(path: str, password: str | None, engine: str = DEFAULT) -> DocumentFacts:
    """The PDF's `DocumentFacts`, read with `engine`'s page source (`password` as given to `read_pages`)."""
    password = opening_password(path, password)
    return _facts(path, password, page_source(engine).for_document(path, password))


def _facts(path: str, password: str | None, source: PageSource | None = None) -> DocumentFacts:
    metadata = document_metadata(path, password)
    return DocumentFacts(_damage(path), hyphenates_nothing(metadata), source, draws_hyphens_apart(metadata))


def read_pages(
    path: str,
    password: str | None = None,
    numbers: range | None = None,
    settings: LayoutSettings = LAYOUT,
    engine: str = DEFAULT,
    ocr: OcrOptions = OcrOptions(),
    facts: DocumentFacts | None = None,
) -> list[PageObjects]:
    """Pages `numbers` (1-based; all when None) as the reader's page objects, read by the page source
    `engine` (a key of `sources.SOURCES`); each page released once read. `facts`: the document's
    (`document_facts`, read with the same engine and password), else they are read here.
    A page that needs OCR (`ocr.needs_ocr`: no usable text layer, in auto mode) is read again from
    its picture by the image source; when Tesseract cannot run, such a page stays as it is and says
    why at --verbose (`require_text` fails a document with no text at all)."""
    password = opening_password(path, password)
    pages: list[PageObjects] = []
    scanned: list[int] = []
    source = facts.source if facts is not None and facts.source is not None else page_source(engine)
    for page in source.pages(path, password, numbers):
        if needs_ocr(page, ocr, settings):
            scanned.append(len(pages))
        pages.append(read_page(page, settings))
    if scanned:
        problem = unavailable(ocr.lang)
        if problem is not None and ocr.mode == "always":
            raise document_error(Kind.scanned_pdf, path, f"OCR asked for (--ocr always) but {problem}")
        if problem is not None:
            for i in scanned:
                pages[i].skipped.append(f"page {pages[i].number}: no text layer, not read by OCR: {problem}")
        else:
            from .sources.scan_source import SOURCE as SCANS

            read = SCANS.pages(path, password, [pages[i].number for i in scanned], ocr, settings)
            for i, page in zip(scanned, read, strict=True):
                pages[i] = read_page(page, settings)
    facts = facts or _facts(path, password)
    if facts.unhyphenating:
        pages = [keep_line_end_hyphens(page, facts.hyphens_apart) for page in pages]
    for each in pages:
        each.damage = facts.damage
    return pages


def _damage(path: str) -> str | None:
    try:
        return xref_damage(path)
    except OSError:  # the page source read it: a later failure to read it again says nothing
        return None


def hidden_notes(page: PageObjects, settings: LayoutSettings = LAYOUT) -> list[Unit]:
    """A note (aviso `texto_oculto`) for each line of text the page never shows (render mode 3 or
    7 over visible text), quoting it where it stands: never a field, never silently dropped."""
    notes = []
    for line in word_lines(page.hidden, settings):
        text = " ".join(w["text"] for w in line)
        box = union(line)
        message = f"texto invisible en el PDF (no se muestra): «{text}»"
        notes.append(Unit(box, payload=ReaderNote(HIDDEN_TEXT, message, Provenance(page.number, bbox(box)))))
    return notes


def damage_note(page: PageObjects) -> list[Unit]:
    """A note at the top of each page of a file whose structure was damaged (an engine repaired it
    to read it: PDFium silently, pdfminer often refuses), so every ficha read from it gets an aviso
    (`lectura_dudosa`) instead of passing as ok: its text may hold repaired garbage."""
    if not page.damage:
        return []
    top: Box = {"x0": 0.0, "top": 0.0, "x1": page.width, "bottom": 1.0}
    message = f"el PDF está dañado ({page.damage}) y se leyó reparado: revisar cada campo"
    return [_note(top, message, page.number)]


def require_text(pages: list[PageObjects], path: str, ocr: OcrOptions = OcrOptions()) -> None:
    """A PDF with no word on any page has no text layer: scanned (or outlined) pages need OCR,
    which is off (`--ocr never`), cannot run here (the message says how to install it), or read
    nothing."""
    require_words([bool(page.words) for page in pages], path, ocr)


def require_words(worded: list[bool], path: str, ocr: OcrOptions = OcrOptions()) -> None:
    """`require_text` for pages known only by whether each has words (`worded`, in page order)."""
    if not worded:
        raise document_error(Kind.damaged_pdf, path, "damaged PDF: it has no pages")
    if not any(worded):
        problem = unavailable(ocr.lang)
        if ocr.mode == "never":
            why = "; OCR is off (--ocr never)"
        elif problem is not None:
            why = f"; {problem}"
        else:
            why = "; OCR read no word on them"
        raise document_error(
            Kind.scanned_pdf, path, f"scanned: needs OCR (no text layer on any of its {len(worded)} pages){why}"
        )


def _checkbox_item(mark: Mark, page_number: int) -> Unit:
    box = mark.box if mark.label_box is None else union([mark.box, mark.label_box])
    prov = Provenance(page_number, bbox(mark.box))
    item = Checkbox(mark.checked, mark.label, mark.method, prov, picture=mark.picture, picture_ink=mark.picture_ink)
    return Unit(box, payload=item)


def _placed(item: Table | ReaderNote) -> Unit:
    """A table or note the page's steps found, placed by its box (each has one in a PDF)."""
    if item.prov.bbox is None:
        raise ValueError(f"a PDF page's {item.kind} has no box")
    return Unit(box_of(item.prov.bbox), payload=item)


def _note(box: Box, message: str, page_number: int) -> Unit:
    return Unit(box, payload=ReaderNote(UNCLEAR, message, Provenance(page_number, bbox(box))))


def doubt_notes(marks: list[Mark], tables: list[Table], page_number: int) -> list[Unit]:
    """Where a checkbox or a month cell could not be read for sure: a note in place, so the field
    it falls in gets an aviso (`lectura_dudosa`) instead of a silent reading. Each table's crosses are
    read by its polarity first (`settle_crosses`: ✗ beside ✓ unmarks; ✗ in every cell is a doubt)."""
    notes = [_note(m.box, m.doubt, page_number) for m in marks if m.doubt]
    for table in tables:
        answered_cells(table)
        notes += [
            _placed(n)
            for n in [
                *settle_crosses(table),
                *settle_glyph_inks(table),
                *settle_month_pictures(table),
                *unclear_month_cells(table),
                *legend_doubts(table),
            ]
        ]
    return notes


def overprinted(
    units: list[Unit], marks: list[Mark], page_number: int, settings: LayoutSettings = LAYOUT
) -> list[Unit]:
    """Where text is printed over other text (a floating box drawn over the body, its lines across
    the body's lines): no reading of either is sure. A note (aviso `lectura_dudosa`) stands at each
    line fragment that another one, or a checkbox's label, covers by `overprint_share` of the
    smaller's area, so the field each falls in says so."""
    lines = [(u.box, u.payload.text) for u in units if isinstance(u.payload, Line)]
    lines += [(m.label_box, m.label or "") for m in marks if m.label_box is not None]
    notes: list[Unit] = []
    noted: set[int] = set()
    for i, (box, text) in enumerate(lines):
        for j in range(i + 1, len(lines)):
            other, other_text = lines[j]
            if other["top"] >= box["bottom"] or other["bottom"] <= box["top"]:
                continue
            smaller = min(area(box), area(other))
            if smaller <= 0 or intersection(box, other) < settings.overprint_share * smaller:
                continue
            message = f"«{text}» está impreso sobre «{other_text}»: no se puede leer con seguridad"
            for k, where in ((i, box), (j, other)):
                if k not in noted:
                    noted.add(k)
                    notes.append(_note(where, message, page_number))
    return notes


def unseparated_notes(layers: list[list[Word]], page_number: int, settings: LayoutSettings = LAYOUT) -> list[Unit]:
    """A note (aviso `lectura_dudosa`) at each two words printed over each other that no layer
    sets apart (`overlay.unseparated`): their letters may be read mixed."""
    return pair_notes(unseparated(layers, settings), page_number)


def pair_notes(pairs: Sequence[tuple[Word, Word]], page_number: int) -> list[Unit]:
    """`unseparated_notes` of the pairs already found (`overlay.layers_and_unseparated`)."""
    return [
        _note(
            union([a, b]),
            f"«{a['text']}» está impreso sobre «{b['text']}»: no se puede leer con seguridad",
            page_number,
        )
        for a, b in pairs
    ]


def unreadable_notes(words: Sequence[Word], page_number: int) -> list[Unit]:
    """A note on each word holding a character that decodes to nothing readable (`page.UNREADABLE`):
    the field it falls in gets an aviso (`lectura_dudosa`), the text keeps U+FFFD where it stood."""
    return [
        _note(
            w,
            f"texto ilegible: la fuente no dice qué letras son (sin mapa Unicode), se leyó «{w['text']}»",
            page_number,
        )
        for w in words
        if UNREADABLE in w["text"]
    ]


@dataclass(frozen=True)
class Skipped:
    """An optional part of a page (its form widgets) that could not be read: said at --verbose,
    never an item of the layout (`pdf_layout` takes it out); `outside`: a line printed outside the
    page's /TrimBox ("página N: <text>"), which the run report quotes (`Layout.outside`)."""

    message: str
    outside: bool = False


@dataclass(frozen=True)
class Fold:
    """A sheet holding two pages side by side (`order.sheet_fold`): its page and the fold's x
    (points); never an item of the layout (`pdf_layout` keeps it in `Layout.folds`)."""

    page: int
    x: float


PageItem = Item | Skipped | OcrPage | Fold | RuledColumns  # what `page_items` gives of a page


def page_items(
    page: PageObjects, keys: set[str], settings: LayoutSettings = LAYOUT, margin: Sequence[Unit] | None = None
) -> list[PageItem]:
    """The page's items in reading order, given the keys of the document's running headers (and the
    page's margin lines, `running.margin_lines`, when found before).

    Each step takes the words the steps before it left: running headers go,
    then checkboxes take their glyphs, month grids (rows of two to six names) their names and
    marks, month tables their header and cells,
    checkboxes their labels, struck-through words leave with a note quoting them (`struck`); the
    rest is text, one line a block (`order.in_reading_order`). What a step could not read
    for sure becomes a `ReaderNote` where it stands; optional parts the page
    lost (`PageObjects.skipped`) follow the items as `Skipped`. A floating text box printed over
    the body (`overlay.overlaid_layers`) is read on its own, its words never the body's, and is a
    region of its own (`Unit.layer`). The regions read whole are the drawn shapes and the cells of
    ruled tables; each ruled table's outline is read whole too, naming no region
    (`cells.ruled_tables`).
    """
    words = without_running(page, keys, settings, margin)
    furniture = {id(w) for w in sheet_headings(words, settings)}  # a printed sheet's column letters, row numbers
    words = [w for w in words if id(w) not in furniture]
    (body, *floating), pairs = layers_and_unseparated(words, settings)
    notes = unreadable_notes(words, page.number) + damage_note(page) + hidden_notes(page, settings)
    notes += pair_notes(pairs, page.number)
    notes += header_label_notes(page, keys, settings, margin)
    floating_pages = [layer_page(page, layer, words, settings) for layer in floating]
    units = layer_units(body_page(page, floating_pages), body, settings, notes)
    for k, (layer, seen) in enumerate(zip(floating, floating_pages, strict=True), start=1):
        units += [replace(u, layer=k) for u in layer_units(seen, layer, settings)]
    cells = ruled_cells([*page.shapes, *page.strokes], settings)
    regions = [*page.shapes, *cells]
    regions += captioned_boxes(units, page.shapes, page.width, page.height, settings)  # a form's fields
    rules = page_rules([*page.shapes, *page.strokes], settings)
    ordered = reading_order(units, regions, page.width, page.height, settings, rules, ruled_tables(cells))
    boxes = sorted(panels(regions, page.width, page.height, settings), key=area)  # the panels `Unit.panel` names
    ordered = join_broken_words(ordered, boxes, page.number, settings)
    items: list[PageItem] = [*notes_in_place(in_reading_order(ordered, page.number), settings)]
    fold = sheet_fold(units, regions, page.width, page.height, settings)
    items += [Fold(page.number, fold)] if fold is not None else []
    items += ruled_columns(cells, page.number, settings)
    items += [Skipped(f"página {page.number}: {line}", outside=True) for line in page.trimmed]
    return items + [Skipped(message) for message in page.skipped] + ([page.ocr] if page.ocr else [])


def layer_page(
    page: PageObjects, words: list[Word], page_words: Sequence[Word], settings: LayoutSettings = LAYOUT
) -> PageObjects:
    """What a floating layer's reading sees of the page: no widgets, hidden text, damage or pictures (the
    body's reading reads them); of the drawn shapes only the layer's checkboxes (inside its words' box, or
    with a word of the layer the first right of it among `page_words`: its label), with the strokes
    inside them (a tick): the body's rules and cells under the box are no edge of its lines. A checkbox
    printed over a word of another layer (`_over_other_words`: the body's line runs on under it) is
    the layer's when a word of the layer labels it: the body's words right of it are no label, they
    are the rest of that line (Word seed 17495: "y [ ] capacitaciones. 2019: Se" under "[ ] Otra:")."""
    box = union(words)
    pad = settings.panel_nest_pad
    mine = {id(w) for w in words}
    squares = [
        s
        for s in page.shapes
        if box_shaped(s, settings)
        and (
            contains(box, s, pad)
            or id(label_start(s, page_words, settings)) in mine
            or (_over_other_words(s, page_words, mine) and label_start(s, words, settings) is not None)
        )
    ]
    return replace(
        page,
        widgets=[],
        hidden=[],
        damage=None,
        skipped=[],
        pictures=[],  # the body's reading reads the page's pictures (`pictures.picture_marks`)
        shapes=squares,
        strokes=[s for s in page.strokes if any(contains(square, s, pad) for square in squares)],
    )


def _over_other_words(square: Box, page_words: Sequence[Word], mine: set[int]) -> bool:
    """Whether `square` is printed over a word that is not of the layer (ids `mine`): it covers part
    of a word of another layer's line."""
    return any(id(w) not in mine and intersection(square, w) > 0 for w in page_words)


def body_page(page: PageObjects, floating: Sequence[PageObjects]) -> PageObjects:
    """What the body's reading sees of the page: all but the shapes and strokes the floating layers
    took (`layer_page`), so a box's checkbox is never the body's too."""
    if not floating:
        return page
    taken = {id(obj) for layer in floating for obj in (*layer.shapes, *layer.strokes)}
    return replace(
        page,
        shapes=[s for s in page.shapes if id(s) not in taken],
        strokes=[s for s in page.strokes if id(s) not in taken],
    )


def layer_units(
    page: PageObjects, words: list[Word], settings: LayoutSettings = LAYOUT, page_notes: Sequence[Unit] = ()
) -> list[Unit]:
    """One layer's units (all the page's words when nothing is printed over anything): its checkboxes,
    month grids and tables, line fragments and the notes of what could not be read for sure, with
    `page_notes` (the page's own: unreadable words, damage, hidden text)."""
    marks, words = find_marks(page, words, settings)
    found = list(marks)  # their doubts are said once the displays read their own boxes (`marks.settle_fills`)
    notes = list(page_notes)
    marks += picture_marks(page, words, settings)
    chip_grids, chip_grid_notes, words = month_chips(page, words, settings)
    grids, grid_notes, marks, words = month_grids(page, marks, words, word_lines(words, settings), settings)
    grids, grid_notes = chip_grids + grids, chip_grid_notes + grid_notes
    tables, marks, words = month_tables(page, marks, words, settings)
    marks = listed_pictures(marks, words, settings)  # a picture no display took marks only in a list of them
    grid_notes += [n for n in (ink_marks(t, page, settings) for t in tables) if n is not None]
    grid_notes += [n for n in (restyled_header(t, page, settings) for t in tables) if n is not None]
    tables = grids + tables
    notes = doubt_notes(found, [], page.number) + notes
    notes += doubt_notes([], tables, page.number) + [_placed(n) for n in grid_notes]
    notes += [_placed(n) for n in unread_month_pictures(tables, page)]
    dividers: list[Box] = [*page.shapes, *page.strokes]
    said = {(m.box["x0"], m.box["top"], m.doubt) for m in marks if m.doubt}
    marks, words = attach_labels(marks, words, page.width, settings, dividers)
    # the doubts labelling gave (a box read by its fill, labelled by a line apart from it)
    notes += doubt_notes(
        [m for m in marks if m.doubt and (m.box["x0"], m.box["top"], m.doubt) not in said], [], page.number
    )
    chips, chip_notes, words = chip_marks(page.shapes, words, marks, page.number, settings)
    marks += chips
    notes += [_placed(n) for n in chip_notes]
    styled, styled_notes, words = styled_marks(page, words, settings)  # before struck text: struck names are marks
    marks += styled
    notes += [_placed(n) for n in styled_notes]
    words, struck = struck_text(page, words, settings)
    notes += struck
    words, doubts = joined_drop_caps(words, settings)  # a paragraph's large initial is its first word's letter
    notes += [_note(box, message, page.number) for box, message in doubts]
    lines = drawn_bullets(
        line_fragments(words, page.number, settings, dividers), page.shapes, [m.box for m in marks], settings
    )
    units = lines + [_checkbox_item(m, page.number) for m in marks]
    return units + [_placed(t) for t in tables] + notes + overprinted(units, marks, page.number, settings)


def pdf_layout(path: str, items_per_page: list[list[PageItem]]) -> Layout:
    """The document's layout: every page's items, in page order; what pages skipped goes to
    `Layout.skipped`, how pages were read by OCR to `Layout.ocr_pages`. A line-end hyphen the
    document prints inside a line elsewhere, in the same compound, is kept (`compounds`); a month
    table cut by a page break is made whole (`cut_tables`); a comparison table, fichas side by side
    in a ruled grid's columns, is read one column after the other (`comparison`). Whether its producer
    keeps orphans off (`producer.keeps_orphans_off`) is read from its document information (an
    encrypted PDF's: no, the safe side)."""
    orphans_off = keeps_orphans_off(document_metadata(path, None))
    layout = Layout(path=str(path), format="pdf", n_pages=len(items_per_page), orphan_control=orphans_off)
    grids: list[RuledColumns] = []
    for items in notes_across_pages(items_per_page):
        layout.items.extend(i for i in items if not isinstance(i, (Skipped, OcrPage, Fold, RuledColumns)))
        layout.folds.update((i.page, i.x) for i in items if isinstance(i, Fold))
        layout.skipped.extend(i.message for i in items if isinstance(i, Skipped) and not i.outside)
        layout.outside.extend(i.message for i in items if isinstance(i, Skipped) and i.outside)
        layout.ocr_pages.extend(i for i in items if isinstance(i, OcrPage))
        grids.extend(i for i in items if isinstance(i, RuledColumns))
    layout.items = keep_printed_compounds(join_cut_month_rows(comparison_fichas(layout.items, grids)))
    return layout


T = TypeVar("T")


class Deferred(Generic[T]):
    """A value (never None) that, pickled, travels as a pickle of its own, unpickled only when first
    read (`value`). A long PDF's parts go from the worker that read them through the batch process to
    the worker that makes their items: the batch process only merges the parts' margin keys, so it
    never builds their pages' objects (it forks every later worker, and the smaller it stays the
    cheaper each fork), and the unpickling is done by the worker that needs them, beside the others."""

    def __init__(self, value: T) -> None:
        self._value: T | None = value
        self._pickled: bytes | None = None

    @property
    def built(self) -> bool:
        """Whether the value is there as objects (not only as its pickle)."""
        return self._value is not None

    @property
    def value(self) -> T:
        if self._value is None:
            assert self._pickled is not None, "a Deferred holds its value or its pickle"
            self._value, self._pickled = pickle.loads(self._pickled), None
        return self._value

    def __getstate__(self) -> bytes:
        return self._pickled if self._pickled is not None else pickle.dumps(self._value, pickle.HIGHEST_PROTOCOL)

    def __setstate__(self, state: bytes) -> None:
        self._value, self._pickled = None, state


@dataclass(frozen=True)
class PdfPart:
    """Some consecutive pages of a PDF, read: what the merge reads plainly, the pages `Deferred`."""

    deferred: Deferred[list[PageObjects]]
    margins: list[set[str]]  # each page's margin keys (`margin_keys`), for the merge
    lines: list[list[Unit]]  # each page's margin lines (`margin_lines`), found once: keys, then running headers
    worded: list[bool]  # whether each page has words, for the merge (`require_words`)

    @property
    def pages(self) -> list[PageObjects]:
        return self.deferred.value


@dataclass(frozen=True)
class PdfPages:
    """The PDF's paged capability (`base.PagedReader`): the steps `read_pdf` runs, by page ranges."""

    settings: LayoutSettings = LAYOUT
    options: ReadOptions = ReadOptions()  # the page source (`sources`) and the OCR options
    facts: DocumentFacts | None = None  # the document's, when read before (`surveyed`); else each part reads them

    def page_count(self, path: str, password: str | None = None) -> int:
        return page_count(path, password, self.options.pdf_engine)

    def surveyed(self, path: str, password: str | None) -> PdfPages:
        """This paged reader holding the PDF's `DocumentFacts` (its damage, producer and, for the
        pdfium source, font dictionaries), read once for all its parts."""
        return replace(self, facts=document_facts(path, password, self.options.pdf_engine))

    def read_part(self, path: str, password: str | None, pages: range | None) -> PdfPart:
        read = read_pages(path, password, pages, self.settings, self.options.pdf_engine, self.options.ocr, self.facts)
        lines = [margin_lines(page, self.settings) for page in read]
        keys = [margin_keys(page, self.settings, found) for page, found in zip(read, lines, strict=True)]
        return PdfPart(Deferred(read), keys, lines, [bool(page.words) for page in read])

    def merge(self, parts: Sequence[PdfPart], label: str) -> set[str]:
        """The running headers' keys, once the document is known to have a text layer."""
        require_words([worded for part in parts for worded in part.worded], label, self.options.ocr)
        return repeated_keys([keys for part in parts for keys in part.margins], self.settings)

    def part_items(self, part: PdfPart, context: set[str]) -> list[list[PageItem]]:
        return [
            page_items(page, context, self.settings, found) for page, found in zip(part.pages, part.lines, strict=True)
        ]

    def layout(self, path: str, items_per_page: list[list[PageItem]]) -> Layout:
        return pdf_layout(path, items_per_page)


def pdf_pages(options: ReadOptions) -> PdfPages:
    """The paged capability reading with `options` (`base.Reader.paged`)."""
    return PdfPages(LAYOUT, options)


def read_pdf(
    path: str,
    password: str | None = None,
    options: ReadOptions = ReadOptions(),
    settings: LayoutSettings = LAYOUT,
) -> Layout:
    """The whole PDF in one process, read with `options` (page source, OCR); `extractor.batch.jobs`
    runs the same steps split by page ranges."""
    pages = PdfPages(settings, options)
    part = pages.read_part(path, password, None)
    return pages.layout(path, pages.part_items(part, pages.merge([part], path)))


READER = Reader(read=read_pdf, paged=pdf_pages)
