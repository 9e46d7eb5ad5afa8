"""The PDF engines agree: pdfium (the default) reads every PDF as pdfplumber (the reference) does.

For each PDF: the records are identical, byte for byte as written, or both engines fail with the
same error kind; and page by page the reader's objects agree (`page_differences`): the same words
(text, font, size within 0.01 pt) within `TOLERANCE` points, the same shapes (fill, stroke, fill
colour) and strokes within it, the same placed images (pixel size, digest, ink), the same form widgets.

The PDFs: every PDF of raw/ and the design harness's CI seeds (slow), the trait cases and the real
files of other projects in tests/data/, and documents generated here (tests/pdf_builders.py) for
each kind of object the reader reads: glyph and drawn checkboxes in each symbol font, AcroForm
widgets, month tables of every marking, running text, a publication, the bad files.

Where the engines' page objects must differ, `KNOWN` names the case and the reason (and which
one the PDF specification says is right); their records must agree all the same. Damaged files
(offsets that no longer match, a cross-reference table that is shifted or missing) are the one kind
of input whose outcomes are not compared: PDFium repairs them silently where pdfminer often refuses
them (`damaged_pdf`), and neither is wrong by the specification, which defines no repair. Whatever
is read from such a file carries a `lectura_dudosa` aviso on every ficha (`readers/pdf/damage.py`,
tests/test_engine_cases.py); the bad files here (`BAD_PDFS`) end alike with both. PDFium's own
ways that the source makes up for are in `readers/pdf/sources/pdfium_source.py`'s note. The
pdfplumber and pdfminer.six source packages on PyPI ship no test PDFs, so their suites' files are
represented by the two in tests/data/cases/realworld/ and the one in tests/data/peers/.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from extractor.pipeline import extract_document
from extractor.problems import DocumentError
from extractor.readers import ReadOptions
from extractor.readers.pdf.page import PageObjects
from extractor.readers.pdf.reader import read_pages
from extractor.review.golden import in_ci

from .conftest import RAW
from .designs.harness import design_of, fichas_of
from .designs.render import draw_document
from .pdf_builders import (
    BOX_STYLES,
    MARKINGS,
    MonthTable,
    TraitFicha,
    acroform_checkboxes,
    drawn_checkbox_list,
    glyph_checkbox_list,
    month_table_page,
    pages_with_running_text,
    publication,
    run_in_checkbox_list,
    trait_ficha,
    turned_pages,
    two_up,
)
from .pdf_canvas import OPENSYMBOL, SYMBOLS, TEXT, WINGDINGS, ZAPF, box_picture, jpeg_bytes, tick_picture
from .test_bad_input import CASES as BAD_FILES
from .test_design_harness import CI_SEEDS
from .test_pdf_checkboxes import GLYPH_BOXES, ZAPF_RADIO_LIST, ZAPF_RUN_LIST
from .test_pdf_layout import HUERTOS, OFICINA_MOVIL
from .test_picture_marks import category_pictures_pdf, month_table_pdf

DATA = Path(__file__).parent / "data"
TOLERANCE = 0.5  # points two engines' boxes of one object may differ by (PDFium keeps float32, whole /W widths)
# case -> (the page objects that differ, why); any other difference fails, and the records must agree
KNOWN: dict[str, tuple[str, str]] = {
    "pdf-soft-hyphen-line-ends.pdf": (
        "words",
        "its font maps one code to a soft hyphen (U+00AD) and another to '-'; PDFium gives any line-end hyphen "
        "as U+0002 and no character code, so which it was is lost (pdfminer is right: the /ToUnicode map says "
        "U+00AD); the pdfium source reads '-'. join_lines joins both alike before a lower-case continuation",
    ),
    "fichas-buenas-practicas-municipales-2023.pdf": (
        "shapes",
        "two panels are filled with a shading pattern (/Pattern colour space, a gradient): pdfminer gives the "
        "pattern's name, so no fill colour (right: a pattern has no single colour); PDFium's API gives white "
        "and nothing tells it is a pattern. No month grid or box stands on them",
    ),
}


def outcome(path: Path, engine: str) -> tuple[str, object]:
    """The records as written (JSON text) when read by the page source `engine`, or the error kind."""
    try:
        result = extract_document(path, options=ReadOptions(pdf_engine=engine))
    except DocumentError as error:
        return "error", error.kind
    records = [json.dumps(f.model_dump(mode="json"), ensure_ascii=False, indent=2) for f in result.fichas]
    return "records", (records, result.invalid, result.skipped)


def _pages(path: Path, name: str) -> list[PageObjects] | str:
    try:
        return read_pages(str(path), engine=name)
    except DocumentError as error:
        return str(error.kind)


def _near(a: dict, b: dict) -> bool:
    return all(abs(a[k] - b[k]) <= TOLERANCE for k in ("x0", "top", "x1", "bottom"))


def _unmatched(ours: list[dict], theirs: list[dict], same: Callable[[dict, dict], bool]) -> list[dict]:
    """Objects of `ours` with no counterpart in `theirs` (each counterpart used once)."""
    left = list(theirs)
    missing = []
    for obj in ours:
        match = next((i for i, other in enumerate(left) if same(obj, other)), None)
        if match is None:
            missing.append(obj)
        else:
            left.pop(match)
    return missing


def _word(a: dict, b: dict) -> bool:
    """The same word: text and font, size within a hundredth (the reader rounds sizes to 0.01 pt; a
    size of float32 origin may round the other way at a half-hundredth), box within `TOLERANCE`."""
    return (a["text"], a["font"]) == (b["text"], b["font"]) and abs(a["size"] - b["size"]) <= 0.011 and _near(a, b)


def _shape(a: dict, b: dict) -> bool:
    same_fill = a["fill_color"] == b["fill_color"] and (
        a["fill_lum"] is None if b["fill_lum"] is None else abs((a["fill_lum"] or 0) - b["fill_lum"]) < 0.01
    )
    return (a["fill"], a["stroke"], a["kind"]) == (b["fill"], b["stroke"], b["kind"]) and same_fill and _near(a, b)


def _stroke(a: dict, b: dict) -> bool:
    return a["kind"] == b["kind"] and _near(a, b)


INK_TOLERANCE = 0.05  # share of pixels two engines' inks of one picture may differ by (JPEG decoders differ at edges)


def _picture(a: dict, b: dict) -> bool:
    """The same placed image: box within `TOLERANCE`, pixel size and digest equal, ink within
    `INK_TOLERANCE` (or unmeasured by both)."""
    same_ink = (
        a["ink"] is None if b["ink"] is None else a["ink"] is not None and abs(a["ink"] - b["ink"]) <= INK_TOLERANCE
    )
    return (a["px_width"], a["px_height"], a["digest"]) == (b["px_width"], b["px_height"], b["digest"]) and (
        same_ink and _near(a, b)
    )


def page_differences(path: Path) -> list[str]:
    """What the reader's page objects of the two engines disagree on, page by page."""
    reference, fast = _pages(path, "pdfplumber"), _pages(path, "pdfium")
    if isinstance(reference, str) or isinstance(fast, str):
        return [] if reference == fast else [f"pdfplumber: {reference!s:.80}; pdfium: {fast!s:.80}"]
    if len(reference) != len(fast):
        return [f"{len(reference)} pages against {len(fast)}"]
    found = []
    for a, b in zip(reference, fast, strict=True):
        if abs(a.width - b.width) > TOLERANCE or abs(a.height - b.height) > TOLERANCE:
            found.append(f"page {a.number}: size {a.width}x{a.height} against {b.width}x{b.height}")
        for kind, same in (("words", _word), ("shapes", _shape), ("strokes", _stroke), ("pictures", _picture)):
            ours, theirs = getattr(a, kind), getattr(b, kind)
            only_a, only_b = _unmatched(ours, theirs, same), _unmatched(theirs, ours, same)
            if only_a or only_b:
                found.append(f"page {a.number} {kind}: pdfplumber only {only_a[:3]}, pdfium only {only_b[:3]}")
        if a.widgets != b.widgets:
            found.append(f"page {a.number} widgets: {a.widgets} against {b.widgets}")
    return found


