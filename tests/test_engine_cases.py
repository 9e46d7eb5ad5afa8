"""Cases where PDFium and pdfminer read one PDF differently, made to agree (issue 23's trial).

Each test draws a small PDF with reportlab (or writes its bytes) and reads it with both page
sources; the reader's page objects or the records must be the same. See
`readers/pdf/sources/pdfium_source.py` and `pdfplumber_source.py` for the rules.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from extractor.readers.pdf.marks import drawn_box_marks
from extractor.readers.pdf.page import PageObjects
from extractor.readers.pdf.reader import read_pages
from extractor.readers.pdf.sources.device_colour import cmyk_as_pdfium

from .test_pdf_engines import assert_engines_agree

ENGINES = ("pdfplumber", "pdfium")
CMYK_FILLS = [(0, 0, 0, 1), (0, 0, 0, 0.55), (0, 0, 0, 0.45), (1, 0.3, 0, 0), (1, 0, 0, 0), (0, 0.2, 0.9, 0.1)]


def _pages(path: Path, engine: str) -> list[PageObjects]:
    return read_pages(str(path), engine=engine)


def _cmyk_box_list(path: Path, fills: list[tuple[float, float, float, float]]) -> None:
    """A list of drawn boxes, each filled with one CMYK colour, a CMYK-coloured label beside it."""
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica", 10)
    for n, fill in enumerate(fills):
        y = 760 - 22 * n
        c.setStrokeColorCMYK(0, 0, 0, 1)
        c.setFillColorCMYK(*fill)
        c.rect(60, y, 10, 10, stroke=1, fill=1)
        c.drawString(76, y + 1, f"Opción número {n}")
    c.save()


def test_a_cmyk_fill_has_one_colour_whichever_engine_reads_it(tmp_path):
    """pdfminer gives CMYK components, PDFium its own CMYK->sRGB table: the reference source asks
    PDFium for each distinct colour, so fills, their luminance and the marks they make agree."""
    path = tmp_path / "cmyk.pdf"
    _cmyk_box_list(path, CMYK_FILLS)
    seen = {}
    for engine in ENGINES:
        (page,) = _pages(path, engine)
        shapes = sorted((round(s["top"]), s["fill_color"], s["fill_lum"]) for s in page.shapes if s["fill"])
        words = sorted((w["text"], w["ink"]) for w in page.words)
        marks = [m.checked for m in drawn_box_marks(page, page.words)[0]]
        seen[engine] = (shapes, words, marks)
    assert seen["pdfplumber"] == seen["pdfium"]
    shapes, _, marks = seen["pdfium"]
    assert len(shapes) == len(CMYK_FILLS) and len(marks) == len(CMYK_FILLS)
    # PDFium's conversion, not a formula: 100% K is not pure black
    assert cmyk_as_pdfium(0, 0, 0, 1) != (0.0, 0.0, 0.0)
    assert_engines_agree(path, "cmyk box list")


def test_a_box_fill_near_the_dark_threshold_is_flagged_not_guessed(tmp_path):
    """A mid-grey box (RGB grey or a CMYK tint) is neither clearly checked nor clearly empty: the
    mark carries a doubt (the reader notes it, aviso lectura_dudosa); clear fills carry none."""
    path = tmp_path / "greys.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica", 10)
    fills = [0.0, 0.48, 0.55, 0.95]
    for n, grey in enumerate(fills):
        y = 760 - 22 * n
        c.setFillGray(grey)
        c.rect(60, y, 10, 10, stroke=1, fill=1)
        c.setFillGray(0)
        c.drawString(76, y + 1, f"Opción {n}")
    c.save()
    for engine in ENGINES:
        (page,) = _pages(path, engine)
        marks = sorted(drawn_box_marks(page, page.words)[0], key=lambda m: m.box["top"])
        assert [m.checked for m in marks] == [True, True, False, False], engine
        assert [m.doubt is not None for m in marks] == [False, True, True, False], engine


def _without_to_unicode(path: Path) -> None:
    """Remove every font's /ToUnicode map (the glyphs still render; their text is lost)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    writer = PdfWriter(clone_from=PdfReader(path))
    for page in writer.pages:
        for font in page["/Resources"]["/Font"].values():
            font.get_object().pop(NameObject("/ToUnicode"), None)
    writer.write(path)


