"""A month table's header of bold initials (E F M A M J J A S O N D, each over its cell) read by
OCR keeps its M: a bold M's strokes cover as much of its box as a list's dot, but its notches
leave its convex hull emptier (`is_bullet`, `scan.hull_share`): it was dropped as a bullet, the
header lost its months and was left in the implementation text ("E F A J ✓ A S O N D 2015: ...")."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen import canvas

from extractor.readers.ocr import OcrOptions
from extractor.readers.pdf import scan
from extractor.readers.pdf.sources.scan_source import OcrWord, is_bullet, read_image

from .scans import scan_pdf

DPI = 300
INITIALS = "EFMAMJJASOND"


def _header(path: Path) -> Path:
    """A heading, a row of bold initials 41 points apart over a row of empty ruled cells, and a
    line of text under it; a list's dot and a bold M at the page's foot."""
    pdf = canvas.Canvas(str(path), pagesize=(595, 300))
    pdf.setFont("Helvetica", 10)
    pdf.drawString(50, 225, "Trabajadoras de aseo y ornato, especialmente mujeres y personas migrantes.")
    pdf.setFont("Helvetica-Bold", 11)
    pdf.drawString(50, 205, "4. FECHAS DE IMPLEMENTACIÓN:")
    pdf.setFont("Helvetica-Bold", 9.5)
    for n, letter in enumerate(INITIALS):
        pdf.drawCentredString(70 + 41.4 * n, 185, letter)
    pdf.setLineWidth(1)
    pdf.rect(50, 150, 41.4 * 12, 24, stroke=1, fill=0)
    for n in range(1, 12):
        pdf.line(50 + 41.4 * n, 150, 50 + 41.4 * n, 174)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(50, 130, "2015: se gesta la idea y generan los liderazgos y capacitaciones. 2019: Se formaliza.")
    pdf.circle(60, 40, 3, stroke=0, fill=1)
    pdf.setFont("Helvetica-Bold", 9.5)
    pdf.drawString(100, 37, "M")
    pdf.save()
    return path


def _gray(scanned: Path) -> tuple[np.ndarray, np.ndarray, float, float]:
    document = pdfium.PdfDocument(str(scanned))
    width, height = document[0].get_size()
    rgb = np.asarray(document[0].render(scale=DPI / 72).to_pil().convert("RGB"))
    document.close()
    return rgb, rgb.mean(axis=2).astype(np.uint8), width, height


def _ink_word(gray: np.ndarray, x0: float, top: float, x1: float, bottom: float, text: str) -> OcrWord:
    """An OCR word of `text` whose box (pixels) is the ink's within (x0, top, x1, bottom) points."""
    k = 72 / DPI
    a, b, c, d = int(x0 / k), int(top / k), int(x1 / k), int(bottom / k)
    ys, xs = np.nonzero(gray[b:d, a:c] < 128)
    return OcrWord(a + xs.min(), b + ys.min(), a + xs.max() + 1, b + ys.max() + 1, text, 95.0, b + ys.max(), 40.0)


@pytest.mark.parametrize("seed", [1, 2])
def test_a_bold_m_is_no_bullet_and_a_dot_is(tmp_path, seed):
    _, gray, _, _ = _gray(
        scan_pdf(_header(tmp_path / "page.pdf"), tmp_path / "scan.pdf", dpi=DPI, seed=seed, skew=(0, 0))
    )
    dot = _ink_word(gray, 52, 252, 68, 268, "o")
    letter = _ink_word(gray, 96, 252, 112, 268, "M")
    assert is_bullet(dot, gray)
    assert not is_bullet(letter, gray)
    assert scan.hull_share(np.zeros((4, 4), bool)) == 0.0


@pytest.mark.slow
def test_a_month_header_of_bold_initials_keeps_its_m(tesseract, tmp_path):
    rgb, _, width, height = _gray(scan_pdf(_header(tmp_path / "page.pdf"), tmp_path / "scan.pdf", dpi=DPI, seed=5))
    page = read_image(1, width, height, rgb, OcrOptions(dpi=DPI))
    row = "".join(w["text"] for w in sorted(page.words or [], key=lambda w: w["x0"]) if 100 <= w["top"] <= 120)
    assert row.startswith("EFMAMJJA"), row  # (Tesseract may skip the last initials: O N D)
