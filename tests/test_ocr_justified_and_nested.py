"""Scans of designs the OCR rules were not written on (issue 22, browser harness seeds 31500-31519):
a justified line's stretched spaces, a navy band of month names inside the grey of its row of
cells, a serif capital J that does not descend. Fast: drawn images and OCR words, no Tesseract."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from extractor.readers.pdf import scan
from extractor.readers.pdf.sources.scan_source import (
    OcrWord,
    mark_read_as_letter,
    read_from_a_mark,
    rows,
    word_metrics,
)

K = 72 / 300  # points per pixel at 300 dpi
SIZE = 37.0  # pixels: a 9-point line's size at 300 dpi


def _line(texts_and_x: list[tuple[str, float]], line: int = 0, baseline: float = 1000.0) -> list[OcrWord]:
    """OCR words of one line: each text at x (pixels), as wide as 0.5 size a letter."""
    return [
        OcrWord(x, baseline - 0.73 * SIZE, x + 0.5 * SIZE * len(t), baseline, t, 96.0, baseline, SIZE, line)
        for t, x in texts_and_x
    ]


def _gaps_of(widths: list[int], gap: float) -> list[tuple[str, float]]:
    out, x = [], 100.0
    for letters in widths:
        out.append(("y" if letters == 1 else "d" * letters, x))  # words of one height (an ascender each)
        x += 0.5 * SIZE * letters + gap
    return out


def test_a_y_between_a_justified_line_s_stretched_spaces_is_a_word_not_a_mark():
    """Browser seed 31500: "especialmente mujeres y personas" justified, its spaces 2.3 sizes wide:
    the "y" stood farther than `scan_row_gap` from its neighbours, was taken for a tick OCR read as
    a letter, became a ✓ (in doubt) and cut the line in pieces. Every gap of the line alike: a word."""
    words = _line(_gaps_of([13, 7, 1, 8], 2.3 * SIZE))
    y = words[2]
    blob = {"x0": y.x0 * K, "top": y.top * K, "x1": y.x1 * K, "bottom": y.bottom * K}
    assert mark_read_as_letter(y, words, [blob], K) is None
    assert not read_from_a_mark(y, words, [blob], K)
    # the gaps of two columns Tesseract joined differ: a "y" alone beside them is still a mark read as a letter
    uneven = _line([("mujeres", 100.0), ("y", 100.0 + 3.5 * SIZE + 2.3 * SIZE), ("personas", 100 + 12 * SIZE)])
    y = uneven[1]
    blob = {"x0": y.x0 * K, "top": y.top * K, "x1": y.x1 * K, "bottom": y.bottom * K}
    assert mark_read_as_letter(y, uneven, [blob], K) == blob


def test_a_justified_line_is_one_row_however_wide_its_spaces():
    """Browser seed 31500: "Secretaria Comunal de Planificación" justified, spaces 2.1 sizes wide, was
    cut in two rows at them; each row's baseline measured on its own words differed by 2.7 points
    and the line was read as two lines (an office lost). A gap unlike the line's others still cuts."""
    words = _line(_gaps_of([10, 7, 2, 13], 2.1 * SIZE))
    assert [len(r.words) for r in rows(words)] == [4]
    joined = _line([("Sociolaboral", 100.0), ("texto", 100 + 9 * SIZE), ("aparte", 100 + 11.8 * SIZE)])
    assert [len(r.words) for r in rows(joined)] == [1, 2]


def test_a_capital_j_measured_by_the_baseline_tesseract_gave_its_line():
    """Browser seed 31504: a serif month header ("Ene" ... "Jun" "Jul" ...), whose J stands on the
    baseline: taken to descend as in DejaVu, "Jun" was measured two points smaller than "Ene", then
    read bold: June and July active (silent). A J that does descend still measures so."""
    base = 1000.0

    def word(text: str, bottom: float) -> OcrWord:
        return OcrWord(0, base - 0.73 * SIZE, 100, bottom, text, 96.0, base, SIZE)

    ene, jun = word_metrics(word("Ene", base)), word_metrics(word("Jun", base))
    assert ene is not None and jun is not None
    assert jun[1] == pytest.approx(ene[1], rel=0.02) == pytest.approx(SIZE, rel=0.03)
    descending = word_metrics(word("JOAQUIN", base + 0.22 * SIZE))
    assert descending is not None and descending[1] == pytest.approx(SIZE, rel=0.03)


