"""A municipality label beside a two-line title ("Municipalidad de" over "Puente Alto", set smaller
at the title's right): the white between the label's lines falls over the white between the
title's, so a row gap crosses the whole head there. The title's lines are read together, then the
label's (browser seed 6490: the title cut to its first line, its second read as the comuna)."""

from __future__ import annotations

import pytest

from extractor.layout import TextBlock
from extractor.readers import read

from .pdf_canvas import BOLD, Sheet

TITLE = ["Operativos interinstitucionales en", "asentamientos precarios"]
LABEL = ["Municipalidad de", "Puente Alto"]


def head_beside(path, panel: bool) -> None:
    """The title at the left (16 pt, leading 1.15), the label at the right (11 pt, its first line
    5 pt lower); under them a side panel at the left (drawn, or only text) and, at the right, a
    main column whose first lines are short (a heading and a narrow month column) and whose long
    lines start lower down."""
    sheet = Sheet(path)
    sheet.lines(45, 47, TITLE, 16, BOLD, leading=1.15)
    sheet.lines(440, 52, LABEL, 11, BOLD, leading=1.5)
    if panel:
        sheet.rect(45, 96, 185, 600, stroke=False, fill="1B3A6B")
    top = 115
    for n in range(20):
        sheet.text(52, top + 18 * n, f"Línea {n + 1} del panel lateral", 10)
    sheet.text(245, 99, "6) FECHAS DE", 11, BOLD)
    sheet.text(245, 116, "IMPLEMENTACIÓN:", 11, BOLD)
    for n, letter in enumerate("EFMAMJJASOND"):
        sheet.text(380, 99 + 16 * n, letter, 8)
    top = sheet.text(370, 300, "Enero a diciembre, una vez al mes.", 10) + 6
    sheet.lines(
        245,
        top,
        ["La municipalidad ha generado una coordinación interna y externa", "para facilitar los procesos."] * 5,
        10,
    )
    sheet.save()


@pytest.mark.parametrize("panel", [True, False])
def test_a_label_beside_a_two_line_title_is_read_after_the_whole_title(tmp_path, panel):
    path = tmp_path / "head.pdf"
    head_beside(path, panel)
    lines = [line for item in read(path).items if isinstance(item, TextBlock) for line in item.raw_lines]
    assert lines[:4] == [*TITLE, *LABEL], lines[:6]


def label_over_a_right_panel(path) -> None:
    """One ficha: the title at the left, the municipality label (bold, two lines) at its right over a
    side panel of categories whose heading and boxes stand left of the label's start; the sections
    in the main column, the Sello line's sentence going on at the next page's head in lower case."""
    from .pdf_builders import BOX_STYLES
    from .test_pdf_heads_by_page import CATEGORY_LABELS, sections

    sheet = Sheet(path)
    sheet.text(45, 50, "Capacitación en Oficios", 20, BOLD)
    sheet.lines(441, 52, ["MUNICIPALIDAD", "QUINTA NORMAL"], 11, BOLD, leading=1.2)
    sheet.rect(388, 100, 167, 240, stroke=False, fill="EEF3FA")
    top = sheet.text(390, 106, "CATEGORÍA", 8, BOLD) + 8
    for label in CATEGORY_LABELS:
        BOX_STYLES["check" if label == "Capacitaciones" else "empty"](sheet, 394, top)
        sheet.text(409, top + 0.5, label, size=9)
        top += 16
    sections(
        sheet,
        45,
        100,
        [
            ("Departamento/Oficinas municipales que participan", ["Oficina Municipal de Información Laboral"]),
            ("Grupo prioritario", ["Mujeres madres sin redes de apoyo."]),
            ("Fechas de implementación", ["Entre marzo y noviembre de 2022."]),
            ("Forma de financiamiento", ["Recursos propios municipales."]),
            ("Sostenibilidad en el tiempo", ["Se repite cada año con la comunidad."]),
            ("Breve descripción", ["La municipalidad abre un espacio de encuentro."]),
            ("Elemento innovador", ["Se trabaja con los vecinos del barrio."]),
            ("Líneas Sello", ["Vinculación comunitaria, ya que es una acción que", "permite entregar capacitación"]),
        ],
        size=9,
    )
    sheet.next_page()
    sheet.text(45, 50, "específica a quienes lo requieren en el territorio.", 9)
    sheet.save()


def test_text_going_on_at_the_next_page_never_goes_on_in_a_municipality_label(tmp_path):
    """A bold municipality label ending with no stop, read after the main column (it stands over
    the side panel, right of the panel's heading and boxes): the next page's first line, in lower
    case, goes on in the Sello line, not in the label (a bold lead-in it is not: browser seed 184)."""
    from .test_pdf_heads_by_page import records

    label_over_a_right_panel(tmp_path / "ficha.pdf")
    (record,) = records(tmp_path / "ficha.pdf")
    assert record["municipalidad"]["texto"] == "MUNICIPALIDAD QUINTA NORMAL"
    assert record["lineas_sello"][0]["justificacion"].endswith("específica a quienes lo requieren en el territorio.")
