"""A month row of one-letter names over a row of glyphs, ● for an active month and ○ for an
inactive one (the trial's h03, printed by Chromium): the hollow half of the pair leaves its month
unmarked with no aviso; a ○ in a row with no filled ● anywhere is no mark to read and stays a doubt."""

from __future__ import annotations

import pytest

from .docx_builders import MONTHS
from .pdf_canvas import BODY, BOLD, Sheet
from .pdf_canvas import TEXT as TEXT_FONT
from .records import records_by_engine

ACTIVE = [3, 4, 5, 8, 9, 10]
TEXT = "Se realizan dos programas al año."
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]


def pdf_letter_row(path, filled: str) -> None:
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 10
    for n, name in enumerate(MONTHS):
        x = 50 + n * 28
        sheet.text(x, top, name[0], 9, BOLD)
        glyph = filled if n + 1 in ACTIVE else "○"
        sheet.text(x - 1, top + 14, glyph, 9, TEXT_FONT)  # a text font: the glyphs are text, not symbol codes
    top = sheet.text(45, top + 34, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


def test_hollow_circles_beside_filled_ones_mark_nothing(tmp_path):
    pdf_letter_row(tmp_path / "ficha.pdf", "●")
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
        assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")]


@pytest.mark.parametrize("filled", ["✓", ""], ids=["ticks", "hollow-only"])
def test_hollow_circles_with_no_filled_partner_stay_a_doubt(tmp_path, filled):
    pdf_letter_row(tmp_path / "ficha.pdf", filled)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert any(
            a["codigo"] == "lectura_dudosa" and "○" in a["mensaje"]
            for a in got["revision"]["avisos"]
            if a["campo"].startswith("fechas")
        )
