"""Word's numbered headings and lists exported to PDF by LibreOffice (issue 20, trial 24: e19, e33).

LibreOffice sets a list item's number a tab stop left of its text ("3." at the margin, "Categoría"
at the tab), the numbers one above the other like a column of their own, in the regular face beside a
bold heading like a label cell beside its value. The number is read on its item's line, not as a line
of its own that joins the text above it ("… refugiadas. 3.", offices "DIDECO 2"); each numbered item
is a paragraph of its own however close the lines ("10.Programa", the number filling its tab stop).
"""

from __future__ import annotations

import pytest

from extractor.pipeline import extract_document

from .docx_builders import TEXTS, DocBuilder, write_ficha
from .test_word_pdf_exports import soffice_pdf

pytestmark = pytest.mark.slow

OFFICES = ["DIDECO", "OMIL", "Oficina de la Mujer", "SECPLAC", "Oficina de Migrantes"]


def numbered_heading(b: DocBuilder, text: str) -> None:
    b.doc.add_paragraph(style="List Number").add_run(text).bold = True


def numbered_offices(b: DocBuilder) -> None:
    for name in OFFICES:
        b.doc.add_paragraph(name, style="List Number 2")


def test_numbered_headings_and_list_items_keep_their_numbers_off_the_line_above(tmp_path):
    pdf = soffice_pdf(write_ficha(tmp_path, heading=numbered_heading, parts={"oficinas": numbered_offices}))
    (ficha,) = extract_document(pdf).fichas
    assert ficha.grupo_prioritario == TEXTS["grupo_prioritario"]
    assert ficha.forma_financiamiento is not None and ficha.forma_financiamiento.texto == TEXTS["forma_financiamiento"]
    assert ficha.sostenibilidad == TEXTS["sostenibilidad"]
    assert [o.texto for o in ficha.oficinas] == OFFICES
    assert not [a for a in ficha.revision.avisos if a.codigo in ("oficina_desconocida", "texto_sin_ubicar")]
