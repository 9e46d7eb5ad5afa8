"""A hyphen at the end of a PDF line: a typesetter's break inside one word, or the hyphen of a compound
that a word processor (which hyphenates nothing by default) broke the line after. The PDF's /Producer
or /Creator tells which (`readers/pdf/producer.py`)."""

from __future__ import annotations

import pytest
from reportlab.pdfgen import canvas

from extractor.layout import TextBlock
from extractor.readers.pdf import read_pdf
from extractor.readers.pdf.producer import hyphenates_nothing
from extractor.segment.paragraphs import group_lines
from extractor.text import join_lines

LINES = [
    "La municipalidad impulsa un trabajo socio-",
    "comunitario con las familias, y la organiza-",
    "ción vecinal acompaña cada actividad.",
]


def _pdf(path, producer: str | None, creator: str | None = None, lines=LINES) -> str:
    sheet = canvas.Canvas(str(path))
    if producer:
        sheet.setProducer(producer)
    if creator:
        sheet.setCreator(creator)
    for n, line in enumerate(lines):
        sheet.setFont("Helvetica", 11)
        sheet.drawString(72, 700 - 14 * n, line)
    sheet.save()
    return str(path)


def _text(path: str) -> str:
    (block,) = [i for i in group_lines(read_pdf(path).items) if isinstance(i, TextBlock)]
    return join_lines(block.raw_lines)


@pytest.mark.parametrize(
    ("producer", "creator"),
    [
        ("LibreOffice 7.4", "Writer"),
        ("Microsoft® Word for Microsoft 365", None),
        (None, "Google Docs Renderer"),
        ("Skia/PDF m156", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156"),
        ("cairo 1.18.0 (https://cairographics.org)", "Mozilla Firefox 128.0"),
    ],
)
def test_a_producer_that_hyphenates_nothing_keeps_the_hyphen_its_text_carries(tmp_path, producer, creator):
    text = _text(_pdf(tmp_path / "wp.pdf", producer, creator))
    assert "trabajo socio-comunitario con" in text
    assert "la organiza-ción vecinal" in text  # such a producer hyphenates nothing: this hyphen is printed too


@pytest.mark.parametrize(
    "producer", ["Adobe PDF Library 17.0", "Adobe InDesign 18.0 (Windows)", "pdfTeX-1.40.25", None]
)
def test_a_typesetter_s_line_end_hyphen_splits_one_word(tmp_path, producer):
    text = _text(_pdf(tmp_path / "set.pdf", producer))
    assert "trabajo sociocomunitario con" in text and "la organización vecinal" in text


def test_a_hyphen_before_a_capital_or_inside_a_line_is_untouched(tmp_path):
    lines = ["Coordinación Norte-", "Sur y un plan socio-laboral del año 2022-", "2023."]
    for producer in ("LibreOffice 7.4", None):
        text = _text(_pdf(tmp_path / f"{producer}.pdf", producer, lines=lines))
        assert text == "Coordinación Norte-Sur y un plan socio-laboral del año 2022-2023."


def test_the_producer_is_matched_without_case_or_accents():
    assert hyphenates_nothing({"Producer": "libreoffice 24.2", "Creator": ""})
    assert hyphenates_nothing({"Producer": "", "Creator": "MICROSOFT® WORD 2016"})
    assert not hyphenates_nothing({"Producer": "Adobe InDesign 18.0 (Windows)", "Creator": "Adobe InDesign"})
    assert not hyphenates_nothing({})
