"""Small PDFs built with reportlab, each holding one checkbox encoding, month-table style or layout.

Each function writes one kind of document to `path`; `Sheet` (pdf_canvas)
does the drawing, top-down in points as pdfplumber reports positions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

from .docx_builders import MONTHS
from .pdf_canvas import BODY, BOLD, OPENSYMBOL, SYMBOLS, ZAPF, Sheet

MONTHS_FULL = MONTHS  # the template's month names, as printed
MONTHS_SHORT = [m[:3] for m in MONTHS_FULL]
MONTHS_LETTER = list("EFMAMJJASOND")
MONTH_HEADERS = {"full": MONTHS_FULL, "short": MONTHS_SHORT, "letter": MONTHS_LETTER}


# --- checkboxes ----------------------------------------------------------------

BOX = 10.0


def _glyph_in_box(char: str, font: str, rounded: bool = False):
    def draw(sheet: Sheet, x: float, top: float) -> None:
        sheet.rect(x, top, BOX, BOX, radius=2.5 if rounded else 0)
        sheet.text(x + 1.5, top + 1.5, char, size=BOX - 2, font=font)

    return draw


def _x_of_lines(sheet: Sheet, x: float, top: float) -> None:
    sheet.rect(x, top, BOX, BOX)
    sheet.line(x + 2, top + 2, x + BOX - 2, top + BOX - 2)
    sheet.line(x + 2, top + BOX - 2, x + BOX - 2, top + 2)


def _tick_path(sheet: Sheet, x: float, top: float) -> None:
    sheet.rect(x, top, BOX, BOX)
    sheet.polyline([(x + 2, top + 5), (x + 4, top + 8), (x + 8.5, top + 1.5)])


def _tick_curve(sheet: Sheet, x: float, top: float) -> None:
    sheet.rect(x, top, BOX, BOX, radius=2.5)
    sheet.bezier((x + 2, top + 5), (x + 3, top + 7), (x + 4, top + 8.5), (x + 8.5, top + 1.5))


def _inner_fill(sheet: Sheet, x: float, top: float) -> None:
    sheet.rect(x, top, BOX, BOX)
    sheet.rect(x + 2, top + 2, BOX - 4, BOX - 4, stroke=False, fill=0.1)


BOX_STYLES: dict[str, Callable[[Sheet, float, float], None]] = {
    "empty": lambda s, x, t: s.rect(x, t, BOX, BOX),
    "empty_rounded": lambda s, x, t: s.rect(x, t, BOX, BOX, radius=2.5),
    "empty_light_fill": lambda s, x, t: s.rect(x, t, BOX, BOX, fill=0.92),
    "check": _glyph_in_box("✓", SYMBOLS),
    "heavy_check": _glyph_in_box("✔", SYMBOLS),
    "checked_box": _glyph_in_box("☑", SYMBOLS),
    "crossed_box": _glyph_in_box("☒", SYMBOLS),
    "ballot_x": _glyph_in_box("✗", SYMBOLS),
    "letter_x": _glyph_in_box("X", BODY),
    "zapf_check": _glyph_in_box("✔", ZAPF),
    "rounded_check": _glyph_in_box("✔", SYMBOLS, rounded=True),
    "x_lines": _x_of_lines,
    "tick_path": _tick_path,
    "tick_curve": _tick_curve,
    "inner_fill": _inner_fill,
    "solid": lambda s, x, t: s.rect(x, t, BOX, BOX, fill=0.15),
    "solid_borderless": lambda s, x, t: s.rect(x, t, BOX, BOX, stroke=False, fill=0.15),
}


def drawn_checkbox_list(path: Path, entries: Sequence[tuple[str, str]]) -> None:
    """One drawn box per row (style from BOX_STYLES) with its label to the right."""
    sheet = Sheet(path)
    sheet.text(60, 60, "Formulario de prueba", size=14, font=BOLD)
    for n, (style, label) in enumerate(entries):
        top = 100 + 22 * n
        BOX_STYLES[style](sheet, 60, top)
        sheet.text(76, top + 0.5, label)
    sheet.save()


def bullet_list(path: Path, items: Sequence[str], side: float = 6.0) -> None:
    """A list whose bullets are small filled squares (no outline): not checkboxes."""
    sheet = Sheet(path)
    for n, item in enumerate(items):
        top = 100 + 18 * n
        sheet.rect(60, top + 2, side, side, stroke=False, fill=0.1)
        sheet.text(74, top, item)
    sheet.save()


def glyph_checkbox_list(path: Path, entries: Sequence[tuple[str, str, str]]) -> None:
    """Ballot-box glyphs standing alone: rows of (glyph, font, label)."""
    sheet = Sheet(path)
    for n, (glyph, font, label) in enumerate(entries):
        top = 100 + 20 * n
        sheet.text(60, top, glyph, size=11, font=font)
        sheet.text(78, top, label, size=10)
    sheet.save()


def run_in_checkbox_list(path: Path, entries: Sequence[tuple[str, str, str]]) -> None:
    """A box list set as a typesetter sets it (reportlab's Paragraph): each row one text run, the box
    glyph in its `font` then two spaces and the label in the body font, so where the label stands on
    the page depends on the box glyph's width. Rows of (glyph, font, label)."""
    sheet = Sheet(path)
    for n, (glyph, font, label) in enumerate(entries):
        run = sheet.canvas.beginText(60, sheet.height - 100 - 14 * n)
        run.setFont(font, 8)
        run.textOut(glyph)
        run.setFont(BODY, 9)
        run.textOut("  " + label)
        sheet.canvas.drawText(run)
    sheet.save()


def acroform_checkboxes(
    path: Path, entries: Sequence[tuple[bool, str]], labels_on_page: bool = True, on_state: str = "Yes"
) -> None:
    """Fillable checkbox fields; the label is printed beside the field, or only in the field's tooltip.

    `on_state` renames the fields' checked state (reportlab writes /Yes; forms use any name).
    """
    sheet = Sheet(path)
    sheet.text(60, 60, "Formulario rellenable", size=14, font=BOLD)
    for n, (checked, label) in enumerate(entries):
        top = 100 + 22 * n
        sheet.canvas.acroForm.checkbox(
            name=f"field{n}",
            tooltip=label,
            x=60,
            y=sheet.height - top - 10,
            size=10,
            checked=checked,
            buttonStyle="check",
        )
        if labels_on_page:
            sheet.text(76, top + 0.5, label)
    sheet.save()
    if on_state != "Yes":
        assert len(on_state) == 3, "renamed in place: the name must keep its length"
        Path(path).write_bytes(Path(path).read_bytes().replace(b"/Yes", b"/" + on_state.encode()))


# --- month tables --------------------------------------------------------------


@dataclass
class MonthTable:
    """A month table: header style, how active months are marked, and which are."""

    header: str = "full"  # full | short | letter
    marking: str = "glyph"  # a key of MARKINGS: glyph | text | box | symbol_box | merged | bar | shading | rounded_bar
    active: Sequence[int] = field(default_factory=list)  # 1..12
    x: float = 50.0
    top: float = 200.0
    col: float = 41.0
    header_h: float = 18.0
    body_h: float = 22.0
    header_fill: bool = True  # header cells as filled boxes (they show the columns); else plain text
    body_rules: bool = True  # vertical rules between the body's cells (glyph, box and text markings)
    cell_fill: str | None = None  # shading: each cell's own pale fill instead of one row background
    bar_graze: float = 0.4  # rounded_bar: how far (columns) a bar's rounded ends reach into the months beside
    bar_band: bool = False  # rounded_bar: one pale band under the whole row instead of cells a white line apart
    broken: int = 0  # > 0: each name printed in pieces of this many letters, one under the other (a narrow cell)

    def edge(self, month: int) -> float:
        """x of the left edge of a month's column (month 13: the table's right edge)."""
        return self.x + (month - 1) * self.col


def _month_header(sheet: Sheet, table: MonthTable) -> None:
    names = MONTH_HEADERS[table.header]
    size = 7 if table.header == "full" else 9
    for month, name in enumerate(names, start=1):
        left = table.edge(month)
        if table.header_fill:
            sheet.rect(left, table.top, table.col, table.header_h, fill="2A6EBB", stroke=False)
            sheet.canvas.setFillGray(1)
        if table.broken:  # a word processor breaks a name too wide for its column inside the word
            pieces = [name[i : i + table.broken] for i in range(0, len(name), table.broken)]
            for n, piece in enumerate(pieces):
                sheet.text(left + 2, table.top + 2 + n * size * 1.15, piece, size, BOLD)
            sheet.canvas.setFillGray(0)
            continue
        text_w = pdfmetrics.stringWidth(name, BOLD, size)
        sheet.text(left + (table.col - text_w) / 2, table.top + (table.header_h - size) / 2, name, size, BOLD)
        sheet.canvas.setFillGray(0)


def _body_rules(sheet: Sheet, table: MonthTable, cuts: Iterable[int]) -> None:
    """The body row's outline, with vertical rules at the left edge of each month in `cuts`."""
    body_top = table.top + table.header_h
    sheet.rect(table.x, body_top, 12 * table.col, table.body_h)
    for month in cuts:
        sheet.line(table.edge(month), body_top, table.edge(month), body_top + table.body_h)


def _runs(months: Sequence[int]) -> list[tuple[int, int]]:
    """Consecutive runs of months as (first, last)."""
    runs: list[tuple[int, int]] = []
    for month in sorted(months):
        if runs and runs[-1][1] == month - 1:
            runs[-1] = (runs[-1][0], month)
        else:
            runs.append((month, month))
    return runs


def _per_cell_marks(sheet: Sheet, table: MonthTable) -> None:
    """glyph: ✓ in active cells; text: "X" in them; box: a box in every cell, crossed in active ones;
    symbol_box: in every cell a Wingdings box as LibreOffice prints it (OpenSymbol, U+F0FE checked,
    U+F0A8 empty); substituted: Wingdings' tick code as LibreOffice prints it without Wingdings ("ü"
    in a text font)."""
    _body_rules(sheet, table, range(2, 13) if table.body_rules else [])
    middle = table.top + table.header_h + table.body_h / 2
    for month in range(1, 13):
        cx = table.edge(month) + table.col / 2
        if table.marking == "box":
            (_x_of_lines if month in table.active else BOX_STYLES["empty"])(sheet, cx - BOX / 2, middle - BOX / 2)
        elif table.marking == "symbol_box":
            sheet.text(cx - 4, middle - 5, "\uf0fe" if month in table.active else "\uf0a8", 10, OPENSYMBOL)
        elif month in table.active:
            glyph, font = {"glyph": ("✓", SYMBOLS), "substituted": ("ü", BODY)}.get(table.marking, ("X", BODY))
            sheet.text(cx - 4, middle - 5, glyph, 10, font)


def _merged_cells(sheet: Sheet, table: MonthTable) -> None:
    """One merged cell per run of active months (no rules inside it), a checked box at its start."""
    runs = _runs(table.active)
    cuts = {m for first, last in runs for m in (first, last + 1) if 1 < m <= 12}
    cuts |= {m for m in range(2, 13) if not any(first < m <= last for first, last in runs)}
    _body_rules(sheet, table, sorted(cuts))
    for first, _ in runs:
        BOX_STYLES["check"](sheet, table.edge(first) + 6, table.top + table.header_h + (table.body_h - BOX) / 2)


def _dark_bars(sheet: Sheet, table: MonthTable) -> None:
    """A dark bar across each run of active months; no rules inside the body."""
    _body_rules(sheet, table, [])
    for first, last in _runs(table.active):
        sheet.rect(
            table.edge(first) + 2,
            table.top + table.header_h + 4,
            (last - first + 1) * table.col - 4,
            table.body_h - 8,
            stroke=False,
            fill="1F3A5F",
        )


def _shaded_cells(sheet: Sheet, table: MonthTable) -> None:
    """Active cells shaded green over a pale background: the row's, or each cell's own (`cell_fill`)."""
    body_top = table.top + table.header_h
    if table.cell_fill is None:
        sheet.rect(table.x, body_top, 12 * table.col, table.body_h, stroke=False, fill="F3F7FC")
    for month in range(1, 13):
        fill = "9CCB86" if month in table.active else table.cell_fill
        if fill:
            sheet.rect(table.edge(month), body_top, table.col, table.body_h, stroke=False, fill=fill)
    _body_rules(sheet, table, range(2, 13))


def _rounded_bars(sheet: Sheet, table: MonthTable) -> None:
    """Pale cells a thin white line apart (one pale band when `bar_band`); over each run of active
    months a rounded bar (curves) whose ends reach `bar_graze` of a column into the months either side."""
    graze = table.bar_graze
    body_top = table.top + table.header_h
    if table.bar_band:
        sheet.rect(table.x, body_top, 12 * table.col, table.body_h, stroke=False, fill="F1EDF7")
    for month in range(1, 13 if not table.bar_band else 1):
        sheet.rect(table.edge(month), body_top, table.col, table.body_h, stroke=False, fill="F1EDF7")
        sheet.rect(table.edge(month), body_top, 0.8, table.body_h, stroke=False, fill="FFFFFF")
    height = table.body_h * 0.6
    for first, last in _runs(table.active):
        x0 = max(table.edge(first) - graze * table.col, table.x)
        x1 = min(table.edge(last + 1) + graze * table.col, table.edge(13))
        sheet.rect(
            x0, body_top + (table.body_h - height) / 2, x1 - x0, height, stroke=False, fill="6D4C9F", radius=height / 2
        )


MARKINGS = {
    "glyph": _per_cell_marks,
    "text": _per_cell_marks,
    "box": _per_cell_marks,
    "symbol_box": _per_cell_marks,
    "substituted": _per_cell_marks,
    "merged": _merged_cells,
    "bar": _dark_bars,
    "shading": _shaded_cells,
    "rounded_bar": _rounded_bars,
}


def month_table(sheet: Sheet, table: MonthTable) -> float:
    """Draw the table; returns its bottom."""
    _month_header(sheet, table)
    MARKINGS[table.marking](sheet, table)
    return table.top + table.header_h + table.body_h


def month_table_page(path: Path, table: MonthTable) -> None:
    sheet = Sheet(path)
    sheet.text(50, 160, "Fechas de implementación", size=12, font=BOLD)
    bottom = month_table(sheet, table)
    sheet.text(50, bottom + 20, "Texto después de la tabla.")
    sheet.save()


# --- page layouts --------------------------------------------------------------


def panel(
    sheet: Sheet,
    x: float,
    top: float,
    w: float,
    h: float,
    heading: str | None,
    lines: Sequence[str],
    fill: str | None = "EEF4FB",
) -> None:
    """A rounded panel (filled, else outlined) holding an optional bold heading and lines of text."""
    sheet.rect(x, top, w, h, stroke=fill is None, fill=fill, radius=8)
    text_top = top + 12
    if heading:
        text_top = sheet.text(x + 12, text_top, heading, 12, BOLD) + 8
    sheet.lines(x + 12, text_top, lines, size=10)


def checkbox_grid(
    sheet: Sheet,
    x: float,
    top: float,
    entries: Sequence[tuple[str, str]],
    columns: int = 2,
    col_w: float = 130,
    row_h: float = 20,
) -> None:
    """(style, label) boxes filled row by row into `columns` columns."""
    for n, (style, label) in enumerate(entries):
        bx, btop = x + (n % columns) * col_w, top + (n // columns) * row_h
        BOX_STYLES[style](sheet, bx, btop)
        sheet.text(bx + 15, btop + 0.5, label, size=9.5)


def side_by_side_panels(
    path: Path, left: tuple[str, list[str]], right: tuple[str, list[str]], outlined: bool = False
) -> None:
    """Two panels in one band, their lines at the same heights."""
    sheet = Sheet(path)
    fill = None if outlined else "EEF4FB"
    panel(sheet, 45, 120, 240, 110, left[0], left[1], fill)
    panel(sheet, 305, 120, 240, 110, right[0], right[1], fill)
    sheet.save()


def checkbox_panel_beside_text(
    path: Path, heading: str, lines: list[str], entries: Sequence[tuple[str, str]], boxed: bool = True
) -> None:
    """A paragraph on the left; on the right, level with it, a (boxed) panel of checkboxes."""
    sheet = Sheet(path)
    sheet.text(45, 100, heading, 12, BOLD)
    sheet.lines(45, 122, lines, size=10, leading=1.5)
    if boxed:
        sheet.rect(285, 95, 265, 25 + 20 * ((len(entries) + 1) // 2), stroke=False, fill="EEF4FB", radius=8)
    checkbox_grid(sheet, 300, 110, entries)
    sheet.save()


def two_columns(path: Path, left: list[list[str]], right: list[list[str]], title: str | None = None) -> None:
    """Body text set in two columns of paragraphs (a blank line apart), the right one level with the left."""
    sheet = Sheet(path)
    if title:
        sheet.text(45, 70, title, 16, BOLD)
    for x, paragraphs in ((45, left), (310, right)):
        top = 110.0
        for paragraph in paragraphs:
            top = sheet.lines(x, top, paragraph, size=10) + 13
    sheet.save()


RUNNING = ("Fichas de Buenas Prácticas Municipales 2023", "Sello Migrante · ACNUR")  # header, footer


def _running(sheet: Sheet, page: int, header: str, footer: str) -> None:
    sheet.text(45, 28, header, 8)
    sheet.text(45, sheet.height - 34, footer, 8)
    sheet.text(sheet.width - 60, sheet.height - 34, str(page), 8)


def pages_with_running_text(path: Path, bodies: Sequence[list[str]], header: str, footer: str) -> None:
    """One page per body, each with the same running header and footer and its page number."""
    sheet = Sheet(path)
    for n, body in enumerate(bodies, start=1):
        _running(sheet, n, header, footer)
        sheet.lines(45, 100, body, size=11)
        sheet.next_page()
    sheet.save()


# --- a publication of fichas -------------------------------------------------------


@dataclass
class FichaSpec:
    """The content of one ficha as the template prints it; lines are given as printed."""

    title: list[str]
    comuna: str
    oficinas: str
    grupo: list[str]
    categories: Sequence[tuple[str, str]]  # (box style, label), printed two per row
    months: MonthTable
    dates_text: str
    funding: list[str]
    sustainability: list[str]
    description: list[list[str]]  # paragraphs, line by line
    innovation: list[str]
    sello: list[list[str]]  # paragraphs of the Líneas Sello section


def ficha_pages(sheet: Sheet, ficha: FichaSpec) -> None:
    """Draw one ficha over two pages (the caller adds running text and turns pages)."""
    sheet.lines(45, 70, ficha.title, size=22, font=BOLD, leading=1.15)
    sheet.rect(400, 62, 150, 60, stroke=False, fill="EEF4FB", radius=8)
    sheet.text(412, 74, "MUNICIPALIDAD", 10, BOLD)
    sheet.text(412, 92, ficha.comuna.upper(), 16, BOLD)
    sheet.text(45, 150, "Departamento/Oficinas municipales que participan", 12, BOLD)
    sheet.text(45, 170, ficha.oficinas, 11)
    sheet.text(45, 205, "Grupo prioritario", 12, BOLD)
    sheet.lines(45, 225, ficha.grupo, size=11)
    rows = (len(ficha.categories) + 1) // 2
    sheet.rect(285, 198, 265, 40 + 20 * rows, stroke=False, fill="EEF4FB", radius=8)
    sheet.text(300, 208, "Categoría", 12, BOLD)
    checkbox_grid(sheet, 300, 230, ficha.categories)
    sheet.text(45, 330, "Fechas de implementación", 12, BOLD)
    ficha.months.top, ficha.months.x = 352, 45
    bottom = month_table(sheet, ficha.months)
    sheet.text(45, bottom + 12, ficha.dates_text, 11)
    panel(sheet, 45, bottom + 45, 240, 120, "Forma de financiamiento", ficha.funding)
    panel(sheet, 305, bottom + 45, 240, 120, "Sostenibilidad en el tiempo", ficha.sustainability, fill=None)
    sheet.next_page()
    _running(sheet, sheet.canvas.getPageNumber(), *RUNNING)
    top = sheet.text(45, 70, "Breve descripción", 12, BOLD) + 10
    for paragraph in ficha.description:
        top = sheet.lines(45, top, paragraph, size=11) + 8
    panel(
        sheet,
        45,
        top + 10,
        505,
        30 + 14 * len(ficha.innovation),
        "Elemento innovador/creativo del proyecto o actividad",
        ficha.innovation,
    )
    top += 60 + 14 * len(ficha.innovation)
    top = sheet.text(45, top, "Líneas Sello", 12, BOLD) + 10
    for paragraph in ficha.sello:
        top = sheet.lines(45, top, paragraph, size=11) + 8


def publication(path: Path, fichas: Sequence[FichaSpec]) -> None:
    """A cover page, an introduction page, then each ficha over two pages; running text on all but the cover."""
    sheet = Sheet(path)
    sheet.text(60, 200, "FICHAS", 60, BOLD)
    sheet.lines(60, 290, ["Buenas prácticas", "Municipales"], size=28)
    sheet.text(60, 700, "Sello Migrante", 13, BOLD)
    sheet.next_page()
    _running(sheet, 2, *RUNNING)
    sheet.text(45, 70, "INTRODUCCIÓN", 22, BOLD)
    sheet.lines(
        45,
        110,
        [
            "En diciembre de 2023 se reunieron representantes municipales para compartir",
            "iniciativas destacables de integración de personas migrantes en sus comunas.",
        ],
        size=11,
    )
    sheet.lines(
        45, 150, ["Estas fichas buscan servir de guía para futuras acciones de otros gobiernos locales."], size=11
    )
    for ficha in fichas:
        sheet.next_page()
        _running(sheet, sheet.canvas.getPageNumber(), *RUNNING)
        ficha_pages(sheet, ficha)
    sheet.save()


# --- justified text ------------------------------------------------------------


def justified_line(
    sheet: Sheet, x: float, top: float, line: str, measure: float | None, size: float = 10, font: str = BODY
) -> None:
    """One line whose gaps are stretched so it spans `measure` points (each word placed on its own,
    a space glyph after it, as word processors justify); `measure` None sets it ragged (a last line)."""
    if measure is None:
        sheet.text(x, top, line, size, font)
        return
    words = line.split()
    widths = [pdfmetrics.stringWidth(w, font, size) for w in words]
    gap = (measure - sum(widths)) / max(len(words) - 1, 1)
    for n, (word, w) in enumerate(zip(words, widths, strict=False)):
        sheet.text(x, top, word if n == len(words) - 1 else word + " ", size, font)
        x += w + gap


def justified_columns(
    path: Path,
    columns: Sequence[Sequence[Sequence[str]]],
    measure: float = 150,
    gutter: float = 24,
    size: float = 10,
    drops: Sequence[float] = (),
) -> None:
    """Columns of justified paragraphs (given line by line; a paragraph's last line ragged), a
    blank line apart, the columns level with each other, or each lower by its `drops` (points)."""
    sheet = Sheet(path)
    for n, paragraphs in enumerate(columns):
        x, top = 50 + n * (measure + gutter), 100.0 + (drops[n] if n < len(drops) else 0.0)
        for paragraph in paragraphs:
            for i, line in enumerate(paragraph):
                justified_line(sheet, x, top, line, None if i == len(paragraph) - 1 else measure, size)
                top += 1.3 * size
            top += 1.3 * size
    sheet.save()


def bulleted_lead_ins(
    path: Path,
    heading: str,
    items: Sequence[tuple[Sequence[str], Sequence[str]]],
    measure: float = 230,
    bullet: str = "dot",
) -> None:
    """A bold heading over a justified list whose items start with a bullet (`dot`: a round shape,
    `square`: a filled square, `glyph`: a • character, `opensymbol`: Word's Symbol bullet U+F0B7 as
    LibreOffice prints it, in OpenSymbol) and a bold lead-in: (bold lines, regular lines) per item."""
    sheet = Sheet(path)
    sheet.text(60, 80, heading, 10, BOLD)
    top = 100.0
    for bold_lines, lines in items:
        side = 4.5
        if bullet == "glyph":
            sheet.text(60, top + 2, "•", 6, SYMBOLS)
        elif bullet == "opensymbol":
            sheet.text(60, top + 2, "\uf0b7", 6, OPENSYMBOL)
        else:
            radius = side / 2 if bullet == "dot" else 0
            sheet.rect(60, top + 2.5, side, side, stroke=False, fill="E07050", radius=radius)
        rows = [(line, BOLD) for line in bold_lines] + [(line, BODY) for line in lines]
        for i, (line, font) in enumerate(rows):
            justified_line(sheet, 72, top, line, None if i == len(rows) - 1 else measure, 10, font)
            top += 13
        top += 8
    sheet.save()


# --- decorations that are no checkboxes ----------------------------------------


def accent_headings_around_boxes(
    path: Path,
    headings: Sequence[str],
    entries: Sequence[tuple[str, str]],
    side: float = 8.0,
    glyph: bool = False,
    heading_size: float = 12,
) -> None:
    """Headings each after a small filled accent square (drawn, or a ■ glyph with `glyph`) at the
    left edge where a list of checkboxes (style, label) also stands, under the second heading:
    the accents line up with the boxes."""
    sheet = Sheet(path)
    top = 80.0
    for n, heading in enumerate(headings):
        if glyph:
            sheet.text(60, top, "■", heading_size, SYMBOLS)
        else:
            sheet.rect(60, top + (heading_size - side) / 2, side, side, stroke=False, fill="E07A5F")
        sheet.text(60 + max(side, heading_size) + 5, top, heading, heading_size, BOLD)
        top += heading_size + 10
        if n == 1:
            for style, label in entries:
                BOX_STYLES[style](sheet, 60, top)
                sheet.text(76, top + 0.5, label)
                top += 20
        else:
            sheet.text(60, top, "Texto de la sección.")
            top += 16
        top += 14
    sheet.save()


def panels_over_two_columns(
    path: Path,
    left: tuple[str, list[str]],
    right: tuple[str, list[str]],
    columns: Sequence[Sequence[Sequence[str]]],
    panel_h: float = 80,
) -> None:
    """Two outlined panels side by side, and right below them two columns of paragraphs whose
    gutter continues the one between the panels."""
    sheet = Sheet(path)
    panel(sheet, 45, 100, 240, panel_h, left[0], left[1], None)
    panel(sheet, 305, 100, 240, panel_h, right[0], right[1], None)
    for x, paragraphs in zip((45, 305), columns, strict=False):
        top = 100 + panel_h + 8
        for paragraph in paragraphs:
            top = sheet.lines(x, top, paragraph, size=10) + 13
    sheet.save()


# --- text drawn the way real files draw it (issue 12) ---------------------------------

TextDraw = Callable[[Sheet, float, float, str, float, str], None]  # (sheet, x, top, text, size, font)


def plain(sheet: Sheet, x: float, top: float, text: str, size: float, font: str) -> None:
    sheet.text(x, top, text, size, font)


def overprinted(dx: float, dy: float = 0.0) -> TextDraw:
    """Text drawn twice, the second copy `dx`, `dy` points off (fake bold; a diagonal shadow)."""

    def draw(sheet: Sheet, x: float, top: float, text: str, size: float, font: str) -> None:
        sheet.canvas.setFillGray(0.6)
        sheet.text(x + dx, top + dy, text, size, font)
        sheet.canvas.setFillGray(0)
        sheet.text(x, top, text, size, font)

    return draw


def word_by_word(sheet: Sheet, x: float, top: float, text: str, size: float, font: str) -> None:
    """Each word placed on its own, one space's width apart, with no space character."""
    space = pdfmetrics.stringWidth(" ", font, size)
    for word in text.split():
        sheet.text(x, top, word, size, font)
        x += pdfmetrics.stringWidth(word, font, size) + space


def letter_spaced(tracking: float = 1 / 3) -> TextDraw:
    """Capitals with character spacing (PDF `Tc`) of `tracking` font sizes; spaces stay spaces."""

    def draw(sheet: Sheet, x: float, top: float, text: str, size: float, font: str) -> None:
        obj = sheet.canvas.beginText()
        obj.setFont(font, size)
        obj.setCharSpace(tracking * size)
        obj.setTextOrigin(x, sheet.height - top - 0.8 * size)
        obj.textOut(text.upper())
        sheet.canvas.drawText(obj)

    return draw


def spelled_out(sheet: Sheet, x: float, top: float, text: str, size: float, font: str) -> None:
    """Capitals typed with a space between letters and three between words ("G R U P O   P R I ...")."""
    sheet.text(x, top, "   ".join(" ".join(word.upper()) for word in text.split()), size, font)


@dataclass
class TraitFicha:
    """A one-page ficha of the template, each kind of text drawn its own way; `boxes` are the
    category rows as (glyphs printed at one spot: [(text, font)], label)."""

    title: TextDraw = plain
    municipality: TextDraw = plain
    heading: TextDraw = plain
    body: TextDraw = plain
    comuna: str = "Renca"
    boxes: Sequence[tuple[Sequence[tuple[str, str]], str]] = (
        ([("☐", SYMBOLS)], "Sociolaboral"),
        ([("☒", SYMBOLS)], "Acogida/atención"),
        ([("☐", SYMBOLS)], "Emprendimiento"),
        ([("☒", SYMBOLS)], "Capacitaciones"),
    )
    description: Sequence[str] = (
        "La mesa reúne a las oficinas municipales que atienden a familias migrantes",
        "para revisar casos y coordinar derivaciones en cada sesión.",
    )
    months: MonthTable | None = None
    month_texts: dict[int, str] = field(default_factory=dict)  # text printed in these months' cells
    body_font: str = BODY
    sections: Sequence[str] = (
        "oficinas",
        "grupo",
        "categorias",
        "fechas",
        "financiamiento",
        "sostenibilidad",
        "descripcion",
        "innovador",
        "sello",
    )


TRAIT_TEXTS = {
    "oficinas": ("Departamento/Oficinas municipales que participan", ["Oficina de Migrantes y DIDECO"]),
    "grupo": ("Grupo prioritario", ["Familias migrantes recién llegadas a la comuna."]),
    "fechas": ("Fechas de implementación", ["Sesiones quincenales de marzo a noviembre."]),
    "financiamiento": ("Forma de financiamiento", ["Recursos propios de la municipalidad."]),
    "sostenibilidad": ("Sostenibilidad en el tiempo", ["La mesa se mantiene con el equipo municipal estable."]),
    "innovador": (
        "Elemento innovador/creativo del proyecto o actividad",
        ["Una ficha única compartida entre oficinas."],
    ),
    "sello": ("Líneas Sello", ["Vinculación comunitaria, ya que las juntas de vecinos difunden la mesa."]),
}


def trait_ficha(path: Path, ficha: TraitFicha) -> None:
    """Draw `ficha` on one A4 page (title, municipality, then the sections in template order)."""
    sheet = Sheet(path)
    ficha.title(sheet, 45, 50, "Mesa comunal de acogida", 20, BOLD)
    ficha.municipality(sheet, 45, 85, f"Municipalidad {ficha.comuna}", 12, BOLD)
    top = 120.0
    for key in ficha.sections:
        heading = (
            "Categoría" if key == "categorias" else "Breve descripción" if key == "descripcion" else TRAIT_TEXTS[key][0]
        )
        ficha.heading(sheet, 45, top, heading, 11, BOLD)
        top += 18
        if key == "categorias":
            for glyphs, label in ficha.boxes:
                for text, font in glyphs:
                    sheet.text(45, top, text, 10, font)
                sheet.text(60, top, label, 10)
                top += 15
        elif key == "descripcion":
            for line in ficha.description:
                ficha.body(sheet, 45, top, line, 10, ficha.body_font)
                top += 13
        elif key == "fechas" and ficha.months is not None:
            ficha.months.top, ficha.months.x = top, 45
            top = month_table(sheet, ficha.months) + 6
            for month, text in ficha.month_texts.items():
                sheet.text(ficha.months.edge(month) + 8, top - 6 - ficha.months.body_h / 2 - 5, text)
            ficha.body(sheet, 45, top, TRAIT_TEXTS[key][1][0], 10, ficha.body_font)
            top += 13
        else:
            for line in TRAIT_TEXTS[key][1]:
                ficha.body(sheet, 45, top, line, 10, ficha.body_font)
                top += 13
        top += 10
    sheet.save()


def turned_pages(source: Path, target: Path, turns: int) -> None:
    """`source` with every page's content drawn turned and the page given /Rotate `turns` quarter
    turns clockwise, so that it displays as before (pypdf's merge of a landscape page into a portrait
    compilation: the content turned by a `cm` whose cos(pi/2) is 6e-17, not 0)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(source))
    for page in writer.pages:
        page.rotate((360 - 90 * turns) % 360)
        page.transfer_rotation_to_content()
        page.rotate(90 * turns)
    writer.write(target)


def two_up(sources: Sequence[Path], target: Path) -> None:
    """The first pages of `sources` (two, of one size) placed side by side on one landscape sheet,
    each as a form XObject on its half (a 2-up imposition, as pikepdf's `add_overlay` makes it; a
    designer's spread of two facing pages alike)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject, NameObject

    pages = [PdfReader(source).pages[0] for source in sources]
    width, height = (float(v) for v in pages[0].mediabox[2:])
    writer = PdfWriter()
    sheet = writer.add_blank_page(width * len(pages), height)
    forms = DictionaryObject()
    drawn = []
    for n, page in enumerate(pages):
        form = DecodedStreamObject()
        contents = page.get_contents()
        form.set_data(contents.get_data() if contents is not None else b"")
        form.update(
            {
                NameObject("/Type"): NameObject("/XObject"),
                NameObject("/Subtype"): NameObject("/Form"),
                NameObject("/BBox"): ArrayObject(FloatObject(v) for v in (0, 0, width, height)),
                NameObject("/Resources"): page["/Resources"].clone(writer),
            }
        )
        forms[NameObject(f"/Page{n}")] = writer._add_object(form)
        drawn.append(f"q 1 0 0 1 {width * n:.2f} 0 cm /Page{n} Do Q")
    sheet[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): forms})
    content = DecodedStreamObject()
    content.set_data("\n".join(drawn).encode())
    sheet[NameObject("/Contents")] = writer._add_object(content)
    writer.write(target)
