"""A ruled PDF month grid whose every body cell prints the same glyph, the active months' in a bold
font and the others' in the regular one (issue 20, "month displays of any shape"; the weight twin of
`test_month_glyph_colours`, as LibreOffice exports a Word month table of bold and regular ●): the
bold glyphs mark their months (`layout.settle_glyph_inks`). Read before: a glyph in every cell,
twelve months. A reportlab platypus table, both engines."""

from __future__ import annotations

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .docx_builders import HEADINGS, MONTHS_SHORT, TEXTS, TITLE
from .records import records_by_engine

ACTIVE = [3, 4, 5, 8, 9, 10]
TEXT = "Cada sábado."


def ficha(path, glyph: str, bold: list[int]) -> None:
    """A ficha whose dates section is a ruled grid of the 3-letter names over `glyph` in every cell,
    bold in the months `bold`, then a line of text."""
    label = ParagraphStyle("label", fontName="Helvetica-Bold", fontSize=11, leading=14)
    value = ParagraphStyle("value", fontName="Helvetica", fontSize=10, leading=12.5)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("FONT", (0, 0), (-1, -1), "Helvetica", 8)]
    fonts = {m: "Helvetica-Bold" if m in bold else "Helvetica" for m in range(1, 13)}
    style += [("FONT", (m - 1, 1), (m - 1, 1), font, 10) for m, font in fonts.items()]
    grid = Table([MONTHS_SHORT, [glyph] * 12], colWidths=[30] * 12, style=TableStyle(style))
    story = [Paragraph(f"<b>{TITLE}</b>", label), Paragraph("Municipalidad de Recoleta", value)]
    for key, heading in HEADINGS.items():
        if key == "categorias":
            continue
        story.append(Paragraph(heading, label))
        story += [grid, Spacer(1, 4), Paragraph(TEXT, value)] if key == "fechas_implementacion" else []
        story += [] if key == "fechas_implementacion" else [Paragraph(TEXTS[key], value)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


@pytest.mark.parametrize("glyph", ["X", "x"])
def test_the_bold_glyphs_mark_their_months(tmp_path, glyph):
    ficha(tmp_path / "ficha.pdf", glyph, ACTIVE)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}


def test_glyphs_of_one_weight_mark_every_month(tmp_path):
    """A guard: one weight, one colour: every month (read so before the rule too)."""
    ficha(tmp_path / "ficha.pdf", "X", [])
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"]["meses"] == list(range(1, 13))
