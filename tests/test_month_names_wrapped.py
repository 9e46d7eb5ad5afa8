"""The twelve month names set as one run of words that wraps onto a second line (a Word paragraph of
coloured names printed to PDF: "Enero ... Octubre" / "Noviembre Diciembre"), the active months told
apart by their look (bold dark red against light grey): one display of twelve names read by their
looks, not a header of ten names over a body whose cells say «Noviembre». PDF (reportlab, both
engines)."""

from __future__ import annotations

import pytest
from reportlab.lib.colors import HexColor

from .docx_builders import MONTHS
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records_by_engine

TEXT = "Dos ciclos al año, de tres meses cada uno, desde 2022."
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]


def pdf_wrapped_names(path, active: list[int], wrap_after: int, size: float = 10.0) -> None:
    sheet = Sheet(path)
    c = sheet.canvas
    top = sheet.text(45, sheet.ficha_head(SECTIONS), "Fechas de implementación", 12, BOLD) + 8
    x = 45.0
    for m, name in enumerate(MONTHS, 1):
        if m == wrap_after + 1:
            x, top = 45.0, top + 1.3 * size
        font = BOLD if m in active else BODY
        c.setFillColor(HexColor("#8B1A1A" if m in active else "#C8C8C8"))
        sheet.text(x, top, name, size, font)
        x += c.stringWidth(name + " ", font, size)
    c.setFillColor(HexColor("#000000"))
    top = sheet.text(45, top + 1.3 * size + 4, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


@pytest.mark.parametrize("wrap_after", [10, 8])
@pytest.mark.parametrize("active", [[3, 4, 5, 8, 9, 10], [2, 11, 12]])
def test_names_wrapped_onto_a_second_line_are_one_display(tmp_path, active, wrap_after):
    pdf_wrapped_names(tmp_path / "ficha.pdf", active, wrap_after)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": active, "texto": TEXT}
        assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")]
