"""A heading's pill alone at a page's foot, under a label | value row (issue 20, browser seed 24070).

Short sections are label | value rows: each heading in a dark pill (a drawn region holding it
alone) left, its value beside it. The description's heading, in its pill, is the last thing printed
on the first page; its first paragraph opens the second page unindented (a paragraph after its
heading), the next ones indented, as the document starts its paragraphs. The pill is a heading
printed in the page's flow: the row's value above it ends there, and the paragraph opening the next
page is the description's, never the last row's value going on past the page break.
"""

from __future__ import annotations

from .pdf_canvas import BODY, BOLD, Sheet, typeset
from .records import records

LEFT, VALUE, MEASURE, SIZE = 45.0, 250.0, 500.0, 11.0
ROWS = [
    ("Grupo prioritario:", "Mujeres haitianas."),
    ("Forma de financiamiento:", "Recursos propios de la municipalidad."),
    ("Sostenibilidad en el tiempo:", "La Escuela sigue vigente, ejecutándose anualmente."),
]
FIRST = (
    "El año 2022 la municipalidad identifica la necesidad de abordar la brecha idiomática existente en "
    "mujeres de origen haitiano a partir de las atenciones que se realizaban en las dependencias municipales."
)
SECOND = (
    "Para esto, se generan instancias para la prevención de la violencia de género, se fomentan las redes "
    "de apoyo institucional y el conocimiento del espacio territorial."
)
THIRD = (
    "En la Escuela participan más de treinta mujeres haitianas y una facilitadora intercultural, que "
    "acompaña los procesos educativos de los hijos de las participantes."
)
INNOVATION = "Se destaca la integralidad con la que se trabaja en la Escuela y la perspectiva de género."


def pill(sheet: Sheet, x: float, top: float, heading: str) -> float:
    """A dark rounded pill holding a white bold heading; returns the pill's bottom."""
    sheet.rect(x, top, len(heading) * 6.2 + 12, 20, stroke=False, fill="E07A5F", radius=8)
    sheet.canvas.setFillGray(1)
    sheet.text(x + 6, top + 5, heading, SIZE, BOLD)
    sheet.canvas.setFillGray(0)
    return top + 20


def paragraph(sheet: Sheet, top: float, text: str, indent: bool) -> float:
    """`text` set in the measure from `top`, its first line indented when `indent`; returns the top
    of the next paragraph."""
    lines = typeset(text, MEASURE - (20 if indent else 0), SIZE)
    sheet.text(LEFT + (20 if indent else 0), top, lines[0], SIZE, BODY)
    return sheet.lines(LEFT, top + 1.4 * SIZE, typeset(" ".join(lines[1:]), MEASURE, SIZE), SIZE, leading=1.4) + 4


def test_the_paragraph_opening_the_page_after_a_pill_at_the_foot_is_the_pills_section(tmp_path):
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    sheet.text(LEFT, 50, "Escuela de Mujeres Catherine Flon", 18, BOLD)
    sheet.text(LEFT, 80, "MUNICIPALIDAD DE SAN JOAQUÍN", 10, BOLD)
    top = 300.0
    for heading, value in ROWS:
        pill(sheet, LEFT, top, heading)
        sheet.text(VALUE, top + 5, value, SIZE, BODY)
        top += 130
    pill(sheet, LEFT, top, "Breve descripción")  # alone at the page's foot
    sheet.next_page()
    top = paragraph(sheet, 50, FIRST, indent=False)
    top = paragraph(sheet, top, SECOND, indent=True)
    top = paragraph(sheet, top, THIRD, indent=True) + 10
    top = pill(sheet, LEFT, top, "Elemento innovador") + 8
    sheet.text(LEFT, top, INNOVATION, SIZE, BODY)
    sheet.save()
    (got,) = records(path)
    assert got["sostenibilidad"] == ROWS[-1][1]
    assert got["descripcion"] == "\n\n".join((FIRST, SECOND, THIRD))
    assert got["elemento_innovador"] == INNOVATION
