"""Table rows cut by a page break (issue 20, Word harness kind "a Sello name wrapped in its cell, the
row cut by the page break": Word and LibreOffice let a table's row break across pages).

- A ruled name | justification table whose last row is cut at the page's foot: each cell's lines
  go on at the next page's head in the same column. Text belongs to the cell it stands in: the
  name's wrapped words go on in the name's cell, the justification's lines in the justification's,
  never the name's rest into the justification read just before it.
- A row's next cell, level with the first line of the cell before it (within half an em), is no
  next column of that cell's text: a name and its justification are two paragraphs, however open
  the name's end.
"""

from __future__ import annotations

import pytest

from .pdf_canvas import BOLD, Sheet, typeset
from .test_pdf_beside_rows import (
    INNOVATION,
    LEADING,
    SIZE,
    assert_sello_rows_then_innovation,
    head,
    only_missing_sections,
    paragraph,
    records,
)

ROWS = [
    (["Vinculación comunitaria"], "ya que se trabaja con las organizaciones del barrio y sus juntas de vecinos."),
    (
        ["Estrategias formativas y de", "sensibilización"],
        "ya que genera instancias que trabajan por la no discriminación y la sensibilización respecto al "
        "racismo y la xenofobia en los barrios de la comuna.",
    ),
]
NAME_X, VALUE_X, RIGHT = 46.0, 340.0, 555.0


def _ruled_row(sheet: Sheet, top: float, bottom: float) -> None:
    """A row's rules: its top and bottom, its sides and the rule between its two cells."""
    for y in (top, bottom):
        sheet.line(40, y, RIGHT, y, 0.5)
    for x in (40, VALUE_X - 6, RIGHT):
        sheet.line(x, top, x, bottom, 0.5)


@pytest.mark.parametrize("rise", [0.0, 0.6], ids=["level", "value-a-hair-higher"])
@pytest.mark.parametrize("name_cut", [True, False], ids=["name-cut-too", "justification-cut"])
def test_a_table_row_cut_by_the_page_goes_on_cell_by_cell(tmp_path, name_cut, rise):
    """The Sello's table (ruled, bold names left, justifications right) ends page 1 with a row the
    page's foot cuts: one line of the name (or the whole name) and two of the justification on
    page 1, the rest of each cell at the top of page 2, in a ruled row of its own. Each line gets its
    own justification, and the name's rest is no part of it. The justification's glyphs may stand a
    hair higher than the bold name's (`rise` points, as LibreOffice prints them): the row's next
    cell still, not the name's text going on in a next column."""
    path = tmp_path / "table.pdf"
    sheet = Sheet(path)
    start = head(sheet)
    sheet.text(40, start, "ELEMENTO INNOVADOR", SIZE, BOLD)
    paragraph(sheet, 40, start + 1.5 * LEADING, typeset(INNOVATION, 515, SIZE))
    foot = sheet.height - 60
    first_name, first_value = ROWS[0][0], typeset(ROWS[0][1], RIGHT - VALUE_X - 6, SIZE)
    top = foot - 2 * LEADING - 8 - (len(first_value) * LEADING + 8) - 2 * LEADING
    sheet.text(40, top, "LÍNEAS SELLO", SIZE, BOLD)
    top += 2 * LEADING
    height = len(first_value) * LEADING + 8
    _ruled_row(sheet, top - 4, top - 4 + height)
    sheet.lines(NAME_X, top, first_name, SIZE, BOLD, LEADING / SIZE)
    paragraph(sheet, VALUE_X, top, first_value)
    top += height
    name, value = ROWS[1][0], typeset(ROWS[1][1], RIGHT - VALUE_X - 6, SIZE)
    assert len(value) >= 4
    on_first = 1 if name_cut else 2
    _ruled_row(sheet, top - 4, foot)
    sheet.lines(NAME_X, top, name[:on_first], SIZE, BOLD, LEADING / SIZE)
    paragraph(sheet, VALUE_X, top - rise, value[:2])
    assert top + 2 * LEADING <= foot
    sheet.next_page()
    rest = max(len(name) - on_first, len(value) - 2) * LEADING + 8
    _ruled_row(sheet, 50, 54 + rest)
    sheet.lines(NAME_X, 54, name[on_first:], SIZE, BOLD, LEADING / SIZE)
    paragraph(sheet, VALUE_X, 54 - rise, value[2:])
    sheet.save()
    (record,) = records(path)
    assert [(s["linea"], s["justificacion"]) for s in record["lineas_sello"]] == [
        ("vinculacion_comunitaria", ROWS[0][1]),
        ("estrategias_formativas", ROWS[1][1]),
    ]
    assert record["elemento_innovador"] == INNOVATION
    assert only_missing_sections(record)


