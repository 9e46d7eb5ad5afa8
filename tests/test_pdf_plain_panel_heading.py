"""A side panel's heading set at the body's size in its weight (issue 20, browser seeds 9429, 9437,
9455, 9456: silent).

A narrow panel's heading shrunk to fit is no larger than the text and not bold: it is told from the
text by its pill, band or number alone. A line of its own that is a heading's printed name exactly
("Categoría", "IX. Categoría") is that heading, however it is set: the category boxes under it are
the panel's, and the word never ends the text of the main column's section read before the panel.
"""

from __future__ import annotations

import pytest

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

CATEGORY_LABELS = ["Sociolaboral", "Acogida/atención", "Emprendimiento", "Capacitaciones"]
SECTIONS = [
    ("Grupo prioritario", ["Mujeres migrantes jefas de hogar."]),
    ("Fechas de implementación", ["Enero a diciembre, una vez al mes."]),
    ("Breve descripción", ["La municipalidad abre una escuela de oficios", "para mujeres migrantes del barrio."]),
    ("Elemento innovador", ["Se trabaja con las vecinas del barrio."]),
]


@pytest.mark.parametrize("dress", ["pill", "number"])
def test_a_panel_heading_at_the_bodys_size_and_weight_is_a_heading(tmp_path, dress):
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    sheet.text(40, 50, "Escuela de oficios para mujeres migrantes", 18, BOLD)
    top = 110.0
    for n, (heading, lines) in enumerate(SECTIONS):
        top = sheet.text(40, top, heading, 12, BOLD) + 6
        top = sheet.lines(40, top, lines, 10, BODY) + (40 if n == 1 else 12)
    # the panel holds the municipality label and the categories, beside the dates, above the description
    sheet.rect(380, 90, 175, 115, stroke=False, fill="DCE6F2")
    sheet.text(392, 96, "MUNICIPALIDAD PUENTE ALTO", 10, BOLD)
    if dress == "pill":
        sheet.rect(386, 111, 56, 16, stroke=False, fill="E07A5F", radius=8)
    sheet.text(392, 114, "Categoría" if dress == "pill" else "IV. Categoría", 10, BODY)
    sheet.ballot_list(392, 140, CATEGORY_LABELS, [1], pitch=16)
    sheet.save()
    (got,) = records(path)
    assert got["fechas_implementacion"]["texto"] == SECTIONS[1][1][0]
    assert got["elemento_innovador"] == SECTIONS[3][1][0]
    assert got["categorias"] == ["acogida_atencion"]
