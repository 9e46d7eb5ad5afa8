"""A month display's marks read as words beside its recognised table ("x x x x x x" under a table
whose cells gave no mark, "■ ■ ■ ■" printed white in filled cells and read as text too) are said in
an aviso, never left in the dates' text silently (a new user's trial of 2026-12-07: d06-lo, a
LibreOffice PDF of a month table with a label column, meses [] and «Me s Eje cuc ión x x x x x x
Inicia…» in a record marked ok; h13, the white ■ of filled cells leading the text). With no mark
read in the table the doubt is on the months, and on the whole field too (the text holds the marks:
ed06 of a trial, «X X X Septiembre, …» with the aviso on the months alone); with some, on the whole
field: the marks are no text, and a legend's mark may have marked the table too.
"""

from __future__ import annotations

import pytest

from extractor.fields.dates import read_dates
from extractor.fields.notes import Notes
from extractor.layout import Cell, Checkbox, Line, Table, TableRole, TextBlock

from .docx_builders import MONTHS_SHORT

TEXT = "Inicia el año 2022."


def month_table(marked: set[int]) -> Table:
    names = [Cell(0, m - 1, n) for m, n in enumerate(MONTHS_SHORT, 1)]
    marks = [Cell(1, m - 1, mark=Checkbox(m in marked, None, "fill")) for m in range(1, 13)]
    return Table(names + marks, 12, role=TableRole.months, months=list(range(1, 13)))


@pytest.mark.parametrize(
    "marked, loose, campos",
    [
        (set(), "x x x x x x", ["fechas_implementacion.meses", "fechas_implementacion"]),
        ({3, 4, 5, 6}, "■ ■ ■ ■", ["fechas_implementacion"]),
        ({9, 10}, "✓ ✓ ✓", ["fechas_implementacion"]),
    ],
)
def test_loose_marks_beside_a_month_table_are_said(marked, loose, campos):
    """Said on the months when the table marks none, and always on the field (the text holds them)."""
    notes = Notes()
    read_dates([month_table(marked), TextBlock([Line(loose)]), TextBlock([Line(TEXT)])], notes)
    assert [(a["campo"], a["codigo"]) for a in notes.avisos] == [(campo, "lectura_dudosa") for campo in campos]
    assert all(loose in a["mensaje"] for a in notes.avisos)


def test_a_table_with_its_text_alone_is_said_nothing():
    notes = Notes()
    got = read_dates([month_table({3, 4}), TextBlock([Line(TEXT)])], notes)
    assert got == {"meses": [3, 4], "texto": TEXT}
    assert notes.avisos == []
