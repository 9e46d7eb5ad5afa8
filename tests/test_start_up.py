"""What a batch's start-up and the pdfium source leave out without changing what they read (issue 23):
a dependency's import the reading never uses is deferred, and the page walk passes over the text
objects the characters came from."""

from __future__ import annotations

import subprocess
import sys
import types

from extractor.readers.pdf.sources import Deferred, defer_import, pdfium_source

from .conftest import RAW

PUBLICATION = RAW / "publicaciones" / "fichas-buenas-practicas-municipales-2023.pdf"

_READ_WITH_PDFIUM = f"""
import sys
import extractor.batch.runner  # the command line's path: it imports the page sources first
from pathlib import Path
from extractor.pipeline import extract_document, preload
preload({{"pdf"}})
result = extract_document(Path({str(PUBLICATION)!r}))
assert result.fichas, "the publication gives records"
print("loaded" if "charset_normalizer.api" in sys.modules else "deferred")
import pdfminer.utils
print(type(pdfminer.utils.make_compat_str(b"caf\\xe9 au lait")).__name__)
print("loaded" if "charset_normalizer.api" in sys.modules else "deferred")
"""


def test_a_pdf_is_read_without_loading_charset_normalizer_which_loads_when_used():
    """pdfminer imports charset_normalizer at start; no reading step uses it, so a batch's start-up and its
    workers never load it; pdfminer's one user of it (`make_compat_str`) still gets the real module."""
    run = subprocess.run([sys.executable, "-c", _READ_WITH_PDFIUM], capture_output=True, text=True, check=True)
    assert run.stdout.split("\n")[:3] == ["deferred", "str", "loaded"], run.stdout + run.stderr


def test_a_deferred_module_is_the_real_one_from_its_first_attribute(monkeypatch):
    monkeypatch.delitem(sys.modules, "colorsys", raising=False)
    defer_import("colorsys", "nothing.imports.it")
    stand_in = sys.modules["colorsys"]
    assert isinstance(stand_in, Deferred)
    import colorsys

    assert colorsys is stand_in
    assert colorsys.rgb_to_hsv(1.0, 0.0, 0.0) == (0.0, 1.0, 1.0)
    real = sys.modules["colorsys"]
    assert isinstance(real, types.ModuleType) and not isinstance(real, Deferred)
    assert stand_in.hsv_to_rgb is real.hsv_to_rgb, "the stand-in others kept answers as the real module"


def test_a_module_already_imported_or_whose_importer_ran_is_left_alone(monkeypatch):
    import json

    defer_import("json", "nothing.imports.it")
    assert sys.modules["json"] is json
    monkeypatch.delitem(sys.modules, "colorsys", raising=False)
    defer_import("colorsys", "json")  # its importer ran already: it would not import it again
    assert "colorsys" not in sys.modules


def test_the_page_walk_passes_over_the_text_objects_the_characters_came_from(monkeypatch):
    """Every character's text object is collected by `page_chars`; `page_graphics` asks PDFium the type of
    the other objects only, and finds the same lines, rects and curves as a walk that asks every object."""
    asked: list[int] = []
    original = pdfium_source._object_type

    def counted(obj: int) -> int:
        asked.append(obj)
        return int(original(obj))

    monkeypatch.setattr(pdfium_source, "_object_type", counted)
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(PUBLICATION))
    try:
        page = doc[2]
        view, _, height = pdfium_source.page_view(page.get_mediabox(), 0)
        fonts = pdfium_source._Fonts(pdfium_source.FontDictionaries(str(PUBLICATION), None))
        text_objects: set[int] = set()
        chars = pdfium_source.page_chars(page, fonts, view, height, text_objects)
        assert chars and text_objects
        skipping = pdfium_source.SourcePage(3, 0.0, height)
        pdfium_source.page_graphics(page, skipping, view, height, text_objects)
        asked_skipping = list(asked)
        asked.clear()
        every = pdfium_source.SourcePage(3, 0.0, height)
        pdfium_source.page_graphics(page, every, view, height)
        page.close()
    finally:
        doc.close()
    assert not text_objects & set(asked_skipping), "no text object is asked its type"
    assert text_objects <= set(asked), "a walk without them asks each one"
    assert (skipping.lines, skipping.rects, skipping.curves) == (every.lines, every.rects, every.curves)
    assert every.rects or every.lines or every.curves
