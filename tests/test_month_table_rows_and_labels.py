"""PDF month tables with a label column and more than one row of marks (issue 20, part 3; trial 25
d06 as LibreOffice prints it, h16/h17 by Chromium): "Mes | Ene … Dic" over "Ejecución | x …", or
" | Ene … Dic" over a row a year ("2022 | ● …", "2023 | ● …"). The months are the union of the rows'
marks (the second year's row was dropped, its marks glued to the dates' text); the labels are the
table's, no text of the section; a table whose rules run its whole height (LibreOffice), with its
names set left in their cells and broken over two lines, is still read (it was not at all: meses []).
Drawn three ways: rules running the table's height (LibreOffice), each cell's own thin border
rects (Chromium), and no rules but one under the header (reportlab LINEBELOW)."""

from __future__ import annotations

from itertools import pairwise

import pytest

from .docx_builders import MONTHS
from .pdf_canvas import BODY, BOLD, SYMBOLS, Sheet
from .records import records_by_engine

TEXT = "Se realizan dos programas al año, con una duración de tres meses cada uno."
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]
LABEL_W, COL, ROW_H = 60.0, 36.0, 20.0


def _names(sheet: Sheet, x: float, top: float, size: float, broken: bool) -> None:
    """The twelve names set left in their cells; `broken`: "Mar" and "May" broken over two lines
    (a narrow cell), as LibreOffice prints them."""
    for n, name in enumerate(MONTHS):
        short = name[:3]
        left = x + LABEL_W + n * COL + 3
        if broken and short in ("Mar", "May"):
            sheet.text(left, top + 3, short[:2], size, BOLD)
            sheet.text(left, top + 3 + 1.2 * size, short[2:], size, BOLD)
        else:
            sheet.text(left, top + 3, short, size, BOLD)


def _rules(sheet: Sheet, x: float, top: float, heights: list[float], style: str) -> None:
    """The grid's rules: `style` "lines" (vertical rules running the table's whole height, a
    horizontal rule under each row), "cells" (each cell's four sides as thin filled rects), or
    "below" (one rule under the header row only)."""
    right = x + LABEL_W + 12 * COL
    xs = [x, *(x + LABEL_W + n * COL for n in range(13))]
    tops = [top]
    for h in heights:
        tops.append(tops[-1] + h)
    if style == "below":
        sheet.line(x, tops[1], right, tops[1], width=0.5)
    elif style == "lines":
        for y in tops:
            sheet.line(x, y, right, y, width=0.5)
        for cx in xs:
            sheet.line(cx, tops[0], cx, tops[-1], width=0.5)
    else:
        for a, b in pairwise(tops):
            for left, right_x in pairwise(xs):
                for rx, ry, rw, rh in (
                    (left, a, right_x - left, 0.7),
                    (left, b - 0.7, right_x - left, 0.7),
                    (left, a, 0.7, b - a),
                    (right_x - 0.7, a, 0.7, b - a),
                ):
                    sheet.rect(rx, ry, rw, rh, stroke=False, fill="AAAAAA")