def assert_engines_agree(path: Path, case: str) -> None:
    reference = outcome(path, "pdfplumber")
    fast = outcome(path, "pdfium")
    assert reference == fast, f"{case}: outcomes differ: pdfplumber {reference!s:.400} / pdfium {fast!s:.400}"
    problems = page_differences(path)
    if case in KNOWN:
        kind, reason = KNOWN[case]
        assert problems, f"{case} is listed as a known difference ({reason}) but the engines agree"
        problems = [p for p in problems if f" {kind}: " not in p]
    assert not problems, f"{case}:\n" + "\n".join(problems)


# --- the files -------------------------------------------------------------------------------


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.pdf"))


DATA_PDFS = _files(DATA / "cases") + _files(DATA / "cases" / "realworld") + _files(DATA / "peers")
DATA_PDFS += _files(DATA / "designs")
RAW_PDFS = sorted(RAW.rglob("*.pdf"))


@pytest.mark.parametrize("path", DATA_PDFS, ids=lambda p: p.name)
def test_the_engines_agree_on_the_test_data(path):
    assert_engines_agree(path, path.name)


@pytest.mark.slow
@pytest.mark.parametrize("path", RAW_PDFS, ids=lambda p: p.name)
def test_the_engines_agree_on_raw(path):
    assert_engines_agree(path, path.name)


