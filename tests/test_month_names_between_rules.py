"""A month table sized to its names (Chromium's auto-width table in a narrow column: the trial's
cr-hyphen-01): each cell as wide as its name, so a name's letters come within a rule's width of its
neighbour's. The thin rule between them is a cell border: it ends the word, and the names are read
one by one ("EneroFebreroMarzo…" was one word, glued into the dates' text)."""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics

from extractor.pipeline import extract_document
from extractor.readers.options import ReadOptions

from .docx_builders import MONTHS
from .pdf_canvas import BODY, Sheet

ACTIVE = [2, 3, 4, 9]
RULE = 0.75  # points: the rules' width
SIZE = 7.0


def pdf_tight_months(path, lines: bool) -> None:
    """A ficha whose month table's cells hug their names; the rules thin filled rects (Chromium's
    borders) or stroked lines."""
    sheet = Sheet(path)
    top = sheet.ficha_head([("Grupo prioritario", "Mujeres migrantes."), ("Categoría", "Sociolaboral")])
    top = sheet.text(45, top, "Fechas de implementación", 12, "Helvetica-Bold") + 10
    edges = [45.0]
    for name in MONTHS:
        edges.append(edges[-1] + RULE + pdfmetrics.stringWidth(name, BODY, SIZE))
    bottom = top + 2 * 13.0
    for x in edges:
        if lines:
            sheet.line(x + RULE / 2, top, x + RULE / 2, bottom, width=RULE)
        else:
            sheet.rect(x, top, RULE, bottom - top, stroke=False, fill=0)
    for y in (top, top + 13.0, bottom):
        sheet.rect(edges[0], y - RULE / 2, edges[-1] + RULE - edges[0], RULE, stroke=False, fill=0)
    for n, name in enumerate(MONTHS):
        left = edges[n] + RULE
        sheet.text(left, top + 3, name, SIZE, BODY)
        if n + 1 in ACTIVE:
            sheet.text(left + (edges[n + 1] - left) / 2 - 2, top + 16, "X", SIZE, BODY)
    top = sheet.text(45, bottom + 6, "Febrero a abril, y septiembre.", 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, "Helvetica-Bold") + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


@pytest.mark.parametrize("lines", [False, True], ids=["rects", "lines"])
@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_month_names_in_cells_that_hug_them_are_read_apart(tmp_path, engine, lines):
    pdf_tight_months(tmp_path / "ficha.pdf", lines)
    (ficha,) = extract_document(tmp_path / "ficha.pdf", options=ReadOptions(engine)).fichas
    got = ficha.model_dump(mode="json")
    assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": "Febrero a abril, y septiembre."}, engine
    assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")], engine
