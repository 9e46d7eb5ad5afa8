"""Cells of one table row are read together (issue 20, S3 of trial 23).

A label | value form table printed by LibreOffice sets a one-line value a fraction of a point above
its bold label (the cells' paddings differ). Reading order takes the row's cells as one band, label
first: the value is its row's, not the row above's text going on.
"""

from __future__ import annotations

from extractor.layout import TextBlock
from extractor.readers import read
from extractor.readers.options import ReadOptions

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

LEFT, SPLIT, RIGHT = 45.0, 230.0, 550.0
ROWS = [
    ("Departamento/Oficinas municipales que participan", ["Oficina de Migración, OMIL"]),
    ("Grupo prioritario", ["Personas migrantes y refugiadas", "del barrio."]),
    ("Fechas de implementación", ["Junio a septiembre de 2022,", "cada sábado."]),
    ("Forma de financiamiento", ["Recursos propios municipales."]),
    ("Sostenibilidad en el tiempo", ["Sigue vigente y se repite cada año.", "Se ejecuta con las juntas de vecinos."]),
    ("Breve descripción", ["La municipalidad abre huertos en los barrios.", "Vecinas y vecinos siembran juntos."]),
]


def form_table(path, raise_value: float) -> None:
    """A label | value table as LibreOffice prints a Word form: each label cell shaded, each value
    cell ruled, a row of one line as tight as its line (its glyph boxes reach a little above the
    cell: no drawn cell holds them), each value's first line `raise_value` points above its label's."""
    sheet = Sheet(path)
    sheet.text(LEFT, 50, "Huertos comunitarios interculturales", 20, BOLD)
    sheet.text(LEFT, 80, "MUNICIPALIDAD RECOLETA", 11, BOLD)
    top = 110.0
    for label, value in ROWS:
        labels = [label] if len(label) < 30 else ["Departamento/Oficinas", "municipales que participan"]
        lines = max(len(value), len(labels))
        pad = 0.0 if lines == 1 else 4.0
        height = 13.0 * lines + 1 + 2 * pad
        for _ in range(2):  # LibreOffice paints a shaded cell's background twice
            sheet.rect(LEFT, top, SPLIT - LEFT, height, stroke=False, fill=0.9)
        sheet.rect(SPLIT, top, RIGHT - SPLIT, height)
        sheet.lines(LEFT + 5, top + pad, labels, 10, BOLD)
        sheet.lines(SPLIT + 5, top + pad - raise_value, value, 10, BODY)
        top += height
    sheet.save()


def test_a_one_line_value_a_hair_above_its_label_is_its_rows(tmp_path):
    path = tmp_path / "ficha.pdf"
    form_table(path, raise_value=0.2)
    (got,) = records(path)
    assert got["fechas_implementacion"]["texto"] == "Junio a septiembre de 2022, cada sábado."
    assert got["forma_financiamiento"]["texto"] == "Recursos propios municipales."
    assert got["grupo_prioritario"] == "Personas migrantes y refugiadas del barrio."
    assert not [
        a
        for a in got["revision"]["avisos"]
        if a["campo"].split(".")[0] in {"fechas_implementacion", "forma_financiamiento"}
    ]
    assert got["sostenibilidad"] == "Sigue vigente y se repite cada año. Se ejecuta con las juntas de vecinos."


def test_reading_order_takes_a_table_rows_cells_as_one_band_label_first(tmp_path):
    """The row no drawn cell holds (its glyphs reach above its rules) is read label, then value:
    the value's 0.2 pt higher top does not put it first."""
    path = tmp_path / "ficha.pdf"
    form_table(path, raise_value=0.2)
    texts = [b.lines[0].text for b in read(path, options=ReadOptions()).items if isinstance(b, TextBlock)]
    label, value = texts.index("Forma de financiamiento"), texts.index("Recursos propios municipales.")
    assert value == label + 1
