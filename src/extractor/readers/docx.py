"""DOCX reader: python-docx's XML -> one `Layout`.

python-docx's `Paragraph.text` drops content controls and symbols, so the
body XML is walked directly, in document order. Checkbox encodings read:
w14 content controls (`w14:checked`), legacy FORMCHECKBOX fields
(`w:checked`, else `w:default`), `w:sym` characters of symbol fonts, and
ballot-box glyphs typed as text. Box cells each beside their label cell
([☒ | A], [A | ☒], [☒ | A | ☐ | B]) are labelled checkboxes; in a month
table, a cell is marked by a box, an "X"-like mark, or shading (of the cell
or its paragraph; a solid pattern by its colour) that not every cell shares.
"""

from __future__ import annotations

from collections import Counter

import docx
from docx.oxml.ns import qn

from ..layout import Cell, Checkbox, Layout, Provenance, Table, TextBlock, row_items
from ..problems import Kind, document_error
from ..text import clean
from ..vocab import header_months
from .base import Reader
from .docx_runs import TEXT_MARKS, Box, _local, _Styles, _text_block, _tokens

class _Reader:
    def __init__(self, document):
        self.styles = _Styles(document)

    def paragraph(self, p, index: int, region: str | None = None) -> list:
        """A paragraph's items: a text block, or checkboxes each labelled by the text after it."""
        props = p.find(qn("w:pPr"))
        style_el = props.find(qn("w:pStyle")) if props is not None else None
        style_id = style_el.get(qn("w:val")) if style_el is not None else None
        prov = Provenance(index=index)
        tokens = _tokens(p, self.styles.bold(style_id), self.styles.size(style_id), self.styles)
        style = self.styles.name(style_id)
        boxes = [i for i, t in enumerate(tokens) if isinstance(t, Box)]
        if not boxes:
            block = _text_block(tokens, style, prov)
            if block is not None:
                block.region = region
            return [block] if block else []
        items: list = []
        lead = _text_block(tokens[: boxes[0]], style, prov)
        if lead:
            items.append(lead)
        for n, i in enumerate(boxes):
            end = boxes[n + 1] if n + 1 < len(boxes) else len(tokens)
            label = clean("".join(t[0] for t in tokens[i + 1 : end]))
            items.append(Checkbox(tokens[i].checked, label or None, tokens[i].method, prov))
        return items

    def cell(self, tc, row: int, col: int, index: int) -> tuple[Cell, list]:
        """The cell, and everything in it in document order (a cell may hold several boxes)."""
        props = tc.find(qn("w:tcPr"))
        span = 1
        if props is not None:
            grid = props.find(qn("w:gridSpan"))
            if grid is not None and (grid.get(qn("w:val")) or "").isdigit():
                span = int(grid.get(qn("w:val")))
        fill = _cell_fill(tc, props)
        items = []
        for p in tc.iter(qn("w:p")):  # text boxes and nested tables included, in document order
            if not _in_fallback(p):
                items.extend(self.paragraph(p, index, region=f"t{index}-r{row}c{col}"))
        blocks = [i for i in items if isinstance(i, TextBlock)]
        marks = [i for i in items if isinstance(i, Checkbox)]
        text = clean(" ".join(" ".join(b.raw_lines) for b in blocks))
        mark = marks[0] if marks else None
        if mark is None and len(text) == 1 and text in TEXT_MARKS:
            mark, text, blocks = Checkbox(True, None, "text", Provenance(index=index)), "", []
        if mark is not None and mark.label and not text:  # "☒ Sociolaboral" typed in one cell
            text = mark.label
        bold = bool(blocks) and all(b.bold for b in blocks)
        cell = Cell(row, col, text=text, colspan=span, mark=mark, fill=fill, bold=bold,
                    prov=Provenance(index=index), blocks=blocks)
        return cell, ([mark] if mark is not None and mark.method == "text" else items)

    def table(self, tbl, index: int) -> list:
        cells: list[Cell] = []
        contents: dict[tuple[int, int], list] = {}
        for r, tr in enumerate(tbl.findall(qn("w:tr"))):
            col = 0
            for tc in tr.findall(qn("w:tc")):
                cell, contents[(r, col)] = self.cell(tc, r, col, index)
                merged = tc.find(qn("w:tcPr"))
                vmerge = merged.find(qn("w:vMerge")) if merged is not None else None
                if vmerge is None or vmerge.get(qn("w:val")) == "restart":
                    cells.append(cell)
                col += cell.colspan
        n_cols = max((c.col + c.colspan for c in cells), default=0)
        table = Table(cells, n_cols, Provenance(index=index))
        if table.as_month_table(header_months([c.text for c in table.row(0)])):
            _mark_shaded_cells(table)
            return [table]
        return _checkbox_rows(table, contents) or [table]


