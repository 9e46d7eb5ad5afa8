"""A ficha's ruled table ending on the page of the next ficha's title (issue 20, Word harness, LibreOffice
PDF): the Sello table's justification cells stand right of the title's column. They are the cells of the
ficha before, read cell by cell, not the head of the ficha below: every line keeps its justification.

A side panel beside the title that holds no text of such a table still moves to the ficha on its page
(tests/test_pdf_heads_by_page.py)."""

from __future__ import annotations

import json
from collections.abc import Sequence

import pytest

from .pdf_canvas import BODY, BOLD, Sheet, typeset
from .test_pdf_heads_by_page import records

LEFT, SPLIT, RIGHT = 60.0, 220.0, 540.0  # the outer table's rules (points)
NAME_END = 340.0  # the Sello table's rule between a line's name and its justification
SIZE, LEADING, PAD = 10.0, 13.0, 5.0

SELLO = [
    (
        "Vinculación comunitaria",
        "ya que reúne a vecinos chilenos y extranjeros en las actividades del barrio durante todo el año.",
    ),
    ("Políticas locales y trabajo colaborativo", "ya que la oficina trabaja junto a las juntas de vecinos del sector."),
]
ROWS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración."),
    ("Grupo prioritario", "Personas migrantes del sector norte."),
    ("Fechas de implementación", "Entre marzo y noviembre de 2022."),
    ("Forma de financiamiento", "Recursos propios municipales."),
    ("Sostenibilidad en el tiempo", "Se repite cada año con la comunidad."),
    ("Breve descripción", "La municipalidad abre un espacio de encuentro para las familias."),
    ("Elemento innovador/creativo del proyecto o actividad", "Se trabaja con los vecinos del barrio."),
]
FICHAS = [("Huertos comunitarios interculturales", "Recoleta"), ("Oficina móvil de orientación", "Puente Alto")]


def _frame(sheet: Sheet, top: float, bottom: float, xs: Sequence[float]) -> None:
    """A row's rules: its top and bottom across `xs`' span and a vertical rule at each x."""
    sheet.line(xs[0], top, xs[-1], top)
    sheet.line(xs[0], bottom, xs[-1], bottom)
    for x in xs:
        sheet.line(x, top, x, bottom)


def _row(sheet: Sheet, top: float, label: str, value: str) -> float:
    """A label | value row of the outer table from `top`; returns its bottom."""
    labels = typeset(label, SPLIT - LEFT - 2 * PAD, SIZE, BOLD)
    values = typeset(value, RIGHT - SPLIT - 2 * PAD, SIZE, BODY)
    sheet.lines(LEFT + PAD, top + PAD, labels, SIZE, BOLD, LEADING / SIZE)
    sheet.lines(SPLIT + PAD, top + PAD, values, SIZE, BODY, LEADING / SIZE)
    bottom = top + max(len(labels), len(values)) * LEADING + 2 * PAD
    _frame(sheet, top, bottom, [LEFT, SPLIT, RIGHT])
    return bottom


def _sello_row(sheet: Sheet, top: float, outer: bool = True) -> float:
    """The "Líneas Sello" row: its label, a lead-in, and a nested table of name | justification
    (the justification column right of x NAME_END), the row framed as a cell of the outer table
    when `outer` (else the name | justification table stands alone); returns the row's bottom."""
    sheet.text(LEFT + PAD, top + PAD, "Líneas Sello", SIZE, BOLD)
    y = sheet.text(SPLIT + PAD, top + PAD, "Se destaca el trabajo en las líneas de acción:", SIZE) + 2 * PAD
    inner = [SPLIT + PAD, NAME_END, RIGHT]
    for name, reason in SELLO:
        names = typeset(name, NAME_END - inner[0] - 2 * PAD, SIZE, BOLD)
        reasons = typeset(reason, RIGHT - NAME_END - 2 * PAD, SIZE, BODY)
        sheet.lines(inner[0] + PAD, y + PAD, names, SIZE, BOLD, LEADING / SIZE)
        sheet.lines(NAME_END + PAD, y + PAD, reasons, SIZE, BODY, LEADING / SIZE)
        bottom = y + max(len(names), len(reasons)) * LEADING + 2 * PAD
        _frame(sheet, y, bottom, inner)
        y = bottom
    bottom = y + PAD
    if outer:
        _frame(sheet, top, bottom, [LEFT, SPLIT, RIGHT])
    return bottom


def _title(sheet: Sheet, top: float, title: str, comuna: str) -> float:
    """The title at the left (it ends left of NAME_END), its municipality label at the right."""
    sheet.text(LEFT, top, title, 18, BOLD)
    sheet.text(400, top, "Municipalidad de", 9, BOLD)
    sheet.text(400, top + 11, comuna, 9, BOLD)
    return top + 40


