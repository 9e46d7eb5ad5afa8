"""A row of twelve ruled cells, each month's name inside its cell, the borders drawn as thin filled
shapes (as a browser prints a table's cell borders): a border is a rule, no cell's shading, so a row
with no month set apart marks none, at any size of the names; months set apart (bold, shaded) are
read each in its cell."""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics

from extractor.fields.months import table_months
from extractor.layout import Table
from extractor.readers import read

from .pdf_builders import MONTH_HEADERS
from .pdf_canvas import BODY, BOLD, Sheet

BORDER = 0.8  # points: each cell's border, a filled shape of the cell's width or height


def _bordered_row(path, size: float, bold: frozenset[int] = frozenset(), fill: frozenset[int] = frozenset()) -> None:
    """Twelve cells of one width in a row, each month's full name centred in its cell (so the names'
    centres, long and short, do not fall evenly), every border a thin grey filled shape; months in
    `bold` printed bold, months in `fill` shaded green."""
    sheet = Sheet(path)
    sheet.text(50, 80, "Texto antes de la tabla.", 10)
    widest = max(pdfmetrics.stringWidth(name, BOLD, size) for name in MONTH_HEADERS["full"])
    x, top, col, height = 40.0, 200.0, widest + 0.8 * size, 1.6 * size
    for month, name in enumerate(MONTH_HEADERS["full"], start=1):
        left = x + (month - 1) * col
        if month in fill:
            sheet.rect(left, top, col, height, stroke=False, fill="2E9E5B")
        for bx, by, bw, bh in (
            (left, top, col + BORDER, BORDER),  # top
            (left, top + height - BORDER, col + BORDER, BORDER),  # bottom
            (left, top, BORDER, height),  # left side
            (left + col, top, BORDER, height),  # right side
        ):
            sheet.rect(bx, by, bw, bh, stroke=False, fill="999999")
        font = BOLD if month in bold else BODY
        sheet.text(left + (col - pdfmetrics.stringWidth(name, font, size)) / 2, top + 0.3 * size, name, size, font)
    sheet.text(50, top + height + 20, "Texto después de la tabla.", 10)
    sheet.save()


def _months(path) -> list[int] | None:
    tables = [item for item in read(path).items if isinstance(item, Table)]
    return table_months(tables[0]) if tables else None


@pytest.mark.parametrize("size", [2.2, 3.0, 4.5, 6.0])
def test_cell_borders_mark_no_month(tmp_path, size):
    path = tmp_path / "row.pdf"
    _bordered_row(path, size)
    assert _months(path) in ([], None)


@pytest.mark.parametrize("way", ["bold", "fill"])
@pytest.mark.parametrize("size", [2.2, 4.5, 6.0])
def test_months_set_apart_among_bordered_cells_are_read_each_alone(tmp_path, size, way):
    """The body under the names shows no rule between the cells (the borders are the names' cells'):
    the months the names set apart are read each in its own cell, not as one merged cell."""
    path = tmp_path / "row.pdf"
    _bordered_row(path, size, **{way: frozenset({3, 4, 9})})
    assert _months(path) == [3, 4, 9]
