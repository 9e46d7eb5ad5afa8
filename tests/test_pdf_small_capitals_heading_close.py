"""A heading in small capitals wrapped over three or four lines beside its text, its longest line
ending within one em of its text column (issue 20, headings in any dress; browser seed 27408).

The heading's lines step by its own leading, wider than the text's: spacing reads its lines as
paragraphs of their own, and its first two lines already match a printed name whole ("ELEMENTO
INNOVADOR/CREATIVO"), the third less well, the fourth whole again: the lines are one heading
(`paragraphs.merge_wrapped_headings` weighs one to three blocks after the first). The heading
column's right edge passes the left edge of the other rows' text, so no column gutter parts the
page and reading order cuts it across; every row gap there is white between lines of the text, and
the cut goes where no other column's lines, the heading's at their own even pitch, run across too
(`order._even_lines_across`): "ACTIVIDAD" is never read amid the text beside it.
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

from .pdf_canvas import BODY, BOLD, Sheet, typeset
from .records import records

SIZE, SMALL, PITCH, TEXT, LEADING = 12.0, 8.25, 18.0, 9.0, 1.5
INNOVATION = (
    "Se destaca la acogida integral interinstitucional y el acompañamiento socio-comunitario en las distintas "
    "etapas que requería la comunidad, iniciando con la recepción y procesos de regularización, realizando un "
    "curso de español para reducir brechas y apoyando la escolaridad de los niños."
)
OFFICES = (
    "Oficina de Migración, Refugio e Interculturalidad. Dirección de Salud. Dirección de Educación. "
    "Oficina de Gestión Territorial. Oficina Municipal de Intermediación Laboral."
)
ROWS = [
    (["Departamento/Oficinas", "municipales que", "participan"], OFFICES),
    (["Grupo prioritario"], "Familias afganas solicitantes de refugio."),
    (["Breve descripción"], "La municipalidad acompaña a las familias en su llegada a la comuna y en su trámite."),
    (["Elemento", "innovador/creativo", "del proyecto o", "actividad"], INNOVATION),
    (["Líneas Sello"], "Acceso a la información, ya que las familias conocen sus derechos y los servicios."),
]


def _width(line: str) -> float:
    """The width of a heading line set in small capitals (`Sheet.small_capitals`)."""
    return sum(pdfmetrics.stringWidth(ch.upper(), BODY, SMALL if ch.islower() else SIZE) for ch in line)


def test_a_small_capitals_heading_close_to_its_text_is_one_heading(tmp_path):
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    sheet.text(50, 50, "Recepción y acogida de la comunidad afgana", 18, BOLD)
    sheet.text(50, 80, "MUNICIPALIDAD DE EL BOSQUE", 10, BOLD)
    top, narrow = 110.0, 150.0  # the rows' text column: left of the widest headings' right edge
    for heading, text in ROWS:
        widest = 50 + max(_width(line) for line in heading)
        left = max(narrow, widest + TEXT)  # a wide heading pushes its own text right, within one em of it
        for k, line in enumerate(heading):
            sheet.small_capitals(50, top + PITCH * k, line, SIZE, SMALL)
        lines = typeset(text, 210, TEXT)
        bottom = sheet.lines(left, top - 0.5, lines, TEXT, BODY, leading=LEADING)
        top = max(top + PITCH * len(heading), bottom)  # rows as close as the lines: no wider white between
    sheet.save()
    (got,) = records(path)
    assert got["elemento_innovador"] == INNOVATION
    assert got["descripcion"] == ROWS[2][1]
    assert [o["nombre"] for o in got["oficinas"]][:1] == ["Oficina de Migración, Refugio e Interculturalidad"]
    assert not [a for a in got["revision"]["avisos"] if a["campo"] in ("elemento_innovador", "oficinas", "")]
