"""Label | value rows over two columns of running text: the value cell of the last row ends at the
white space under it; the top of the right-hand column, set level with the space above the left
column's first heading, is the running text's, not the row's value (browser harness, issue 20)."""

from __future__ import annotations

import contextlib

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from extractor.pipeline import extract_document

from .pdf_canvas import BODY, BOLD, Sheet

ROWS = [
    (["Grupo prioritario"], "Mujeres migrantes jefas de hogar."),
    (["Forma de", "financiamiento"], "Recursos propios municipales."),
    (["Sostenibilidad en el", "tiempo"], "Sigue vigente y tiene una periodicidad anual."),
]
LEFT = ["La municipalidad abre una escuela", "de oficios para mujeres del barrio,", "que se reúnen cada"]
RIGHT = ["semana en la sede vecinal con sus", "hijas e hijos."]
INNOVATION = ["Se trabaja con las vecinas."]


def ficha(path, rise: float, one_line_label: bool = False) -> None:
    """The rows at x 45 | 200; then the description's heading and text in a left column (x 45) and
    its end, then the innovation element, in a right column (x 310) whose top is `rise` points
    above the left column's heading; `one_line_label`: the last row's label on one line."""
    sheet = Sheet(path)
    sheet.text(45, 50, "Escuela de oficios para mujeres migrantes", 20, BOLD)
    sheet.text(45, 85, "MUNICIPALIDAD PUENTE ALTO", 10, BOLD)
    top = 115.0
    for label, value in ROWS:
        label = [" ".join(label)] if one_line_label else label
        sheet.text(200, top, value, 10, BODY)
        top = sheet.lines(45, top, label, size=11, font=BOLD, leading=1.3) + 12
    column = top + 24
    bottom = sheet.text(45, column, "Breve descripción", 11, BOLD) + 8
    sheet.lines(45, bottom, LEFT, size=10, font=BODY, leading=1.35)
    right = sheet.lines(310, column - rise, RIGHT, size=10, font=BODY, leading=1.35) + 10
    right = sheet.text(310, right, "Elemento innovador", 11, BOLD) + 8
    sheet.lines(310, right, INNOVATION, size=10, font=BODY)
    sheet.save()


@pytest.mark.parametrize(
    ("rise", "one_line_label"),
    [(0.0, False), (10.0, False), (27.0, True)],  # the last: a narrow gap, the column starting further right
)
def test_the_last_rows_value_stops_at_the_white_space_under_it(tmp_path, rise, one_line_label):
    path = tmp_path / "ficha.pdf"
    ficha(path, rise, one_line_label)
    with contextlib.chdir(tmp_path):
        (got,) = [f.model_dump(mode="json") for f in extract_document(path).fichas]
    assert got["sostenibilidad"] == ROWS[2][1]
    assert got["forma_financiamiento"]["texto"] == ROWS[1][1]
    assert got["descripcion"].startswith(" ".join(LEFT))  # a paragraph break or not: the harness's concern
    assert got["descripcion"].endswith(" ".join(RIGHT))
    assert got["elemento_innovador"] == INNOVATION[0]


@pytest.mark.parametrize("gap", [9.0])
def test_a_larger_heading_with_its_value_close_beside_it_is_two_fragments(tmp_path, gap):
    """A 13-point heading (wrapped or not) and its 10-point value on its first baseline, `gap`
    points right of the heading's widest line (less than the 1.2 font sizes a gap between words
    of one size needs), the title right above the first row: the value is the heading's text."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    sheet.text(45, 50, "MUNICIPALIDAD PUENTE ALTO", 10, BOLD)
    sheet.text(45, 75, "Escuela de oficios para mujeres migrantes", 20, BOLD)
    top = 105.0  # 10 points under the title
    for label, value in ROWS:  # the value `gap` points right of the label's widest line
        sheet.text(45 + max(stringWidth(line, BOLD, 13) for line in label) + gap, top + 2, value, 10, BODY)
        top = sheet.lines(45, top, label, size=13, font=BOLD, leading=1.2) + 26
    sheet.save()
    with contextlib.chdir(tmp_path):
        (got,) = [f.model_dump(mode="json") for f in extract_document(path).fichas]
    assert got["grupo_prioritario"] == ROWS[0][1]
    assert got["sostenibilidad"] == ROWS[2][1]


def test_a_value_cell_keeps_its_paragraphs_and_not_the_text_further_right_on_its_row(tmp_path):
    """Headings in a left column (x 45), each with its text beside it (x 150, up to about x 330);
    further right (x 400) the lines of a category grid, one of them level with the description's
    heading and a little above it. The description keeps its two paragraphs; the grid's line is
    no part of it."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    sheet.text(45, 50, "Escuela de oficios para mujeres migrantes", 20, BOLD)
    sheet.text(45, 85, "MUNICIPALIDAD PUENTE ALTO", 10, BOLD)
    top = 115.0
    for label, value in ROWS[:2]:
        sheet.text(150, top, value, 10, BODY)
        top = sheet.lines(45, top, label, size=11, font=BOLD, leading=1.3) + 12
    top += 30
    sheet.text(400, top - 40, "Categoría", 11, BOLD)  # the grid's second line a little above the heading
    sheet.lines(400, top - 17, ["Sociolaboral", "Emprendimiento Capacitaciones", "Cooperativas"], size=10, leading=1.5)
    sheet.text(45, top, "Breve descripción", 11, BOLD)
    bottom = sheet.lines(150, top, LEFT, size=10, font=BODY, leading=1.35) + 8
    bottom = sheet.lines(150, bottom, RIGHT, size=10, font=BODY, leading=1.35) + 12
    sheet.text(45, bottom, "Sostenibilidad en el tiempo", 11, BOLD)
    sheet.text(200, bottom, ROWS[2][1], 10, BODY)
    sheet.save()
    with contextlib.chdir(tmp_path):
        (got,) = [f.model_dump(mode="json") for f in extract_document(path).fichas]
    assert got["descripcion"] == " ".join(LEFT) + "\n\n" + " ".join(RIGHT)
    assert got["sostenibilidad"] == ROWS[2][1]
