"""A label in small capitals wrapped over lines, its value's line set higher beside its first line
(issue 20, headings in any dress; browser harness).

A label | value grid: "Departamento/ oficinas municipales que participan" wraps in its narrow cell
into four lines of small capitals; the value's one line, in the same font at the text's size, stands
a word space after the label's first line, its baseline a few points higher (the cell's padding
sets it at the top of the row, the label's capitals reach lower). Words of one font whose baselines
differ are two lines however close: the label is one heading, the value its row's, and the label's
last lines are no ficha's title (one record, its offices read).
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from .pdf_canvas import BODY, BOLD, Sheet, typeset
from .records import records

SIZE, SMALL, PITCH, TEXT = 14.0, 9.75, 19.5, 11.0
LABEL_X, VALUE_GAP = 240.0, 6.0  # the value starts 6 pt (half its em) after the label's first line
OFFICES = "Unidad de Migrantes - DIDECO"
ROWS = [
    (["Grupo", "prioritario"], "Niñas, niños y adolescentes que viven en asentamientos precarios."),
    (["Forma de", "financiamiento"], "Recursos propios de la municipalidad."),
    (["Breve", "descripción"], "La municipalidad ha generado una coordinación interna y externa."),
]


def label_width(text: str) -> float:
    """The width (points) of `text` in small capitals at SIZE and SMALL."""
    return sum(stringWidth(c.upper(), BODY, SMALL if c.islower() else SIZE) for c in text)


def test_a_value_set_higher_beside_a_small_capitals_label_is_no_line_of_it(tmp_path):
    rise = 3.0
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    sheet.text(45, 50, "Operativos interinstitucionales en asentamientos precarios", 18, BOLD)
    sheet.text(45, 80, "MUNICIPALIDAD PUENTE ALTO", 11, BOLD)
    top = 110.0
    label = ["Departamento/", "Oficinas", "municipales", "que participan"]
    for k, line in enumerate(label):
        sheet.small_capitals(LABEL_X, top + PITCH * k, line, SIZE, SMALL)
    # the value's baseline `rise` points above the label's: top + 0.8 SIZE - rise = its top + 0.8 TEXT
    sheet.text(LABEL_X + label_width(label[0]) + VALUE_GAP, top + 0.8 * (SIZE - TEXT) - rise, OFFICES, TEXT, BODY)
    top += PITCH * len(label) + 10
    for heading, text in ROWS:
        for k, line in enumerate(heading):
            sheet.small_capitals(LABEL_X, top + PITCH * k, line, SIZE, SMALL)
        lines = typeset(text, 200, TEXT)
        sheet.lines(345, top + 1, lines, TEXT, BODY, leading=1.35)
        top += max(PITCH * len(heading), 1.35 * TEXT * len(lines)) + 10
    sheet.save()
    (got,) = records(path)
    assert got["titulo"] == "Operativos interinstitucionales en asentamientos precarios"
    assert [office["texto"] for office in got["oficinas"]] == ["Unidad de Migrantes", "DIDECO"]
