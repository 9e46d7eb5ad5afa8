"""A scanned drop cap (a paragraph's first letter printed three lines tall, its first line beside
it in small capitals) keeps its own height (`drop_cap_alone`, through `lines_of_words`):
Tesseract read the letter with the second line beside it and gave it that line's size and
baseline, so it was no drop cap to `drop_caps.py`, and the paragraph lost its first line
("S acompañamiento ..." for "Se destaca ... el acompañamiento": browser designs with a CSS
`::first-letter`). Fast: the OCR words as Tesseract gave them for such a paragraph at 300 dpi
(boxes, sizes and baselines in pixels), no Tesseract (it reads no large letter of a page drawn
here, though it read the browser's)."""

from __future__ import annotations

import numpy as np
import pytest

from extractor.readers.pdf.drop_caps import joined_drop_caps
from extractor.readers.pdf.sources.scan_source import OcrWord, drop_cap_alone, lines_of_words
from extractor.settings import LAYOUT

K = 72 / 300  # points per pixel


def _line(texts: list[str], x0: float, top: float, size: float, line: int, height: float = 39.0) -> list[OcrWord]:
    """A line of words side by side (each 12 pixels a letter, 20 apart) on one baseline."""
    out = []
    for text in texts:
        x1 = x0 + 12 * len(text)
        out.append(OcrWord(x0, top, x1, top + height, text, 93.0, top + height - 8, size, line))
        x0 = x1 + 20
    return out


def _paragraph() -> list[OcrWord]:
    small = _line(["E", "DESTACA", "LA", "ACOGIDA", "INTEGRAL", "Y", "EL"], 315, 1008, 27.0, 13, height=20.0)
    cap = OcrWord(189, 997, 287, 1124, "S", 80.0, 1086, 38.0, 14)  # read with the next line, its size
    second = _line(["acompañamiento", "socio-comunitario", "en", "las"], 315, 1055, 38.0, 14)
    third = _line(["requería", "la", "comunidad", "afgana,"], 315, 1111, 39.0, 15)
    fourth = _line(["procesos", "de", "regularización,", "realizando"], 189, 1167, 39.0, 16)
    return [*small, cap, *second, *third, *fourth]


def test_a_capital_boxed_three_lines_tall_is_a_line_of_its_own_at_its_height():
    cap = OcrWord(100, 100, 180, 220, "S", 80.0, 180, 38.0, 4)
    alone = drop_cap_alone(cap, 9)
    assert alone.line == 9 and alone.baseline == 220 and alone.size == pytest.approx(120 / LAYOUT.scan_ascender)
    word = OcrWord(200, 140, 400, 180, "acompañamiento", 93.0, 180, 38.0, 4)
    assert drop_cap_alone(word, 9) is word  # a word of its line
    assert drop_cap_alone(OcrWord(100, 140, 130, 180, "S", 80.0, 180, 38.0, 4), 9).line == 4  # a letter of its size


def test_a_scanned_drop_cap_joins_its_paragraph_s_first_word():
    words = lines_of_words(_paragraph(), np.zeros((1400, 1200), bool), K)
    joined, _ = joined_drop_caps(words, LAYOUT)
    texts = [w["text"] for w in sorted(joined, key=lambda w: (round(w["bottom"]), w["x0"]))]
    assert texts[:3] == ["Se", "destaca", "la"], texts
