"""A ruled month grid of rows of names over rows of mark cells (2x6, 3x4), whose mark rows are as tall
as they need: an empty one is a thin strip, one holding marks taller. The marks of the last row stand
lower than the pitch of the names' rows gives, yet they are in the ruled cell under their name: each
month's cell is its name's ruled cell joined with the one under it (a trial's A5 compendium, 6.5 pt
names: meses [] and «X X X» led the dates' text). PDF (reportlab, both engines)."""

from __future__ import annotations

import pytest

from .docx_builders import MONTHS
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records_by_engine

TEXT = "Septiembre, octubre y noviembre de cada año."
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]


def pdf_mark_rows(path, active: list[int], per_row: int, size: float) -> None:
    """Rows of `per_row` names, each over a ruled row of mark cells: an "X" in the active months'
    cells; a mark row without marks as thin as its padding, one with marks a line tall."""
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 8
    pitch = 6.2 * size
    name_h = 1.5 * size
    right = 45 + per_row * pitch
    sheet.line(45, top, right, top, 0.5)
    for r in range(12 // per_row):
        months = range(r * per_row + 1, (r + 1) * per_row + 1)
        marked = any(m in active for m in months)
        mark_h = 1.6 * size if marked else 0.4 * size
        for k, m in enumerate(months):
            x = 45 + k * pitch
            sheet.text(x + 0.6 * size, top + 0.25 * size, MONTHS[m - 1], size, BODY)
            if m in active:
                sheet.text(x + pitch / 2 - 0.3 * size, top + name_h + 0.3 * size, "X", size, BODY)
        for k in range(per_row + 1):  # the column rules of both rows
            sheet.line(45 + k * pitch, top, 45 + k * pitch, top + name_h + mark_h, 0.5)
        sheet.line(45, top + name_h, right, top + name_h, 0.5)
        top += name_h + mark_h
        sheet.line(45, top, right, top, 0.5)
    top = sheet.text(45, top + 8, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


@pytest.mark.parametrize("per_row, active", [(6, [9, 10, 11]), (4, [10, 11]), (6, [2, 9, 10, 11])])
@pytest.mark.parametrize("size", [6.5, 9.0])
def test_marks_in_the_cells_under_their_names(tmp_path, per_row, active, size):
    pdf_mark_rows(tmp_path / "ficha.pdf", active, per_row, size)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": active, "texto": TEXT}
