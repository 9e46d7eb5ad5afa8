"""The Word harness: the golden records as Word documents, read as .docx and as LibreOffice's PDF.

python-docx writes paragraphs, styles and tables; what it has no API for (text boxes,
content-control and legacy checkboxes, `w:sym` symbols, shading) is raw OOXML, from
`tests/docx_builders.py` where it exists. Every choice is explicit data (CHOICES, drawn
per seed by `chosen.Chosen`): structure (body text, a form table, nested tables), where
the municipality and the category checklist stand (paragraphs, a table cell, a floating
or inline text box, DrawingML with its VML copy or VML alone), checkbox encodings, month
tables (marks, glyphs, shading, content controls; across or down), Sello lines.
`write_document` writes one; `export_pdfs` converts many with one LibreOffice start.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt

from ..docx_builders import (
    HEADINGS,
    MONTHS,
    DocBuilder,
    elements,
    glyph_box,
    legacy_box,
    put_xml,
    shading,
    sym_box,
    text_run,
    w14_box,
)
from .content import SELLO_LEAD_IN, Ficha

CHOICES: dict[str, tuple] = {
    "fichas": (1, 2),
    "font": ("Liberation Sans", "Liberation Serif", "DejaVu Sans"),
    "body_size": (10.0, 11.0, 12.0),
    "paragraph_space": (6.0, 10.0),  # points after each paragraph (python-docx's template sets none)
    "structure": ("body", "form_table", "nested_tables"),
    "heading_style": ("heading_style", "bold_paragraph"),  # Heading 2, or a bold-only paragraph
    "heading_caps": (False, True),
    "heading_colon": (False, True),
    "municipality_form": ("MUNICIPALIDAD {COMUNA}", "Municipalidad de {comuna}", "Municipalidad {comuna}"),
    "municipality_place": ("paragraph", "table_cell", "floating_textbox", "inline_textbox"),
    "categories_place": ("section", "textbox"),  # textbox: with the municipality's, else a floating one
    "textbox_kind": ("drawingml", "vml"),  # DrawingML in mc:AlternateContent with its VML copy, or VML alone
    "textbox_anchor": ("title", "own_paragraph"),  # the paragraph a text box is anchored in (VML: its own, `head`)
    "category_form": ("lines", "table"),  # "☐ label" paragraphs, or a table of [box | label]
    "checkbox": ("glyph", "w14", "legacy", "sym_wingdings"),
    "month_orientation": ("across", "down"),
    "month_header": ("full", "short", "letter"),
    "month_marking": ("x", "glyph", "shading", "w14"),
    "empty_month_table": (False, True),
    "sello_form": ("paragraphs", "bullets", "table"),
    "sello_name_bold": (False, True),
    "sello_lead_in": (True, False),
    "page_break_between": (True, False),  # a page break before each ficha after the first
    # the month display's shape: one line of twelve (across or down, as month_orientation says) or a grid
    # of rows x columns of months ("grid4x3": 3 rows of 4), read row by row
    "month_shape": ("line", "grid6x2", "grid4x3", "grid3x4", "grid2x6"),
    "month_name_place": ("above", "inside"),  # names over (or left of) their mark cells, or inside the cells
    # how the active months stand apart: month_marking's mark or shading; a fill (accent colour); the name's
    # colour (above: the mark cell's accent fill); its weight (above: a check mark); the inactive ones greyed
    # (a grey name, or a grey mark cell) or struck through (the name, or the mark cell crossed diagonally)
    "month_active": ("marking", "fill", "colour", "weight", "inactive_grey", "inactive_struck"),
}
LATE_CHOICES = ("month_shape", "month_name_place", "month_active")  # drawn after the fichas (chosen.py)
GRID_SHAPES = {"grid6x2": (2, 6), "grid4x3": (3, 4), "grid3x4": (4, 3), "grid2x6": (6, 2)}  # (rows, columns)
ACCENT, GREY, FILL, LIGHT_GREY = "E07A5F", "A6A6A6", "2E9E5B", "D8D8D8"
DIAGONAL = '<w:tcBorders><w:tl2br w:val="single" w:sz="6" w:space="0" w:color="777777"/></w:tcBorders>'
EMU_PER_PT = 12700
WRAP = '<w10:wrap type="square"/>'
WRAP_LINES = '<w10:wrap type="topAndBottom"/>'
TEXT_WIDTH_PT = 451.0  # A4 less python-docx's default margins (1 in each side)
BOX_WIDTH_PT = 170.0
# the title's cell and the municipality's beside it: the title's longest word at the title's size fits
# its cell ("interinstitucionales" broken in a half-width cell reads as two words)
TITLE_CELL_SHARES = (0.75, 0.25)
BOX_PADDING_PT = 16.0  # the text box's insets (7.2 pt a side) and a margin
_NS = (
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)


def label_text(design, ficha: Ficha) -> str:
    return design.municipality_form.format(comuna=ficha.comuna, COMUNA=ficha.comuna.upper())


def box_xml(design, checked: bool) -> str:
    """One checkbox in the design's encoding (run XML)."""
    if design.checkbox == "glyph":
        return glyph_box(checked)
    if design.checkbox == "w14":
        return w14_box(checked)
    if design.checkbox == "legacy":
        return legacy_box("1" if checked else "0")
    return sym_box("F0FE" if checked else "F0A8")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run(text: str, *, bold: bool = False, size: float | None = None) -> str:
    props = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{int(size * 2)}"/>' if size else "")
    return f'<w:r>{f"<w:rPr>{props}</w:rPr>" if props else ""}<w:t xml:space="preserve">{_escape(text)}</w:t></w:r>'


