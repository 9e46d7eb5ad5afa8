"""DOCX reader: python-docx's XML -> one `Layout`.

python-docx's `Paragraph.text` drops content controls and symbols, so the
body XML is walked directly, in document order, as the accepted and printed
document: `ooxml.walk` reads every level (body, rows, cells, paragraph and run
content) by the same rules (wrappers such as content controls around paragraphs,
whole tables, groups of rows, rows or single cells; tracked changes; markup
compatibility); see `runs` for what happens inside a paragraph.

- A paragraph whose mark is deleted or moved away (`w:pPr/w:rPr/w:del`, `w:moveFrom`)
  joins the next paragraph, and so does one whose mark is hidden (`w:vanish`, or
  `w:specVanish`, the style separator), as Word prints them: one paragraph, with the
  properties of the mark that stays.
- Hidden text is never content: it becomes a `ReaderNote` (aviso `texto_oculto`).
- A content control still showing its placeholder prompt (`w:showingPlcHdr`) is never
  content either: a `ReaderNote` (aviso `lectura_dudosa`) names the prompt.
- A table nested in a cell is read as a table in place, at any depth: its
  [box | label] rows stay pairs.
- Text boxes (`wps:txbx`, VML `v:textbox`; floating or inline; the VML copy Word keeps as
  `mc:Fallback` of a DrawingML shape is read once, from `mc:Choice`) are read after the text
  of the paragraph they are anchored in, their text blocks in a region of their own
  (`TextBlock.region` "txbx<n>"); a text box anchored in hidden text is hidden text.
- `w:altChunk`: an imported Word document is read in place, after the same
  zip-bomb and XML checks as a file given on the command line; a chunk of any
  other kind (HTML, RTF, text, MHT) is refused as `unsupported`, naming it.

A month table is found by its header of month names, also under title rows, after a
label column ("Año" | Enero ...) or down the first column (`_month_table`); a grid of rows of
names each over its marks, and cells holding the names (with a mark, or told apart by their
fill, weight, colour or strike-through) are month tables too (`months`).

Checkbox encodings read: w14 content controls (`w14:checked`), legacy
FORMCHECKBOX fields (`w:checked`, else `w:default`), `w:sym` characters of
symbol fonts, and ballot-box glyphs typed as text. Box cells each beside their
label cell ([☒ | A], [A | ☒], [☒ | A | ☐ | B]) are labelled checkboxes; in a
month table, a cell is marked by a box, an "X"-like mark (typed, or a symbol
font's check mark or cross), or shading (of the cell or its paragraph; a solid
pattern by its colour) that not every cell shares. A month cell holding
anything else, a symbol no table knows, or text inside an element the reader
does not know, gives a `ReaderNote` (aviso `lectura_dudosa`) instead of a
guess.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from dataclasses import replace
from pathlib import PurePosixPath

import docx
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from ...avisos import Aviso
from ...glyphs import HOLLOW_MARKS, YES_NO_TITLES, is_check_mark, is_empty_mark, is_filled_square
from ...layout import (
    HEADER_REGION,
    HIDDEN_TEXT,
    UNCLEAR,
    Cell,
    Checkbox,
    Item,
    Layout,
    Provenance,
    ReaderNote,
    Table,
    TextBlock,
    answered_cells,
    is_month_table,
    legend_doubts,
    row_items,
    settle_crosses,
    settle_month_pictures,
    unclear_month_cells,
)
from ...problems import DocumentError, Kind, document_error
from ...settings import SETTINGS
from ...template import heading_term, is_bare_prefix, starts_with_municipality
from ...text import clean, fold
from ...vocab import categories, category_table_headers, header_months, month_display_captions, month_number
from ..base import Reader
from ..checks import FileLimits, check_docx_zip
from ..options import ReadOptions
from .months import (
    cell_ink,
    cell_struck,
    mark_by_look,
    named_month_cells,
    paragraph_month_display,
    reads_by_look,
    settle_alike_marks,
    stacked_month_rows,
    tab_aligned_months,
    turned,
)
from .ooxml import BLOCKS, CELLS, PARAGRAPHS, ROWS, TABLES, Element, Unread, as_element, local, on, walk
from .pictures import PictureParts, unread_month_pictures
from .runs import TEXT_MARKS, CharToken, CheckboxToken, RunStyle, Styles, Token, chars_text, inline, text_block

_PICTURE = "http://schemas.openxmlformats.org/drawingml/2006/picture"
_VML = "urn:schemas-microsoft-com:vml"
MAX_NESTING = 32  # tables in tables, and imported documents in imported documents
DOCX_CHUNK_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.ms-word.document.macroEnabled.12",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
}
_CHUNK_KINDS = {
    "html": "HTML",
    "htm": "HTML",
    "xhtml": "XHTML",
    "mht": "MHT",
    "mhtml": "MHT",
    "rtf": "RTF",
    "txt": "plain text",
    "xml": "XML",
    "doc": "Word 97-2003",
}


class _Reader:
    def __init__(self, document: Document, path: str, depth: int = 0) -> None:
        self.document = document
        self.styles = Styles(document)
        self.path = path
        self.depth = depth
        self.text_boxes = 0  # text boxes read so far: each is a region of its own ("txbx1", ...)
        self.note_parts = _note_parts(document)  # "footnote" / "endnote" -> the part's notes by w:id
        self.notes_met: Counter[str] = Counter()  # note references read so far, by kind: Word numbers them so
        self.after_picture = False  # the last paragraph read printed a picture and no text
        self.pictures = PictureParts(document.part, as_element(document.element.body))  # pictures read as marks
        self.highlighted: set[int] = set()  # ids of the text blocks of paragraphs highlighted whole (`_highlighted`)

    # -- paragraphs ---------------------------------------------------------------------

    def _style_id(self, p: Element) -> str | None:
        props = p.find(qn("w:pPr"))
        style_el = props.find(qn("w:pStyle")) if props is not None else None
        return style_el.get(qn("w:val")) if style_el is not None else None

    def mark_joins_next(self, p: Element) -> bool:
        """The paragraph mark is deleted, moved away or hidden: Word prints the paragraph
        joined with the next one."""
        mark = p.find(f"{qn('w:pPr')}/{qn('w:rPr')}")
        if mark is not None:
            if any(mark.find(qn(f"w:{tag}")) is not None for tag in ("del", "moveFrom", "specVanish")):
                return True
            vanish = mark.find(qn("w:vanish"))
            if vanish is not None:
                return on(vanish)
        return self.styles.hidden(self._style_id(p))

    def paragraph(
        self, group: list[Element], index: int, region: str | None = None
    ) -> tuple[list[Item], list[Element]]:
        """One printed paragraph (several `w:p` when marks join them): a text block, or
        checkboxes each labelled by the text after it; then notes on what was hidden or unknown.
        Also the contents (`w:txbxContent`) of the text boxes anchored in it, in document order."""
        if len(group) == 1:  # the twelve months' names as one paragraph, told apart by their runs' looks
            bold = self.styles.bold(self._style_id(group[0]))
            display = paragraph_month_display(group[0], bold, Provenance(index=index))
            if display is not None:
                return [display, *mark_by_look(display)], []
        found, joined = Unread(), Unread()  # joined: what the paragraphs joined to the last one met
        toks: list[Token] = []
        text_boxes: list[Element] = []
        references: list[tuple[str, str, int]] = []
        for p in group:
            style_id = self._style_id(p)
            base = RunStyle(
                self.styles.bold(style_id),
                self.styles.size(style_id),
                self.styles.hidden(style_id),
                self.styles.font(style_id),
            )
            content = inline(p, base, self.styles, found if p is group[-1] else joined, region is None, self.pictures)
            references.extend((kind, note, len(toks) + at) for kind, note, at in content.references)
            toks.extend(content.tokens)
            text_boxes.extend(content.text_boxes)
        if not self.pictures.labelled and clean(chars_text(toks)):  # icons or bullets before text: no boxes
            toks = [t for t in toks if not (isinstance(t, CheckboxToken) and t.method == "picture")]
        style = self.styles.name(self._style_id(group[-1]))
        prov = Provenance(index=index)
        items: list[Item] = [*self.notes(joined, prov), *_paragraph_items(toks, style, prov, region)]
        if self.styles.caption(self._style_id(group[-1])) or any(_numbers_a_caption(p) for p in group):
            items = [_caption_note(i) if isinstance(i, TextBlock) else i for i in items]
        elif self.after_picture and any(isinstance(i, TextBlock) for i in items):
            items.append(_after_picture_note(items, prov))
        self.after_picture = not items and any(_prints_picture(p) for p in group)
        items.extend(self.note_references(references, toks, prov))
        found.unread_symbols += joined.unread_symbols
        notes = self.notes(found, prov)
        if region is not None and not items and found.unread_symbols:  # where a mark may stand
            symbols = ", ".join(found.unread_symbols)
            notes.append(
                ReaderNote(
                    UNCLEAR, f"símbolo sin significado conocido en una celda ({symbols}): no se lee como marca", prov
                )
            )
        return [*items, *notes], text_boxes

    def note_references(
        self, references: list[tuple[str, str, int]], toks: list[Token], prov: Provenance
    ) -> list[ReaderNote]:
        """An aviso `texto_sin_ubicar` for each footnote or endnote a paragraph refers to (`references`:
        kind, w:id, the tokens before the reference), quoting the note's text and the word it follows:
        Word prints the note apart from the paragraph (at the page foot, or the document's end), so it
        is no text of the section, but it is printed."""
        out: list[ReaderNote] = []
        for kind, note_id, at in references:
            element = self.note_parts.get(kind, {}).get(note_id)
            if element is None:
                continue
            self.notes_met[kind] += 1
            picture = self.after_picture  # the note's paragraphs are read apart from the body's
            read = self.blocks(element, prov.index or 0, kind)
            self.after_picture = picture
            text = clean(" ".join(" ".join(i.raw_lines) for i in read if isinstance(i, TextBlock)))
            words = chars_text(toks[:at]).split()
            after = f" de «{words[-1]}»" if words else ""
            where = "nota al pie" if kind == "footnote" else "nota al final"
            if text:
                out.append(
                    ReaderNote(
                        Aviso.texto_sin_ubicar,
                        f"{where} {self.notes_met[kind]}{after}: «{text}» (no se lee como texto de la sección)",
                        prov,
                    )
                )
        return out

    def notes(self, found: Unread, prov: Provenance) -> list[ReaderNote]:
        out: list[ReaderNote] = []
        hidden = clean(" ".join(found.hidden))
        if hidden:
            out.append(ReaderNote(HIDDEN_TEXT, f"texto oculto en el documento (no se publica): «{hidden}»", prov))
        struck = clean(" ".join(found.struck))
        if struck:  # as the PDF reader quotes words struck through (`readers.pdf.struck`)
            message = f"texto tachado (una eliminación o corrección), no se puso en el campo: «{struck}»"
            out.append(ReaderNote(Aviso.texto_sin_ubicar, message, prov))
        for prompt in found.placeholders:
            out.append(
                ReaderNote(
                    UNCLEAR,
                    f"un control de contenido sin llenar muestra su texto de ayuda «{prompt}»: "
                    "no se lee como contenido",
                    prov,
                )
            )
        for tag in sorted(found.unknown):
            out.append(
                ReaderNote(
                    UNCLEAR,
                    f"texto dentro de un elemento de Word desconocido (w:{tag}); se leyó como texto, revisar",
                    prov,
                )
            )
        return out

    def blocks(
        self, parent: Element, index: int | None, region: str | None = None, headers: list[Element | None] | None = None
    ) -> list[Item]:
        """The items of a body, cell or text box: paragraphs (joined where marks say so),
        tables, imported documents; `index` None numbers body elements one by one. `headers` (a
        body's) are its sections' page headers, in order: each section's items open with its
        header's municipality label (`_header_labels`)."""
        found = Unread()
        items: list[Item] = []
        pending: list[Element] = []
        n = 0 if index is None else index
        section = 0
        new_page = False  # a page break read, no text printed after it yet
        skip: list[Element] = []
        if headers:
            items.extend(self._header_labels(headers, section, n))
        self.after_picture = False  # a caption stands right under its picture, in the same body, cell or box
        for element in walk(parent, BLOCKS, found):
            if found.unknown or found.placeholders:  # met before this element: say so where it stands
                items.extend(self.notes(found, Provenance(index=n)))
                found.unknown.clear()
                found.placeholders.clear()
            tag = local(element)
            if tag == "p" and any(element is s for s in skip):
                continue  # the marks line of a tab-aligned month row, read with its names
            marks_line = element.getnext() if tag == "p" and not pending else None
            if marks_line is not None and (row := tab_aligned_months(element, marks_line)) is not None:
                row.prov = Provenance(index=n)
                items.append(row)
                skip.append(marks_line)
                n += index is None
                continue
            if tag == "p":
                pending.append(element)
                if self.mark_joins_next(element):
                    continue
            if pending:
                read = self._paragraph_with_boxes(pending, n, region)
                if index is None:  # the body's own paragraphs: where a page starts
                    new_page = _page_opened(read, new_page or _opens_page(pending[0]))
                    new_page = new_page or _ends_page(pending[-1])
                items.extend(read)
                pending = []
                n += index is None
            if headers and tag == "p" and element.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
                section += 1  # the paragraph ends its section: the next one's items follow
                items.extend(self._header_labels(headers, section, n))
            if tag == "tbl":
                new_page = False  # the table opens the page
                items.extend(self.table(element, n))
                self.after_picture = False
                n += index is None
            elif tag == "altChunk":
                items.extend(self.alt_chunk(element, n))
                n += index is None
        if pending:
            items.extend(self._paragraph_with_boxes(pending, n, region))
        items = _squares_among_boxes(_highlighted_categories(items, self.highlighted))
        return [*_legends_kept(items), *self.notes(found, Provenance(index=n))]

    def _header_labels(self, headers: list[Element | None], section: int, index: int) -> list[Item]:
        """The text blocks of section `section`'s page header that are municipality labels
        (`template.starts_with_municipality`: "Municipalidad de Quinta Normal"), region "header", at
        body position `index`; none when the section's header is the one before's (a running header
        read once) or the section has none. What else a header prints (a running title) is no
        ficha's content and is left out, as Word prints it outside the body."""
        if section >= len(headers) or headers[section] is None:
            return []
        if section and headers[section] is headers[section - 1]:
            return []
        header = headers[section]
        assert header is not None
        return [
            replace(block, prov=Provenance(index=index), region=HEADER_REGION)
            for block in _text_blocks(self.blocks(header, index, HEADER_REGION))
            if starts_with_municipality(clean(" ".join(block.raw_lines)))
        ]

    def _paragraph_with_boxes(self, group: list[Element], index: int, region: str | None) -> list[Item]:
        """A paragraph's items; the text boxes anchored in it follow its own text, each a region of
        its own (`TextBlock.region` "txbx<n>", n counting the document's boxes from 1; inside a table
        cell "<cell region>/txbx<n>"): a box's text is printed apart from the text around its anchor."""
        items, text_boxes = self.paragraph(group, index, region)
        if _highlighted(group):
            self.highlighted.update(id(i) for i in items if isinstance(i, TextBlock))
        for box in text_boxes:
            self.text_boxes += 1
            name = f"txbx{self.text_boxes}"
            items.extend(self.blocks(box, index, f"{region}/{name}" if region else name))
        return items

    # -- tables -------------------------------------------------------------------------

    def cell(self, tc: Element, row: int, col: int, index: int) -> tuple[Cell, list[Item]]:
        """The cell, and everything in it in document order (a cell may hold several boxes,
        and nested tables, read as tables)."""
        props = tc.find(qn("w:tcPr"))
        span = 1
        if props is not None:
            grid = props.find(qn("w:gridSpan"))
            grid_span = (grid.get(qn("w:val")) or "") if grid is not None else ""
            if grid_span.isdigit():
                span = int(grid_span)
        fill = _cell_fill(tc, props)
        ink, struck = cell_ink(tc), cell_struck(tc, props)
        region = f"t{index}-r{row}c{col}"
        items = self.blocks(tc, index, region=region)
        own = [i for i in items if isinstance(i, (TextBlock, Checkbox))]
        nested = next(walk(tc, TABLES), None) is not None
        blocks = [i for i in own if isinstance(i, TextBlock)]
        marks = [i for i in own if isinstance(i, Checkbox)]
        text = clean(" ".join(" ".join(b.raw_lines) for b in blocks))
        mark = marks[0] if marks and not nested else None
        bold = bool(blocks) and all(b.bold for b in blocks)  # a glyph typed as text: the glyph's
        if mark is None and len(text) == 1 and (text in TEXT_MARKS or text in HOLLOW_MARKS):  # ● marks, ○ not
            mark = Checkbox(text in TEXT_MARKS, None, "text", Provenance(index=index), region=region, glyph=text)
            text, blocks = "", []
            items = [i for i in items if not isinstance(i, TextBlock)]
        if mark is not None and mark.label and not text:  # "☒ Sociolaboral" typed in one cell
            text = mark.label
        cell = Cell(
            row,
            col,
            text=text,
            colspan=span,
            mark=mark,
            fill=fill,
            bold=bold,
            prov=Provenance(index=index),
            blocks=blocks,
            ink=ink,
            struck=struck,
            picture=mark is None and any(_prints_picture(p) for p in tc.iter(qn("w:p"))),
        )
        if mark is not None and mark.method == "text":
            items = [mark, *(i for i in items if isinstance(i, ReaderNote))]
        return cell, items

    def table(self, tbl: Element, index: int) -> list[Item]:
        if self.depth >= MAX_NESTING:
            return [
                ReaderNote(
                    UNCLEAR, f"tablas anidadas a más de {MAX_NESTING} niveles: no se leyeron", Provenance(index=index)
                )
            ]
        self.depth += 1
        try:
            return self._table(tbl, index)
        finally:
            self.depth -= 1

    def _table(self, tbl: Element, index: int) -> list[Item]:
        cells: list[Cell] = []
        contents: dict[tuple[int, int], list[Item]] = {}
        found = Unread()
        for r, tr in enumerate(walk(tbl, ROWS, found)):
            col = _grid_before(tr)
            row_start = len(cells)
            for tc in walk(tr, CELLS, found):
                cell, contents[(r, col)] = self.cell(tc, r, col, index)
                merged = tc.find(qn("w:tcPr"))
                vmerge = merged.find(qn("w:vMerge")) if merged is not None else None
                hmerge = merged.find(qn("w:hMerge")) if merged is not None else None
                if hmerge is not None and hmerge.get(qn("w:val")) != "restart" and len(cells) > row_start:
                    cells[-1].colspan += cell.colspan  # continues the cell before it (17.4.22)
                elif vmerge is None or vmerge.get(qn("w:val")) == "restart":
                    cells.append(cell)
                col += cell.colspan
        n_cols = max((c.col + c.colspan for c in cells), default=0)
        table = Table(cells, n_cols, Provenance(index=index))
        notes = self.notes(found, Provenance(index=index))
        columns = _comparison_columns(table)
        if columns:  # one ficha per value column: each read as a [label | value] table of its own
            cuts = [_column_cut(table, contents, col) for col in columns]
            read = [self._read_table(cut, cut_contents, []) for cut, cut_contents in cuts]
            return [*(i for items in read for i in items), *notes]
        return self._read_table(table, contents, notes)

    @staticmethod
    def _read_table(table: Table, contents: dict[tuple[int, int], list[Item]], notes: list[ReaderNote]) -> list[Item]:
        """The items of `table` as read: a month display and the text beside it, checkbox rows, or
        the grid itself, after `notes` (on what the table's markup holds) and with notes on its cells' marks."""
        cells = table.cells
        cell_notes = [i for c in cells for i in contents.get((c.row, c.col), []) if isinstance(i, ReaderNote)]
        found_months = _month_table(table)
        if found_months is not None:  # a display of its own, even cut out of a larger table
            months, outside, doubts = found_months
            answered_cells(months)
            by_look = reads_by_look(months)
            doubts = doubts + mark_by_look(months) + settle_alike_marks(months)
            if not doubts and not by_look:  # shading read by `mark_by_look` marks no cell twice
                _mark_shaded_cells(months)
            return [
                *outside,
                months,
                *notes,
                *cell_notes,
                *doubts,
                *settle_crosses(months),
                *settle_month_pictures(months),
                *unread_month_pictures(months),
                *unclear_month_cells(months),
            ]
        notes += settle_crosses(table)
        _unmark_no_column(table)
        rows = _checkbox_rows(table, contents)
        return [*rows, *notes] if rows is not None else [table, *notes]

    # -- imported documents -------------------------------------------------------------

    def alt_chunk(self, chunk: Element, index: int) -> list[Item]:
        """An imported part (`w:altChunk`): a Word document is read in place; any other kind
        is refused with an `unsupported` error naming it."""
        rid = chunk.get(qn("r:id"))
        part = self.document.part.related_parts.get(rid) if rid else None
        if part is None:
            return [ReaderNote(UNCLEAR, "un w:altChunk sin su parte importada: no se leyó", Provenance(index=index))]
        name = str(part.partname)
        content_type = (part.content_type or "").lower()
        suffix = PurePosixPath(name).suffix.lower().lstrip(".")
        if content_type not in DOCX_CHUNK_TYPES and suffix not in ("docx", "docm", "dotx"):
            kind = _CHUNK_KINDS.get(suffix) or content_type or "unknown"
            article = "an" if kind in ("HTML", "XHTML", "RTF", "MHT", "XML") else "a"
            raise document_error(
                Kind.unsupported,
                self.path,
                f"unsupported: the document imports {article} {kind} part with w:altChunk ({name}, "
                f"{content_type or 'no content type'}); only imported Word documents are read",
            )
        if self.depth >= MAX_NESTING:
            raise document_error(
                Kind.unsupported,
                self.path,
                f"unsupported: w:altChunk documents nested more than {MAX_NESTING} deep ({name})",
            )
        label = f"{self.path} (w:altChunk {name.lstrip('/')})"
        try:
            with zipfile.ZipFile(io.BytesIO(part.blob)) as package:
                check_docx_zip(label, package, FileLimits())
        except DocumentError:
            raise
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as error:
            raise document_error(Kind.damaged_docx, label, f"damaged imported DOCX: {error}") from error
        inner = docx.Document(io.BytesIO(part.blob))
        body = _body(inner, label, "damaged imported DOCX")
        return _Reader(inner, label, self.depth + 1).blocks(body, index)


def _legend_text(block: TextBlock) -> str | None:
    """The text of `block` when it reads as a month display's legend: one short paragraph (at most
    `SETTINGS.docx.legend_max_words` words) opening with a mark alone ("■", "✓", "X", "☐"), then, after an optional
    "=" or ":", words that are no month name ("■ mes con actividad", "X = mes de ejecución"); None
    otherwise."""
    words = " ".join(block.raw_lines).split()
    if len(words) < 2 or len(words) > SETTINGS.docx.legend_max_words:
        return None
    key = words[0].rstrip(":=")  # "X:" as "X :"
    if not key or not all(is_check_mark(ch) or is_empty_mark(ch) for ch in key):
        return None
    rest = words[1:] if words[1] not in ("=", ":") else words[2:]
    if not rest or month_number(rest[0]) is not None or is_check_mark(rest[0][0]):
        return None
    return " ".join(words)


def _legends_kept(items: list[Item]) -> list[Item]:
    """`items` with each paragraph right after a month table that reads as its legend (`_legend_text`)
    kept on the table (`Table.display_text`) instead of as text, and a note after the table when the
    legend says its filled mark means no activity (`layout.legend_doubts`)."""
    out: list[Item] = []
    for item in items:
        before = next((i for i in reversed(out) if not isinstance(i, ReaderNote)), None)  # its notes follow it
        said = _legend_text(item) if isinstance(item, TextBlock) else None
        if said is not None and isinstance(before, Table) and is_month_table(before):
            before.display_text = f"{before.display_text} {said}".strip()
            out.extend(legend_doubts(before))
            continue
        out.append(item)
    return out


def _note_parts(document: Document) -> dict[str, dict[str, Element]]:
    """The document's footnotes and endnotes (`w:footnote` / `w:endnote` by `w:id`), under "footnote" and
    "endnote"; the separators Word keeps among them (`w:type` set) left out."""
    out: dict[str, dict[str, Element]] = {}
    for kind, relation in (("footnote", RT.FOOTNOTES), ("endnote", RT.ENDNOTES)):
        try:
            part = document.part.part_related_by(relation)
        except KeyError:
            continue
        root = as_element(parse_xml(part.blob))
        out[kind] = {
            note.get(qn("w:id")) or "": note
            for note in root.iter(qn(f"w:{kind}"))
            if note.get(qn("w:type")) in (None, "normal")
        }
    return out


def _prints_picture(p: Element) -> bool:
    """The paragraph holds a picture (a DrawingML `pic:pic`, or a VML `v:imagedata`)."""
    return any(True for _ in p.iter(f"{{{_PICTURE}}}pic")) or any(True for _ in p.iter(f"{{{_VML}}}imagedata"))


def _numbers_a_caption(p: Element) -> bool:
    """The paragraph holds a SEQ field (`w:fldSimple` or a field code `w:instrText`): the numbering of
    Word's captions ("Figura 1", "Tabla 2")."""
    codes = [f.get(qn("w:instr")) or "" for f in p.iter(qn("w:fldSimple"))]
    codes += [t.text or "" for t in p.iter(qn("w:instrText"))]
    return any(code.split()[:1] == ["SEQ"] for code in codes)


def _caption_note(block: TextBlock) -> ReaderNote:
    """A caption (Word's caption style, or numbered by a SEQ field) as an aviso quoting it: it names a
    picture or table, no text of the section."""
    text = clean(" ".join(block.raw_lines))
    return ReaderNote(
        Aviso.texto_sin_ubicar,
        f"leyenda de una imagen o tabla: «{text}» (no se lee como texto de la sección)",
        block.prov,
    )


def _after_picture_note(items: list[Item], prov: Provenance) -> ReaderNote:
    """A doubt on a paragraph printed right under a picture, in no caption style: it may be the
    picture's caption, read as text of the section."""
    text = clean(" ".join(" ".join(i.raw_lines) for i in items if isinstance(i, TextBlock)))
    return ReaderNote(
        UNCLEAR,
        f"el párrafo «{text}» sigue a una imagen: puede ser su leyenda y no texto de la sección; se leyó como texto",
        prov,
    )


def _highlighted(group: list[Element]) -> bool:
    """Whether every run printing text in the paragraph `group` is highlighted (`w:highlight`, not
    "none") or shaded (`w:shd` of the run, `_shading_colour`): a label the writer marked with the
    highlighter."""
    runs = [r for p in group for r in p.iter(qn("w:r")) if any((t.text or "").strip() for t in r.iter(qn("w:t")))]
    if not runs:
        return False
    for run in runs:
        props = run.find(qn("w:rPr"))
        mark = props.find(qn("w:highlight")) if props is not None else None
        shd = props.find(qn("w:shd")) if props is not None else None
        if (mark is None or (mark.get(qn("w:val")) or "none").lower() == "none") and (
            shd is None or _shading_colour(shd) is None
        ):
            return False
    return True


def _highlighted_categories(items: list[Item], highlighted: set[int]) -> list[Item]:
    """`items` with each run of `SETTINGS.docx.highlighted_list_min` or more paragraphs in a row, each naming a
    category and nothing else (`vocab.categories`; "Otra: X" names otra), made checkboxes when some
    of them are highlighted whole (`_highlighted`) and the others not at all: the highlighted ones
    checked (method "shading"), as the PDF reading reads the same list printed with its highlights
    (trial 26 x21). A list all highlighted, or none, tells nothing and stays text."""
    out = list(items)
    runs: list[list[int]] = []
    for n, item in enumerate(items):
        if isinstance(item, TextBlock) and _names_a_category(" ".join(item.raw_lines)):
            if runs and runs[-1][-1] == n - 1:
                runs[-1].append(n)
                continue
            runs.append([n])
    for run in runs:
        marked = [id(items[n]) in highlighted for n in run]
        if len(run) < SETTINGS.docx.highlighted_list_min or all(marked) or not any(marked):
            continue
        for n, checked in zip(run, marked, strict=True):
            block = items[n]
            assert isinstance(block, TextBlock)
            out[n] = Checkbox(checked, clean(" ".join(block.raw_lines)), "shading", block.prov, block.region)
    return out


def _squares_among_boxes(items: list[Item]) -> list[Item]:
    """`items` (of one body, cell or text box) with each paragraph opening with a black square and a
    space before its label ("■ Sociolaboral") made a checked box (method "glyph", glyph "■") when
    it stands in a run of such paragraphs and box glyphs (one after the other) holding an empty box
    glyph (□ ☐, `glyphs.box_glyph_state`): a list of boxes printing ■ / □, as the PDF reading of
    the same list reads it (`pdf.marks.glyph_box_marks`). A black square with no empty box in its
    run is a bullet and stays text (trial 30: ed24, ed83)."""
    squares = {n: label for n, item in enumerate(items) if (label := _square_label(item)) is not None}
    if not squares:
        return items
    out = list(items)
    run: list[int] = []
    for n in range(len(items) + 1):
        item = items[n] if n < len(items) else None
        if n in squares or (isinstance(item, Checkbox) and item.method in ("glyph", "sym")):
            run.append(n)
            continue
        if any(isinstance(box := items[k], Checkbox) and not box.checked for k in run):
            for k in run:
                if k in squares:
                    block = items[k]
                    assert isinstance(block, TextBlock)
                    out[k] = Checkbox(True, squares[k], "glyph", block.prov, block.region, glyph=block.raw_lines[0][0])
        run = []
    return out


def _square_label(item: Item) -> str | None:
    """The label of a paragraph opening with a black square and a space ("■ Sociolaboral"), else None."""
    if not isinstance(item, TextBlock) or not item.lines:
        return None
    text = " ".join(item.raw_lines)
    label = clean(text[1:])
    return label if text[:1] and is_filled_square(text[0]) and text[1:2].isspace() and label else None


def _names_a_category(text: str) -> bool:
    """Whether `text` is a category's printed name and nothing more (its part before a colon)."""
    head = fold(clean(text).partition(":")[0])
    return bool(head) and any(head in term.folded for term in categories())


def _paragraph_items(toks: list[Token], style: str | None, prov: Provenance, region: str | None) -> list[Item]:
    """A text block, or checkboxes each labelled by the text after it ("☒ A ☐ B"), or by the
    text before it when the paragraph ends with a box after text ("A ☒ B ☐")."""
    marks = {i: t for i, t in enumerate(toks) if isinstance(t, CheckboxToken)}  # by place in the tokens
    boxes = list(marks)
    if not boxes:
        block = text_block(toks, style, prov)
        if block is not None:
            block.region = region
        return [block] if block else []
    if not clean(chars_text(toks[boxes[-1] + 1 :])) and clean(chars_text(toks[: boxes[0]])):
        return _boxes_after_labels(toks, marks, style, prov)
    items: list[Item] = []
    lead = text_block(toks[: boxes[0]], style, prov)
    if lead:
        items.append(lead)
    for n, i in enumerate(boxes):
        end = boxes[n + 1] if n + 1 < len(boxes) else len(toks)
        label = clean(chars_text(toks[i + 1 : end]))
        items.append(_checkbox(marks[i], label, prov))
    return items


def _checkbox(box: CheckboxToken, label: str, prov: Provenance) -> Checkbox:
    """The checkbox a box token prints, labelled (None when `label` is empty)."""
    return Checkbox(box.checked, label or None, box.method, prov, picture=box.picture, picture_ink=box.picture_ink)


def _boxes_after_labels(
    toks: list[Token], marks: dict[int, CheckboxToken], style: str | None, prov: Provenance
) -> list[Item]:
    """ "A ☒  B ☐": each box (`marks`, by place in `toks`) labelled by the text between the box
    before it and itself; the lines above the first label (a heading printed with a line break)
    stay a text block."""
    boxes = list(marks)
    chars = [t.text for t in toks[: boxes[0]] if isinstance(t, CharToken)]  # no box before the first
    first = len(chars) - chars[::-1].index("\n") if "\n" in chars else 0
    lead = text_block(toks[:first], style, prov)
    items: list[Item] = [lead] if lead else []
    for start, i in zip([first] + [b + 1 for b in boxes[:-1]], boxes, strict=True):
        label = clean(chars_text(toks[start:i]))
        items.append(_checkbox(marks[i], label, prov))
    return items


def _shading_colour(shd: Element) -> str | None:
    """The colour a `w:shd` paints as "RRGGBB": the background `w:fill`, or for a solid or
    percentage pattern its foreground `w:color` (solid "auto" is black); None when white or none."""
    pattern = (shd.get(qn("w:val")) or "clear").lower()
    fill = (shd.get(qn("w:fill")) or "auto").upper()
    colour = (shd.get(qn("w:color")) or "auto").upper()
    if pattern == "nil":
        return None
    if pattern == "solid":
        fill = "000000" if colour == "AUTO" else colour
    elif pattern != "clear" and colour != "AUTO":
        fill = colour
    return None if fill in ("AUTO", "FFFFFF") else fill


def _cell_fill(tc: Element, props: Element | None) -> str | None:
    """A cell's shading, or that of the paragraph inside it when the cell itself has none."""
    shd = props.find(qn("w:shd")) if props is not None else None
    colour = _shading_colour(shd) if shd is not None else None
    if colour is None:
        paragraph_shd = next((p.find(f"{qn('w:pPr')}/{qn('w:shd')}") for p in walk(tc, PARAGRAPHS)), None)
        colour = _shading_colour(paragraph_shd) if paragraph_shd is not None else None
    return colour


MONTH_HEADER_OFFSETS = ((0, 0), (0, 1), (1, 0), (2, 0), (1, 1))  # (title rows, label columns) before a month header


def _month_table(table: Table) -> tuple[Table, list[TextBlock], list[ReaderNote]] | None:
    """The month table in `table`, the paragraphs of the cells outside it, and notes on marks its
    cells' look does not decide; None when no row (or, for a table printed turned, no column) is a
    header of month names.

    The header is the first row of month names under at most two title rows ("Meses de
    ejecución") and after at most one label column ("Año" over "2023"); else the first column
    of them (months down the page, a "Mes" cell above allowed). The table returned starts at
    the header, row 0 and column 0, one body row per printed row (or column) of marks. A table
    whose every cell holds a month's name, with a mark or not ("Ene ☐" "Feb ☒", or the names alone
    told apart by their look; in one row of twelve or a grid read row by row or column by column),
    is a month table too (`months.named_month_cells`), and so is a grid of rows of names each over
    its row of marks (`months.stacked_month_rows`), and a table whose rows pair each name cell with a
    mark cell beside it (`_name_mark_pairs`)."""
    named = named_month_cells(table)
    if named is not None:
        return named[0], [], named[1]
    for name_first in (True, False):
        pairs = _name_mark_pairs(table, name_first)
        paired = _named_marks(table, pairs) if pairs else None
        if paired is not None:
            return paired, [], []
    stacked = stacked_month_rows(table)
    if stacked is not None:
        return stacked, [], []
    for grid in (table, turned(table)):
        for skip_rows, skip_cols in MONTH_HEADER_OFFSETS:
            header = [c for c in grid.row(skip_rows) if c.col >= skip_cols]
            months = header_months([c.text for c in header]) if header else None
            if months:
                first = header[0].col
                inside = [
                    replace(c, row=c.row - skip_rows, col=c.col - first)
                    for c in grid.cells
                    if c.row >= skip_rows and c.col >= first
                ]
                labels = _row_titles(grid, skip_rows, first)
                outside = [
                    b
                    for c in sorted(grid.cells, key=lambda c: (c.row, c.col))
                    if (c.row < skip_rows or c.col < first) and not any(c is t for t in labels)
                    for b in c.blocks
                ]
                cut = Table(inside, max(c.col + c.colspan for c in inside), table.prov)
                cut.as_month_table(months)
                cut.display_text = " ".join(c.text for c in labels)
                titles = _yes_no_rows(grid, skip_rows, first)
                if titles is not None:  # the titles are the table's header; a mark under "No" says no
                    _unmark_no_row(cut, titles[1] - skip_rows)
                    shown = {id(b) for c in titles[0] for b in c.blocks}
                    outside = [b for b in outside if id(b) not in shown]
                return cut, outside, _unknown_titles(labels)
    return None


def _unknown_titles(labels: list[Cell]) -> list[ReaderNote]:
    """A note quoting each row title of a month table (`_row_titles`) that names no month display nor
    a column of one ("Observaciones"; vocabularies `month_display_captions`, `category_table_headers`:
    "Mes", "Ejecución", "Año", "Marque con X"; "Sí" / "No"): kept off the dates' text, not dropped
    without a trace."""
    known = month_display_captions() | category_table_headers() | set(YES_NO_TITLES)
    return [
        ReaderNote(
            Aviso.texto_sin_ubicar,
            f"título de una fila o columna de la tabla de meses, no se puso en el campo: «{c.text.strip()}»",
            c.prov,
        )
        for c in labels
        if fold(c.text.strip().rstrip(":")) not in known
    ]


def _row_titles(grid: Table, header_row: int, first: int) -> list[Cell]:
    """The cells of a month table's label column that title its rows ("Mes" beside the names,
    "Ejecución" or "Marque con X" beside the marks; `first`: the names' first column, `header_row`:
    the names' row): words of the display, no text of the dates section; the years titling two rows of
    marks or more ("2022", "2023": a calendar of one row per year, trial 28 ed20) too, quoted by
    `_unknown_titles` (the months are their union). A single year, or a cell naming any other number
    ("Semana 2"), says something of the
    dates and stays text, as does one printed as a template heading ("Fechas de implementación" in a
    form's label column)."""
    years = [c for c in grid.cells if c.col < first and c.row > header_row and _YEAR_TITLE.fullmatch(fold(c.text))]
    return [
        c
        for c in grid.cells
        if c.col < first
        and c.row >= header_row
        and c.text.strip()
        and (not any(ch.isdigit() for ch in c.text) or (len(years) > 1 and any(c is y for y in years)))
        and heading_term(c.text)[0] is None
    ]


_YEAR_TITLE = re.compile(r"(?:ano )?(?:19|20)\d\d")  # a row title naming a year, folded: "2023", "Año 2023"


def _named_marks(table: Table, pairs: list[tuple[Cell, Cell]]) -> Table | None:
    """A month table of one header row (the name cells' texts) over one row of their mark cells, when
    the names are months in calendar order (`vocab.header_months`); else None. Each mark cell keeps
    its look (fill, diagonal rule, ink) for `months.mark_by_look` when no cell holds a mark."""
    months = header_months([c.text for c, _ in pairs])
    if months is None or len(months) < len(pairs):
        return None
    header = [Cell(0, n, c.text, prov=c.prov, fill=c.fill, bold=c.bold) for n, (c, _) in enumerate(pairs)]
    marks = [replace(mark, row=1, col=n, colspan=1, blocks=[]) for n, (_, mark) in enumerate(pairs)]
    found = Table(header + marks, len(pairs), table.prov)
    found.as_month_table(months)
    return found


def _name_mark_pairs(table: Table, name_first: bool) -> list[tuple[Cell, Cell]] | None:
    """(name cell, its mark cell) of a table whose rows pair each month's name cell with a mark cell beside
    it ("Enero | ✓ | Febrero | | …": [name | mark], or [mark | name] when not `name_first`), the mark
    cell holding a mark or nothing (an unmarked month), read row by row; None when any cell holding
    text or a mark is no part of such a pair."""
    step = 1 if name_first else -1
    at = {(c.row, c.col): c for c in table.cells}
    pairs: list[tuple[Cell, Cell]] = []
    used: set[tuple[int, int]] = set()
    for cell in sorted(table.cells, key=lambda c: (c.row, c.col)):
        if not cell.text or cell.mark is not None or month_number(cell.text) is None:
            continue
        partner = at.get((cell.row, cell.col + step))
        if partner is None or partner.text:
            return None
        pairs.append((cell, partner))
        used.update({(cell.row, cell.col), (partner.row, partner.col)})
    filled = {(c.row, c.col) for c in table.cells if c.text or c.mark is not None}
    return pairs if pairs and filled <= used else None


def _grid_before(tr: Element) -> int:
    """The grid columns a row skips before its first cell (`w:trPr/w:gridBefore`, 17.4.14)."""
    skip = tr.find(f"{qn('w:trPr')}/{qn('w:gridBefore')}")
    value = skip.get(qn("w:val")) if skip is not None else None
    return int(value) if value and value.isdigit() else 0


def _unmark_no_column(table: Table) -> None:
    """A table with a pair of columns titled yes / no ("Categoría | Sí | No", `glyphs.YES_NO_TITLES`):
    a mark under the "No" title says no (its cell's mark unchecked)."""
    yes, no = YES_NO_TITLES
    for r in range(table.n_rows):
        titles = [fold(c.text) for c in table.row(r)]
        for left, right in zip(table.row(r), table.row(r)[1:], strict=False):
            if fold(left.text) == yes and fold(right.text) == no and titles.count(no) == 1:
                for cell in table.cells:
                    if cell.row > r and cell.col == right.col and cell.mark is not None:
                        cell.mark.checked = False
                return


def _yes_no_rows(grid: Table, header_row: int, first: int) -> tuple[list[Cell], int] | None:
    """The titles of a month table's pair of mark rows titled yes / no (`glyphs.YES_NO_TITLES`), in
    its label column(s) left of the month names (`first`: the names' first column; `header_row`: the
    names' row), as a table of rows "Mes | Sí | No" down the months reads turned: (the title cells
    with the names' row's label over them, "Mes"; the "No" row's index in `grid`); None unless
    exactly one label reads yes and one, below it, reads no."""
    yes, no = YES_NO_TITLES
    labels = [c for c in grid.cells if c.col < first and c.row > header_row and c.text]
    said = [fold(c.text) for c in labels]
    if said.count(yes) != 1 or said.count(no) != 1 or len(labels) != 2:
        return None
    yes_cell, no_cell = labels[said.index(yes)], labels[said.index(no)]
    if no_cell.row <= yes_cell.row:
        return None
    corner = [c for c in grid.cells if c.col < first and c.row == header_row]
    return [*corner, yes_cell, no_cell], no_cell.row


def _unmark_no_row(table: Table, row: int) -> None:
    """The marks of a month table's body row `row` (the one titled "No") unchecked."""
    for cell in table.cells:
        if cell.row == row and cell.mark is not None:
            cell.mark.checked = False


def _mark_shaded_cells(table: Table) -> None:
    """In a month table, shading marks a cell when not every body cell shares it."""
    body = [c for c in table.cells if c.row > 0]
    fills = Counter(c.fill for c in body)
    for cell in body:
        if cell.mark is None and cell.fill and fills[cell.fill] < len(body):
            cell.mark = Checkbox(True, None, "shading", cell.prov)


def _comparison_columns(table: Table) -> list[int]:
    """The value columns of a comparison table (trial 28 ed16: fichas side by side, one per column,
    the labels down the first column, the first row naming each column's municipality:
    "Municipalidad | San Joaquín | Arica"); [] for any other table. Every row has a label in the
    first column and one cell in each other column, no value cell is itself a template heading, and
    a template heading labels a row below the first."""
    if table.n_cols < 3 or table.n_rows < 3 or any(c.colspan != 1 for c in table.cells):
        return []
    rows = [table.row(r) for r in range(table.n_rows)]
    if any([c.col for c in row] != list(range(table.n_cols)) for row in rows):
        return []
    first = rows[0]
    if not is_bare_prefix(first[0].text.rstrip(":").strip()) or not all(c.text.strip() for c in first[1:]):
        return []
    labels = [row[0].text.strip() for row in rows[1:]]
    if not all(labels) or not any(heading_term(label)[0] is not None for label in labels):
        return []
    if any(heading_term(c.text)[0] is not None for row in rows for c in row[1:] if c.text.strip()):
        return []
    return list(range(1, table.n_cols))


def _column_cut(
    table: Table, contents: dict[tuple[int, int], list[Item]], col: int
) -> tuple[Table, dict[tuple[int, int], list[Item]]]:
    """The [label | value] table of `table`'s label column and its column `col`, and its cells'
    contents keyed by their place in the cut."""
    cells = [replace(c, col=0 if c.col == 0 else 1) for c in table.cells if c.col in (0, col)]
    cut = {(c.row, 0 if c.col == 0 else 1): contents.get((c.row, c.col), []) for c in table.cells if c.col in (0, col)}
    return Table(cells, 2, table.prov), cut


def _checkbox_rows(table: Table, contents: dict[tuple[int, int], list[Item]]) -> list[Item] | None:
    """A table holding checkboxes, nested tables or reader notes, read row by row: [box | label]
    rows as labelled checkboxes, other cells as their items in order (a `Cell` carries one
    mark only, a nested table is read as a table in place, and a note stays where it was
    met, so its aviso names the right section); None for a table of text alone."""
    in_place = any(
        isinstance(i, (Table, Checkbox, ReaderNote)) and i is not c.mark
        for c in table.cells
        for i in contents[(c.row, c.col)]
    )
    if not in_place and not any(c.mark is not None for c in table.cells):
        return None
    items: list[Item] = []
    columns = _label_columns(table)
    for r in range(table.n_rows):
        row = table.row(r)
        pairs = _box_label_pairs(row) or _blank_box_pairs(row, columns)
        if pairs:
            items.extend(
                Checkbox(mark.checked, label.text, mark.method, table.prov, mark.region)
                if mark is not None
                else Checkbox(False, label.text, "text", table.prov, _region_of(contents[(label.row, label.col)]))
                for mark, label in pairs
            )
        else:
            items.extend(row_items(row, lambda cell: contents[(cell.row, cell.col)]))
    return items


def _label_columns(table: Table) -> dict[int, int]:
    """Label column -> its box column, in a checklist table: the columns its [box | label] rows
    (`_box_label_pairs`) set them in, when at least SETTINGS.docx.min_checklist_rows rows do (a column of marks
    beside a column of labels); {} otherwise, or when rows set one label column beside two."""
    pairs = [pair for r in range(table.n_rows) for pair in (_box_label_pairs(table.row(r)) or [])]
    columns: dict[int, set[int]] = {}
    for mark, label in pairs:
        box = next(c for c in table.row(label.row) if c.mark is mark)
        columns.setdefault(label.col, set()).add(box.col)
    rows = {label.row for _, label in pairs}
    if len(rows) < SETTINGS.docx.min_checklist_rows or any(len(boxes) > 1 for boxes in columns.values()):
        return {}
    return {label: next(iter(boxes)) for label, boxes in columns.items()}


def _blank_box_pairs(row: list[Cell], columns: dict[int, int]) -> list[tuple[Checkbox | None, Cell]] | None:
    """(mark, label cell) pairs of a checklist table's row (`columns`: label column -> box column,
    `_label_columns`) where some box cell is blank: a label beside a blank cell of a box column is
    an unmarked box (mark None), no text of its own. None unless every non-empty cell of the row is
    a label of a label column or the mark beside one, and some box cell of it is blank."""
    at = {c.col: c for c in row}
    pairs: list[tuple[Checkbox | None, Cell]] = []
    used: set[int] = set()
    for label_col, box_col in sorted(columns.items()):
        label, box = at.get(label_col), at.get(box_col)
        if label is None or not label.text or label.mark is not None:
            continue
        if box is not None and box.text:
            return None
        pairs.append((box.mark if box is not None else None, label))
        used |= {label_col, box_col}
    if not pairs or all(mark is not None for mark, _ in pairs):
        return None
    if any(c.col not in used and (c.text or c.mark is not None) for c in row):
        return None
    return pairs


def _region_of(items: list[Item]) -> str | None:
    """The region of a cell's first paragraph (its table cell, `t<table>-r<row>c<col>`)."""
    return next((i.region for i in items if isinstance(i, TextBlock)), None)


def _box_label_pairs(row: list[Cell]) -> list[tuple[Checkbox, Cell]] | None:
    """(box cell's mark, label cell) pairs when a row's non-empty cells alternate a box alone and its
    label: [☒ | A], [A | ☒], [☒ | A | ☐ | B]; None for any other row."""
    cells = [c for c in row if c.mark is not None or c.text]
    kinds = ["box" if c.mark is not None and not c.text else "label" if c.mark is None else "" for c in cells]
    if len(cells) < 2 or len(cells) % 2 or "" in kinds:
        return None
    for first in ("box", "label"):
        if all(kind == first for kind in kinds[0::2]) and first not in kinds[1::2]:
            boxes, labels = (cells[0::2], cells[1::2]) if first == "box" else (cells[1::2], cells[0::2])
            return [(box.mark, label) for box, label in zip(boxes, labels, strict=True) if box.mark is not None]
    return None


PAGE_BREAK_TAGS = (qn("w:br"), qn("w:t"))


def _page_opened(items: list[Item], opens: bool) -> bool:
    """Mark the first text block of a paragraph's `items` `opens_page` when the paragraph opens a
    page (`opens`); whether a page opened is still waiting for its first text (the paragraph
    printed none: the empty paragraph holding the break)."""
    if not opens:
        return False
    first = next((i for i in items if isinstance(i, TextBlock)), None)
    if first is None:
        return True
    first.opens_page = True
    return False


def _page_break_texts(p: Element) -> tuple[bool, bool, bool]:
    """(text before its first page break, a page break, text after its last one) of paragraph `p`
    (`w:br w:type="page"`, 17.3.3.1)."""
    before = after = broken = False
    for element in (child for run in p.iter(qn("w:r")) for child in run if child.tag in PAGE_BREAK_TAGS):
        if element.tag == qn("w:br"):
            if element.get(qn("w:type")) == "page":
                broken, after = True, False
        elif (element.text or "").strip():
            after = after or broken
            before = before or not broken
    return before, broken, after


def _opens_page(p: Element) -> bool:
    """Whether paragraph `p` is printed at the top of a page: set to start one (`w:pageBreakBefore`,
    17.3.1.23) or its text coming after a page break it holds."""
    props = p.find(qn("w:pPr"))
    if on(props.find(qn("w:pageBreakBefore")) if props is not None else None):
        return True
    before, broken, after = _page_break_texts(p)
    return broken and after and not before


def _ends_page(p: Element) -> bool:
    """Whether what follows paragraph `p` is printed on a new page: it ends with a page break (no
    text after it), or it ends a section that starts the next on a new page (`w:sectPr` whose
    `w:type` is not "continuous" nor "nextColumn", 17.6.22)."""
    _, broken, after = _page_break_texts(p)
    if broken and not after:
        return True
    sect = p.find(f"{qn('w:pPr')}/{qn('w:sectPr')}")
    kind = sect.find(qn("w:type")) if sect is not None else None
    return sect is not None and (kind is None or kind.get(qn("w:val")) not in ("continuous", "nextColumn"))


def _text_blocks(items: list[Item]) -> list[TextBlock]:
    """The paragraphs among `items`, those inside a table's cells included, in order (a letterhead
    laid out as a table: a logo cell beside a "Municipalidad de X" cell)."""
    out: list[TextBlock] = []
    for item in items:
        if isinstance(item, TextBlock):
            out.append(item)
        elif isinstance(item, Table):
            out.extend(block for cell in item.cells for block in cell.blocks)
    return out


def _body(document: Document, path: str, damaged: str) -> Element:
    """The document's `w:body`; DocumentError `damaged_docx` ("<damaged>: ...") when it has none."""
    body: object = document.element.body
    if body is None:
        raise document_error(Kind.damaged_docx, path, f"{damaged}: word/document.xml has no body")
    return as_element(body)


def read_docx(path: str) -> Layout:
    document = docx.Document(path)
    body = _body(document, path, "damaged DOCX")
    layout = Layout(path=str(path), format="docx")
    layout.items.extend(_Reader(document, str(path)).blocks(body, None, headers=_section_headers(document)))
    return layout


def _section_headers(document: Document) -> list[Element | None]:
    """Each section's page header (`w:hdr`) in order: its first page's when the section has one of
    its own, else its default one; a header linked to the previous section's is that same element;
    None for a section with none."""
    out: list[Element | None] = []
    for section in document.sections:
        kinds = [section.first_page_header] if section.different_first_page_header_footer else []
        found: Element | None = None
        for header in [*kinds, section.header]:
            if not header.is_linked_to_previous:
                found = as_element(header._element)  # python-docx has no public accessor of the part's XML
                break
        else:
            found = out[-1] if out else None
        out.append(found)
    return out


def _read(path: str, password: str | None = None, options: ReadOptions = ReadOptions()) -> Layout:
    """A password-protected DOCX is an OLE container, refused by `checks` before this; `options`
    (PDF engine, OCR) do not concern a Word document."""
    return read_docx(path)


READER = Reader(read=_read)
