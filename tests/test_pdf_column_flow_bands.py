"""Two CSS columns under band headings, and a row of month pills over the dates' text (issue 20).

A designer's two-column flow (`column-count: 2`) sets each section's heading in a band the width of
its column, the band's padding leaving more than an em between the heading's line and its text. The
left column holds three headings in a row, one of them over a one-line paragraph; the right column
opens with the description going on from the left column's foot, its lines level with the headings
beside them. The headings share a left edge like a label | value grid's, but the one-line paragraph
under one of them is in the body's dress, no piece of a heading (`rows._heading_piece`): the column
holds text under its headings, no grid, and the right column's lines are the description's.

The month display is a row of twelve pills, each name inside its own outlined cell, the active ones
filled dark; the dates' text stands right under the row, closer than a body row's height, and runs
past the row's right edge. That line is text under the table, never a cell of it (`grid._lines_out_of`).
"""

from __future__ import annotations

import pytest

from .pdf_canvas import BODY, BOLD, Sheet, typeset
from .records import records

LEFT, RIGHT, MEASURE = 40.0, 310.0, 240.0
FUNDING = "Recursos propios de la municipalidad y aportes de la corporación municipal de desarrollo social."
SUSTAIN = "Sigue vigente y se ejecuta de manera permanente."
OPENING = (
    "El programa busca desarrollar habilidades y destrezas de competencias laborales y personales que contribuyan "
    "en la formación de oficios, a través de un espacio formativo y de encuentro socio comunitario para las "
    "personas migrantes de la comuna. "
) * 8 + "Se abren dos procesos durante el año."
CLOSING = "Las personas que acceden son en su mayoría de origen extranjero y valoran esta instancia."
INNOVATION = "Se destaca la academia como un lugar de encuentro y aprendizaje con pertinencia regional."
MONTHS = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]
DATES = "Inicia el año 2022. Se realizan dos programas al año, con una duración de tres meses cada uno."


def band(sheet: Sheet, x: float, top: float, heading: str) -> float:
    """A dark band the column's width holding a white bold heading; returns the top of its text
    (the band's padding and margin under it: more than an em under the heading's line)."""
    sheet.rect(x, top, MEASURE, 15, stroke=False, fill="2A6F4E")
    sheet.canvas.setFillGray(1)
    sheet.text(x + 6, top + 3, heading, 9, BOLD)
    sheet.canvas.setFillGray(0)
    return top + 27


def head(sheet: Sheet) -> None:
    sheet.text(LEFT, 50, "Academia municipal abierta", 20, BOLD)
    sheet.text(LEFT, 80, "MUNICIPALIDAD DE ARICA", 10, BOLD)
    top = band(sheet, LEFT, 105, "Grupo prioritario")
    sheet.text(LEFT, top, "Personas migrantes y refugiadas.", 9, BODY)


def test_a_column_of_band_headings_over_their_text_is_no_grid(tmp_path):
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    head(sheet)
    opening = typeset(OPENING, MEASURE, 9)
    top = band(sheet, LEFT, 170, "Forma de financiamiento")
    top = sheet.lines(LEFT, top, typeset(FUNDING, MEASURE, 9), 9) + 8
    top = band(sheet, LEFT, top, "Sostenibilidad en el tiempo")
    top = sheet.lines(LEFT, top, [SUSTAIN], 9) + 8
    top = band(sheet, LEFT, top, "Breve descripción")
    sheet.lines(LEFT, top, opening[:-8], 9)
    # the right column's top, level with the left column's first band: the opening paragraph's last
    # lines, then the closing paragraph, both ending above the description's first line beside them
    top = sheet.lines(RIGHT, 162, opening[-8:], 9) + 6
    top = sheet.lines(RIGHT, top, typeset(CLOSING, MEASURE, 9), 9) + 10
    top = band(sheet, RIGHT, max(top, 310), "Elemento innovador")
    sheet.lines(RIGHT, top, typeset(INNOVATION, MEASURE, 9), 9)
    sheet.save()
    (got,) = records(path)
    assert got["forma_financiamiento"]["texto"] == FUNDING
    assert got["sostenibilidad"] == SUSTAIN
    assert got["descripcion"] == f"{OPENING}\n\n{CLOSING}"
    assert got["elemento_innovador"] == INNOVATION


@pytest.mark.parametrize("measure", [None, 300.0], ids=["past-the-row", "wrapped-under-it"])
def test_text_right_under_a_row_of_month_pills_is_no_cell(tmp_path, measure):
    """The dates' text right under the pills, closer than a body row: on one line running past the
    row's right edge, or wrapped within the row's width (`grid._names_in_cells`: names in cells of
    their own and no body row drawn under them: the table's body holds marks only)."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    head(sheet)
    top = band(sheet, LEFT, 170, "Fechas de implementación")
    active = {3, 4, 5, 8, 9, 10}
    x = LEFT
    for n, name in enumerate(MONTHS, start=1):
        on = n in active
        sheet.rect(x, top, 25, 11, fill="2A6F4E" if on else None, radius=5)
        sheet.canvas.setFillGray(1 if on else 0)
        sheet.text(x + 4, top + 2, name, 7, BODY)
        sheet.canvas.setFillGray(0)
        x += 27
    lines = typeset(DATES, measure, 9) if measure else [DATES]
    sheet.lines(LEFT, top + 19, lines, 9)  # under the pills, closer than a body row
    top = band(sheet, LEFT, top + 60, "Breve descripción")
    sheet.lines(LEFT, top, typeset(INNOVATION, 480, 9), 9)
    sheet.save()
    (got,) = records(path)
    assert got["fechas_implementacion"] == {"meses": sorted(active), "texto": DATES}
