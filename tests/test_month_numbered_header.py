"""A month table whose columns are numbered 1 to 12 instead of named, its header row titled by a
month display's caption ("Mes 1 2 ... 12") over a row of marks: the numbers are the months. Twelve
numbers without such a title are no month header (a page's numbers, a scale). PDF (reportlab, both
engines)."""

from __future__ import annotations

import pytest

from .pdf_canvas import BODY, BOLD, SYMBOLS, Sheet
from .records import records_by_engine

ACTIVE = [1, 2, 3, 7, 8, 9]
TEXT = "Dos ciclos al año, de tres meses cada uno, desde 2022."
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]


def pdf_numbered_months(path, title: str, size: float = 8.0) -> None:
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 8
    pitch = 2.6 * size
    if title:
        sheet.text(45, top, title, size, BOLD)
    for m in range(1, 13):
        x = 45 + 4 * size + (m - 1) * pitch
        sheet.text(x, top, str(m), size, BODY)
        if m in ACTIVE:
            sheet.text(x, top + 1.6 * size, "■", size, SYMBOLS)
    top += 3.5 * size
    top = sheet.text(45, top, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


@pytest.mark.parametrize("title", ["Mes", "Meses:"])
@pytest.mark.parametrize("size", [7.0, 9.0])
def test_numbers_titled_as_months_are_the_months(tmp_path, title, size):
    pdf_numbered_months(tmp_path / "ficha.pdf", title, size)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
        assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")]


def test_untitled_numbers_are_no_month_header(tmp_path):
    pdf_numbered_months(tmp_path / "ficha.pdf", "")
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"]["meses"] != ACTIVE
        assert [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")]