def test_text_of_a_font_without_a_unicode_map_never_reaches_a_record(tmp_path):
    """An embedded TrueType subset without /ToUnicode: pdfminer gives "(cid:N)", PDFium the bare
    code (a control character; code 2 looks like its line-end hyphen mark). Both become U+FFFD and
    each word holding one gets a note (aviso lectura_dudosa), whichever engine reads it."""
    from extractor.readers.pdf.page import UNREADABLE
    from extractor.readers.pdf.reader import page_items

    from .pdf_canvas import TEXT, Sheet

    path = tmp_path / "no-unicode.pdf"
    sheet = Sheet(path)
    sheet.lines(60, 100, ["Información de orientación a personas migrantes", "según año y región"], font=TEXT)
    sheet.save()
    _without_to_unicode(path)
    seen = {}
    for engine in ENGINES:
        (page,) = _pages(path, engine)
        texts = [w["text"] for w in page.words]
        assert not any(ch < " " or "\x7f" <= ch <= "\x9f" for t in texts for ch in t), (engine, texts)
        assert not any("(cid:" in t for t in texts), (engine, texts)
        assert "orientaci\ufffdn" in texts and "a\ufffdo" in texts, (engine, texts)
        notes = [i for i in page_items(page, set()) if getattr(i, "kind", "") == "note"]
        seen[engine] = (texts, len(notes))
        assert len(notes) == sum(UNREADABLE in t for t in texts) > 0, engine
    assert seen["pdfplumber"] == seen["pdfium"]
    assert_engines_agree(path, "font without /ToUnicode")


def _winansi_page(path: Path, font: str) -> None:
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont(font, 10)
    c.drawString(60, 760, "Oficinas: \u2022 OMIL \u2022 DIDECO")  # reportlab writes the bullet as code 0x7F
    c.drawString(60, 740, "Personas de 18\u00ada 65 a\u00f1os de la Rep\u00fabli\u00ad")  # 0xAD mid-line and at the end
    c.drawString(60, 728, "ca de Chile.")
    c.save()


@pytest.mark.parametrize("font", ["Helvetica", "Times-Roman", "Courier"])
def test_winansi_bullet_and_hyphen_codes_read_as_the_pdf_specification_says(tmp_path, font):
    """Standard-14 fonts in WinAnsiEncoding (ISO 32000-1 Annex D.2): 0xAD is the hyphen and 0x7F
    (an unused code) the bullet. pdfminer's table had a space and nothing ("(cid:127)"); PDFium reads
    the spec's, and now so does the reference source, widths included (the AFM's hyphen, bullet)."""
    path = tmp_path / "winansi.pdf"
    _winansi_page(path, font)
    seen = {}
    for engine in ENGINES:
        (page,) = _pages(path, engine)
        seen[engine] = [w["text"] for w in page.words]
        assert "\u2022" in seen[engine] and "18-a" in seen[engine], (engine, seen[engine])
        assert not any("cid" in t for t in seen[engine]), seen[engine]
    assert seen["pdfplumber"] == seen["pdfium"]
    assert_engines_agree(path, f"winansi codes, {font}")


def test_a_euro_sign_of_a_standard_font_is_no_word_break(tmp_path):
    """pdfminer's AFM metrics have no Euro: pdfminer advances it by nothing, PDFium by its own
    width; the pdfium source gives it PDFium's width (not zero), so "€12.000" is one word in both
    (the characters after it stand up to a Euro's width apart between the engines)."""
    path = tmp_path / "euro.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica", 10)
    c.drawString(60, 760, "Recursos propios (\u20ac12.000 aportados).")
    c.save()
    for engine in ENGINES:
        (page,) = _pages(path, engine)
        assert [w["text"] for w in page.words] == ["Recursos", "propios", "(\u20ac12.000", "aportados)."], engine


