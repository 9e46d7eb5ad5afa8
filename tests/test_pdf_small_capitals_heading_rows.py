"""A heading in small capitals wrapped over four lines, beside its text (issue 20, headings in any dress).

A label | value grid whose headings are set in small capitals (CSS `font-variant: small-caps`, not
bold): "Elemento innovador/creativo del proyecto o actividad" wraps in its narrow cell into
"ELEMENTO" (a capital and small capitals), then three lines of small capitals alone, each smaller
than the first line's capital, at the page's foot, the value going on at the next page's head. The
lines step by the heading's own size, more than the small capitals' size apart, and reading order
reads them apart, the value's lines between them. They are
one heading (`rows.join_stacked_headings`: the white between stacked lines is measured in the
ems of the heading's first line, `rows._stacked_under`), never words of the value beside it.
"""

from __future__ import annotations

from .pdf_canvas import BODY, BOLD, Sheet, typeset
from .records import records

SIZE, SMALL, PITCH = 12.0, 8.25, 17.5
INNOVATION = (
    "Se destaca la integralidad con la que se trabaja en la escuela y la perspectiva de género. De esta "
    "manera, las mujeres logran acceder a un curso de español pero también a información relevante para "
    "su acceso a derechos. De igual forma se destaca la preocupación por generar un espacio seguro."
)
ROWS = [
    (["Grupo prioritario"], "Mujeres haitianas de la comuna."),
    (["Forma de", "financiamiento"], "Recursos propios de la municipalidad."),
    (["Breve descripción"], "La municipalidad abre una escuela de español para mujeres haitianas."),
    (["Elemento", "innovador/creativo", "del proyecto o", "actividad"], INNOVATION),
    (["Líneas Sello"], "Acceso a la información, ya que las mujeres acceden a información relevante."),
]


def test_a_small_capitals_heading_wrapped_beside_its_text_is_one_heading(tmp_path):
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    sheet.text(50, 50, "Escuela de mujeres migrantes", 20, BOLD)
    sheet.text(50, 80, "MUNICIPALIDAD DE SAN JOAQUÍN", 10, BOLD)
    top = 110.0
    for heading, text in ROWS[:3]:
        for k, line in enumerate(heading):
            sheet.small_capitals(50, top + PITCH * k, line, SIZE, SMALL)
        lines = typeset(text, 230, 9)
        sheet.lines(170, top + 1, lines, 9, BODY, leading=1.35)
        top += max(PITCH * len(heading), 12.2 * len(lines)) + 12
    # the innovation row at the page's foot: its text goes on at the next page's head
    heading, text = ROWS[3]
    for k, line in enumerate(heading):
        sheet.small_capitals(50, 730 + PITCH * k, line, SIZE, SMALL)
    lines = typeset(text, 230, 9)
    sheet.lines(170, 731, lines[:5], 9, BODY, leading=1.35)
    sheet.next_page()
    top = sheet.lines(170, 50, lines[5:], 9, BODY, leading=1.35) + 12
    heading, text = ROWS[4]
    sheet.small_capitals(50, top, heading[0], SIZE, SMALL)
    sheet.lines(170, top + 1, typeset(text, 230, 9), 9, BODY, leading=1.35)
    sheet.save()
    (got,) = records(path)
    assert got["elemento_innovador"] == INNOVATION
    assert got["descripcion"] == ROWS[2][1]
    assert not [a for a in got["revision"]["avisos"] if a["campo"] in ("elemento_innovador", "descripcion", "")]
