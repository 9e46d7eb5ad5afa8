"""Líneas Sello printed as a table with a yes/no column ("Línea | ¿Aplica? | Justificación", trial 30
ed96): the column selects the lines. A line answered "No" (or a dash, or left blank beside an "X"
column) is one the template lists and the ficha did not choose; the "Sí" is no part of the
justification."""

from __future__ import annotations

import pytest

from .docx_builders import DocBuilder, write_ficha
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records
from .test_sello_tables import OTHER_SECTIONS, name_lines

ROWS = [
    ("Políticas locales y trabajo colaborativo", "Sí", "ya que coordina a la oficina con el consultorio."),
    ("Acceso a la información y orientación integral", "No", ""),
    ("Vinculación comunitaria", "Sí", "ya que reúne a vecinos chilenos y extranjeros."),
    ("Fortalecimiento institucional", "No", ""),
]
EXPECTED = [
    {"linea": "politicas_locales", "justificacion": "ya que coordina a la oficina con el consultorio."},
    {"linea": "vinculacion_comunitaria", "justificacion": "ya que reúne a vecinos chilenos y extranjeros."},
]
ANSWERS = {"si-no": ("Sí", "No"), "x-blank": ("X", ""), "check-dash": ("✓", "—")}


def rows(style: str) -> list[tuple[str, str, str]]:
    yes, no = ANSWERS[style]
    return [(name, yes if answer == "Sí" else no, text) for name, answer, text in ROWS]


@pytest.mark.parametrize("style", ["si-no", "check-dash"])
def test_word_sello_table_with_a_yes_no_column(tmp_path, style):
    def part(b: DocBuilder) -> None:
        b.table([["Línea de acción", "¿Aplica?", "Justificación"], *[list(r) for r in rows(style)]])

    (got,) = records(write_ficha(tmp_path, parts={"lineas_sello": part}))
    assert got["lineas_sello"] == EXPECTED


def pdf_answer_table(path, style: str) -> None:
    sheet = Sheet(path)
    top = sheet.ficha_head(OTHER_SECTIONS)
    top = sheet.text(45, top, "Líneas Sello", 12, BOLD) + 10
    for n, (name, answer, text) in enumerate([("Línea de acción", "¿Aplica?", "Justificación"), *rows(style)]):
        names = name_lines(name)
        h = 13 * len(names) + 10
        sheet.rect(45, top, 500, h)
        sheet.line(205, top, 205, top + h)
        sheet.line(265, top, 265, top + h)
        font = BOLD if n == 0 else BODY
        sheet.lines(52, top + 5, names, size=10, font=font)
        if answer:
            sheet.text(212, top + 5, answer, 10, font)
        if text:
            sheet.text(272, top + 5, text, 10, font)
        top += h
    sheet.save()


@pytest.mark.parametrize("style", ["si-no", "x-blank"])
def test_pdf_sello_table_with_a_yes_no_column(tmp_path, style):
    pdf_answer_table(tmp_path / "ficha.pdf", style)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["lineas_sello"] == EXPECTED