@pytest.mark.parametrize("operator", ["3 Tc", "8 Tw"])
def test_text_state_set_before_a_form_xobject_carries_into_it(tmp_path, operator):
    """ISO 32000-1 8.10.1: a form XObject inherits the graphics state, text state included, in force
    at its Do. PDFium does; pdfminer reset it, so the reference source now interprets forms so too:
    the characters' positions, and so the words, are the same with both engines."""
    path = tmp_path / "form.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.beginForm("label")
    c.setFont("Helvetica", 10)
    c.drawString(60, 760, "Intermediación laboral y NNA")
    c.endForm()
    c.setFont("Helvetica", 10)
    c.drawString(60, 790, "Antes del formulario")
    c._code.append(f"BT {operator} ET")  # the text state outside any text object, then the form
    c.doForm("label")
    c.save()
    seen = {}
    for engine in ENGINES:
        (page,) = _pages(path, engine)
        seen[engine] = sorted((w["text"], round(w["x0"]), round(w["x1"])) for w in page.words)
    assert seen["pdfplumber"] == seen["pdfium"]
    inside = [x1 for text, _, x1 in seen["pdfium"] if text == "NNA" or text == "A"]
    assert inside and max(inside) > 60 + 140, seen["pdfium"]  # the spacing was applied inside the form
    assert_engines_agree(path, f"{operator} before a form")


@pytest.mark.parametrize("engine", ENGINES)
def test_an_owner_password_only_pdf_reads_when_a_password_is_given_for_other_files(tmp_path, engine):
    """A PDF with only an owner password opens in any viewer: a --password meant for other files
    of the batch (wrong for this one) must not fail it; the empty user password is tried too."""
    from pypdf import PdfReader, PdfWriter

    from extractor.pipeline import extract_document
    from extractor.readers import ReadOptions

    from . import bad_files as bf

    writer = PdfWriter(clone_from=PdfReader(bf.publication_pages(tmp_path / "plain.pdf")))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    writer.write(tmp_path / "owner-only.pdf")
    options = ReadOptions(pdf_engine=engine)
    (ficha,) = extract_document(tmp_path / "owner-only.pdf", password="for-another-file", options=options).fichas
    (same,) = extract_document(tmp_path / "owner-only.pdf", password="owner", options=options).fichas
    assert ficha.titulo == same.titulo == "Recepción y acogida de la comunidad afgana"


@pytest.mark.parametrize("padding", [b"\0" * 4096, b"\n" * 3000, b"junk after the end " * 200])
def test_padding_after_the_end_marker_is_no_truncation(tmp_path, padding):
    """More than a KiB of bytes after %%EOF (a transfer's padding) is no cut-short file: both
    engines read it, so the byte check looks further back for the marker."""
    from extractor.pipeline import extract_document

    from . import bad_files as bf

    path = tmp_path / "padded.pdf"
    path.write_bytes(bf.publication_pages(tmp_path / "plain.pdf").read_bytes() + padding)
    (ficha,) = extract_document(path).fichas
    assert ficha.titulo == "Recepción y acogida de la comunidad afgana"


@pytest.mark.parametrize("spelled", ["PDFium", "pdfplumber", "PdfPlumber"])
def test_inspect_takes_the_engine_in_any_case_and_says_which_engine_read(tmp_path, capsys, spelled):
    import json

    from .test_cli import run_cli

    _cmyk_box_list(tmp_path / "doc.pdf", CMYK_FILLS[:2])
    assert run_cli(["inspect", "doc.pdf", "--pdf-engine", spelled, "--format", "json"], tmp_path) == 0
    assert json.loads(capsys.readouterr().out)["pdf_engine"] == spelled.lower()
    assert run_cli(["inspect", "doc.pdf", "--pdf-engine", spelled], tmp_path) == 0
    assert f", read by {spelled.lower()}" in capsys.readouterr().out.splitlines()[0]
    assert run_cli(["inspect", "doc.pdf", "--pdf-engine", "pdfminer"], tmp_path) == 2
    assert "invalid choice: 'pdfminer'" in capsys.readouterr().err


