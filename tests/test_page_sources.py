"""The page-source seam of the PDF reader (`readers/pdf/sources/`): every source is registered under its own
name, an unknown name is refused, and the page steps read only what the chosen source gives."""

from __future__ import annotations

import dataclasses
import sys
import types

import pytest

from extractor.layout import Checkbox
from extractor.readers import ReadOptions
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

        def for_document(self, path, password):
            return BoundNoRects()

    class BoundNoRects(NoRects):  # what the document's facts hold: the parts of a long PDF read with it
        pass

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

    # read in parts (the batch's survey, then a part): the source the document's facts hold reads the pages
    surveyed = reader.PdfPages(options=ReadOptions("norects")).surveyed(str(path), None)
    assert surveyed.facts is not None and isinstance(surveyed.facts.source, BoundNoRects)
    (part,) = surveyed.read_part(str(path), None, range(1, 2)).pages
    assert not part.shapes and [w["text"] for w in part.words] == [w["text"] for w in full.words]
    assert isinstance(reader.document_facts(str(path), None, "pdfplumber").source, type(reference))


def test_two_reads_in_one_process_each_read_with_their_own_options(tmp_path, monkeypatch):
    """The options travel with each read (`ReadOptions`), never as state of a module: two paged
    readers made for different engines and OCR options, their steps interleaved as the batch runs
    them, each read with its own; each pickles (a batch task carries it)."""
    import pickle

    from extractor.problems import DocumentError
    from extractor.readers import FORMATS, read
    from extractor.readers.ocr import OcrOptions

    from .bad_files import drawing_pdf

    used: list[str] = []
    monkeypatch.setattr(reader, "page_source", lambda name: used.append(name) or page_source(name))
    scan = str(drawing_pdf(tmp_path / "scan.pdf"))  # no text layer: the OCR options decide the message
    pdf = FORMATS["pdf"].reader()
    assert pdf.paged is not None
    off = pdf.paged(ReadOptions("pdfplumber", OcrOptions("never")))
    unknown_language = pdf.paged(ReadOptions("pdfium", OcrOptions("auto", lang="zz")))
    assert pickle.loads(pickle.dumps(off)) == off
    parts = [off.read_part(scan, None, None), unknown_language.read_part(scan, None, None)]
    assert used == ["pdfplumber", "pdfium"]
    with pytest.raises(DocumentError, match=r"OCR is off \(--ocr never\)"):
        off.merge([parts[0]], scan)
    with pytest.raises(DocumentError, match="no language data for zz"):
        unknown_language.merge([parts[1]], scan)

    used.clear()
    boxes = tmp_path / "boxes.pdf"
    drawn_checkbox_list(boxes, [("letter_x", "Sociolaboral")])
    read(boxes, options=ReadOptions(pdf_engine="pdfplumber"))
    read(boxes)
    read(boxes, options=ReadOptions(pdf_engine="pdfplumber"))
    assert used == ["pdfplumber", "pdfium", "pdfplumber"]


def test_the_engines_the_command_line_offers_are_the_registered_sources():
    from extractor.cli import parser

    for command in (["inspect", "x.pdf"], ["run"]):
        with pytest.raises(SystemExit):
            parser(command).parse_args([*command, "--pdf-engine", "nope"])
        for name in SOURCES:
            assert parser(command).parse_args([*command, "--pdf-engine", name]).pdf_engine == name