def test_a_dark_band_inside_a_grey_panel_is_made_readable_against_its_own_colour():
    """Browser seed 31504: a month table's navy header band with white names, joined to the grey of
    its row of (inactive) cells below: one grey fill holding a navy fill. Made dark against the
    grey, the navy band and its letters came out alike dark, read as nonsense ("Do wm Eo bs") that
    split the ficha with a title. Each panel is made readable against its own colour."""
    height, width = 400, 1400
    rgb = np.full((height, width, 3), 255, np.uint8)
    grey, navy = (138, 138, 138), (25, 56, 106)  # 1B3A6B
    cv2.rectangle(rgb, (50, 60), (1349, 339), grey, cv2.FILLED)  # the grey row of cells
    cv2.rectangle(rgb, (50, 60), (1349, 159), navy, cv2.FILLED)  # the navy band on it
    for n, name in enumerate(("Ene", "Feb", "Mar", "Abr", "May", "Jun")):
        cv2.putText(rgb, name, (90 + 210 * n, 130), cv2.FONT_HERSHEY_SIMPLEX, 1.6, (255, 255, 255), 4)
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    outer = scan.Fill(50, 60, 1300, 280, np.ones((280, 1300), bool), tuple(c / 255 for c in grey))
    inner = scan.Fill(50, 60, 1300, 100, np.ones((100, 1300), bool), tuple(c / 255 for c in navy))
    legible = scan.readable(gray, [outer, inner], K)
    band = legible[75:150, 70:1330]
    letters = gray[75:150, 70:1330] > 200
    assert band[~letters].mean() > 230  # the band is paper now ...
    assert band[letters].mean() < 100  # ... and its names dark on it


def test_a_heading_in_capitals_beside_its_value_on_one_ocr_line_is_a_row_of_its_own():
    """Browser seed 31515: a label row's heading "DEPARTAMENTO/" (13.5 points, capitals) and its
    value's line "Mujer y otras oficinas" (11 points) beside it, read by Tesseract as one line whose
    `x_size` was the capitals' height: one row of one size, the body's, so the heading lost its first
    lines and the office list its first ones. Two sizes side by side are two rows; a line of
    capitals alone is measured by its capitals, not by Tesseract's size of it."""
    base, big, small = 1000.0, 60.0, 44.0
    heading = OcrWord(100, base - 0.73 * big, 580, base, "DEPARTAMENTO/", 90.0, base, 0.73 * big, 3)
    value = [
        OcrWord(650 + 130 * n, base - 0.73 * small, 740 + 130 * n, base, text, 96.0, base, 0.73 * big, 3)
        for n, text in enumerate(("Dirección", "de", "Salud"))
    ]
    found = rows([heading, *value])
    assert [len(r.words) for r in found] == [1, 3]
    assert found[0].size == pytest.approx(big, rel=0.03)
    # a list number's bracket spans ascender to descender: "1)" is measured too
    number = word_metrics(OcrWord(0, base - 0.73 * big, 40, base + 0.22 * big, "1)", 97.0, base, big))
    assert number is not None and number[1] == pytest.approx(big, rel=0.03)


def test_a_column_of_initials_is_of_one_size():
    """Browser seed 31511: a tiny 2x6 month grid; Tesseract read the grey cells between its navy
    header pairs as "MN" and "E" at twice the initials' size (confidence 34), in a column with the
    pairs "MA", "MJ": read again as initials they were kept (never junk), and "MN" a title splitting
    the ficha. A column of lone letters is of one size; the others stay words, and junk."""
    from extractor.readers.pdf.sources.scan_source import letter_columns

    def word(text: str, baseline: float, size: float) -> OcrWord:
        width, height = 0.6 * size * len(text), 0.73 * size  # centred on one column
        return OcrWord(
            100 - width / 2, baseline - height, 100 + width / 2, baseline, text, 40.0, baseline, size, int(baseline)
        )

    words = [
        word("MA", 1000, 28),
        word("MN", 1076, 81),
        word("MJ", 1104, 28),
        word("E", 1180, 81),
        word("JA", 1220, 28),
    ]
    columns = letter_columns(words)
    assert [[w.text for w in c] for c in columns] == [["MA", "MJ", "JA"]]


def test_a_piece_of_a_light_grid_cut_off_by_the_ink_threshold_is_no_mark():
    """Browser seed 31518: a month table of bold active names in a light grey grid; the ink threshold
    cut a corner of the grid (a cell's side meeting the bottom rule) from the rest, a blob of a tick's
    size taken for one: August marked by it, and the table read by its one mark (1 month of 11). Ink
    lying on the page's rules is theirs; a tick beside them is a mark."""
    from extractor.readers.pdf.sources.scan_source import piece_of_rules

    ink = np.zeros((400, 400), np.uint8)
    ink[100:154, 200:204] = 1  # the cell's side, 4 px wide
    ink[150:154, 150:260] = 1  # the bottom rule's piece
    side = {"x0": 200 * K, "top": 0.0, "x1": 204 * K, "bottom": 154 * K, "width": 4 * K, "height": 154 * K}
    bottom = {"x0": 0.0, "top": 150 * K, "x1": 400 * K, "bottom": 154 * K, "width": 400 * K, "height": 4 * K}
    corner = {"x0": 150 * K, "top": 100 * K, "x1": 260 * K, "bottom": 154 * K}
    assert piece_of_rules(corner, ink, [side, bottom], K)  # type: ignore[list-item]
    cv2.line(ink, (300, 130), (315, 145), 1, 4)  # a tick in the next cell
    cv2.line(ink, (315, 145), (340, 105), 1, 4)
    tick = {"x0": 298 * K, "top": 103 * K, "x1": 342 * K, "bottom": 147 * K}
    assert not piece_of_rules(tick, ink, [side, bottom], K)  # type: ignore[list-item]
