"""Scans: a word whose OCR box took in ink of the next line does not measure its row (browser seed
31501), and a piece of a rule that does not run across a scanned word strikes none (trial 28).
Fast: OCR words, no Tesseract."""

from __future__ import annotations

import numpy as np
import pytest

from extractor.readers.pdf.sources.scan_source import OcrWord, rows, trimmed_to_its_line
from extractor.settings import LAYOUT

SIZE = 60.0  # pixels: a heading's size (14.4 points at 300 dpi)
CAPS = 0.73 * SIZE  # its capitals' height, Tesseract's `x_size` of a line of capitals


def _caps(x0: float, x1: float, baseline: float, text: str, line: int, bottom: float | None = None) -> OcrWord:
    return OcrWord(x0, baseline - CAPS, x1, baseline if bottom is None else bottom, text, 92.0, baseline, CAPS, line)


def test_a_word_boxed_two_lines_tall_does_not_set_its_row_s_baseline():
    """Browser seed 31501: a heading in capitals over three lines, "ELEMENTO / INNOVADOR/CREATIVO /
    DEL PROYECTO O"; Tesseract boxed "INNOVADOR/CREATIVO" twice its capitals' height, down into the
    next line. Measured by its box, its row's baseline stood on the next line's, the heading split
    and the section's text went to `encabezado_desconocido`. The row keeps its true baseline, alone
    (measured from the word's top) or beside a word of its line's size."""
    step = 1.3 * SIZE
    line = 1000 + step
    tall = _caps(180, 830, line, "INNOVADOR/CREATIVO", 1, bottom=line + CAPS)
    ink = np.zeros((1400, 1000), dtype=bool)
    ink[int(line - CAPS) : int(line), 190:820] = True  # its capitals
    ink[int(line + step - CAPS) : int(line + CAPS) + 1, 180:600] = True  # the next line's tops
    trimmed = trimmed_to_its_line(tall, ink)
    assert (trimmed.top, trimmed.bottom) == pytest.approx((line - CAPS, line), abs=2)
    heading = [_caps(180, 500, 1000, "ELEMENTO", 0), trimmed, _caps(180, 630, line + step, "PROYECTO", 2)]
    found = rows(heading)
    assert [r.baseline for r in found] == pytest.approx([1000, line, line + step], abs=0.1 * SIZE)
    assert [r.size for r in found] == pytest.approx([SIZE] * 3, rel=0.05)
    # untrimmed beside a word of its line's size, it sets neither the row's baseline nor its size
    beside = rows([tall, _caps(860, 960, line, "DEL", 1)])
    assert [r.baseline for r in beside] == pytest.approx([line], abs=0.1 * SIZE)
    assert [r.size for r in beside] == pytest.approx([SIZE], rel=0.05)
    # ink of one band only (a tall word indeed) is left as boxed
    assert trimmed_to_its_line(tall, np.ones((1400, 1000), dtype=bool)) == tall


def test_a_letter_s_bar_read_as_a_rule_does_not_strike_a_scanned_word():
    """Trial 28 (a 6.5-point catalogue scanned): pieces of letters' bars and noise read as 1-pixel
    rules across words' middles covered 0.6-0.8 of them, the words were taken as struck through
    and left titles and fields ("familias", "niñas y niños"). On a scanned page a strike runs
    across the word (`scan_strike_cover`); the same piece on a born-digital page still strikes."""
    from extractor.layout import OcrPage
    from extractor.readers.pdf.page import PageObjects
    from extractor.readers.pdf.struck import struck_text

    word = {"x0": 62.1, "top": 574.8, "x1": 128.6, "bottom": 590.2, "text": "familias", "font": "", "size": 15.5}
    word |= {"bold": False}
    piece = {"x0": 69.1, "top": 582.0, "x1": 111.1, "bottom": 582.9, "kind": "line"}  # 0.63 of its width
    across = {**piece, "x0": 61.0, "x1": 129.0}

    def kept(rule: dict, ocr: bool) -> bool:
        page = PageObjects(1, 612, 792, words=[word], strokes=[rule], ocr=OcrPage(1, 90.0, 1) if ocr else None)  # type: ignore[list-item]
        return bool(struck_text(page, [word], LAYOUT)[0])  # type: ignore[list-item]

    assert kept(piece, ocr=True)
    assert not kept(across, ocr=True)
    assert not kept(piece, ocr=False)


def test_a_scanned_line_s_blurred_letter_tops_or_feet_strike_no_word():
    """Fresh Word design 40005, scanned (Liberation Serif, 10 points, blurred and turned 2 degrees):
    the tops of each word's small letters and serifs (0.45 of the size over the baseline), and on
    other lines their feet (0.1 over it), blurred into 1-pixel runs as wide as the word, read as
    rules across it: whole lines taken for struck text, a section's text lost. On a scanned page a
    strike runs through the x-height's middle (`scan_strike_low` to `scan_strike_high` sizes over
    the baseline, which the box gives: its bottom less `scan_descent`); on a born-digital page the
    band stays as wide."""
    from extractor.layout import OcrPage
    from extractor.readers.pdf.page import PageObjects
    from extractor.readers.pdf.struck import struck_text

    size = 8.0
    baseline = 70.4 - LAYOUT.scan_descent * size
    word = {"x0": 91.4, "top": 70.4 - size, "x1": 109.0, "bottom": 70.4, "text": "fecha", "font": "", "size": size}
    word |= {"bold": False}

    def rule(height: float) -> dict:  # a run as wide as the word, `height` sizes over its baseline
        middle = baseline - height * size
        return {"x0": 91.7, "top": middle - 0.2, "x1": 109.2, "bottom": middle + 0.2, "kind": "line"}

    def kept(line: dict, ocr: bool) -> bool:
        page = PageObjects(1, 612, 792, words=[word], strokes=[line], ocr=OcrPage(1, 90.0, 1) if ocr else None)  # type: ignore[list-item]
        return bool(struck_text(page, [word], LAYOUT)[0])  # type: ignore[list-item]

    assert kept(rule(0.46), ocr=True) and kept(rule(0.1), ocr=True)  # its letters' tops, its feet
    assert not kept(rule(0.28), ocr=True)  # a strike through the x-height's middle
    assert not kept(rule(0.46), ocr=False)  # born digital: a rule there is drawn, a strike