@pytest.mark.slow
@pytest.mark.parametrize("seed", CI_SEEDS)
def test_the_engines_agree_on_the_design_harness(seed, tmp_path):
    design = design_of(seed)
    path = tmp_path / f"design-{seed}.pdf"
    draw_document(path, design, fichas_of(design))
    assert_engines_agree(path, f"design seed {seed}")


BAD_PDFS = {name: build for build in BAD_FILES if (name := build.__name__).startswith(("pdf", "no_ficha_pdf"))}
BAD_PDFS |= {b.__name__: b for b in BAD_FILES if "pdf" in b.__name__ and b.__name__ not in BAD_PDFS}


@pytest.mark.parametrize("name", sorted(BAD_PDFS))
def test_the_engines_agree_on_bad_files(name, tmp_path):
    path = BAD_PDFS[name](tmp_path)
    assert_engines_agree(path, name)


def _generated() -> dict[str, Callable[[Path], None]]:
    boxes = [(glyph, font, f"Caso {n}") for n, (glyph, font, _) in enumerate(GLYPH_BOXES)]
    cases: dict[str, Callable[[Path], None]] = {
        "trait ficha": lambda p: trait_ficha(p, TraitFicha()),
        "glyph boxes in every symbol font": lambda p: glyph_checkbox_list(p, boxes),
        "symbol fonts' squares": lambda p: glyph_checkbox_list(
            p, [("■", SYMBOLS, "uno"), ("n", ZAPF, "dos"), ("\uf0a8", OPENSYMBOL, "tres"), ("o", WINGDINGS, "cuatro")]
        ),
        "ZapfDingbats boxes set in one run with their labels": lambda p: run_in_checkbox_list(
            p, [(glyph, ZAPF, label) for glyph, label, _ in ZAPF_RUN_LIST]
        ),
        "ZapfDingbats circles set in one run with their labels": lambda p: run_in_checkbox_list(
            p, [(glyph, ZAPF, label) for glyph, label, _ in ZAPF_RADIO_LIST]
        ),
        "drawn boxes in every style": lambda p: drawn_checkbox_list(p, [(style, style) for style in BOX_STYLES]),
        "acroform widgets": lambda p: acroform_checkboxes(p, [(True, "Sociolaboral"), (False, "NNA")]),
        "acroform widgets, tooltip labels": lambda p: acroform_checkboxes(p, [(True, "Uno")], labels_on_page=False),
        "running text": lambda p: pages_with_running_text(
            p, [["Primera página del cuerpo."], ["Segunda página."], ["Tercera."]], "Encabezado", "Pie 1"
        ),
        "publication": lambda p: publication(p, [HUERTOS, OFICINA_MOVIL]),
    }
    ticks = {m: tick_picture() for m in (3, 4, 5, 9)}
    cases["month table of tick pictures"] = lambda p: month_table_pdf(p, ticks)
    cases["month table of two picture designs, a photo, a logo"] = lambda p: month_table_pdf(
        p, {m: box_picture(ticked=m in ticks) for m in range(1, 13)}, photo=True
    )
    cases["month table of JPEG pictures"] = lambda p: month_table_pdf(
        p, {m: jpeg_bytes(box_picture(ticked=m in ticks)) for m in range(1, 13)}
    )
    cases["category pictures"] = lambda p: category_pictures_pdf(p, box_picture(ticked=True), box_picture())
    for marking in MARKINGS:
        cases[f"month table, {marking}"] = lambda p, m=marking: month_table_page(
            p, MonthTable(header="short", marking=m, active=[3, 4, 5, 9])
        )
    return cases


