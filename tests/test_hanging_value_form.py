"""A "Label:<TAB>value" form on a hanging indent whose longest label runs past the value's tab stop
(trial 27, ed16, the LibreOffice PDF of a Word form): the value's first words follow the label on
its line, its next lines hang at the value column's edge under it. Reading order takes the label
column first, so those lines came after the next label; they are the label's value, whole.
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

from .docx_builders import HEADINGS, TEXTS
from .pdf_canvas import BODY, BOLD, Sheet, typeset
from .records import records

VALUE_X = 200.0
MEASURE = 350.0  # the value column's width (points)
LONG = (
    "Se destaca el trabajo realizado acompañando la creación de la cooperativa en todo su proceso y "
    "orientando a las trabajadoras migrantes para que puedan regularizar su situación."
)


def _form(path) -> None:
    sheet = Sheet(path)
    sheet.text(45, 50, "Escuela de oficios para mujeres migrantes", 20, BOLD)
    sheet.text(45, 85, "Municipalidad: Puente Alto", 10, BODY)
    top = 115.0
    for key, label in HEADINGS.items():
        text = "Sociolaboral" if key == "categorias" else LONG if key == "elemento_innovador" else TEXTS[key]
        if key == "elemento_innovador":  # the label runs past the stop: the value goes on after it
            head, words, fitted = f"{label}:", text.split(), []
            for word in words:  # the words that fit on the label's line, up to the value column's end
                if pdfmetrics.stringWidth(" ".join([head, *fitted, word]), BODY, 10) > VALUE_X + MEASURE - 45:
                    break
                fitted.append(word)
            sheet.text(45, top, " ".join([head, *fitted]), 10)
            rest = typeset(" ".join(words[len(fitted) :]), MEASURE, 10)
            top = sheet.lines(VALUE_X, top + 13, rest) + 10
        else:
            sheet.text(45, top, f"{label}:", 10)
            top = sheet.lines(VALUE_X, top, typeset(text, MEASURE, 10)) + 10
    sheet.save()


def test_a_hanging_value_under_a_long_label_is_the_labels(tmp_path):
    path = tmp_path / "form.pdf"
    _form(path)
    (got,) = records(path)
    assert got["elemento_innovador"] == LONG
    assert "cooperativa" not in str(got["lineas_sello"])
    assert not [a for a in got["revision"]["avisos"] if a["campo"] in ("elemento_innovador", "lineas_sello")]
