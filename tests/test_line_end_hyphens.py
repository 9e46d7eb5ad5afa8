"""A hyphen at the end of a PDF line: a typesetter's break inside one word, or the hyphen of a compound
that a word processor (which hyphenates nothing by default) broke the line after. The PDF's /Producer
or /Creator tells which (`readers/pdf/producer.py`)."""

from __future__ import annotations

import pytest
from reportlab.pdfgen import canvas

from extractor.layout import ReaderNote, TextBlock
from extractor.readers import ReadOptions
from extractor.readers.pdf import read_pdf
from extractor.readers.pdf.producer import hyphenates_nothing
from extractor.segment.paragraphs import group_lines
from extractor.text import clean, join_lines

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


@pytest.mark.parametrize("producer", ["Adobe InDesign 18.0 (Windows)", None])
def test_a_typesetter_s_break_at_a_compound_the_document_prints_keeps_its_hyphen(tmp_path, producer):
    """The document prints "socio-comunitario" inside a line and never "sociocomunitario": a line
    ending "socio-" before "comunitario" broke at the compound's own hyphen. A syllable break of a
    word it never prints hyphenated ("organiza-" + "ción") is still rejoined."""
    lines = ["El enfoque socio-comunitario guía el plan y el trabajo socio-", *LINES[1:]]
    text = _text(_pdf(tmp_path / "set.pdf", producer, lines=lines))
    assert "trabajo socio-comunitario con" in text and "la organización vecinal" in text


def test_a_break_at_a_compound_printed_both_ways_is_joined_and_noted(tmp_path):
    """The document prints "socio-comunitario" and "sociocomunitario": which the break at "socio-" is
    cannot be told; it reads as a typesetter's break and a note (aviso `lectura_dudosa`) quotes it."""
    lines = ["Un plan socio-comunitario o sociocomunitario, y el trabajo socio-", *LINES[1:]]
    path = _pdf(tmp_path / "both.pdf", "Adobe InDesign 18.0 (Windows)", lines=lines)
    assert "trabajo sociocomunitario con" in _text(path)
    notes = [i for i in read_pdf(path).items if isinstance(i, ReaderNote)]
    assert [n.codigo.value for n in notes] == ["lectura_dudosa"] and "«socio-»" in notes[0].mensaje


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


FILLERS = ["la", "casa", "de", "un", "barrio", "con", "su", "gente", "y", "el"]


def _libreoffice_pdf(tmp_path, paragraphs: list[str]):
    """`paragraphs` as a justified Word document (python-docx) exported to PDF by LibreOffice."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    from extractor.review.golden import in_ci

    from .designs.word import MISSING, export_pdfs, tool

    if tool() is None:
        if in_ci():
            pytest.fail(f"{MISSING}. Under CI a missing tool is a failure (.ci/run installs it).", pytrace=False)
        pytest.skip(MISSING)
    document = docx.Document()
    document.sections[0].left_margin = document.sections[0].right_margin = Cm(6)
    for text in paragraphs:
        properties = document.add_paragraph(text)._p.get_or_add_pPr()
        justified = OxmlElement("w:jc")
        justified.set(qn("w:val"), "both")
        properties.append(justified)
    document.save(tmp_path / "hyphens.docx")
    export_pdfs([tmp_path / "hyphens.docx"], tmp_path)
    return str(tmp_path / "hyphens.pdf")


@pytest.mark.slow
@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_libreoffice_s_hyphen_at_a_soft_break_splits_one_word_and_the_text_s_own_stays(tmp_path, engine):
    """LibreOffice breaks a word at a soft hyphen (U+00AD; automatic hyphenation alike) and prints a
    "-" there, drawn on its own: the halves are one word ("capacita-" + "ciones"). A hyphen the text
    carries is drawn with its word and stays ("socio-" + "comunitario"). Each paragraph is written
    with 1..9 leading words, so some of them break at the hyphen whatever the fonts' widths."""
    soft = [" ".join(FILLERS[:n]) + " con las largas capacita\u00adciones sobre derecho laboral." for n in range(1, 10)]
    hard = [
        " ".join(FILLERS[:n]) + " con un enfoque socio-comunitario y la organización del barrio." for n in range(1, 10)
    ]
    path = _libreoffice_pdf(tmp_path, soft + hard)
    items = group_lines(read_pdf(path, options=ReadOptions(engine)).items)
    blocks = [i for i in items if isinstance(i, TextBlock)]
    lines = [clean(line) for block in blocks for line in block.raw_lines]
    assert any(line.endswith("capacita-") for line in lines) and any(line.endswith("socio-") for line in lines)
    text = " ".join(join_lines(block.raw_lines) for block in blocks)
    assert text.count("largas capacitaciones sobre") == len(soft), text
    assert text.count("enfoque socio-comunitario y") == len(hard), text


def _pdf_in_showings(path, showings: list[list[str]], producer: str = "LibreOffice 7.4") -> str:
    """A PDF of lines made by `producer`, each drawn as the given text showings one after the other."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    sheet = canvas.Canvas(str(path))
    sheet.setProducer(producer)
    sheet.setFont("Helvetica", 11)
    for n, pieces in enumerate(showings):
        x = 72.0
        for piece in pieces:
            sheet.drawString(x, 700 - 14 * n, piece)
            x += stringWidth(piece, "Helvetica", 11)
    sheet.save()
    return str(path)


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_hyphen_drawn_apart_from_its_letters_splits_one_word_unless_every_glyph_is_drawn_apart(tmp_path, engine):
    """A word processor's hyphenation hyphen is shown on its own after its word's letters: one word.
    Where every glyph is shown on its own, that tells nothing: the hyphen stays the word's own."""
    apart = _pdf_in_showings(tmp_path / "apart.pdf", [["y la organiza", "-"], ["ción vecinal."]])
    glyphs = _pdf_in_showings(tmp_path / "glyphs.pdf", [list("y la organiza-"), list("ción vecinal.")])
    chrome = _pdf_in_showings(tmp_path / "chrome.pdf", [["y la organiza", "-"], ["ción vecinal."]], "Skia/PDF m156")
    cases = [(apart, "y la organización vecinal."), (glyphs, "y la organiza-ción vecinal.")]
    cases.append((chrome, "y la organiza-ción vecinal."))  # Chrome draws a hyphen of the text apart too
    for path, expected in cases:
        (block,) = [
            i for i in group_lines(read_pdf(path, options=ReadOptions(engine)).items) if isinstance(i, TextBlock)
        ]
        assert join_lines(block.raw_lines) == expected, path
