"""A Líneas Sello table with a header row reads its lines (issue 20.4, tables everywhere; a new
user's trial of 2026-12-07, Chromium cards and a Word table in LibreOffice's PDF: every line's
justification unread, the section flagged empty).

Two rules, each shown by a variant:
- the column title "Línea de acción" is near the heading name "Líneas de acción" but is a heading
  only when it is a heading's name exactly (`fichas._heading_match` with `vocab.sello_table_headers`):
  taken for a heading, it put the justifications' column before the names';
- a header row printed outside every cell's region (a shaded row) is no text before the table:
  the first boxed cell is still the first thing under the heading (`fichas._loose_regions`,
  `_column_title`), so the cells are the section's, not loose boxes amid its text.
"""

from __future__ import annotations

import pytest

from .pdf_canvas import BODY, BOLD, Sheet, typeset
from .records import records

LINES = [
    (
        "Políticas locales y trabajo colaborativo",
        "politicas_locales",
        "ya que se establecen acciones colaborativas con áreas y unidades municipales.",
    ),
    (
        "Acceso a la información y orientación integral",
        "acceso_informacion",
        "ya que se orienta a las personas sobre cómo regularizar su situación migratoria.",
    ),
    (
        "Fortalecimiento institucional",
        "fortalecimiento_institucional",
        "ya que la municipalidad fortaleció las capacidades del equipo de atención.",
    ),
]
NAME_X, TEXT_X, RIGHT = 50.0, 190.0, 545.0


def document(path, header: str, cells: str) -> None:
    sheet = Sheet(path)
    sheet.ficha_head([("Grupo prioritario", "Personas migrantes."), ("Breve descripción", "Operativos mensuales.")])
    top = sheet.text(45, 250, "Líneas Sello", 12, BOLD) + 10
    sheet.text(NAME_X + 3, top, header, 8.5, BOLD)
    sheet.text(TEXT_X + 3, top, "Justificación", 8.5, BOLD)
    top += 14
    for name, _, reason in LINES:
        names = typeset(name, TEXT_X - NAME_X - 12, 9, BOLD)
        reasons = typeset(reason, RIGHT - TEXT_X - 6, 9, BODY)
        height = 1.3 * 9 * max(len(names), len(reasons)) + 8
        if cells == "boxed":
            sheet.rect(NAME_X, top, TEXT_X - NAME_X, height)
            sheet.rect(TEXT_X, top, RIGHT - TEXT_X, height)
        else:
            sheet.line(NAME_X, top, RIGHT, top, 0.5)
        sheet.lines(NAME_X + 3, top + 4, names, 9, BOLD)
        sheet.lines(TEXT_X + 3, top + 4, reasons, 9, BODY)
        top += height
    sheet.save()


@pytest.mark.parametrize("cells", ["ruled", "boxed"])
@pytest.mark.parametrize("header", ["Línea de acción", "Línea"])
def test_a_sello_table_under_its_header_row_reads_every_line(tmp_path, header, cells):
    document(tmp_path / "ficha.pdf", header, cells)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["lineas_sello"] == [{"linea": line, "justificacion": reason} for _, line, reason in LINES]
    assert "lineas_sello" not in {a["campo"] for a in got["revision"]["avisos"]}, got["revision"]


def lead_in_document(path) -> None:
    """The template's lead-in "... de Sello:" printed under the heading, then the lines in a table of
    boxed cells with no header row (Word harness seeds 33905, 33930: LibreOffice's print of a Word
    table after the lead-in paragraph)."""
    sheet = Sheet(path)
    sheet.ficha_head([("Grupo prioritario", "Personas migrantes."), ("Breve descripción", "Operativos mensuales.")])
    top = sheet.text(45, 250, "Líneas Sello", 12, BOLD) + 10
    top = sheet.text(45, top, "Se destaca el trabajo en las líneas de acción de Sello:", 10, BODY) + 8
    for name, _, reason in LINES:
        names = typeset(name, TEXT_X - NAME_X - 12, 9, BODY)
        reasons = typeset(reason, RIGHT - TEXT_X - 6, 9, BODY)
        height = 1.3 * 9 * max(len(names), len(reasons)) + 8
        sheet.rect(NAME_X, top, TEXT_X - NAME_X, height)
        sheet.rect(TEXT_X, top, RIGHT - TEXT_X, height)
        sheet.lines(NAME_X + 3, top + 4, names, 9, BODY)
        sheet.lines(TEXT_X + 3, top + 4, reasons, 9, BODY)
        top += height
    sheet.save()


def test_a_sello_table_after_the_lead_in_reads_every_line(tmp_path):
    """The lead-in announces the table (it ends with a colon): the boxed cells right after it are the
    section's own (`fichas._announces`), not loose boxes amid its text quoted as texto_sin_ubicar."""
    lead_in_document(tmp_path / "ficha.pdf")
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["lineas_sello"] == [{"linea": line, "justificacion": reason} for _, line, reason in LINES]
    assert "lineas_sello" not in {a["campo"] for a in got["revision"]["avisos"]}, got["revision"]
