"""Month displays of any shape (issue 20, part 3): the twelve names in a grid of 6x2, 4x3, 3x4 or
2x6, full, three-letter or one-letter, over boxes or inside their cells; the active months told
apart by a mark, a fill, a weight, or the inactive ones greyed or struck through. When the cells
differ in ways that do not agree, nothing is read as marked and the reader notes it."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from extractor.fields.months import table_months
from extractor.layout import ReaderNote, Table
from extractor.readers import read

from .pdf_builders import BOX_STYLES, MONTH_HEADERS
from .pdf_canvas import BODY, BOLD, SYMBOLS, Sheet

SHAPES = {"6x2": 6, "4x3": 4, "3x4": 3, "2x6": 2}  # names per row
STYLES = ["marks", "fill", "grey-fill", "greyed", "bold", "struck"]
ACTIVE = {"april-november": [4, 5, 6, 7, 8, 9, 10, 11], "scattered": [2, 3, 9]}
CELL_W, CELL_H, NAME = 62.0, 34.0, 9.0


def month_grid(
    path,
    per_row: int,
    header: str,
    style: str,
    active: list[int],
    top: float = 200,
    x: float = 60,
    mixed: str | None = None,
    cell_w: float = CELL_W,
    beside: bool = False,
) -> None:
    """The twelve names row by row in `per_row` columns: over a box each (`marks`), or inside a
    ruled cell whose look tells the active months (`style`); text above and below the grid. With
    `mixed`, the active cells are filled and the inactive names struck: the two ways "agree", or,
    December filled too, they "disagree". With `beside`, a heading in small capitals stands right of
    the first row, its larger first letter where a next column's name would stand."""
    sheet = Sheet(path)
    sheet.text(60, 120, "Fechas de implementación", 12, BOLD)
    names = MONTH_HEADERS[header]
    for n, name in enumerate(names):
        month = n + 1
        cx, ctop = x + (n % per_row) * cell_w, top + (n // per_row) * CELL_H
        on = month in active
        filled = on or (mixed == "disagree" and month == 12)
        font = BOLD if (style == "bold" and on) else BODY
        if style != "marks":
            fill = {"fill": "2E7D6B" if on else None, "grey-fill": "F28C28" if on else "DDDDDD"}.get(style)
            if mixed:
                fill = "2E7D6B" if filled else None
            sheet.rect(cx, ctop, cell_w, CELL_H, fill=fill)
        name_x = cx + (cell_w - stringWidth(name, font, NAME)) / 2
        name_top = ctop + (4 if style == "marks" else (CELL_H - NAME) / 2)
        if style == "greyed" and not on:
            sheet.canvas.setFillGray(0.65)
        if (style == "fill" and on) or (mixed and filled):
            sheet.canvas.setFillGray(1)
        sheet.text(name_x, name_top, name, NAME, font)
        sheet.canvas.setFillGray(0)
        if (style == "struck" or mixed) and not on:
            w = stringWidth(name, font, NAME)
            sheet.line(name_x - 1, name_top + 0.45 * NAME, name_x + w + 1, name_top + 0.45 * NAME, width=0.8)
        if style == "marks":
            BOX_STYLES["check" if on else "empty"](sheet, cx + cell_w / 2 - 5, ctop + 17)
    if beside:
        first_x = x + per_row * cell_w + (cell_w - stringWidth("F", BODY, 1.4 * NAME)) / 2
        first_top = top + (4 if style == "marks" else (CELL_H - NAME) / 2)  # the first row's names' top
        sheet.text(first_x, first_top - 0.3 * NAME, "F", 1.4 * NAME)
        sheet.text(first_x + stringWidth("F", BODY, 1.4 * NAME), first_top, "ORMA DE FINANCIAMIENTO", NAME)
    bottom = top + (12 // per_row) * CELL_H
    sheet.text(60, bottom + 20, "Texto después de la grilla.", 10)
    sheet.save()


def assert_read_alone(path, months: list[int]) -> None:
    """The page holds one month table, read as `months` with no note, and its names, marks and
    titles left the text: only the heading above and the line under the display stay text."""
    (table,), notes = tables_and_notes(path)
    assert table_months(table) == months
    assert notes == []
    text = [i for i in read(path).items if not isinstance(i, Table)]
    assert [b.raw_lines for b in text] == [["Fechas de implementación"], ["Texto después de la grilla."]]


def tables_and_notes(path) -> tuple[list[Table], list[ReaderNote]]:
    items = read(path).items
    return [i for i in items if isinstance(i, Table)], [i for i in items if isinstance(i, ReaderNote)]


@pytest.mark.parametrize("active", ACTIVE, ids=list(ACTIVE))
@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("header", ["full", "short", "letter"])
@pytest.mark.parametrize("shape", SHAPES)
def test_month_grid_of_any_shape_is_read(tmp_path, shape, header, style, active):
    path = tmp_path / "grid.pdf"
    month_grid(path, SHAPES[shape], header, style, ACTIVE[active])
    assert_read_alone(path, ACTIVE[active])


def test_a_larger_letter_after_a_row_of_names_is_no_name_of_it(tmp_path):
    """A heading in small capitals right of the grid's first row: its first letter, larger, stands
    where a next column's name would and is an initial ("F"); the names of a run are set alike, so
    it goes on with no row and the grid is read (browser harness seed 10132: the grid was lost and
    its initials read into the dates' text)."""
    path = tmp_path / "grid.pdf"
    month_grid(path, 3, "letter", "struck", [4, 5, 6], beside=True)
    (table,), _ = tables_and_notes(path)
    assert table_months(table) == [4, 5, 6]


def test_twelve_names_alike_mark_no_month(tmp_path):
    month_grid(tmp_path / "grid.pdf", 4, "short", "fill", [])
    (table,), notes = tables_and_notes(tmp_path / "grid.pdf")
    assert table_months(table) == [] and notes == []


def test_two_ways_that_split_the_months_alike_agree(tmp_path):
    """Active cells filled and the inactive names struck: one split, read."""
    month_grid(tmp_path / "grid.pdf", 4, "short", "none", [3, 4, 5], mixed="agree")
    (table,), notes = tables_and_notes(tmp_path / "grid.pdf")
    assert table_months(table) == [3, 4, 5] and notes == []


def test_ways_that_split_the_months_differently_are_a_doubt(tmp_path):
    """Filled: March to May and December; struck: all but March to May. The fill and the strike
    split the months two ways: nothing is read as marked, and a note says so."""
    month_grid(tmp_path / "grid.pdf", 4, "short", "none", [3, 4, 5], mixed="disagree")
    (table,), notes = tables_and_notes(tmp_path / "grid.pdf")
    assert table_months(table) == []
    assert [n.codigo for n in notes] == ["lectura_dudosa"]


@pytest.mark.parametrize("style", ["greyed", "bold", "struck"])
def test_one_row_of_twelve_names_told_apart_by_their_look(tmp_path, style):
    """Twelve names in one row, no marks under them: the names are the cells, read by their look."""
    month_grid(tmp_path / "row.pdf", 12, "short", style, ACTIVE["april-november"], x=50, cell_w=40)
    (table,), notes = tables_and_notes(tmp_path / "row.pdf")
    assert table_months(table) == ACTIVE["april-november"] and notes == []


def test_one_row_of_names_alternating_is_a_doubt_not_a_reading(tmp_path):
    """Every other name bold (a striped header): no reading, a note."""
    month_grid(tmp_path / "row.pdf", 12, "short", "bold", [1, 3, 5, 7, 9, 11], x=50, cell_w=40)
    (table,), notes = tables_and_notes(tmp_path / "row.pdf")
    assert table_months(table) == []
    assert [n.codigo for n in notes] == ["lectura_dudosa"]


def marked_names(path, per_row: int, header: str, active: list[int], aside: bool = False) -> None:
    """The twelve names `per_row` to a row (1: one column, 12: one row), each inside a ruled cell
    with a check glyph after the name in the active months ("Ene ✓"); with `aside`, a paragraph
    beside a one-column display, on the same lines as its names."""
    sheet = Sheet(path)
    sheet.text(60, 120, "Fechas de implementación", 12, BOLD)
    names = MONTH_HEADERS[header]
    cell_w, cell_h = (70.0, 18.0) if per_row < 12 else (46.0, 18.0)
    size = 7.0 if per_row == 12 and header == "full" else NAME  # twelve full names in a row: smaller
    for n, name in enumerate(names):
        cx, ctop = 30 + (n % per_row) * cell_w, 140 + (n // per_row) * cell_h
        sheet.rect(cx, ctop, cell_w, cell_h)
        sheet.text(cx + 4, ctop + 5, name, size)
        if n + 1 in active:
            sheet.text(cx + 6 + stringWidth(name, BODY, size), ctop + 5, "✓", size, SYMBOLS)
    if aside:
        for line in range(10):
            sheet.text(220, 145 + line * 18, "Texto de otra columna junto a la grilla", 10)
    bottom = 140 + (12 // per_row) * cell_h
    sheet.text(60, bottom + 20, "Texto después de la grilla.", 10)
    sheet.save()


@pytest.mark.parametrize("header", ["full", "short", "letter"])
@pytest.mark.parametrize("per_row", [1, 4, 6, 12], ids=["column", "4x3", "6x2", "row"])
def test_names_with_their_mark_inside_the_cell_are_read(tmp_path, per_row, header):
    """A check glyph right after a month's name, in its cell ("Abr ✓"), marks it; the names and
    marks leave the text, in a column of twelve, a grid, or one row."""
    path = tmp_path / "marked.pdf"
    marked_names(path, per_row, header, ACTIVE["scattered"])
    assert_read_alone(path, ACTIVE["scattered"])


def test_one_column_display_beside_other_text_is_read(tmp_path):
    """A column of month names standing apart from a paragraph on the same lines is a display."""
    path = tmp_path / "column.pdf"
    marked_names(path, 1, "short", ACTIVE["april-november"], aside=True)
    (table,), _ = tables_and_notes(path)
    assert table_months(table) == ACTIVE["april-november"]


def test_a_name_among_words_is_no_one_column_display(tmp_path):
    """Twelve lines each opening with a month's name, in running text, are no display."""
    sheet = Sheet(tmp_path / "prose.pdf")
    for n, name in enumerate(MONTH_HEADERS["full"]):
        sheet.text(60, 140 + n * 14, f"{name} de cada año se realiza el operativo", 10)
    sheet.save()
    tables, _ = tables_and_notes(tmp_path / "prose.pdf")
    assert tables == []


@pytest.mark.parametrize("per_row", [1, 4], ids=["column", "4x3"])
def test_names_in_an_accent_colour_are_the_active_ones(tmp_path, per_row):
    """Active names printed in an accent colour (orange, lighter than black), the rest black: the
    coloured ones are active, not the darker ones."""
    sheet = Sheet(tmp_path / "accent.pdf")
    sheet.text(60, 120, "Fechas de implementación", 12, BOLD)
    for n, name in enumerate(MONTH_HEADERS["short"]):
        cx, ctop = 60 + (n % per_row) * 70.0, 140 + (n // per_row) * 18.0
        sheet.rect(cx, ctop, 70.0, 18.0)
        if n + 1 in ACTIVE["scattered"]:
            sheet.canvas.setFillColorRGB(0.88, 0.48, 0.37)
        sheet.text(cx + 4, ctop + 5, name, NAME)
        sheet.canvas.setFillGray(0)
    sheet.save()
    (table,), notes = tables_and_notes(tmp_path / "accent.pdf")
    assert table_months(table) == ACTIVE["scattered"] and notes == []


@pytest.mark.parametrize("style", ["fill", "bold"])
def test_a_row_of_names_alone_with_a_paragraph_right_under_it(tmp_path, style):
    """A Word table of one row, its twelve names in ruled cells told apart by a fill (or weight),
    printed to PDF with the next paragraph right under it: the paragraph is no row of marks (its
    lines run across the columns and go on below), the names are the cells; the paragraph stays
    text. Read as the body row, its first line went to January's cell and no month was read."""
    active = ACTIVE["april-november"]
    sheet = Sheet(tmp_path / "row.pdf")
    sheet.text(60, 120, "Fechas de implementación", 12, BOLD)
    top, cell_w, cell_h = 140.0, 40.0, 13.0
    for n, name in enumerate(MONTH_HEADERS["short"]):
        on = n + 1 in active
        sheet.rect(60 + n * cell_w, top, cell_w, cell_h, fill="8FBC8F" if (style == "fill" and on) else None)
        sheet.text(62 + n * cell_w, top + 2, name, NAME, BOLD if (style == "bold" and on) else BODY)
    lines = [
        "Febrero a marzo 2022: formalización de solicitudes de refugio. Febrero a diciembre 2022:",
        "acompañamiento socio-comunitario. Julio a diciembre 2022: curso de español para las",
        "familias de la comunidad.",
    ]
    for k, line in enumerate(lines):
        sheet.text(60, top + cell_h + 1.5 + 12.5 * k, line, 10)
    sheet.save()
    (table,), notes = tables_and_notes(tmp_path / "row.pdf")
    assert table_months(table) == active and notes == []
    text = [i for i in read(tmp_path / "row.pdf").items if not isinstance(i, Table)]
    assert [line for b in text[-3:] for line in b.raw_lines] == lines


def ruled_name_rows(path, per_row: int, fills: dict[int, str]) -> None:
    """As a word processor prints a table of rows of names each over a row of mark cells: each name
    at the top of its cell (1 pt of padding), the mark cells of the months in `fills` shaded edge to
    edge, down to the rule the next row's names stand under."""
    sheet = Sheet(path)
    sheet.text(60, 120, "Fechas de implementación", 12, BOLD)
    row_h = 13.0
    for n, name in enumerate(MONTH_HEADERS["short"]):
        cx, ctop = 60 + (n % per_row) * CELL_W, 150 + (n // per_row) * 2 * row_h
        sheet.rect(cx, ctop, CELL_W, row_h)
        sheet.text(cx + 3, ctop + 1, name, NAME)
        sheet.rect(cx, ctop + row_h, CELL_W, row_h, fill=fills.get(n + 1))
    sheet.text(60, 150 + (12 // per_row) * 2 * row_h + 20, "Texto después de la grilla.", 10)
    sheet.save()


@pytest.mark.parametrize("per_row", [2, 3, 4, 6])
def test_a_ruled_grid_of_name_rows_over_shaded_mark_cells(tmp_path, per_row):
    """Each shading is its own name's month's."""
    path = tmp_path / "grid.pdf"
    ruled_name_rows(path, per_row, {m: "E07A5F" for m in (2, 3, 9)})
    (table,), notes = tables_and_notes(path)
    assert table_months(table) == [2, 3, 9]
    assert notes == []


def test_a_pale_grey_tint_against_unfilled_cells_is_a_doubt(tmp_path):
    """Greyed mark cells may be the inactive months (or the active): none is read, a note says why."""
    path = tmp_path / "grid.pdf"
    ruled_name_rows(path, 3, {m: "D8D8D8" for m in range(1, 10)})
    (table,), notes = tables_and_notes(path)
    assert table_months(table) == []
    assert len(notes) == 1 and "gris claro" in notes[0].mensaje


def names_after_marks(path, per_row: int, active: list[int], after_from: int = 13, hollow: bool = True) -> None:
    """The twelve full names `per_row` to a row, each in a ruled cell after its mark ("☑ Marzo",
    "☐ Abril"; without `hollow`, no mark in an inactive cell), as a browser prints a checklist
    table; from month `after_from` on, the mark after the name instead ("Julio ☑")."""
    sheet = Sheet(path)
    sheet.text(60, 120, "Fechas de implementación", 12, BOLD)
    cell_w, cell_h = 90.0, 16.0
    for n, name in enumerate(MONTH_HEADERS["full"]):
        cx, ctop = 60 + (n % per_row) * cell_w, 140 + (n // per_row) * cell_h
        sheet.rect(cx, ctop, cell_w, cell_h)
        glyph = "☑" if n + 1 in active else "☐" if hollow else ""
        if n + 1 < after_from:
            sheet.text(cx + 3, ctop + 4, glyph, NAME, SYMBOLS)
            sheet.text(cx + 3 + 1.4 * NAME, ctop + 4, name, NAME)
        else:
            sheet.text(cx + 3, ctop + 4, name, NAME)
            sheet.text(cx + 3 + stringWidth(name, BODY, NAME) + 0.4 * NAME, ctop + 4, glyph, NAME, SYMBOLS)
    sheet.text(60, 140 + (12 // per_row) * cell_h + 20, "Texto después de la grilla.", 10)
    sheet.save()


@pytest.mark.parametrize("per_row", [3, 4, 6])
def test_marks_before_their_names_belong_to_the_name_right_of_them(tmp_path, per_row):
    """A mark at a row's start and none after its last name: the display's marks stand before
    their names, each the next name's (read as the name's it follows, each went one month early
    and a row's first was lost)."""
    path = tmp_path / "before.pdf"
    names_after_marks(path, per_row, [3, 4, 5, 9, 10, 11])
    (table,), notes = tables_and_notes(path)
    assert table_months(table) == [3, 4, 5, 9, 10, 11] and notes == []


def test_marks_only_between_names_go_to_the_name_they_stand_nearer(tmp_path):
    """No mark at a row's start or end (the first column never marked, no hollow marks): each mark
    between two names stands right before the next, a cell's width from the one before; the display's
    marks are read before their names."""
    path = tmp_path / "between.pdf"
    names_after_marks(path, 4, [2, 3, 6, 11], hollow=False)
    (table,), notes = tables_and_notes(path)
    assert table_months(table) == [2, 3, 6, 11] and notes == []


def test_marks_on_both_sides_of_the_names_are_a_doubt(tmp_path):
    """Marks before the names in some rows and after them in others: which name each is of cannot
    be told; none is read and a note on the months says so."""
    path = tmp_path / "both.pdf"
    names_after_marks(path, 3, [3, 4, 5, 9, 10, 11], after_from=7)
    (table,), notes = tables_and_notes(path)
    assert table_months(table) == []
    assert [(n.codigo, n.campo) for n in notes] == [("lectura_dudosa", "fechas_implementacion.meses")]


def names_over_filled_cells(path, fills: dict[int, str], header: str = "D0D0D0") -> None:
    """Two rows of six full names, each name on a `header`-shaded cell over an empty body cell,
    the body cells of the months in `fills` filled (the others white), as a browser prints it."""
    sheet = Sheet(path)
    sheet.text(60, 120, "Fechas de implementación", 12, BOLD)
    cell_w, cell_h = 70.0, 15.0
    for n, name in enumerate(MONTH_HEADERS["full"]):
        cx, ctop = 60 + (n % 6) * cell_w, 140 + (n // 6) * 2 * cell_h
        sheet.rect(cx, ctop, cell_w, cell_h, fill=header)
        sheet.text(cx + (cell_w - stringWidth(name, BODY, NAME)) / 2, ctop + 3, name, NAME)
        sheet.rect(cx, ctop + cell_h, cell_w, cell_h, fill=fills.get(n + 1, "FFFFFF"))
    sheet.text(60, 140 + 4 * cell_h + 20, "Texto después de la grilla.", 10)
    sheet.save()


def test_filled_cells_under_names_on_a_shaded_header_are_read(tmp_path):
    """Every name on the same grey header shading: the fill of the cells under them tells the
    active months (light green against white)."""
    path = tmp_path / "fill.pdf"
    names_over_filled_cells(path, {m: "C8F0C8" for m in (3, 4, 5, 9, 10, 11)})
    (table,), notes = tables_and_notes(path)
    assert table_months(table) == [3, 4, 5, 9, 10, 11] and notes == []


def test_cells_under_a_shaded_header_filled_three_ways_are_a_doubt(tmp_path):
    """Body cells differing by fills of more than two kinds: no month is read, and a note says so
    (never an empty reading without a word)."""
    path = tmp_path / "fill.pdf"
    names_over_filled_cells(path, {3: "C8F0C8", 4: "C8F0C8", 9: "F0C8C8"})
    (table,), notes = tables_and_notes(path)
    assert table_months(table) == []
    assert [(n.codigo, n.campo) for n in notes] == [("lectura_dudosa", "fechas_implementacion.meses")]


def test_a_mark_at_a_row_start_against_marks_that_follow_their_names_is_a_doubt(tmp_path):
    """Marks right after their names ("Feb ✓", none after a row's last name) and one more at a
    row's start: the two sides disagree; no month is read (never the names right of the marks)."""
    stray = tmp_path / "stray.pdf"
    sheet = Sheet(stray)
    sheet.text(60, 120, "Fechas de implementación", 12, BOLD)
    for n, name in enumerate(MONTH_HEADERS["short"]):
        cx, ctop = 30 + (n % 4) * 70.0, 140 + (n // 4) * 18.0
        sheet.rect(cx, ctop, 70.0, 18.0)
        sheet.text(cx + 14, ctop + 5, name, NAME)
        if n + 1 in ACTIVE["scattered"]:
            sheet.text(cx + 16 + stringWidth(name, BODY, NAME), ctop + 5, "✓", NAME, SYMBOLS)
    sheet.text(33, 145, "✓", NAME, SYMBOLS)  # before January's name
    sheet.save()
    (table,), notes = tables_and_notes(stray)
    assert table_months(table) == []
    assert [(n.codigo, n.campo) for n in notes] == [("lectura_dudosa", "fechas_implementacion.meses")]


def yes_no_rows(path, active: list[int], glyph: str) -> None:
    """A ruled table "Mes | Sí | No" down the page: a row a month, its `glyph` under "Sí" in the
    active months and under "No" in the others."""
    sheet = Sheet(path)
    sheet.text(60, 120, "Fechas de implementación", 12, BOLD)
    widths, cell_h, top = (80.0, 40.0, 40.0), 18.0, 140.0
    lefts = [60.0, 140.0, 180.0]
    right = lefts[-1] + widths[-1]
    for x in [*lefts, right]:  # the rules, as a browser prints a table's borders
        sheet.line(x, top, x, top + 13 * cell_h)
    for row in range(14):
        sheet.line(lefts[0], top + row * cell_h, right, top + row * cell_h)
    for row, texts in enumerate([["Mes", "Sí", "No"], *([name, "", ""] for name in MONTH_HEADERS["full"])]):
        ctop = top + row * cell_h
        for col, text in enumerate(texts):
            if text:
                sheet.text(lefts[col] + 4, ctop + 5, text, NAME, BOLD if row == 0 else BODY)
        if row:
            col = 1 if row in active else 2
            font = SYMBOLS if glyph != "X" else BODY
            sheet.text(lefts[col] + 16, ctop + 5, glyph, NAME, font)
    sheet.text(60, top + 13 * cell_h + 20, "Texto después de la grilla.", 10)
    sheet.save()


@pytest.mark.parametrize("glyph", ["X", "✓"])
def test_a_mark_under_a_no_title_marks_no_month(tmp_path, glyph):
    """A month table of rows "Mes | Sí | No", a mark in one of the two columns a row: a mark under
    "No" says no, and the titles are the table's header, not text."""
    path = tmp_path / "sino.pdf"
    yes_no_rows(path, ACTIVE["scattered"], glyph)
    assert_read_alone(path, ACTIVE["scattered"])


def yes_no_columns(path, active: list[int], no_first: bool) -> None:
    """A ruled table "Mes | Ene | … | Dic" over two rows titled "Sí" and "No" (or "No" first), an
    X under each month in one of them: in the row titled "Sí" in the `active` months."""
    sheet = Sheet(path)
    sheet.text(60, 120, "Fechas de implementación", 12, BOLD)
    first_w, cell_w, cell_h, top = 30.0, 32.0, 18.0, 140.0
    lefts = [60.0 + first_w + c * cell_w for c in range(12)]
    right = lefts[-1] + cell_w
    for x in [60.0, *lefts, right]:
        sheet.line(x, top, x, top + 3 * cell_h)
    for row in range(4):
        sheet.line(60.0, top + row * cell_h, right, top + row * cell_h)
    sheet.text(64, top + 5, "Mes", NAME, BOLD)
    for c, name in enumerate(MONTH_HEADERS["short"]):
        sheet.text(lefts[c] + 4, top + 5, name, NAME, BOLD)
    for row, title in enumerate(["No", "Sí"] if no_first else ["Sí", "No"], 1):
        sheet.text(64, top + row * cell_h + 5, title, NAME)
        for c in range(12):
            if (c + 1 in active) == (title == "Sí"):
                sheet.text(lefts[c] + 12, top + row * cell_h + 5, "X", NAME)
    sheet.text(60, top + 3 * cell_h + 20, "Texto después de la grilla.", 10)
    sheet.save()


@pytest.mark.parametrize("no_first", [False, True], ids=["si-no", "no-si"])
def test_a_mark_in_a_row_titled_no_marks_no_month(tmp_path, no_first):
    """Months across over rows titled "Sí" and "No": the row titled yes is the table's body, a mark in
    the row titled no says no, and the titles are the table's header, not text."""
    path = tmp_path / "sino_across.pdf"
    yes_no_columns(path, ACTIVE["scattered"], no_first)
    assert_read_alone(path, ACTIVE["scattered"])


def test_yes_no_titles_far_below_a_month_table_are_none_of_its_rows(tmp_path):
    """A row of names over a row of marks, and far below it, left of its columns, a list's titles
    "Sí" and "No": the table's body stays the row under its names."""
    sheet = Sheet(tmp_path / "far.pdf")
    sheet.text(60, 120, "Fechas de implementación", 12, BOLD)
    lefts = [60.0 + c * 32.0 for c in range(12)]
    for c, name in enumerate(MONTH_HEADERS["short"]):
        sheet.text(lefts[c] + 80, 140, name, NAME, BOLD)
        if c + 1 in ACTIVE["scattered"]:
            sheet.text(lefts[c] + 92, 158, "X", NAME)
    sheet.text(60, 260, "Sí", NAME)
    sheet.text(60, 280, "No", NAME)
    sheet.text(100, 280, "X", NAME)
    sheet.save()
    (table,), _ = tables_and_notes(tmp_path / "far.pdf")
    assert table_months(table) == ACTIVE["scattered"]
