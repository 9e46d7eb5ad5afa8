"""A calendar of the document's practices printed after its last ficha (an annex: one row per ficha,
titled by its name, × 12 month columns) is no month table of the last ficha: its rows' marks are
not the ficha's months (trial 28, ed06-annex: meses = the union of the rows, flagged only because
the text named other months). `dates.practice_row_titles`, `record._set_apart_practice_calendars`."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from extractor.pipeline import extract_document

from .pdf_builders import MONTHS_SHORT, ficha_pages
from .pdf_canvas import BODY, BOLD, SYMBOLS, Sheet
from .test_pdf_layout import HUERTOS, OFICINA_MOVIL

ROWS = [  # (row title, months marked)
    ("Huertos comunitarios interculturales (Recoleta)", [4, 5, 6, 7, 8, 9, 10, 11]),
    ("Oficina móvil de orientación migrante (Arica)", [3, 4, 5, 6]),
    ("Escuela de oficios para mujeres (El Bosque)", [1, 2, 12]),
]


def _annex(sheet: Sheet, rows: list[tuple[str, list[int]]]) -> None:
    """An annex page: a heading, a line, then a table with a row per practice (its name left of the
    month cells, ✓ in the months it marks)."""
    sheet.text(45, 60, "Anexo: calendario de ejecución", 16, BOLD)
    sheet.text(45, 90, "Meses en que cada práctica tuvo actividad durante 2023.", 10)
    x, top, col, row_h = 250.0, 115.0, 24.0, 22.0
    bottom, right = top + row_h * (len(rows) + 1), x + 12 * col
    for r, (title, _) in enumerate([("Práctica", []), *rows]):  # a ruled grid, as a browser draws its borders
        sheet.line(45, top + r * row_h, right, top + r * row_h, width=0.75)
        sheet.text(50, top + r * row_h + 7, title, 8, BOLD if r == 0 else BODY)
    sheet.line(45, bottom, right, bottom, width=0.75)
    for edge in [45.0, *(x + n * col for n in range(13))]:
        sheet.line(edge, top, edge, bottom, width=0.75)
    for month, name in enumerate(MONTHS_SHORT, start=1):
        sheet.text(x + (month - 1) * col + 4, top + 7, name, 8, BOLD)
    for r, (_, months) in enumerate(rows, start=1):
        for month in months:
            sheet.text(x + (month - 1) * col + 8, top + r * row_h + 6, "✓", 10, SYMBOLS)


def _with_annex(path: Path, rows: list[tuple[str, list[int]]]) -> None:
    sheet = Sheet(path)
    for n, ficha in enumerate([HUERTOS, replace(OFICINA_MOVIL, dates_text="Una jornada por temporada.")]):
        if n:
            sheet.next_page()
        ficha_pages(sheet, ficha)
    sheet.next_page()
    _annex(sheet, rows)
    sheet.save()


def test_a_calendar_of_the_practices_is_not_the_last_fichas_month_table(tmp_path):
    _with_annex(tmp_path / "anexo.pdf", ROWS)
    huertos, oficina = extract_document(tmp_path / "anexo.pdf").fichas
    assert huertos.fechas_implementacion.meses == [4, 5, 6, 7, 8, 9, 10, 11]
    assert oficina.fechas_implementacion.meses == [3, 4, 5, 6]  # its own table, no row of the annex
    said = {(a.campo, a.codigo) for a in oficina.revision.avisos}
    assert ("fechas_implementacion.meses", "texto_sin_ubicar") in said  # the annex is said, not dropped
    assert oficina.revision.estado == "revisar"
