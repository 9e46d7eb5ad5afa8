"""Scanned pages (issue 22): pages without a text layer read by OCR into the same page model.

The fast tests check the image analysis on drawn images, the text-layer rule, the options and the
aviso without Tesseract. The tests using the `tesseract` fixture (marked slow, about 1.5 s a page on
an idle machine) read scans that `tests/scans.py` makes at test time from raw/ documents and from a
generated page: rasterised at 200 dpi, turned 0.3-0.8 degrees, noisy, JPEG, seeded.
"""

from __future__ import annotations

import dataclasses
import warnings
from pathlib import Path

import cv2
import numpy as np
import pytest
from reportlab.lib.colors import HexColor
from reportlab.pdfgen import canvas

from extractor.fields.record import ocr_notice
from extractor.layout import Layout, OcrPage
from extractor.pipeline import extract_document, records_of
from extractor.problems import DocumentError, Kind
from extractor.readers.ocr import OcrOptions
from extractor.readers.pdf import reader, scan
from extractor.readers.pdf.objects import SourcePage
from extractor.readers.pdf.reader import has_text_layer, needs_ocr, read_pages
from extractor.readers.pdf.sources.scan_source import (
    OcrWord,
    _panels,
    across_a_rule,
    apart,
    at_a_fill_edge,
    bold_words,
    bracket_as_j,
    drawn_wide,
    is_bullet,
    is_junk,
    letter_columns,
    letter_rows,
    mark_read_as_letter,
    read_bullet,
    read_from_a_mark,
    read_twice,
    rows,
    text_ink,
    within_rules,
    word_metrics,
)
from extractor.source import Source

from . import bad_files as bf
from .conftest import GOLDEN, RAW
from .scan_compare import compare, load
from .scans import mixed_pdf, scan_pdf

PUBLICATION = RAW / "publicaciones" / "fichas-buenas-practicas-municipales-2023.pdf"
K = 72 / 300  # points per pixel at 300 dpi


def _chars(text: str) -> list[dict]:
    return [{"text": t, "x0": 10.0 * i, "top": 10.0, "x1": 10.0 * i + 5, "bottom": 20.0} for i, t in enumerate(text)]


def test_a_page_without_readable_characters_has_no_text_layer():
    assert not has_text_layer(SourcePage(1, 595, 842))
    assert not has_text_layer(SourcePage(1, 595, 842, chars=_chars("   ")))
    assert has_text_layer(SourcePage(1, 595, 842, chars=_chars("Hola")))
    # a font without a Unicode map: every character a (cid:N) code
    cids = [{**c, "text": "(cid:12)"} for c in _chars("abcdef")]
    assert not has_text_layer(SourcePage(1, 595, 842, chars=cids + _chars("1")))
    assert has_text_layer(SourcePage(1, 595, 842, chars=cids[:1] + _chars("Hola mundo")))


