"""A month grid on a coloured side panel whose cells are all filled: the active months in a colour of
their own, the others in the panel's own colour, so that they look unfilled (trial 30 ed93: the
navy cells read as the marked ones, silent). A cell filled in the colour of the panel it stands on
is the unmarked look, whichever of the two fills is darker. The design is this test's own."""

from __future__ import annotations

import pytest

from .docx_builders import MONTHS
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

NAVY = "1c2f4a"
ACTIVE = [3, 4, 5, 9, 10]
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Personas migrantes y refugiadas."),
    ("Breve descripción", "La municipalidad abre una escuela de oficios."),
]


def _rgb(colour: str) -> tuple[float, ...]:
    return tuple(int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4))


def panel_grid_ficha(path, on: str, cols: int, names_apart: bool) -> None:
    """Title and a month grid (`cols` columns) on a navy panel down the left side: active cells filled
    `on`, the others navy, all white-outlined; the names white (navy on the active cells when
    `names_apart`); the sections in black to the right."""
    sheet = Sheet(path)
    sheet.rect(0, 0, 190, sheet.height, stroke=False, fill=NAVY)
    sheet.canvas.setFillColorRGB(1, 1, 1)
    sheet.text(15, 40, "Escuela de oficios", 16, BOLD)
    sheet.canvas.setFillColorRGB(1, 1, 1)
    sheet.text(15, 64, "Municipalidad de Recoleta", 9, BODY)
    sheet.canvas.setFillColorRGB(1, 1, 1)
    top = sheet.text(15, 100, "Fechas de implementación", 10, BOLD) + 8
    width = 160 / cols
    for n, name in enumerate(MONTHS):
        row, col = divmod(n, cols)
        x, cell_top = 15 + col * width, top + row * 16
        sheet.canvas.setStrokeColorRGB(1, 1, 1)
        sheet.rect(x + 1, cell_top, width - 2, 13, fill=on if n + 1 in ACTIVE else NAVY, line_width=0.6)
        sheet.canvas.setFillColorRGB(*(_rgb(NAVY) if names_apart and n + 1 in ACTIVE else (1, 1, 1)))
        sheet.text(x + 4, cell_top + 3, name[:3], 7.5, BODY)
    sheet.canvas.setFillColorRGB(0, 0, 0)
    sheet.canvas.setStrokeColorRGB(0, 0, 0)
    sheet.sections(40, SECTIONS, x=210)
    sheet.save()


@pytest.mark.parametrize(
    ("on", "cols", "names_apart"),
    [("f4c542", 4, True), ("f4c542", 3, False), ("3a0d0d", 4, False), ("7fd1ae", 6, True)],
)
def test_cells_in_the_panel_s_own_colour_are_the_unmarked_ones(tmp_path, on, cols, names_apart):
    panel_grid_ficha(tmp_path / "f.pdf", on, cols, names_apart)
    (record,) = records(tmp_path / "f.pdf")
    assert record["fechas_implementacion"]["meses"] == ACTIVE
