"""Month displays of drawn circles, the active months' filled with a colour and the others white
(issue 20: the one way the cells split into two groups): the coloured circles mark their months
whatever the colour's luminance (a violet near the dark/light cut is no doubt beside white circles,
an orange lighter than it still marks), names under the circles in one row or after them in a 4x3
grid. A pale grey fill against white says not which: unchanged (each box read alone). PDF (reportlab,
both engines)."""

from __future__ import annotations

import pytest
from reportlab.lib.colors import HexColor

from .docx_builders import MONTHS
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records_by_engine

ACTIVE = [7, 8, 9, 10]
TEXT = "Se realiza durante el segundo semestre."
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]


def pdf_filled_circles(path, fill: str, layout: str) -> None:
    """A ficha whose months are drawn circles outlined in `fill`'s colour, the active ones filled with
    it, the others white: names under the circles in a row of twelve (`row`), or after them in 4x3."""
    sheet = Sheet(path)
    c = sheet.canvas
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 12
    for n, name in enumerate(MONTHS):
        if layout == "row":
            cx, cy, label_x, label_top = 60 + n * 38, top + 5, 60 + n * 38 - 6, top + 14
        else:
            r, k = divmod(n, 4)
            cx, cy = 55 + k * 80, top + 5 + r * 16
            label_x, label_top = cx + 8, cy - 4
        c.setStrokeColor(HexColor(fill))
        c.setFillColor(HexColor(fill) if n + 1 in ACTIVE else HexColor("#ffffff"))
        c.circle(cx, sheet.height - cy, 4.5, stroke=1, fill=1)
        c.setFillColor(HexColor("#000000"))
        sheet.text(label_x, label_top, name[:3], 7.5, BODY)
    top += 30 if layout == "row" else 56
    top = sheet.text(45, top, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


@pytest.mark.parametrize("layout", ["row", "4x3"])
@pytest.mark.parametrize("fill", ["#7c3aed", "#f59e0b", "#333333"])
def test_coloured_circles_beside_white_ones_mark_their_months(tmp_path, fill, layout):
    pdf_filled_circles(tmp_path / "ficha.pdf", fill, layout)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
        assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")]


def test_pale_grey_circles_are_no_mark(tmp_path):
    pdf_filled_circles(tmp_path / "ficha.pdf", "#e5e7eb", "row")
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"]["meses"] != ACTIVE
