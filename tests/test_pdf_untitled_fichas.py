"""Fichas whose titles are no text (printed as pictures or outlines) are still fichas: each run of
the template's headings under its municipality label is one, with no title and an aviso on it
(issue 20; a new user's trial of 2026-12-07: titles set as images lost the whole document as
`no_ficha`, though all 27 headings were read).

Where no title-like block stands anywhere before, the headings starting over (a heading the
template puts before the one above it) start the next ficha (`fichas._ficha_starts`); such a
ficha is a document's ficha when it has its municipality label and SETTINGS.fichas.min_ficha_headings headings
(`fichas.no_ficha_reason`). Its record: titulo null, `seccion_faltante` on titulo, `revisar`.
"""

from __future__ import annotations

import pytest

from extractor.problems import DocumentError

from .pdf_canvas import BOLD, Sheet
from .records import records

COMUNAS = ["Puente Alto", "El Bosque", "San Joaquín"]
SECTIONS = [
    ("Grupo prioritario", "Niñas, niños y adolescentes de la comuna."),
    ("Forma de financiamiento", "Recursos propios de la municipalidad."),
    ("Breve descripción", "La municipalidad coordina operativos en los barrios cada mes."),
]


def document(path, comunas: list[str], picture_titles: bool, label: bool = True) -> None:
    sheet = Sheet(path)
    for n, comuna in enumerate(comunas):
        if n:
            sheet.next_page()
        if picture_titles:
            sheet.rect(45, 20, 400, 50, stroke=False, fill="33507F")  # where the title's picture stands
        if label:
            sheet.text(45, 90, f"MUNICIPALIDAD DE {comuna.upper()}", 10, BOLD)
        top = 120.0
        top = sheet.sections(top, SECTIONS)
    sheet.save()


@pytest.mark.parametrize("count", [1, 3])
def test_fichas_without_title_text_give_flagged_records(tmp_path, count):
    document(tmp_path / "fichas.pdf", COMUNAS[:count], picture_titles=True)
    got = records(tmp_path / "fichas.pdf")
    assert [r["municipalidad"]["comuna"] for r in got] == COMUNAS[:count]
    for record in got:
        assert record["titulo"] is None
        assert record["descripcion"] == SECTIONS[-1][1]
        assert record["revision"]["estado"] == "revisar"
        assert ("titulo", "seccion_faltante") in {(a["campo"], a["codigo"]) for a in record["revision"]["avisos"]}


def test_headings_with_no_title_and_no_label_are_no_ficha(tmp_path):
    document(tmp_path / "fichas.pdf", COMUNAS, picture_titles=True, label=False)
    with pytest.raises(DocumentError, match="no ficha found"):
        records(tmp_path / "fichas.pdf")