GENERATED = _generated()


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_the_engines_agree_on_generated_documents(name, tmp_path):
    path = tmp_path / "doc.pdf"
    GENERATED[name](path)
    assert_engines_agree(path, name)


@pytest.mark.slow
def test_the_engines_agree_on_ligatures_of_a_libreoffice_export(tmp_path):
    """LibreOffice sets "fi" as one ligature glyph whose ToUnicode gives two code points; PDFium
    reports them as two characters at one origin, pdfminer as one: one character for the glyph,
    so "específico" stays one word with either engine."""
    import docx

    from .designs.word import MISSING, export_pdfs, tool

    if tool() is None:
        if in_ci():
            pytest.fail(f"{MISSING}. Under CI a missing tool is a failure (.ci/run installs it).", pytrace=False)
        pytest.skip(MISSING)
    document = docx.Document()
    run = document.add_paragraph().add_run("En específico, la oficina financia y certifica el flujo de fichas.")
    run.font.name = "DejaVu Serif"
    document.save(tmp_path / "ligatures.docx")
    export_pdfs([tmp_path / "ligatures.docx"], tmp_path)
    pdf = tmp_path / "ligatures.pdf"
    assert_engines_agree(pdf, "ligatures")
    pages = _pages(pdf, "pdfium")
    assert not isinstance(pages, str), pages
    assert {"específico,", "financia", "certifica", "flujo", "fichas."} <= {w["text"] for w in pages[0].words}


