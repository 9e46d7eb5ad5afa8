"""A month table printing its row of marks over the row of names (issue 20, part 3: month displays
of any shape; trial 23 F10, h15): the ✓ right above a name marks that month, and the marks are no
text of the dates section."""

from __future__ import annotations

import pytest

from .docx_builders import MONTHS
from .pdf_canvas import BODY, BOLD, SYMBOLS, Sheet
from .records import records_by_engine

ACTIVE = [9, 10, 11]
TEXT = "Septiembre, octubre y noviembre de cada año."
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]


def pdf_marks_over_names(path, ruled: bool) -> None:
    """A row of ticks (only over the active months) over a row of twelve 3-letter names, each in a
    cell 28 pt wide (ruled or not), then the dates text right under the names."""
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 8
    width = 28.0
    for n, name in enumerate(MONTHS):
        x = 45 + n * width
        if ruled:
            sheet.rect(x, top - 2, width, 13)
            sheet.rect(x, top + 13, width, 13)
        if n + 1 in ACTIVE:
            sheet.text(x + 10, top, "✓", 9, SYMBOLS)
        sheet.text(x + 6, top + 15, name[:3], 8, BODY)
    top += 30
    top = sheet.text(45, top, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


@pytest.mark.parametrize("ruled", [False, True])
def test_pdf_mark_row_over_the_names(tmp_path, ruled):
    pdf_marks_over_names(tmp_path / "ficha.pdf", ruled)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
        assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")]
