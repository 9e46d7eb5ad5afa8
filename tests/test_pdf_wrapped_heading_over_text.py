"""A heading wrapped over many lines stands over its text, no label of a row (issue 20, CSS columns).

In a two-column flow a long heading set large in a narrow column wraps over five lines, read as
blocks that are joined into one heading (`paragraphs.merge_wrapped_headings`). The joined heading
stands where all its lines stand (`paragraphs._heading_prov`): its text starts right under its
last line, so it is a heading over its text, and the column's other heading under it makes no
label | value grid with it (`rows._over_its_text`). The right column's head, level with the
heading, is the Sello list going on from the left column's foot, never the innovation text.
"""

from __future__ import annotations

from .pdf_canvas import BODY, BOLD, Sheet, typeset
from .records import records

LEFT, RIGHT, MEASURE = 40.0, 310.0, 200.0
HEADING = ["ELEMENTO", "INNOVADOR/", "CREATIVO DEL", "PROYECTO O", "ACTIVIDAD:"]
INNOVATION = (
    "Se destaca el trabajo realizado acompañando la creación de la cooperativa en todo su proceso y "
    "orientando a las personas trabajadoras migrantes para que puedan regularizar su situación."
)
FIRST = (
    "Políticas locales y trabajo colaborativo, ya que se destaca la organización y el trabajo que "
    "realizaron entre distintas áreas municipales para la creación de la cooperativa."
)
SECOND = "Vinculación comunitaria, ya que se promueve la asociatividad de las personas de la comuna."


def test_a_heading_wrapped_over_blocks_heads_the_text_under_it(tmp_path):
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    sheet.text(LEFT, 50, "Incubadora de cooperativas de trabajo", 20, BOLD)
    sheet.text(LEFT, 80, "MUNICIPALIDAD DE RECOLETA", 10, BOLD)
    top = 110.0
    for heading, text in [
        ("GRUPO PRIORITARIO:", "Personas migrantes de la comuna."),
        ("FORMA DE FINANCIAMIENTO:", "Recursos propios de la municipalidad."),
        ("BREVE DESCRIPCIÓN:", "La municipalidad acompaña la creación de una cooperativa de trabajo."),
    ]:
        top = sheet.text(LEFT, top, heading, 14, BODY) + 8
        top = sheet.text(LEFT, top, text, 11, BODY) + 20
    columns = top
    for line in HEADING:  # a large heading wrapped in its narrow column, 1.5 of its size apart
        top = sheet.text(LEFT, top, line, 14, BODY) + 7
    top = sheet.lines(LEFT, top + 4, typeset(INNOVATION, MEASURE, 11), 11, leading=1.5) + 15
    top = sheet.text(LEFT, top, "LÍNEAS SELLO:", 14, BODY) + 11
    first = typeset(FIRST, MEASURE - 16, 11)
    sheet.text(LEFT, top, "•", 11, BODY)
    sheet.lines(LEFT + 16, top, first[:3], 11, leading=1.5)  # the column's foot
    # the right column's head, level with the heading: the first Sello line goes on
    top = sheet.lines(RIGHT + 16, columns, first[3:], 11, leading=1.5) + 8
    sheet.text(RIGHT, top, "•", 11, BODY)
    sheet.lines(RIGHT + 16, top, typeset(SECOND, MEASURE - 16, 11), 11, leading=1.5)
    sheet.save()
    (got,) = records(path)
    assert got["elemento_innovador"] == INNOVATION
    assert [line["justificacion"] for line in got["lineas_sello"]] == [
        "ya que se destaca la organización y el trabajo que realizaron entre distintas áreas municipales "
        "para la creación de la cooperativa.",
        "ya que se promueve la asociatividad de las personas de la comuna.",
    ]
