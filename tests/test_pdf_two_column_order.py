"""Two columns of running text below a band that spans them (issue 20, browser harness kind "a
long text's paragraph read after the next section" in two-column layouts).

A region whose top holds something across both columns (a month table beside a heading, a line
set over the gutter) is cut across first, at a row gap. Two columns of running text set at their
own pitches can leave a row gap at one height by chance: the white between two lines of the left
column lying inside the white between two paragraphs of the right one. That gap is the leading of
a column that runs across it, no band edge: the left column is read whole before the right one.
"""

from __future__ import annotations

import pytest

from extractor.layout import TextBlock
from extractor.readers import read
from extractor.segment.paragraphs import group_lines

from .pdf_canvas import Sheet, typeset

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
