"""Ligatures: a glyph printing two letters ("fi" in DejaVu Sans, set by LibreOffice) reads as its
letters in one word with either PDF engine (PDFium gives each letter the glyph's origin)."""

from __future__ import annotations

import shutil
import subprocess

import docx
import pytest
from docx.shared import Pt

from extractor.readers.pdf.page import page_words
from extractor.readers.pdf.sources import pdfium_source, pdfplumber_source

pytestmark = pytest.mark.slow

TEXT = "Capacitación en Oficios fijos"


@pytest.fixture(scope="module")
def ligature_pdf(tmp_path_factory):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("soffice is not on PATH")
    folder = tmp_path_factory.mktemp("ligatures")
    document = docx.Document()
    run = document.add_paragraph().add_run(TEXT)
    run.font.name, run.font.size = "DejaVu Sans", Pt(26)
    document.save(folder / "ligature.docx")
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{folder}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(folder / "ligature.docx"),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return str(folder / "ligature.pdf")


@pytest.mark.parametrize("source", [pdfium_source.SOURCE, pdfplumber_source.SOURCE], ids=["pdfium", "pdfplumber"])
def test_ligature_letters_stay_in_their_word(ligature_pdf, source):
    (page,) = source.pages(ligature_pdf, None, None)
    words = [w["text"] for w in page_words(page.chars)]
    assert " ".join(words).replace("ﬁ", "fi") == TEXT
