"""A ruled month table with a label column (issue 20, part 3; trial 25 d06 as LibreOffice prints it):
"Mes" left of the names, "Ejecución" left of the marks, in a narrow cell broken over lines ("Me / s",
"Eje / cuc / ión") or whole. The titles are the display's (no dates text), and the body row is the
ruled row under the names' cells, however tall the broken titles make them."""

from __future__ import annotations

import pytest

from .docx_builders import MONTHS
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records_by_engine

ACTIVE = [4, 5, 6, 9, 10, 11]
TEXT = "Inicia el año 2022. Se realizan dos programas al año."
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]


def pdf_titled_table(path, label_width: float, titles: tuple[list[str], list[str]], col: float) -> None:
    """A ruled table: a label column `label_width` points wide holding the title pieces (one line
    each, 10 pt), then twelve columns `col` points wide: 3-letter names over "x" in the active months;
    each row as tall as its title's lines; then the dates text."""
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 8
    x0 = 45.0
    heights = [max(1, len(t)) * 12.0 + 6 for t in titles]
    for row, (pieces, tall) in enumerate(zip(titles, heights, strict=True)):
        sheet.rect(x0, top, label_width, tall)
        for n, piece in enumerate(pieces):
            sheet.text(x0 + 2, top + 3 + 12 * n, piece, 10, BODY)
        for m in range(12):
            x = x0 + label_width + m * col
            sheet.rect(x, top, col, tall)
            if row == 0:
                sheet.text(x + 3, top + 3, MONTHS[m][:3], 10, BODY)
            elif m + 1 in ACTIVE:
                sheet.text(x + 3, top + 3, "x", 10, BODY)
        top += tall
    top = sheet.text(45, top + 8, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


@pytest.mark.parametrize(
    ("label_width", "titles", "col"),
    [
        (20.0, (["Me", "s"], ["Eje", "cuc", "ión"]), 36.0),
        (62.0, (["Mes"], ["Ejecución"]), 34.0),
        (70.0, (["Meses"], ["Marque", "con X"]), 30.0),
    ],
)
def test_pdf_row_titles_are_the_tables(tmp_path, label_width, titles, col):
    pdf_titled_table(tmp_path / "ficha.pdf", label_width, titles, col)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
        assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")]


def pdf_unruled_titled_table(path, titles: tuple[list[str], list[str]], legend: str, drop: float, label: float) -> None:
    """The table of `pdf_titled_table` printed with no rules (a Word table with no borders, as
    LibreOffice prints it): the marks' row `drop` points under the names' (lower than the names' height
    alone would say: the broken titles make the rows tall), and `legend` under the titles; the label
    column `label` points wide."""
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 8
    col = 33.0
    for n, piece in enumerate(titles[0]):
        sheet.text(45, top + 12 * n, piece, 10, BODY)
    for m in range(12):
        sheet.text(45 + label + m * col, top, MONTHS[m][:3], 10, BODY)
    below = top + drop
    for n, piece in enumerate(titles[1]):
        sheet.text(45, below + 12 * n, piece, 10, BODY)
    for m in ACTIVE:
        sheet.text(45 + label + (m - 1) * col, below, "X", 10, BODY)
    top = below + 12 * len(titles[1]) + 10
    top = sheet.text(45, top, legend, 10, BODY) + 10
    top = sheet.text(45, top, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


@pytest.mark.parametrize(
    ("titles", "legend", "drop", "label"),
    [
        ((["Me", "s"], ["Ma", "rqu", "e", "con", "X"]), "X = mes de ejecución", 25.0, 22.0),
        ((["Mes"], ["Ejecución"]), "X: mes con actividad", 18.0, 56.0),
    ],
)
def test_pdf_unruled_table_marks_titles_and_legend(tmp_path, titles, legend, drop, label):
    pdf_unruled_titled_table(tmp_path / "ficha.pdf", titles, legend, drop, label)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
        assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")]