def test_the_mode_decides_which_pages_are_read_by_ocr():
    text, blank = SourcePage(1, 595, 842, chars=_chars("Hola")), SourcePage(2, 595, 842)
    assert [needs_ocr(p, OcrOptions("auto")) for p in (text, blank)] == [False, True]
    assert [needs_ocr(p, OcrOptions("never")) for p in (text, blank)] == [False, False]
    assert [needs_ocr(p, OcrOptions("always")) for p in (text, blank)] == [True, True]
    with pytest.raises(ValueError, match="OCR mode"):
        OcrOptions("sometimes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="resolution"):
        OcrOptions(dpi=10)
    with pytest.raises(ValueError, match="language"):
        OcrOptions(lang="spa; rm -rf")


def test_without_tesseract_a_scanned_pdf_fails_saying_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.setattr(
        reader, "unavailable", lambda lang: "Tesseract is not installed (apt-get install tesseract-ocr)"
    )
    path = bf.drawing_pdf(tmp_path / "scan.pdf")
    with pytest.raises(DocumentError) as caught:
        extract_document(path)
    assert caught.value.kind == Kind.scanned_pdf
    assert "needs OCR" in str(caught.value) and "apt-get install tesseract-ocr" in str(caught.value)
    pages = read_pages(str(path))  # the page goes on without words, and says why at --verbose
    assert pages[0].words == [] and "not read by OCR" in pages[0].skipped[0]


def test_with_ocr_off_a_scanned_pdf_fails_naming_the_option(tmp_path):
    path = bf.drawing_pdf(tmp_path / "scan.pdf")
    pages = read_pages(str(path), ocr=OcrOptions("never"))
    with pytest.raises(DocumentError, match=r"--ocr never"):
        reader.require_text(pages, str(path), OcrOptions("never"))


def test_the_ocr_aviso_names_the_pages_the_confidence_and_the_doubtful_words():
    pages = [OcrPage(3, 90.0, 100, ("Sostenibilidzx",)), OcrPage(4, 80.0, 300), OcrPage(9, 50.0, 10)]
    message = ocr_notice([3, 4, 5], pages)
    assert message is not None
    assert "páginas 3, 4" in message and "9" not in message.split(";")[0]
    assert "82 de 100" in message  # weighted by words: (90*100 + 80*300) / 400
    assert "«Sostenibilidzx»" in message
    assert ocr_notice([5, 6], pages) is None


def _page(width: int = 600, height: int = 400) -> np.ndarray:
    return np.full((height, width), 255, np.uint8)


def test_boxes_on_an_image_are_found_with_their_state():
    image = _page()
    cv2.rectangle(image, (100, 100), (140, 140), 0, 4)  # 10 pt box, empty
    cv2.rectangle(image, (200, 100), (240, 140), 0, 4)  # checked with an X
    cv2.line(image, (210, 110), (230, 130), 0, 4)
    cv2.line(image, (230, 110), (210, 130), 0, 4)
    cv2.circle(image, (320, 120), 20, 0, 4)  # an O is no box
    found = sorted(scan.boxes(scan.ink_mask(image), K), key=lambda b: b.box["x0"])
    assert [round(b.box["x0"] / K) for b in found] == [98, 198]  # the outline's outer edge (4 px wide)
    assert [b.mark is not None for b in found] == [False, True]


def test_rules_and_filled_regions_on_an_image():
    image = _page()
    cv2.line(image, (50, 300), (550, 300), 0, 3)  # a rule
    cv2.rectangle(image, (50, 40), (550, 90), 60, cv2.FILLED)  # a dark bar
    rgb = cv2.cvtColor(image, cv2.COLOR_GRAY2RGB)
    rules = scan.rules(scan.ink_mask(image), K)
    assert any(abs(r["x0"] / K - 50) < 3 and abs(r["x1"] / K - 551) < 3 and r["bottom"] < 310 * K for r in rules)
    fills = scan.fills(rgb, image, K)
    assert any(abs(f.x - 50) <= 3 and abs(f.w - 501) <= 5 and f.lum < 0.3 for f in fills)  # smoothing widens it


def test_the_skew_is_found_and_undone():
    image = _page(1200, 900)
    for row in range(100, 800, 40):  # lines of "text"
        for x in range(100, 1100, 60):
            cv2.rectangle(image, (x, row), (x + 45, row + 14), 0, cv2.FILLED)
    turned = scan.straighten(image, 0.6)
    angle = scan.skew_angle(turned)
    assert abs(angle + 0.6) <= 0.1


def test_light_text_on_a_dark_panel_becomes_dark_on_white():
    image = _page()
    cv2.rectangle(image, (50, 50), (400, 200), 50, cv2.FILLED)
    cv2.putText(image, "HOLA", (80, 150), cv2.FONT_HERSHEY_SIMPLEX, 2.5, 255, 8)
    rgb = cv2.cvtColor(image, cv2.COLOR_GRAY2RGB)
    legible = scan.readable(image, scan.fills(rgb, image, K), K)
    panel = legible[60:190, 60:390]
    assert panel.min() == 0 and panel.max() == 255
    assert (panel == 255).mean() > 0.6  # mostly white now, the letters black


# --- with Tesseract: scans made at test time -------------------------------------------------


def _golden(name: str) -> list[dict]:
    return load(GOLDEN / "publicaciones" / name)


def test_a_scanned_ficha_gives_the_golden_record_flagged_as_read_by_ocr(tesseract, tmp_path):
    """Pages 5-6 of the 2023 publication (one ficha: boxes, a month table of ticks, a label on an
    orange panel, two framed panels) scanned."""
    scanned = scan_pdf(PUBLICATION, tmp_path / "ficha.pdf", pages=[5, 6], seed=5)
    records = [f.model_dump(mode="json") for f in extract_document(scanned).fichas]
    golden = [r for r in _golden(PUBLICATION.stem) if r["fuente"]["paginas"] == [5, 6]]
    assert compare(records, golden) == []
    (record,) = records
    assert record["revision"]["estado"] == "revisar"
    avisos = {a["campo"]: a["mensaje"] for a in record["revision"]["avisos"] if a["codigo"] == "lectura_ocr"}
    assert "páginas 1, 2" in avisos[""]
    # the states read from the image say so on their fields, with no doubt on a clean print; the
    # page prints "Otra: Regularización" with its box unchecked (golden: categoria_otra null), and on
    # a scan an Otra read unchecked beside a write-in is said on categoria_otra (the image's reading of
    # its box, which a misread ✗ would have turned)
    assert set(avisos) == {"", "categorias", "fechas_implementacion.meses", "categoria_otra"}
    assert record["categoria_otra"] is None
    assert "marcadas " + ", ".join(f"«{c}»" for c in golden[0]["categorias"]) in avisos["categorias"]
    assert f"marcados {golden[0]['fechas_implementacion']['meses']}" in avisos["fechas_implementacion.meses"]
    assert "dudosa" not in avisos["categorias"] + avisos["fechas_implementacion.meses"]


def test_a_born_digital_document_with_one_scanned_page_keeps_its_other_records(tesseract, tmp_path):
    scanned = scan_pdf(PUBLICATION, tmp_path / "page5.pdf", pages=[5], seed=5)
    mixed = mixed_pdf(PUBLICATION, scanned, tmp_path / "mixed.pdf", {5: 1})
    records = [f.model_dump(mode="json") for f in extract_document(mixed).fichas]
    golden = _golden(PUBLICATION.stem)
    assert len(records) == len(golden)
    ocr_read = [r for r in records if any(a["codigo"] == "lectura_ocr" for a in r["revision"]["avisos"])]
    assert [r["fuente"]["paginas"] for r in ocr_read] == [[5, 6]]
    assert "página 5;" in ocr_read[0]["revision"]["avisos"][0]["mensaje"]
    by_pages = {tuple(r["fuente"]["paginas"]): r for r in golden}
    for record in records:
        truth = by_pages[tuple(record["fuente"]["paginas"])]
        if record in ocr_read:
            assert compare([record], [truth]) == []
        else:  # the pages with a text layer are read as before
            assert {k: v for k, v in record.items() if k != "fuente"} == {
                k: v for k, v in truth.items() if k != "fuente"
            }


def _dark_panel_pdf(path: Path) -> Path:
    page = canvas.Canvas(str(path))
    page.setFillColor(HexColor("#1F3C78"))
    page.roundRect(320, 700, 220, 70, 8, fill=1, stroke=0)
    page.setFillColor(HexColor("#FFFFFF"))
    page.setFont("Helvetica-Bold", 11)
    page.drawString(335, 745, "MUNICIPALIDAD")
    page.setFont("Helvetica-Bold", 18)
    page.drawString(335, 718, "VILLA ALEGRE")
    page.setFillColor(HexColor("#000000"))
    page.setFont("Helvetica", 11)
    page.drawString(60, 650, "Texto negro sobre papel blanco.")
    page.save()
    return path


def test_light_text_on_a_dark_panel_is_read(tesseract, tmp_path):
    scanned = scan_pdf(_dark_panel_pdf(tmp_path / "panel.pdf"), tmp_path / "scan.pdf", seed=7)
    (page,) = read_pages(str(scanned))
    text = " ".join(w["text"] for w in page.words)
    assert "MUNICIPALIDAD VILLA ALEGRE" in text and "Texto negro sobre papel blanco." in text
    assert page.ocr is not None and page.ocr.confidence > 80
    village = next(w for w in page.words if w["text"] == "VILLA")
    assert abs(village["x0"] - 335) < 3 and abs(village["size"] - 18) < 2.5  # points, as the PDF drew it


def test_the_ocr_options_reach_the_reader_and_the_report(tmp_path, capsys):
    from extractor.cli import main

    bf.drawing_pdf(tmp_path / "scan.pdf")
    out = tmp_path / "out"
    run = ["run", str(tmp_path / "scan.pdf"), "--out", str(out), "--ocr", "never", "--ocr-dpi", "150", "--jobs", "1"]
    assert main([*run, "-q"]) == 1
    assert "--ocr never" in capsys.readouterr().err
    report = (out / ".extractor-report.json").read_text(encoding="utf-8")
    assert '"mode": "never"' in report and '"dpi": 150' in report
    assert main(["run", str(tmp_path / "scan.pdf"), "--ocr", "sometimes"]) == 2  # a usage error


def test_a_box_whose_cross_touches_its_corners_is_a_checked_box_and_a_round_letter_is_none():
    image = _page()
    cv2.rectangle(image, (100, 100), (140, 140), 0, 4)  # the ballot glyph's box: its cross reaches the corners
    cv2.line(image, (100, 100), (140, 140), 0, 4)
    cv2.line(image, (140, 100), (100, 140), 0, 4)
    cv2.ellipse(image, (220, 120), (20, 20), 0, 0, 360, 0, 4)  # an O with a bar across: round, no corners
    cv2.line(image, (200, 120), (240, 120), 0, 4)
    found = scan.boxes(scan.ink_mask(image), K)
    assert [(round(b.box["x0"] / K), b.mark is not None) for b in found] == [(98, True)]


def test_drawings_are_painted_out_of_the_page_ocr_reads():
    """A heading's square, a checkbox and a label's rounded frame go; letters, even bold ones, stay."""
    image = _page(900, 400)
    cv2.rectangle(image, (40, 40), (64, 64), 90, cv2.FILLED)  # a heading's square (6 pt)
    cv2.putText(image, "Categoria", (92, 64), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 0, 4)  # bold text beside it
    cv2.rectangle(image, (40, 120), (80, 160), 0, 4)  # a checkbox
    cv2.rectangle(image, (300, 200), (800, 280), 0, 3)  # a label's frame around its text
    cv2.putText(image, "MUNICIPALIDAD", (330, 255), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 0, 3)
    cv2.circle(image, (150, 300), 60, 0, 5)  # a large O: a ring holding no ink
    rgb = cv2.cvtColor(image, cv2.COLOR_GRAY2RGB)
    regions = scan.fills(rgb, image, K)
    ink = scan.line_mask(image, regions, k=K)
    clean = scan.without_drawings(image, ink, regions, scan.boxes(ink, K), K)
    assert clean[40:65, 40:65].min() == 255 and clean[120:161, 40:81].min() == 255
    assert clean[200:204, 300:800].min() == 255  # the frame's top side
    assert clean[40:70, 92:260].min() == 0 and clean[225:260, 330:700].min() == 0  # the letters
    assert clean[295:305, 86:95].min() == 0  # the O's ring


def test_a_fill_takes_the_colour_of_its_edge_and_a_darker_bar_inside_is_a_fill_of_its_own():
    """A month row: a pale track of cells with a dark bar over most of it (the bar covers more of the
    track than the track shows)."""
    image = np.full((300, 800, 3), 255, np.uint8)
    cv2.rectangle(image, (40, 100), (760, 180), (240, 235, 248), cv2.FILLED)
    cv2.rectangle(image, (60, 115), (750, 165), (110, 80, 160), cv2.FILLED)
    gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    regions = scan.fills(image, gray, K)
    lums = sorted(round(f.lum, 1) for f in regions if f.w > 500)
    assert lums == [0.4, 0.9]


def test_colours_a_scan_prints_alike_are_one_colour():
    mask = np.ones((10, 10), bool)
    big = scan.Fill(0, 0, 10, 10, mask, (0.95, 0.93, 0.97))
    small = scan.Fill(20, 0, 5, 5, mask[:5, :5], (0.94, 0.93, 0.96))
    other = scan.Fill(40, 0, 5, 5, mask[:5, :5], (0.44, 0.31, 0.64))
    assert [f.color for f in scan.same_colours([small, big, other], 0.05)] == [big.color, big.color, other.color]


def _noisy(image: np.ndarray, seed: int = 0) -> np.ndarray:
    noise = np.random.default_rng(seed).normal(0, 6, image.shape)
    return np.clip(image.astype(np.int16) + noise, 0, 255).astype(np.uint8)


def test_small_letters_blurred_into_a_grey_region_are_no_drawing_and_a_printed_square_is():
    """Two small fills of one grey: a printed square (one ink) is painted out; small letters a scan
    blurred into one region (dark strokes, paper between them) stay for OCR."""
    image = _page(600, 200)
    cv2.rectangle(image, (40, 60), (64, 84), 200, cv2.FILLED)  # a pale square, 6 pt
    for x in range(300, 326, 6):  # strokes of small letters: black, paper between
        cv2.rectangle(image, (x, 60), (x + 2, 84), 0, cv2.FILLED)
    image = _noisy(image)
    mask = np.ones((25, 25), bool)
    square, letters = scan.Fill(40, 60, 25, 25, mask, (0.78,) * 3), scan.Fill(300, 60, 25, 25, mask, (0.78,) * 3)
    assert scan.spread(image, square) < 0.05 < 0.2 < scan.spread(image, letters)
    ink = scan.line_mask(image, [], k=K)
    clean = scan.without_drawings(image, ink, [square, letters], [], K)
    assert clean[60:85, 40:65].min() == 255  # the square is gone
    assert clean[60:85, 300:326].min() == 0  # the letters stay


def test_a_large_bold_letter_is_no_dark_panel_and_a_panel_with_text_is():
    """A bold n of a title (two stems and an arch, as large as a small panel) and a panel with white
    text: only the panel's text is made dark on white; the letter is left as it is."""
    image = _page(800, 300)
    cv2.rectangle(image, (40, 60), (56, 130), 40, cv2.FILLED)  # the n's stems and arch (17 pt high)
    cv2.rectangle(image, (84, 75), (100, 130), 40, cv2.FILLED)
    cv2.ellipse(image, (70, 78), (30, 18), 0, 180, 360, 40, 16)
    cv2.rectangle(image, (300, 60), (700, 160), 40, cv2.FILLED)
    cv2.putText(image, "ALTO", (340, 135), cv2.FONT_HERSHEY_SIMPLEX, 2.2, 255, 8)
    image = _noisy(image)
    rgb = cv2.cvtColor(image, cv2.COLOR_GRAY2RGB)
    regions = scan.fills(rgb, image, K)
    panels = scan.dark_panels(regions, K)
    assert [round(p.x / 100) for p in panels] == [3]
    legible = scan.readable(image, regions, K)
    assert legible[100:130, 40:57].mean() < 80  # the n's stem is still dark


def test_a_short_word_takes_the_weight_of_the_words_beside_it():
    texts = ["Acceso", "a", "la", "información", "y", "orientación", "integral,", "ya", "que"]
    measured = [True, False, True, True, False, True, True, False, False]
    assert bold_words(texts, measured) == [True, True, True, True, True, True, True, False, False]
    assert bold_words(["de", "la"], [True, False]) == [True, False]  # nothing longer to go by


def test_an_x_mark_read_with_its_blur_is_no_junk():
    mark = OcrWord(100, 70, 130, 100, "Xx", 44.0, 100, 40)
    speck = OcrWord(100, 70, 130, 100, "Ee", 44.0, 100, 40)
    assert not is_junk(mark, [mark]) and is_junk(speck, [speck])


def test_two_doubtful_pieces_of_one_drawing_side_by_side_are_junk_and_a_word_beside_a_line_is_not():
    arc = OcrWord(100, 70, 130, 100, "NX", 45.0, 100, 40)
    other = OcrWord(160, 70, 170, 100, "(", 8.0, 100, 40)
    word = OcrWord(160, 70, 300, 100, "municipales", 96.0, 100, 40)
    assert is_junk(arc, [arc, other]) and not is_junk(arc, [arc, word])


def test_a_tick_read_beside_a_doubtful_piece_of_a_row_of_cells_is_junk():
    # a month table's row of ruled cells read as one tall line of junk: a piece read at 50 is no
    # word that makes the tick read "OC" beside it text
    piece = OcrWord(1260, 1700, 1403, 1842, "OO", 50.0, 1807, 132)
    tick = OcrWord(1420, 1737, 1446, 1764, "OC", 27.0, 1807, 132)
    word = OcrWord(1260, 1700, 1403, 1842, "Octubre", 96.0, 1807, 132)
    assert is_junk(tick, [piece, tick]) and not is_junk(tick, [word, tick])


def test_the_page_tesseract_reads_is_smoothed_of_a_scans_speckle_and_keeps_its_strokes(monkeypatch):
    """The page OCR reads goes through a median filter (`scan_denoise`): a speck of noise is gone,
    a stroke two pixels wide and its edges stay where they were."""
    from extractor.readers.pdf.sources import scan_source

    image = _page(200, 100)
    image[50, 50] = 0  # a speck
    image[20:80, 120:122] = 0  # a stroke
    seen = []

    def capture(picture, lang, dpi, layout=3, variables=None):
        seen.append(picture)
        return b'<div class="ocr_page" title="bbox 0 0 200 100"></div>'

    monkeypatch.setattr(scan_source, "_tesseract", capture)
    scan_source.read_words(image, [], OcrOptions(), k=K)
    assert seen[0][50, 50] == 255
    assert (seen[0][25:75, 120:122] == 0).all() and (seen[0][25:75, 122] == 255).all()


def test_bold_letters_blurred_into_one_convex_blob_are_no_dark_panel_and_a_panel_with_text_is():
    """A title's two bold letters a scan blurred into one region ("te", strokes with paper between
    them) are no panel whose text is read inverted (the title's word was cut in two); a dark panel
    with light text on it is."""
    gray = _page(400, 200)
    gray[40:120, 40:200] = 50  # a dark panel ...
    cv2.putText(gray, "Arica", (50, 95), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 255, 2)  # ... with light text
    gray[40:100, 260:340] = 50
    for x in range(266, 340, 12):
        gray[46:94, x : x + 6] = 255  # paper between the strokes
    full = np.ones((80, 160), bool)
    panel = scan.Fill(40, 40, 160, 80, full, (0.2, 0.2, 0.2))
    blob = scan.Fill(260, 40, 80, 60, np.ones((60, 80), bool), (0.2, 0.2, 0.2))
    assert scan.dark_panels([panel, blob], K) == [panel, blob]  # by shape alone both
    assert scan.dark_panels([panel, blob], K, gray=gray) == [panel]


def test_a_bullet_read_as_a_letter_is_dropped_and_a_letter_is_kept():
    image = _noisy(_page(400, 200))
    cv2.circle(image, (60, 100), 9, 170, cv2.FILLED)  # an orange dot, grey 170
    cv2.putText(image, "e", (200, 110), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 0, 3)  # a bold e
    cv2.putText(image, "l", (300, 110), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 0, 3)
    dot = OcrWord(51, 91, 70, 110, "e", 94.0, 110, 30)
    letter = OcrWord(199, 92, 220, 111, "e", 94.0, 110, 30)
    stem = OcrWord(300, 86, 306, 111, "l", 94.0, 110, 30)
    assert is_bullet(dot, image) and not is_bullet(letter, image) and not is_bullet(stem, image)


def test_a_sloped_line_is_one_row():
    """Tesseract gives each word of a sloped line its own baseline: the words stay one row."""
    line = [
        OcrWord(100 + 60 * i, 70 + i, 150 + 60 * i, 100 + i, w, 95.0, 100 + i, 40, line=3)
        for i, w in enumerate(["Vinculación", "comunitaria,", "se", "promueve"])
    ]
    other = OcrWord(100, 170, 150, 200, "otra", 95.0, 200, 40, line=4)
    assert [len(r.words) for r in rows([*line, other])] == [4, 1]


def test_two_words_a_scan_blurred_together_stay_two_words():
    """OCR read "acceso" and "a" as two words whose ink nearly touches: their boxes are moved apart
    to twice the reader's touching gap (it joins closer words into one), words apart stay as they are."""
    spans = apart([(10.0, 40.0), (40.5, 50.0), (60.0, 80.0)], gap=3.0)
    assert spans[1][0] - spans[0][1] >= 3.0 - 1e-9 and spans[2] == (60.0, 80.0)
    assert spans[0][0] == 10.0 and spans[1][1] == 50.0


def _word(x0: float, text: str, baseline: float = 100.0, size: float = 40.0) -> OcrWord:
    return OcrWord(x0, baseline - 30, x0 + 25, baseline, text, 90.0, baseline, size)


def test_a_row_of_lone_letters_is_read_again_together_and_words_of_a_line_are_not():
    initials = [_word(100 + 170 * i, t) for i, t in enumerate("EEMAMJ")]
    sentence = [_word(100 + 40 * i, t, baseline=300) for i, t in enumerate(["y", "a", "la", "de"])]
    (row,) = letter_rows(initials + sentence)
    assert [w.text for w in row] == list("EEMAMJ")
    assert letter_rows(initials[:2] + sentence) == []  # two letters make no row
    ticks = [_word(100 + 170 * i, t) for i, t in enumerate("YYYyY")]
    assert letter_rows(ticks) == []  # one mark repeated, read as a letter


# A few designs of the reportlab design harness (tests/designs/), scanned: designs the OCR rules were
# not written on. Each ficha's categories, months and comuna are read as drawn, or the field says it
# is unsure (an aviso on it); every record says it was read by OCR.
HARNESS_SEEDS = (2, 3)


@pytest.mark.slow
@pytest.mark.parametrize("seed", HARNESS_SEEDS)
def test_a_scanned_design_harness_document_reads_its_boxes_months_and_municipality(tesseract, tmp_path, seed):
    from .designs.compare import pair_records
    from .designs.harness import design_of, expected_records, fichas_of
    from .designs.render import draw_document
    from .scan_compare import exact_fields

    design = design_of(seed)
    pdf = tmp_path / "design.pdf"
    expected = expected_records(design, draw_document(pdf, design, fichas_of(design)))
    scanned = scan_pdf(pdf, tmp_path / "scan.pdf", seed=seed)
    got = [f.model_dump(mode="json") for f in extract_document(scanned).fichas]
    assert len(got) == len(expected), design.describe()
    for want, have in pair_records(expected, got):
        assert have is not None
        flagged = {  # the aviso saying a field's states were read from the image flags it when it names a doubt
            a["campo"].split(".")[0]
            for a in have["revision"]["avisos"]
            if a["codigo"] != "lectura_ocr" or "dudosa" in a["mensaje"]
        }
        for key, field in (
            ("categorias", "categorias"),
            ("meses", "fechas_implementacion"),
            ("comuna", "municipalidad"),
        ):
            read, truth = exact_fields(have)[key], exact_fields(want)[key]
            assert read == truth or field in flagged, f"{want['id']}: {key} {read!r} != {truth!r}; {design.describe()}"
        assert "lectura_ocr" in [a["codigo"] for a in have["revision"]["avisos"]]


def test_the_tesseract_command_runs_with_its_own_environment_and_this_process_keeps_its_own(monkeypatch):
    """Without tesserocr, the command reads a picture with one Tesseract thread (`OMP_THREAD_LIMIT=1`),
    given to the tesseract process alone: this process's environment is not written."""
    import os
    import subprocess

    from extractor.readers.pdf.sources import tesseract

    given: dict[str, str] = {}
    arguments: list[str] = []

    def run(command, **kwargs):
        given.update(kwargs["env"])
        arguments.extend(command)
        Path(f"{command[2]}.hocr").write_bytes(b"<html/>")
        return subprocess.CompletedProcess(command, 0, b"", b"")

    monkeypatch.delenv("OMP_THREAD_LIMIT", raising=False)
    monkeypatch.setattr(tesseract.subprocess, "run", run)
    picture = np.full((20, 20), 255, np.uint8)
    assert tesseract.command_hocr(picture, "spa", 300, 7, {"hocr_char_boxes": "1"}) == b"<html/>"
    assert given["OMP_THREAD_LIMIT"] == "1" and given["PATH"] == os.environ["PATH"]
    assert "OMP_THREAD_LIMIT" not in os.environ
    assert "hocr_char_boxes=1" in arguments and arguments[arguments.index("--psm") + 1] == "7"


def test_the_tesseract_api_reads_a_picture_as_the_command_does(tesseract, tmp_path):
    """Through tesserocr the model is loaded once a process (the same engine for every call) and a
    picture gives the words and boxes the command gives; a line read with each character's box."""
    from extractor.readers.pdf.sources import tesseract as engine
    from extractor.readers.pdf.sources.scan_source import _chars, parse_hocr

    if engine._engine("spa") is None:
        pytest.skip("tesserocr is not installed")
    image = _page(900, 160)
    cv2.putText(image, "Hola mundo 2023", (30, 100), cv2.FONT_HERSHEY_SIMPLEX, 2.0, 0, 4)
    through_api, through_command = engine.hocr(image, "spa", 300), engine.command_hocr(image, "spa", 300)
    words = [(w.text, round(w.x0), round(w.top)) for w in parse_hocr(through_api)]
    assert [w[0] for w in words] == ["Hola", "mundo", "2023"]
    assert words == [(w.text, round(w.x0), round(w.top)) for w in parse_hocr(through_command)]
    chars = _chars(engine.hocr(image, "spa", 300, 7, {"hocr_char_boxes": "1"}))
    assert "".join(c[2] for c in chars) == "Holamundo2023"
    assert _chars(engine.hocr(image, "spa", 300)) == []  # the option is the call's own
    assert engine._engine("spa") is engine._engine("spa")


def test_a_box_with_a_little_ink_is_unsure_and_an_empty_or_ticked_one_is_not():
    """The doubt is relative to the box's inner part: specks covering a few percent of it leave the
    state in doubt; no ink, or a cross over it, does not."""
    image = _page()
    for x in (100, 200, 300):
        cv2.rectangle(image, (x, 100), (x + 40, 140), 0, 4)  # 10 pt boxes at 300 dpi
    cv2.line(image, (210, 110), (230, 130), 0, 4)  # a cross: well over the threshold
    cv2.line(image, (230, 110), (210, 130), 0, 4)
    cv2.circle(image, (320, 120), 3, 0, -1)  # a speck: a few percent of the inner part
    found = sorted(scan.boxes(scan.ink_mask(image), K), key=lambda b: b.box["x0"])
    assert [round(b.box["x0"] / K) for b in found] == [98, 198, 298]
    assert [b.unsure for b in found] == [False, False, True]
    assert scan.unsure_ink(0.05) and not scan.unsure_ink(0.0) and not scan.unsure_ink(0.3)


def _scanned_ficha(unsure: tuple[float, float, float, float]):  # type: ignore[no-untyped-def]
    """A ficha whose category boxes and month table lie on page 2 (read by OCR), one box and one
    month cell at `unsure`."""
    from extractor.layout import Cell, Checkbox, Provenance, Table, TableRole
    from extractor.segment.fichas import CategoryBox, FichaParts

    def box(checked: bool, y: float) -> Checkbox:
        return Checkbox(checked, "label", "vector", Provenance(2, (50.0, y, 60.0, y + 10)))

    categories = [CategoryBox(box(True, 100), "sociolaboral"), CategoryBox(box(False, 120), "capacitaciones")]
    header = [Cell(0, c, "EFM"[c], prov=Provenance(2, (100.0 + 20 * c, 200, 120.0 + 20 * c, 210))) for c in range(3)]
    marks = [
        Cell(1, c, mark=box(c < 2, 210), prov=Provenance(2, (100.0 + 20 * c, 210, 120.0 + 20 * c, 220)))
        for c in range(3)
    ]
    table = Table(header + marks, 3, Provenance(2, (100, 200, 160, 220)), TableRole.months, months=[1, 2, 3])
    ficha = FichaParts(None, categories=categories)
    return ficha, [table], [OcrPage(2, 90.0, 100, unsure=(unsure,))]


def test_states_read_from_a_scanned_image_carry_an_aviso_naming_the_doubtful_marks():
    from extractor.fields.notes import Notes
    from extractor.fields.record import _note_image_marks

    notes = Notes()
    ficha, dates, pages = _scanned_ficha((52.0, 122.0, 58.0, 128.0))  # the "capacitaciones" box
    _note_image_marks(ficha, dates, pages, notes)
    by_field = {a["campo"]: a for a in notes.avisos}
    assert set(by_field) == {"categorias", "fechas_implementacion.meses"}
    assert all(a["codigo"] == "lectura_ocr" for a in notes.avisos)
    categories = by_field["categorias"]["mensaje"]
    assert "página 2" in categories and "marcadas «sociolaboral»" in categories
    assert "dudosa" in categories and "«capacitaciones» (leída sin marcar)" in categories
    months = by_field["fechas_implementacion.meses"]["mensaje"]
    assert "marcados [1, 2]" in months and "dudosa" not in months

    notes = Notes()
    ficha, dates, pages = _scanned_ficha((142.0, 212.0, 158.0, 218.0))  # the March cell
    _note_image_marks(ficha, dates, pages, notes)
    by_field = {a["campo"]: a["mensaje"] for a in notes.avisos}
    assert "dudosa" not in by_field["categorias"]
    assert "el mes 3 (leído sin marcar)" in by_field["fechas_implementacion.meses"]

    notes = Notes()  # the same ficha on a page with a text layer: no aviso
    _note_image_marks(ficha, dates, [], notes)
    assert notes.avisos == []


def test_a_field_holding_a_word_read_with_low_confidence_says_so_on_the_field():
    """A title OCR read "Sapacitación en Oficios" gives the record its id: the words under
    `scan_low_confidence` are quoted on the field whose lines hold them (their centre in a line's
    box), not only in the record-wide aviso; a field without such a word, and a page with a text
    layer, get none."""
    from extractor.fields.notes import Notes
    from extractor.fields.record import _note_doubtful_words
    from extractor.layout import Line, Provenance, TextBlock
    from extractor.segment.fichas import FichaParts

    def block(text: str, top: float, page: int = 2) -> TextBlock:
        line = Line(text, 10.0, prov=Provenance(page, (50.0, top, 300.0, top + 12)))
        return TextBlock([line], prov=Provenance(page, (50.0, top, 300.0, top + 12)))

    title, group = block("Sapacitación en Oficios", 100), block("Personas migrantes", 200)
    ficha = FichaParts(title)
    pages = [OcrPage(2, 90.0, 100, ("Sapacitación",), doubtful_at=(("Sapacitación", (52.0, 101.0, 120.0, 111.0)),))]
    notes = Notes()
    _note_doubtful_words(ficha, {"grupo_prioritario": [group]}, pages, notes)
    assert [(a["campo"], a["codigo"]) for a in notes.avisos] == [("titulo", "lectura_ocr")]
    assert "«Sapacitación»" in notes.avisos[0]["mensaje"]

    notes = Notes()  # the word stands in the other field's line
    moved = [OcrPage(2, 90.0, 100, ("migrantes",), doubtful_at=(("migrantes", (150.0, 201.0, 200.0, 211.0)),))]
    _note_doubtful_words(ficha, {"grupo_prioritario": [group]}, moved, notes)
    assert [a["campo"] for a in notes.avisos] == ["grupo_prioritario"]

    notes = Notes()  # the same boxes on another page
    _note_doubtful_words(FichaParts(block("Sapacitación", 100, page=1)), {}, pages, notes)
    assert notes.avisos == []


@pytest.mark.parametrize("side", [8, 12])
def test_a_box_whose_tick_is_drawn_past_its_corner_is_a_checked_box_and_letters_are_none(side):
    """☑ as fonts draw it: the tick leaves the square over its top right corner, so the box has no
    square hole and its shape is no square; its four straight sides still make it a box. Sizes in
    points at 300 dpi; a tick, an H, an O and a D of the box's size are no box."""
    px = round(side / K)
    stroke = max(2, round(1.0 / K))
    image = _page(900, 400)
    cv2.rectangle(image, (100, 100), (100 + px, 100 + px), 0, stroke)
    tick = [(100 + px // 5, 100 + px // 2), (100 + px // 2, 100 + px - px // 5), (100 + px + px // 3, 100 - px // 3)]
    cv2.polylines(image, [np.array(tick)], False, 0, stroke + 1)
    cv2.rectangle(image, (300, 100), (300 + px, 100 + px), 0, stroke)  # empty
    x = 500  # H: two sides and a bar; O: a round shape
    cv2.line(image, (x, 100), (x, 100 + px), 0, stroke)
    cv2.line(image, (x + px, 100), (x + px, 100 + px), 0, stroke)
    cv2.line(image, (x, 100 + px // 2), (x + px, 100 + px // 2), 0, stroke)
    cv2.ellipse(image, (700 + px // 2, 100 + px // 2), (px // 2, px // 2), 0, 0, 360, 0, stroke)
    rng = np.random.default_rng(side)
    noisy = np.clip(image.astype(np.int16) + rng.normal(0, 6, image.shape), 0, 255).astype(np.uint8)
    found = sorted(scan.boxes(scan.ink_mask(noisy), K), key=lambda b: b.box["x0"])
    assert [round(b.box["x0"] / K / 100) for b in found] == [1, 3]
    ticked, empty = found
    assert ticked.mark is not None and empty.mark is None
    assert ticked.extent is not None and ticked.extent["top"] < ticked.box["top"]  # the tick, painted out with it
    assert abs((ticked.box["x1"] - ticked.box["x0"]) - side) < 1.5  # the square, not the tick's reach


def test_a_frame_is_painted_out_but_the_letters_touching_it_stay():
    """A table cell's frame whose bottom side a line's descenders touch (a p, a g) is painted out of
    the page OCR reads; the descenders are the letters' and stay. Sizes in points at 300 dpi."""
    image = _page(900, 700)
    side = max(2, round(1.0 / K))
    cv2.rectangle(image, (50, 50), (850, 300), 0, side)  # a cell's frame, 200 x 60 points
    r = 20  # a panel's outline with rounded corners (5 points): its corners are painted out too
    for a, b in (((50 + r, 400), (850 - r, 400)), ((50 + r, 650), (850 - r, 650))):
        cv2.line(image, a, b, 0, side)
    for a, b in (((50, 400 + r), (50, 650 - r)), ((850, 400 + r), (850, 650 - r))):
        cv2.line(image, a, b, 0, side)
    for (cx, cy), angle in (
        ((50 + r, 400 + r), 180),
        ((850 - r, 400 + r), 270),
        ((50 + r, 650 - r), 90),
        ((850 - r, 650 - r), 0),
    ):
        cv2.ellipse(image, (cx, cy), (r, r), angle, 0, 90, 0, side)
    cv2.putText(image, "panel", (300, 560), cv2.FONT_HERSHEY_SIMPLEX, 3.0, 0, 8)
    cv2.putText(image, "propios", (300, 200), cv2.FONT_HERSHEY_SIMPLEX, 3.0, 0, 8)
    cv2.line(image, (450, 270), (450, 298), 0, 8)  # a descender (7 points) reaching the frame's bottom side
    ink = scan.ink_mask(image)
    clean = scan.without_drawings(image, ink, [], [], K)
    assert clean[50:60, 300:800].min() == 255 and clean[290:302, 500:800].min() == 255  # the frame's sides
    assert clean[272:285, 447:454].max() < 128  # the descender that touched it stays
    assert clean[150:200, 300:600].min() < 128  # and the word
    assert clean[395:405, 40:860].min() == 255 and clean[395:660, 44:56].min() == 255  # the rounded outline
    assert clean[500:560, 300:600].min() < 128  # and the word inside it


def test_a_table_cell_of_a_box_s_size_around_a_checkbox_is_no_box_and_its_box_keeps_its_state():
    """A category table draws each box in a cell about 20 points a side: the cell holds the box (its
    ink no mark); the box inside is read as it is, empty or ticked."""
    image = _page(700, 300)
    side = max(2, round(1.0 / K))
    for x, ticked in ((100, False), (400, True)):
        cv2.rectangle(image, (x, 60), (x + 84, 144), 0, side)  # the cell, 20 points
        cv2.rectangle(image, (x + 24, 84), (x + 60, 120), 0, side)  # the box, 9 points
        if ticked:  # a tick drawn over the box's corner
            cv2.line(image, (x + 30, 100), (x + 40, 112), 0, 4)
            cv2.line(image, (x + 40, 112), (x + 66, 76), 0, 4)
    found = sorted(scan.boxes(scan.ink_mask(image), K), key=lambda b: b.box["x0"])
    assert [round((b.box["x1"] - b.box["x0"]) / K) < 50 for b in found] == [True, True]
    assert [b.mark is not None for b in found] == [False, True]


def test_a_piece_of_a_word_read_twice_is_dropped():
    word = OcrWord(100, 60, 300, 100, "municipales", 95.0, 100, 40)
    again = OcrWord(180, 62, 200, 110, "p", 76.0, 110, 52)
    beside = OcrWord(310, 60, 360, 100, "que", 96.0, 100, 40)
    assert read_twice(again, [word, again, beside])
    assert not read_twice(word, [word, again, beside]) and not read_twice(beside, [word, again, beside])


def test_a_doubtful_word_wider_than_its_letters_is_a_drawing_s():
    """A month table's row of struck cells read "PR" (31) on the line of the heading beside it: its
    box, a cell row's width and height, made the heading's row title-sized and split the ficha."""
    heading = OcrWord(180, 654, 590, 690, "IMPLEMENTACIÓN:", 89.0, 690, 55)  # 40 px letters, the line's 55
    struck = OcrWord(650, 620, 1520, 740, "PR", 31.0, 690, 55)
    misread = OcrWord(650, 650, 1000, 690, "“SMunidad", 23.0, 690, 40)  # as wide as its letters
    assert drawn_wide(struck)
    assert not drawn_wide(heading) and not drawn_wide(misread)
    assert not drawn_wide(dataclasses.replace(struck, confidence=96.0))  # a sure reading is text
    kept = [w for w in (heading, struck) if not drawn_wide(w)]
    assert [round(r.size) for r in rows(kept)] == [40]  # the heading's own size, not the line's 55


def test_a_list_s_dot_read_as_punctuation_is_a_bullet():
    """A list's dot OCR read as "»" or "." (confidence 3, 0) at a row's head: it stands above the
    baseline, a period on it. Kept as punctuation, the dot joined the item to the line before it
    ("... de Sello: . Acceso a la información") and the Sello line was lost."""
    size, baseline = 40.0, 400.0
    dot = OcrWord(100, 380, 112, 392, "»", 3.0, baseline, size)
    assert read_bullet(dot, baseline, size) and read_bullet(dataclasses.replace(dot, text="."), baseline, size)
    period = OcrWord(100, 390, 106, 400, ".", 3.0, baseline, size)  # on the baseline
    assert not read_bullet(period, baseline, size)
    assert not read_bullet(dataclasses.replace(dot, confidence=91.0), baseline, size)  # a sure «, », a quote
    assert not read_bullet(dataclasses.replace(dot, text="o"), baseline, size)  # a letter
    assert not read_bullet(dataclasses.replace(dot, x1=130), baseline, size)  # wider than a dot


def test_a_lighter_bar_joined_to_a_dark_band_is_no_text_and_the_band_s_letters_are():
    """A month table's dark header band with white initials, and below it a lighter bar of another
    colour, scanned as one dark region: the band's letters become dark on white, the bar white (read
    inverted it was grey blocks, read as a word in large type)."""
    image = _page(700, 300)
    cv2.rectangle(image, (50, 50), (650, 110), 70, cv2.FILLED)  # the band
    cv2.rectangle(image, (50, 111), (650, 200), 150, cv2.FILLED)  # the bar below it
    for i, letter in enumerate("EFMAMJ"):
        cv2.putText(image, letter, (80 + 95 * i, 95), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 255, 3)
    image = _noisy(image)
    rgb = cv2.cvtColor(image, cv2.COLOR_GRAY2RGB)
    legible = scan.readable(image, scan.fills(rgb, image, K), K)
    assert legible[65:95, 80:110].min() < 80  # the letter E
    assert (legible[130:185, 70:630] > 200).mean() > 0.99  # the bar


def test_a_large_bold_label_on_a_dark_panel_keeps_its_strokes():
    """White letters in large bold type on a dark panel (a municipality label set at 20 points and
    more, strokes 3 points thick, their joins thicker): read inverted, every stroke stays dark on
    white. Only an area wider than any stroke (`scan_bar_min`) is another colour's bar (the 2023
    publication's "QUINTA NORMAL" lost its letters to a 4-point opening)."""
    image = _page(900, 260)
    cv2.rectangle(image, (40, 40), (860, 220), 60, cv2.FILLED)
    cv2.putText(image, "QUINTA NORMAL", (70, 170), cv2.FONT_HERSHEY_DUPLEX, 3.0, 255, 13)
    strokes = image[60:200, 60:840] > 200
    image = _noisy(image)
    rgb = cv2.cvtColor(image, cv2.COLOR_GRAY2RGB)
    legible = scan.readable(image, scan.fills(rgb, image, K), K)
    kept = legible[60:200, 60:840] < 128
    assert (kept & strokes).sum() > 0.9 * strokes.sum()


def _cells_pdf(path: Path) -> Path:
    """A month table's row of initials in cells of a box's size (12 points), and below it a row of
    such cells, three of them ticked."""
    page = canvas.Canvas(str(path))
    page.setLineWidth(0.8)
    for i, letter in enumerate("EFMAMJJASOND"):
        x = 60 + 14 * i
        page.rect(x, 700, 12, 12, stroke=1, fill=0)
        page.setFont("Helvetica", 8)
        page.drawCentredString(x + 6, 703, letter)
        page.rect(x, 680, 12, 12, stroke=1, fill=0)
        if i in (3, 4, 5):
            page.lines([(x + 3, 686, x + 5, 683), (x + 5, 683, x + 9, 689)])
    page.setFont("Helvetica", 11)
    page.drawString(60, 640, "Texto negro sobre papel blanco.")
    page.save()
    return path


@pytest.mark.slow
def test_letters_in_cells_of_a_box_s_size_are_read_and_ticked_cells_stay_boxes(tesseract, tmp_path):
    scanned = scan_pdf(_cells_pdf(tmp_path / "cells.pdf"), tmp_path / "scan.pdf", seed=4)
    (page,) = read_pages(str(scanned))
    initials = sorted((w for w in page.words if 120 < w["top"] < 145), key=lambda w: w["x0"])
    assert len(initials) == 12 and set("EFMASOND") <= {w["text"] for w in initials}
    ticks = [s for s in page.strokes if 150 < s["top"] < 162]  # the marks of the boxes of the second row
    assert len(ticks) == 3


def test_a_pill_of_light_heading_text_on_a_light_panel_is_one_dark_panel_and_a_ruled_grid_is_none():
    """A heading's pill (a dark fill on a light grey panel) whose two lines of white text fill it
    line to line leaves only strips of its colour thinner than a fill's smallest side: with its
    letters filled in it is one dark panel, so its text is read dark on white (the browser harness's
    pill headings lost letters and words to it); a grid of thin dark rules around light cells on the
    same panel, whose cells are thin holes too, is no panel (its rules cover little of it), nor is a
    title's large bold O (round: it covers too little of its bounding box)."""
    image = _page(900, 500)
    cv2.rectangle(image, (20, 20), (880, 480), 242, cv2.FILLED)  # a light grey panel
    cv2.rectangle(image, (60, 60), (460, 180), 150, cv2.FILLED)  # the pill
    cv2.putText(image, "Fechas de", (70, 112), cv2.FONT_HERSHEY_SIMPLEX, 1.9, 255, 6)
    cv2.putText(image, "implementacion", (70, 170), cv2.FONT_HERSHEY_SIMPLEX, 1.5, 255, 6)
    cv2.ellipse(image, (150, 330), (34, 36), 0, 0, 360, 60, cv2.FILLED)  # a title's bold O (17 pt): thick sides,
    cv2.ellipse(image, (150, 330), (12, 24), 0, 0, 360, 242, cv2.FILLED)  # thinner top and bottom, its counter
    for x in range(500, 861, 60):  # the grid
        cv2.line(image, (x, 250), (x, 400), 120, 3)
    for y in range(250, 401, 30):
        cv2.line(image, (500, y), (860, y), 120, 3)
    image = _noisy(image)
    rgb = cv2.cvtColor(image, cv2.COLOR_GRAY2RGB)
    regions = scan.fills(rgb, image, K)
    assert [(p.x, p.y, p.w, p.h) for p in scan.dark_panels(regions, K)] == [(60, 60, 401, 121)]
    assert not any(f.x >= 490 for f in regions)  # the grid
    legible = scan.readable(image, regions, K)
    assert legible[75:112, 70:100].min() < 60  # the F is dark now
    assert (legible[62:178, 62:458] > 200).mean() > 0.6  # on white


def test_a_dark_panel_s_row_takes_its_words_own_size_and_a_page_row_no_more_than_tesseract_s():
    """A heading read from a panel's light text made dark on white: Tesseract's line size of it fell
    short (a 13-point heading read as 11.4, then snapped to the body's 10 and no heading); the
    words' own ink (capitals 0.73 sizes high) gives its size. On the page a word box that took in a
    speck measures too large, so there the row is no larger than Tesseract's size; on a panel no
    more than 1.2 times it (`scan_panel_size`)."""
    words = [
        OcrWord(100, 100, 200, 173, "Forma", 95.0, 173, 88, line=1),
        OcrWord(220, 100, 280, 173, "de", 95.0, 173, 88, line=1),
    ]
    assert rows(words)[0].size == pytest.approx(88)  # the page: Tesseract's
    panel = [dataclasses.replace(w, panel=True) for w in words]
    assert rows(panel)[0].size == pytest.approx(100, abs=0.5)  # 73 px of capitals: 100 px of type
    tall = [dataclasses.replace(w, top=30) for w in panel]  # boxes that took in a speck above
    assert rows(tall)[0].size == pytest.approx(88 * 1.2)


def _month_row_pdf(path: Path, ticked: tuple[int, ...], lettered: tuple[int, ...] = ()) -> Path:
    """A ruled month table: a row of initials and below it a row of cells (30 by 16 points: larger
    than a box), the months `ticked` (0-based) with a hand tick in their cell, those `lettered` with
    a letter A standing alone in it."""
    page = canvas.Canvas(str(path))
    page.setLineWidth(0.8)
    for i, letter in enumerate("EFMAMJJASOND"):
        x = 60 + 30 * i
        page.rect(x, 700, 30, 16, stroke=1, fill=0)
        page.rect(x, 684, 30, 16, stroke=1, fill=0)
        page.setFont("Helvetica", 9)
        page.drawCentredString(x + 15, 705, letter)
        if i in ticked:
            page.setLineWidth(1.2)
            page.lines([(x + 11, 692, x + 14, 688), (x + 14, 688, x + 20, 697)])
            page.setLineWidth(0.8)
        if i in lettered:
            page.drawCentredString(x + 15, 689, "A")
    page.setFont("Helvetica", 11)
    page.drawString(60, 640, "En los meses de abril y mayo.")
    page.save()
    return path


@pytest.mark.slow
@pytest.mark.parametrize(("ticked", "lettered"), [((), ()), ((3, 4), ()), ((), (7,))])
def test_initials_skipped_by_ocr_are_no_ticks_and_a_mark_shaped_as_a_letter_is_in_doubt(
    tesseract, tmp_path, ticked, lettered
):
    """A month table's cells on a scan: the initials Tesseract skipped standing alone in their cells
    are read again side by side as letters, not taken for ticks (an empty ruled table gave a mark
    in every month whose initial was skipped); ticks stay marks, sure ones; a lone letter in a
    cell (no row of letters) stays a mark but its box is named as a mark in doubt, so the months'
    aviso quotes it."""
    from extractor.readers.pdf.sources.scan_source import CHECK, SOURCE

    pdf = _month_row_pdf(tmp_path / "months.pdf", ticked, lettered)
    scanned = scan_pdf(pdf, tmp_path / "scan.pdf", seed=7)
    (page,) = SOURCE.pages(str(scanned), None, [1], OcrOptions())
    assert page.ocr is not None
    marks = [w for w in page.words if w["text"] == CHECK]
    assert all(842 - 700 - 2 <= (w["top"] + w["bottom"]) / 2 <= 842 - 684 + 2 for w in marks)  # the body row's
    assert sorted(round((w["x0"] + w["x1"]) / 2 - 60) // 30 for w in marks) == sorted(ticked + lettered)
    unsure = sorted(round((u[0] + u[2]) / 2 - 60) // 30 for u in page.ocr.unsure)
    assert unsure == list(lettered)


def test_an_initial_read_with_brackets_around_it_is_in_the_row_of_lone_letters():
    """Tesseract read a month table's O as "(o)": three characters around one letter, still a lone
    initial of the row, read again with the others (the row left out of the table, its letters went
    to the dates' text); a word of three letters is no initial."""
    initials = [_word(100 + 170 * i, t) for i, t in enumerate(["J", "A", "S", "(o)", "N", "D"])]
    (row,) = letter_rows(initials)
    assert [w.text for w in row] == ["J", "A", "S", "(o)", "N", "D"]
    (row,) = letter_rows([*initials[:3], _word(100 + 170 * 3, "Oct"), *initials[4:]])
    assert "Oct" not in [w.text for w in row]


def test_a_row_of_ticks_is_one_shape_repeated_and_a_row_of_initials_is_not():
    """Ticks read again alone were read as letters ("O", "M", "A"); their shapes tell them from a
    month table's initials: a printed tick repeated is alike itself, initials pair up at most."""
    from extractor.readers.pdf.sources.scan_source import twins

    image = _page(1400, 300)
    shapes = []
    spans = []
    for i in range(8):  # ticks
        x = 60 + 80 * i
        cv2.polylines(image, [np.array([(x, 80), (x + 12, 100), (x + 34, 60)])], False, 0, 5)
        spans.append((x - 10, 40, x + 50, 120))
    for i, letter in enumerate("EFMAMJJASOND"):  # initials
        x = 60 + 100 * i
        cv2.putText(image, letter, (x, 250), cv2.FONT_HERSHEY_SIMPLEX, 1.4, 0, 4)
        spans.append((x - 10, 190, x + 60, 270))
    for x0, top, x1, bottom in spans:  # each shape's own box, as `scan.marks` gives it
        x, y, w, h = cv2.boundingRect((image[top:bottom, x0:x1] < 128).astype(np.uint8))
        shapes.append(OcrWord(x0 + x, top + y, x0 + x + w, top + y + h, "", -1.0, top + y + h, h))
    image = _noisy(image)
    assert twins(image, shapes[:8]) == 1.0
    assert twins(image, shapes[8:]) < 0.75


def test_a_table_s_square_corner_keeps_the_letters_touching_its_side_near_it():
    """A table's frame has square corners: only a rounded corner (no ink at its box's corner) is
    painted out over half the frame's smaller side; a label's last line whose descender touches the
    cell's bottom side near the corner stays ("participan" was read "icipan"). 300 dpi."""
    image = _page(900, 400)
    side = max(2, round(1.0 / K))
    cv2.rectangle(image, (50, 50), (850, 300), 0, side)  # a cell's frame, 200 x 60 points
    cv2.rectangle(image, (70, 256), (80, 298), 0, cv2.FILLED)  # a p's stem down to the side, near the corner
    cv2.rectangle(image, (90, 256), (130, 280), 0, 8)  # its bowl and the next letters
    cv2.putText(image, "municipales", (300, 200), cv2.FONT_HERSHEY_SIMPLEX, 3.0, 0, 8)
    ink = scan.ink_mask(image)
    clean = scan.without_drawings(image, ink, [], [], K)
    assert clean[294:302, 300:800].min() == 255  # the frame's side is painted out
    assert clean[258:290, 70:81].mean() < 128 and clean[256:280, 90:131].min() < 128  # the letters stay


def test_a_large_letter_s_bowl_with_its_round_counter_is_no_dark_panel():
    """The bowl of a title's large g (a dark ring round a counter of paper wider than a fill's
    smallest side, and its tail) is no dark panel with light text: its counter is no light letter.
    Made a panel, the bowl was painted black and the title read "Inte_0 ración"."""
    image = _page(600, 300)
    cv2.rectangle(image, (100, 60), (160, 128), 40, cv2.FILLED)  # the bowl, 15 x 17 points, thinner than
    cv2.rectangle(image, (114, 74), (138, 114), 255, cv2.FILLED)  # a fill's side but the stem: counter 6 x 10 pt
    cv2.rectangle(image, (148, 128), (160, 170), 40, cv2.FILLED)  # the tail
    cv2.rectangle(image, (300, 60), (560, 160), 40, cv2.FILLED)  # a panel with light text on it
    cv2.putText(image, "ALTO", (320, 135), cv2.FONT_HERSHEY_SIMPLEX, 2.2, 255, 8)
    image = _noisy(image)
    rgb = cv2.cvtColor(image, cv2.COLOR_GRAY2RGB)
    panels = scan.dark_panels(scan.fills(rgb, image, K), K)
    assert [round(p.x / 100) for p in panels] == [3]


def test_a_table_s_shaded_column_is_cut_into_its_cells_at_the_rules_across_it():
    """A column of shaded label cells is one fill on a scan (the rules between the cells are as dark
    as its letters): cut at each rule that crosses it side to side, it is one fill a cell, as a
    born-digital table draws it; a rule at its edge or short of its width cuts nothing."""
    shade = scan.graphic({"x0": 48.0, "top": 176.0, "x1": 194.0, "bottom": 230.0}, fill=True, color=(0.9, 0.9, 0.9))
    across = scan.graphic({"x0": 48.2, "top": 215.3, "x1": 553.0, "bottom": 216.5})
    edge = scan.graphic({"x0": 48.2, "top": 176.5, "x1": 553.0, "bottom": 177.7})
    short = scan.graphic({"x0": 100.0, "top": 200.0, "x1": 553.0, "bottom": 201.0})
    down = scan.graphic({"x0": 120.0, "top": 176.0, "x1": 121.0, "bottom": 230.0})
    pieces = scan.split_at_rules([shade], [across, edge, short])
    assert [(p["top"], p["bottom"]) for p in pieces] == [(176.0, 215.3), (216.5, 230.0)]
    assert all(p["fill"] and p["x0"] == 48.0 and p["x1"] == 194.0 for p in pieces)
    assert [(p["x0"], p["x1"]) for p in scan.split_at_rules([shade], [down])] == [(48.0, 120.0), (121.0, 194.0)]


def test_a_word_box_that_took_in_a_cell_s_rule_ends_at_the_rule():
    """A descender touching a table cell's bottom rule took the rule's ink into the word's box, which
    then reached into the next row (the row's text was joined to the next cell's): the box ends at
    the rule; a rule through its middle, or one that does not run across the word, changes nothing."""
    word = OcrWord(100.0, 100.0, 300.0, 150.0, "Acogida", 91.0, 140.0, 45.0)
    below = scan.graphic({"x0": 20 * K, "top": 146 * K, "x1": 400 * K, "bottom": 150 * K})
    above = scan.graphic({"x0": 20 * K, "top": 98 * K, "x1": 400 * K, "bottom": 103 * K})
    middle = scan.graphic({"x0": 20 * K, "top": 124 * K, "x1": 400 * K, "bottom": 126 * K})
    short = scan.graphic({"x0": 150 * K, "top": 146 * K, "x1": 400 * K, "bottom": 150 * K})
    clipped = within_rules(word, [below, above], K)
    assert (clipped.top, clipped.bottom) == (pytest.approx(103), pytest.approx(146))
    assert within_rules(word, [middle, short], K) == word


def test_a_word_s_weight_is_measured_without_the_rule_through_its_box():
    """A bold header whose descender touches its cell's rule: the rule is no stroke of the word
    (`text_ink`); its long thin run took the header's measured stroke width down to the body's."""
    image = _page(900, 300)
    cv2.putText(image, "Categoria", (60, 120), cv2.FONT_HERSHEY_SIMPLEX, 2.0, 0, 9)
    cv2.line(image, (20, 132), (880, 132), 0, 4)  # the cell's rule through the word's box
    rule = scan.graphic({"x0": 20 * K, "top": 130 * K, "x1": 880 * K, "bottom": 134 * K})
    ink = text_ink(image, [rule], K)
    assert ink[128:137, 500:880].sum() == 0 and ink[80:125, 60:400].sum() > 0
    plain = scan.stroke_width(scan.ink_mask(image)[70:137, 60:401])
    assert scan.stroke_width(ink[70:137, 60:401]) > plain


def test_a_tall_card_whose_text_fills_its_top_is_a_frame_painted_out_with_its_round_corners():
    """A card's outline (rounded corners) whose few lines of text stand in its top part, its middle
    empty, is a frame all the same: its sides and rounded corners are painted out of the page OCR
    reads (a row of cards' corners was read "( NX O", then read again as the letters "C N N")."""
    image = _page(900, 1200)
    side = max(2, round(1.0 / K))
    r = 40
    cv2.line(image, (50 + r, 100), (850 - r, 100), 0, side)
    cv2.line(image, (50 + r, 1100), (850 - r, 1100), 0, side)
    cv2.line(image, (50, 100 + r), (50, 1100 - r), 0, side)
    cv2.line(image, (850, 100 + r), (850, 1100 - r), 0, side)
    for (cx, cy), angle in (
        ((50 + r, 100 + r), 180),
        ((850 - r, 100 + r), 270),
        ((50 + r, 1100 - r), 90),
        ((850 - r, 1100 - r), 0),
    ):
        cv2.ellipse(image, (cx, cy), (r, r), angle, 0, 90, 0, side)
    cv2.putText(image, "Forma de", (100, 200), cv2.FONT_HERSHEY_SIMPLEX, 2.0, 0, 6)  # its top part only
    ink = scan.ink_mask(image)
    clean = scan.without_drawings(image, ink, [], [], K)
    assert clean[95:106, 40:860].min() == 255 and clean[90:1110, 44:57].min() == 255  # sides and corners
    assert clean[150:210, 100:400].min() < 128  # the text stays


def test_a_table_s_side_along_a_fill_s_edge_is_cut_at_the_fill_s_top():
    """A table's left side drawn through its header band and its body is two sides, as a born-digital
    table draws them, also when the band's box found on the scan starts a pixel or two right of
    the side (the band's blurred edge): the right side was cut and the left was not."""
    image = _page(900, 400)
    cv2.rectangle(image, (54, 100), (800, 190), 60, cv2.FILLED)  # the header band, its edge inside the side
    cv2.line(image, (51, 100), (51, 320), 0, 4)  # the left side, through band and body
    cv2.line(image, (51, 320), (800, 320), 0, 4)
    band = scan.Fill(54, 100, 747, 91, np.ones((91, 747), bool), (0.24, 0.24, 0.24))  # as found on a scan
    regions = [band]
    sides = [r for r in scan.rules(scan.line_mask(image, regions, k=K), K, regions=regions) if r["x1"] < 60 * K]
    assert len(sides) == 2 and min(abs(s["top"] / K - band.y - band.h) for s in sides) < 3


def test_a_stroke_read_at_a_band_s_end_is_the_band_s_and_words_in_it_are_text():
    """A heading printed in a dark full-width band: OCR reads the band's right end as a sure "|"
    (and its left end as "¡|"), which became the heading's section text. A word of no letter or
    digit at a side of a fill is the fill's edge; a word with letters there, a stroke away from
    the sides, or one beside a fill too narrow to be a band (a tick in a cell) is none."""
    band = scan.Fill(208, 700, 2068, 92, np.ones((92, 2068), bool), (0.2, 0.3, 0.25))
    right = OcrWord(2270.0, 721.0, 2271.0, 760.0, "|", 95.0, 760.0, 38.0)
    left = OcrWord(211.0, 721.0, 213.0, 760.0, "¡|", 43.0, 760.0, 38.0)
    assert at_a_fill_edge(right, [band]) and at_a_fill_edge(left, [band])
    heading = OcrWord(2200.0, 721.0, 2268.0, 760.0, "Oficios", 96.0, 760.0, 38.0)
    inside = OcrWord(1200.0, 721.0, 1202.0, 760.0, "|", 95.0, 760.0, 38.0)
    below = dataclasses.replace(right, top=900.0, bottom=940.0, baseline=940.0)
    assert not any(at_a_fill_edge(w, [band]) for w in (heading, inside, below))
    cell = scan.Fill(100, 100, 40, 60, np.ones((60, 40), bool), (0.2, 0.3, 0.25))
    tick = OcrWord(105.0, 110.0, 125.0, 150.0, "/", 80.0, 150.0, 38.0)
    assert not at_a_fill_edge(tick, [cell])


def test_a_doubtful_word_across_a_cell_s_side_is_read_from_the_cells():
    """A month table's row of ruled cells and ticks read as doubtful words: a word with a cell's
    side inside it, or a cell's width side to side, is no word; a word in a cell, or a sure word,
    is."""
    sides = [scan.graphic({"x0": x * K, "top": 400 * K, "x1": (x + 4) * K, "bottom": 520 * K}) for x in (300, 480)]
    across = OcrWord(250.0, 410.0, 420.0, 510.0, "j-+[<]+.", 0.0, 500.0, 100.0)
    cell = OcrWord(301.0, 410.0, 483.0, 510.0, "ollo", 4.0, 500.0, 100.0)
    inside = OcrWord(320.0, 440.0, 420.0, 480.0, "Enero", 40.0, 470.0, 40.0)
    sure = dataclasses.replace(across, text="Junio", confidence=96.0)
    assert across_a_rule(across, sides, K) and across_a_rule(cell, sides, K)
    assert not across_a_rule(inside, sides, K) and not across_a_rule(sure, sides, K)


def test_a_bracket_inside_a_word_after_a_capital_is_a_j():
    """OCR reads a sans-serif capital J as "]": inside a word, after a capital and before a letter,
    it is the J ("S]M." was SJM, whose office was lost); a bracket closing an opened one, or
    ending a word, stays."""
    assert bracket_as_j("S]M.") == "SJM." and bracket_as_j("A]USTES") == "AJUSTES"
    assert bracket_as_j("[S]M") == "[S]M" and bracket_as_j("(véase]") == "(véase]" and bracket_as_j("s]m") == "s]m"


def test_a_pale_panel_near_the_paper_s_level_is_one_panel_and_a_dark_column_on_it_is_a_fill():
    """A card a few levels darker than the paper (as EEF3FA prints), noisy as a scan: about as dark
    as the palest fill's threshold, its noise left it as specks that were each a fill (a box-sized
    square: a checkbox); its gaps closed as wide as the smoothing, it is one panel and no specks.
    A dark column of cells on it is a fill of its own (a month table's active cells)."""
    image = _page(1200, 900)
    image[100:800, 100:1100] = 243  # the card
    image[150:700, 600:654] = 110  # a column of dark cells on it
    image = _noisy(image, seed=3)
    rgb = cv2.cvtColor(image, cv2.COLOR_GRAY2RGB)
    found = scan.fills(rgb, image, K)
    card = [f for f in found if f.w > 900]
    assert len(card) == 1 and abs(card[0].x - 100) <= 4 and abs(card[0].h - 700) <= 8
    column = [f for f in found if 40 < f.w < 70 and f.lum < 0.5]
    assert len(column) == 1 and abs(column[0].y - 150) <= 4
    specks = [f for f in found if max(f.w, f.h) * K < 20 and f.lum > 0.9]
    assert specks == []


def test_a_column_of_lone_letters_is_read_again_together_and_a_paragraph_s_words_are_not():
    """A one-column month table's initials, one a line, are a column of lone letters (read again side
    by side: Tesseract read an O alone as "0)" and an N with a confidence that passed for junk); the
    first letter read with its cell's sides as brackets, on a taller line, is one of them; a column of
    short words of a paragraph's lines (words beside them) and one letter repeated are no column."""
    initials = [_word(500, t, baseline=98 + 60 * i, size=33.0) for i, t in enumerate("FMAMJJASOND")]
    first = dataclasses.replace(_word(495, "[E]", baseline=50, size=70.0), x1=530)
    heading = _word(200, "IMPLEMENTACIÓN", baseline=112, size=59.0)  # beside them, its baseline between
    heading = dataclasses.replace(heading, x1=430)
    (column,) = letter_columns([first, *initials, heading])
    assert [w.text for w in column] == ["[E]", *"FMAMJJASOND"]
    sentence = [
        w
        for i, t in enumerate(["y", "de", "la", "a"])
        for w in (_word(100, t, baseline=300 + 50 * i), _word(140, "palabra", baseline=300 + 50 * i))
    ]
    assert letter_columns(sentence) == []
    assert letter_columns([_word(500, "Y", baseline=100 + 60 * i) for i in range(6)]) == []


def test_a_capital_read_with_its_cell_s_sides_is_the_capital():
    from extractor.readers.pdf.sources.scan_source import _bare

    assert [_bare(t) for t in ["[E]", "lE", "E)", "|N|", "A"]] == ["E", "E", "E", "N", "A"]
    assert [_bare(t) for t in ["(a)", "de", "0)", "Il"]] == ["(a)", "de", "0)", "I"]


def _month_column_pdf(path: Path) -> Path:
    """A pale card holding a one-column month table: E in an outlined white cell, the other months'
    initials white on dark green cells (active), as the browser harness prints one."""
    page = canvas.Canvas(str(path), pagesize=(400, 400))
    page.setFillColor(HexColor("#EEF3FA"))
    page.roundRect(40, 20, 320, 360, 8, stroke=0, fill=1)
    top = 360
    for i, letter in enumerate("EFMAMJJASOND"):
        y = top - 14 * (i + 1)
        page.setStrokeColor(HexColor("#999999"))
        page.setFillColor(HexColor("#FFFFFF") if i == 0 else HexColor("#2E9A5C"))
        page.rect(200, y, 13, 14, stroke=1, fill=1)
        page.setFillColor(HexColor("#000000") if i == 0 else HexColor("#FFFFFF"))
        page.setFont("Times-Roman", 8)
        page.drawCentredString(206.5, y + 4, letter)
    page.save()
    return path


@pytest.mark.slow
def test_the_initials_of_a_one_column_month_table_on_a_pale_card_are_read(tesseract, tmp_path):
    """The pale card is one panel, and the initials on its dark column of cells are read one capital
    each, in order (read again side by side as a column). Left: the top cells, split from the column
    by their separators into a short fill, are read as nothing here (and E, in its outlined white
    cell, is taken for a checked box)."""
    scanned = scan_pdf(_month_column_pdf(tmp_path / "months.pdf"), tmp_path / "scan.pdf", seed=7)
    (page,) = read_pages(str(scanned))
    initials = sorted((w for w in page.words if 195 < w["x0"] < 215), key=lambda w: w["top"])
    texts = "".join(w["text"] for w in initials)
    assert len(texts) == len(initials) >= 9 and texts.endswith("AMJJASOND")  # one capital each, in order
    cards = [r for r in page.shapes if r["fill"] and r["x1"] - r["x0"] > 300]
    specks = [r for r in page.shapes if r["fill"] and max(r["x1"] - r["x0"], r["bottom"] - r["top"]) < 12]
    assert len(cards) == 1 and specks == []  # the card is one panel, not specks taken for small fills (boxes)


def test_a_dark_fill_of_cells_edge_to_edge_is_cut_along_the_rules_between_them():
    """Cells filled alike and drawn edge to edge (a month column's active cells) are found as one
    fill; the lighter rules across it between them cut it into the cells, each a rect; a letter on
    a cell (lighter, but across part of its row only) cuts nothing, and a plain dark fill is one rect."""
    image = _page(400, 700)
    image[100:640, 100:154] = 110
    for y in range(160, 640, 60):  # the cells' borders: grey rules across the column
        image[y : y + 3, 100:154] = 160
    for y in range(115, 640, 60):  # a light letter E in each cell, its arms across half its width
        image[y : y + 20, 115:118] = 250
        for arm in (y, y + 9, y + 17):
            image[arm : arm + 3, 115:140] = 250
    rgb = cv2.cvtColor(image, cv2.COLOR_GRAY2RGB)
    (column,) = [f for f in scan.fills(rgb, image, K) if 40 < f.w < 70]
    cells = scan.cells_of(column, image, K)
    assert len(cells) == 9
    assert all(abs((c["bottom"] - c["top"]) / K - 57) <= 4 for c in cells)
    plain = _page(400, 700)
    plain[100:600, 100:154] = 110
    rgb = cv2.cvtColor(plain, cv2.COLOR_GRAY2RGB)
    (alone,) = [f for f in scan.fills(rgb, plain, K) if 40 < f.w < 70]
    assert len(scan.cells_of(alone, plain, K)) == 1


def test_boxes_and_rules_drawn_light_on_a_dark_panel_are_found_and_kept_from_ocr():
    """A dark side panel holding a table drawn light on it (its rules, a light box in each row, a
    label): the page's ink leaves a dark panel's inside out, so its boxes were not found and OCR read
    them and the rules as junk ("[O", "l=]", "|"). On the page made legible (the panel's light strokes
    dark on white) the boxes are found, in page points, with their state, and the rules are long runs
    painted out of the page OCR reads, the label's letters not."""
    image = _page(800, 700)
    image[50:650, 50:750] = 40  # the dark panel
    for y in (100, 200, 300, 400):  # the table's light rules across it
        image[y : y + 3, 80:720] = 230
    image[100:403, 80:83] = 230
    for y in (130, 230, 330):  # a light box in each row, the last one ticked
        cv2.rectangle(image, (120, y), (160, y + 40), 230, 4)
    cv2.line(image, (128, 350), (152, 362), 230, 4)
    cv2.putText(image, "Cooperativas", (200, 165), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 230, 3)
    image = _noisy(image, seed=5)
    rgb = cv2.cvtColor(image, cv2.COLOR_GRAY2RGB)
    regions = scan.fills(rgb, image, K)
    panels = scan.dark_panels(regions, K)
    assert len(panels) == 1
    legible = scan.readable(image, regions, K)
    assert scan.boxes(scan.line_mask(image, regions, k=K), K) == []  # the page's own ink: none
    found = sorted(scan.panel_boxes(legible, panels, K), key=lambda b: b.box["top"])
    assert [round(b.box["top"] / K) for b in found] == [128, 228, 328]  # the outline's outer edge, on the page
    assert [b.mark is not None for b in found] == [False, False, True]
    runs = scan.long_runs(scan.panel_ink(legible, panels), K)
    assert runs[101, 400] and runs[250, 81]  # the rules
    assert not runs[140:170, 200:420].any()  # the label's letters


def test_a_masked_quantile_of_rows_and_columns_is_numpy_s_over_the_kept_pixels():
    """`scan.masked_quantile` (one sort of the whole array) gives what `np.nanquantile` along an axis
    gives over the pixels a mask keeps (a fill's own, its letters left out), and `empty` for a row
    or column the mask keeps none of; np.nanquantile loops in Python over the rows of each of a
    page's hundreds of fills and took most of a scanned page's image analysis."""
    rng = np.random.default_rng(7)
    for _ in range(50):
        h, w = (int(v) for v in rng.integers(1, 30, 2))
        values = (rng.random((h, w)) * 255).astype(np.float32)
        mask = rng.random((h, w)) < rng.random()
        mask[0] = False  # a row the mask keeps nothing of
        for axis in (0, 1):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)  # numpy's "All-NaN slice" of the empty row
                expected = np.nanquantile(np.where(mask, values, np.nan), 0.1, axis=axis)
            expected = np.nan_to_num(expected, nan=255.0)
            got = scan.masked_quantile(values, mask, 0.1, axis=axis, empty=255.0)
            assert np.allclose(got, expected, atol=1e-3)


def test_fills_within_a_word_s_box_are_told_all_at_once():
    """`_held` tells, for each fill, whether it lies within a word's box give or take the pad, as
    `_inside` does pair by pair."""
    from extractor.readers.pdf.sources.scan_source import _held, _inside

    rng = np.random.default_rng(3)

    def box() -> dict:
        x, y = (float(v) for v in rng.random(2) * 100)
        w, h = (float(v) for v in rng.random(2) * 30)
        return {"x0": x, "top": y, "x1": x + w, "bottom": y + h}

    fills, words = [box() for _ in range(200)], [box() for _ in range(40)]
    expected = [any(_inside(f, w, 0.5) for w in words) for f in fills]
    assert _held(fills, words, 0.5) == expected
    assert any(expected) and not all(expected)
    assert _held(fills, [], 0.5) == [False] * 200 and _held([], words, 0.5) == []


def test_a_month_name_read_with_two_letters_wrong_between_its_neighbours_is_that_month(tmp_path, monkeypatch):
    """A scan's small header text read "Agasta" between Julio and Septiembre: the header is the twelve
    months (its place in the sequence and its likeness to Agosto together), so the marks under the
    months after it are read; a word unlike the month there ("Fiesta") leaves the header at Julio,
    and a month name's likeness alone (out of its place) makes no month."""
    from extractor.fields.months import table_months
    from extractor.layout import Table
    from extractor.readers import read
    from extractor.vocab import header_months

    from . import pdf_builders
    from .pdf_builders import MonthTable, month_table_page

    names = list(pdf_builders.MONTH_HEADERS["full"])
    assert header_months([*names[:7], "Agasta", *names[8:]]) == list(range(1, 13))
    assert header_months([*names[:7], "Fiesta", *names[8:]]) is None
    assert header_months(["Agasta", *names[8:]]) is None
    assert header_months([*names[:6], "Agasta", *names[8:]]) is None  # Agosto's likeness in Julio's place
    active = [1, 5, 8, 9, 12]

    def months_read(word: str) -> list[list[int]]:
        monkeypatch.setitem(pdf_builders.MONTH_HEADERS, "full", [*names[:7], word, *names[8:]])
        path = tmp_path / f"{word}.pdf"
        month_table_page(path, MonthTable(marking="text", active=active))
        return [table_months(item) for item in read(path).items if isinstance(item, Table)]

    assert months_read("Agasta") == [active]
    assert all(8 not in months for months in months_read("Fiesta"))


def _light_squares_panel(outline_beside: bool) -> np.ndarray:
    """A dark panel with three boxes printed light on it, each 11 points (wider than `scan_bar_min`):
    two solid light squares and, beside them, a light square with a dark cross (a white box ticked)
    or, with `outline_beside`, a light outline (□ beside ■)."""
    image = _page(800, 700)
    image[50:650, 50:750] = 45  # the dark panel
    for y in (130, 230):
        image[y : y + 46, 120:166] = 235  # a solid light square
    if outline_beside:
        cv2.rectangle(image, (120, 330), (166, 376), 235, 4)
    else:
        image[330:376, 120:166] = 235
        cv2.line(image, (128, 338), (158, 368), 30, 5)
        cv2.line(image, (158, 338), (128, 368), 30, 5)
    for y in (165, 265, 365):
        cv2.putText(image, "Cooperativas", (200, y), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 230, 3)
    return _noisy(image, seed=7)


@pytest.mark.parametrize("outline_beside", [False, True])
def test_light_squares_on_a_dark_panel_are_boxes_empty_unless_beside_an_empty_outline(outline_beside):
    """A white box printed on a dark panel is a solid square on the page made legible: it was
    wiped as a bar of another colour (wider than `scan_bar_min`) or read as junk, and the panel's
    categories were lost. Solid light squares are empty boxes (paper inside), a ticked one keeps its
    state; beside an empty outline (□), a solid square (■) is a filled box: checked. The label's
    letters are no box."""
    image = _light_squares_panel(outline_beside)
    rgb = cv2.cvtColor(image, cv2.COLOR_GRAY2RGB)
    regions = scan.fills(rgb, image, K)
    panels = scan.dark_panels(regions, K)
    legible = scan.readable(image, regions, K)
    found = sorted(scan.panel_boxes(legible, panels, K), key=lambda b: b.box["top"])
    assert [round(b.box["top"] / K) for b in found] == pytest.approx([130, 230, 330], abs=4)
    states = [b.mark is not None for b in found]
    assert states == ([True, True, False] if outline_beside else [False, False, True])


def test_an_accented_capital_s_word_is_measured_from_its_accent():
    """A capital's accent stands above the cap height ("JOAQUÍN": 0.93 of the size in DejaVu against
    0.73 for "J"): measured as a capital, the word was a size larger than its line's other words
    ("MUNICIPALIDAD SAN" / "JOAQUÍN"), and the municipality label split in two."""
    size = 40.0

    def word(text: str, above: float) -> OcrWord:
        return OcrWord(0, 100 - above * size, 200, 100 + 0.22 * size, text, 95.0, 100, size)

    plain = word_metrics(word("JOAQUIN", 0.73))
    accented = word_metrics(word("JOAQUÍN", 0.9))
    assert plain is not None and accented is not None
    assert plain[1] == pytest.approx(size, rel=0.03) and accented[1] == pytest.approx(size, rel=0.03)
    assert accented[0] == pytest.approx(100, abs=1)


def test_a_light_border_along_a_dark_header_cell_leaves_no_rule_on_the_page_ocr_reads():
    """A month table's header cells printed dark with white names and a light grey border (a browser's
    table: `border: 1px solid #ccc`), scanned: the border is darker than the paper's level, so it is
    one fill with the cells, and made readable it came out a grey line along the panel's top and
    bottom, which Tesseract read with the names ("Marzo" a box the cell's height, then a title
    splitting the ficha). Along the panel's edge such a rule is its border (`scan.edge_rules`):
    paper; the names stay dark on white."""
    image = _page(700, 200)
    cv2.rectangle(image, (50, 50), (650, 130), 200, cv2.FILLED)  # the border's light grey
    cv2.rectangle(image, (53, 53), (647, 127), 40, cv2.FILLED)  # the cells, inside their border (3 px)
    for i, name in enumerate(("Marzo", "Abril")):
        cv2.putText(image, name, (110 + 300 * i, 105), cv2.FONT_HERSHEY_SIMPLEX, 1.1, 255, 2)
    image = _noisy(cv2.GaussianBlur(image, (5, 5), 1.2))  # a scan's blur
    rgb = cv2.cvtColor(image, cv2.COLOR_GRAY2RGB)
    legible = scan.readable(image, scan.fills(rgb, image, K), K)
    zone = round(2.5 / K)
    for band in (legible[45 : 50 + zone, 50:650], legible[130 - zone : 135, 50:650]):
        assert (band < 235).mean(axis=1).max() < 0.6  # no rule along the top nor the bottom
    assert legible[75:106, 110:250].min() < 80  # the name "Marzo", dark on white


def _rounded_square(image: np.ndarray, x: int, y: int, side: int, level: int, radius: int) -> None:
    """A solid square with rounded corners (a browser's checkbox), `level` grey, drawn on `image`."""
    cv2.rectangle(image, (x + radius, y), (x + side - radius, y + side), level, cv2.FILLED)
    cv2.rectangle(image, (x, y + radius), (x + side, y + side - radius), level, cv2.FILLED)
    for cx, cy in ((x + radius, y + radius), (x + side - radius, y + radius)):
        cv2.circle(image, (cx, cy), radius, level, cv2.FILLED)
        cv2.circle(image, (cx, cy + side - 2 * radius), radius, level, cv2.FILLED)


def test_a_box_printed_solid_with_a_light_tick_is_a_checked_box_and_a_bold_letter_is_none():
    """A browser prints a ticked checkbox as a coloured square with rounded corners and the tick
    white inside it: its corners are no outline's (`_cornered`), so it was found as no box, and
    the ficha's checked categories were lost (the empty boxes beside it read). A square printed
    solid with a light mark cut out of it is a checked box; a bold O, D or a solid square without
    a mark is none."""
    image = _page(700, 200)
    _rounded_square(image, 100, 60, 44, 90, 8)  # 11 points at 300 dpi, blue's grey
    cv2.polylines(image, [np.array([[112, 84], [120, 93], [134, 72]])], False, 255, 3)  # the white tick
    cv2.rectangle(image, (200, 60), (244, 104), 90, cv2.FILLED)  # solid, no mark: a bullet, not a box
    cv2.putText(image, "OD", (300, 104), cv2.FONT_HERSHEY_SIMPLEX, 1.6, 0, 9)  # bold letters of a box's size
    _rounded_square(image, 460, 60, 44, 90, 8)  # a heavy bold B's shape, its counters light ...
    cv2.polylines(image, [np.array([[472, 84], [480, 93], [494, 72]])], False, 255, 3)
    image[60:105, 508:520] = 90  # ... beside the next letter of its word, a point away
    image = _noisy(image)
    found = scan.boxes(scan.line_mask(image, []), K)
    assert len(found) == 1
    (box,) = found
    assert box.box["x0"] == pytest.approx(100 * K, abs=1) and box.box["x1"] == pytest.approx(144 * K, abs=1)
    assert box.mark is not None and not box.unsure


def test_a_table_cell_round_a_light_box_on_a_dark_panel_is_no_box_and_the_box_is_empty():
    """A category table on a dark panel, its rules printed light, each first cell (of a box's size)
    holding a box printed white: on the page made readable each cell is an outline holding a solid
    square, taken for a box with a mark (every category checked). The outline holding a solid square
    is a cell (`scan._solid_squares`), the square an empty box; the box with a cross beside them is
    checked, and a round letter found as an empty outline makes no solid square a filled box."""
    image = _page(800, 700)
    image[50:650, 50:750] = 45  # the dark panel
    for i, y in enumerate((100, 200, 300)):
        cv2.rectangle(image, (100, y), (180, y + 80), 200, 3)  # the cell, 20 points a side
        image[y + 20 : y + 60, 120:160] = 240  # the white box inside it
        if i == 1:
            cv2.line(image, (126, y + 26), (154, y + 54), 30, 5)
            cv2.line(image, (154, y + 26), (126, y + 54), 30, 5)
        cv2.putText(image, "Cooperativas", (220, y + 55), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 230, 3)
    cv2.circle(image, (230, 460), 12, 230, 4)  # an O beside the list
    image = _noisy(image, seed=3)
    rgb = cv2.cvtColor(image, cv2.COLOR_GRAY2RGB)
    regions = scan.fills(rgb, image, K)
    legible = scan.readable(image, regions, K)
    found = sorted(scan.panel_boxes(legible, scan.dark_panels(regions, K), K), key=lambda b: b.box["top"])
    in_cells = [b for b in found if b.box["x0"] < 190 * K]
    assert [round(b.box["top"] / K) for b in in_cells] == pytest.approx([120, 220, 320], abs=4)
    assert [b.mark is not None for b in in_cells] == [False, True, False]


def test_a_lone_doubtful_character_read_from_a_tick_is_the_tick_and_a_sure_one_or_a_word_is_not():
    """A month table's row of cells with a tick in some, read by Tesseract as one line with the
    cells' sides ("| 7 |"): the line took the sides' height, and the tick read "7" (confidence 57)
    was a 21-point digit, then a title that split the ficha in two. A lone character read under
    `scan_low_confidence` from a mark's ink is the mark (`lone_marks` makes it one); a sure
    character, a word beside other words, or one away from any mark's ink stays."""
    blob = {"x0": 239.8, "top": 497.0, "x1": 244.8, "bottom": 502.6}  # points

    def word(text: str, confidence: float, x0: float = 239.8) -> OcrWord:
        return OcrWord(x0 / K, 497.0 / K, (x0 + 5) / K, 502.6 / K, text, confidence, 508.6 / K, 21.5 / K)

    tick = word("7", 57.0)
    assert read_from_a_mark(tick, [tick], [blob], K)
    sure = word("7", 92.0)
    assert not read_from_a_mark(sure, [sure], [blob], K)
    elsewhere = word("7", 57.0, x0=300.0)
    assert not read_from_a_mark(elsewhere, [elsewhere], [blob], K)
    beside = word("Ver", 96.0, x0=247.0)
    assert not read_from_a_mark(tick, [tick, beside], [blob], K)  # a word of a line ("a 7 Ver")


def test_a_dark_panel_of_cells_of_two_colours_reads_each_letter_against_its_own_cell():
    """A month table printed as dark header bands with white names, each joined to a row of active
    cells in orange below it: one fill of two colours, whose colour measured on its edge lies between
    the two. Made readable against that colour, the bands came out grey and Tesseract read junk
    (then a title that split the ficha). With half of it neither its colour nor white
    (`scan_panel_colours`), each pixel is measured against its own cell's colour
    (`scan.lighter_than_around`): the bands and cells paper, the names dark."""
    image = _page(900, 420)
    for y in (50, 200):
        image[y : y + 60, 50:850] = 50  # the dark header band
        image[y + 60 : y + 150, 50:850] = 140  # the active cells, orange's grey
        for i, name in enumerate(("Enero", "Febrero", "Marzo")):
            cv2.putText(image, name, (90 + 260 * i, y + 42), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 255, 2)
    image = _noisy(cv2.GaussianBlur(image, (3, 3), 0.8))
    rgb = cv2.cvtColor(image, cv2.COLOR_GRAY2RGB)
    legible = scan.readable(image, scan.fills(rgb, image, K), K)
    band = legible[60:105, 60:840]
    assert (band > 200).mean() > 0.88  # the band is paper
    assert legible[70:95, 90:180].min() < 80  # "Enero", dark
    assert (legible[120:190, 60:840] > 200).mean() > 0.99  # the orange cells are paper


def test_a_small_tick_read_as_a_sure_one_is_the_tick():
    """A month table's row of cells with small ticks (4 points) read by Tesseract as one line with
    the cells' sides: the sides read "1" (confidence 97) and a tick read "1" (confidence 95), the
    line's size a cell's height; the three "1"s were then a title splitting the ficha. A sure
    character OCR reads a tick as, whose ink is less than half as high as its line's size gives a
    capital, is the mark it lies on; a "1" of its line's size stays."""
    blob = {"x0": 367.5, "top": 378.0, "x1": 372.5, "bottom": 383.3}  # points

    def word(text: str, x0: float, top: float, bottom: float, size: float = 17.0) -> OcrWord:
        return OcrWord(x0 / K, top / K, (x0 + 4) / K, bottom / K, text, 95.0, 388.8 / K, size / K)

    tick = word("1", 367.9, 378.5, 382.8)
    assert read_from_a_mark(tick, [tick], [blob], K)
    digit = word("1", 367.9, 378.5, 382.8, size=5.5)  # a small "1" on a line of its own size
    assert not read_from_a_mark(digit, [digit], [blob], K)


def test_a_tinted_column_inside_a_table_s_black_rules_is_a_light_fill_and_no_dark_panel():
    """A form table's label column shaded a light tint, its black rules around and across it: the
    tint and its rules are one region on a scan, whose edge lies on the rules. Its colour is the
    tint's, measured inside them (`scan.drawn_rules`), so it is no dark panel: measured on the rules
    it came out a mid grey, the column was read as a dark panel, and its dark labels were made
    light and read as junk (a whole ficha lost)."""
    image = _page(700, 800)
    cv2.rectangle(image, (50, 50), (300, 750), 229, cv2.FILLED)  # the tint (a light blue's grey)
    cv2.rectangle(image, (50, 50), (650, 750), 0, 5)  # the table's frame
    cv2.line(image, (300, 50), (300, 750), 0, 5)  # between the labels and the values
    for y in (200, 350, 500):
        cv2.line(image, (50, y), (650, y), 0, 5)  # between the rows
        cv2.putText(image, "Forma de", (70, y + 50), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 0, 4)
    noisy = _noisy(image, 3)
    regions = scan.fills(cv2.cvtColor(noisy, cv2.COLOR_GRAY2RGB), noisy, K)
    column = max(regions, key=lambda f: f.w * f.h)
    assert column.w < 300 and column.h > 600  # the tinted column (with its rules)
    assert column.lum == pytest.approx(229 / 255, abs=0.03)
    assert scan.dark_panels(regions, K) == []


def test_a_checked_box_s_own_grey_fill_is_no_panel_that_drops_it():
    """A small ticked box (☑, 7 points) blurred by a scan is a grey fill of its own size, darker
    than a panel's limit; boxes inside a dark panel are read from its light strokes, so a box inside
    a dark fill was dropped, and this box read as none (its label unchecked). A panel is at least
    `scan_panel_min` points a side: the box's own fill is none, a dark card is one."""
    image = _page(600, 400)
    px, stroke = round(7 / K), max(2, round(1.0 / K))
    cv2.rectangle(image, (100, 100), (100 + px, 100 + px), 0, stroke)
    tick = [(100 + px // 5, 100 + px // 2), (100 + px // 2, 100 + px - px // 5), (100 + px - 3, 104)]
    cv2.polylines(image, [np.array(tick)], False, 0, stroke + 2)
    cv2.rectangle(image, (300, 100), (500, 300), 60, cv2.FILLED)  # a dark card
    image = cv2.GaussianBlur(_noisy(image, 5), (5, 5), 1.5)
    regions = scan.fills(cv2.cvtColor(image, cv2.COLOR_GRAY2RGB), image, K)
    box = next(b for b in scan.boxes(scan.line_mask(image, regions, k=K), K) if b.box["x0"] < 200 * K)
    assert box.mark is not None
    own = [f for f in regions if f.lum < 0.75 and f.x <= box.box["x1"] / K and box.box["x0"] / K <= f.x + f.w]
    assert own and all(max(f.w, f.h) * K < 12 for f in own)  # the box's own grey fill
    panels = _panels(regions, K)
    assert [(round(p["x0"] / K / 10), round(p["top"] / K / 10)) for p in panels] == [(30, 10)]


def test_a_document_read_by_ocr_without_fichas_fails_saying_which_pages_were_read_by_ocr():
    """A scan whose headings OCR misread fails as a document without fichas; its message says which
    pages were read by OCR, with what confidence, and how to see what was read, so that the user
    knows why. A born-digital document's says nothing of OCR."""
    path, source = Path("escaneo.pdf"), Source("escaneo.pdf", "pdf", "0" * 64)
    scanned = Layout(str(path), "pdf", n_pages=2, ocr_pages=[OcrPage(1, 80.0, 120), OcrPage(2, 70.0, 40)])
    with pytest.raises(DocumentError, match=r"no ficha found.*pages 1, 2 were read by OCR.*confidence 78") as error:
        records_of(scanned, path, source)
    assert "extractor inspect escaneo.pdf --pages 1" in str(error.value)
    with pytest.raises(DocumentError, match="no ficha found") as error:
        records_of(Layout(str(path), "pdf", n_pages=2), path, source)
    assert "OCR" not in str(error.value)


def test_a_light_cell_of_a_two_colour_banner_keeps_its_dark_text():
    """A banner of two cells edge to edge: a navy title cell with white text and an amber cell with
    the municipality's name in dark letters along its top. One dark fill of two colours, read each
    letter against its own cell; the amber cell's letters are darker than it, not lighter, and
    measured as light text they were lost (the name read into the title, the comuna lost). In a
    light cell (`scan.light_cells`) dark letters stay dark, and both cells are paper."""
    image = _page(1000, 260)
    image[40:220, 40:560] = 50  # navy
    image[40:220, 560:960] = 185  # amber's grey
    cv2.putText(image, "Escuela de", (60, 110), cv2.FONT_HERSHEY_SIMPLEX, 1.8, 255, 6)
    cv2.putText(image, "MUNICIPALIDAD", (575, 72), cv2.FONT_HERSHEY_SIMPLEX, 0.9, 20, 3)
    image = _noisy(cv2.GaussianBlur(image, (3, 3), 0.8))
    rgb = cv2.cvtColor(image, cv2.COLOR_GRAY2RGB)
    regions = scan.fills(rgb, image, K)
    assert len(scan.dark_panels(regions, K)) == 1  # the two cells, one fill
    legible = scan.readable(image, regions, K)
    assert legible[50:75, 575:800].min() < 80  # "MUNICIPALIDAD", dark
    assert (legible[120:200, 580:940] > 200).mean() > 0.99  # the amber cell is paper
    assert legible[75:110, 60:120].min() < 80  # "Escuela", dark
    assert (legible[150:200, 60:540] > 200).mean() > 0.99  # the navy cell is paper


def test_a_tick_read_as_a_sure_letter_is_the_mark_in_doubt_and_a_word_s_letter_is_not():
    """A month table's tick read by Tesseract as a sure "Y" (confidence 91): kept as a word, the
    cell said «Y», no mark, and its month was lost. A lone character of what OCR reads a tick as,
    read with a confidence of at least `scan_low_confidence`, from a mark's ink, is the mark
    (`mark_read_as_letter` gives it; the page names it in doubt); another letter, a word beside
    other words ("y" in a sentence), a letter away from any mark's ink, or an initial read again
    stays."""
    blob = {"x0": 113.3, "top": 294.2, "x1": 117.1, "bottom": 298.3}  # points

    def word(text: str, confidence: float = 91.0, x0: float = 110.0) -> OcrWord:
        return OcrWord(x0 / K, 293.7 / K, (x0 + 7.4) / K, 299.9 / K, text, confidence, 299.9 / K, 8.0 / K)

    tick = word("Y")
    assert mark_read_as_letter(tick, [tick], [blob], K) == blob
    assert mark_read_as_letter(word("E"), [word("E")], [blob], K) is None  # a letter no tick is read as
    elsewhere = word("Y", x0=200.0)
    assert mark_read_as_letter(elsewhere, [elsewhere], [blob], K) is None
    beside = word("Ver", 96.0, x0=121.0)
    assert mark_read_as_letter(tick, [tick, beside], [blob], K) is None  # a word of a line ("Y Ver")
    initial = dataclasses.replace(tick, initial=True)
    assert mark_read_as_letter(initial, [initial], [blob], K) is None


def test_a_month_s_name_read_with_a_speck_and_low_confidence_is_no_junk():
    """A month table's header cell "Mar" read with a speck after it as "Mar:" at confidence 33,
    alone in its cell (its neighbours two sizes away): dropped as a drawing's junk, its column left
    the month table (the table began at Abr, "Ene Feb" went to the dates' text). A month's name is
    no junk; three letters of no month read so are."""
    month = OcrWord(1039, 974, 1085, 1008, "Mar:", 33.0, 1008, 35)
    assert not is_junk(month, [month])
    other = dataclasses.replace(month, text="Mxr:")
    assert is_junk(other, [other])


def _ocr_line(texts: list[str], x0: float, baseline: float, line: int, gaps: dict[int, float] | None = None):
    """OcrWords of one line (pixels, x_size 46): each word 20 pixels a letter, 16 apart, or the
    gap `gaps` gives after the word of that index."""
    out, x = [], x0
    for i, text in enumerate(texts):
        out.append(OcrWord(x, baseline - 34, x + 20 * len(text), baseline, text, 96.0, baseline, 46, line=line))
        x += 20 * len(text) + (gaps or {}).get(i, 16)
    return out


def test_a_label_s_line_read_with_its_value_s_is_cut_where_another_line_shows_the_value_s_edge():
    """Tesseract read a label's line and its value's beside it as one line ("Departamento/Oficinas
    4<NUR y 53M."): one size and one baseline for both, the heading read as body text and the
    offices lost. A gap of at least `scan_split_gap` sizes, wider than the line's other spaces,
    whose next word starts where a line above or below starts (the value's first line) or
    resumes after as wide a gap, cuts the line (`column_cuts`). No cut without that edge (text
    running on), at a justified line's evenly wide spaces, after a list's number, or between
    lines too far apart."""
    from extractor.readers.pdf.sources.scan_source import column_cuts

    value_first = _ocr_line(["DIDECO,", "Oficina", "de", "la", "Mujer"], 850, 549, line=4)
    merged = _ocr_line(["Departamento/Oficinas", "ACNUR", "y", "SJM."], 216, 610, line=5, gaps={0: 214})
    assert merged[1].x0 == 850  # the value's second line starts under its first
    label_next = _ocr_line(["municipales", "que"], 216, 717, line=6)
    assert column_cuts(value_first + merged + label_next) == {5: [0]}
    assert column_cuts(merged + label_next) == {}  # no other line shows the edge
    moved = _ocr_line(["DIDECO,", "Oficina"], 900, 549, line=4)
    assert column_cuts(moved + merged) == {}  # another edge
    far = _ocr_line(["DIDECO,", "Oficina"], 850, 549 - 4 * 46, line=4)
    assert column_cuts(far + merged) == {}  # four lines away
    even = _ocr_line(["Departamento/Oficinas", "ACNUR", "y", "SJM."], 216, 610, line=5, gaps={0: 214, 1: 214, 2: 214})
    assert column_cuts(value_first + even + label_next) == {}  # a justified line's spaces
    number = _ocr_line(["1.", "ACNUR", "y", "SJM."], 216, 610, line=5)
    number = [dataclasses.replace(w, x0=w.x0 + 578, x1=w.x1 + 578) if i else w for i, w in enumerate(number)]
    assert number[1].x0 == 850
    assert column_cuts(value_first + number) == {}  # a list's number and its item


def test_each_piece_of_a_line_read_across_two_regions_is_read_again_as_a_line_of_its_own(monkeypatch):
    """`split_columns` reads each piece of a cut line again (page segmentation 7, a line), on the
    strip of the page up to half the gap either side, and the words take its reading and a line
    number of their own (so each piece measures its own size); lines not cut stay as read. A
    reading unlike the first (`scan_split_like`; a strip that took in part of the next line) is
    not taken: the piece keeps its words, on a line of its own."""
    from extractor.readers.pdf.sources import scan_source

    value_first = _ocr_line(["DIDECO,", "Oficina"], 850, 549, line=4)
    merged = _ocr_line(["Departamento/Oficinas", "4<NUR", "y", "53M."], 216, 610, line=5, gaps={0: 214})
    calls = []
    readings = [["Departamento/Oficinas"], ["ACNUR", "y", "SJM."]]

    def read(picture, lang, dpi, layout=3, variables=None):
        calls.append((picture.shape, layout))
        words = "".join(
            f'<span class="ocrx_word" title="bbox {20 + 150 * i} 20 {140 + 150 * i} 65; x_wconf 95">{text}</span>'
            for i, text in enumerate(readings[(len(calls) - 1) % 2])
        )
        return (
            '<div class="ocr_page"><span class="ocr_line" title="bbox 20 20 400 70; baseline 0 -5; x_size 52">'
            f"{words}</span></div>"
        ).encode()

    monkeypatch.setattr(scan_source, "_tesseract", read)
    image = np.full((800, 1600), 255, np.uint8)
    out = scan_source.split_columns(image, value_first + merged, OcrOptions())
    assert [layout for _, layout in calls] == [7, 7]
    assert calls[0][0][1] == round((636 + 850) / 2) - 216 + 46 + 40  # up to the gap's middle, a size before, framed
    assert calls[0][0][0] == 34 + 2 * 4 + 40  # its first boxes' height and `split_margin` (no line above), framed
    assert [w.text for w in out] == ["DIDECO,", "Oficina", "Departamento/Oficinas", "ACNUR", "y", "SJM."]
    assert [w.line for w in out] == [4, 4, 6, 7, 7, 7]
    assert out[2].size == 46 and out[2].x0 == 216 - 46 - 20 + 20  # the size Tesseract gave the line on the page
    readings[1] = ["Trabajadoras/esespecialmente", "mujeresde", "aseoyypersonas", "ornato,", "migrantes"]
    calls.clear()
    out = scan_source.split_columns(image, value_first + merged, OcrOptions())
    assert [w.text for w in out][3:] == ["4<NUR", "y", "53M."] and {w.line for w in out[3:]} == {7}
