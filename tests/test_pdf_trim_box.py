"""A printer's PDF (a new user's trial of 2026-12-07, trial 29 ed40: a sheet larger than the finished
page, its /TrimBox marking the page, crop marks at its corners and a slug line under it naming the
layout file, the date and the sheet): what stands wholly outside the /TrimBox is no content of the
page. Its text goes to no field (it was read onto the end of «Elemento innovador»); the run report
quotes it as text outside every ficha (`outside`). Without a /TrimBox the same line is the page's
text, as before. Both engines."""

from __future__ import annotations

import pytest

from extractor.pipeline import extract_document
from extractor.readers.options import ReadOptions

from .pdf_canvas import BODY, Sheet

SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Personas migrantes y refugiadas."),
    ("Breve descripción", "La academia ofrece cursos de oficio a personas migrantes de la comuna."),
    ("Elemento innovador", "Los cursos se dictan en los barrios, cerca de las familias."),
]
BLEED = 36.0
SLUG = "academia-tarjetas.indd 1 07-12-2026 18:32:05 Pliego 1 de 1"


def printers_sheet(path, trim: bool) -> None:
    """An A4 page set on a sheet `BLEED` larger on every side, crop marks at the page's corners and a
    slug line under its foot; with `trim` its /TrimBox marks the page."""
    width, height = 595.0 + 2 * BLEED, 842.0 + 2 * BLEED
    sheet = Sheet(path, size=(width, height))
    if trim:
        sheet.canvas.setTrimBox((BLEED, BLEED, width - BLEED, height - BLEED))
    for x in (BLEED, width - BLEED):
        for top in (BLEED, height - BLEED):
            sheet.line(x, top - 30, x, top - 8, width=0.3)
            sheet.line(x - 30 if x == BLEED else x + 8, top, x - 8 if x == BLEED else x + 30, top, width=0.3)
    sheet.text(BLEED + 45, BLEED + 50, "Academia Municipal Abierta", 20, "Helvetica-Bold")
    sheet.text(BLEED + 45, BLEED + 85, "MUNICIPALIDAD DE ARICA", 10, "Helvetica-Bold")
    sheet.sections(BLEED + 115, SECTIONS, x=BLEED + 45)
    sheet.text(BLEED + 10, height - BLEED + 14, SLUG, 7, BODY)
    sheet.save()


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_text_outside_the_trim_box_is_no_fichas(tmp_path, engine):
    printers_sheet(tmp_path / "f.pdf", trim=True)
    result = extract_document(tmp_path / "f.pdf", options=ReadOptions(engine))
    (record,) = [f.model_dump(mode="json") for f in result.fichas]
    assert record["elemento_innovador"] == "Los cursos se dictan en los barrios, cerca de las familias."
    assert SLUG not in str(record)
    assert any(SLUG in line for line in result.outside)


def test_without_a_trim_box_the_line_is_the_pages(tmp_path):
    printers_sheet(tmp_path / "f.pdf", trim=False)
    result = extract_document(tmp_path / "f.pdf")
    (record,) = [f.model_dump(mode="json") for f in result.fichas]
    assert "Pliego 1 de 1" in str(record) + " ".join(result.outside)
