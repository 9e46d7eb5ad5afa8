"""A month display of names alone (issue 20, part 3): one row of twelve names, the active ones in
filled cells (pills), no body row drawn, the section's paragraph set right under it. The paragraph
is running text, no row of month cells: the months are read from the fills and the paragraph stays
the dates' text (the trial's d4 and d10c, printed by Chromium)."""

from __future__ import annotations

import pytest

from extractor.pipeline import extract_document
from extractor.readers.options import ReadOptions

from .docx_builders import MONTHS
from .pdf_canvas import BODY, BOLD, Sheet

ACTIVE = [3, 4, 5, 8, 9, 10]
TEXT = ["Inicia el año 2022. Se realizan dos programas al año, con una", "duración de tres meses cada uno."]


def pdf_pill_row(path, gap: float, fill: str) -> None:
    sheet = Sheet(path)
    sheet.text(45, 50, "Escuela de oficios para mujeres migrantes", 20, BOLD)
    sheet.text(45, 85, "MUNICIPALIDAD PUENTE ALTO", 10, BOLD)
    top = 115.0
    for heading, text in [("Grupo prioritario", "Mujeres migrantes."), ("Categoría", "Sociolaboral")]:
        top = sheet.text(45, top, heading, 12, BOLD) + 6
        top = sheet.text(45, top, text, 10, BODY) + 16
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 10
    for n, name in enumerate(MONTHS):
        x = 45 + n * 40
        if n + 1 in ACTIVE:
            sheet.rect(x, top - 2, 34, 13, stroke=False, fill=fill, radius=5)
        sheet.text(x + 7, top + 0.5, name[:3], 8, BODY)
    top = sheet.lines(45, top + 11 + gap, TEXT, 9, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


@pytest.mark.parametrize("gap", [2.0, 5.0])
@pytest.mark.parametrize("fill", ["c8c8c8", "2b6cb0"], ids=["grey-pills", "blue-pills"])
def test_pdf_names_in_pills_over_a_paragraph(tmp_path, gap, fill):
    pdf_pill_row(tmp_path / "ficha.pdf", gap, fill)
    for engine in ("pdfium", "pdfplumber"):
        document = extract_document(tmp_path / "ficha.pdf", options=ReadOptions(engine))
        (got,) = [f.model_dump(mode="json") for f in document.fichas]
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": " ".join(TEXT)}, engine
        assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")], engine
