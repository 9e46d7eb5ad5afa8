"""A municipality label naming the comuna's region after it (issue 20, F5 of trial 23).

"Municipalidad de Arica — Región de Arica y Parinacota" and "Municipalidad de Arica, Región de
Arica y Parinacota" name Arica: the region (a region of `regiones.csv`, set apart by a dash, a comma
or a parenthesis) is left out when it is the comuna's; a label naming another region names no comuna.
"""

from __future__ import annotations

import pytest

from .docx_builders import write_ficha
from .records import records


@pytest.mark.parametrize(
    "label",
    [
        "Municipalidad de Arica \u2014 Región de Arica y Parinacota",
        "Municipalidad de Arica, Región de Arica y Parinacota",
        "MUNICIPALIDAD DE ARICA (REGIÓN DE ARICA Y PARINACOTA)",
    ],
)
def test_a_label_with_its_region_names_the_comuna(tmp_path, label):
    (got,) = records(write_ficha(tmp_path, municipality=label))
    assert got["municipalidad"]["comuna"] == "Arica"
    assert got["municipalidad"]["region"] == "Arica y Parinacota"
    assert got["id"].startswith("arica--")
    assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("municipalidad")]


def test_a_label_naming_another_region_names_no_comuna(tmp_path):
    (got,) = records(write_ficha(tmp_path, municipality="Municipalidad de Arica \u2014 Región del Maule"))
    assert got["municipalidad"]["comuna"] is None
    assert [a["codigo"] for a in got["revision"]["avisos"] if a["campo"].startswith("municipalidad")] == [
        "comuna_desconocida"
    ]