SELLO_ROWS = [
    (["Políticas locales", "y trabajo", "colaborativo"], "ya que la actividad es coordinada junto a la Corporación."),
    (["Vinculación", "comunitaria"], "ya que el festival visibiliza la diversidad cultural de la comuna."),
    (["Estrategias", "formativas y de", "sensibilización"], "ya que genera instancias contra la discriminación."),
]


def _framed_row(sheet: Sheet, x: float, top: float, name: list[str], justification: str) -> float:
    """A row of two framed cells (name 90 points wide, justification 150) at `x`; returns its bottom."""
    lines = typeset(justification, 138, SIZE)
    height = LEADING * max(len(name), len(lines)) + 12
    sheet.rect(x, top - 6, 90, height)
    sheet.rect(x + 90, top - 6, 150, height)
    sheet.lines(x + 6, top, name, SIZE, BOLD, LEADING / SIZE)
    paragraph(sheet, x + 96, top, lines)
    return top - 6 + height


def test_rows_opening_the_next_column_past_a_heading_band_are_the_tables(tmp_path):
    """Two columns of text (CSS columns). The innovation's heading, in a dark band of its own, ends
    page 1's right column; its text opens page 2's left column, then the Sello's heading and the
    first row of its table (framed cells); the table's other rows open page 2's right column, at
    the page's top, right over where the band stood. The band held a heading alone: nothing of it
    goes on past the page, and those rows are the Sello's, not the innovation's."""
    path = tmp_path / "band.pdf"
    sheet = Sheet(path)
    top = head(sheet)
    sheet.text(40, top, "BREVE DESCRIPCIÓN", SIZE, BOLD)
    description = typeset(" ".join([INNOVATION] * 4), 240, SIZE)
    split = (len(description) + 1) // 2
    paragraph(sheet, 40, top + 1.5 * LEADING, description[:split])
    bottom = paragraph(sheet, 305, top, description[split:])
    band_top = max(bottom + LEADING, sheet.height - 60 - 2 * LEADING)
    sheet.rect(300, band_top - 4, 245, 2 * LEADING + 4, stroke=False, fill="1F3A68")
    sheet.canvas.setFillGray(1)
    sheet.lines(305, band_top, ["ELEMENTO INNOVADOR/CREATIVO", "DEL PROYECTO O ACTIVIDAD:"], SIZE, BOLD, LEADING / SIZE)
    sheet.canvas.setFillGray(0)
    sheet.next_page()
    top = paragraph(sheet, 40, 50, typeset(INNOVATION, 240, SIZE)) + LEADING
    sheet.text(40, top, "LÍNEAS SELLO", SIZE, BOLD)
    _framed_row(sheet, 40, top + 2 * LEADING, *SELLO_ROWS[0])
    top = 56.0
    for name, justification in SELLO_ROWS[1:]:
        top = _framed_row(sheet, 305, top, name, justification) + 6
    sheet.save()
    (record,) = records(path)
    assert_sello_rows_then_innovation(record, SELLO_ROWS)


OFFICES = "Corporación de Cultura. Oficina de diversidad y no discriminación (Programa de Comunidad Migrante)"


