"""A pill heading at a column's foot, its text at the next column's head (issue 20, CSS columns).

A designer's two-column flow (`column-count: 2`) sets each section in a light band; a band cut by
a column break is two drawn regions. On the ficha's first page the description ends in the right
column in a band of its own, down to the page's foot. On the second page the description's band
fills the left column down to the innovation heading's band, which holds its pill heading alone
at the column's foot; the innovation text opens the right column in a band of its own, no anchor
in it. That band is the heading's band going on past the column break
(`regions._goes_on_from_its_page`): its text is the innovation's, never the description's going
on from the page before's right column.
"""

from __future__ import annotations

from .pdf_canvas import BODY, BOLD, Sheet, typeset
from .records import records

LEFT, RIGHT, MEASURE = 40.0, 310.0, 240.0
FOOT_LINES = 50  # 9 pt lines from the description's heading to the page's foot
OPENING = (
    "El programa busca desarrollar habilidades y destrezas laborales y personales que contribuyan a la "
    "formación de oficios en un espacio de encuentro para las personas migrantes de la comuna. "
) * 3
SECOND = (
    "En la escuela participan más de treinta mujeres y una facilitadora intercultural, que acompaña "
    "los procesos educativos de los hijos de las participantes. "
)
GOING_ON = (
    "Las jornadas se realizan los días sábados entre los meses de abril y noviembre, facilitando la "
    "entrega de materiales a cada participante. "
) * 3
INNOVATION = (
    "Se destaca la integralidad con la que se trabaja en la escuela y la perspectiva de género, "
    "priorizando un espacio seguro para las participantes y sus hijos."
)
SELLO = "Acceso a la información, ya que las mujeres acceden a información relevante."


def pill(sheet: Sheet, x: float, top: float, heading: str) -> float:
    """A band the column's width holding a dark rounded pill with a white heading; returns the
    band's bottom."""
    sheet.rect(x, top, MEASURE, 30, stroke=False, fill="F1F3F8")
    width = len(heading) * 6.0 + 14
    sheet.rect(x + 4, top + 4, width, 20, stroke=False, fill="E07A5F", radius=8)
    sheet.canvas.setFillGray(1)
    sheet.text(x + 10, top + 8, heading, 11, BODY)
    sheet.canvas.setFillGray(0)
    return top + 30


def banded(sheet: Sheet, x: float, top: float, lines: list[str]) -> float:
    """Lines of 9 pt text on a light band; returns the band's bottom."""
    sheet.rect(x, top, MEASURE, 1.3 * 9 * len(lines) + 8, stroke=False, fill="F1F3F8")
    return sheet.lines(x + 4, top + 4, lines, 9) + 4


def test_the_text_opening_a_column_after_a_heading_at_the_foot_is_that_headings(tmp_path):
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    sheet.text(LEFT, 50, "Escuela de mujeres migrantes", 20, BOLD)
    sheet.text(LEFT, 80, "MUNICIPALIDAD DE SAN JOAQUÍN", 10, BOLD)
    top = pill(sheet, LEFT, 110, "Grupo prioritario")
    top = banded(sheet, LEFT, top, ["Mujeres haitianas."]) + 10
    top = pill(sheet, LEFT, top, "Breve descripción")
    # the description's band fills the left column; its paragraph goes on at the right column's
    # head, then a next paragraph stands in a band of its own down to the right column's foot
    n = next(n for n in range(1, 20) if len(typeset(OPENING * n, MEASURE - 8, 9)) > FOOT_LINES)
    lines = typeset(OPENING * n, MEASURE - 8, 9)
    banded(sheet, LEFT, top, lines[:FOOT_LINES])
    top = sheet.lines(RIGHT + 4, top - 30, lines[FOOT_LINES:], 9) + 6
    second = typeset(SECOND * 40, MEASURE - 8, 9)
    banded(sheet, RIGHT, top, second[: int((800 - top) / 11.7)])
    sheet.next_page()
    bottom = banded(sheet, LEFT, 40, typeset(GOING_ON, MEASURE - 8, 9))
    pill(sheet, LEFT, bottom + 20, "Elemento innovador")  # the left column's foot
    top = banded(sheet, RIGHT, 40, typeset(INNOVATION, MEASURE - 8, 9)) + 20
    top = pill(sheet, RIGHT, top, "Líneas Sello")
    banded(sheet, RIGHT, top, typeset(SELLO, MEASURE - 8, 9))
    sheet.save()
    (got,) = records(path)
    assert got["elemento_innovador"] == INNOVATION
    assert INNOVATION not in got["descripcion"]
    assert "elemento_innovador" not in {aviso["campo"] for aviso in got["revision"]["avisos"]}
