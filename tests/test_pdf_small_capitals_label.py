"""A municipality label set in small capitals reads as the publication spells it, wrapped or not
(issue 20, any dress; a new user's trial of 2026-12-07, CSS `font-variant: small-caps`).

"Ilustre Municipalidad de San Joaquín" printed in small capitals at the right of the title,
wrapped after "San": the label's text is the words as written (`Line.cased`, read for the label as
for the title: `fields.items.printed_case_lines`), never "ILUSTRE MUNICIPALIDAD DE SAN JOAQUÍN";
its second line, whose capital "J" makes that line's size larger than the first's, is still the
label's wrapped end (`fichas._lower_case_size`), even when the reading order puts the label after
the first section's heading (`fichas._ends_a_label`): comuna San Joaquín, nothing left in
`oficinas`. Capitals of one size stay as printed.
"""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

SIZE, SMALL = 11.0, 7.7
RIGHT = 550.0


def _right_aligned_small_capitals(sheet: Sheet, top: float, text: str) -> None:
    width = sum(pdfmetrics.stringWidth(c.upper(), BODY, SMALL if c.islower() else SIZE) for c in text)
    sheet.small_capitals(RIGHT - width, top, text, SIZE, SMALL, BODY)


def ficha(path, label_lines: list[str], caps: bool, label_top: float) -> None:
    sheet = Sheet(path)
    sheet.text(45, 50, "Escuela de Mujeres", 20, BOLD)
    top = label_top
    for line in label_lines:
        if caps:
            width = pdfmetrics.stringWidth(line.upper(), BODY, SIZE)
            sheet.text(RIGHT - width, top, line.upper(), SIZE, BODY)
        else:
            _right_aligned_small_capitals(sheet, top, line)
        top += 1.15 * SIZE
    top = 100.0
    top = sheet.sections(
        top,
        [
            ("Departamento/Oficinas municipales que participan", "Oficina de la Mujer"),
            ("Grupo prioritario", "Mujeres haitianas."),
            ("Forma de financiamiento", "Recursos propios de la municipalidad."),
            ("Breve descripción", "La escuela enseña castellano a mujeres haitianas de la comuna."),
        ],
    )
    sheet.save()


@pytest.mark.parametrize("label_top", [52.0, 98.0], ids=["beside-the-title", "beside-the-first-heading"])
@pytest.mark.parametrize(
    "lines",
    [["Ilustre Municipalidad de San Joaquín"], ["Ilustre Municipalidad de San", "Joaquín"]],
    ids=["one-line", "wrapped"],
)
def test_a_label_in_small_capitals_reads_as_written(tmp_path, lines, label_top):
    ficha(tmp_path / "ficha.pdf", lines, caps=False, label_top=label_top)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["municipalidad"] == {
        "comuna": "San Joaquín",
        "region": "Metropolitana de Santiago",
        "texto": "Ilustre Municipalidad de San Joaquín",
    }
    assert [o["nombre"] for o in got["oficinas"]] == ["Oficina de la Mujer"]


def test_a_label_in_capitals_of_one_size_stays_as_printed(tmp_path):
    ficha(tmp_path / "ficha.pdf", ["Ilustre Municipalidad de San", "Joaquín"], caps=True, label_top=52.0)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["municipalidad"]["texto"] == "ILUSTRE MUNICIPALIDAD DE SAN JOAQUÍN"
