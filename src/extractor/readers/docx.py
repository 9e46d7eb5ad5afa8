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
from dataclasses import dataclass

import docx
from docx.oxml.ns import qn

from ..layout import Cell, Checkbox, Layout, Line, Provenance, Table, TextBlock, as_label, is_label_row
from ..problems import Kind, document_error
from ..text import clean
from ..vocab import header_months
from .glyphs import CHECK_MARKS, box_glyph_state

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_OFF = {"0", "false", "off"}
_CONTAINERS = {"hyperlink", "smartTag", "ins", "fldSimple", "customXml", "sdtContent", "moveTo", "dir", "bdo"}
TEXT_MARKS = CHECK_MARKS | {"•", "●", "■"}


@dataclass
class Box:
    """A checkbox token inside a paragraph."""

    checked: bool
    method: str


def _local(el) -> str:
    return el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""


def _on(el) -> bool:
    """A w:b / w:checked-like toggle: on unless its value says off."""
    if el is None:
        return False
    val = el.get(qn("w:val"))
    return val is None or val.lower() not in _OFF


class _Styles:
    """Paragraph style names, boldness and sizes, resolved through based-on chains."""

    def __init__(self, document):
        self._by_id = {s.style_id: s for s in document.styles}

    def name(self, style_id: str | None) -> str | None:
        style = self._by_id.get(style_id or "")
        return style.name if style is not None else None

    def _chain(self, style_id: str | None):
        style, seen = self._by_id.get(style_id or ""), 0
        while style is not None and seen < 20:
            yield style
            style, seen = style.base_style, seen + 1

    def bold(self, style_id: str | None) -> bool:
        return bool(self.explicit_bold(style_id))

    def explicit_bold(self, style_id: str | None) -> bool | None:
        """The boldness a (paragraph or character) style sets, or None when it sets none."""
        for style in self._chain(style_id):
            font = getattr(style, "font", None)
            if font is not None and font.bold is not None:
                return bool(font.bold)
        return None

    def size(self, style_id: str | None) -> float:
        for style in self._chain(style_id):
            font = getattr(style, "font", None)
            if font is not None and font.size is not None:
                return font.size.pt
        return 0.0


def _w14_checkbox(sdt) -> Box | None:
    props = sdt.find(qn("w:sdtPr"))
    box = props.find(f"{{{W14}}}checkbox") if props is not None else None
    if box is None:
        return None
    checked = box.find(f"{{{W14}}}checked")
    if checked is None:
        return Box(False, "w14")
    value = checked.get(f"{{{W14}}}val")  # an on/off toggle: no value means on
    return Box(value is None or value.lower() not in _OFF, "w14")


def _legacy_checkbox(fld_char) -> Box | None:
    data = fld_char.find(qn("w:ffData"))
    box = data.find(qn("w:checkBox")) if data is not None else None
    if box is None:
        return None
    checked = box.find(qn("w:checked"))
    if checked is not None:
        return Box(_on(checked), "legacy")
    return Box(_on(box.find(qn("w:default"))), "legacy")


def _run_tokens(run, bold: bool, size: float, styles: _Styles | None = None) -> list:
    props = run.find(qn("w:rPr"))
    if props is not None:
        char_style = props.find(qn("w:rStyle"))
        if char_style is not None and styles is not None:  # a character style ("Strong")
            style_bold = styles.explicit_bold(char_style.get(qn("w:val")))
            bold = bold if style_bold is None else style_bold
        if props.find(qn("w:b")) is not None:
            bold = _on(props.find(qn("w:b")))
        size_el = props.find(qn("w:sz"))
        if size_el is not None and (size_el.get(qn("w:val")) or "").isdigit():
            size = int(size_el.get(qn("w:val"))) / 2
    fonts = props.find(qn("w:rFonts")) if props is not None else None
    font = (fonts.get(qn("w:ascii")) or fonts.get(qn("w:hAnsi")) or "") if fonts is not None else ""
    out: list = []
    for child in run:
        tag = _local(child)
        if tag == "t":
            for ch in child.text or "":
                state = box_glyph_state(ch, font)
                out.append(Box(state, "glyph") if state is not None else (ch, bold, size))
        elif tag in ("tab", "noBreakHyphen"):
            out.append((" " if tag == "tab" else "-", bold, size))
        elif tag in ("br", "cr"):
            out.append(("\n", bold, size))
        elif tag == "sym":
            char = chr(int(child.get(qn("w:char"), "0"), 16))
            state = box_glyph_state(char, child.get(qn("w:font"), ""))
            if state is not None:
                out.append(Box(state, "sym"))
        elif tag == "fldChar" and child.get(qn("w:fldCharType")) == "begin":
            box = _legacy_checkbox(child)
            if box is not None:
                out.append(box)
    return out


def _tokens(element, bold: bool, size: float, styles: _Styles | None = None) -> list:
    out: list = []
    for child in element:
        tag = _local(child)
        if tag == "r":
            out.extend(_run_tokens(child, bold, size, styles))
        elif tag == "sdt":
            box = _w14_checkbox(child)
            if box is not None:
                out.append(box)
            else:
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    out.extend(_tokens(content, bold, size, styles))
        elif tag in _CONTAINERS:
            out.extend(_tokens(child, bold, size, styles))
    return out


def _text_block(chars: list[tuple], style: str | None, prov: Provenance) -> TextBlock | None:
    text = "".join(c[0] for c in chars)
    lines = []
    for piece in text.split("\n"):
        if clean(piece):
            lines.append(piece)
    if not lines:
        return None
    visible = [c for c in chars if not c[0].isspace()]
    bold = bool(visible) and all(c[1] for c in visible)
    size = max((c[2] for c in visible), default=0.0)
    return TextBlock([Line(clean(line), size=size, bold=bold, prov=prov) for line in lines], style=style, prov=prov)


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
        if header_months([c.text for c in table.row(0)]):
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
            for cell in row:
                content = contents[(cell.row, cell.col)]
                if cell is row[0] and is_label_row(row):
                    content = [as_label(i) if isinstance(i, TextBlock) else i for i in content]
                items.extend(content)
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
