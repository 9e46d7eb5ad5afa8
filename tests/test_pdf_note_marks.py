"""A note reference mark in a PDF line (issue 20, trial 24 e34): a small digit raised after a word and
touching it ("SENCE²") is no letter of the word; with no note opening with it at the page foot it is
still printed, so the reader says so (`lectura_dudosa`) where it stands. A digit of the body's size on
the baseline ("SENCE 2") is text."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from extractor.layout import ReaderNote, TextBlock
from extractor.readers.pdf.reader import read_pdf

from .pdf_canvas import BODY, Sheet

LEAD = "Con becas de SENCE"


def _page(path, mark_size: float, rise: float) -> list:
    """One 11 pt line, "2" after LEAD at `mark_size`, its baseline `rise` points above the line's."""
    sheet = Sheet(path)
    sheet.text(72, 100, LEAD, size=11)
    x = 72 + stringWidth(LEAD, BODY, 11)
    sheet.text(x + 0.3, 100 + 0.8 * 11 - 0.8 * mark_size - rise, "2", size=mark_size)
    sheet.text(x + 0.3 + stringWidth("2", BODY, mark_size), 100, ", y de la OIM.", size=11)
    sheet.save()
    return read_pdf(str(path)).items


def test_a_raised_small_digit_after_a_word_is_a_note_mark_not_a_letter(tmp_path):
    items = _page(tmp_path / "mark.pdf", mark_size=6.5, rise=3.8)
    assert [b.raw_lines for b in items if isinstance(b, TextBlock)] == [[f"{LEAD}, y de la OIM."]]
    (note,) = [n for n in items if isinstance(n, ReaderNote)]
    assert note.codigo == "lectura_dudosa" and "«2»" in note.mensaje and "SENCE" in note.mensaje


def test_a_digit_on_the_baseline_at_the_body_size_is_text(tmp_path):
    items = _page(tmp_path / "digit.pdf", mark_size=11, rise=0)
    assert [b.raw_lines for b in items if isinstance(b, TextBlock)] == [[f"{LEAD}2, y de la OIM."]]
    assert not [n for n in items if isinstance(n, ReaderNote)]


def _line_end_mark(path, beside: bool) -> list:
    """A 9 pt line ending a sentence, "1" after its final stop at 6 pt raised half the line's size (a
    browser's <sup>, trial 27 ed25 "voluntarias.¹"), a line under it and the note at the page foot;
    with `beside`, another column's line on the mark's baseline."""
    sheet = Sheet(path)
    end = "Donaciones voluntarias."
    sheet.text(72, 100, end, size=9)
    sheet.text(72 + stringWidth(end, BODY, 9), 100 + 0.8 * 9 - 0.8 * 6 - 4.5, "1", size=6)
    sheet.text(72, 112, "El curso se repite cada año.", size=9)
    if beside:
        sheet.text(320, 100 + 0.8 * 9 - 0.8 * 9 - 4.5, "Otra columna al lado de la nota.", size=9)
    sheet.text(72, 760, "1 Según el informe de gestión municipal.", size=7)
    sheet.save()
    return read_pdf(str(path)).items


def test_a_raised_digit_after_a_lines_final_stop_is_a_note_mark(tmp_path):
    for beside in (False, True):
        items = _line_end_mark(tmp_path / f"end-{beside}.pdf", beside)
        lines = [line for b in items if isinstance(b, TextBlock) for line in b.raw_lines]
        assert "Donaciones voluntarias." in lines and not any(line.strip() == "1" for line in lines)
        (note,) = [n for n in items if isinstance(n, ReaderNote)]
        assert note.codigo == "texto_sin_ubicar" and "Según el informe" in note.mensaje
