"""A month grid cut by a page break (issue 20: elements belong to the ficha and table they stand
in; trial h07, a browser's bulletin whose fichas flow on over pages): a 2x6 grid, "Ene .. Jun" over
its marks and "Jul .. Dic" over theirs, set at a page's foot, its last row of marks printed at the top
of the next page. The page's month reading saw July to December unmarked (a wrong `meses` and no
aviso) and the orphan row "X X X X X X" went as text into whatever section came first on the next
page. The row is the grid's: its marks, under the grid's columns, mark its last months; a row that
does not fit the columns is an aviso on `fechas_implementacion`, never text of another section. In
a two-column layout the dates' text under the row, in the grid's column, stays the dates' (the right
column's section, "Sostenibilidad", going on beside it, does not take it)."""

from __future__ import annotations

import pytest

from .pdf_canvas import BODY, BOLD, SYMBOLS, Sheet
from .records import records

SHORT = ["Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"]
DATES = "Enero a diciembre, una vez al mes."
UPPER = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Familias migrantes del sector norte."),
]


def cut_grid_pdf(
    path, mark: str, cell: float, size: float, two_columns: bool, shift: float = 0.0, labelled: bool = False
) -> None:
    """A ficha whose 2x6 month grid (cells `cell` points wide, names and marks at `size` points)
    ends its first page; the last row of marks (`mark` in every cell, moved `shift` points right)
    tops the second page, the dates' text under it. `two_columns`: forma de financiamiento and
    sostenibilidad stand in a column right of the grid, sostenibilidad's text going on at the top
    of the second page beside the dates."""
    sheet = Sheet(path)
    font = BOLD if mark.isalpha() else SYMBOLS  # a tick drawn by a symbol font's glyph
    top = sheet.ficha_head(UPPER, title="Huertos comunitarios interculturales", label="Municipalidad de Recoleta")
    top = max(top, 842 - 40 - 4 * (size + 6) - 24 - 300)
    filler = "La municipalidad coordina talleres con las juntas de vecinos del sector norte cada semana."
    sheet.text(45, top, "Breve descripción", 12, BOLD)
    top += 18
    while top < 842 - 40 - 4 * (size + 6) - 30:
        sheet.text(45, top, filler, 10, BODY)
        top += 13
    top += 10
    sheet.text(45, top, "Fechas de implementación", 12, BOLD)
    right = 45 + 6 * cell + 40
    if two_columns:
        sheet.text(right, top, "Forma de financiamiento", 12, BOLD)
        sheet.text(right, top + 18, "Recursos propios municipales.", 10, BODY)
        sheet.text(right, top + 40, "Sostenibilidad en el tiempo", 12, BOLD)
    top += 18
    row = size + 6
    for r in range(3):  # header Ene..Jun, its marks, header Jul..Dic
        for k in range(6):
            sheet.rect(45 + k * cell, top, cell, row)
            if r != 1:
                sheet.text(45 + k * cell + 3, top + 3, SHORT[(r // 2) * 6 + k], size, BOLD)
            else:
                sheet.text(45 + k * cell + cell / 2 - size / 3, top + 3, mark, size, font)
        top += row
    sheet.next_page()
    top = 40.0
    for k in range(6):  # the last row of marks, over the page break
        if labelled:  # a checklist's row instead: each mark with a word of its label after it
            sheet.text(45 + k * cell + cell / 2 - size / 3 + shift, top + 3, mark, size, font)
            sheet.text(45 + k * cell + cell / 2 + 1.5 * size + shift, top + 3, "Sí", size - 2, BODY)
            continue
        sheet.rect(45 + k * cell + shift, top, cell, row)
        sheet.text(45 + k * cell + cell / 2 - size / 3 + shift, top + 3, mark, size, font)
    top += row + 6
    sheet.text(45, top, DATES, 10, BODY)
    if two_columns:
        sheet.text(right, 40, "Se ejecuta de manera periódica con el equipo", 10, BODY)
        sheet.text(right, 53, "municipal y las juntas de vecinos.", 10, BODY)
    top += 30
    sheet.sections(top, [("Elemento innovador/creativo del proyecto o actividad", "Los vecinos cuidan los huertos.")])
    sheet.save()


@pytest.mark.parametrize(
    "mark, cell, size, two_columns",
    [
        ("X", 28.7, 8, True),  # the trial's bulletin: bold X, a dates column beside a funding column
        ("✓", 34.0, 9, False),  # ticks in wider cells, one column
        ("X", 24.0, 7, False),  # a small grid, one column
    ],
)
def test_the_row_of_marks_over_the_page_break_marks_the_grids_last_months(tmp_path, mark, cell, size, two_columns):
    path = tmp_path / "cut.pdf"
    cut_grid_pdf(path, mark, cell, size, two_columns)
    (got,) = records(path)
    assert got["fechas_implementacion"]["meses"] == list(range(1, 13))
    assert got["fechas_implementacion"]["texto"] == DATES
    if two_columns:
        assert (
            got["sostenibilidad"] == "Se ejecuta de manera periódica con el equipo municipal y las juntas de vecinos."
        )
    assert mark not in (got["sostenibilidad"] or "")
    assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")]


def test_a_row_of_marks_off_the_grids_columns_is_an_aviso_on_the_months(tmp_path):
    """The row at the top of the next page stands half a cell right of the grid's columns: which
    months it marks cannot be told; the months read stay those of the first page, with an aviso."""
    path = tmp_path / "shifted.pdf"
    cut_grid_pdf(path, "X", 28.7, 8, False, shift=14.0)
    (got,) = records(path)
    assert got["fechas_implementacion"]["meses"] == [1, 2, 3, 4, 5, 6]
    avisos = [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")]
    assert avisos and avisos[0]["codigo"] == "lectura_dudosa"
    assert got["revision"]["estado"] == "revisar"


def test_a_checklists_row_at_the_next_pages_top_is_no_cut_row(tmp_path):
    """The next page opens with a row of marks each followed by a word (a checklist's row, not a
    row of marks alone): no row of the grid, its months stay those of the first page."""
    path = tmp_path / "checklist.pdf"
    cut_grid_pdf(path, "X", 34.0, 9, False, labelled=True)
    (got,) = records(path)
    assert got["fechas_implementacion"]["meses"] == [1, 2, 3, 4, 5, 6]
