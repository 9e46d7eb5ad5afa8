"""A short caption naming a month display ("Meses", "Calendario", "Meses de ejecución"), printed right
above it or beside it, is the display's label: no section's text (issue 20; a new user's trial of
2026-12-07, h01: a side panel holding the category chips and, under a small "Meses", the month
grid; the grid went to the dates, its caption stayed an aviso texto_sin_ubicar on categorias, and a
record right in every field was `revisar`). Under the dates' own heading the same caption led the
dates' text ("Calendario De marzo a junio…"). `dates.display_captions` gives it to the display;
a line that names no display, or stands apart from it, stays text.
"""

from __future__ import annotations

import pytest

from extractor.pipeline import extract_document

from .docx_builders import MONTHS as MONTH_NAMES
from .docx_builders import DocBuilder, paragraphs, text_run, write_ficha
from .pdf_builders import MonthTable, month_table
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

ACTIVE = [3, 4, 5, 6]
DATES = "De marzo a junio de cada año."
CATEGORIES = ["Sociolaboral", "Acogida/atención", "Emprendimiento", "Capacitaciones"]


def ficha(path, caption: str, where: str, size: float, gap: float = 4.0) -> None:
    """A ficha whose month table, captioned `caption` (`size` pt, `gap` points of white), stands
    under the category list ("categorias": no dates heading over it) or under the dates' heading
    ("fechas"); `where` "beside" sets the caption left of the table, level with it."""
    sheet = Sheet(path)
    sheet.text(45, 50, "Capacitación en Oficios", 20, BOLD)
    sheet.text(45, 80, "Municipalidad de Quinta Normal", 10, BODY)
    top = sheet.sections(110.0, [("Grupo prioritario", "Mujeres migrantes.")])
    if where == "fechas":
        top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 6
    else:
        top = sheet.text(45, top, "Categoría", 12, BOLD) + 6
        top = sheet.ballot_list(45, top, CATEGORIES, [0, 3], 14) + 6
    x = 45.0
    if where == "beside":
        sheet.text(45, top + 14, caption, size, BOLD)
        x = 45 + 4 + len(caption) * size * 0.6
    else:
        top = sheet.text(45, top, caption, size, BOLD) + gap
    table = MonthTable(header="short", marking="glyph", active=ACTIVE, x=x, top=top, col=36.0)
    top = month_table(sheet, table) + 10
    if where != "fechas":
        top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 6
    top = sheet.text(45, top, DATES, 10, BODY) + 16
    sheet.sections(
        top,
        [
            ("Forma de financiamiento", "Recursos propios municipales."),
            ("Breve descripción", "La municipalidad capacita a mujeres migrantes en oficios."),
        ],
    )
    sheet.save()


def unplaced(record: dict) -> list[str]:
    return [a["mensaje"] for a in record["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"]


@pytest.mark.parametrize(
    "caption, where, size",
    [
        ("Meses", "categorias", 8.0),
        ("Calendario", "categorias", 9.0),
        ("Meses de ejecución", "fechas", 8.0),
        ("CALENDARIO:", "fechas", 10.0),
        ("Meses", "beside", 9.0),
    ],
)
def test_a_caption_over_a_month_display_is_the_displays(tmp_path, caption, where, size):
    ficha(tmp_path / "ficha.pdf", caption, where, size)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": DATES}
    assert unplaced(got) == [], got["revision"]


def test_a_line_far_over_the_display_stays_text(tmp_path):
    """A caption word standing apart from the display (many lines of white over it) is no caption."""
    ficha(tmp_path / "ficha.pdf", "Meses", "categorias", 8.0, gap=60.0)
    (got,) = records(tmp_path / "ficha.pdf")
    assert "Meses" in str(got["revision"]) + str(got["fechas_implementacion"])


def test_a_word_caption_paragraph_before_the_month_table(tmp_path):
    def dates(b: DocBuilder) -> None:
        paragraphs("Meses de ejecución")(b)
        b.month_table({m: text_run("X") for m in ACTIVE})
        b.paragraph(DATES)

    (got,) = extract_document(write_ficha(tmp_path, parts={"fechas_implementacion": dates})).fichas
    record = got.model_dump()
    assert record["fechas_implementacion"] == {"meses": ACTIVE, "texto": DATES}


def _word_dates(tmp_path, table) -> dict:
    def dates(b: DocBuilder) -> None:
        table(b)
        b.paragraph(DATES)

    (got,) = extract_document(write_ficha(tmp_path, parts={"fechas_implementacion": dates})).fichas
    return got.model_dump()


@pytest.mark.parametrize("labels", [("Mes", "Ejecución"), ("Meses", "Calendario")])
def test_the_label_cells_of_a_word_table_of_a_row_per_month(tmp_path, labels):
    """A table of a row per month under a header row "Mes | Ejecución" (trial d05: the header cells
    led the dates' text, "Mes Ejecución Enero a diciembre…", in a record marked ok)."""

    def table(b: DocBuilder) -> None:
        t = b.doc.add_table(rows=13, cols=2)
        t.cell(0, 0).text, t.cell(0, 1).text = labels
        for m in range(1, 13):
            t.cell(m, 0).text = MONTH_NAMES[m - 1]
            t.cell(m, 1).text = "x" if m in ACTIVE else ""

    assert _word_dates(tmp_path, table)["fechas_implementacion"] == {"meses": ACTIVE, "texto": DATES}


def test_the_label_column_of_a_word_month_table(tmp_path):
    """A month table with a label column, "Mes | Ene … Dic" over "Ejecución | x …" (trial d06)."""

    def table(b: DocBuilder) -> None:
        t = b.doc.add_table(rows=2, cols=13)
        t.cell(0, 0).text, t.cell(1, 0).text = "Mes", "Ejecución"
        for m in range(1, 13):
            t.cell(0, m).text = MONTH_NAMES[m - 1][:3]
            t.cell(1, m).text = "x" if m in ACTIVE else ""

    assert _word_dates(tmp_path, table)["fechas_implementacion"] == {"meses": ACTIVE, "texto": DATES}


def test_a_label_cell_naming_no_display_stays_text(tmp_path):
    """A header cell that names no month display ("Observaciones") is no caption: it stays quoted."""

    def table(b: DocBuilder) -> None:
        t = b.doc.add_table(rows=13, cols=2)
        t.cell(0, 0).text, t.cell(0, 1).text = "Observaciones", "Ejecución"
        for m in range(1, 13):
            t.cell(m, 0).text = MONTH_NAMES[m - 1]
            t.cell(m, 1).text = "x" if m in ACTIVE else ""

    got = _word_dates(tmp_path, table)
    assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": DATES}  # not glued into the dates' text
    quoted = [a for a in got["revision"]["avisos"] if "Observaciones" in a["mensaje"]]
    assert [(a["campo"], a["codigo"]) for a in quoted] == [("fechas_implementacion", "texto_sin_ubicar")]
