"""What a ficha's title is not, however large it is printed (or measured, on a scan): a heading's
number alone ("VI."), a line without a word (a month table's ticks OCR read as "1 1 1", specks
read as "z Ñ"), or one
word of a template heading's name alone ("PARTICIPAN", the last line of a wrapped heading that OCR
measured large). Taken for a title, each split one ficha into two records, its fields spread over
both."""

from __future__ import annotations

import pytest

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

SECTIONS = [
    ("Grupo prioritario", "Personas migrantes de la comuna."),
    ("Fechas de implementación", "De marzo a noviembre de cada año."),
    ("Forma de financiamiento", "Recursos propios de la municipalidad."),
    ("Sostenibilidad en el tiempo", "Se repite cada año con el barrio."),
    ("Breve descripción", "La academia abre cursos de idioma para vecinos migrantes."),
    ("Elemento innovador", "Los vecinos enseñan a los vecinos."),
]


@pytest.mark.parametrize("stray", ["VI.", "1 1 1", "z Ñ", "PARTICIPAN"])
def test_a_large_line_without_a_title_s_words_starts_no_ficha(tmp_path, stray):
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    sheet.text(45, 50, "Academia municipal abierta", 20, BOLD)
    sheet.text(45, 80, "MUNICIPALIDAD DE ARICA", 10, BOLD)
    top = 110.0
    for heading, text in SECTIONS[:3]:
        top = sheet.text(45, top, heading, 12, BOLD) + 6
        top = sheet.text(45, top, text, 10, BODY) + 16
    top = sheet.text(45, top, stray, 18, BOLD) + 16
    for heading, text in SECTIONS[3:]:
        top = sheet.text(45, top, heading, 12, BOLD) + 6
        top = sheet.text(45, top, text, 10, BODY) + 16
    sheet.save()
    (got,) = records(path)
    assert got["titulo"] == "Academia municipal abierta"  # one record: the stray line opened no second
    assert got["municipalidad"]["comuna"] == "Arica"
    assert got["forma_financiamiento"]["texto"].startswith("Recursos propios de la municipalidad.")  # and the line
    assert got["sostenibilidad"] == "Se repite cada año con el barrio."
    assert got["descripcion"] == "La academia abre cursos de idioma para vecinos migrantes."
