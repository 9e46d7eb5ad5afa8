"""Words printed in a dates section that are no text of its dates, glued into
`fechas_implementacion.texto` in `ok` records (trial 28): the year titling each row of a calendar
with one row per year («2022 2023 Febrero a marzo…», ed20 .docx); a legend set small under the text
(«En color: categorías y meses marcados.», ed09b). Printed, so quoted in an aviso on
the section, never dropped and never its text."""

from __future__ import annotations

from .docx_builders import MONTHS_SHORT, DocBuilder, write_ficha
from .pdf_canvas import BODY, BOLD, Sheet
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


def test_a_pdf_legend_set_small_under_the_dates_text_is_quoted_not_read(tmp_path):
    legend = "En color: categorías y meses marcados."
    sheet = Sheet(tmp_path / "f.pdf")
    top = sheet.ficha_head(
        [
            ("Departamento/Oficinas municipales que participan", "Oficina de Migrantes"),
            ("Grupo prioritario", "Mujeres migrantes."),
        ]
    )
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 6
    top = sheet.text(45, top, TEXT, 10, BODY) + 6
    top = sheet.text(45, top, legend, 7, BODY) + 16
    sheet.sections(top, [("Breve descripción", "La municipalidad abre una escuela de oficios para mujeres.")])
    sheet.canvas.save()
    (record,) = records(tmp_path / "f.pdf")
    assert record["fechas_implementacion"]["texto"] == TEXT
    assert any(
        a["campo"] == "fechas_implementacion" and a["codigo"] == "texto_sin_ubicar" and legend in a["mensaje"]
        for a in record["revision"]["avisos"]
    )