def _words_printed_by_chromium(
    tmp_path: Path, chromium: str, html: str, turns: int = 0, imposed: bool = False
) -> dict[str, list[str]]:
    """The words of the first page of `html` printed by Chromium, as each engine reads them; with
    `turns`, the page drawn turned and shown upright by its /Rotate (`turned_pages`); `imposed`, the
    page twice side by side on one sheet, each a form XObject (`two_up`: the words of both)."""
    from .conftest import run_chromium

    page, pdf = tmp_path / "page.html", tmp_path / "page.pdf"
    page.write_text(html, encoding="utf-8")
    run_chromium(chromium, ["--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri()], tmp_path / "profile")
    if turns:
        turned_pages(pdf, tmp_path / "turned.pdf", turns)
        pdf = tmp_path / "turned.pdf"
        assert_engines_agree(pdf, f"Chromium's page drawn turned, /Rotate {90 * turns}")
    if imposed:
        two_up([pdf, pdf], tmp_path / "sheet.pdf")
        pdf = tmp_path / "sheet.pdf"
        assert_engines_agree(pdf, "Chromium's page twice on one sheet")
    read = {}
    for name in ("pdfplumber", "pdfium"):
        pages = _pages(pdf, name)
        assert not isinstance(pages, str), pages
        read[name] = [w["text"] for w in pages[0].words]
    return read


def test_small_capitals_printed_by_chromium_read_as_capitals_by_either_engine(tmp_path, chromium):
    """Chromium prints `font-variant: small-caps` as capitals at a smaller size, each in an /ActualText
    span naming the lowercase letter. pdfminer reads the glyphs (capitals, their own advances); PDFium
    gives the span's text and advance: read as printed, the words are whole and in capitals."""
    read = _words_printed_by_chromium(
        tmp_path,
        chromium,
        "<html><body style=\"font-family: 'Liberation Serif'; font-size: 13pt\">"
        '<p style="font-variant: small-caps">Departamento/Oficinas municipales que participan</p>'
        "<p>Oficina de la mujer y la equidad de género.</p></body></html>",
    )
    assert {"EPARTAMENTO", "FICINAS", "MUNICIPALES", "PARTICIPAN", "equidad", "género."} <= set(read["pdfium"])
    assert read["pdfium"] == read["pdfplumber"]


@pytest.mark.parametrize(("turns", "imposed"), [(0, False), (1, False), (2, False), (3, False), (0, True)])
def test_ligatures_printed_by_chromium_are_read_alike_by_either_engine(turns, imposed, tmp_path, chromium):
    """Chromium prints "fi" in DejaVu Sans as one ligature glyph in an /ActualText span "fi": pdfminer
    reads the glyph (U+FB01 by the font's /ToUnicode, its own advance), PDFium the span's two letters
    at one origin, the first measured as a lowercase "f" whose ink (the glyph's) reaches a capital's
    height. Read as printed, the words are whole and in lower case (a new user's page read
    "especíFi co" with the default engine, and an `ok` record held it); so too on a page drawn
    turned and shown upright by its /Rotate (a merged compilation's page: the pdfium source measured
    the ligature's box across the turned baseline and made "Oficina" 2e9 pt wide), and on a sheet
    holding the page twice, each a form XObject (PDFium gives an /ActualText span's characters in
    the form's space: a half sheet away from their words, "O cina" and a stray "fi")."""
    read = _words_printed_by_chromium(
        tmp_path,
        chromium,
        "<html><body style=\"font-family: 'DejaVu Sans'; font-size: 11pt\">"
        "<p>En específico, la oficina financia y certifica el flujo de fichas.</p></body></html>",
        turns,
        imposed,
    )
    assert read["pdfium"] == read["pdfplumber"]
    assert len(read["pdfium"]) == (22 if imposed else 11), read["pdfium"]
    assert not any(ch.isupper() for word in read["pdfium"] if word != "En" for ch in word), read["pdfium"]


def test_the_engines_agree_on_two_pages_imposed_on_one_sheet_whose_fonts_share_a_name(tmp_path):
    """Two fichas set apart in one embedded font, imposed on one sheet, each a form XObject: each
    embeds its own subset of the font under one name ("AAAAAA+TextTest-Regular"). The pdfium source
    tells them apart by their embedded programs (`FontDictionaries.by_program`), not by name: each
    character has its own font's name, descent and widths, as pdfminer gives them (PDFium's own
    were taken for both: a new user's 2-up sheet)."""
    first, second, sheet = tmp_path / "first.pdf", tmp_path / "second.pdf", tmp_path / "sheet.pdf"
    trait_ficha(first, TraitFicha(body_font=TEXT))
    trait_ficha(second, TraitFicha(body_font=TEXT, description=("Zapatos y kiwi: 0123456789.", "ÁÉÍÓÚ ñ ü")))
    two_up([first, second], sheet)
    assert_engines_agree(sheet, "two pages on one sheet, their fonts of one name")
