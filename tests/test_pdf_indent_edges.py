"""First-line indents measured from the edge of a paragraph's own lines (issue 20, browser seed 9390:
a silent paragraph join).

A text set beside its heading (a grid of heading | text) and the second column of the running text
under it can stand one above the other at one line pitch, the column's edge an em right of the
text's: the reader's spacing rule groups their lines into one block. The column's lines are cut from
the text's lines at the first of them (indented from the block's edge), and a paragraph that starts
further down the column with a first-line indent starts a paragraph there too: its indent is
measured from the column's edge, not from the text's above it (which made every column line look
indented, so that none could start a paragraph).
"""

from __future__ import annotations

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

SIZE, PITCH = 10.0, 13.5  # points
DATES = ["2015: se gesta la idea y se", "generan los liderazgos. 2019:", "se formaliza la cooperativa."]
LEFT = [
    "La municipalidad acompañó la",
    "creación de la cooperativa de",
    "trabajo con el objetivo de",
    "mejorar las condiciones de las",
    "personas que ya se dedicaban",
    "a esos oficios en empresas",
    "privadas y en el comercio de",
]
RIGHT_FIRST = ["la comuna, permitiendo mejorar", "los salarios de trescientas", "personas aproximadamente."]
RIGHT_SECOND = ["La oficina de migración", "acompañó los procesos de", "regularización de las personas."]
INNOVATION = ["Las trabajadoras dirigen la", "cooperativa desde su inicio."]


def test_an_indent_in_a_column_under_a_text_set_left_of_it_starts_a_paragraph(tmp_path):
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    sheet.text(45, 50, "Incubadora cooperativa de trabajo", 18, BOLD)
    sheet.text(45, 80, "Municipalidad de Recoleta", SIZE, BOLD)
    sheet.text(45, 110, "Fechas de implementación", 12, BOLD)
    column = sheet.lines(220, 110, DATES, SIZE, BODY, PITCH / SIZE)  # beside its heading
    sheet.text(45, 160, "Breve descripción", 12, BOLD)
    sheet.lines(45, 180, LEFT, SIZE, BODY, PITCH / SIZE)
    x = 220 + 1.1 * SIZE  # the second column's edge, an em right of the dates' text
    below = sheet.lines(x, column, RIGHT_FIRST, SIZE, BODY, PITCH / SIZE)
    sheet.text(x + 1.5 * SIZE, below, RIGHT_SECOND[0], SIZE, BODY)  # a first-line indent
    below = sheet.lines(x, below + PITCH, RIGHT_SECOND[1:], SIZE, BODY, PITCH / SIZE)
    sheet.text(x, below + 12, "Elemento innovador", 12, BOLD)
    sheet.lines(x, below + 32, INNOVATION, SIZE, BODY, PITCH / SIZE)
    sheet.save()
    (got,) = records(path)
    assert got["fechas_implementacion"]["texto"] == " ".join(DATES)
    assert got["elemento_innovador"] == " ".join(INNOVATION)
    assert got["descripcion"] == " ".join(LEFT + RIGHT_FIRST) + "\n\n" + " ".join(RIGHT_SECOND)
