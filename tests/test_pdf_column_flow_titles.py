"""Fichas flowing through two columns, one starting in a column's foot (issue 20, F6 of trial 23).

The next ficha's title stands low in the left column; its sections go on at the top of the right
column, whose text runs on past the title's level. What reading order puts after that title is its
ficha's, though printed higher: the right column is where the ficha goes on, not the ficha before's
second column (as it is when fichas are set in bands, white beside the next title).
"""

from __future__ import annotations

from .pdf_canvas import BODY, BOLD, Sheet, typeset
from .records import records

LEFT, RIGHT, WIDTH, SIZE, LEADING = 45.0, 310.0, 235.0, 10.0, 13.0


def section(sheet: Sheet, x: float, top: float, heading: str, text: str) -> float:
    top = sheet.text(x, top, heading, 11, BOLD) + 5
    lines = typeset(text, WIDTH, SIZE)
    return sheet.lines(x, top, lines, SIZE, BODY, LEADING / SIZE) + 8


def test_a_ficha_starting_in_a_columns_foot_goes_on_in_the_next_column(tmp_path):
    path = tmp_path / "fichas.pdf"
    sheet = Sheet(path)
    top = sheet.text(LEFT, 50, "Huertos comunitarios", 18, BOLD) + 6
    top = sheet.text(LEFT, top, "Municipalidad de Recoleta", 10, BODY) + 12
    top = section(sheet, LEFT, top, "Grupo prioritario", "Personas migrantes del barrio.")
    top = section(sheet, LEFT, top, "Fechas de implementación", "De marzo a diciembre de cada año.")
    top = section(sheet, LEFT, top, "Forma de financiamiento", "Recursos propios municipales.")
    top = section(sheet, LEFT, top, "Breve descripción", "La municipalidad abre huertos en los barrios. " * 14)
    top = sheet.text(LEFT, 640, "Escuela de oficios", 18, BOLD) + 6
    top = sheet.text(LEFT, top, "Municipalidad de Arica", 10, BODY) + 12
    section(sheet, LEFT, top, "Grupo prioritario", "Mujeres migrantes jefas de hogar.")
    top = section(sheet, RIGHT, 50, "Fechas de implementación", "De abril a noviembre.")
    top = section(sheet, RIGHT, top, "Forma de financiamiento", "Aportes de ACNUR.")
    top = section(sheet, RIGHT, top, "Breve descripción", "Una escuela de oficios para vecinas. " * 62)
    assert top > 700  # the right column's text runs on past the title's level
    sheet.save()
    first, second = records(path)
    assert first["fechas_implementacion"]["texto"] == "De marzo a diciembre de cada año."
    assert first["forma_financiamiento"]["texto"] == "Recursos propios municipales."
    assert second["fechas_implementacion"]["texto"] == "De abril a noviembre."
    assert second["forma_financiamiento"]["texto"] == "Aportes de ACNUR."
    assert second["descripcion"].startswith("Una escuela de oficios")
    printed = {"grupo_prioritario", "fechas_implementacion", "forma_financiamiento", "descripcion"}
    for record in (first, second):
        avisos = record["revision"]["avisos"]
        assert not [a for a in avisos if a["codigo"] == "seccion_duplicada" or a["campo"] in printed]
