"""A heading of the template never opens a ficha: a label cell whose first line the reader set into
one line with its value (a gap of half a word space of the value's size between them, the label
printed larger), its other lines ("MUNICIPALES QUE" / "PARTICIPAN:") left alone, larger than the body
like a title. They are a piece of a heading, so no title: the document holds one ficha."""

from __future__ import annotations

import contextlib

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from extractor.pipeline import extract_document

from .pdf_canvas import BODY, BOLD, Sheet

LABEL, VALUE = 9.3, 7.3  # points


def _card_rows(path, first_cell: str) -> None:
    """A title, the municipality label, a card of categories on the right (read first, its top a
    little higher), and label | value rows on the left: the office label's first line
    `first_cell` close to its value (0.55 of the value's size apart)."""
    sheet = Sheet(path)
    sheet.text(48, 50, "Municipalidad", 8, BOLD)
    sheet.text(48, 61, "PUENTE ALTO", 8, BOLD)
    sheet.text(42, 77, "Operativos interinstitucionales en asentamientos", 13.3, BOLD)
    sheet.rect(300, 96, 250, 44)
    sheet.rect(38, 98, 256, 70)  # the rows' own card, its top a little lower
    sheet.text(306, 102, "CATEGORÍA:", LABEL)
    for n, label in enumerate(["Sociolaboral", "Cooperativas"]):
        sheet.text(384, 104 + 19 * n, label, VALUE)
    width = stringWidth(first_cell, BODY, LABEL)
    sheet.text(43, 104, first_cell, LABEL)
    sheet.text(43 + width + 0.55 * VALUE, 104, "Unidad de Migrantes - DIDECO", VALUE)
    sheet.lines(43, 117, ["MUNICIPALES QUE", "PARTICIPAN:"], LABEL, BODY, 1.35)
    sheet.text(43, 146, "GRUPO PRIORITARIO:", LABEL)
    sheet.lines(200, 146, ["Niñas, niños y adolescentes que viven", "en asentamientos precarios."], VALUE, BODY, 1.37)
    top = 180.0
    for heading, value in [
        ("FORMA DE FINANCIAMIENTO:", ["Recursos propios de la municipalidad."]),
        ("SOSTENIBILIDAD EN EL TIEMPO:", ["Se ejecuta de manera periódica."]),
        ("BREVE DESCRIPCIÓN:", ["La municipalidad ha generado una coordinación interna y externa."]),
    ]:
        sheet.text(43, top, heading, LABEL)
        top = max(top + 1.35 * LABEL, sheet.lines(200, top, value, VALUE, BODY, 1.37)) + 8
    sheet.save()


@pytest.mark.parametrize("first_cell", ["DEPARTAMENTO/OFICINAS", "II. DEPARTAMENTO/OFICINAS"])
def test_a_heading_piece_printed_large_opens_no_ficha(tmp_path, first_cell):
    path = tmp_path / "rows.pdf"
    _card_rows(path, first_cell)
    with contextlib.chdir(tmp_path):
        records = [f.model_dump(mode="json") for f in extract_document(path).fichas]
    assert [r["titulo"] for r in records] == ["Operativos interinstitucionales en asentamientos"]
    (record,) = records
    assert record["grupo_prioritario"] == "Niñas, niños y adolescentes que viven en asentamientos precarios."


def test_a_piece_of_a_heading_is_told_from_a_title():
    from extractor.template import part_of_a_heading

    pieces = ["MUNICIPALES QUE PARTICIPAN:", "PARTICIPAN:", "Del proyecto o", "EN EL TIEMPO", "5) FORMA DE"]
    titles = ["Operativos interinstitucionales", "Capacitación en Oficios", "Participan", "Tiempo libre", "Sello"]
    whole = ["Grupo prioritario", "IV. Forma de financiamiento:"]  # a heading whole is a heading, no piece
    assert [part_of_a_heading(t) for t in pieces] == [True] * len(pieces)
    assert [part_of_a_heading(t) for t in titles + whole] == [False] * len(titles + whole)
