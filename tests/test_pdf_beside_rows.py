"""Sections set beside their headings, each section a grid row of its own (issue 20, browser harness
kind "the long text cut short, its rest another section's": heading_place=beside in one-column
layouts). Each row's text column starts right of its own heading, so a wide heading's text starts
further right than the next, narrower heading's; a paragraph runs on past its heading's bottom
and the next row's text follows it at the leading, with no space between.

- A paragraph that reading order read into one block with the next row's text (the two parts start
  at different x: right of each row's own heading) is still a grid's text: each part belongs to its
  row, and the heading column is no body text.
- Text going on from the page before that ends just above the page's first heading (closer than
  half an em) stands above the grid, not in its heading column.
- A paragraph that reading order cut where a line gap of its column met the heading column's white
  (its last lines read after the next row's heading) is one paragraph again.
- Cards holding headings, stacked in the heading column's x above a grid, are no rows of that grid.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from .pdf_canvas import BODY, BOLD, Sheet, typeset
from .records import records

INNOVATION = (
    "Se destaca la academia como un lugar de encuentro y aprendizaje con pertinencia regional y colaboración "
    "entre instituciones, donde se adecuan los talleres a las necesidades identificadas o bien a las "
    "oportunidades de la región. Además se complementan los cursos de oficios con otros talleres."
)
SELLO = "Políticas locales y trabajo colaborativo, ya que se trabaja entre las distintas áreas del municipio."
DESCRIPTION = (
    "La municipalidad abre una escuela de oficios para mujeres migrantes del barrio que se reúnen cada semana "
    "en la sede vecinal con sus hijas e hijos y aprenden costura, repostería y peluquería con monitoras."
)
SECOND = (
    "Las personas que participan son en su mayoría mujeres venezolanas y colombianas que llegaron a la comuna "
    "en los últimos años y buscan un oficio con el que generar ingresos propios para sus familias."
)
SIZE, LEADING = 10.0, 12.0  # the body's size and line pitch (points)


def assert_sello_rows_then_innovation(record: dict, rows: list[tuple[str, str]]) -> None:
    """The record's Sello lines are the three `rows` (politicas_locales, vinculacion_comunitaria,
    estrategias_formativas; their justifications), and its innovation element is INNOVATION whole."""
    ids = ["politicas_locales", "vinculacion_comunitaria", "estrategias_formativas"]
    assert [(s["linea"], s["justificacion"]) for s in record["lineas_sello"]] == [
        (line, justification) for line, (_, justification) in zip(ids, rows, strict=True)
    ]
    assert record["elemento_innovador"] == INNOVATION


def only_missing_sections(record: dict) -> bool:
    """No aviso but the sections the test document leaves out: no text left unplaced."""
    return all(a["codigo"] == "seccion_faltante" for a in record["revision"]["avisos"])


def head(sheet: Sheet) -> float:
    sheet.text(40, 40, "Academia municipal abierta", 18, BOLD)
    sheet.text(40, 66, "Municipalidad de Arica", 11, BOLD)
    top = 100.0
    for heading, value in [
        ("GRUPO PRIORITARIO", "Personas migrantes y refugiadas."),
        ("FORMA DE FINANCIAMIENTO", "Recursos propios de la municipalidad."),
    ]:
        sheet.text(40, top, heading, SIZE, BOLD)
        sheet.text(200, top, value, SIZE)
        top += 3 * LEADING
    return top


def label(sheet: Sheet, top: float, words: list[str]) -> float:
    """A heading wrapped one line a word at x 40 (bold, a line pitch apart); returns its right edge."""
    sheet.lines(40, top, words, SIZE + 1, BOLD, LEADING / (SIZE + 1))
    return 40 + max(stringWidth(w, BOLD, SIZE + 1) for w in words)


def paragraph(sheet: Sheet, x: float, top: float, lines: list[str]) -> float:
    """Lines at the body's pitch from `top`; returns the top of the line after the last."""
    sheet.lines(x, top, lines, SIZE, BODY, LEADING / SIZE)
    return top + LEADING * len(lines)


