"""Scans: a letter alone on its line between lines of a column of text (a wrapped Sello label's "y"
in a table's cell, "Acceso a la información / y / orientación integral") is a letter of that text,
not a tick (fresh browser design 40002, scanned): Tesseract skipped it reading the page and its ink
passed for a lone mark (✓), or it read it "y" and its tick-like shape made it one; either way the
cell's label was cut in two and the Sello line lost."""

from __future__ import annotations

import numpy as np
import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen import canvas

from extractor.readers.ocr import OcrOptions
from extractor.readers.pdf.objects import Word
from extractor.readers.pdf.sources.scan_source import (
    CHECK,
    OcrWord,
    in_text_column,
    letters_in_text,
    styled_as_column,
)

DPI = 300
K = 72 / DPI  # points per pixel
LINES = [("información", 100.0), ("y", 112.0), ("orientación", 124.0)]  # text, baseline (points)
SIZE = 9.0


def _word(text: str, baseline: float, x0: float = 60.0, bold: bool = True) -> Word:
    width = 4.6 * len(text)
    return Word(
        text=text, x0=x0, top=baseline - 7.0, x1=x0 + width, bottom=baseline + 2.0, font="ocr", size=SIZE, bold=bold
    )


def _mark(baseline: float, x0: float = 60.3) -> Word:
    """The ink of a "y" as `lone_marks` gives it: a check glyph over its x-height and descender."""
    return Word(
        text=CHECK, x0=x0, top=baseline - 4.8, x1=x0 + 4.6, bottom=baseline + 2.0, font="ocr", size=7.0, bold=False
    )


def _page(tmp_path, lines: list[tuple[str, float]], blot: float | None = None) -> np.ndarray:
    """A grey picture (DPI) of `lines` printed in bold Helvetica at SIZE from x 60 points, and a
    solid blot (a smudge) standing on the baseline `blot` when given."""
    path = tmp_path / "cell.pdf"
    sheet = canvas.Canvas(str(path), pagesize=(300, 200))
    for text, baseline in lines:
        sheet.setFont("Helvetica-Bold", SIZE)
        sheet.drawString(60, 200 - baseline, text)
    if blot is not None:
        sheet.circle(63, 200 - blot + 2, 2.6, stroke=0, fill=1)
    sheet.save()
    document = pdfium.PdfDocument(str(path))
    image = np.asarray(document[0].render(scale=DPI / 72).to_pil().convert("L"))
    document.close()
    return image


def test_a_shape_between_two_lines_of_a_column_stands_in_it_a_tick_beside_its_label_does_not():
    above, below = _word("información", 100), _word("orientación", 124)
    mark = _mark(112)
    assert in_text_column((mark["x0"], mark["top"], mark["bottom"]), [above, below])
    # one line only (a tick under a heading, over other ticks read as one letter each)
    assert not in_text_column((mark["x0"], mark["top"], mark["bottom"]), [above, _word("Y", 124)])
    # a tick beside its label: no line of text starts at its left edge
    label = _word("Sociolaboral", 112, x0=72)
    assert not in_text_column((mark["x0"], mark["top"], mark["bottom"]), [_word("Cooperativas", 100, x0=72), label])
    # in OCR words (pixels) too: a "y" read as a tick's letter between the lines stays a word
    ocr = [
        OcrWord(w["x0"] / K, w["top"] / K, w["x1"] / K, w["bottom"] / K, w["text"], 95.0, w["bottom"] / K, SIZE / K)
        for w in (above, below)
    ]
    assert in_text_column((mark["x0"] / K, mark["top"] / K, mark["bottom"] / K), ocr)


@pytest.mark.slow
def test_a_lone_mark_between_lines_of_text_is_read_as_its_letter(tesseract, tmp_path):
    image = _page(tmp_path, LINES)
    above, below = _word("información", 100), _word("orientación", 124)
    marks, letters, doubtful = letters_in_text([_mark(112)], [above, below], image, K, OcrOptions(dpi=DPI))
    assert marks == [] and doubtful == []
    assert [w.text for w in letters] == ["y"]
    # standing alone (no lines of text above and below it), a mark stays a mark, read by no one
    marks, letters, doubtful = letters_in_text([_mark(112)], [], image, K, OcrOptions(dpi=DPI))
    assert [m["text"] for m in marks] == [CHECK] and letters == [] and doubtful == []


@pytest.mark.slow
def test_a_mark_between_lines_of_text_that_reads_as_no_letter_stays_a_mark_in_doubt(tesseract, tmp_path):
    image = _page(tmp_path, [LINES[0], LINES[2]], blot=112)  # a smudge between the lines: no sure letter
    above, below = _word("información", 100), _word("orientación", 124)
    marks, letters, doubtful = letters_in_text([_mark(112)], [above, below], image, K, OcrOptions(dpi=DPI))
    assert [m["text"] for m in marks] == [CHECK] and letters == [] and doubtful == marks


def test_a_lone_letter_takes_its_column_s_size_weight_and_line():
    """Measured alone, a "y" (no capital, no ascender) was smaller and not bold, its box its
    x-height: a line of its own, which split the cell's label in two."""
    above, below = _word("información", 100), _word("orientación", 124)
    letter = {**_word("y", 112, x0=60.3, bold=False), "size": 6.5, "top": 107.2}
    styled = styled_as_column(Word(**letter), [above, below])  # type: ignore[typeddict-item]
    assert (styled["size"], styled["bold"]) == (SIZE, True)
    assert (styled["top"], styled["bottom"]) == pytest.approx((105.0, 114.0))
    assert styled_as_column(Word(**letter), [above]) == letter  # type: ignore[typeddict-item]
