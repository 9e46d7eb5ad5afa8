"""A Word ficha exported to PDF by LibreOffice (trial 28 ed20's kind): its headings printed in the
body's own font and weight, a ruled [box | label | box | label] category table with the next
heading set right under its last rule, a ruled month table of one row a year ("Año | Ene … Dic",
"2022 | …", "2023 | …") with the dates' text right under it, and a Sello section opened by a
lead-in ending in a colon. The PDF gives the .docx's record:

- the heading under the category table is read after the whole table, never between its columns
  (a ruled grid is a region read whole);
- the text under the month table is the section's text, its first word no title of a year row (a
  table of several rows ends at its last one);
- the lead-in is no heading: a look the running text wears more often than the headings do says
  nothing of headings.
"""

from __future__ import annotations

import pytest
from docx.shared import Pt

from .docx_builders import CATEGORY_LABELS, HEADINGS, MONTHS, DocBuilder
from .records import records
from .test_word_pdf_exports import soffice_pdf

pytestmark = pytest.mark.slow

CHECKED = {"acogida_atencion"}  # none in the right column: its labels are text alone
YEARS = {"2022": {2, 3, 4, 5, 6}, "2023": {2, 3}}
DATES = "Cada sábado del mes, de febrero a junio."
LEAD_IN = "Se destaca el trabajo en las líneas de acción de Sello:"
SELLO = [
    "Vinculación comunitaria, ya que se trabaja con las juntas de vecinos y las organizaciones del barrio, "
    "que acompañan a las mujeres en cada etapa de la escuela.",
    "Fortalecimiento institucional, ya que el equipo municipal se capacita en la atención de personas "
    "migrantes y en la coordinación con otras instituciones.",
]
TEXTS = {
    "oficinas": "DIDECO - OMIL",
    "grupo_prioritario": "Mujeres migrantes jefas de hogar.",
    "forma_financiamiento": "Recursos propios municipales.",
    "sostenibilidad": "Sigue vigente y se ejecuta cada año.",
    "descripcion": "La municipalidad abre una escuela de oficios para las vecinas del barrio.",
    "elemento_innovador": "Se destaca el trabajo con las vecinas.",
}


def _grid(b: DocBuilder, rows: int, cols: int):
    """A ruled table whose cells' paragraphs have no space after (rows a line high)."""
    table = b.doc.add_table(rows=rows, cols=cols)
    table.style = b.doc.styles["Table Grid"]
    for cell in table._cells:
        cell.paragraphs[0].paragraph_format.space_after = Pt(0)
    return table


def _filled(cell, text: str) -> None:
    cell.paragraphs[0].text = text


def _categories(b: DocBuilder) -> None:
    keys = list(CATEGORY_LABELS)
    table = _grid(b, 4, 4)
    table.autofit = False
    for n, column in enumerate(table.columns):  # narrow box columns, each label on one line
        column.width = Pt(28 if n % 2 == 0 else 184)
        for cell in column.cells:
            cell.width = column.width
    for n, key in enumerate(keys):
        row, col = n % 4, 2 * (n // 4)
        _filled(table.cell(row, col), "✔" if key in CHECKED else "")
        _filled(table.cell(row, col + 1), CATEGORY_LABELS[key])


def _months(b: DocBuilder) -> None:
    table = _grid(b, 1 + len(YEARS), 13)
    table.autofit = False
    for n, column in enumerate(table.columns):  # a year on one line in its cell
        column.width = Pt(40 if n == 0 else 33)
        for cell in column.cells:
            cell.width = column.width
    _filled(table.cell(0, 0), "Año")
    for c, name in enumerate(MONTHS, start=1):
        _filled(table.cell(0, c), name[:3])
    for r, (year, months) in enumerate(YEARS.items(), start=1):
        _filled(table.cell(r, 0), year)
        for month in months:
            _filled(table.cell(r, month), "X")


@pytest.fixture(scope="module")
def record(tmp_path_factory) -> dict:
    b = DocBuilder()
    b.doc.styles["Normal"].paragraph_format.space_before = Pt(0)
    b.doc.styles["Normal"].paragraph_format.space_after = Pt(10)
    b.paragraph("Municipalidad de Recoleta")
    b.title("Escuela de oficios para mujeres migrantes")
    for key, heading in HEADINGS.items():
        b.paragraph(heading)  # the body's own look: no style, no weight
        if key == "categorias":
            _categories(b)
        elif key == "fechas_implementacion":
            _months(b)
            b.paragraph(DATES)
        elif key == "lineas_sello":
            for text in (LEAD_IN, *SELLO):
                b.paragraph(text)
        else:
            b.paragraph(TEXTS[key])
    docx = b.save(tmp_path_factory.mktemp("calendar"), "calendario.docx")
    (found,) = records(soffice_pdf(docx))
    return found


def _avisos(record: dict, field: str) -> list[str]:
    return [f"{a['codigo']}: {a['mensaje']}" for a in record["revision"]["avisos"] if a["campo"] == field]


def test_a_heading_right_under_a_ruled_table_is_read_after_the_whole_table(record):
    assert record["categorias"] == sorted(CHECKED)
    assert record["fechas_implementacion"]["texto"] == DATES
    assert not _avisos(record, "categorias")


def test_the_text_under_a_table_of_year_rows_is_no_row_title(record):
    assert record["fechas_implementacion"]["texto"] == DATES
    assert record["fechas_implementacion"]["meses"] == [2, 3, 4, 5, 6]
    assert not _avisos(record, "fechas_implementacion")


def test_a_lead_in_in_the_running_texts_look_is_no_heading(record):
    assert [line["linea"] for line in record["lineas_sello"]] == [
        "vinculacion_comunitaria",
        "fortalecimiento_institucional",
    ]
    assert not _avisos(record, "lineas_sello")
