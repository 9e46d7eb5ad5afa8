"""A municipality label in a label | value row (issue 20, trial 21 doc08): "Municipalidad | MUNICIPALIDAD
ARICA", read as one text, names Arica; the row's label cell is no part of the label."""

from __future__ import annotations

import pytest

from extractor.fields.municipality import without_label_cell

from .docx_builders import TITLE, DocBuilder, write_ficha
from .records import records


@pytest.mark.parametrize(
    "text, label",
    [
        ("Municipalidad MUNICIPALIDAD ARICA", "MUNICIPALIDAD ARICA"),
        ("Municipalidad: Municipalidad de Recoleta", "Municipalidad de Recoleta"),
        ("MUNICIPALIDAD DE ARICA", "MUNICIPALIDAD DE ARICA"),
        ("Municipalidad San Joaquín", "Municipalidad San Joaquín"),
    ],
)
def test_a_prefix_alone_before_a_whole_label_is_the_rows_label(text, label):
    assert without_label_cell(text) == label


def test_a_municipality_row_of_a_word_table_names_its_comuna(tmp_path):
    b = DocBuilder()
    b.title(TITLE)
    b.label_value_table([("Municipalidad", "MUNICIPALIDAD ARICA")])
    (got,) = records(write_ficha(tmp_path, builder=b, title=None, municipality=None))
    assert got["municipalidad"] == {"comuna": "Arica", "region": "Arica y Parinacota", "texto": "MUNICIPALIDAD ARICA"}
    assert got["id"].startswith("arica--")


def test_a_label_wrapped_in_a_narrow_cell_names_its_comuna(tmp_path):
    """Issue 20, F5 of trial 23 (r01): «MUNICIPALIDAD SAN» over a centred «JOAQUÍN» in a narrow
    coloured cell beside the title: the label is both lines, as neither alone names a comuna."""
    from reportlab.pdfbase import pdfmetrics

    from .pdf_canvas import BOLD, Sheet

    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    sheet.text(45, 60, "Escuela de Mujeres Catherine Flon", 20, BOLD)
    sheet.rect(400, 55, 130, 40, stroke=False, fill="DDEEFF")
    for n, line in enumerate(["MUNICIPALIDAD SAN", "JOAQUÍN"]):
        width = pdfmetrics.stringWidth(line, BOLD, 10)
        sheet.text(465 - width / 2, 62 + 12.5 * n, line, 10, BOLD)
    top = 115.0
    sections = [
        ("Grupo prioritario", "Mujeres haitianas."),
        ("Fechas de implementación", "De abril a noviembre."),
        ("Breve descripción", "Una escuela de mujeres."),
    ]
    for heading, text in sections:
        top = sheet.text(45, top, heading, 12, BOLD) + 6
        top = sheet.text(45, top, text, 10) + 16
    sheet.save()
    (got,) = records(path)
    assert got["municipalidad"]["comuna"] == "San Joaquín"
    assert not [a for a in got["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"]
