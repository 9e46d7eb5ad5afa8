"""A table flowing down a flow's right column past a heading at the left column's foot (issue 20,
browser harness: CSS columns).

In a two-column flow the left column holds the innovation's heading and text, then the Sello
heading at its foot; the Sello table (line name | justification, ruled cells) opens the right
column at its head, and its last row stands level with that heading. That row is no value of
the heading (a label | value row): the right column's text runs up from it to stand beside the
left column's running text, so the rows are read from the column's head, in their order.
"""

from __future__ import annotations

from .pdf_canvas import BODY, BOLD, Sheet, typeset
from .records import records

LEFT, RIGHT, MEASURE = 45.0, 310.0, 240.0
INNOVATION = (
    "Se destaca la acogida integral interinstitucional y el acompañamiento socio-comunitario en las distintas "
    "etapas que requería la comunidad, iniciando con la recepción y procesos de regularización, realizando un "
    "curso de español para reducir brechas y colaborando en la inclusión laboral de las mujeres."
)
ROWS = [
    (
        "Políticas locales y trabajo colaborativo",
        "ya que se establecen acciones colaborativas con áreas y unidades "
        "estratégicas municipales y con instituciones externas, permitiendo una acogida integral.",
    ),
    (
        "Acceso a la información y orientación integral",
        "ya que se orienta y acompaña a las personas respecto a "
        "cómo regularizar su situación migratoria y acceder a derechos y a otros servicios.",
    ),
    (
        "Fortalecimiento institucional",
        "ya que la municipalidad fortaleció las capacidades del equipo de atención "
        "para la acogida y las acciones realizadas con la comunidad.",
    ),
]
NAME_W, SIZE, PAD = 80.0, 8.5, 5.0


def table(sheet: Sheet, top: float) -> list[float]:
    """The Sello table at the right column's head: each row's cells ruled, the name wrapped in the
    left cell, the justification in the right one; returns each row's top."""
    tops = []
    for name, why in ROWS:
        left = typeset(name, NAME_W - 2 * PAD, SIZE)
        right = typeset(why, MEASURE - NAME_W - 2 * PAD, SIZE)
        height = 1.2 * SIZE * max(len(left), len(right)) + 2 * PAD
        sheet.rect(RIGHT, top, NAME_W, height, fill=None)
        sheet.rect(RIGHT + NAME_W, top, MEASURE - NAME_W, height, fill=None)
        sheet.lines(RIGHT + PAD, top + PAD, left, SIZE, BODY, leading=1.2)
        sheet.lines(RIGHT + NAME_W + PAD, top + PAD, right, SIZE, BODY, leading=1.2)
        tops.append(top)
        top += height
    return tops


def test_a_table_row_level_with_a_heading_at_the_left_columns_foot_is_read_in_the_tables_order(tmp_path):
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    top = sheet.ficha_head(
        [
            ("Departamento/Oficinas municipales que participan:", "Oficina de Migración"),
            ("Grupo prioritario:", "Familias afganas"),
            ("Fechas de implementación:", "Febrero a diciembre de 2022."),
            ("Forma de financiamiento:", "Recursos propios municipales."),
            ("Sostenibilidad en el tiempo:", "El curso se ejecuta de manera periódica."),
            ("Breve descripción:", "La municipalidad acompañó a las familias en su llegada."),
        ]
    )
    sheet.next_page()
    top = 50.0
    sheet.text(LEFT, top, "ELEMENTO INNOVADOR:", 11.5, BOLD)
    bottom = sheet.lines(LEFT, top + 18, typeset(INNOVATION, MEASURE, 10), 10, BODY, leading=1.2)
    rows = table(sheet, top - 5)
    heading_top = rows[-1] + PAD - 5  # the last row's first line stands level with the heading
    assert heading_top > bottom + 10  # the heading stands under the left column's text, at its foot
    sheet.text(LEFT, heading_top, "LÍNEAS SELLO:", 11.5, BOLD)
    sheet.save()
    (got,) = records(path)
    lines = [line["linea"] for line in got["lineas_sello"]]
    assert lines == ["politicas_locales", "acceso_informacion", "fortalecimiento_institucional"]
