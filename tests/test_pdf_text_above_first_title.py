"""Text above the first ficha's title is the ficha's when it names a municipality (issue 20, Word
harness seeds 5013 and 5082: a text box above the title holding the category list overlapped the
table cell of the municipality label, and LibreOffice's PDF set "CATEGORÍA Municipalidad de" as one
line; the label was read as "Recoleta" alone and that line, above the title with no ficha before
it, was dropped without a trace from an ok record).

Elements belong to the ficha on whose page they stand: with no ficha before, text naming a
municipality above the title is no page header of the publication but a piece of the head the
reader could not place, so the record says so (`texto_sin_ubicar`, revisar). A heading-free line
above the title with no such word ("Fichas de buenas prácticas") stays out of the record."""

from __future__ import annotations

import contextlib

import pytest

from extractor.pipeline import extract_document

from .pdf_canvas import BOLD, Sheet


def _ficha(path, above: str) -> None:
    sheet = Sheet(path)
    sheet.text(300, 60, above, 10, BOLD)
    sheet.text(420, 74, "Recoleta", 10, BOLD)
    sheet.text(48, 120, "Incubadora Cooperativa de trabajo", 20, BOLD)
    top = 170.0
    for heading, value in [
        ("Grupo prioritario", "Trabajadoras de aseo y ornato."),
        ("Forma de financiamiento", "Recursos propios municipales."),
        ("Sostenibilidad en el tiempo", "Se ejecuta de manera periódica."),
        ("Breve descripción", "La municipalidad acompañó la creación de la cooperativa."),
    ]:
        sheet.text(48, top, heading, 11, BOLD)
        sheet.text(48, top + 16, value, 10)
        top += 44
    sheet.save()


@pytest.mark.parametrize(
    ("above", "kept"),
    [
        ("CATEGORÍA Municipalidad de", True),
        ("Categoría   Ilustre Municipalidad de", True),
        ("Fichas de buenas prácticas 2024", False),
    ],
)
def test_text_naming_a_municipality_above_the_first_title_is_never_dropped(tmp_path, above, kept):
    path = tmp_path / "first.pdf"
    _ficha(path, above)
    with contextlib.chdir(tmp_path):
        (record,) = [f.model_dump(mode="json") for f in extract_document(path).fichas]
    assert record["titulo"] == "Incubadora Cooperativa de trabajo"
    unplaced = [a["mensaje"] for a in record["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"]
    assert any("Municipalidad" in m for m in unplaced) is kept, record["revision"]
    if kept:
        assert record["revision"]["estado"] == "revisar"