def table_ends_above_title(path, outer: bool = True) -> None:
    """Two fichas as ruled tables; the first one's Sello row ends on the second one's page, above
    its title (its name | justification table inside the outer table's cell when `outer`)."""
    sheet = Sheet(path)
    for n, (title, comuna) in enumerate(FICHAS):
        top = _title(sheet, 300.0 if n else 40.0, title, comuna)
        for label, value in ROWS:
            top = _row(sheet, top, label, value)
        if n == 0:  # the first ficha's last row on the second ficha's page
            sheet.next_page()
            top = 40.0
        top = _sello_row(sheet, top, outer)
        if n == 0:
            assert top < 290, "the Sello row ends above the second title"
    sheet.save()


@pytest.mark.parametrize("outer", [True, False], ids=["nested-in-the-form", "a-table-of-its-own"])
def test_a_table_ending_above_the_next_title_keeps_its_cells_right_of_the_title(tmp_path, outer):
    path = tmp_path / "fichas.pdf"
    table_ends_above_title(path, outer)
    got = records(path)
    assert [r["titulo"] for r in got] == [t for t, _ in FICHAS]
    assert [r["municipalidad"]["comuna"] for r in got] == [c for _, c in FICHAS]
    if not outer:  # the table's cells, no region of a section, are flagged where they are: in the first ficha
        assert "reúne a vecinos" in json.dumps(got[0], ensure_ascii=False)
        assert not [a for a in got[1]["revision"]["avisos"] if a["campo"] == ""]  # none in the second's head
        return
    for record in got:
        assert [line["justificacion"] for line in record["lineas_sello"]] == [reason for _, reason in SELLO]
        assert not [a for a in record["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"]


GOING_ON = "Las familias que participan reciben orientación sobre sus trámites y el acceso a los servicios."


def description_goes_on_above_a_short_title(path) -> None:
    """Two fichas as ruled tables; the first one's "Breve descripción" row is cut by the page: its
    value goes on at the head of the next page in a row whose label cell is empty, above the
    "Elemento" and Sello rows and the second ficha's title, a short one ending left of the value
    column (nothing of that row stands in the title's column)."""
    sheet = Sheet(path)
    fichas = [(FICHAS[0][0], FICHAS[0][1]), ("Operativos", "Puente Alto")]
    for n, (title, comuna) in enumerate(fichas):
        top = _title(sheet, 400.0 if n else 40.0, title, comuna)
        for label, value in ROWS:
            if n == 0 and label == "Elemento innovador/creativo del proyecto o actividad":
                sheet.next_page()
                top = _row(sheet, 40.0, "", GOING_ON)
            top = _row(sheet, top, label, value)
        top = _sello_row(sheet, top)
        if n == 0:
            assert top < 390, "the Sello row ends above the second title"
    sheet.save()


def test_a_value_going_on_above_a_short_title_stays_with_its_ficha(tmp_path):
    """The value going on at the page's head, right of the short title's column, is printed above the
    rows of the ficha before that stay with it (its "Elemento" value, level with its label): it is
    that ficha's description too, not the head of the ficha below (Word seed 22892)."""
    path = tmp_path / "fichas.pdf"
    description_goes_on_above_a_short_title(path)
    got = records(path)
    assert [r["titulo"] for r in got] == ["Huertos comunitarios interculturales", "Operativos"]
    assert got[0]["descripcion"] == ROWS[5][1] + "\n\n" + GOING_ON
    assert GOING_ON not in json.dumps(got[1], ensure_ascii=False)


def test_an_acronym_in_parentheses_going_on_past_the_page_is_the_names(tmp_path):
    """A label | value row cut by the page break after a name, its acronym "(SECPLAC)" alone at the
    next page's head in the value column (the label cell empty): capitals in parentheses are no
    emphasis, the office's text goes on there (Word seed 22950 read the name without it)."""
    path = tmp_path / "acronym.pdf"
    sheet = Sheet(path)
    top = _title(sheet, 40.0, *FICHAS[0])
    for label, value in ROWS[1:]:
        top = _row(sheet, top, label, value)
    _row(sheet, 760.0, ROWS[0][0], "Oficina de Migración, Secretaría Comunal de Planificación")
    sheet.next_page()
    top = _row(sheet, 40.0, "", "(SECPLAC)")
    _sello_row(sheet, top)
    sheet.save()
    (record,) = records(path)
    assert [o["texto"] for o in record["oficinas"]] == [
        "Oficina de Migración",
        "Secretaría Comunal de Planificación (SECPLAC)",
    ]
