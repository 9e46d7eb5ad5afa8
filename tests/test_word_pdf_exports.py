"""Word documents exported to PDF by LibreOffice (as the Word design harness does), read as PDFs:
the layouts LibreOffice gives a Word table that reportlab builders do not draw alike."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from extractor.pipeline import extract_document

from .docx_builders import DocBuilder, write_ficha
from .test_docx_checkboxes import box_label_rows

pytestmark = pytest.mark.slow


def soffice_pdf(docx_path: Path) -> Path:
    """The PDF LibreOffice exports of `docx_path`, next to it; skips the test without soffice."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("soffice is not on PATH")
    folder = docx_path.parent
    command = [soffice, f"-env:UserInstallation=file://{folder}/profile", "--headless", "--convert-to", "pdf"]
    subprocess.run([*command, "--outdir", str(folder), str(docx_path)], check=True, capture_output=True, timeout=120)
    return docx_path.with_suffix(".pdf")


@pytest.mark.parametrize("label_first", [False, True], ids=["box-label", "label-box"])
def test_a_ruled_category_table_keeps_each_label_on_its_row(tmp_path, label_first):
    """A ruled box | label table: its label column reads as one paragraph of evenly spaced lines;
    each line is the label of the box on its row, and the "Otra" text is kept."""

    def table(b: DocBuilder) -> None:
        grid = b.box_label_table(box_label_rows({"emprendimiento", "otra"}), label_first=label_first)
        grid.style = b.doc.styles["Table Grid"]

    pdf = soffice_pdf(write_ficha(tmp_path, parts={"categorias": table}))
    (ficha,) = extract_document(pdf).fichas
    assert ficha.categorias == ["emprendimiento", "otra"]
    assert ficha.categoria_otra == "Regularización"
    assert not [a for a in ficha.revision.avisos if a.campo == "categorias"]
