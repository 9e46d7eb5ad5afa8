"""Months as a column of names, each with a bar (a swatch) before or after it filled in one colour
for the active months and a pale one for the others (issue 20, family 3; trial 27 ed14: the bars
stood past the display's cells, [] flagged `meses_sin_marcar`). The bars are the display's column of
marks (`month_grid._swatches`), read by their fill."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from .docx_builders import MONTHS
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records_by_engine

ACTIVE = [3, 4, 9]
TEXT = "En otoño y en primavera."
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]


def swatch_ficha(path, before: bool) -> None:
    """A ficha whose months are twelve lines of a 9 pt name and a 40 x 7 pt bar, before the name
    (`before`) or after the longest name's end, teal for the active months, pale grey for the others."""
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 8
    size, pitch = 9.0, 13.0
    widest = max(stringWidth(name, BODY, size) for name in MONTHS)
    for n, name in enumerate(MONTHS, start=1):
        bar_x, name_x = (45.0, 91.0) if before else (45.0 + widest + 6.0, 45.0)
        sheet.rect(bar_x, top + 1.0, 40.0, 7.0, stroke=False, fill="00897B" if n in ACTIVE else "E0E0E0")
        sheet.text(name_x, top, name, size, BODY)
        top += pitch
    top = sheet.text(45, top + 6, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


@pytest.mark.parametrize("before", [True, False], ids=["bar-before", "bar-after"])
def test_bars_beside_the_names_mark_the_active_months(tmp_path, before):
    swatch_ficha(tmp_path / "ficha.pdf", before)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
        assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")]
