"""A month display whose cells hold the name over the month's mark, and its legend (issue 20, part 3;
trial 25 h12-h14): the mark set under the name inside a filled cell (a white ■ in a dark cell) is the
month's state, and a legend line under the display ("■ mes con actividad") is the display's: neither
marks every month nor joins the dates text."""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics

from .docx_builders import MONTHS
from .pdf_canvas import BODY, BOLD, SYMBOLS, Sheet
from .records import records_by_engine

ACTIVE = [3, 4, 5, 6]
TEXT = "Inicia el año 2022. Se realizan dos programas al año."
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]


def pdf_named_cells(path, width: float, size: float, mark: str, legend: str | None) -> None:
    """Twelve cells `width` points wide, each (rounded, 2 pt apart) holding a 3-letter name (`size`
    pt) over, for an active month, a white `mark` on a dark teal fill (inactive: light grey, no
    mark); `legend` (if any) on a small line right under the cells; then the dates text."""
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 8
    tall = 2.4 * size + 6
    for n, name in enumerate(MONTHS):
        x = 45 + n * width
        on = n + 1 in ACTIVE
        sheet.rect(x, top, width - 2, tall, stroke=False, fill="0f6e6e" if on else "e3e7ea", radius=3)
        sheet.canvas.setFillGray(1 if on else 0.3)
        sheet.text(x + 0.25 * width, top + 2, name[:3], size, BOLD)
        if on:
            sheet.text(x + 0.4 * width, top + 3 + 1.2 * size, mark, 0.8 * size, SYMBOLS)
        sheet.canvas.setFillGray(0)
    top += tall + 2
    if legend:
        small, x = 0.75 * size, 45.0  # the legend's marks in the symbols font, its words in the text font
        for token in legend.split():
            font = SYMBOLS if token in "■□✓" else BODY
            sheet.text(x, top, token, small, font)
            x += pdfmetrics.stringWidth(token, font, small) + 0.3 * small
        top += small + 4
    top = sheet.text(45, top + 2, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


@pytest.mark.parametrize(
    ("width", "size", "mark", "legend"),
    [
        (40.0, 8.0, "■", None),
        (40.0, 8.0, "■", "■ mes con actividad"),
        (34.0, 10.0, "✓", "✓ = mes en que se ejecuta la actividad"),
        (30.0, 7.0, "■", "■ mes con actividad"),
    ],
)
def test_pdf_marks_under_names_and_legend(tmp_path, width, size, mark, legend):
    pdf_named_cells(tmp_path / "ficha.pdf", width, size, mark, legend)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
        assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")]


@pytest.mark.parametrize(
    ("legend", "doubt"), [("■ mes sin actividad", True), ("■ con actividad □ sin actividad", False)]
)
def test_pdf_legend_saying_the_mark_means_no_activity_is_a_doubt(tmp_path, legend, doubt):
    """A legend pairing the filled mark with "sin actividad" leaves which months are active in doubt
    (an aviso on the months); pairing the hollow one with it says nothing against the reading."""
    pdf_named_cells(tmp_path / "ficha.pdf", 40.0, 8.0, "■", legend)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"]["texto"] == TEXT
        said = [a for a in got["revision"]["avisos"] if a["campo"] == "fechas_implementacion.meses"]
        assert bool(said) == doubt
        if not doubt:  # the legend's marks (read as a checkbox list before) are no checkboxes either
            assert got["fechas_implementacion"]["meses"] == ACTIVE
            assert not [a for a in got["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"]


def pdf_cells_with_mark_and_word(path, width: float) -> None:
    """A row of twelve 3-letter names over a ruled body row whose active cells each hold "✓ sí" (a
    mark and its word, like a legend's entry, but one in each of several cells)."""
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 8
    for n, name in enumerate(MONTHS):
        x = 45 + n * width
        sheet.rect(x, top, width, 14)
        sheet.rect(x, top + 14, width, 14)
        sheet.text(x + 4, top + 2, name[:3], 8, BODY)
        if n + 1 in ACTIVE:
            sheet.text(x + 4, top + 16, "✓", 8, SYMBOLS)
            sheet.text(x + 13, top + 16, "sí", 8, BODY)
    top = sheet.text(45, top + 36, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


def test_pdf_a_mark_and_word_in_each_cell_is_no_legend(tmp_path):
    pdf_cells_with_mark_and_word(tmp_path / "ficha.pdf", 38.0)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"]["meses"] == ACTIVE


def pdf_grid_with_legend(path, size: float, legend: str) -> None:
    """A 2 x 6 grid of full names (`size` pt), each over a ● in the active months, in grey or dark
    filled cells, and `legend` on a small line right under the grid."""
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 8
    width, tall = 80.0, 2.6 * size + 4
    for n, name in enumerate(MONTHS):
        x, y = 45 + (n % 6) * width, top + (n // 6) * (tall + 3)
        on = n + 1 in ACTIVE
        sheet.rect(x, y, width - 3, tall, stroke=False, fill="7a1f5c" if on else "eeeeee", radius=3)
        sheet.canvas.setFillGray(1 if on else 0.45)
        sheet.text(x + 6, y + 2, name, size, BOLD)
        if on:
            sheet.text(x + 6, y + 3 + 1.2 * size, "●", size, SYMBOLS)
        sheet.canvas.setFillGray(0)
    top += 2 * (tall + 3) + 1
    small, x = 0.8 * size, 45.0
    for token in legend.split():
        font = SYMBOLS if token in "●○" else BODY
        sheet.text(x, top, token, small, font)
        x += pdfmetrics.stringWidth(token, font, small) + 0.3 * small
    top = sheet.text(45, top + small + 6, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


@pytest.mark.parametrize(("size", "legend"), [(9.0, "● Mes con actividad"), (11.0, "● = mes en que se ejecuta")])
def test_pdf_grid_legend_is_the_displays(tmp_path, size, legend):
    pdf_grid_with_legend(tmp_path / "ficha.pdf", size, legend)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
        assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")]
