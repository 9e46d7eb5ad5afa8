"""A bold capital standing a little apart from its neighbours is no filled checkbox (`scan._bowls`).

A browser prints a ticked checkbox as a square printed solid with the tick cut out light; a bold
B (Helvetica-Bold, Times-Bold at heading sizes) is as square and as solid, its two counters the
light "mark", and its neighbours stand farther than a quarter of its width away (`scan._apart`):
it was found as a checked box and painted out of the page OCR reads ("BIENESTAR" read
"IENESTAR"). A tick's or a cross's light strokes fill about half their convex hull; a letter's
counters are bowls that fill theirs.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from extractor.readers.pdf import scan

from .scans import scan_pdf

DPI = 300
BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")  # fonts-dejavu-core (the browser harness's)


def _page(path: Path) -> Path:
    """Bold words opening with a B at heading sizes, and one box printed solid with a white tick."""
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(BOLD)))
    pdf = canvas.Canvas(str(path), pagesize=(420, 300))
    y = 270
    for font in ("DejaVuSans-Bold", "Helvetica-Bold"):
        for size in (10, 12, 14, 16):
            pdf.setFont(font, size)
            pdf.drawString(30, y, "BIENESTAR Becas BARRIOS Bono")
            y -= 2 * size
    pdf.setFillColorRGB(0.2, 0.4, 0.8)
    pdf.roundRect(300, 40, 11, 11, 2, stroke=0, fill=1)
    pdf.setStrokeColorRGB(1, 1, 1)
    pdf.setLineWidth(1.6)
    path_ = pdf.beginPath()
    path_.moveTo(302.5, 45.5)
    path_.lineTo(304.8, 43)
    path_.lineTo(309, 49)
    pdf.drawPath(path_, stroke=1, fill=0)
    pdf.save()
    return path


@pytest.mark.skipif(not BOLD.exists(), reason="needs fonts-dejavu-core")
@pytest.mark.parametrize("seed", [1, 2])
def test_a_bold_capital_s_counters_are_no_filled_box_s_mark_and_a_white_tick_is(tmp_path, seed):
    scanned = scan_pdf(_page(tmp_path / "page.pdf"), tmp_path / "scan.pdf", dpi=DPI, seed=seed)
    document = pdfium.PdfDocument(str(scanned))
    gray = np.asarray(document[0].render(scale=DPI / 72).to_pil().convert("L"))
    document.close()
    gray = scan.straighten(gray, scan.skew_angle(gray))  # as the scan source turns it before its analysis
    k = 72 / DPI
    found = scan.boxes(scan.line_mask(gray, [], k=k), k)
    assert len(found) == 1, [(round(b.box["x0"]), round(b.box["top"])) for b in found]
    assert found[0].box["x0"] == pytest.approx(300, abs=2) and found[0].box["top"] == pytest.approx(249, abs=2)
    assert found[0].mark is not None
