"""A grid of month names whose row of names holds a name broken over the lines of its narrow cell
("Septiembr" over "e", as LibreOffice prints a Word table of six columns; issue 20, month displays of
any shape; Word harness seed 28332). The row is a row of names all the same
(`month_grid._mended_names`): the two rows, one under the other, are one display of twelve
months, not two half-year tables each read by its own one odd cell. Inactive months greyed with a
pale grey against unfilled cells cannot say which group is active: nothing is read, a note says so
(as a grid read whole does); an accent fill marks its months. The broken name's piece is the
display's, no text."""

from __future__ import annotations

import pytest

from extractor.fields.months import table_months
from extractor.layout import ReaderNote, Table, TextBlock
from extractor.readers import read

from .pdf_builders import MONTH_HEADERS
from .pdf_canvas import BOLD, Sheet

NAME, CELL_W, NAME_H, MARK_H = 9.0, 46.0, 24.0, 20.0


def broken_name_grid(path, fills: dict[int, str]) -> None:
    """Two ruled rows of six full names, each over a row of mark cells; "Septiembre" too wide for its
    cell, broken after its ninth letter; the mark cells of the months in `fills` shaded."""
    sheet = Sheet(path)
    sheet.text(60, 120, "Fechas de implementación", 12, BOLD)
    for n, name in enumerate(MONTH_HEADERS["full"]):
        x, top = 60 + (n % 6) * CELL_W, 140 + (n // 6) * (NAME_H + MARK_H)
        sheet.rect(x, top, CELL_W, NAME_H)
        pieces = [name[:9], name[9:]] if len(name) > 9 else [name]
        for k, piece in enumerate(pieces):
            sheet.text(x + 2, top + 2 + 10 * k, piece, NAME)
        sheet.rect(x, top + NAME_H, CELL_W, MARK_H, fill=fills.get(n + 1))
    sheet.text(60, 140 + 2 * (NAME_H + MARK_H) + 14, "Todo el año 2022, salvo enero.", 10)
    sheet.save()


def items(path) -> tuple[list[Table], list[ReaderNote], list[str]]:
    got = read(path).items
    texts = [line for i in got if isinstance(i, TextBlock) for line in i.raw_lines]
    return [i for i in got if isinstance(i, Table)], [i for i in got if isinstance(i, ReaderNote)], texts


def test_inactive_months_greyed_pale_in_a_grid_with_a_broken_name_are_a_doubt(tmp_path):
    path = tmp_path / "grid.pdf"
    broken_name_grid(path, {1: "D8D8D8"})
    tables, notes, texts = items(path)
    assert len(tables) == 1 and table_months(tables[0]) == []
    assert len(notes) == 1 and "gris claro" in notes[0].mensaje
    assert texts == ["Fechas de implementación", "Todo el año 2022, salvo enero."]


@pytest.mark.parametrize("active", [[2, 3, 9], [8, 9, 10, 11, 12]])
def test_an_accent_fill_in_a_grid_with_a_broken_name_marks_its_months(tmp_path, active):
    path = tmp_path / "grid.pdf"
    broken_name_grid(path, {m: "E07A5F" for m in active})
    tables, notes, _ = items(path)
    assert len(tables) == 1 and table_months(tables[0]) == active and notes == []
