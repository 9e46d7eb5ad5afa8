"""Scans: a month table's initial read in its cell (`lettered_cells`) is boxed as its ink, its size
the capital's height, not the cell's (fresh browser design 40002, scanned: 9-point initials in
16-point cells read at 17.5 points; once no strike hid them, the row "E F M A M J J AS D" was the
page's largest text and opened a ficha of its own)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from extractor.readers.pdf.sources.scan_source import OcrWord, to_its_ink
from extractor.settings import LAYOUT


def test_a_letter_read_in_a_cell_is_boxed_and_sized_as_its_ink():
    image = np.full((200, 200), 255, np.uint8)
    cv2.rectangle(image, (40, 40), (110, 110), 0, 3)  # the cell's sides
    cv2.rectangle(image, (62, 55), (66, 93), 0, -1)  # an E: its stem and three bars, 39 pixels tall
    for y in (55, 72, 89):
        cv2.rectangle(image, (62, y), (85, y + 4), 0, -1)
    inside = OcrWord(45.0, 45.0, 105.0, 105.0, "E", 96.0, 105.0, 60.0)  # boxed and sized as the cell's inside
    letter = to_its_ink(inside, image)
    assert (letter.x0, letter.top, letter.x1, letter.bottom) == pytest.approx((62, 55, 86, 94), abs=1)
    assert letter.size == pytest.approx(39 / LAYOUT.scan_ascender, abs=1.5) and letter.text == "E"
    blank = OcrWord(120.0, 120.0, 180.0, 180.0, "E", 96.0, 180.0, 60.0)
    assert to_its_ink(blank, image) == blank  # no ink: as it was
