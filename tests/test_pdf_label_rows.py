"""Sections set as label | value rows (issue 20: heading_place=beside, label rows, pills, rules): a
label that names a template section opens that section wherever it stands relative to its value,
and the value beside it (its row, right of it) is that section's, never the section of another row.

- a grid of rows over text set in two columns, the right column's heading wrapped and set higher
  than the left one's (bottom-aligned): that heading is under the grid, not a side panel beside it;
- "Label:" rows set close, two labels read as one block ("Forma de financiamiento:" over
  "Sostenibilidad en el tiempo:"): each label is its own row;
- a category list beside its label, the next row's value set right under its last label
  ("Otra: Regularización" over the dates): the value is no part of the checkbox's label."""

from __future__ import annotations

from .docx_builders import CATEGORY_NAMES
from .pdf_builders import BOX_STYLES
from .pdf_canvas import BOLD, Sheet
from .test_pdf_heading_column import records

VALUES = {
    "Departamento/Oficinas": "Oficina de Migración y Oficina de la Mujer de la comuna.",
    "Grupo prioritario": "Familias migrantes y chilenas del sector norte de la comuna.",
    "Fechas de implementación": "Inicia el año 2022 y se realiza de marzo a noviembre de cada año.",
    "Forma de financiamiento": "Recursos propios municipales y aportes del Fondo Social Presidente.",
    "Sostenibilidad en el tiempo": "Sigue vigente y se repite cada año con la comunidad del barrio.",
}
DESCRIPTION = ["La municipalidad abre huertos en las plazas", "del barrio con las familias del sector."]
INNOVATION = ["Los vecinos cuidan los huertos por turnos", "durante todo el año."]


def _label(sheet: Sheet, top: float, heading: str, colon: str = "") -> None:
    """A row's label at x 40: the offices' heading wrapped over two lines."""
    if heading == "Departamento/Oficinas":
        sheet.lines(40, top, ["Departamento/Oficinas", "municipales que participan" + colon], 9, BOLD, 1.2)
    else:
        sheet.text(40, top, heading + colon, 9, BOLD)


def _head(sheet: Sheet) -> None:
    sheet.text(40, 40, "Huertos comunitarios interculturales", 18, BOLD)
    sheet.text(40, 66, "Municipalidad de Recoleta", 11, BOLD)


def _two_columns_under(sheet: Sheet, top: float) -> None:
    """Text in two columns under the grid: the left column's heading at `top`, the right one's
    wrapped over two lines and set higher, their last lines level."""
    sheet.text(40, top, "Breve descripción", 10, BOLD)
    sheet.lines(40, top + 16, DESCRIPTION, 9)
    sheet.lines(310, top - 12, ["Elemento innovador/creativo del", "proyecto o actividad"], 10, BOLD, 1.2)
    sheet.lines(310, top + 16, INNOVATION, 9)
    sheet.text(310, top + 50, "Líneas Sello", 10, BOLD)
    sheet.lines(310, top + 66, ["Vinculación comunitaria: reúne a vecinos."], 9)


def _check(record: dict) -> None:
    assert [o["nombre"] for o in record["oficinas"]][:1] == ["Oficina de Migración"]
    assert record["grupo_prioritario"] == VALUES["Grupo prioritario"]
    assert record["fechas_implementacion"]["texto"] == VALUES["Fechas de implementación"]
    assert record["forma_financiamiento"]["texto"] == VALUES["Forma de financiamiento"]
    assert record["sostenibilidad"] == VALUES["Sostenibilidad en el tiempo"]
    assert record["descripcion"] == " ".join(DESCRIPTION)
    assert record["elemento_innovador"] == " ".join(INNOVATION)


def _grid(
    sheet: Sheet, colon: str = "", gap: float = 6, rules: bool = False, otra: str = "Otra:", middle: bool = False
) -> float:
    """The rows from y 100, `gap` points apart, labels at x 40 (each with a rule under it when
    `rules`; set level with the middle of a value of two lines when `middle`), values at x 200;
    the category list's row before the dates (its last box's label `otra`). Returns the grid's
    bottom."""
    top = 100.0
    for heading, value in VALUES.items():
        if heading == "Fechas de implementación":
            _label(sheet, top, "Categoría", colon)
            labels = [*CATEGORY_NAMES[:-1], otra]
            for n, label in enumerate(labels):
                BOX_STYLES["check" if n in (0, len(labels) - 1) else "empty"](sheet, 200, top + 16 * n)
                sheet.text(214, top + 16 * n + 0.5, label, 10)
            top += 16 * (len(labels) - 1) + 12  # the next row right under the list's last label
        words = value.split()
        lines = [" ".join(words[:6]), " ".join(words[6:])] if middle else [value]
        shift = 7.0 if middle else 0.0
        _label(sheet, top + shift, heading, colon)
        bottom = top + shift + (20 if heading == "Departamento/Oficinas" else 10)
        if rules:
            sheet.line(40, bottom + 3, 190, bottom + 3)
        top = max(sheet.lines(200, top, lines, 10), bottom + 3) + gap
    return top


def test_a_heading_right_of_the_grid_that_starts_under_its_last_row_ends_the_grid(tmp_path):
    """The right column's heading under the grid starts above the left column's (wrapped, its last
    line level with it): it heads the text under the grid, no panel beside it, and the grid's rows
    keep their values (each value wide enough to cross that heading's left edge; each label level
    with the middle of its value, so that no value line is level with its label)."""
    path = tmp_path / "grid-over-columns.pdf"
    sheet = Sheet(path)
    _head(sheet)
    _two_columns_under(sheet, _grid(sheet, rules=True, middle=True) + 14)
    sheet.save()
    (record,) = records(path)
    _check(record)


def test_label_rows_set_close_are_one_row_each(tmp_path):
    """ "Label:" rows set close (a line's gap): the page gives the labels of two rows as one
    block, each label's line its own row for the value beside it."""
    path = tmp_path / "close-rows.pdf"
    sheet = Sheet(path)
    _head(sheet)
    _two_columns_under(sheet, _grid(sheet, colon=":", gap=3) + 30)
    sheet.save()
    (record,) = records(path)
    _check(record)


def test_the_value_right_under_a_category_list_beside_its_label_is_the_next_rows(tmp_path):
    """The next row's value starts right under the last checkbox's label, at the boxes' edge: it
    could have followed that short label on its line, so it is no wrapped line of it: the dates
    are the dates' section's, "Otra" names its own words only."""
    path = tmp_path / "categories.pdf"
    sheet = Sheet(path)
    _head(sheet)
    _two_columns_under(sheet, _grid(sheet, gap=8, otra="Otra: Regularización") + 16)
    sheet.save()
    (record,) = records(path)
    assert record["categoria_otra"] == "Regularización"
    _check(record)
