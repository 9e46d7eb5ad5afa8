"""Draw fichas as a PDF in a `Design`: a small flow layout over the `Sheet` canvas (top-down points).

`draw_document(path, design, fichas)` returns, per ficha id, the 1-based pages it
was drawn on, and the municipality label as printed: what a reader must give.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth

from ..docx_builders import HEADINGS
from ..pdf_builders import BOX_STYLES, MonthTable, _month_header, _runs, month_table
from ..pdf_canvas import SYMBOLS, WINGDINGS, Sheet
from .content import SELLO_LEAD_IN, Ficha
from .design import Design

MARGIN = 50.0
TOP, BOTTOM = 64.0, 842.0 - 64.0
GUTTER = 22.0
ACCENT = "E07A5F"
INK = "3B2470"
PALE = "EEF0F8"
BOLD_OF = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}

# checkbox style -> (draw checked, draw unchecked); each draws a 10 pt box at (x, top)
_BOX = 10.0


def _glyph(char: str, font: str):
    return lambda sheet, x, top: sheet.text(x, top - 0.5, char, size=11, font=font)


CHECKBOXES = {
    "glyph_ballot": (_glyph("☒", SYMBOLS), _glyph("☐", SYMBOLS)),
    "glyph_check": (_glyph("☑", SYMBOLS), _glyph("☐", SYMBOLS)),
    "wingdings": (_glyph("\uf0fe", WINGDINGS), _glyph("\uf0a8", WINGDINGS)),
    "zapf": (BOX_STYLES["zapf_check"], BOX_STYLES["empty"]),
    "vector_tick": (BOX_STYLES["tick_path"], BOX_STYLES["empty"]),
    "tick_curve": (BOX_STYLES["tick_curve"], BOX_STYLES["empty_rounded"]),
    "crossed_lines": (BOX_STYLES["x_lines"], BOX_STYLES["empty"]),
    "fill": (BOX_STYLES["inner_fill"], BOX_STYLES["empty"]),
}


def wrap(text: str, font: str, size: float, width: float, bold_words: int = 0, bold: str = "") -> list[str]:
    """Greedy line breaking at spaces (a word longer than the line stands alone); the first
    `bold_words` words are measured in the `bold` font, as they are drawn (a layout engine wraps
    with the fonts it sets, so a justified line never needs less than a space between words)."""
    lines: list[list[tuple[str, str]]] = []
    for n, word in enumerate(text.split()):
        run = (word, bold if n < bold_words else font)
        if lines and _run_width([*lines[-1], run], size) <= width:
            lines[-1].append(run)
        else:
            lines.append([run])
    return [" ".join(w for w, _ in line) for line in lines]


def _run_width(runs: list[tuple[str, str]], size: float) -> float:
    """Width of words (each in its font) set with one space of its font after each but the last."""
    return sum(stringWidth(w, f, size) for w, f in runs) + sum(stringWidth(" ", f, size) for _, f in runs[:-1])


@dataclass
class Drawn:
    """What a drawn document holds: per ficha id its pages and its municipality label as printed."""

    pages: dict[str, list[int]] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)


class Flow:
    """A cursor over columns and pages: `room(h)` moves on to the next column or page when `h` does not fit."""

    def __init__(self, sheet: Sheet, design: Design):
        self.sheet, self.design = sheet, design
        self.page = 0
        self.columns: list[tuple[float, float]] = [(MARGIN, sheet.width - 2 * MARGIN)]
        self.col = 0
        self.y = TOP
        self.columns_top = TOP

    @property
    def x(self) -> float:
        return self.columns[self.col][0]

    @property
    def width(self) -> float:
        return self.columns[self.col][1]

    def new_page(self) -> None:
        if self.page:
            self.sheet.next_page()
        self.page += 1
        self._decorate()
        self.col, self.y, self.columns_top = 0, TOP, TOP

    def set_columns(self, n: int) -> None:
        """Set the text in `n` columns from the cursor down (called where one column ends)."""
        full = self.sheet.width - 2 * MARGIN
        if n == 1:
            self.columns = [(MARGIN, full)]
        else:
            w = (full - GUTTER) / 2
            self.columns = [(MARGIN, w), (MARGIN + w + GUTTER, w)]
        self.col, self.columns_top = 0, self.y

    def room(self, h: float) -> None:
        if self.y + h <= BOTTOM:
            return
        if self.col + 1 < len(self.columns):
            self.col += 1
            self.y = self.columns_top
        else:
            self.new_page()

    def advance(self, h: float) -> None:
        self.y += h

    def _decorate(self) -> None:
        d, sheet = self.design, self.sheet
        if d.running_header:
            sheet.canvas.setFillColorRGB(0.45, 0.35, 0.65)
            sheet.text(MARGIN, 30, "Sello Migrante · Fichas de Buenas Prácticas Municipales", 7.5)
            sheet.canvas.setFillGray(0)
            sheet.line(MARGIN, 44, sheet.width - MARGIN, 44, width=0.4)
        if d.page_numbers != "none":
            label = f"Página {self.page}" if d.page_numbers == "pagina" else str(self.page)
            sheet.text(sheet.width - MARGIN - stringWidth(label, "Helvetica", 8), 842 - 40, label, 8)
        if d.corner_shape:
            sheet.rect(sheet.width - 38, 0, 38, 38, stroke=False, fill=ACCENT)
            sheet.rect(0, 842 - 22, sheet.width * 0.4, 6, stroke=False, fill=INK)


class Renderer:
    def __init__(self, sheet: Sheet, design: Design):
        self.sheet, self.d = sheet, design
        self.flow = Flow(sheet, design)
        self.body = design.body_font
        self.bold = BOLD_OF[design.body_font]
        self.size = design.body_size
        self.lead = design.body_size * design.leading
        self.field_count = 0

    # --- text ---------------------------------------------------------------

    def line(self, x: float, top: float, words: list[str], font: str, size: float, width: float, justify: bool) -> None:
        text = " ".join(words)
        if not justify or len(words) < 2:
            self.sheet.text(x, top, text, size, font)
            return
        natural = sum(stringWidth(w, font, size) for w in words)
        gap = (width - natural) / (len(words) - 1)
        for word in words:
            self.sheet.text(x, top, word, size, font)
            x += stringWidth(word, font, size) + gap

    def paragraph(self, text: str, indent: float = 0.0, bold_words: int = 0, first_indent: float = 0.0) -> None:
        """Flow one paragraph (wrapped to the column, justified by design) from the cursor;
        its first `bold_words` words in bold (a Sello line's name)."""
        flow = self.flow
        lines = wrap(text, self.body, self.size, flow.width - indent - first_indent, bold_words, self.bold)
        if first_indent and len(lines) > 1:  # re-wrap the rest to the full width
            left = max(0, bold_words - len(lines[0].split()))
            rest = wrap(" ".join(lines[1:]), self.body, self.size, flow.width - indent, left, self.bold)
            lines = lines[:1] + rest
        for n, line in enumerate(lines):
            # A paragraph break by space alone cannot show at the top of a column or page: a line
            # inside a paragraph that ends a sentence is not set last in its column (the next line
            # goes with it), else the break would be undecidable on the page.
            ends_sentence = self.d.paragraph_break == "space" and n < len(lines) - 1 and line.endswith(".")
            flow.room(self.lead * (2 if ends_sentence else 1))
            x = flow.x + indent + (first_indent if n == 0 else 0)
            width = flow.width - indent - (first_indent if n == 0 else 0)
            words = line.split()
            justify = self.d.justified and n < len(lines) - 1
            if bold_words > 0:  # the lead words (a Sello line's name) in bold, the rest in the body font
                head, words = words[:bold_words], words[bold_words:]
                bold_words -= len(head)
                self.sheet.text(x, flow.y, " ".join(head), self.size, self.bold)
                shift = stringWidth(" ".join(head) + " ", self.bold, self.size)
                if words:
                    self.line(x + shift, flow.y, words, self.body, self.size, width - shift, justify)
            else:
                self.line(x, flow.y, words, self.body, self.size, width, justify)
            flow.advance(self.lead)

    def heading(self, key: str) -> None:
        d, flow = self.d, self.flow
        self.field_count += 1
        text = HEADINGS[key]
        if d.heading_caps:
            text = text.upper()
        if d.heading_colon:
            text += ":"
        if d.heading_mark == "numbered":
            text = f"{self.field_count}. {text}"
        size = self.size + d.heading_size_delta + (0 if d.heading_bold else 1.5)
        font = self.bold if d.heading_bold else self.body
        indent = size * 1.1 if d.heading_mark == "accent" else 0.0
        pad = 4.0 if d.heading_mark == "band" else 0.0
        lines = wrap(text, font, size, flow.width - indent - 2 * pad)
        height = len(lines) * size * 1.2 + 2 * pad
        flow.room(height + 2 * self.lead + 6)
        top = flow.y
        if d.heading_mark == "band":
            self.sheet.rect(flow.x, top, flow.width, height, stroke=False, fill="DCE6F5")
        if d.heading_mark == "accent":
            self.sheet.rect(flow.x, top + size * 0.2, size * 0.6, size * 0.6, stroke=False, fill=ACCENT)
        if not d.heading_bold:
            self.sheet.canvas.setFillColorRGB(0.23, 0.14, 0.44)
        for n, line in enumerate(lines):
            self.sheet.text(flow.x + indent + pad, top + pad + n * size * 1.2, line, size, font)
        self.sheet.canvas.setFillGray(0)
        flow.advance(height + 3)
        if d.heading_mark == "rule":
            self.sheet.line(flow.x, flow.y, flow.x + flow.width, flow.y, width=0.6)
            flow.advance(3)

    def gap(self, h: float | None = None) -> None:
        self.flow.advance(self.lead * 0.8 if h is None else h)

    # --- the head: municipality and title -------------------------------------

    def label_text(self, ficha: Ficha) -> str:
        return self.d.municipality_form.format(comuna=ficha.comuna, COMUNA=ficha.comuna.upper())

    def municipality(self, ficha: Ficha, x: float, top: float, width: float) -> float:
        """Draw the municipality label; returns its bottom."""
        d, text = self.d, self.label_text(ficha)
        size = self.size + 0.5
        w = stringWidth(text, self.bold, size)
        if d.municipality_frame == "pill":
            self.sheet.rect(x, top, w + 16, size + 9, radius=(size + 9) / 2)
            self.sheet.text(x + 8, top + 4.5, text, size, self.bold)
            return top + size + 9
        if d.municipality_frame == "band":
            self.sheet.rect(x, top, width, size + 12, stroke=False, fill=INK)
            self.sheet.canvas.setFillGray(1)
            self.sheet.text(x + 8, top + 6, text, size, self.bold)
            self.sheet.canvas.setFillGray(0)
            return top + size + 12
        if d.municipality_frame == "box":
            self.sheet.rect(x, top, min(width, w + 24), size + 18, stroke=False, fill=PALE, radius=6)
            self.sheet.text(x + 12, top + 9, text, size, self.bold)
            return top + size + 18
        self.sheet.text(x, top, text, size, self.bold)
        return top + size

    def title(self, ficha: Ficha, x: float, top: float, width: float) -> float:
        size = self.d.title_size
        lines = wrap(ficha.record["titulo"], self.bold, size, width)
        self.sheet.canvas.setFillColorRGB(0.23, 0.14, 0.44)
        for n, line in enumerate(lines):
            self.sheet.text(x, top + n * size * 1.15, line, size, self.bold)
        self.sheet.canvas.setFillGray(0)
        return top + len(lines) * size * 1.15

    def head(self, ficha: Ficha) -> None:
        flow, d = self.flow, self.d
        x, width = flow.x, flow.width
        if d.municipality_position == "before":
            bottom = self.municipality(ficha, x, flow.y, width) + 10
            bottom = self.title(ficha, x, bottom, width)
        elif d.municipality_position == "after":
            bottom = self.title(ficha, x, flow.y, width) + 8
            bottom = self.municipality(ficha, x, bottom, width)
        else:  # beside: the title on the left, the label on the right, level with it
            label_w = min(width * 0.36, stringWidth(self.label_text(ficha), self.bold, self.size + 0.5) + 26)
            bottom = self.title(ficha, x, flow.y, width - label_w - 16)
            bottom = max(bottom, self.municipality(ficha, x + width - label_w, flow.y, label_w))
        flow.y = bottom
        flow.advance(self.lead * 1.6)

    # --- sections ------------------------------------------------------------

    def text_section(self, key: str, text: str | None) -> None:
        self.heading(key)
        if text:
            self.paragraph(text)
        self.gap()

    def categories(self, ficha: Ficha) -> None:
        self.heading("categorias")
        flow, d = self.flow, self.d
        rows = ficha.category_rows()
        per_row = d.category_columns
        col_w = flow.width / per_row
        row_h = max(self.size * 1.9, 16.0)
        flow.room(row_h * -(-len(rows) // per_row))
        checked_style, empty_style = CHECKBOXES.get(d.checkbox, (None, None))
        for n, (label, checked) in enumerate(rows):
            x, top = flow.x + (n % per_row) * col_w, flow.y + (n // per_row) * row_h
            if d.checkbox == "acroform":
                self.sheet.canvas.acroForm.checkbox(
                    name=f"cat{self.sheet.canvas.getPageNumber()}_{flow.y:.0f}_{n}",
                    tooltip=label,
                    x=x,
                    y=self.sheet.height - top - _BOX,
                    size=_BOX,
                    checked=checked,
                    buttonStyle="check",
                    borderWidth=1,
                )
            else:
                (checked_style if checked else empty_style)(self.sheet, x, top)
            self.sheet.text(x + _BOX + 5, top + 0.5, label, self.size, self.body)
        flow.advance(row_h * -(-len(rows) // per_row))
        self.gap()

    def months(self, ficha: Ficha) -> None:
        self.heading("fechas_implementacion")
        flow, d = self.flow, self.d
        dates = ficha.record["fechas_implementacion"]
        active = dates["meses"]
        if active or d.empty_month_table:
            flow.room(50)
            marking = "bar" if d.month_marking == "rounded_bar" else d.month_marking
            # One merged cell over the whole year leaves no column rule in an unruled table: a mark at
            # its start is then a January mark on the page (undecidable; the pipeline says
            # `meses_inconsistentes`). A designer who merges cells prints the grid they merge: the
            # header's column boxes.
            whole_year = marking == "merged" and len(active) == 12
            table = MonthTable(
                header=d.month_header,
                marking=marking,
                active=active,
                x=flow.x,
                top=flow.y,
                col=flow.width / 12,
                header_fill=d.month_header_fill or whole_year,
            )
            bottom = self._rounded_bars(table) if d.month_marking == "rounded_bar" else month_table(self.sheet, table)
            flow.y = bottom
            flow.advance(self.lead * 0.6)
        if dates["texto"]:
            self.paragraph(dates["texto"])
        self.gap()

    def _rounded_bars(self, table: MonthTable) -> float:
        """One-letter or named headers over a pale row; a rounded bar across each run of active months."""
        _month_header(self.sheet, table)
        body_top = table.top + table.header_h
        self.sheet.rect(table.x, body_top, 12 * table.col, table.body_h, stroke=False, fill=PALE)
        bar_h = table.body_h * 0.5
        for first, last in _runs(table.active):
            self.sheet.rect(
                table.edge(first) + 3,
                body_top + (table.body_h - bar_h) / 2,
                (last - first + 1) * table.col - 6,
                bar_h,
                stroke=False,
                fill="6A4C9C",
                radius=bar_h / 2,
            )
        return body_top + table.body_h

    def funding(self, ficha: Ficha) -> None:
        financing = ficha.record["forma_financiamiento"]["texto"]
        sustainability = ficha.record["sostenibilidad"]
        if self.d.funding_layout == "stacked":
            self.text_section("forma_financiamiento", financing)
            self.text_section("sostenibilidad", sustainability)
            return
        flow = self.flow
        full_x, full_w = flow.x, flow.width
        w = (full_w - GUTTER) / 2
        heading_h = 2 * 1.2 * (self.size + 4.5) + 10  # room for a heading wrapped on two lines
        heights = [
            len(wrap(t or "", self.body, self.size, w - 20)) * self.lead + heading_h + 20
            for t in (financing, sustainability)
        ]
        flow.room(max(heights) + 10)
        top = flow.y
        for n, (key, text) in enumerate((("forma_financiamiento", financing), ("sostenibilidad", sustainability))):
            x = full_x + n * (w + GUTTER)
            self.sheet.rect(x, top, w, max(heights), radius=8, fill=None, line_width=0.6)
            flow.columns, flow.col, flow.y = [(x + 10, w - 20)], 0, top + 10
            self.heading(key)
            if text:
                self.paragraph(text)
        flow.columns, flow.col = [(full_x, full_w)], 0
        flow.y = top + max(heights)
        flow.advance(self.lead)

    def description(self, ficha: Ficha) -> None:
        self.heading("descripcion")
        indent = self.size * 1.5 if self.d.paragraph_break == "indent" else 0.0
        for n, paragraph in enumerate(ficha.paragraphs):
            self.paragraph(paragraph, first_indent=indent if n else 0.0)
            if self.d.paragraph_break == "space":
                self.gap(self.lead * 0.6)
        self.gap()

    def sello(self, ficha: Ficha) -> None:
        d, flow = self.d, self.flow
        self.heading("lineas_sello")
        if d.sello_lead_in:
            self.paragraph(SELLO_LEAD_IN)
            self.gap(self.lead * 0.4)
        for name, justification in ficha.sello_lines:
            text = f"{name}, {justification}"
            bold_words = len(name.split()) if d.sello_name_bold else 0
            if d.sello_style == "paragraph":
                self.paragraph(text, bold_words=bold_words)
            else:
                flow.room(self.lead)
                marker_top = flow.y
                indent = self.size * 1.3
                if d.sello_style == "bullet_dot":
                    r = self.size * 0.18
                    self.sheet.canvas.setFillColorRGB(0.88, 0.48, 0.37)
                    self.sheet.canvas.circle(
                        flow.x + r + 1, self.sheet.height - marker_top - self.size * 0.45, r, stroke=0, fill=1
                    )
                    self.sheet.canvas.setFillGray(0)
                elif d.sello_style == "bullet_square":
                    s = self.size * 0.4
                    self.sheet.rect(flow.x + 1, marker_top + self.size * 0.25, s, s, stroke=False, fill=ACCENT)
                else:
                    self.sheet.text(flow.x, marker_top, "–", self.size, self.body)
                self.paragraph(text, indent=indent, bold_words=bold_words)
            self.gap(self.lead * 0.5)

    # --- a ficha ---------------------------------------------------------------

    def ficha(self, ficha: Ficha) -> list[int]:
        """Draw one ficha from a new page; returns its pages."""
        flow = self.flow
        flow.set_columns(1)
        flow.new_page()
        first = flow.page
        self.field_count = 0
        self.head(ficha)
        self.text_section("oficinas", ficha.offices)
        self.text_section("grupo_prioritario", ficha.record["grupo_prioritario"])
        self.categories(ficha)
        self.months(ficha)
        self.funding(ficha)
        if self.d.text_new_page:
            flow.new_page()
        flow.set_columns(self.d.columns)
        self.description(ficha)
        self.text_section("elemento_innovador", ficha.record["elemento_innovador"])
        self.sello(ficha)
        return list(range(first, flow.page + 1))

    def cover(self) -> None:
        self.flow.new_page()
        self.sheet.rect(0, 0, self.sheet.width, 300, stroke=False, fill=INK)
        self.sheet.canvas.setFillGray(1)
        self.sheet.text(60, 150, "FICHAS", 48, self.bold)
        self.sheet.canvas.setFillGray(0)
        self.sheet.lines(60, 360, ["Buenas prácticas municipales", "Sello Migrante"], size=22, font=self.body)


def draw_document(path: Path, design: Design, fichas: Sequence[Ficha]) -> Drawn:
    """Write the fichas as one PDF in `design`; returns the pages and labels each ficha was drawn with."""
    sheet = Sheet(path)
    renderer = Renderer(sheet, design)
    drawn = Drawn()
    if design.cover:
        renderer.cover()
    for ficha in fichas:
        drawn.pages[ficha.id] = renderer.ficha(ficha)
        drawn.labels[ficha.id] = renderer.label_text(ficha)
    sheet.save()
    return drawn
