"""A one-column month display whose marks stand in a column of their own, far right of the names (a
side table "Enero | –", "Agosto | ✓"; issue 20, part 3; trial 25 h10): the column is the display's
(its ✓ mark the month, a dash or a hollow glyph marks none), never text of the dates section."""

from __future__ import annotations

import pytest

from .docx_builders import MONTHS
from .pdf_canvas import BODY, BOLD, SYMBOLS, Sheet
from .records import records_by_engine

ACTIVE = [8, 9, 10, 11, 12]
TEXT = "Agosto a diciembre de 2023."
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]


def pdf_mark_column(path, size: float, gap: float, on: str, off: str | None, left: bool = False) -> None:
    """The twelve full names down the page (`size` pt, a row 1.45 sizes high), each row's mark `gap`
    points right of the names' left edge (or, when `left`, the names `gap` points right of the
    marks): `on` for an active month, `off` (if any) for the others; a rule under each row as a side
    table draws; then the dates text."""
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 6
    for n, name in enumerate(MONTHS):
        sheet.text(45 + gap if left else 45, top, name, size, BODY)
        mark = on if n + 1 in ACTIVE else off
        if mark:
            sheet.text(45 if left else 45 + gap, top, mark, size, BODY if mark in "-–·" else SYMBOLS)
        sheet.line(45, top + 1.2 * size, 45 + gap + 10, top + 1.2 * size, 0.3)
        top += 1.45 * size
    top = sheet.text(45, top + 6, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


@pytest.mark.parametrize(
    ("size", "gap", "on", "off", "left"),
    [
        (8.5, 115.0, "✓", "–", False),
        (10.0, 160.0, "✓", None, False),
        (9.0, 90.0, "☒", "☐", False),
        (7.0, 200.0, "■", "-", False),
        (9.0, 30.0, "✓", "·", True),
        (10.0, 40.0, "☒", "☐", True),
    ],
)
def test_pdf_mark_column_beside_the_names(tmp_path, size, gap, on, off, left):
    pdf_mark_column(tmp_path / "ficha.pdf", size, gap, on, off, left)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
        assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")]
