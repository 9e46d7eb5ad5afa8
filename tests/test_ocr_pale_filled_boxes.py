"""A checkbox filled with a pale colour (a PDF form field's light blue, as a printed AcroForm shows
it) is read by the ink printed over its fill (`scan.over_pale_fill`): the fill is lighter than
text's ink, yet darker than the level a pale rule or outline is found at, so it passed for a mark
covering the box, and every box of a category list read checked. A box with a dark mark over the
fill is checked; a dark solid square printed in a box keeps its state."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen import canvas

from extractor.readers.pdf import scan

from .scans import scan_pdf

DPI = 300
PLACES = (40, 80, 120, 160)  # points: each box's left side


def _page(path: Path) -> Path:
    """Four boxes of 10 points in a row: pale blue, pale blue with a tick, pale blue with a cross,
    white with a solid square inside."""
    pdf = canvas.Canvas(str(path), pagesize=(220, 80))
    for n, x in enumerate(PLACES):
        pdf.setLineWidth(0.8)
        pdf.setStrokeColorRGB(0, 0, 0)
        pdf.setFillColorRGB(*((0.75, 0.8, 0.97) if n < 3 else (1, 1, 1)))
        pdf.rect(x, 40, 10, 10, stroke=1, fill=1)
        pdf.setLineWidth(1.3)
        if n == 1:
            pdf.lines([(x + 2, 45, x + 4, 42), (x + 4, 42, x + 8.5, 48.5)])
        if n == 2:
            pdf.lines([(x + 2, 42, x + 8, 48), (x + 2, 48, x + 8, 42)])
        if n == 3:
            pdf.setFillColorRGB(0.1, 0.1, 0.1)
            pdf.rect(x + 2.5, 42.5, 5, 5, stroke=0, fill=1)
    pdf.save()
    return path


@pytest.mark.parametrize("seed", [1, 2])
def test_a_pale_filled_box_is_read_by_the_ink_over_its_fill(tmp_path, seed):
    scanned = scan_pdf(_page(tmp_path / "page.pdf"), tmp_path / "scan.pdf", dpi=DPI, seed=seed)
    document = pdfium.PdfDocument(str(scanned))
    rgb = np.asarray(document[0].render(scale=DPI / 72).to_pil().convert("RGB"))
    document.close()
    gray = np.asarray(scan.paper_white(rgb.mean(axis=2).astype(np.uint8), rgb)[0])
    gray = scan.straighten(gray, scan.skew_angle(gray))  # as the scan source turns it before its analysis
    k = 72 / DPI
    found = [scan.over_pale_fill(b, gray, k) for b in scan.boxes(scan.line_mask(gray, [], k=k), k)]
    states = {min(PLACES, key=lambda x: abs(x - b.box["x0"])): b.mark is not None for b in found}
    assert states == {40: False, 80: True, 120: True, 160: True}
    assert not any(b.unsure for b in found)
