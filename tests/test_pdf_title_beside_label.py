"""A municipality label beside a two-line title ("Municipalidad de" over "Puente Alto", set smaller
at the title's right): the white between the label's lines falls over the white between the
title's, so a row gap crosses the whole head there. The title's lines are read together, then the
label's (browser seed 6490: the title cut to its first line, its second read as the comuna)."""

from __future__ import annotations

import pytest

from extractor.layout import TextBlock
from extractor.readers import read

from .pdf_canvas import BOLD, Sheet

TITLE = ["Operativos interinstitucionales en", "asentamientos precarios"]
LABEL = ["Municipalidad de", "Puente Alto"]


def head_beside(path, panel: bool) -> None:
    """The title at the left (16 pt, leading 1.15), the label at the right (11 pt, its first line
    5 pt lower); under them a side panel at the left (drawn, or only text) and, at the right, a
    main column whose first lines are short (a heading and a narrow month column) and whose long
    lines start lower down."""
    sheet = Sheet(path)
    sheet.lines(45, 47, TITLE, 16, BOLD, leading=1.15)
    sheet.lines(440, 52, LABEL, 11, BOLD, leading=1.5)
    if panel:
        sheet.rect(45, 96, 185, 600, stroke=False, fill="1B3A6B")
    top = 115
    for n in range(20):
        sheet.text(52, top + 18 * n, f"Línea {n + 1} del panel lateral", 10)
    sheet.text(245, 99, "6) FECHAS DE", 11, BOLD)
    sheet.text(245, 116, "IMPLEMENTACIÓN:", 11, BOLD)
    for n, letter in enumerate("EFMAMJJASOND"):
        sheet.text(380, 99 + 16 * n, letter, 8)
    top = sheet.text(370, 300, "Enero a diciembre, una vez al mes.", 10) + 6
    sheet.lines(
        245,
        top,
        ["La municipalidad ha generado una coordinación interna y externa", "para facilitar los procesos."] * 5,
        10,
    )
    sheet.save()


@pytest.mark.parametrize("panel", [True, False])
def test_a_label_beside_a_two_line_title_is_read_after_the_whole_title(tmp_path, panel):
    path = tmp_path / "head.pdf"
    head_beside(path, panel)
    lines = [line for item in read(path).items if isinstance(item, TextBlock) for line in item.raw_lines]
    assert lines[:4] == [*TITLE, *LABEL], lines[:6]
