"""A municipality label in letter-spaced small capitals keeps all its words (issue 20; a new user's
trial 26, h03: CSS `font-variant: small-caps; letter-spacing: 1px`, read "Municipalidad de Qu i n ta").

- A line in small capitals is one line whatever its sizes: a word's capital and its small
  capitals ("Q" 11 pt + "UINTA" 7.7 pt), and the word spaces between them, widened by the letter
  spacing past a gap that parts a smaller word from a larger one (`size_change_gap`), belong to one
  line of the larger size (`order._one_small_capital_line`): "Normal" is never left out of the label.
- Chromium prints a small capital in an /ActualText span of the lower-case letter: PDFium's reading
  takes the capital's advance (the glyph drawn), so letters apart by the letter spacing alone do
  not read as one-letter words ("QU I N TA").
"""

from __future__ import annotations

import pytest

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records, records_by_engine

LABEL = "Municipalidad de Quinta Normal"
WANTED = {"comuna": "Quinta Normal", "region": "Metropolitana de Santiago", "texto": LABEL}
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de la Mujer"),
    ("Grupo prioritario", "Mujeres haitianas."),
    ("Forma de financiamiento", "Recursos propios de la municipalidad."),
    ("Breve descripción", "La escuela enseña castellano a mujeres haitianas de la comuna."),
]


@pytest.mark.parametrize(
    ("font", "size", "spacing"),
    [(BODY, 11.0, 0.75), (BODY, 9.0, 1.2), ("Times-Roman", 13.0, 1.5)],
    ids=["sans-11pt-0.75", "sans-9pt-1.2", "serif-13pt-1.5"],
)
def test_a_letter_spaced_small_capital_label_keeps_every_word(tmp_path, font, size, spacing):
    sheet = Sheet(tmp_path / "ficha.pdf")
    sheet.small_capitals(45, 40, LABEL, size, round(0.7 * size, 2), font, spacing=spacing)
    sheet.text(45, 62, "Escuela de Mujeres", 20, BOLD)
    sheet.sections(100.0, SECTIONS)
    sheet.save()
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["municipalidad"] == WANTED
    assert [o["nombre"] for o in got["oficinas"]] == ["Oficina de la Mujer"]


KICKER_HTML = """<html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 16mm }}
body {{ font-family: '{font}'; font-size: 9.5pt }}
.kick {{ font-variant: small-caps; font-size: {size}; letter-spacing: {spacing}; color: #2b6e3f }}
h1 {{ font-size: 22pt; margin: 2px 0 8px }}
h2 {{ font-size: 11pt; margin: 10px 0 3px }}
</style></head><body>
<div class="kick">{label}</div><h1>Escuela de Mujeres</h1>
{sections}
</body></html>"""


@pytest.mark.browser
@pytest.mark.parametrize(
    ("font", "size", "spacing"),
    [("Liberation Sans", "11pt", "1px"), ("DejaVu Serif", "10pt", "0.12em"), ("Liberation Serif", "13pt", "2px")],
    ids=["liberation-sans-1px", "dejavu-serif-0.12em", "liberation-serif-2px"],
)
def test_a_chromium_small_caps_kicker_keeps_every_word(tmp_path, chromium, font, size, spacing):
    from .designs.browser import print_pdf

    sections = "".join(f"<h2>{name}</h2><p>{text}</p>" for name, text in SECTIONS)
    page = tmp_path / "ficha.html"
    page.write_text(KICKER_HTML.format(font=font, size=size, spacing=spacing, label=LABEL, sections=sections))
    print_pdf(page, tmp_path / "ficha.pdf")
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["municipalidad"] == WANTED
        assert [o["nombre"] for o in got["oficinas"]] == ["Oficina de la Mujer"]
