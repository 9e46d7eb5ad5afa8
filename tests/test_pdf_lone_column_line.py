"""A column that holds one line (issue 20, reportlab harness seeds 1121, 1133, 1179: the last line
of the Líneas Sello section carried over to the top of the next page's right column, beside the
left column's running text).

- The lone line is a line of its own: a gap wider than a word space with nothing else printed
  past it in the rows the white runs through is a gutter, however few lines the far column holds
  (not "se abren dos personas participar del programa." read as one line).
- The lone line is read after the column beside it, whole, even when a row gap inside that column
  (the space above a heading) is wider than the gutter: one line on the far side of a gutter is a
  column too.
"""

from __future__ import annotations

import pytest

from extractor.layout import TextBlock
from extractor.readers import read
from extractor.segment.paragraphs import group_lines

from .pdf_builders import justified_line
from .pdf_canvas import BOLD, Sheet, typeset

LEFT = (
    "una oficina de la municipalidad. Para acceder a los cursos se abren dos procesos durante el año, "
    "con una duración de tres meses cada uno, y la difusión se realiza a través de redes sociales y "
    "grupos de vecinos, enviando un formulario para la inscripción."
)
AFTER = (
    "Se destaca la academia como un lugar de encuentro y aprendizaje con pertinencia regional y "
    "colaboración entre instituciones, donde se adecuan los talleres a las necesidades identificadas."
)
LONE = "personas participar del programa."


def _page(path, justified: bool, band: bool, size: float, measure: float = 210.0, gutter: float = 24.0) -> list[str]:
    """A left column (a paragraph, a heading after a blank line and a half, another paragraph; with
    `band`, a heading in a filled band first) and, level with its top, a right column holding one
    line; returns the left column's lines in order."""
    sheet = Sheet(path)
    x, top, lead = 50.0, 100.0, 1.3 * size
    expected: list[str] = []
    if band:
        sheet.rect(x, top - 3, measure, size + 6, stroke=False, fill="dde6f5")
        sheet.text(x + 4, top, "Breve descripción:", size + 1, BOLD)
        expected.append("Breve descripción:")
        top += size + 10
    for paragraph in (typeset(LEFT, measure, size), ["Elemento innovador"], typeset(AFTER, measure, size)):
        if paragraph == ["Elemento innovador"]:
            top += 1.5 * lead
            sheet.text(x, top, paragraph[0], size + 3, BOLD)
            top += size + 3 + 0.5 * lead
            expected += paragraph
            continue
        for i, line in enumerate(paragraph):
            last = i == len(paragraph) - 1
            justified_line(sheet, x, top, line, None if last or not justified else measure, size)
            top += lead
        expected += paragraph
    sheet.text(x + measure + gutter, 100.0 - (4.0 if band else 0.0), LONE, size)
    sheet.save()
    return expected


def _lines(path) -> list[str]:
    """The page's lines in reading order."""
    return [line for item in group_lines(read(path).items) if isinstance(item, TextBlock) for line in item.raw_lines]


@pytest.mark.parametrize("size", [9.5, 11.0])
@pytest.mark.parametrize("band", [False, True], ids=["plain", "band"])
@pytest.mark.parametrize("justified", [False, True], ids=["ragged", "justified"])
def test_a_column_of_one_line_is_read_after_the_column_beside_it(tmp_path, justified, band, size):
    """The right column's one line stands level with the left column's first line (or with its
    heading band): the page reads the left column through, then the lone line, whole."""
    expected = _page(tmp_path / "lone.pdf", justified, band, size)
    assert _lines(tmp_path / "lone.pdf") == [*expected, LONE]
