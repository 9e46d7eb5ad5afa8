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
