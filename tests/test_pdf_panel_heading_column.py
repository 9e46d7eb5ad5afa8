"""A side panel's column of headings is no label column of the text beside it (issue 20, browser
seeds 9416, 6598).

A filled side panel on the left holds the short sections, each heading over its text, the headings
sharing the panel's left edge, set in capitals in the text's font and size (the offices over three
lines, then three sections of one short line); the main column beside it holds the dates and the description under
their own headings. The panel's headings are a column of template headings with text printed right
of them, row by row: read as a label | value grid, they took the main column's text (the dates' text
went to the categories, the description's paragraphs to the panel's sections). Headings that stand
in one drawn region holding their sections' text take no value from outside it.
"""

from __future__ import annotations

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

OFFICES = (
    "Departamento/Oficinas",
    ["Oficina de diversidad y no", "discriminación (Programa", "de Comunidad Migrante)."],
)
PANEL = [  # each value one short line, beside the description's lines
    ("Grupo prioritario", ["Mujeres haitianas."]),
    ("Forma de financiamiento", ["Recursos propios."]),
    ("Sostenibilidad en el tiempo", ["Sigue vigente."]),
]
DATES = "Cada sábado del mes, de abril a noviembre."
DESCRIPTION = [
    "La municipalidad identifica la necesidad de abordar la",
    "brecha idiomática de las mujeres de origen haitiano a",
    "partir de las atenciones que se realizan en las",
    "dependencias municipales. Por esta razón se crea la",
    "escuela, que busca fomentar la autonomía de las mujeres",
    "de manera integral y no sólo focalizando únicamente en",
    "los cursos de español. Para esto se generan instancias",
    "para la prevención de la violencia de género, se fomentan",
    "las redes de apoyo institucional y las redes de apoyo",
    "entre las propias participantes de la escuela.",
]
INNOVATION = ["Se destaca la integralidad con la que se trabaja en la", "escuela y su perspectiva de género."]


def test_a_side_panels_headings_take_no_value_from_the_column_beside_it(tmp_path):
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    sheet.text(40, 50, "Escuela de mujeres Catherine Flon", 18, BOLD)
    sheet.text(40, 80, "MUNICIPALIDAD DE SAN JOAQUÍN", 10, BOLD)
    sheet.rect(36, 105, 184, 250, stroke=False, fill="EEF3FA")
    top = 115.0
    for heading, lines in [OFFICES, *PANEL]:  # in capitals, of the text's font and size
        top = sheet.text(46, top, heading.upper() + ":", 10, BODY) + 6
        top = sheet.lines(46, top, lines, 10, BODY) + 14
    top = sheet.text(240, 112, "Fechas de implementación", 12, BOLD) + 6
    top = sheet.text(240, top, DATES, 10, BODY) + 14
    top = sheet.text(240, top, "Breve descripción", 12, BOLD) + 6
    top = sheet.lines(240, top, DESCRIPTION, 10, BODY) + 14  # beside the panel's rows
    top = sheet.text(240, top, "Elemento innovador", 12, BOLD) + 6
    sheet.lines(240, top, INNOVATION, 10, BODY)
    sheet.save()
    (got,) = records(path)
    assert got["fechas_implementacion"]["texto"] == DATES
    assert got["descripcion"] == " ".join(DESCRIPTION)
    assert got["elemento_innovador"] == " ".join(INNOVATION)
    assert got["grupo_prioritario"] == PANEL[0][1][0]
    assert got["sostenibilidad"] == " ".join(PANEL[2][1])
