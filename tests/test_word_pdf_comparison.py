"""A Word comparison table (trial 28 ed16's kind: fichas side by side, the template's headings down
the first column, one practice a column, the first row naming each column's municipality) exported
to PDF by LibreOffice gives the .docx's records: one a column, each field from its column alone.

- the ruled grid's columns are sure (every row one cell a column), so the PDF reader reads the
  label column with each value column in turn (`readers.pdf.comparison`);
- a category cell's last label is never wrapped onto the next row's value, printed at the box's
  left edge right under the row's rule (`marks._rule_under`).

A grid whose columns are not sure (a row's value cells merged into one) is read as before: one
record, every field flagged as values side by side (also tests/test_pdf_comparison_columns.py).
"""

from __future__ import annotations

import pytest
from docx.shared import Pt

from .docx_builders import CATEGORY_LABELS, HEADINGS, DocBuilder, put_xml, text_run
from .records import records
from .test_word_pdf_exports import soffice_pdf

pytestmark = pytest.mark.slow

FICHAS = [
    {
        "Municipalidad": "San Joaquín",
        "Nombre de la práctica": "Escuela de oficios para mujeres",
        "oficinas": "DIDECO",
        "grupo_prioritario": "Mujeres jefas de hogar.",
        "categorias": {"sociolaboral", "capacitaciones"},
        "fechas_implementacion": "De marzo a junio de cada año.",
        "sostenibilidad": "Sigue vigente cada año.",
        "descripcion": "La municipalidad abre una escuela de oficios para las vecinas del barrio.",
        "elemento_innovador": "Se trabaja con las vecinas del barrio.",
    },
    {
        "Municipalidad": "Arica",
        "Nombre de la práctica": "Academia municipal abierta",
        "oficinas": "OMIL",
        "grupo_prioritario": "Jóvenes migrantes.",
        "categorias": {"emprendimiento", "otra"},
        "fechas_implementacion": "Agosto a diciembre de 2023.",
        "sostenibilidad": "Se ejecuta de manera permanente.",
        "descripcion": "Talleres abiertos de idioma y oficios en las juntas de vecinos.",
        "elemento_innovador": "Las clases se dan en las juntas de vecinos.",
    },
]


def _categories(cell, checked: set[str]) -> None:
    for n, (key, label) in enumerate(CATEGORY_LABELS.items()):
        put_xml(cell, text_run(("☒" if key in checked else "☐") + " " + label), new_paragraph=n > 0)


def _comparison(folder, merged: str | None = None) -> tuple[list[dict], list[dict]]:
    """The records of the comparison's .docx and of its PDF export; `merged`: a row whose value
    cells are merged into one (the first column's value in it)."""
    b = DocBuilder()
    b.title("Comparación de buenas prácticas")
    keys = list(FICHAS[0])
    table = b.doc.add_table(rows=len(keys), cols=1 + len(FICHAS))
    table.style = b.doc.styles["Table Grid"]
    table.autofit = False
    for n, column in enumerate(table.columns):  # labels on one line each, as in trial 28 ed16
        column.width = Pt(200 if n == 0 else 130)
        for cell in column.cells:
            cell.width = column.width
    for cell in table._cells:
        cell.paragraphs[0].paragraph_format.space_after = Pt(0)
    for r, key in enumerate(keys):
        table.cell(r, 0).paragraphs[0].add_run(HEADINGS.get(key, key)).bold = True
        for c, ficha in enumerate(FICHAS, start=1):
            value = ficha[key]
            if isinstance(value, set):
                table.cell(r, c)._tc.remove(table.cell(r, c).paragraphs[0]._p)
                table.cell(r, c).add_paragraph()
                _categories(table.cell(r, c), value)
            else:
                table.cell(r, c).paragraphs[0].text = value
    if merged is not None:
        row = keys.index(merged)
        table.cell(row, 1).merge(table.cell(row, len(FICHAS)))
    docx = b.save(folder, "comparacion.docx")
    return records(docx), records(soffice_pdf(docx))


@pytest.fixture(scope="module")
def read(tmp_path_factory) -> tuple[list[dict], list[dict]]:
    return _comparison(tmp_path_factory.mktemp("comparison"))


FIELDS = ("titulo", "grupo_prioritario", "categorias", "categoria_otra", "descripcion", "elemento_innovador")


def test_each_value_column_of_the_pdf_is_a_ficha_of_its_own(read):
    _, pdf = read
    assert [r["municipalidad"]["comuna"] for r in pdf] == ["San Joaquín", "Arica"]
    for record, ficha in zip(pdf, FICHAS, strict=True):
        assert record["titulo"] == ficha["Nombre de la práctica"]
        assert record["grupo_prioritario"] == ficha["grupo_prioritario"]
        assert record["descripcion"] == ficha["descripcion"]
        assert set(record["categorias"]) == ficha["categorias"]
        assert not any("lado a lado" in a["mensaje"] for a in record["revision"]["avisos"])


def test_the_pdf_gives_the_docx_records(read):
    docx, pdf = read
    assert len(docx) == len(pdf) == len(FICHAS)
    for a, b in zip(docx, pdf, strict=True):
        assert a["id"] == b["id"]
        assert {f: a[f] for f in FIELDS} == {f: b[f] for f in FIELDS}
        assert a["fechas_implementacion"] == b["fechas_implementacion"]


def test_a_category_label_does_not_wrap_onto_the_next_rows_value(read):
    _, pdf = read
    arica = pdf[1]
    assert arica["categoria_otra"] == "Regularización"
    assert arica["fechas_implementacion"]["texto"] == FICHAS[1]["fechas_implementacion"]


def test_a_grid_with_merged_value_cells_is_no_sure_comparison_and_is_flagged(tmp_path):
    _, pdf = _comparison(tmp_path, merged="sostenibilidad")
    assert len(pdf) == 1
    (record,) = pdf
    assert record["revision"]["estado"] == "revisar"
    flagged = {a["campo"] for a in record["revision"]["avisos"] if "lado a lado" in a["mensaje"]}
    assert {"titulo", "grupo_prioritario", "descripcion"} <= flagged
