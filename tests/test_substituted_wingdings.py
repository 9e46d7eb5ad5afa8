"""Wingdings' box and tick codes printed in a text font (issue 20; a new user's trial 26, x06: a
Word file whose category boxes are Wingdings "þ" (☑) and "¨" (◻) and whose month ticks are "ü" (✓),
exported by LibreOffice on a machine without Wingdings: the PDF shows the letters, in DejaVu Sans).

Each such code standing alone as a word is the box or mark it stands for in Wingdings
(`glyphs.substituted_wingdings`), when a page holds at least two of them (a list's boxes, a grid's
ticks): the categories and months are read as the Word file reads them. A lone "ü" on a page is a
stray letter, left as printed.
"""

from __future__ import annotations

import pytest

from .pdf_builders import MonthTable, month_table
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records_by_engine

LABELS = [
    ("sociolaboral", "Sociolaboral"),
    ("acogida_atencion", "Acogida/atención"),
    ("emprendimiento", "Emprendimiento"),
    ("capacitaciones", "Capacitaciones"),
    ("cooperativas", "Cooperativas"),
    ("intermediacion_laboral", "Intermediación laboral"),
    ("nna", "NNA"),
]
CHOSEN = ["sociolaboral", "capacitaciones", "nna"]


def ficha(path, font: str, size: float, checked: str, active: list[int]) -> None:
    """A ficha whose category boxes are `checked` ("þ" or "ý") / "¨" and whose month ticks are "ü",
    in the text font `font`."""
    sheet = Sheet(path)
    sheet.text(45, 50, "Capacitación en oficios", 20, BOLD)
    sheet.text(45, 80, "MUNICIPALIDAD DE RECOLETA", 11, BODY)
    top = sheet.sections(
        110, [("Departamento/Oficinas municipales que participan", "OMIL"), ("Grupo prioritario", "Mujeres migrantes.")]
    )
    top = sheet.text(45, top, "Categoría", 12, BOLD) + 6
    for key, label in LABELS:
        sheet.text(45, top, checked if key in CHOSEN else "¨", size, font)
        sheet.text(45 + 1.6 * size, top, label, size, font)
        top += 1.8 * size
    top = sheet.text(45, top + 8, "Fechas de implementación", 12, BOLD) + 6
    bottom = month_table(sheet, MonthTable(header="short", marking="substituted", active=active, x=45, top=top))
    top = sheet.text(45, bottom + 8, "Se realiza una vez al año.", 10, BODY) + 16
    sheet.sections(top, [("Breve descripción", "La OMIL capacita a mujeres migrantes en oficios.")])
    sheet.save()


@pytest.mark.parametrize(
    ("font", "size", "checked", "active"),
    [("Helvetica", 10.0, "þ", [10, 11]), ("Times-Roman", 11.0, "þ", [3, 4, 5]), ("Helvetica", 9.0, "ý", [1])],
    ids=["helvetica-thorn", "times-thorn", "helvetica-y-acute"],
)
def test_wingdings_codes_in_a_text_font_are_boxes_and_ticks(tmp_path, font, size, checked, active):
    ficha(tmp_path / "ficha.pdf", font, size, checked, active)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["categorias"] == CHOSEN
        assert got["fechas_implementacion"]["meses"] == active
        assert got["fechas_implementacion"]["texto"] == "Se realiza una vez al año."


def test_a_lone_u_with_diaeresis_is_a_letter(tmp_path):
    sheet = Sheet(tmp_path / "ficha.pdf")
    sheet.text(45, 50, "Capacitación en oficios", 20, BOLD)
    sheet.text(45, 80, "MUNICIPALIDAD DE RECOLETA", 11, BODY)
    sheet.sections(
        110,
        [
            ("Grupo prioritario", "Mujeres migrantes."),
            ("Forma de financiamiento", "Recursos propios."),
            ("Breve descripción", "La letra ü se enseña."),
        ],
    )
    sheet.save()
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["descripcion"] == "La letra ü se enseña."
