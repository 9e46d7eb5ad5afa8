"""Month grids whose active months carry a tick drawn as a path (an SVG check mark, no glyph, no
box) under their names (issue 20, part 3; trial 23 F1, h05: read as no month marked)."""

from __future__ import annotations

import pytest

from .docx_builders import MONTHS
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records_by_engine

ACTIVE = [2, 4, 6, 9]
TEXT = "Febrero, abril, junio y septiembre."
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]


def pdf_ticked_grid(path, per_row: int, ruled: bool) -> None:
    """Twelve 3-letter names in rows of `per_row`, each cell 40 pt wide and 28 pt tall (ruled or
    not), a 6 pt tick drawn as an open path under the names of the active months."""
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 8
    for n, name in enumerate(MONTHS):
        row, col = divmod(n, per_row)
        x, y = 45 + col * 40, top + row * 28
        if ruled:
            sheet.rect(x, y, 40, 28, line_width=0.6)
        sheet.text(x + 10, y + 2, name[:3], 8, BODY)
        if n + 1 in ACTIVE:
            sheet.polyline([(x + 16, y + 18), (x + 18.5, y + 20.5), (x + 23, y + 14.5)], width=1.4)
    top += 28 * (12 // per_row) + 8
    top = sheet.text(45, top, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


@pytest.mark.parametrize("ruled", [False, True])
@pytest.mark.parametrize("per_row", [6, 4])
def test_pdf_grid_ticks_drawn_as_paths(tmp_path, per_row, ruled):
    pdf_ticked_grid(tmp_path / "ficha.pdf", per_row, ruled)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
        assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")]
