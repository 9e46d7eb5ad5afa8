"""Words printed in a dates section that are no text of its dates, glued into
`fechas_implementacion.texto` in `ok` records (trial 28): the year titling each row of a calendar
with one row per year («2022 2023 Febrero a marzo…», ed20 .docx). Printed, so quoted in an aviso on
the section, never dropped and never its text."""

from __future__ import annotations

from .docx_builders import MONTHS_SHORT, DocBuilder, write_ficha
from .records import records

TEXT = "Cada sábado del mes, de abril a noviembre."


def _years_table(b: DocBuilder) -> None:
    marks = {2022: {4, 5, 6, 7, 8}, 2023: {4, 5, 6, 7, 8, 9, 10, 11}}
    rows = [["Año", *MONTHS_SHORT]]
    rows += [[str(year), *("X" if m in months else "" for m in range(1, 13))] for year, months in marks.items()]
    b.table(rows)
    b.paragraph(TEXT)


def test_a_word_calendars_year_row_titles_are_quoted_not_the_dates_text(tmp_path):
    (record,) = records(write_ficha(tmp_path, parts={"fechas_implementacion": _years_table}))
    assert record["fechas_implementacion"] == {"meses": [4, 5, 6, 7, 8, 9, 10, 11], "texto": TEXT}
    quoted = [a["mensaje"] for a in record["revision"]["avisos"] if a["campo"] == "fechas_implementacion"]
    assert any("«2022»" in m for m in quoted) and any("«2023»" in m for m in quoted)
    assert record["revision"]["estado"] == "revisar"
