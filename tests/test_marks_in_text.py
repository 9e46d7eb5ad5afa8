"""Issue 20, honesty: a box or mark printed as a word of its own inside running text (a month row
"Ene ✕ Feb ✕ …" or a checkbox list no rule recognised, read into a section's text) leaves the
field flagged (`lectura_dudosa`), never a silent record; letters x / X and the sign × are text."""

from __future__ import annotations

import pytest

from extractor.pipeline import extract_document

from .docx_builders import TEXTS, paragraphs, write_ficha
from .pdf_canvas import BOLD, SYMBOLS, Sheet


def _flagged(record: dict, field: str) -> list[dict]:
    return [a for a in record["revision"]["avisos"] if a["campo"] == field and a["codigo"] == "lectura_dudosa"]


@pytest.mark.parametrize("row", ["Ene ✕ Feb ✕ Mar Abr ✕", "Enero ✓ Febrero Marzo ✓", "Mayo ✔ Junio ✔ Julio"])
def test_marks_read_into_the_dates_text_flag_it(tmp_path, row):
    path = write_ficha(tmp_path, parts={"fechas_implementacion": paragraphs(row, TEXTS["fechas_implementacion"])})
    (ficha,) = extract_document(path).fichas
    record = ficha.model_dump(mode="json")
    assert _flagged(record, "fechas_implementacion"), record["revision"]["avisos"]
    assert record["revision"]["estado"] == "revisar"


def test_a_letter_x_in_text_is_no_mark(tmp_path):
    text = "Se realiza el taller X de 10 x 20 minutos, 2 × semana."
    path = write_ficha(tmp_path, parts={"descripcion": paragraphs(text)})
    (ficha,) = extract_document(path).fichas
    assert not _flagged(ficha.model_dump(mode="json"), "descripcion")


def test_a_month_row_printed_as_text_in_a_pdf_is_flagged(tmp_path):
    """The same in a PDF: a month row set as plain text with mark glyphs between the names (no
    grid, no cells), under the dates heading."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    sheet.text(45, 50, "Escuela de oficios para mujeres migrantes", 20, BOLD)
    sheet.text(45, 85, "MUNICIPALIDAD PUENTE ALTO", 10, BOLD)
    top = sheet.text(45, 110, "Fechas de implementación", 12, BOLD) + 8
    x = 45.0
    for n, month in enumerate(["Ene", "Feb", "Mar", "Abr", "May", "Jun"]):
        sheet.text(x, top, month, 10)
        if n % 2 == 0:
            sheet.text(x + 22, top, "✕", 10, SYMBOLS)
        x += 40
    top = sheet.lines(45, top + 20, ["Enero a diciembre, una vez al mes."]) + 12
    sections = (("Breve descripción", TEXTS["descripcion"][:80]), ("Grupo prioritario", "Personas migrantes."))
    for heading, text in sections:
        top = sheet.text(45, top, heading, 12, BOLD) + 6
        top = sheet.lines(45, top, [text]) + 12
    sheet.save()
    (ficha,) = extract_document(path).fichas
    record = ficha.model_dump(mode="json")
    assert _flagged(record, "fechas_implementacion") or record["fechas_implementacion"]["meses"] == [1, 3, 5], record
