"""Page geometry whatever the PDF's page boxes and fonts: both engines place a page's objects from the
top-left corner of its box, and take each font's metrics from that font's own dictionaries.

The PDFs are generated (tests/pdf_builders.py) and edited with pypdf: the content moved and the
page boxes with it, or two documents whose fonts share a name merged into one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.generic import ArrayObject, FloatObject, NameObject

from extractor.readers.pdf.reader import read_pages

from .pdf_builders import MonthTable, TraitFicha, acroform_checkboxes, trait_ficha, turned_pages
from .pdf_canvas import TEXT
from .test_pdf_engines import TOLERANCE, assert_engines_agree

ENGINES = ("pdfplumber", "pdfium")
FICHA = TraitFicha(months=MonthTable(header="short", marking="box", active=[3, 4, 5]))  # words, shapes, strokes


def _moved(source: Path, target: Path, dx: float, dy: float) -> None:
    """`source` with every page's content and boxes moved by (dx, dy): it displays the same."""
    writer = PdfWriter(clone_from=PdfReader(source))
    for page in writer.pages:
        x0, y0, x1, y1 = (float(v) for v in page.mediabox)
        page.add_transformation(Transformation().translate(dx, dy))
        box = ArrayObject(FloatObject(v) for v in (x0 + dx, y0 + dy, x1 + dx, y1 + dy))
        page[NameObject("/MediaBox")] = box
        page[NameObject("/CropBox")] = box
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            rect = [float(v) for v in annot["/Rect"]]
            annot[NameObject("/Rect")] = ArrayObject(FloatObject(v + (dy if i % 2 else dx)) for i, v in enumerate(rect))
    writer.write(target)


Placed = tuple[str, float, float, float, float]


def _objects(path: Path, engine: str) -> list[Placed]:
    """The reader's words, shapes and strokes of every page: (what, x0, top, x1, bottom)."""
    return [
        (str(obj.get("text", kind)), obj["x0"], obj["top"], obj["x1"], obj["bottom"])
        for page in read_pages(str(path), engine=engine)
        for kind in ("words", "shapes", "strokes")
        for obj in getattr(page, kind)
    ]


def _same(a: list[Placed], b: list[Placed]) -> bool:
    return len(a) == len(b) and all(
        x[0] == y[0] and all(abs(p - q) <= TOLERANCE for p, q in zip(x[1:], y[1:], strict=True))
        for x, y in zip(a, b, strict=True)
    )


@pytest.mark.parametrize("engine", ENGINES)
def test_a_page_box_away_from_the_origin_reads_as_the_page_at_the_origin(engine, tmp_path):
    """A /MediaBox [200 300 795 1142] holding the content moved by (200, 300) displays as the page at
    (0, 0): the same words at the same places from the page's top-left corner (pdfplumber placed
    them 300 pt too high and 200 pt right, and the reader dropped the top of the page)."""
    plain, moved = tmp_path / "plain.pdf", tmp_path / "moved.pdf"
    trait_ficha(plain, FICHA)
    _moved(plain, moved, 200, 300)
    expected = _objects(plain, engine)
    assert len(expected) > 40
    assert _same(_objects(moved, engine), expected)


@pytest.mark.parametrize("engine", ENGINES)
def test_form_widgets_on_a_page_box_away_from_the_origin_keep_their_places(engine, tmp_path):
    plain, moved = tmp_path / "plain.pdf", tmp_path / "moved.pdf"
    acroform_checkboxes(plain, [(True, "Sociolaboral"), (False, "NNA")])
    _moved(plain, moved, 200, 300)
    expected = [w for page in read_pages(str(plain), engine=engine) for w in page.widgets]
    assert expected
    assert [w for page in read_pages(str(moved), engine=engine) for w in page.widgets] == expected


def test_the_engines_agree_on_a_page_box_away_from_the_origin(tmp_path):
    plain, moved = tmp_path / "plain.pdf", tmp_path / "moved.pdf"
    trait_ficha(plain, FICHA)
    _moved(plain, moved, 200, 300)
    assert_engines_agree(moved, "page box away from the origin")


def _descent_changed(source: Path, target: Path, descent: int) -> None:
    """`source` with every embedded font's /Descent set to `descent` (names kept)."""
    writer = PdfWriter(clone_from=PdfReader(source))
    for page in writer.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            inner = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            if "/FontDescriptor" in inner:
                inner["/FontDescriptor"].get_object()[NameObject("/Descent")] = FloatObject(descent)
    writer.write(target)


def _merged(target: Path, *sources: Path) -> None:
    writer = PdfWriter()
    for source in sources:
        writer.append(PdfReader(source))
    writer.write(target)


