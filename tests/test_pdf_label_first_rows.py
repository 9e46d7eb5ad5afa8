"""A category list printed label first, inline, wrapped over lines ("Sociolaboral ☒   Acogida/atención ☐
…" then "Intermediación laboral ☐   NNA ☐   Otra: Regularización ☐"): a row opening with a long label
and short ones after it takes its labels before its boxes, as the list's other rows do (issue 20;
a new user's trial of 2026-12-07, r07, a reportlab Paragraph of "label ☐" runs: the second row's
box pitch, measured on its short labels, stopped inside "Intermediación laboral", so each box of
the row took the label after it, the last box none; the list read right only because the row's
boxes were all empty, and avisos texto_sin_ubicar «Intermediación laboral» and «[ ]» made the
record `revisar`). The row's first box reaches as far left as the other rows' labels start
(`marks._list_left_edges`).
"""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from extractor.layout import Checkbox
from extractor.readers import read

from .pdf_canvas import BODY, BOLD, SYMBOLS, Sheet
from .records import records

ROWS = [
    [("Sociolaboral", "sociolaboral"), ("Acogida/atención", "acogida_atencion"), ("Emprendimiento", "emprendimiento")],
    [("Intermediación laboral", "intermediacion_laboral"), ("NNA", "nna"), ("Otra: Regularización", "otra")],
]


def label_first_list(sheet: Sheet, x: float, top: float, checked: set[str], size: float, gap: float) -> float:
    """The rows of "label ☐" runs, `gap` points between one box and the next label; returns the bottom."""
    for row in ROWS:
        left = x
        for label, category in row:
            sheet.text(left, top, label, size, BODY)
            left += stringWidth(label, BODY, size) + 0.3 * size
            sheet.text(left, top, "☒" if category in checked else "☐", size, SYMBOLS)
            left += 0.8 * size + gap
        top += 1.4 * size
    return top


def ficha(path, checked: set[str], size: float, gap: float) -> None:
    sheet = Sheet(path)
    sheet.text(45, 50, "Capacitación en Oficios", 20, BOLD)
    sheet.text(45, 80, "Municipalidad de San Joaquín", 10, BODY)
    top = sheet.sections(110.0, [("Grupo prioritario", "Mujeres migrantes.")])
    top = sheet.text(45, top, "Categoría", 12, BOLD) + 6
    top = label_first_list(sheet, 45, top, checked, size, gap) + 14
    sheet.sections(
        top,
        [
            ("Fechas de implementación", "De marzo a junio de cada año."),
            ("Forma de financiamiento", "Recursos propios municipales."),
            ("Breve descripción", "La municipalidad capacita a mujeres migrantes en oficios."),
        ],
    )
    sheet.save()


@pytest.mark.parametrize("size, gap", [(8.5, 14.0), (10.0, 20.0), (7.0, 9.0)])
@pytest.mark.parametrize("checked", [("sociolaboral", "emprendimiento"), ("intermediacion_laboral", "otra"), ("nna",)])
def test_a_row_opening_with_a_long_label_takes_its_labels_before_its_boxes(tmp_path, checked, size, gap):
    ficha(tmp_path / "ficha.pdf", set(checked), size, gap)
    labels = [box.label for box in read(tmp_path / "ficha.pdf").items if isinstance(box, Checkbox)]
    assert sorted(labels) == sorted(label for row in ROWS for label, _ in row)
    (got,) = records(tmp_path / "ficha.pdf")
    order = [category for row in ROWS for _, category in row]
    assert got["categorias"] == [c for c in order if c in checked]
    assert not [a for a in got["revision"]["avisos"] if a["campo"] == "categorias"], got["revision"]


def test_a_wrapped_list_of_boxes_before_their_labels_keeps_them_after(tmp_path):
    """A list of boxes before their labels run into a paragraph and wrapped ("Categoría: ☐ Sociolaboral
    ☒ Acogida ☐ Emprendimiento ☐" / "Capacitaciones ☐ Cooperativas ☐ Intermediación laboral ☒ NNA ☐"
    / "Otra: Regularización": a Word paragraph LibreOffice printed, trial d03) may look label-first on
    its first line (words before its first box, none after its last); the second line's boxes stand
    against the words after them, and keep them (`marks._set_against_words_before`)."""
    sheet = Sheet(tmp_path / "list.pdf")
    size, top = 10.0, 100.0
    lines = [
        [("Categoría:", None), ("☐", "Sociolaboral"), ("☒", "Acogida/atención"), ("☐", "Emprendimiento"), ("☐", "")],
        [("Capacitaciones", None), ("☐", "Cooperativas"), ("☐", "Intermediación laboral"), ("☒", "NNA"), ("☐", "")],
    ]
    for line in lines:
        left = 60.0
        for first, label in line:
            font = SYMBOLS if first in "☐☒" else BOLD if first.endswith(":") else BODY
            sheet.text(left, top, first, size, font)
            left += stringWidth(first, font, size) + (0.25 * size if label is not None else 0.3 * size)
            if label:
                sheet.text(left, top, label, size, BODY)
                left += stringWidth(label, BODY, size) + 0.8 * size
        top += 1.4 * size
    sheet.text(60, top, "Otra: Regularización", size, BODY)
    sheet.save()
    boxes = [box for box in read(tmp_path / "list.pdf").items if isinstance(box, Checkbox)]
    second = sorted((b for b in boxes if b.prov.bbox and b.prov.bbox[1] > 105), key=lambda b: b.prov.bbox[0])
    assert [(b.label, b.checked) for b in second[:3]] == [
        ("Cooperativas", False),
        ("Intermediación laboral", False),
        ("NNA", True),
    ]