def pdf_labelled_table(
    path,
    rows: list[tuple[str, list[int]]],
    corner: str,
    mark: str,
    style: str,
    broken: bool = False,
    note: str = "",
) -> None:
    """A ficha whose dates section is a month table with a label column (`corner` over the row
    titles of `rows`: (title, its marked months)), its marks `mark`, then a paragraph; `note`: a
    word in the last row's January cell."""
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 10
    x, size = 45.0, 8.0
    header_h = 2.4 * size + 16 if broken else ROW_H  # a word processor's space after the cell's paragraph
    sheet.text(x + 3, top + 3, corner, size, BOLD)
    _names(sheet, x, top, size, broken)
    y = top + header_h
    for title, active in rows:
        sheet.text(x + 3, y + 5, title, size, BODY)
        for month in active:
            font = SYMBOLS if mark in "✓●" else BODY
            sheet.text(x + LABEL_W + (month - 1) * COL + COL / 2 - 3, y + 5, mark, size + 1, font)
        y += ROW_H
    if note:
        sheet.text(x + LABEL_W + 3, y - ROW_H + 5, note, size, BODY)
    _rules(sheet, x, top, [header_h] + [ROW_H] * len(rows), style)
    y = sheet.text(45, y + 12, TEXT, 10, BODY) + 16
    y = sheet.text(45, y, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, y, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


def fechas_avisos(got: dict) -> list[dict]:
    return [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")]


@pytest.mark.parametrize("style", ["lines", "cells", "below"])
@pytest.mark.parametrize(
    ("corner", "rows", "mark"),
    [
        ("", [("2022", [9, 10, 11, 12]), ("2023", [3, 4, 5, 6])], "●"),
        ("Año", [("2021", [1, 2]), ("2022", [9, 10]), ("2023", [5])], "X"),
    ],
    ids=["two-years", "three-years"],
)
def test_a_row_a_year_marks_the_union_of_the_rows(tmp_path, style, corner, rows, mark):
    pdf_labelled_table(tmp_path / "ficha.pdf", rows, corner, mark, style)
    union = sorted({m for _, active in rows for m in active})
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": union, "texto": TEXT}
        assert fechas_avisos(got) == []


@pytest.mark.parametrize("style", ["lines", "cells"])
@pytest.mark.parametrize(
    ("corner", "title"), [("Mes", "Ejecución"), ("Meses", "Marque con X")], ids=["ejecucion", "marque"]
)
def test_label_column_beside_a_ruled_table_with_broken_names(tmp_path, style, corner, title):
    active = [4, 5, 6, 9, 10, 11]
    pdf_labelled_table(tmp_path / "ficha.pdf", [(title, active)], corner, "x", style, broken=True)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": active, "texto": TEXT}
        assert fechas_avisos(got) == []


def test_a_paragraph_under_an_unruled_table_is_no_row(tmp_path):
    """A line under the table that starts in its label column and runs on across the columns is the
    section's text, not a row title (nor are its first words a label)."""
    active = [3, 4]
    pdf_labelled_table(tmp_path / "ficha.pdf", [("2023", active)], "", "✓", "below")
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": active, "texto": TEXT}


def pdf_stacked_ruled_grid(path, active: list[int]) -> None:
    """ "Enero … Junio" over a row of ✓ over "Julio … Diciembre" over theirs, one ruled table whose
    rules run its whole height, the long names broken over two lines ("Septiembr" / "e"): a Word
    table of four rows as LibreOffice prints it."""
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 10
    x, col, size, names_h = 45.0, 72.0, 11.0, 2 * 11.0 * 1.3 + 6
    heights = [names_h, 1.3 * size + 8] * 2
    tops = [top]
    for h in heights:
        tops.append(tops[-1] + h)
    for half in range(2):
        for n in range(6):
            month = half * 6 + n + 1
            name = MONTHS[month - 1]
            sheet.text(x + n * col + 3, tops[2 * half] + 3, name[:9], size, BODY)
            if len(name) > 9:
                sheet.text(x + n * col + 3, tops[2 * half] + 3 + 1.3 * size, name[9:], size, BODY)
            if month in active:
                sheet.text(x + n * col + 3, tops[2 * half + 1] + 3, "✓", size, SYMBOLS)
    for y in tops:
        sheet.line(x, y, x + 6 * col, y, width=0.5)
    for c in range(7):
        sheet.line(x + c * col, tops[0], x + c * col, tops[-1], width=0.5)
    y = sheet.text(45, tops[-1] + 4, TEXT, 10, BODY) + 16
    y = sheet.text(45, y, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, y, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


def test_a_row_of_names_ends_the_ruled_rows(tmp_path):
    """The second half's names end the first half's rows: its marks are its own months (October and
    November were read as April and May, trial 25 d04 as LibreOffice prints it)."""
    active = [2, 10, 11]
    pdf_stacked_ruled_grid(tmp_path / "ficha.pdf", active)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"]["meses"] == active


@pytest.mark.parametrize("style", ["lines", "below"])
def test_a_row_with_a_word_among_its_marks_is_said(tmp_path, style):
    """A year's row holding a word among its marks ("pausa") is still the table's: its marks count,
    and the word is said in an aviso on the dates (it was glued to their text, the record ok)."""
    rows = [("2022", [9, 10, 11, 12]), ("2023", [3, 4, 5, 6])]
    pdf_labelled_table(tmp_path / "ficha.pdf", rows, "", "●", style, note="pausa")
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": [3, 4, 5, 6, 9, 10, 11, 12], "texto": TEXT}
        assert [a["codigo"] for a in fechas_avisos(got)] == ["lectura_dudosa"]
        assert "pausa" in fechas_avisos(got)[0]["mensaje"]


def test_a_form_label_beside_the_table_stays_the_heading(tmp_path):
    """A form's label cell beside the month table ("Fechas de implementación" left of a ruled table in
    the value cell) is the section's heading, no title of the table's rows."""
    sheet = Sheet(tmp_path / "ficha.pdf")
    top = sheet.ficha_head(SECTIONS)
    x, col, active = 130.0, 34.0, [2, 3, 7]
    sheet.text(45, top + 3, "Fechas de", 10, BOLD)
    sheet.text(45, top + 15, "implementación", 10, BOLD)
    for n, name in enumerate(MONTHS):
        sheet.text(x + n * col + 3, top + 3, name[:3], 8, BOLD)
        if n + 1 in active:
            sheet.text(x + n * col + 3, top + ROW_H + 5, "X", 9, BODY)
    for r in range(3):
        sheet.line(x, top + r * ROW_H, x + 12 * col, top + r * ROW_H, width=0.5)
    for c in range(13):
        sheet.line(x + c * col, top, x + c * col, top + 2 * ROW_H, width=0.5)
    y = sheet.text(x, top + 2 * ROW_H + 8, TEXT, 9, BODY) + 16
    y = sheet.text(45, y, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, y, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": active, "texto": TEXT}