def test_a_paragraph_running_past_a_wide_heading_into_the_next_row_stays_its_rows(tmp_path):
    """The description goes on at the top of page 2 (x 140: right of its own heading on page 1) and
    ends two points above the innovation's heading, four lines wide, whose text starts at x 200 and
    runs four lines past the heading; the Sello's heading is narrow, its text starts at x 140, one
    line pitch under the innovation's last line. The innovation's text is whole; the Sello's its own."""
    path = tmp_path / "beside.pdf"
    sheet = Sheet(path)
    top = head(sheet)
    right = label(sheet, top, ["BREVE", "DESCRIPCIÓN"])
    x = right + 10
    lines = typeset(DESCRIPTION + " " + SECOND, 355 - x, SIZE)
    paragraph(sheet, x, top, lines[:4])
    sheet.next_page()
    top = paragraph(sheet, x, 50, lines[4:]) + 2 - (LEADING - SIZE)  # ends 2 pt above the next heading
    right = label(sheet, top, ["ELEMENTO", "INNOVADOR/CREATIVO", "DEL PROYECTO O", "ACTIVIDAD"])
    innovation = typeset(INNOVATION, 355 - (right + 10), SIZE)
    assert len(innovation) >= 8  # the text runs on past the heading's four lines
    top = paragraph(sheet, right + 10, top, innovation)
    right = label(sheet, top, ["LÍNEAS", "SELLO"])
    assert right + 10 < x  # the Sello's text starts left of the innovation's heading's right edge
    paragraph(sheet, right + 10, top, typeset(SELLO, 355 - (right + 10), SIZE))
    sheet.save()
    (record,) = records(path)
    assert record["elemento_innovador"] == INNOVATION
    assert record["descripcion"] == DESCRIPTION + " " + SECOND
    assert [s["linea"] for s in record["lineas_sello"]] == ["politicas_locales"]
    assert only_missing_sections(record)


def test_a_paragraph_cut_by_reading_order_beside_the_heading_column_is_one_again(tmp_path):
    """The description's heading is wide, its text (two paragraphs, the second indented) runs on past
    it; the Sello's heading is narrow and its text starts left of the description's, one line pitch
    under it. Reading order cuts the description's column at the first line gap under its heading;
    its lines after that gap are read after the Sello's heading: still the one paragraph they were."""
    path = tmp_path / "cut.pdf"
    sheet = Sheet(path)
    top = head(sheet)
    right = label(sheet, top, ["ELEMENTO", "INNOVADOR"])
    top = paragraph(sheet, right + 10, top, typeset(INNOVATION, 355 - (right + 10), SIZE)) + LEADING
    right = label(sheet, top, ["BREVE", "DESCRIPCIÓN"])
    x = right + 10
    first = typeset(DESCRIPTION, 355 - x, SIZE)
    second = typeset(SECOND, 355 - x - 1.5 * SIZE, SIZE)
    assert len(first) > 3  # the first paragraph runs past the heading's two lines
    top = paragraph(sheet, x, top, first)
    sheet.text(x + 1.5 * SIZE, top, second[0], SIZE)
    top = paragraph(sheet, x, top + LEADING, second[1:])
    right = label(sheet, top, ["LÍNEAS", "SELLO"])
    assert right + 10 < x
    paragraph(sheet, right + 10, top, typeset(SELLO, 355 - (right + 10), SIZE))
    sheet.save()
    (record,) = records(path)
    assert record["descripcion"] == DESCRIPTION + "\n\n" + SECOND
    assert record["elemento_innovador"] == INNOVATION
    assert [s["linea"] for s in record["lineas_sello"]] == ["politicas_locales"]
    assert only_missing_sections(record)


def test_cards_over_a_grid_are_no_rows_of_it(tmp_path):
    """Two cards side by side (a drawn frame round each: a heading beside its text), then sections set
    beside their headings under them, the first cards' headings at the grid's left edge. The right
    card's heading stands beside that column, which makes no grid of the cards; the grid under them
    is read row by row still: the description's last paragraph and the innovation's first, set
    without space or indent, are each their own heading's."""
    path = tmp_path / "cards.pdf"
    sheet = Sheet(path)
    sheet.text(40, 40, "Academia municipal abierta", 18, BOLD)
    sheet.text(40, 66, "Municipalidad de Arica", 11, BOLD)
    for x, heading, value, drop in [
        (40, ["Fechas de", "implementación"], ["Cada sábado", "del mes."], LEADING),  # under a month display
        (310, ["Forma de", "financiamiento"], ["Recursos", "propios de la", "municipalidad."], 0.0),
    ]:
        sheet.rect(x - 6, 94, 260, 43, radius=4)
        sheet.lines(x, 100, heading, SIZE, BOLD, LEADING / SIZE)
        paragraph(sheet, x + 110, 100 + drop, value)
    top = 142.0  # the cards' last lines end less than an em above the grid's first
    right = label(sheet, top, ["BREVE", "DESCRIPCIÓN"])
    x = right + 30
    top = paragraph(sheet, x, top, typeset(DESCRIPTION, 540 - x, SIZE))
    second = typeset(SECOND, 540 - x - 1.5 * SIZE, SIZE)
    sheet.text(x + 1.5 * SIZE, top, second[0], SIZE)  # the second paragraph indented
    top = paragraph(sheet, x, top + LEADING, second[1:])
    label(sheet, top, ["ELEMENTO", "INNOVADOR"])
    top = paragraph(sheet, x, top, typeset(INNOVATION, 540 - x, SIZE)) + LEADING
    label(sheet, top, ["LÍNEAS", "SELLO"])
    paragraph(sheet, x, top, typeset(SELLO, 540 - x, SIZE))
    sheet.save()
    (record,) = records(path)
    assert record["descripcion"] == DESCRIPTION + "\n\n" + SECOND
    assert record["elemento_innovador"] == INNOVATION
    assert record["fechas_implementacion"]["texto"] == "Cada sábado del mes."
    assert record["forma_financiamiento"]["texto"] == "Recursos propios de la municipalidad."
    assert only_missing_sections(record)