def test_a_side_panels_heading_takes_no_value_from_the_column_beside_it(tmp_path):
    """A side panel (a filled box left) holds the municipality, the categories' heading and its
    ballot list; beside it the main column opens with the offices' heading (two lines, in a dark
    band) and its text, whose first line stands level with the panel's "CATEGORÍA:" by chance. The
    panel's heading is no row's label: the text is the offices', the list the categories'."""
    path = tmp_path / "panel.pdf"
    sheet = Sheet(path)
    sheet.text(40, 40, "Festival multicultural", 18, BOLD)
    sheet.rect(40, 80, 175, 300, stroke=False, fill="EEF3FA")
    sheet.text(50, 92, "Municipalidad de San Joaquín", SIZE, BOLD)
    sheet.text(50, 123, "CATEGORÍA:", SIZE, BOLD)
    sheet.ballot_list(50, 146, ["Sociolaboral", "Acogida/atención", "Emprendimiento", "Otra"], [1], 21)
    sheet.rect(235, 84, 320, 34, stroke=False, fill="1F3A68")
    sheet.canvas.setFillGray(1)
    sheet.lines(240, 88, ["DEPARTAMENTO/OFICINAS MUNICIPALES QUE", "PARTICIPAN:"], SIZE, BOLD, LEADING / SIZE)
    sheet.canvas.setFillGray(0)
    bottom = paragraph(sheet, 240, 123, typeset(OFFICES, 300, SIZE))
    top = bottom + LEADING
    for heading, text in [("GRUPO PRIORITARIO:", "Comunidad migrante y local."), ("BREVE DESCRIPCIÓN:", INNOVATION)]:
        sheet.text(240, top, heading, SIZE, BOLD)
        top = paragraph(sheet, 240, top + 1.5 * LEADING, typeset(text, 300, SIZE)) + LEADING
    sheet.save()
    (record,) = records(path)
    assert [o["texto"] for o in record["oficinas"]][:1] == ["Corporación de Cultura"]
    assert record["categorias"] == ["acogida_atencion"]
    assert not [a for a in record["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"]


DATES = "2015: se gesta la idea y generan los liderazgos y capacitaciones. 2019: Se formaliza la cooperativa."


def test_cards_of_one_grid_row_cut_by_the_page_go_on_in_their_own_columns(tmp_path):
    """Cards in a grid of two columns: the dates' card (left, two paragraphs) and the innovation's
    (right, one line under its heading, its fill as tall as the row) are both cut by page 1's foot.
    Page 2 opens with the rest of each, in its column: the dates' last words left, the right
    card's next row right (the sustainability's label and value, level with the dates' words: no
    label of theirs, it stands right of them). The dates' words go on the dates' card, not the
    right card read last on page 1."""
    path = tmp_path / "grid.pdf"
    sheet = Sheet(path)
    head(sheet)
    foot = sheet.height - 50
    dates = typeset(DATES, 160, SIZE)
    assert len(dates) >= 3
    card_top = foot - 5 * LEADING - LEADING * (len(dates) - 1) - 8
    for x in (40, 305):
        sheet.rect(x - 6, card_top - 6, 250, foot - card_top + 6, stroke=False, fill="EEF3FA")
    sheet.text(40, card_top, "FECHAS DE IMPLEMENTACIÓN", SIZE, BOLD)
    paragraph(sheet, 40, card_top + 2 * LEADING, ["Cada año, de marzo a", "diciembre."])
    paragraph(sheet, 40, card_top + 5 * LEADING, dates[:-1])
    sheet.text(305, card_top, "ELEMENTO INNOVADOR", SIZE, BOLD)
    paragraph(sheet, 305, card_top + 2 * LEADING, ["Se destaca el trabajo con las vecinas."])
    sheet.next_page()
    sheet.rect(34, 44, 250, 40, stroke=False, fill="EEF3FA")
    paragraph(sheet, 40, 50, dates[-1:])
    sheet.rect(299, 44, 250, 60, stroke=False, fill="EEF3FA")
    sheet.lines(305, 50, ["SOSTENIBILIDAD", "EN EL TIEMPO"], SIZE, BOLD, LEADING / SIZE)
    sustainability = typeset("Sigue vigente y se ejecuta cada año.", 120, SIZE)
    paragraph(sheet, 420, 50, sustainability)
    sheet.text(40, 130, "BREVE DESCRIPCIÓN", SIZE, BOLD)
    paragraph(sheet, 40, 130 + 1.5 * LEADING, typeset(INNOVATION, 515, SIZE))
    sheet.save()
    (record,) = records(path)
    assert record["fechas_implementacion"]["texto"] == f"Cada año, de marzo a diciembre. {DATES}"
    assert record["elemento_innovador"] == "Se destaca el trabajo con las vecinas."
    assert record["sostenibilidad"] == "Sigue vigente y se ejecuta cada año."
    assert record["descripcion"] == INNOVATION
