"""A tall glyph joins its own line, not the line above it in the next column (issue 20, browser
harness seed 5048: a heading in small capitals, "PROYECTO O ACTIVIDAD" set at the small capitals'
size and its colon at the full size; the colon's top reached up into the line of the right column
that ends just above, and it was read there as a line of its own, so the section's text began
with ": Se destaca la Academia..." in an ok record).

A word goes to the row whose bottom is nearest to its own among the rows it may join, however
tall it is.
"""

from __future__ import annotations

import pytest

from extractor.layout import TextBlock
from extractor.readers import read
from extractor.segment.paragraphs import group_lines

from .pdf_canvas import Sheet


def _lines(path) -> list[str]:
    return [line for item in group_lines(read(path).items) if isinstance(item, TextBlock) for line in item.raw_lines]


@pytest.mark.parametrize("size", [9.0, 10.0, 11.0])
@pytest.mark.parametrize("raise_by", [0.4, 0.44], ids=["above-0.4", "above-0.44"])
def test_a_full_size_colon_after_small_capitals_stays_on_its_line(tmp_path, size, raise_by):
    """Left: a heading's last line in small capitals (0.8 of `size`) with a colon at 1.4 times that
    size right after it; right, a column whose line ends `raise_by` font sizes above the heading
    line's bottom: too far for the heading's small words to share its row, near enough for the tall
    colon, which overlaps it in height. The colon ends the heading's line."""
    small, tall = 0.8 * size, 1.4 * size
    sheet = Sheet(tmp_path / "colon.pdf")
    top = 200.0
    sheet.text(50, top - 1.4 * size, "INNOVADOR/CREATIVO DEL", small)
    end = sheet.canvas.stringWidth("PROYECTO O ACTIVIDAD", "Helvetica", small)
    sheet.text(50, top, "PROYECTO O ACTIVIDAD", small)
    # the colon on the same baseline (Sheet.text places a line by its top: 0.8 of its size above it)
    sheet.text(50 + end, top + 0.8 * small - 0.8 * tall, ":", tall)
    sheet.text(50, top + 1.6 * size, "Se destaca la academia como un lugar de encuentro.", size)
    right_top = top + small - raise_by * size - size  # its bottom `raise_by` font sizes above the heading line's
    for n, line in enumerate(["generando acciones de", "aprendizaje y formación.", "Estrategias formativas y"]):
        sheet.text(260, right_top + (n - 1) * 1.3 * size, line, size)
    sheet.save()

    lines = _lines(tmp_path / "colon.pdf")
    assert "PROYECTO O ACTIVIDAD:" in lines, lines
    assert ":" not in lines