def test_a_side_panel_with_headings_of_its_own_leaves_the_grid_beside_it_a_grid(tmp_path):
    """A drawn side panel on the right holds four sections, each heading over its text, level with
    the body's grid (headings at x 40, their text right of the widest). More headings share the panel's left
    edge than the body's: the body's column is a grid still, the panel's headings neither end it
    (the next heading under the grid's last) nor stand in its text column. The dates' text (under
    what stands level with their heading: a month display) and the description's first line, set a
    line pitch apart, are each their own heading's."""
    path = tmp_path / "panel.pdf"
    sheet = Sheet(path)
    sheet.text(40, 40, "Academia municipal abierta", 18, BOLD)
    sheet.text(40, 66, "Municipalidad de Arica", 11, BOLD)
    sheet.rect(370, 94, 185, 320, fill="1B3A6B", stroke=False)
    top = 100.0
    for heading, value in [
        (["DEPARTAMENTO/OFICINAS", "MUNICIPALES QUE PARTICIPAN"], "Oficina de Migración."),
        (["GRUPO PRIORITARIO"], "Personas migrantes."),
        (["FORMA DE FINANCIAMIENTO"], "Recursos propios."),
        (["SOSTENIBILIDAD"], "Sigue vigente cada año."),
    ]:
        sheet.canvas.setFillColorRGB(1, 1, 1)
        sheet.lines(378, top, heading, SIZE, BOLD, LEADING / SIZE)
        top += LEADING * len(heading)
        sheet.text(378, top, value, SIZE)
        sheet.canvas.setFillGray(0)
        top += 3 * LEADING
    top = 100.0
    x = label(sheet, top, ["FECHAS DE", "IMPLEMENTACIÓN"]) + 10
    top = paragraph(sheet, x, top + 2 * LEADING, ["Cada sábado del mes,", "de abril a noviembre,", "por la tarde."])
    label(sheet, top, ["BREVE", "DESCRIPCIÓN"])
    top = paragraph(sheet, x, top, typeset(DESCRIPTION, 355 - x, SIZE)) + LEADING
    label(sheet, top, ["ELEMENTO", "INNOVADOR"])
    paragraph(sheet, x, top, typeset(INNOVATION, 355 - x, SIZE))
    sheet.save()
    (record,) = records(path)
    assert record["fechas_implementacion"]["texto"] == "Cada sábado del mes, de abril a noviembre, por la tarde."
    assert record["descripcion"] == DESCRIPTION
    assert record["elemento_innovador"] == INNOVATION
    assert record["forma_financiamiento"]["texto"] == "Recursos propios."
    assert record["sostenibilidad"] == "Sigue vigente cada año."
    assert [o["nombre"] for o in record["oficinas"]] == ["Oficina de Migración"]


def test_numbered_headings_stacked_a_line_apart_are_each_their_own(tmp_path):
    """Numbered headings wrapped over two lines each, every row two lines tall, so the heading column
    is one run of lines at the body's pitch: "6. SOSTENIBILIDAD EN" / "EL TIEMPO:" / "7. BREVE" /
    "DESCRIPCIÓN:". The three first lines name the sustainability heading too, loosely; the two
    first name it exactly, and the next heading starts at its number: each heading is its own."""
    path = tmp_path / "numbered.pdf"
    sheet = Sheet(path)
    sheet.text(40, 40, "Academia municipal abierta", 18, BOLD)
    sheet.text(40, 66, "Municipalidad de Arica", 11, BOLD)
    top = 100.0
    for heading, value in [
        (["5. FORMA DE", "FINANCIAMIENTO:"], ["Recursos propios de la municipalidad."]),
        (
            ["6. SOSTENIBILIDAD EN", "EL TIEMPO:"],
            ["Se ejecuta de manera periódica con", "recursos del equipo municipal."],
        ),
        (["7. BREVE", "DESCRIPCIÓN:"], typeset(DESCRIPTION, 355 - 160, SIZE)),
    ]:
        sheet.lines(40, top, heading, SIZE, BOLD, LEADING / SIZE)
        top = paragraph(sheet, 160, top, value) + (LEADING if len(value) < 2 else 0.0)
    sheet.save()
    (record,) = records(path)
    assert record["forma_financiamiento"]["texto"] == "Recursos propios de la municipalidad."
    assert record["sostenibilidad"] == "Se ejecuta de manera periódica con recursos del equipo municipal."
    assert record["descripcion"] == DESCRIPTION
    assert not [a for a in record["revision"]["avisos"] if a["campo"] in ("sostenibilidad", "descripcion")]
