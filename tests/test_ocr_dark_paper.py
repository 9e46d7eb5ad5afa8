"""A page printed in a dark theme (light text, rules and boxes on a page dark edge to edge) is read
as its negative (`scan.negative_of_dark_paper`): dark text on light paper, as a scan's every later
step reads a page. The scan of a page in a dark theme gives the words and the boxes, with their
states, that the scan of the same page printed on white gives. Read as it was, the page was all
ink to the skew's search, which turned it by a wrong angle (its boxes moved by half a line)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen import canvas

from extractor.readers.ocr import OcrOptions
from extractor.readers.pdf import scan
from extractor.readers.pdf.sources.scan_source import read_image

from .scans import scan_pdf

DPI = 200
LINES = ("Categorias de la practica", "Salud", "Vivienda", "Educacion")
BOX = 9.0  # points


def _page(path: Path) -> Path:
    """A heading, and three labels each after a box (the second ticked), printed dark on white."""
    pdf = canvas.Canvas(str(path), pagesize=(300, 200))
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(30, 160, LINES[0])
    pdf.setFont("Helvetica", 11)
    for n, label in enumerate(LINES[1:]):
        y = 125 - 25 * n
        pdf.setLineWidth(1)
        pdf.rect(30, y - 1, BOX, BOX, stroke=1, fill=0)
        if n == 1:
            pdf.setLineWidth(1.5)
            pdf.line(32, y + 3.5, 34, y + 1)
            pdf.line(34, y + 1, 38, y + 7)
        pdf.drawString(46, y, label)
    pdf.save()
    return path


def _read(scanned: Path) -> tuple[set[str], list[tuple[int, int]], int, float]:
    """(the words' texts, the boxes' places in points, the marks' count, the skew found) of the
    scan's one page."""
    document = pdfium.PdfDocument(str(scanned))
    width, height = document[0].get_size()
    rgb = np.asarray(document[0].render(scale=DPI / 72).to_pil().convert("RGB"))
    document.close()
    page = read_image(1, width, height, rgb, OcrOptions(dpi=DPI))
    boxes = sorted(
        (round(r["x0"]), round(r["top"]))
        for r in page.rects
        if r.get("stroke") and abs(r["x1"] - r["x0"] - BOX) < 3 and abs(r["bottom"] - r["top"] - BOX) < 3
    )
    assert page.ocr is not None
    return {w["text"] for w in page.words or []}, boxes, len(page.lines), page.ocr.skew


def test_a_page_dark_edge_to_edge_is_read_as_its_negative():
    gray = np.full((100, 100), 40, np.uint8)
    gray[40:60, 10:90] = 235  # a light line of text
    rgb = np.dstack([gray] * 3)
    turned, turned_rgb, negative = scan.negative_of_dark_paper(gray, rgb)
    assert negative and turned[0, 0] == 215 and turned[50, 50] == 20 and turned_rgb.shape == rgb.shape
    light = 255 - gray
    assert not scan.negative_of_dark_paper(light, np.dstack([light] * 3))[2]  # paper light: as it is


@pytest.mark.slow
def test_a_scan_in_a_dark_theme_reads_as_the_same_page_on_white(tesseract, tmp_path):
    source = _page(tmp_path / "page.pdf")
    white = _read(scan_pdf(source, tmp_path / "white.pdf", dpi=DPI, seed=3))
    dark = _read(scan_pdf(source, tmp_path / "dark.pdf", dpi=DPI, seed=3, dark=True))
    assert {"Salud", "Vivienda", "Educacion"} <= white[0]
    assert len(white[1]) == 3 and white[2] == 1
    assert {"Salud", "Vivienda", "Educacion"} <= dark[0], dark[0]
    assert len(dark[1]) == 3 and dark[2] == 1, dark
    assert abs(dark[3] - white[3]) <= 0.2  # its skew: read as it was, the page was all ink, turned wrong
    assert all(abs(a[0] - b[0]) <= 2 and abs(a[1] - b[1]) <= 2 for a, b in zip(white[1], dark[1], strict=True))
