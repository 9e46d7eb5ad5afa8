"""A heading at the left column's foot, lower than the right column's end, beside a column rule
(trial 27 ed04: three columns parted by rules, "BREVE DESCRIPCIÓN" the left column's last line, its
text opening the next column; a record right in every field was `revisar` on descripcion and
sostenibilidad). Such a heading may be set full width after the columns or be the left column's last
line; a vertical rule drawn in the gutter down beside it tells: nothing at its level crosses the
gutter, so it is the left column's line, read before the right column, with no doubt said
(`order._ruled_beside`). Without the rule nothing tells, and the reading is said as before.
"""

from __future__ import annotations

from .pdf_canvas import BOLD, Sheet
from .records import records_by_engine

LEFT = [
    ("Grupo prioritario", ["Mujeres migrantes jefas de hogar de la comuna,", "sin redes de apoyo familiar."]),
    ("Forma de financiamiento", ["Recursos propios de la municipalidad y", "aportes de la Oficina de la Mujer."]),
    (
        "Sostenibilidad en el tiempo",
        ["Se ejecuta de manera permanente desde el", "año 2021, con presupuesto municipal anual", "asegurado."],
    ),
]
DESCRIPTION = [
    "La municipalidad abre una escuela de oficios",
    "para mujeres migrantes de la comuna, con",
    "cursos de costura, cocina y peluquería que",
    "entregan herramientas para el trabajo.",
]


def columns(path, rule: bool) -> None:
    """A title and label full width, then two columns: the left with three sections and "Breve
    descripción" at its foot, the right with the description's lines, ending higher; a vertical rule
    in the gutter as tall as the left column (`rule`)."""
    sheet = Sheet(path)
    sheet.text(45, 50, "Escuela de oficios para mujeres migrantes", 20, BOLD)
    sheet.text(45, 85, "Municipalidad de Puente Alto", 10, BOLD)
    top = 130.0
    for heading, lines in LEFT:
        top = sheet.text(45, top, heading, 10, BOLD) + 4
        top = sheet.lines(45, top, lines) + 8
    foot = sheet.text(45, top, "Breve descripción", 10, BOLD)
    sheet.lines(310, 130.0, DESCRIPTION)
    if rule:
        sheet.line(297, 126.0, 297, foot + 4, width=0.5)
    sheet.save()


def foot_doubts(record: dict) -> list[dict]:
    return [a for a in record["revision"]["avisos"] if "al pie de la columna izquierda" in a["mensaje"]]


def test_a_column_rule_beside_the_foot_heading_makes_it_the_left_columns(tmp_path):
    columns(tmp_path / "ficha.pdf", rule=True)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["descripcion"] == " ".join(DESCRIPTION)
        assert got["sostenibilidad"].endswith("asegurado.")
        assert foot_doubts(got) == []


def test_with_nothing_beside_the_foot_heading_the_reading_is_said(tmp_path):
    columns(tmp_path / "ficha.pdf", rule=False)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert {a["campo"] for a in foot_doubts(got)} == {"sostenibilidad", "descripcion"}
