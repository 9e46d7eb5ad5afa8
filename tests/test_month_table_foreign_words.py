"""Words of another region printed over a month table (issue 20; Word seed 29127: LibreOffice prints a
floating text box, the category list, over the twelve-column month table, and its last line
«☒ Otra: Regularización» stands inside the table's body row): the reader reads such a line as the
table's legend or into its cells, and a month display's words are no text of any field. They are
never dropped in silence: an aviso `texto_sin_ubicar` on the months quotes them. A true legend
("■ mes con actividad") is the display's and says nothing."""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics

from .docx_builders import MONTHS
from .pdf_canvas import BODY, BOLD, SYMBOLS, Sheet
from .records import records_by_engine

TEXT = "Inicia el año 2022. Se realizan dos programas al año."
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]


def pdf_table_with_a_line_over_it(path, line: str) -> None:
    """A ruled month table (the twelve initials over an empty body row, 36 pt columns), `line` printed
    inside its body row from the eighth column on (a mark in the symbols font, then words), then the
    dates text under the table."""
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 8
    left, width, head, body = 45.0, 36.0, 14.0, 22.0
    for n, name in enumerate(MONTHS):
        x = left + n * width
        sheet.rect(x, top, width, head, stroke=True, fill=None)
        sheet.rect(x, top + head, width, body, stroke=True, fill=None)
        sheet.text(x + 4, top + 3, name[0], 9, BODY)
    x, size = left + 7 * width + 6, 10.0
    for token in line.split():
        font = SYMBOLS if token in "■□☒☐✓" else BODY
        sheet.text(x, top + head + 6, token, size, font)
        x += pdfmetrics.stringWidth(token, font, size) + 0.3 * size
    top = sheet.text(45, top + head + body + 8, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


@pytest.mark.parametrize(("line", "said"), [("☒ Otra: Regularización", True), ("■ mes con actividad", False)])
def test_words_over_a_month_table_are_said(tmp_path, line, said):
    pdf_table_with_a_line_over_it(tmp_path / "ficha.pdf", line)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"]["texto"] == TEXT
        stray = [
            a
            for a in got["revision"]["avisos"]
            if a["campo"] == "fechas_implementacion.meses" and a["codigo"] == "texto_sin_ubicar"
        ]
        assert bool(stray) == said
        if said:
            assert "Regularización" in stray[0]["mensaje"]
            assert got["revision"]["estado"] == "revisar"
