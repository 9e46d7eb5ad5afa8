"""A ficha's head printed again at the top of each of its pages is read once (issue 20; a new user's
trial of 2026-12-07, ed05: a long label | value table whose header row, "Municipalidad de Recoleta |
Ficha de buena práctica: <title>", reportlab repeats on each page the table runs on). The row on the
ficha's next page was read into the section crossing the page (the municipality appended to the
Elemento innovador) and the restated title quoted as text left unplaced on a record right in every
field. The repetition is page furniture (`fichas._drop_repeated_head`); the head line restating the
title after a phrase naming what a ficha is says nothing the title does not (`template.restates_the_ficha`).
A line atop the next page that repeats nothing of the head stays the section's text.
"""

from __future__ import annotations

from .pdf_canvas import BODY, BOLD, Sheet, typeset
from .records import records

TITLE = "Incubadora de cooperativas de trabajo"
LABEL = "Municipalidad de Recoleta"
KIND = "Ficha de buena práctica: "
FIRST_PAGE = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migraciones."),
    ("Grupo prioritario", "Trabajadoras migrantes de aseo y ornato."),
    ("Forma de financiamiento", "Recursos propios de la municipalidad."),
    ("Sostenibilidad en el tiempo", "Se replica la experiencia con otra cooperativa."),
]
INNOVATION = "Elemento innovador/creativo del proyecto o actividad"
LAST = "La cooperativa se formó con el apoyo de la municipalidad y hoy emplea a sus socias."
SELLO = "Fortalecimiento institucional, ya que la municipalidad acompaña a la cooperativa."


def _header_row(sheet: Sheet, top: float, head: str) -> float:
    """The table's header row: two filled cells, the municipality | the kind and title; returns its bottom."""
    sheet.rect(45, top, 120, 22, fill="234e70")
    sheet.rect(165, top, 385, 22, fill="234e70")
    sheet.text(50, top + 6, LABEL, 9, BOLD)
    sheet.text(170, top + 6, head, 9, BOLD)
    return top + 22


def ficha_over_two_pages(path, head: str) -> None:
    """A ficha whose table's header row `head` (beside the municipality) opens both its pages; the
    Elemento innovador ends page 1, the Líneas Sello open page 2 under the repeated row."""
    sheet = Sheet(path)
    sheet.text(45, 50, TITLE, 18, BOLD)
    top = _header_row(sheet, 80, head) + 14
    top = sheet.sections(top, FIRST_PAGE)
    top = sheet.text(45, top, "Categoría", 12, BOLD) + 6
    top = sheet.ballot_list(45, top, ["Sociolaboral", "Cooperativas", "Emprendimiento"], [1], 14) + 10
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    top = sheet.text(45, top, "La municipalidad acompañó la creación de la cooperativa durante dos años.", 10) + 16
    top = sheet.text(45, top, INNOVATION, 12, BOLD) + 6
    sheet.text(45, top, LAST, 10, BODY)
    sheet.next_page()
    top = _header_row(sheet, 45, head) + 14
    top = sheet.text(45, top, "Líneas Sello", 12, BOLD) + 6
    sheet.text(45, top, SELLO, 10, BODY)
    sheet.save()


def unplaced(record: dict) -> list[str]:
    return [a["mensaje"] for a in record["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"]


def test_a_head_row_repeated_atop_the_next_page_is_read_once(tmp_path):
    ficha_over_two_pages(tmp_path / "ficha.pdf", KIND + TITLE)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["titulo"] == TITLE
    assert got["municipalidad"]["comuna"] == "Recoleta"
    assert got["elemento_innovador"] == LAST
    assert got["lineas_sello"][0]["justificacion"].endswith("acompaña a la cooperativa.")
    assert unplaced(got) == [], got["revision"]
    assert not any(a["campo"] == "elemento_innovador" for a in got["revision"]["avisos"]), got["revision"]


def test_a_head_line_that_restates_no_title_stays_quoted(tmp_path):
    """The row's second cell naming something else than the title ("Ficha de buena práctica:
    Programa Integra") restates nothing: quoted on page 1, as text left unplaced."""
    ficha_over_two_pages(tmp_path / "ficha.pdf", KIND + "Programa Integra")
    (got,) = records(tmp_path / "ficha.pdf")
    assert any("Programa Integra" in m for m in unplaced(got)), got["revision"]


SHEET = (2 * 595.0, 842.0)  # two A4 pages printed side by side on one sheet (a printer's 2-up imposition)
GRID_FIRST = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migraciones."),
    ("Grupo prioritario", "Trabajadoras migrantes de aseo y ornato."),
    ("Forma de financiamiento", "Recursos propios de la municipalidad."),
    ("Sostenibilidad en el tiempo", "Se replica la experiencia con otra cooperativa."),
    ("Breve descripción", "La municipalidad acompañó la creación de la cooperativa durante dos años."),
    (INNOVATION, LAST),
]
GRID_SECOND = [
    ("Líneas Sello", SELLO),
]


def _grid(sheet: Sheet, x: float, top: float, rows: list[tuple[str, str]]) -> None:
    """Label | value rows: the label (bold, wrapped in a 110-point column) at `x`, the value 125 right."""
    for label, value in rows:
        lines = typeset(label, 110, 9, BOLD)
        for k, line in enumerate(lines):
            sheet.text(x, top + 12 * k, line, 9, BOLD)
        sheet.text(x + 125, top, value, 10, BODY)
        top += 12 * len(lines) + 14


def two_up(path) -> None:
    """A ficha's two pages, label | value rows under a head row (municipality | kind and title) that
    opens each page, printed side by side on one sheet: the second page's rows level with the first's."""
    sheet = Sheet(path, SHEET)
    for x, rows in ((45.0, GRID_FIRST), (595.0 + 45.0, GRID_SECOND)):
        top = 45.0
        if rows is GRID_FIRST:
            top = sheet.text(x, top, TITLE, 18, BOLD) + 14
        sheet.text(x, top, LABEL, 9, BOLD)
        sheet.text(x + 125, top, KIND + TITLE, 9, BOLD)
        _grid(sheet, x, top + 24, rows)
    sheet.save()


def test_a_ficha_printed_two_pages_to_a_sheet(tmp_path):
    """The grid's values end at the white band down the sheet between its halves
    (`rows._gutter_right_of`): the second page's text, level with the first page's rows, is no value
    of theirs; the head row atop the second half is read once (`fichas._repeats_head_atop`)."""
    two_up(tmp_path / "sheet.pdf")
    (got,) = records(tmp_path / "sheet.pdf")
    assert got["grupo_prioritario"] == GRID_FIRST[1][1]
    assert got["descripcion"] == GRID_FIRST[4][1]
    assert got["elemento_innovador"] == LAST
    assert got["lineas_sello"][0]["justificacion"].endswith("acompaña a la cooperativa.")
    assert unplaced(got) == [], got["revision"]