def test_a_record_read_from_a_repaired_file_is_never_silently_ok(tmp_path):
    """Bytes added inside a file shift every object after them: the cross-reference table no longer
    matches, PDFium repairs the file silently (pdfminer may refuse it: the engines' outcomes on
    damaged files are not compared). Whatever is read from it carries an aviso saying so."""
    from extractor.pipeline import extract_document
    from extractor.readers import ReadOptions
    from extractor.readers.pdf.damage import xref_damage

    from . import bad_files as bf

    clean = bf.publication_pages(tmp_path / "plain.pdf")
    assert xref_damage(str(clean)) is None
    data = clean.read_bytes()
    cut = data.index(b" 0 obj", len(data) // 3)
    cut = data.rindex(b"\n", 0, cut) + 1
    damaged = tmp_path / "shifted.pdf"
    damaged.write_bytes(data[:cut] + b"% seven\n" + data[cut:])
    assert xref_damage(str(damaged)) is not None
    fichas = extract_document(damaged, options=ReadOptions(pdf_engine="pdfium")).fichas
    assert fichas
    for ficha in fichas:
        assert ficha.revision.estado == "revisar"
        assert any("dañado" in a.mensaje for a in ficha.revision.avisos), ficha.revision.avisos


def _text_in_mode(c: canvas.Canvas, y: float, text: str, mode: int) -> None:
    c.saveState()
    t = c.beginText()
    t.setTextRenderMode(mode)
    t.setFont("Helvetica", 10)
    t.setTextOrigin(60, y)
    t.textOut(text)
    c.drawText(t)
    c.restoreState()


def test_text_never_shown_is_a_note_not_content_with_either_engine(tmp_path):
    """Render mode 3 (invisible) and 7 (clip only) paint nothing: their words are no content (a
    texto_oculto note quotes them); the visible text around them is read as usual."""
    from extractor.layout import ReaderNote
    from extractor.readers.pdf.reader import page_items

    path = tmp_path / "hidden.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica", 10)
    c.drawString(60, 780, "Texto visible de la ficha.")
    _text_in_mode(c, 760, "Nota oculta del editor.", 3)
    _text_in_mode(c, 740, "Texto de recorte.", 7)
    c.drawString(60, 720, "Sigue visible.")
    c.save()
    seen = {}
    for engine in ENGINES:
        (page,) = _pages(path, engine)
        words = " ".join(w["text"] for w in page.words)
        hidden = " ".join(w["text"] for w in page.hidden)
        assert words == "Texto visible de la ficha. Sigue visible.", (engine, words)
        assert hidden == "Nota oculta del editor. Texto de recorte.", (engine, hidden)
        notes = [i.mensaje for i in page_items(page, set()) if isinstance(i, ReaderNote)]
        assert any("Nota oculta del editor." in n for n in notes), notes
        seen[engine] = (words, hidden)
    assert seen["pdfplumber"] == seen["pdfium"]


def test_invisible_text_alone_on_a_page_is_its_ocr_text_layer(tmp_path):
    """OCR tools lay the text they read in render mode 3 under the scanned picture: a page whose
    only text is never shown is read from that text, with either engine."""
    from PIL import Image

    scan = tmp_path / "scan.png"
    Image.new("L", (200, 100), 230).save(scan)
    path = tmp_path / "ocr-layer.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.drawImage(str(scan), 0, 0, 595, 842)
    _text_in_mode(c, 780, "Texto reconocido de la página escaneada.", 3)
    c.save()
    for engine in ENGINES:
        (page,) = _pages(path, engine)
        assert " ".join(w["text"] for w in page.words) == "Texto reconocido de la página escaneada.", engine
        assert page.hidden == [], engine