def _shading_colour(shd) -> str | None:
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


def _cell_fill(tc, props) -> str | None:
    """A cell's shading, or that of the paragraph inside it when the cell itself has none."""
    shd = props.find(qn("w:shd")) if props is not None else None
    colour = _shading_colour(shd) if shd is not None else None
    if colour is None:
        paragraph_shd = tc.find(f"{qn('w:p')}/{qn('w:pPr')}/{qn('w:shd')}")
        colour = _shading_colour(paragraph_shd) if paragraph_shd is not None else None
    return colour


def _mark_shaded_cells(table: Table) -> None:
    """In a month table, shading marks a cell when not every body cell shares it."""
    body = [c for c in table.cells if c.row > 0]
    fills = Counter(c.fill for c in body)
    for cell in body:
        if cell.mark is None and cell.fill and fills[cell.fill] < len(body):
            cell.mark = Checkbox(True, None, "shading", cell.prov)


def _checkbox_rows(table: Table, contents: dict[tuple[int, int], list]) -> list | None:
    """A table holding checkboxes, read row by row: [box | label] rows as labelled checkboxes,
    other cells as their paragraphs and every box in them (a `Cell` carries one mark only)."""
    if not any(c.mark is not None for c in table.cells):
        return None
    items: list = []
    for r in range(table.n_rows):
        row = table.row(r)
        pairs = _box_label_pairs(row)
        if pairs:
            items.extend(Checkbox(box.mark.checked, label.text, box.mark.method, table.prov) for box, label in pairs)
        else:
            items.extend(row_items(row, lambda cell: contents[(cell.row, cell.col)]))
    return items


def _box_label_pairs(row: list[Cell]) -> list[tuple[Cell, Cell]] | None:
    """(box cell, label cell) pairs when a row's non-empty cells alternate a box alone and its
    label: [☒ | A], [A | ☒], [☒ | A | ☐ | B]; None for any other row."""
    cells = [c for c in row if c.mark is not None or c.text]
    kinds = ["box" if c.mark is not None and not c.text else "label" if c.mark is None else "" for c in cells]
    if len(cells) < 2 or len(cells) % 2 or "" in kinds:
        return None
    for first in ("box", "label"):
        if all(kind == first for kind in kinds[0::2]) and first not in kinds[1::2]:
            boxes, labels = (cells[0::2], cells[1::2]) if first == "box" else (cells[1::2], cells[0::2])
            return list(zip(boxes, labels))
    return None


def _body_elements(parent):
    for child in parent:
        tag = _local(child)
        if tag in ("p", "tbl"):
            yield child
        elif tag == "sdt":  # a block-level content control
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _body_elements(content)
        elif tag == "customXml":
            yield from _body_elements(child)


def _text_boxes(p) -> list:
    """The contents of the text boxes anchored in paragraph `p`, each once: the VML copy
    that Word keeps as an mc:Fallback of a DrawingML shape is skipped, and so are boxes
    nested in another box (they are anchored in that box's paragraphs)."""
    return [box for box in p.iter(qn("w:txbxContent"))
            if not _in_fallback(box) and next(box.iterancestors(qn("w:p"))) is p]


def _in_fallback(element) -> bool:
    """Inside an mc:Fallback: an old-format copy of content read from its mc:Choice."""
    return any(_local(a) == "Fallback" for a in element.iterancestors())


def _element_items(reader: _Reader, element, index: int) -> list:
    """A body paragraph's or table's items; a paragraph's text boxes follow its own text."""
    if _local(element) == "tbl":
        return reader.table(element, index)
    items = reader.paragraph(element, index)
    for box in _text_boxes(element):
        for inner in _body_elements(box):
            items.extend(_element_items(reader, inner, index))
    return items


def read_docx(path: str) -> Layout:
    document = docx.Document(path)
    if document.element.body is None:
        raise document_error(Kind.damaged_docx, path, "damaged DOCX: word/document.xml has no body")
    reader = _Reader(document)
    layout = Layout(path=str(path), format="docx")
    for index, element in enumerate(_body_elements(document.element.body)):
        layout.items.extend(_element_items(reader, element, index))
    return layout


def _read(path: str, password: str | None = None) -> Layout:
    """A password-protected DOCX is an OLE container, refused by `checks` before this."""
    return read_docx(path)


READER = Reader(read=_read)
