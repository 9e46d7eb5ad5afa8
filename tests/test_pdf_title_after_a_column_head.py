"""A ficha opening a new page after a ficha whose last page sets its text in two columns (reportlab
seed 35471): the text read right before the ficha is the right column's last lines, at the column's
head, level with the left column's first heading, printed as large as the title. That heading is no
title's first line left at the page's foot (text of its page stands under it): no `titulo_dudoso`.
A title-sized line at the page's foot still is one (tests/test_pdf_title_choice.py)."""

from __future__ import annotations

import pytest

from .pdf_canvas import BODY, BOLD, Sheet, typeset
from .records import records

HEAD = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración - DIDECO"),
    ("Grupo prioritario", "Personas migrantes del sector norte."),
    ("Fechas de implementación", "Entre marzo y noviembre de 2022."),
    ("Forma de financiamiento", "Recursos propios municipales."),
    ("Sostenibilidad en el tiempo", "Se repite cada año con la comunidad."),
]
LONG = (
    "La municipalidad abre un espacio de encuentro para las familias del barrio, donde se realizan talleres de "
    "oficios, ferias de emprendimiento y jornadas de orientación sobre trámites migratorios con el apoyo de "
    "organizaciones de la sociedad civil y de los establecimientos educacionales de la comuna. "
)
TAIL = [
    ("Breve descripción", LONG * 3),
    ("Elemento innovador/creativo del proyecto o actividad", LONG * 2),
    ("Líneas Sello", "Vinculación comunitaria, ya que reúne a vecinos chilenos y extranjeros. " + LONG),
]
LAST = [  # each ficha's own (a line repeated at one place on two pages is a running header)
    "Acceso a la información y orientación, ya que se orienta a las familias en sus trámites migratorios.",
    "Estrategias formativas y de sensibilización, ya que se realizan talleres en las escuelas de la comuna.",
]
FICHAS = [("Huertos comunitarios interculturales", "Recoleta"), ("Capacitación en oficios", "Quinta Normal")]


def two_fichas(path, title: float, heading: float, body: float) -> None:
    """Each ficha: a page of its title, label and short sections; then a page of its long sections in
    two columns (headings `heading` points, as large as the `title` or nearly), the last section's last
    paragraph at the right column's head."""
    sheet = Sheet(path)
    pitch, foot, measure = 1.3 * body, 770.0, 230.0
    for n, (name, comuna) in enumerate(FICHAS):
        if n:
            sheet.next_page()
        sheet.text(50, 60, name, title, BOLD)
        sheet.text(50, 60 + title + 8, f"Municipalidad de {comuna}", 10, BOLD)
        top = 130.0
        for head, text in HEAD:
            top = sheet.text(50, top, head, heading, BOLD) + 6
            top = sheet.text(50, top, text, body, BODY) + 14
        sheet.next_page()
        x, top = 50.0, 60.0
        for head, text in TAIL:
            if top + heading > foot:
                x, top = 310.0, 60.0
            for line in typeset(head, measure, heading, BOLD):
                top = sheet.text(x, top, line, heading, BOLD) + 2
            top += 4
            for line in typeset(text, measure, body):
                if top + body > foot:
                    x, top = 310.0, 60.0
                top = sheet.text(x, top, line, body, BODY) + pitch - body
            top += 12
        top = 60.0  # the last paragraph at the right column's head, level with the left column's first heading
        for line in typeset(LAST[n], measure, body):
            top = sheet.text(310.0, top, line, body, BODY) + pitch - body
    sheet.save()


@pytest.mark.parametrize(("title", "heading", "body"), [(16.0, 15.0, 10.0), (14.0, 14.0, 9.0)])
def test_a_heading_atop_the_left_column_is_no_title_before_the_next_ficha(tmp_path, title, heading, body):
    path = tmp_path / "fichas.pdf"
    two_fichas(path, title, heading, body)
    got = records(path)
    assert [r["titulo"] for r in got] == [t for t, _ in FICHAS]
    for r in got:
        assert not [a for a in r["revision"]["avisos"] if a["codigo"] == "titulo_dudoso"], r["revision"]
