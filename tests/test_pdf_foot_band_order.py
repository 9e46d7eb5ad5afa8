"""A page's foot band read after the whole body, whatever columns the body has (issue 20, trial 25 h09).

A landscape ficha set in two columns that flow one into the other, and a footer band at the page's foot
(the municipality in a coloured band on the left, the page number on the right): the footer is the
region's last row set apart by wide white. Cut there first, each column is read whole; cut elsewhere,
a row gap that the two columns happen to share read the right column's top before the left column's foot
(a Sello line read into the funding section, its justification taken for funders).
"""

from __future__ import annotations

import pytest

from .pdf_canvas import BODY, BOLD, Sheet

LANDSCAPE = (842.0, 595.0)
LEFT = [
    (
        "Departamento/Oficinas municipales que participan",
        ["Oficina de Migración - DIDECO -", "Incubadora de cooperativas"],
    ),
    ("Grupo prioritario", ["Trabajadoras y trabajadores de aseo y ornato,", "especialmente mujeres migrantes."]),
    ("Fechas de implementación", ["Desde el año 2019, de manera", "permanente durante el año."]),
    ("Forma de financiamiento", ["Recursos propios municipales.", "Fondos del Gobierno Regional."]),
    ("Sostenibilidad en el tiempo", ["Se encuentran trabajando en replicar", "la experiencia con otro grupo."]),
    ("Breve descripción", ["La municipalidad acompañó la creación", "de la cooperativa de trabajo, con el"]),
]
RIGHT_LEAD = [
    "objetivo de mejorar las condiciones",
    "laborales de sus trabajadores, en su",
    "mayoría mujeres y personas migrantes.",
]
RIGHT = [
    (
        "Elemento innovador/creativo del proyecto o actividad",
        ["Se destaca el acompañamiento en", "todo el proceso de formación."],
    ),
    (
        "Líneas Sello",
        ["Vinculación comunitaria, se promueve la", "asociatividad entre los trabajadores."],
    ),
]


def _blocks(sheet: Sheet, x: float, top: float, blocks, size: float, pitch: float, space: float) -> None:
    """Blocks of three lines (a heading and two lines, or three lines of text), `space` points apart."""
    for heading, lines in blocks:
        rows = ([(heading, size + 1, BOLD)] if heading else []) + [(line, size, BODY) for line in lines]
        for text, at, font in rows:
            sheet.text(x, top, text, at, font)
            top += pitch
        top += space


def landscape(path, size: float, band: bool) -> None:
    """Two columns in one rhythm, blocks of three lines a section gap apart, so that their gaps fall
    level: the left from the offices to the description's start, the right going on with the
    description, then the innovation element and the Sello line, ending three blocks higher. A
    footer band with the municipality (filled when `band`) and the page number."""
    sheet = Sheet(path, size=LANDSCAPE)
    pitch, space = 1.4 * size, 1.2 * size
    sheet.text(50, 40, "Huertos comunitarios", 2 * size, BOLD)
    top = 40 + 3.5 * size
    _blocks(sheet, 50, top, LEFT, size, pitch, space)
    _blocks(sheet, 430, top, [(None, RIGHT_LEAD), *RIGHT], size, pitch, space)
    if band:
        sheet.rect(45, 540, 230, 55, stroke=False, fill="3C6E47")
        sheet.canvas.setFillGray(1)
    sheet.text(53, 563, "MUNICIPALIDAD DE RECOLETA", 10, BOLD)
    sheet.canvas.setFillGray(0)
    sheet.text(776, 563, "1 / 1", 9)
    sheet.save()


@pytest.mark.parametrize(("size", "band"), [(9.0, True), (8.0, True), (9.0, False)], ids=["band", "small", "no-band"])
def test_columns_above_a_foot_band_are_read_whole(tmp_path, size, band):
    from .records import records

    landscape(tmp_path / "ficha.pdf", size, band)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["forma_financiamiento"]["texto"] == "Recursos propios municipales. Fondos del Gobierno Regional."
    assert got["oficinas"][-1]["texto"] == "Incubadora de cooperativas"
    assert [line["linea"] for line in got["lineas_sello"]] == ["vinculacion_comunitaria"]
    assert got["descripcion"].endswith("mayoría mujeres y personas migrantes.")
    assert got["elemento_innovador"] == "Se destaca el acompañamiento en todo el proceso de formación."
    assert got["municipalidad"]["comuna"] == "Recoleta"
