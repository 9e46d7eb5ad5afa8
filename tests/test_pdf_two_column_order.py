"""Two columns of running text below a band that spans them (issue 20, browser harness kind "a
long text's paragraph read after the next section" in two-column layouts).

A region whose top holds something across both columns (a month table beside a heading, a line
set over the gutter) is cut across first, at a row gap. Two columns of running text set at their
own pitches can leave a row gap at one height by chance: the white between two lines of the left
column lying inside the white between two paragraphs of the right one. That gap is the leading of
a column that runs across it, no band edge: the left column is read whole before the right one.

Where reading order still takes such columns wrong, a sentence ends up cut between two paragraphs
of the field: the record says so (aviso lectura_dudosa), never passes as read right.
"""

from __future__ import annotations

import pytest

from extractor.layout import TextBlock
from extractor.readers import read
from extractor.segment.paragraphs import group_lines

from .pdf_canvas import BOLD, Sheet, typeset
from .test_pdf_anchors import OFICINAS, SELLO, records, sections, wrap

LEFT = (
    "La municipalidad ha generado una coordinación interna y externa para facilitar los procesos de "
    "regularización de niñas, niños y adolescentes migrantes que residen en asentamientos precarios, "
    "junto a la corporación que asiste a los campamentos para entregar orientación migratoria."
)
FIRST = "La difusión es realizada por redes sociales y afiches."
SECOND = "Se destaca la coordinación tanto interna como externa para realizar dispositivos territoriales."


def _lines(path) -> list[str]:
    """The page's lines in reading order."""
    return [line for item in group_lines(read(path).items) if isinstance(item, TextBlock) for line in item.raw_lines]


@pytest.mark.parametrize("leading", [1.3, 1.5], ids=["leading-1.3", "leading-1.5"])
@pytest.mark.parametrize("after", [2, 4, 6], ids=["after-2", "after-4", "after-6"])
def test_a_row_gap_between_a_columns_lines_is_no_band_edge(tmp_path, leading, after):
    """A line spans both columns at the top, close above them; below it the left column runs on at
    its leading, and the right column's two paragraphs, a blank line apart, leave a white one of
    the left column's line gaps lies inside (after its line `after`). The region is cut across
    under the spanning line, not at that gap: the left column is read whole, then the right one
    (not the left column's last lines after the right column's first paragraph)."""
    size, measure, gutter = 10.0, 150.0, 20.0
    sheet = Sheet(tmp_path / "columns.pdf")
    sheet.text(150, 100, "Enero a diciembre, una vez al mes.", size)
    top, pitch = 100 + size + 1.5, leading * size
    left = typeset(LEFT, measure, size)
    for n, line in enumerate(left):
        sheet.text(50, top + n * pitch, line, size)
    right_x = 50 + measure + gutter
    first, second = typeset(FIRST, measure, size), typeset(SECOND, measure, size)
    y = top + 2.0  # a pitch of its own: its lines never level with the left column's
    for line in first:
        sheet.text(right_x, y, line, size)
        y += pitch
    # the white between its paragraphs takes in the white under the left column's line `after`
    y = top + (after + 1) * pitch + 1.0
    for line in second:
        sheet.text(right_x, y, line, size)
        y += pitch
    sheet.save()
    assert len(first) <= after < len(left) - 1
    assert _lines(tmp_path / "columns.pdf") == ["Enero a diciembre, una vez al mes.", *left, *first, *second]


CUT = "Se trabaja con oficinas de la DIDECO, quienes realizan distintos"
AFTER = "La difusión de los cursos se realiza a través de redes sociales."
TAIL = "talleres de prevención de la violencia y apresto laboral."


@pytest.mark.parametrize(
    "descripcion, honest",
    [
        ([CUT, AFTER], True),  # a paragraph ending in the middle of a sentence before the next
        ([AFTER, TAIL], True),  # a paragraph opening in lower case after a sentence's end
        ([TAIL, AFTER], True),  # the text opening in the middle of a sentence
        ([AFTER, "Se ejecuta de manera periódica."], False),  # two whole paragraphs
    ],
    ids=["open-end", "lower-start", "opens-lower", "whole"],
)
def test_a_sentence_cut_between_paragraphs_is_said(tmp_path, descripcion, honest):
    """Reading order that takes columns of running text in the wrong order leaves sentences cut
    between paragraphs (the top of a column read before the text it goes on from, two columns'
    paragraphs read row by row). A description whose paragraphs so break gets an aviso
    lectura_dudosa on the field: never an ok record with the paragraphs out of order."""
    sheet = Sheet(tmp_path / "ficha.pdf")
    sheet.text(45, 50, "Academia municipal abierta", 20, BOLD)
    sheet.text(45, 85, "MUNICIPALIDAD ARICA", 10, BOLD)
    top = sections(sheet, 110, [(OFICINAS, ["Oficina de la Mujer"]), ("Grupo prioritario", ["Personas migrantes."])])
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 8
    for paragraph in descripcion:
        top = sheet.lines(45, top, wrap(paragraph, 400), size=10) + 12
    sections(sheet, top + 6, [("Líneas Sello", wrap(SELLO, 400))])
    sheet.save()
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["descripcion"] == "\n\n".join(descripcion)
    doubts = [a for a in got["revision"]["avisos"] if a["codigo"] == "lectura_dudosa" and a["campo"] == "descripcion"]
    assert bool(doubts) == honest
