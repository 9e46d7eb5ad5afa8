"""PDF month tables: each header style and each way of marking months, read from a small PDF."""

from __future__ import annotations

import pytest

from extractor.fields.months import table_months
from extractor.layout import Table
from extractor.readers import read

from .pdf_builders import MonthTable, month_table_page

HEADERS = ["full", "short", "letter"]  # Enero .. / Ene .. / E F M A M J J A S O N D read by position
MARKINGS = ["glyph", "text", "box", "symbol_box", "merged", "bar", "shading", "rounded_bar"]
ACTIVE = {"april-november": [4, 5, 6, 7, 8, 9, 10, 11], "all-year": list(range(1, 13)), "scattered": [2, 3, 9]}


def the_table(path) -> Table:
    tables = [item for item in read(path).items if isinstance(item, Table)]
    assert len(tables) == 1, tables
    return tables[0]


def read_months(tmp_path, **table) -> list[int]:
    path = tmp_path / "months.pdf"
    month_table_page(path, MonthTable(**table))
    return table_months(the_table(path))


@pytest.mark.parametrize("active", ACTIVE, ids=list(ACTIVE))
@pytest.mark.parametrize("marking", MARKINGS)
@pytest.mark.parametrize("header", HEADERS)
def test_marked_months_are_read(tmp_path, header, marking, active):
    assert read_months(tmp_path, header=header, marking=marking, active=ACTIVE[active]) == ACTIVE[active]


def test_header_cells_keep_the_printed_names_and_the_text_after_the_table_stays_text(tmp_path):
    month_table_page(tmp_path / "months.pdf", MonthTable(header="letter", active=[1]))
    layout = read(tmp_path / "months.pdf")
    table = the_table(tmp_path / "months.pdf")
    assert [c.text for c in table.row(0)] == list("EFMAMJJASOND")
    assert layout.items[-1].raw_lines == ["Texto después de la tabla."]


def test_a_merged_cell_is_one_cell_spanning_its_months(tmp_path):
    month_table_page(tmp_path / "months.pdf", MonthTable(marking="merged", active=[4, 5, 6, 7, 8]))
    body = the_table(tmp_path / "months.pdf").row(1)
    merged = [cell for cell in body if cell.colspan > 1]
    assert [(c.col, c.colspan, c.mark.checked) for c in merged] == [(3, 5, True)]
    assert len(body) == 12 - 5 + 1


def test_one_merged_cell_for_the_whole_year_under_a_ruled_header(tmp_path):
    month_table_page(tmp_path / "months.pdf", MonthTable(marking="merged", active=list(range(1, 13))))
    (cell,) = the_table(tmp_path / "months.pdf").row(1)
    assert (cell.colspan, cell.mark.checked) == (12, True)


def test_without_rules_in_header_or_body_each_column_is_its_own_cell(tmp_path):
    assert read_months(tmp_path, header_fill=False, body_rules=False, active=[5]) == [5]


def test_a_table_without_rules_in_header_or_body_is_undivided_and_a_ruled_one_is_not(tmp_path):
    """`Table.undivided`: nothing divides its row into cells (a scan shows no rule drawn in the header's
    own colour), so its one mark may as well mark one cell spanning the row (`fields.dates`)."""
    month_table_page(tmp_path / "bare.pdf", MonthTable(header_fill=False, body_rules=False, active=[1]))
    month_table_page(tmp_path / "ruled.pdf", MonthTable(active=[1]))
    assert the_table(tmp_path / "bare.pdf").undivided
    assert not the_table(tmp_path / "ruled.pdf").undivided


def test_marks_in_several_columns_of_an_unruled_body_are_not_one_merged_cell(tmp_path):
    assert read_months(tmp_path, header_fill=True, body_rules=False, active=[2, 3, 9]) == [2, 3, 9]


def test_boxes_in_an_unruled_body_are_read_by_column(tmp_path):
    assert read_months(tmp_path, marking="box", header_fill=False, body_rules=False, active=[3, 4]) == [3, 4]


@pytest.mark.parametrize("active", [[2, 3], []], ids=["some", "none"])
def test_shading_is_read_against_the_cells_own_pale_fill(tmp_path, active):
    """Every cell has its own pale fill (no row background); only the differently shaded ones are marked."""
    assert read_months(tmp_path, marking="shading", cell_fill="F3F7FC", active=active) == active


def test_one_colour_in_every_cell_without_a_row_background_is_the_tables_style(tmp_path):
    assert read_months(tmp_path, marking="shading", cell_fill="F3F7FC", active=list(range(1, 13))) == []


def test_shading_every_cell_over_a_row_background_marks_the_whole_year(tmp_path):
    assert read_months(tmp_path, marking="shading", active=list(range(1, 13))) == list(range(1, 13))


def test_an_empty_table_marks_no_month(tmp_path):
    for marking in ("glyph", "box", "symbol_box", "shading", "bar", "rounded_bar"):
        assert read_months(tmp_path, marking=marking, active=[]) == [], marking


@pytest.mark.parametrize("graze", [0.1, 0.4])
def test_a_rounded_bar_marks_the_months_it_covers_not_those_its_ends_graze(tmp_path, graze):
    """Issue 15 kind 4: a bar over pale cells marks a month when it covers most of the column."""
    path = tmp_path / "bar.pdf"
    month_table_page(path, MonthTable(header="letter", marking="rounded_bar", active=[9, 10, 11], bar_graze=graze))
    assert table_months(the_table(path)) == [9, 10, 11]


@pytest.mark.parametrize("active", [[9, 10, 11], [1, 2], [12]])
def test_a_bar_over_part_of_an_undivided_row_under_a_divided_header_marks_its_months_only(tmp_path, active):
    """The header's cells are divided, the body is one pale band: an undivided body reads as one
    merged cell, but a bar over some of its columns and not the others shows they were not merged."""
    path = tmp_path / "bar.pdf"
    month_table_page(path, MonthTable(header="short", marking="rounded_bar", active=active, bar_band=True))
    assert table_months(the_table(path)) == active


@pytest.mark.parametrize("marking", ["glyph", "box", "shading"])
@pytest.mark.parametrize("header, pieces", [("full", 4), ("short", 1)])
def test_names_broken_over_the_lines_of_narrow_header_cells_are_joined(tmp_path, header, pieces, marking):
    """A name too wide for its column broken inside the word ("Sept" / "iemb" / "re", "E" / "n" /
    "e"), as LibreOffice prints a Word table: the pieces stacked in a column are one name."""
    path = tmp_path / "months.pdf"
    table = MonthTable(header=header, marking=marking, active=[9, 10, 11], broken=pieces, header_h=30)
    month_table_page(path, table)
    found = the_table(path)
    first = ["Enero", "Febrero", "Marzo"] if pieces > 1 else ["Ene", "Feb", "Mar"]
    assert [c.text for c in found.row(0)][:3] == first
    assert table_months(found) == [9, 10, 11]
