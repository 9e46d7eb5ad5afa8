"""The page-source seam of the PDF reader (`readers/pdf/sources/`): every source is registered under its own
name, an unknown name is refused, and the page steps read only what the chosen source gives."""

from __future__ import annotations

import dataclasses
import sys
import types

import pytest

from extractor.layout import Checkbox
from extractor.readers.pdf import reader
from extractor.readers.pdf.sources import SOURCES, page_source

from .pdf_builders import drawn_checkbox_list


def test_every_registered_source_carries_its_own_name():
    for name in SOURCES:
        assert page_source(name).name == name


def test_an_unknown_engine_is_refused_naming_the_known_ones():
    with pytest.raises(ValueError, match=r"unknown PDF engine 'nope'.*pdfplumber"):
        page_source("nope")


def test_the_page_steps_read_what_the_chosen_source_gives(tmp_path, monkeypatch):
    """A source that drops every rect: the drawn boxes are gone, the text is the same."""
    path = tmp_path / "boxes.pdf"
    drawn_checkbox_list(path, [("letter_x", "Sociolaboral"), ("empty", "Emprendimiento")])
    reference = page_source("pdfplumber")

    class NoRects:
        name = "norects"

        def page_count(self, path, password):
            return reference.page_count(path, password)

        def pages(self, path, password, numbers):
            for page in reference.pages(path, password, numbers):
                yield dataclasses.replace(page, rects=[], curves=[], lines=[])

    module = types.ModuleType("extractor.readers.pdf.sources.norects_source")
    module.SOURCE = NoRects()
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setitem(SOURCES, "norects", "norects_source")

    (full,) = reader.read_pages(str(path))
    (bare,) = reader.read_pages(str(path), engine="norects")
    assert full.shapes and not bare.shapes
    assert [w["text"] for w in full.words] == [w["text"] for w in bare.words]
    boxes = [i for i in reader.page_items(full, set()) if isinstance(i, Checkbox)]
    assert [b.checked for b in boxes] == [True, False]
    assert not [i for i in reader.page_items(bare, set()) if isinstance(i, Checkbox)]
