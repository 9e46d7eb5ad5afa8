"""Sections as label | value rows, each value starting right of its own heading (a wide wrapped
heading, its value set further right than the next row's): the last wrapped line of one row's value,
printed above the next heading's top, is that row's, however reading order met it (after the next
heading, then run on with the next row's value, which starts level with its heading further left)."""

from __future__ import annotations

import contextlib

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from extractor.pipeline import extract_document

from .pdf_canvas import BODY, BOLD, Sheet

OFFICES = [
    "Incubadora de cooperativas,",
    "Innova, Dirección de Medio",
    "Ambiente, Aseo y Ornato",
    "(DIMAO), Dirección de",
    "Desarrollo Comunitario",
    "(DIDECO), Programa",
    "Migrantes y refugiados,",
    "Secretaría Comunal de",
    "Planificación (SECPLAC)",
]
ROWS = [
    (["2)", "DEPARTAMENTO/OFICINAS", "MUNICIPALES QUE", "PARTICIPAN"], OFFICES),
    (
        ["3) GRUPO", "PRIORITARIO"],
        ["Trabajadoras/es de aseo y ornato,", "especialmente mujeres y personas", "migrantes."],
    ),
    (["4) FECHAS DE", "IMPLEMENTACIÓN"], ["2015: se gesta la idea y generan los", "liderazgos. 2019: Se formaliza."]),
    (["5) FORMA DE", "FINANCIAMIENTO"], ["Recursos propios municipales."]),
    (["6) BREVE", "DESCRIPCIÓN"], ["La municipalidad acompañó la creación", "de la Cooperativa de trabajo."]),
]


def _rows_page(path, size: float, panel: bool = False) -> None:
    """Headings in a column at x 246 (bold, `size` points; at x 42 with a side panel right of the rows,
    a heading of its own level with them), each row's value starting one em right
    of its own heading's widest line, the value's lines 1.35 ems apart; the next row starts under the
    taller of the two, its top a little above where the value's next line would stand (the white
    under the value's last line narrower than between its lines: a cut of reading order above it)."""
    sheet = Sheet(path)
    sheet.text(42, 48, "Incubadora Cooperativa de trabajo", 24, BOLD)
    sheet.text(42, 80, "Municipalidad de Recoleta", 12, BOLD)
    left, top, body = (42.0 if panel else 246.0), 116.0, 0.88 * size
    if panel:  # a side panel right of the rows, its own heading over a category list
        sheet.rect(420, 110, 150, 160, stroke=False, fill="EEF3FA")
        sheet.text(428, 120, "CATEGORÍA", size, BOLD)
        for n, label in enumerate(["Sociolaboral", "Cooperativas", "NNA"]):
            sheet.text(434, 140 + 1.6 * body * n, label, body)
    for heading, value in ROWS:
        x = left + max(stringWidth(line, BOLD, size) for line in heading) + size
        bottom = max(
            sheet.lines(left, top, heading, size, BOLD, 1.38),
            sheet.lines(x, top, value, body, BODY, 1.36),
        )
        top = bottom - 0.2 * size  # the next row starts a little above where the value's next line would
    sheet.save()


@pytest.mark.parametrize("panel", [False, True], ids=["alone", "side-panel"])
@pytest.mark.parametrize("size", [10.0, 12.5])
def test_the_last_line_of_a_rows_value_stays_in_its_row(tmp_path, size, panel):
    path = tmp_path / "rows.pdf"
    _rows_page(path, size, panel)
    with contextlib.chdir(tmp_path):
        (record,) = [f.model_dump(mode="json") for f in extract_document(path).fichas]
    assert [o["texto"] for o in record["oficinas"]][-1] == "Secretaría Comunal de Planificación (SECPLAC)"
    assert (
        record["grupo_prioritario"] == "Trabajadoras/es de aseo y ornato, especialmente mujeres y personas migrantes."
    )
