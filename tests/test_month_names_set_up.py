"""A month table whose column titles are the month names set up the page (turned 90 degrees, read
bottom to top, as a narrow table's headers are), over a row of marks: each name is a word of its own
(its letters one font size across, not each a word), the names starting on one line are the table's
header, and the marks under them mark their months. PDF (reportlab, both engines)."""

from __future__ import annotations

import pytest

from .docx_builders import MONTHS
from .pdf_canvas import BODY, BOLD, SYMBOLS, Sheet
from .records import records_by_engine

ACTIVE = [1, 2, 6, 7, 12]
TEXT = "Dos ciclos al año, de tres meses cada uno, desde 2022."
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]


def pdf_names_set_up(path, size: float) -> None:
    """Twelve names turned to read bottom to top, their first letters on one line, a ✓ under the
    active months' names."""
    sheet = Sheet(path)
    c = sheet.canvas
    top = sheet.text(45, sheet.ficha_head(SECTIONS), "Fechas de implementación", 12, BOLD) + 8
    longest = max(c.stringWidth(name, BODY, size) for name in MONTHS)
    base = top + longest + 2  # where every name starts (its bottom)
    pitch = 2.2 * size
    for m, name in enumerate(MONTHS, 1):
        x = 50 + (m - 1) * pitch
        c.saveState()
        c.translate(x + 0.75 * size, sheet.height - base)
        c.rotate(90)
        c.setFont(BODY, size)
        c.drawString(0, 0, name)
        c.restoreState()
        if m in ACTIVE:
            sheet.text(x, base + 0.5 * size, "✓", size, SYMBOLS)
    top = base + 2.5 * size
    top = sheet.text(45, top, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


@pytest.mark.parametrize("size", [7.0, 9.0])
def test_names_set_up_the_page_head_a_month_table(tmp_path, size):
    pdf_names_set_up(tmp_path / "ficha.pdf", size)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
