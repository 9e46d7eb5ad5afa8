"""A ficha's municipality label repeated as a page header (issue 20, F8 of trial 23, w02-lo).

Word prints a section's page header on each of its pages; in the PDF the label stands over the
title on the ficha's first page and alone at the same place on its next pages. The first is the
ficha's label; the others are a running header, read once: never a paragraph of the description.
"""

from __future__ import annotations

import pytest

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

FICHAS = [("Capacitación en oficios", "Municipalidad de Quinta Normal"), ("Huertos", "Municipalidad de Arica")]
SECTIONS = [
    ("Grupo prioritario", "Mujeres migrantes."),
    ("Fechas de implementación", "De abril a noviembre."),
    ("Forma de financiamiento", "Recursos propios municipales."),
]


@pytest.mark.parametrize("repeated", [True, False])
def test_a_label_repeated_at_its_place_on_the_next_page_is_read_once(tmp_path, repeated):
    """`repeated`: the header printed again on each ficha's second page; either way the next
    ficha's label, opening its page, goes on no paragraph of the page before (an anchor)."""
    path = tmp_path / "fichas.pdf"
    sheet = Sheet(path)
    for title, label in FICHAS:
        sheet.text(45, 36, label, 10, BODY)
        top = sheet.text(45, 62, title, 20, BOLD) + 20
        for heading, text in SECTIONS:
            top = sheet.text(45, top, heading, 12, BOLD) + 6
            top = sheet.text(45, top, text, 10) + 16
        top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
        sheet.lines(45, top, ["La municipalidad abre un curso para vecinas y vecinos."])
        sheet.next_page()
        if repeated:
            sheet.text(45, 36, label, 10, BODY)  # the page header again
        sheet.lines(45, 90, ["Con la información disponible, el curso sigue cada año."])
        sheet.next_page()
    sheet.save()
    got = records(path)
    assert [(r["titulo"], r["municipalidad"]["comuna"]) for r in got] == [
        ("Capacitación en oficios", "Quinta Normal"),
        ("Huertos", "Arica"),
    ]
    for r in got:
        assert "Municipalidad" not in r["descripcion"]
        assert r["descripcion"].endswith("Con la información disponible, el curso sigue cada año.")
