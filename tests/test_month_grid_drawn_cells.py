"""A month grid drawn as a table of square cells (browser seed 35437: a 2x6 grid of one-letter names,
each on a dark header cell over a body cell, the inactive months' body cells greyed, the active ones
left white) is no grid of checkboxes: its cells meet edge to edge, so the dark header cells read
as checked boxes and the grey ones as empty boxes marked months [2, 4, 6] (a silent wrong field).
The cells are read by their fills: all alike, no month; a pale grey against none says not which
months are meant (aviso on `fechas_implementacion.meses`, no month guessed)."""

from __future__ import annotations

import pytest

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records_by_engine

INITIALS = "EFMAMJJASOND"
TEXT = "Se realizan dos programas al año."
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]


def pdf_drawn_cells(path, white: set[int], side: float) -> None:
    """Rows of two initials (white on navy header cells `side` points square) each over a body cell
    as tall, edge to edge: greyed (#D8D8D8) for the months not in `white`, white for those."""
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 6
    size = 0.6 * side
    for row in range(6):
        for col in range(2):
            month = 2 * row + col + 1
            x = 45 + col * side
            sheet.rect(x, top, side, side, stroke=False, fill="1B3A6B")
            sheet.canvas.setFillGray(1)
            sheet.canvas.setFont(BODY, size)
            baseline = sheet.height - top - 0.5 * side - 0.35 * size
            sheet.canvas.drawCentredString(x + side / 2, baseline, INITIALS[month - 1])
            sheet.canvas.setFillGray(0)
            sheet.canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
            sheet.rect(x, top + side, side, side, fill=None if month in white else "D8D8D8", line_width=0.75)
            sheet.canvas.setStrokeGray(0)
        top += 2 * side
    top = sheet.text(45, top + 6, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


@pytest.mark.parametrize("side", [12.0, 16.0])
def test_an_empty_grid_of_drawn_cells_marks_no_month(tmp_path, side):
    pdf_drawn_cells(tmp_path / "ficha.pdf", set(), side)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": [], "texto": TEXT}
        assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")]


@pytest.mark.parametrize("white", [{11}, {3, 4, 5}])
def test_white_cells_among_grey_ones_are_a_doubt_on_the_months(tmp_path, white):
    pdf_drawn_cells(tmp_path / "ficha.pdf", white, 12.0)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"]["meses"] == []
        assert got["revision"]["estado"] == "revisar"
        assert [a for a in got["revision"]["avisos"] if a["campo"] == "fechas_implementacion.meses"]
