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
from .test_pdf_beside_rows import INNOVATION, LEADING, SIZE, head, only_missing_sections, paragraph, records

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