def paragraph(runs: str, bold_style: bool = False) -> str:
    return f"<w:p>{runs}</w:p>"


# --- text boxes ----------------------------------------------------------------------------


def box_height(design, lines: Sequence[str]) -> float:
    """Points a text box needs for `lines` (paragraphs) at the design's size: each paragraph's lines
    estimated at 0.6 em a character (generous), 1.5 em a line, the design's space after each
    paragraph (a box that clips its last line, "Otra", loses printed text), and the box's padding."""
    per_line = (BOX_WIDTH_PT - BOX_PADDING_PT) / (design.body_size * 0.6)
    count = sum(-(-max(len(line), 1) // int(per_line)) for line in lines)
    spaces = len(lines) * design.paragraph_space
    return count * design.body_size * 1.5 + spaces + BOX_PADDING_PT + design.body_size


def text_box_run(design, content: str, lines: Sequence[str], n: int) -> str:
    """A run holding a text box whose `content` is block XML (paragraphs) printing `lines`, sized to
    hold them: floating at the right margin or inline; DrawingML with its VML copy, or VML alone.
    A floating box lets body text wrap around it (square); beside a table structure (tables do not
    wrap around it in LibreOffice) it stands on lines of its own (top and bottom)."""
    floating = design.municipality_place != "inline_textbox"
    w, h = BOX_WIDTH_PT, box_height(design, lines)
    square = design.structure == "body"
    box = f"<w:txbxContent>{content}</w:txbxContent>"
    position = (
        "position:absolute;margin-left:0;margin-top:0;mso-position-horizontal:right;"
        "mso-position-horizontal-relative:margin;mso-position-vertical-relative:paragraph;"
        if floating
        else ""
    )
    vml = (
        f'<w:pict><v:shape id="tb{n}" o:spid="_x0000_s{1025 + n}" type="#_x0000_t202" '
        f'style="{position}width:{w}pt;height:{h}pt;z-index:{n}" fillcolor="#EEF3FA" strokecolor="#1B3A6B">'
        f"<v:textbox>{box}</v:textbox>{(WRAP if square else WRAP_LINES) if floating else ''}</v:shape></w:pict>"
    )
    if design.textbox_kind == "vml":
        return f"<w:r {_NS}>{vml}</w:r>"
    cx, cy = int(w * EMU_PER_PT), int(h * EMU_PER_PT)
    shape = (
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="EEF3FA"/>'
        '</a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="1B3A6B"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx>{box}</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" '
        'rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        "</a:graphicData></a:graphic>"
    )
    frame = f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
    doc_pr = f'<wp:docPr id="{n}" name="Cuadro de texto {n}"/><wp:cNvGraphicFramePr/>'
    wrap = '<wp:wrapSquare wrapText="bothSides"/>' if square else "<wp:wrapTopAndBottom/>"
    if floating:
        drawing = (
            f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
            f'relativeHeight="{251658240 + n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align>'
            '</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset>'
            f"</wp:positionV>{frame}{wrap}{doc_pr}{shape}</wp:anchor>"
        )
    else:
        drawing = f'<wp:inline distT="0" distB="0" distL="0" distR="0">{frame}{doc_pr}{shape}</wp:inline>'
    return (
        f'<w:r {_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{drawing}</w:drawing>'
        f"</mc:Choice><mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>"
    )


# --- a document ------------------------------------------------------------------------------


class Writer:
    """Writes fichas into one python-docx document in a design."""

    def __init__(self, design):
        self.d = design
        self.b = DocBuilder()
        self.boxes = 0
        style = self.b.doc.styles["Normal"]
        style.font.name = design.font
        style.font.size = Pt(design.body_size)
        style.paragraph_format.space_after = Pt(design.paragraph_space)
        style.element.rPr.rFonts.set(qn("w:eastAsia"), design.font)

    @property
    def doc(self):
        return self.b.doc

    def heading_text(self, key: str) -> str:
        text = HEADINGS[key]
        if self.d.heading_caps:
            text = text.upper()
        return text + (":" if self.d.heading_colon else "")

    # block XML of the parts that may stand in a text box or a cell
    def heading_xml(self, key: str) -> str:
        if self.d.heading_style == "heading_style":
            return f'<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>{run(self.heading_text(key))}</w:p>'
        return paragraph(run(self.heading_text(key), bold=True))

    def category_lines_xml(self, ficha: Ficha) -> str:
        return "".join(
            paragraph(box_xml(self.d, checked) + text_run(f" {_escape(label)}"))
            for label, checked in ficha.category_rows()
        )

    def municipality_xml(self, ficha: Ficha) -> str:
        return paragraph(run(label_text(self.d, ficha), bold=True))

    # python-docx blocks in a container (the document body, or a table cell)
    def add_xml(self, container, xml: str) -> None:
        """Append block XML to the body (before its section properties) or to a cell."""
        if container is self.doc:
            body = self.doc.element.body
            section = body.find(qn("w:sectPr"))
            for el in elements(xml):
                section.addprevious(el) if section is not None else body.append(el)
        else:
            for el in elements(xml):
                container._tc.append(el)

    def add_heading(self, container, key: str) -> None:
        self.add_xml(container, self.heading_xml(key))

    def add_paragraphs(self, container, text: str | None) -> None:
        for part in (text or "").split("\n\n"):
            if part:
                self.add_xml(container, paragraph(run(part)))

    def add_categories(self, container, ficha: Ficha) -> None:
        if self.d.category_form == "lines":
            self.add_xml(container, self.category_lines_xml(ficha))
            return
        rows = ficha.category_rows()
        table = (
            container.add_table(rows=len(rows), cols=2)
            if container is not self.doc
            else self.doc.add_table(rows=len(rows), cols=2)
        )
        for r, (label, checked) in enumerate(rows):
            put_xml(table.cell(r, 0), box_xml(self.d, checked))
            table.cell(r, 1).text = label
        table.style = self.doc.styles["Table Grid"]

    def month_layout(self) -> list[list[int]]:
        """The months of each printed row of the display (names inside the cells), row by row: one row
        of twelve, one column (twelve rows of one) or a grid read row by row."""
        d = self.d
        if d.month_shape == "line":
            return [list(range(1, 13))] if d.month_orientation == "across" else [[m] for m in range(1, 13)]
        rows, cols = GRID_SHAPES[d.month_shape]
        return [[r * cols + c + 1 for c in range(cols)] for r in range(rows)]

    def add_months(self, container, ficha: Ficha) -> None:
        """The month display: `month_layout`'s rows, each of names over a row of mark cells (a column
        of twelve: names left of their marks), or of cells holding the names; the active months told
        apart as `month_active` says."""
        d = self.d
        active = ficha.record["fechas_implementacion"]["meses"]
        if not active and not d.empty_month_table:
            return
        names = {"full": MONTHS, "short": [m[:3] for m in MONTHS], "letter": [m[0] for m in MONTHS]}[d.month_header]
        layout = self.month_layout()
        column = d.month_shape == "line" and d.month_orientation == "down"
        above = d.month_name_place == "above"
        n_rows, n_cols = len(layout), len(layout[0])
        if above:
            n_rows, n_cols = (n_rows, 2) if column else (2 * n_rows, n_cols)
        table = (container if container is not self.doc else self.doc).add_table(rows=n_rows, cols=n_cols)
        table.style = self.doc.styles["Table Grid"]
        for r, months in enumerate(layout):
            for c, m in enumerate(months):
                on = m in active
                if not above:
                    self.month_cell(table.cell(r, c), names[m - 1], on, inside=True)
                    continue
                name_cell, mark_cell = (
                    (table.cell(r, 0), table.cell(r, 1)) if column else (table.cell(2 * r, c), table.cell(2 * r + 1, c))
                )
                name_cell.text = names[m - 1]
                self.month_cell(mark_cell, "", on, inside=False)
        if container is not self.doc:  # a paragraph after a nested table, as Word keeps one in a cell
            container.add_paragraph()

    def month_cell(self, cell, name: str, on: bool, inside: bool) -> None:
        """A month's cell: its name (inside) and how it shows the month active or not."""
        d, how = self.d, self.d.month_active
        props = ""
        if (how == "marking" and d.month_marking == "shading") or how == "fill":
            props = shading(FILL if how == "marking" else ACCENT) if on else ""
        elif how == "colour" and not inside:
            props = shading(ACCENT) if on else ""
        elif how == "inactive_grey" and not inside:
            props = shading(LIGHT_GREY) if not on else ""
        elif how == "inactive_struck" and not inside:
            props = DIAGONAL if not on else ""
        if props:
            cell._tc.get_or_add_tcPr().append(elements(props)[0])
        style = {
            "colour": f'<w:color w:val="{ACCENT}"/>' if on else "",
            "weight": "<w:b/>" if on else "",
            "inactive_grey": f'<w:color w:val="{GREY}"/>' if not on else "",
            "inactive_struck": "<w:strike/>" if not on else "",
        }.get(how, "")
        runs = f'<w:r><w:rPr>{style}</w:rPr><w:t xml:space="preserve">{_escape(name)}</w:t></w:r>' if name else ""
        mark = ""
        if how == "marking":
            mark = {
                "x": text_run("X") if on else "",
                "glyph": glyph_box(on),
                "w14": w14_box(on),
            }.get(d.month_marking, "")
        elif how == "weight" and not inside and on:
            mark = text_run("✓")
        if runs and mark:
            runs += text_run(" ")
        put_xml(cell, runs + mark)

    def add_sello(self, container, ficha: Ficha) -> None:
        d = self.d
        if d.sello_lead_in:
            self.add_xml(container, paragraph(run(SELLO_LEAD_IN)))
        if d.sello_form == "table":
            table = (container if container is not self.doc else self.doc).add_table(
                rows=len(ficha.sello_lines), cols=2
            )
            table.style = self.doc.styles["Table Grid"]
            for r, (name, justification) in enumerate(ficha.sello_lines):
                table.cell(r, 0).paragraphs[0].add_run(name).bold = d.sello_name_bold or None
                table.cell(r, 1).text = justification
            if container is not self.doc:
                container.add_paragraph()
            return
        for name, justification in ficha.sello_lines:
            style = '<w:pPr><w:pStyle w:val="ListBullet"/></w:pPr>' if d.sello_form == "bullets" else ""
            self.add_xml(container, f"<w:p>{style}{run(name, bold=d.sello_name_bold)}{run(', ' + justification)}</w:p>")

    def section_body(self, container, ficha: Ficha, key: str) -> None:
        record = ficha.record
        if key == "oficinas":
            self.add_paragraphs(container, ficha.offices)
        elif key == "categorias":
            self.add_categories(container, ficha)
        elif key == "fechas_implementacion":
            self.add_months(container, ficha)
            self.add_paragraphs(container, record["fechas_implementacion"]["texto"])
        elif key == "forma_financiamiento":
            self.add_paragraphs(container, record["forma_financiamiento"]["texto"])
        elif key == "lineas_sello":
            self.add_sello(container, ficha)
        else:
            self.add_paragraphs(container, record[key])

    # the head: title, municipality, text box
    def box_content(self, ficha: Ficha) -> tuple[str, list[str]]:
        """What the ficha's text box holds, the municipality and/or the category checklist (lines):
        its block XML and its paragraphs' text."""
        d = self.d
        content, lines = "", []
        if d.municipality_place in ("floating_textbox", "inline_textbox"):
            content += self.municipality_xml(ficha)
            lines.append(label_text(d, ficha))
        if d.categories_place == "textbox":
            content += self.heading_xml("categorias") + self.category_lines_xml(ficha)
            lines += [self.heading_text("categorias")] + [f"xx {label}" for label, _ in ficha.category_rows()]
        return content, lines

    def head(self, ficha: Ficha) -> None:
        """The title, the municipality (paragraph, table cell or text box) and the text box, anchored in
        the title's paragraph or in an empty paragraph of its own after it."""
        d = self.d
        title = ficha.record["titulo"]
        content, lines = self.box_content(ficha)
        self.boxes += 1
        box = text_box_run(d, content, lines, self.boxes) if content else ""
        # LibreOffice draws a VML box anchored in the title, and an inline box's text, over the title's
        # text (it keeps no wrap for the anchor's own lines); a floating box anchored in a title set in
        # a table cell it places from the page's margin, not the cell's (Word lays it out in the cell),
        # its frame apart from its text, over the next cell's municipality and between the title's
        # lines: text printed over text is no layout a designer ships, so such a box stands in a
        # paragraph of its own
        own_paragraph = (
            d.textbox_anchor == "own_paragraph"
            or d.textbox_kind == "vml"
            or d.municipality_place in ("inline_textbox", "table_cell")
        )
        in_title = "" if own_paragraph else box
        if d.municipality_place == "table_cell":
            table = self.doc.add_table(rows=1, cols=2)
            for column, share in zip(table.columns, TITLE_CELL_SHARES, strict=True):
                width = Pt(TEXT_WIDTH_PT * share)
                column.width = width
                for cell in column.cells:
                    cell.width = width
            title_paragraph = table.cell(0, 0).paragraphs[0]
            title_paragraph.style = self.doc.styles["Title"]
            title_paragraph.add_run(title)
            for el in elements(in_title):
                title_paragraph._p.append(el)
            table.cell(0, 1).paragraphs[0].add_run(label_text(d, ficha)).bold = True
        else:
            self.add_xml(self.doc, f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>{run(title)}{in_title}</w:p>')
        if box and own_paragraph:
            self.add_xml(self.doc, f"<w:p>{box}</w:p>")
        if d.municipality_place == "paragraph":
            self.add_xml(self.doc, self.municipality_xml(ficha))

    def sections(self, ficha: Ficha) -> list[str]:
        keys = list(HEADINGS)
        if self.d.categories_place == "textbox":
            keys.remove("categorias")
        return keys

    def ficha(self, ficha: Ficha, first: bool) -> None:
        d = self.d
        if not first:
            p = self.doc.add_paragraph()
            if d.page_break_between:
                p.add_run().add_break(WD_BREAK.PAGE)
        self.head(ficha)
        keys = self.sections(ficha)
        if d.structure == "body":
            for key in keys:
                self.add_heading(self.doc, key)
                self.section_body(self.doc, ficha, key)
        elif d.structure == "form_table":
            table = self.doc.add_table(rows=len(keys), cols=2)
            table.style = self.doc.styles["Table Grid"]
            for r, key in enumerate(keys):
                label, value = table.cell(r, 0), table.cell(r, 1)
                label._tc.remove(label.paragraphs[0]._p)
                self.add_heading(label, key)
                value._tc.remove(value.paragraphs[0]._p)
                self.section_body(value, ficha, key)
                if (not value.paragraphs and not value.tables) or value._tc[-1].tag != qn("w:p"):
                    value.add_paragraph()
        else:  # nested tables: one outer cell per section, its heading and body inside
            table = self.doc.add_table(rows=len(keys), cols=1)
            table.style = self.doc.styles["Table Grid"]
            for r, key in enumerate(keys):
                cell = table.cell(r, 0)
                cell._tc.remove(cell.paragraphs[0]._p)
                self.add_heading(cell, key)
                self.section_body(cell, ficha, key)
                if cell._tc[-1].tag != qn("w:p"):
                    cell.add_paragraph()
        self.doc.add_paragraph()


def write_document(path: Path, design, fichas: Sequence[Ficha]) -> dict[str, str]:
    """Write the fichas as one .docx in `design`; returns per ficha id its municipality label as printed."""
    writer = Writer(design)
    body = writer.doc.element.body
    for p in list(body.iterchildren(qn("w:p"))):  # python-docx's template starts empty; keep it so
        body.remove(p)
    for n, ficha in enumerate(fichas):
        writer.ficha(ficha, n == 0)
    writer.doc.save(path)
    return {f.id: label_text(design, f) for f in fichas}


SOFFICE_COMMANDS = ("soffice", "libreoffice")
MISSING = (
    "soffice is not on PATH: the Word harness exports PDFs with LibreOffice "
    "(apt-get install libreoffice-writer-nogui fonts-dejavu-core fonts-liberation2)"
)


def tool() -> str | None:
    return next(filter(None, map(shutil.which, SOFFICE_COMMANDS)), None)


def export_pdfs(paths: Sequence[Path], folder: Path) -> None:
    """Convert each .docx to a PDF of the same name in `folder` with one headless LibreOffice start
    (a profile of its own, so runs can go in parallel). Raises RuntimeError when soffice is missing."""
    soffice = tool()
    if soffice is None:
        raise RuntimeError(MISSING)
    profile = Path(folder) / ".soffice-profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.resolve().as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *map(str, paths),
        ],
        capture_output=True,
        text=True,
        timeout=60 + 20 * len(paths),
    )
    shutil.rmtree(profile, ignore_errors=True)
