"""Month grids (rows of names in aligned columns) whose marks stand over their names: a circle
drawn over each name, filled for an active month, or a ●/○ glyph over it (issue 20, part 3; trial
26 r02, a reportlab canvas 4x3 grid: each row's marks read as the row above's, the last row lost).
The designs are this test's own.
"""

from __future__ import annotations

import pytest

from .docx_builders import MONTHS
from .pdf_canvas import BODY, BOLD, SYMBOLS, Sheet
from .records import records_by_engine

ACTIVE = [1, 2, 6, 10, 11, 12]
TEXT = "Dos temporadas al año."
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]


def pdf_marks_over_names(path, per_row: int, pitch: float, how: str) -> None:
    """Twelve names in rows of `per_row` (columns 60 pt apart, rows `pitch` apart), each under its
    mark: a circle (`how` "circle", filled when active) or a ● / ○ glyph ("glyph")."""
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 8
    c = sheet.canvas
    for n, name in enumerate(MONTHS, start=1):
        row, col = divmod(n - 1, per_row)
        x, y = 60 + col * 60, top + row * pitch
        on = n in ACTIVE
        if how == "circle":
            c.circle(x + 10, sheet.height - (y + 5), 5, stroke=1, fill=int(on))
        else:
            sheet.text(x + 5, y, "●" if on else "○", 10, SYMBOLS)
        sheet.text(x, y + 13, name, 8, BODY)
    top += pitch * (12 // per_row) + 6
    top = sheet.text(45, top, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


@pytest.mark.parametrize(
    "per_row, pitch, how", [(4, 30, "circle"), (6, 26, "circle"), (3, 28, "glyph")], ids=["4x3", "6x2", "3x4-glyph"]
)
def test_marks_over_their_names(tmp_path, per_row, pitch, how):
    pdf_marks_over_names(tmp_path / "ficha.pdf", per_row, pitch, how)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
        assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")]


def test_a_legend_over_a_grid_of_marks_under_names(tmp_path):
    """Marks under the active months' names only (none in the last row) and a legend "● con actividad" over
    the grid: the legend's mark, followed by its words, says nothing of where the marks stand."""
    active = [1, 2, 6]
    sheet = Sheet(tmp_path / "ficha.pdf")
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 8
    sheet.text(60, top, "●", 8, SYMBOLS)
    sheet.text(72, top, "con actividad", 8, BODY)
    top += 16
    for n, name in enumerate(MONTHS, start=1):
        row, col = divmod(n - 1, 4)
        x, y = 60 + col * 60, top + row * 30
        sheet.text(x, y, name, 8, BODY)
        if n in active:
            sheet.text(x + 5, y + 11, "●", 10, SYMBOLS)
    top += 30 * 3 + 6
    top = sheet.text(45, top, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"]["meses"] == active


def test_a_box_on_a_line_of_words_over_the_grid_is_no_mark_over_a_name(tmp_path):
    """A list's last row printed right over a grid of names with nothing over them (browser harness seed
    30179: a category table's «Otra: Regularización ✓» over the "A" of April): the tick stands on a
    line of words, a list's box, not a mark over a month's name; no month is read from it."""
    sheet = Sheet(tmp_path / "ficha.pdf")
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 8
    sheet.text(100, top, "Otra: Regularización", 9, BODY)
    sheet.text(245, top, "✓", 10, SYMBOLS)
    for n, name in enumerate(MONTHS, start=1):
        row, col = divmod(n - 1, 6)
        sheet.text(60 + col * 60, top + 14 + row * 26, name, 8, BODY)
    top += 14 + 26 * 2 + 6
    top = sheet.text(45, top, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert 4 not in got["fechas_implementacion"]["meses"]
