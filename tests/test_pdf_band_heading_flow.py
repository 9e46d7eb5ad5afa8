"""A heading in its own band is in the page's flow (issue 20, browser harness seeds 4960, 5127,
5159, 5180: headings drawn in filled bands, a side panel holding the category list read after the
main column, and "Elemento innovador" last on a page with its text on the next; that text went to
"Breve descripción", the last section whose text stood outside every drawn region).

A heading alone in a drawn region nested in no larger one (a band, a pill) is printed in the flow
like a bare heading: the text the flow carries over to the next page goes on with it, not with the
panel read last, nor with the section before it. The panel's own "Categoría" band is the panel's."""

from __future__ import annotations

import contextlib

import pytest

from extractor.pipeline import extract_document

from .pdf_builders import BOX_STYLES
from .pdf_canvas import BOLD, Sheet

DESCRIPCION = "La municipalidad acompañó la creación de la cooperativa de trabajo."
INNOVADOR = "Se destaca el trabajo realizado acompañando la creación de la cooperativa."
SELLO = "Se destaca el trabajo en las líneas de acción de Sello:"


def _heading(sheet: Sheet, top: float, text: str, band: bool) -> float:
    if band:
        sheet.rect(40, top - 5, 300, 21, stroke=False, fill="DDE6F2")
    sheet.text(46, top, text, 11, BOLD)
    return top + 24


def _document(path, band: bool) -> None:
    sheet = Sheet(path)
    sheet.text(46, 60, "Incubadora Cooperativa de trabajo", 18, BOLD)
    sheet.text(46, 86, "Municipalidad de Recoleta", 10, BOLD)
    top = 120.0
    for heading, value in [
        ("Grupo prioritario", "Trabajadoras de aseo y ornato."),
        ("Forma de financiamiento", "Recursos propios municipales."),
        ("Sostenibilidad en el tiempo", "Se ejecuta de manera periódica."),
        ("Breve descripción", DESCRIPCION),
    ]:
        top = _heading(sheet, top, heading, band)
        sheet.text(46, top, value, 10)
        top += 30
    _heading(sheet, 780, "Elemento innovador/creativo del proyecto o actividad", band)  # at the page's foot
    sheet.rect(370, 110, 180, 690, stroke=False, fill="EEF3FA")  # the side panel, read after the flow
    sheet.rect(375, 112, 170, 21, stroke=False, fill="C9D6EA")  # its heading's own band
    sheet.text(380, 117, "Categoría", 11, BOLD)
    for n, label in enumerate(["Sociolaboral", "Cooperativas", "NNA"]):
        BOX_STYLES["x_lines" if n == 1 else "empty"](sheet, 380, 140 + 18 * n)
        sheet.text(396, 140 + 18 * n, label, 10)
    sheet.next_page()
    sheet.text(46, 60, INNOVADOR, 10)
    _heading(sheet, 100, "Líneas Sello", band)
    sheet.text(46, 124, SELLO, 10)
    sheet.save()


@pytest.mark.parametrize("band", [True, False], ids=["bands", "bare"])
def test_text_carried_to_the_next_page_goes_on_with_a_band_heading(tmp_path, band):
    path = tmp_path / "bands.pdf"
    _document(path, band)
    with contextlib.chdir(tmp_path):
        (record,) = [f.model_dump(mode="json") for f in extract_document(path).fichas]
    assert record["descripcion"] == DESCRIPCION
    assert record["elemento_innovador"] == INNOVADOR
    assert record["categorias"] == ["cooperativas"]
