"""Shortened section headings (issue 20; a new user's trial, x04): "Líneas de acción del Sello Migrante"
names the Sello section wherever it stands (a vocabulary name); "Implementación" names the dates
section only right over its month table (the vocabulary's `over_month_table`): a description's own
part "Implementación", set like the headings, names no section and stays flagged
(`encabezado_desconocido`). Before, both went to no field, flagged, and their fields were empty.
"""

from __future__ import annotations

import pytest

from .docx_builders import HEADINGS, TEXTS, DocBuilder, glyph_box, write_ficha
from .pdf_builders import MonthTable, month_table
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records, records_by_engine

X, SIZE = 50.0, 10.0
ACTIVE = [8, 9, 10, 11, 12]
SELLO = "Vinculación comunitaria, ya que el festival se hace con las juntas de vecinos."


def canvas_ficha(path, dates_heading: str, description_part: str | None = None) -> None:
    sheet = Sheet(path)
    top = sheet.text(X, 60, "Festival multicultural del barrio", 20, BOLD) + 8
    top = sheet.text(X, top, "Municipalidad de Arica", 12, BODY) + 18

    def section(top: float, heading: str, *paragraphs: str) -> float:
        top = sheet.text(X, top, heading, 12, BOLD) + 6
        for text in paragraphs:
            top = sheet.text(X, top, text, SIZE, BODY) + 6
        return top + 8

    top = section(top, "Oficinas participantes", TEXTS["oficinas"])
    top = section(top, HEADINGS["grupo_prioritario"], TEXTS["grupo_prioritario"])
    top = sheet.text(X, top, dates_heading, 12, BOLD) + 6
    top = month_table(sheet, MonthTable(header="short", active=ACTIVE, x=X, top=top, col=36.0)) + 6
    top = sheet.text(X, top, "Agosto a diciembre de 2023.", SIZE, BODY) + 14
    top = section(top, "Financiamiento", TEXTS["forma_financiamiento"])
    description = [TEXTS["descripcion"]]
    top = section(top, "Descripción", *description)
    if description_part is not None:
        top = section(top, description_part, "Se arma el escenario con las vecinas del barrio.")
    top = section(top, "Elemento innovador", TEXTS["elemento_innovador"])
    section(top, "Líneas de acción del Sello Migrante", SELLO)
    sheet.save()


@pytest.mark.parametrize("dates_heading", ["Implementación", "Calendario"])
def test_a_short_heading_over_the_month_table_names_the_dates_section(tmp_path, dates_heading):
    canvas_ficha(tmp_path / "ficha.pdf", dates_heading)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"]["meses"] == ACTIVE
        assert got["fechas_implementacion"]["texto"] == "Agosto a diciembre de 2023."
        assert got["lineas_sello"][0]["linea"] == "vinculacion_comunitaria"
        assert got["descripcion"] == TEXTS["descripcion"]
        codes = [a["codigo"] for a in got["revision"]["avisos"]]
        assert "encabezado_desconocido" not in codes, got["revision"]["avisos"]


def test_the_short_heading_elsewhere_stays_an_unknown_heading(tmp_path):
    """The dates section named in full; "Implementación" heads a part of the description, with no
    month table under it: no section, flagged on the description."""
    canvas_ficha(tmp_path / "ficha.pdf", HEADINGS["fechas_implementacion"], description_part="Implementación")
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["fechas_implementacion"]["meses"] == ACTIVE
    assert got["fechas_implementacion"]["texto"] == "Agosto a diciembre de 2023."
    flagged = [a for a in got["revision"]["avisos"] if a["codigo"] == "encabezado_desconocido"]
    assert [a["campo"] for a in flagged] == ["descripcion"] and "Implementación" in flagged[0]["mensaje"]


def test_word_short_headings(tmp_path):
    def dates(b: DocBuilder) -> None:
        b.month_table({m: glyph_box(m in ACTIVE) for m in range(1, 13)})
        b.paragraph(TEXTS["fechas_implementacion"])

    path = write_ficha(
        tmp_path,
        headings={"fechas_implementacion": "Implementación", "lineas_sello": "Líneas de acción del Sello Migrante"},
        parts={"fechas_implementacion": dates},
    )
    (got,) = records(path)
    assert got["fechas_implementacion"]["meses"] == ACTIVE
    assert got["fechas_implementacion"]["texto"] == TEXTS["fechas_implementacion"]
    assert [line["linea"] for line in got["lineas_sello"]] == ["vinculacion_comunitaria"]
    assert "encabezado_desconocido" not in [a["codigo"] for a in got["revision"]["avisos"]]
