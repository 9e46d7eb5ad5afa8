"""Marks by their polarity on scans (issue 22, trial 26 s04): OCR reads ✗ and the letter X alike, so a
✓ / ✗ display read by OCR gave every ✗ as an affirmative X (the Otra box read unchecked, its
write-in dropped with no aviso). A cross OCR read is `glyphs.READ_CROSS`: the letter X's mark alone or
among blanks, a "no" beside a tick the image tells apart by its shape (`scan.mark_shape`), said on the
field's `lectura_ocr` aviso. The fast tests check each rule on drawn images and words; the slow one
reads a scanned ✓ / ✗ ficha."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from extractor.glyphs import READ_CROSS, cross_reading, is_mark_alone, printed_mark
from extractor.pipeline import extract_document
from extractor.readers.pdf import scan
from extractor.readers.pdf.objects import Word
from extractor.readers.pdf.page import PageObjects
from extractor.readers.pdf.sources.scan_source import CHECK, CROSS, OcrWord, lone_marks, tick_read_as_letter
from extractor.readers.pdf.styled import styled_marks

from .docx_builders import CATEGORY_LABELS
from .pdf_canvas import BODY, BOLD, Sheet
from .scans import scan_pdf
from .test_mark_polarity import ACTIVE, CHECKED, TEXT, YES_NO, avisos_on, pdf_month_table


def _shape(strokes: list[tuple[tuple[int, int], tuple[int, int]]], side: int = 40) -> np.ndarray:
    ink = np.zeros((side, side), np.uint8)
    for a, b in strokes:
        cv2.line(ink, a, b, 1, 4)
    return ink


TICK = [((4, 22), (14, 34)), ((14, 34), (34, 4))]
CROSS_STROKES = [((6, 4), (34, 34)), ((34, 4), (6, 34))]


def test_a_mark_s_shape_is_a_tick_or_a_cross_and_a_ring_is_neither():
    assert scan.mark_shape(_shape(TICK)) == "tick"
    assert scan.mark_shape(_shape(CROSS_STROKES)) == "cross"
    ring = np.zeros((40, 40), np.uint8)
    cv2.circle(ring, (20, 20), 14, 1, 4)
    assert scan.mark_shape(ring) is None
    assert scan.mark_shape(np.zeros((40, 40), np.uint8)) is None
    # a letter A alone in a month cell: two feet but one apex, no cross (read "X", a ✓ beside it made it a "no")
    assert scan.mark_shape(_shape(LETTER_A)) is None


LETTER_A = [((6, 36), (20, 4)), ((20, 4), (34, 36)), ((11, 24), (29, 24))]


def test_a_cross_ocr_read_is_a_mark_that_says_no_beside_a_tick_only():
    assert printed_mark("X", "OCR") == READ_CROSS and printed_mark("x", "OCR-Bold") == READ_CROSS
    assert printed_mark("X", "Helvetica") == "X"
    assert is_mark_alone("X", "OCR") and not is_mark_alone("X", "Helvetica")
    assert cross_reading([READ_CROSS, READ_CROSS, "✓"], 0) == "no"  # ✓ / ✗ read by OCR
    assert cross_reading([READ_CROSS] * 12, 0) == "mark"  # every month marked X (raw/'s tables)
    assert cross_reading([READ_CROSS, READ_CROSS], 4) == "mark"
    assert cross_reading(["✗", "✗"], 0) == "undecided"  # a glyph's crosses alone, as before


def _word(x0: float, top: float, x1: float, bottom: float, text: str) -> Word:
    return Word(text=text, x0=x0, top=top, x1=x1, bottom=bottom, font="OCR", size=bottom - top, bold=False)


def test_a_lone_mark_takes_its_shape_s_glyph_and_its_own_blurred_ink_is_no_panel():
    blobs = [
        {"x0": 100.0, "top": 100.0, "x1": 108.0, "bottom": 108.0},
        {"x0": 200.0, "top": 100.0, "x1": 208.0, "bottom": 108.0},
    ]
    own_ink = {"x0": 100.5, "top": 100.5, "x1": 107.5, "bottom": 107.5}  # a bold ✗'s blur read as a dark fill
    above = _word(190.0, 90.0, 215.0, 101.0, "Octubre")  # a name whose box's descent touches the mark's top
    marks = lone_marks(blobs, [above], [], [own_ink], shapes=["cross", "tick"])  # type: ignore[list-item]
    assert [m["text"] for m in marks] == [CROSS, CHECK]
    panel = {"x0": 50.0, "top": 50.0, "x1": 300.0, "bottom": 300.0}
    assert lone_marks(blobs, [], [], [panel], shapes=["cross", "tick"]) == []  # type: ignore[list-item]


def test_a_tick_read_as_a_letter_is_a_tick_and_a_cross_stays_the_letter():
    ink = np.zeros((60, 120), np.uint8)
    ink[10:50, 10:50] = _shape(TICK)
    ink[10:50, 70:110] = _shape(CROSS_STROKES)
    tick = OcrWord(10, 10, 50, 50, "X", 92.0, 50, 40)
    cross = OcrWord(70, 10, 110, 50, "X", 92.0, 50, 40)
    assert tick_read_as_letter(tick, ink).text == CHECK
    assert tick_read_as_letter(cross, ink).text == "X"
    assert tick_read_as_letter(OcrWord(10, 10, 50, 50, "Sí", 92.0, 50, 40), ink).text == "Sí"
    assert tick_read_as_letter(OcrWord(10, 10, 50, 50, "/", 92.0, 50, 40), ink).text == "/"  # "2022 / 2023"


def test_a_list_of_names_with_a_mark_on_each_line_is_no_list_told_by_style():
    """OCR measured one name of a ✓ / ✗ column apart (bold): read by style, the marks were lost."""
    words: list[Word] = []
    for n, label in enumerate(["Sociolaboral", "Emprendimiento", "Cooperativas", "NNA"]):
        top = 100.0 + 16 * n
        words.append({**_word(50, top, 50 + 6 * len(label), top + 11, label), "bold": n == 0})
        words.append(_word(160, top, 167, top + 11, "X"))
    page = PageObjects(1, 595, 842, words=words)
    marks, _, left = styled_marks(page, words)
    assert marks == [] and len(left) == len(words)
    plain = [w for w in words if w["text"] != "X"]
    assert styled_marks(PageObjects(1, 595, 842, words=plain), plain)[0]  # without the marks: a style list


@pytest.mark.slow
def test_otra_read_unchecked_on_a_scan_with_its_write_in_says_so_on_categoria_otra(tesseract, tmp_path):
    """Nothing printed is dropped without a trace: a scanned "Otra: Regularización" read unchecked (its
    mark, a ✓ / ✗ OCR may misread, or none) keeps its write-in in an aviso on `categoria_otra`."""
    sheet = Sheet(tmp_path / "ficha.pdf")
    top = sheet.ficha_head([("Grupo prioritario", "Mujeres migrantes jefas de hogar.")])
    top = sheet.text(45, top, "Categoría", 12, BOLD) + 8
    for cid, label in CATEGORY_LABELS.items():
        sheet.text(50, top, label, 9, BODY)
        if cid == "nna":
            sheet.text(180, top, "X", 9, BODY)
        top += 15
    top = sheet.text(45, top + 12, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()
    scanned = scan_pdf(tmp_path / "ficha.pdf", tmp_path / "scan.pdf", seed=5)
    (ficha,) = extract_document(scanned).fichas
    got = ficha.model_dump(mode="json")
    assert got["categorias"] == ["nna"] and got["categoria_otra"] is None
    (aviso,) = avisos_on(got, "categoria_otra")
    assert aviso["codigo"] == "lectura_ocr" and "Regularización" in aviso["mensaje"]


@pytest.mark.slow
def test_a_scanned_tick_and_cross_ficha_reads_its_crosses_as_no_and_says_so(tesseract, tmp_path):
    """trial 26 s04: categories and months printed ✓ (yes) / ✗ (no), scanned."""
    pdf_month_table(tmp_path / "ficha.pdf", YES_NO, YES_NO)
    scanned = scan_pdf(tmp_path / "ficha.pdf", tmp_path / "scan.pdf", seed=3)
    (ficha,) = extract_document(scanned).fichas
    got = ficha.model_dump(mode="json")
    assert got["categorias"] == CHECKED
    assert got["categoria_otra"] == "Regularización"
    assert got["fechas_implementacion"]["meses"] == ACTIVE and got["fechas_implementacion"]["texto"] == TEXT
    said = [a["mensaje"] for a in avisos_on(got, "categorias") if a["codigo"] == "lectura_ocr"]
    assert any("se leyeron «no»" in m for m in said)


def test_crosses_ocr_read_in_every_cell_are_read_marked_and_said_to_be_in_doubt():
    """✗ in every cell says no month; the letter X in every cell every month: OCR gives both "X"."""
    from extractor.fields.record import _read_crosses_said

    assert "ninguna lo está" in _read_crosses_said([READ_CROSS] * 12)
    assert "se leyeron «no»" in _read_crosses_said([READ_CROSS, "✓", ""])
    assert _read_crosses_said([READ_CROSS, READ_CROSS, ""]) == ""  # crosses among blanks: the marks
    assert _read_crosses_said(["✓", ""]) == ""
