"""A ficha set as a ruled two-column table whose label column is on the RIGHT, the value left (issue
20; a new user's trial of 2026-12-07, ed03, printed with Chromium: each row's cells were read value
first, so every value went to the section of the row below, and three of them with no aviso of
their own). In a table whose right cells are all template headings, each value belongs to the
heading in its own row. The designs are this test's own.
"""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from .pdf_canvas import BODY, BOLD, Sheet, typeset
from .records import records

TITLE = "Huertos comunitarios interculturales"
LABEL = "Municipalidad de Recoleta"
ROWS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración - DIDECO"),
    ("Grupo prioritario", "Personas migrantes del sector norte."),
    ("Forma de financiamiento", "Recursos propios municipales."),
    ("Sostenibilidad en el tiempo", "Se repite cada año con la comunidad."),
    ("Breve descripción", "La municipalidad abre un espacio de encuentro para las familias del barrio."),
    ("Elemento innovador/creativo del proyecto o actividad", "El huerto lo diseñan las propias familias."),
    ("Líneas Sello", "Vinculación comunitaria, ya que reúne a vecinos chilenos y extranjeros."),
]
FIELDS = {
    "Grupo prioritario": "grupo_prioritario",
    "Sostenibilidad en el tiempo": "sostenibilidad",
    "Breve descripción": "descripcion",
    "Elemento innovador/creativo del proyecto o actividad": "elemento_innovador",
}


def _check(got: dict) -> None:
    assert got["titulo"] == TITLE
    for heading, field in FIELDS.items():
        assert got[field] == dict(ROWS)[heading], field
    assert got["forma_financiamiento"]["texto"] == dict(ROWS)["Forma de financiamiento"]
    assert got["lineas_sello"][0]["justificacion"].startswith("ya que reúne")


@pytest.mark.parametrize(("label_width", "size"), [(150.0, 9.0), (120.0, 8.0)])
def test_a_ruled_table_with_its_labels_on_the_right(tmp_path, label_width, size):
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    sheet.text(45, 40, LABEL, 10, BOLD)
    sheet.text(45, 60, TITLE, 18, BOLD)
    left, right = 45.0, 550.0
    cut = right - label_width
    top = 100.0
    for heading, value in ROWS:
        lines = typeset(heading, label_width - 12, size, BOLD)
        h = max(len(lines), 1) * 1.3 * size + 12
        sheet.rect(left, top, cut - left, h)
        sheet.rect(cut, top, right - cut, h, fill=0.9)
        sheet.text(left + 6, top + 6, value, size + 1)
        for k, line in enumerate(lines):
            sheet.text(cut + 6, top + 6 + k * 1.3 * size, line, size, BOLD)
        top += h
    sheet.save()
    (got,) = records(path)
    _check(got)


def _html() -> str:
    rows = "".join(f'<tr><td class="v">{value}</td><td class="l">{heading}</td></tr>' for heading, value in ROWS)
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
    @page {{ size: A4; margin: 16mm }}
    body {{ font-family: 'DejaVu Sans'; font-size: 10pt }}
    .muni {{ font-size: 9pt; color: #275 }} h1 {{ font-size: 18pt; margin: 2mm 0 6mm }}
    table {{ border-collapse: collapse; width: 100% }}
    td {{ border: .7pt solid #666; padding: 2.5mm; vertical-align: top }}
    td.l {{ width: 42mm; background: #eef; font-weight: bold; font-size: 8.5pt; text-align: right }}
    </style></head><body><div class="muni">{LABEL}</div><h1>{TITLE}</h1><table>{rows}</table></body></html>"""


@pytest.mark.browser
def test_a_ruled_table_with_its_labels_on_the_right_printed_by_a_browser(tmp_path, chromium):
    from .designs.browser import print_pdf

    html = tmp_path / "ficha.html"
    html.write_text(_html(), encoding="utf-8")
    print_pdf(html, tmp_path / "ficha.pdf")
    (got,) = records(tmp_path / "ficha.pdf")
    _check(got)


FIRST_PAGE = [*ROWS[:3], ("Fechas de implementación", "Con jornadas mensuales en la sede vecinal."), *ROWS[3:5]]
SECOND_PAGE = [
    (
        "Elemento innovador/creativo del proyecto o actividad",
        "El huerto lo diseñan las propias familias, que eligen las especies y se turnan para regarlo.",
    ),
    ("Líneas Sello", "Vinculación comunitaria, ya que reúne a vecinos chilenos y extranjeros en torno al huerto."),
]
MONTHS = ("Meses: febrero, marzo, abril, mayo, junio, julio, agosto,", "septiembre, octubre y noviembre.")
HAIR = 0.4  # points of white between the two columns' cells: a browser's collapsed border, no gutter


def _table(sheet: Sheet, top: float, rows: list[tuple[str, str]], size: float = 9.0, cut: float = 430.0) -> float:
    """Ruled rows value | label from `top` (the cells of a row a hair apart, as a browser prints
    collapsed borders), each value typeset in its cell, the labels flush right; returns the bottom."""
    left, right = 45.0, 550.0
    for heading, value in rows:
        labels = typeset(heading, right - cut - 12, size, BOLD)
        measure = cut - left - 12
        values = [*MONTHS, value] if heading == "Fechas de implementación" else typeset(value, measure, size + 1)
        h = max(len(labels), len(values)) * 1.3 * (size + 1) + 12
        sheet.rect(left, top, cut - left, h)
        sheet.rect(cut + HAIR, top, right - cut - HAIR, h, fill=0.9)
        for k, line in enumerate(values):
            sheet.text(left + 6, top + 6 + k * 1.3 * (size + 1), line, size + 1, BOLD if line in MONTHS else BODY)
        for k, line in enumerate(labels):
            sheet.text(right - 6 - stringWidth(line, BOLD, size), top + 6 + k * 1.3 * size, line, size, BOLD)
        top += h
    return top


def test_labels_on_the_right_of_a_table_going_on_to_the_next_page(tmp_path):
    """The table's last two rows open page 2, no white between its cells either way: read row by
    row, not cut down the hair between its columns into a column of values, then one of labels
    (`order._table_with_labels_on_the_right`); each value its own row's, not the row's above on
    page 1 going on (`regions._label_read_before`); the months listed in a sentence over two lines
    are text, no month display (`grid._listed_in_a_sentence`)."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    sheet.text(45, 40, LABEL, 10, BOLD)
    sheet.text(45, 60, TITLE, 18, BOLD)
    _table(sheet, 100.0, FIRST_PAGE)
    sheet.next_page()
    _table(sheet, 50.0, SECOND_PAGE)
    sheet.save()
    (got,) = records(path)
    assert got["descripcion"] == dict(ROWS)["Breve descripción"]
    assert got["elemento_innovador"] == SECOND_PAGE[0][1]
    assert got["lineas_sello"][0]["justificacion"].startswith("ya que reúne")
    assert got["fechas_implementacion"]["meses"] == list(range(2, 12)), got["revision"]
    assert got["fechas_implementacion"]["texto"].startswith(MONTHS[0])