def test_fonts_of_one_name_in_a_merged_pdf_each_keep_their_own_descent(tmp_path):
    """Two documents whose embedded fonts share their (subset) names but not their /Descent, merged:
    each page's boxes hang from its own font's descent with both engines (the pdfium source took
    the descent by name, from whichever font came first; LibreOffice and Chromium name subsets alike)."""
    first, second, merged = tmp_path / "first.pdf", tmp_path / "second.pdf", tmp_path / "merged.pdf"
    trait_ficha(first, TraitFicha(body_font=TEXT))
    _descent_changed(first, second, 0)
    _merged(merged, first, second)
    for engine in ENGINES:  # each page as its document alone gives it
        alone = _objects(first, engine) + _objects(second, engine)
        assert _same(_objects(merged, engine), alone), engine
    assert_engines_agree(merged, "fonts of one name and different descents, merged")


def _widths_scaled(source: Path, target: Path, factor: float) -> None:
    """`source` with every simple TrueType font's /Widths times `factor` (fractional widths, no longer
    the font program's own advances)."""
    writer = PdfWriter(clone_from=PdfReader(source))
    for page in writer.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            if font.get("/Subtype") == "/TrueType" and "/Widths" in font:
                scaled = [FloatObject(round(float(w) * factor, 4)) for w in font["/Widths"]]
                font[NameObject("/Widths")] = ArrayObject(scaled)
    writer.write(target)


def test_a_simple_font_s_characters_are_as_wide_as_its_widths_say_with_both_engines(tmp_path):
    """A TrueType font whose /Widths (fractional) are not its program's advances: a character's box
    is as wide as /Widths says (PDF 32000-1 9.2.4: the widths in the font dictionary override the
    program's; pdfminer reads them, PDFium's glyph width is the program's)."""
    plain, wide = tmp_path / "plain.pdf", tmp_path / "wide.pdf"
    trait_ficha(plain, TraitFicha(body_font=TEXT))
    _widths_scaled(plain, wide, 1.0937)
    assert_engines_agree(wide, "simple font with fractional /Widths")


def test_a_media_box_inherited_from_the_page_tree_sizes_the_page_with_both_engines(tmp_path):
    """An A4 page whose /MediaBox is on the /Pages node, not the page (PDF 32000-1 7.7.3.4: inheritable):
    PDFium's `FPDFPage_GetMediaBox` does not inherit it and gives US Letter, which put the top of the
    page 50 pt above the page read (its words dropped)."""
    plain, inherited = tmp_path / "plain.pdf", tmp_path / "inherited.pdf"
    trait_ficha(plain, FICHA)
    writer = PdfWriter(clone_from=PdfReader(plain))
    box = writer.pages[0]["/MediaBox"]
    del writer.pages[0][NameObject("/MediaBox")]
    writer.root_object["/Pages"].get_object()[NameObject("/MediaBox")] = box
    writer.write(inherited)
    for engine in ENGINES:
        assert _same(_objects(inherited, engine), _objects(plain, engine)), engine
    assert_engines_agree(inherited, "media box inherited from the page tree")


def _unplaced(found: list[Placed], expected: list[Placed]) -> tuple[list[Placed], list[Placed]]:
    """The objects of `found` with no counterpart in `expected` (same what, places within `TOLERANCE`),
    and those of `expected` with none in `found`, whatever their order."""
    left = list(expected)
    extra = []
    for obj in found:
        match = next((i for i, other in enumerate(left) if _same([obj], [other])), None)
        if match is None:
            extra.append(obj)
        else:
            left.pop(match)
    return extra, left


@pytest.mark.parametrize("turns", [1, 2, 3])
@pytest.mark.parametrize("moved", [False, True], ids=["at the origin", "box away from the origin"])
def test_a_page_drawn_turned_and_shown_upright_by_its_rotate_reads_as_the_upright_page(turns, moved, tmp_path):
    """A page whose content is drawn turned and whose /Rotate turns it back reads, with either engine,
    as the page drawn upright: the same words, shapes and strokes at the same places from the shown
    page's top-left corner, whatever the /Rotate and wherever its box starts; and the engines agree
    (float noise in the turning matrix made pdfminer read some drawn boxes as curves, others as rects,
    and PDFium other ones)."""
    plain, turned = tmp_path / "plain.pdf", tmp_path / "turned.pdf"
    trait_ficha(plain, FICHA)
    if moved:
        _moved(plain, tmp_path / "moved.pdf", 200, 300)
        turned_pages(tmp_path / "moved.pdf", turned, turns)
    else:
        turned_pages(plain, turned, turns)
    assert int(PdfReader(turned).pages[0].get("/Rotate", 0)) == 90 * turns
    for engine in ENGINES:
        expected = _objects(plain, engine)
        assert len(expected) > 40
        assert _unplaced(_objects(turned, engine), expected) == ([], []), engine
    assert_engines_agree(turned, f"page drawn turned, /Rotate {90 * turns}")
