"""A grid of headings beside their content, the next row's text set in two CSS columns (issue 20,
browser seed 12712).

Row one: the dates' heading in a pill at the left; beside it a column of the twelve months, and
the dates' text right under it at its left edge. Row two: the description's heading in a pill
under the white of the heading column, its text in two columns: the left under the pill, the
right starting beside the pill, a little above it (the pill's margin), right under the dates'
text at the same edge and about the same pitch; then the innovation element's heading and its
text across both columns. The white under the dates' text opens the second
row (`order._opens_a_row`): the dates' text is read with the month column, never at the head of
the description's second column (it was joined into the description's sentence cut at the first
column's foot, and the dates had no text).
"""

from __future__ import annotations

from .pdf_canvas import BODY, BOLD, SYMBOLS, Sheet, typeset
from .records import records

MONTHS = ["Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"]
DATES = ["Cada sábado del mes, de", "abril a noviembre."]
DESCRIPTION = (
    "El año 2022 la municipalidad identifica la necesidad de abordar la brecha idiomática existente en "
    "mujeres de origen haitiano a partir de las atenciones que se realizaban en las dependencias municipales. "
) * 3 + "Por esta razón se crea la escuela, que busca fomentar la autonomía de las mujeres de manera integral."

INNOVATION = "La escuela trabaja con una facilitadora intercultural."


def pill(sheet: Sheet, top: float, heading: str) -> None:
    sheet.rect(40, top, 150, 22, stroke=False, fill="F4C7B8", radius=6)
    sheet.text(46, top + 6, heading, 10, BOLD)


def test_the_dates_text_under_a_month_column_is_read_before_the_next_rows_columns(tmp_path):
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    sheet.text(40, 50, "Escuela de mujeres Catherine Flon", 18, BOLD)
    sheet.text(400, 50, "Municipalidad San Joaquín", 10, BOLD)
    pill(sheet, 105, "Fechas de implementación")
    active = set(range(4, 12))
    for n, name in enumerate(MONTHS, start=1):
        sheet.text(210, 108 + 14 * (n - 1), name, 10, BODY)
        sheet.text(240, 108 + 14 * (n - 1), "☒" if n in active else "☐", 10, SYMBOLS)
    bottom = sheet.lines(210, 108 + 14 * 12 + 6, DATES, 10, BODY, 1.3)
    lines = typeset(DESCRIPTION, 150, 10)
    half = (len(lines) + 1) // 2
    top = bottom + 14  # the pill's margin: the second column's top stands above it
    pill(sheet, top, "Breve descripción")
    end = sheet.lines(40, top + 30, lines[:half], 10, BODY, 1.3)
    end = max(end, sheet.lines(210, bottom + 5, lines[half:], 10, BODY, 1.3)) + 14
    pill(sheet, end, "Elemento innovador")
    sheet.text(40, end + 30, INNOVATION, 10, BODY)  # under its heading, across both columns
    sheet.save()
    (got,) = records(path)
    assert got["fechas_implementacion"] == {"meses": sorted(active), "texto": " ".join(DATES)}
    assert got["descripcion"] == DESCRIPTION
    assert got["elemento_innovador"] == INNOVATION
