"""Paragraphs inside a form table's value cell, set apart by a small margin (issue 20: text belongs
to the region it stands in; a clerk's form, the whole ficha a ruled label | value table, its cells'
paragraphs a few points apart, `p { margin: 0 0 4pt }` in a 12 pt cell): the space is under a third
of an em, but the cell's lines are set at one even leading, so the larger pitch after a sentence's
end starts a paragraph. Each paragraph's last line is as full as the others (nothing but the space
tells), so without the rule the cell reads as one paragraph (with, at best, an aviso of doubt)."""

from __future__ import annotations

import pytest

from .pdf_canvas import BODY, BOLD, Sheet, typeset
from .records import records

PARAGRAPHS = [
    "Posteriormente la municipalidad abre una convocatoria para vecinas y vecinos de la comuna que quieran "
    "participar en talleres de oficios, con inscripciones en la oficina y por redes sociales durante dos meses",
    "Adicionalmente se coordinan encuentros mensuales con organizaciones sociales del territorio para revisar "
    "los avances del programa y ajustar sus contenidos a lo que las familias piden en cada sector",
    "Finalmente las personas que terminan los cursos reciben un certificado y se suman a una red de apoyo "
    "mutuo que se reúne en la sede vecinal para compartir ofertas de trabajo y experiencias de emprendimiento",
]
ROWS = [
    ("Grupo prioritario", ["Familias migrantes del sector norte."]),
    ("Forma de financiamiento", ["Recursos propios municipales."]),
    ("Sostenibilidad en el tiempo", ["Se repite cada año con el barrio."]),
]


def full_lines(text: str, measure: float, size: float, font: str) -> list[str]:
    """The paragraph's lines as filled by a typesetter, its last (short) line left out and a full stop
    put at the end of the line before: every line of the paragraph stands as full as the others."""
    lines = typeset(text, measure, size, font)[:-1]
    return [*lines[:-1], lines[-1].rstrip(",;") + "."]


def cell_paragraphs_pdf(path, size: float, font: str, space_ems: float, leading: float) -> None:
    """A ruled label | value form: bold 8.5 pt labels, `size` pt values in `font` at `leading` (times
    the size) and three paragraphs in the "Breve descripción" cell set `space_ems` ems apart."""
    sheet = Sheet(path)
    sheet.text(45, 40, "Huertos comunitarios interculturales", 16, BOLD)
    sheet.text(45, 62, "Municipalidad de Recoleta", 10, BOLD)
    top, x_value, measure = 85.0, 160.0, 30 * size  # some three lines a paragraph at any size
    rows = [*ROWS[:1], ("Breve descripción", PARAGRAPHS), *ROWS[1:]]
    for label, paragraphs in rows:
        y = top + 4
        for k, paragraph in enumerate(paragraphs):
            lines = full_lines(paragraph, measure, size, font) if len(paragraphs) > 1 else [paragraph]
            for line in lines:
                sheet.text(x_value, y, line, size, font)
                y += leading * size
            if k < len(paragraphs) - 1:
                y += space_ems * size
        h = max(y - top + 4, 24)
        sheet.rect(40, top, 515, h)
        sheet.line(150, top, 150, top + h)
        sheet.text(45, top + 4, label, 8.5, BOLD)
        top += h
    sheet.save()


@pytest.mark.parametrize(
    "size, font, space_ems, leading",
    [
        (12, BODY, 0.3, 1.125),  # a browser's 12 pt table cell, 4 pt margin under each paragraph
        (9, "Times-Roman", 0.25, 1.2),  # a smaller serif cell, 2.25 pt between paragraphs
        (10.5, BODY, 0.28, 1.3),  # looser leading, 3 pt between paragraphs
    ],
)
def test_a_cells_paragraphs_set_apart_by_a_small_margin_stay_apart(tmp_path, size, font, space_ems, leading):
    path = tmp_path / "form.pdf"
    cell_paragraphs_pdf(path, size, font, space_ems, leading)
    (got,) = records(path)
    assert got["descripcion"].count("\n\n") == len(PARAGRAPHS) - 1
    assert got["descripcion"].startswith("Posteriormente la municipalidad")
    assert got["grupo_prioritario"] == "Familias migrantes del sector norte."
    assert not [a for a in got["revision"]["avisos"] if a["campo"] == "descripcion"]


def test_a_cell_whose_pitch_varies_is_not_cut_by_a_small_space(tmp_path):
    """Lines at an uneven pitch (12 and 13.2 points, 0.12 em apart, at 10 pt): a pitch 0.26 em past
    the leading after a sentence's end is then no clear paragraph space, nothing is cut by it."""
    path = tmp_path / "uneven.pdf"
    sheet = Sheet(path)
    sheet.text(45, 40, "Huertos comunitarios interculturales", 16, BOLD)
    sheet.text(45, 62, "Municipalidad de Recoleta", 10, BOLD)
    sheet.text(45, 90, "Breve descripción", 12, BOLD)
    y = 110.0
    for paragraph in PARAGRAPHS:
        lines = full_lines(paragraph, 300, 10, BODY)
        for k, line in enumerate(lines):
            sheet.text(45, y, line, 10, BODY)
            y += 12 + (1.2 if k % 2 else 0.0) + (2.6 if k == len(lines) - 1 else 0.0)
    sheet.sections(y + 12, [(label, text[0]) for label, text in ROWS])
    sheet.save()
    (got,) = records(path)
    assert got["descripcion"].count("\n\n") == 0


def test_two_one_line_paragraphs_in_a_cell_are_two(tmp_path):
    """A cell of two one-line paragraphs a small margin apart: two lines tell no leading of their own,
    the document's other cells do (a three-line paragraph at the same size and leading)."""
    path = tmp_path / "two.pdf"
    size, leading, space = 10.0, 1.15, 0.3
    sheet = Sheet(path)
    sheet.text(45, 40, "Huertos comunitarios interculturales", 16, BOLD)
    sheet.text(45, 62, "Municipalidad de Recoleta", 10, BOLD)
    first, second = (full_lines(p, 300, size, BODY)[0] for p in PARAGRAPHS[:2])
    long = full_lines(PARAGRAPHS[2], 300, size, BODY)
    rows = [
        ("Grupo prioritario", [["Familias migrantes del sector norte."]]),
        ("Breve descripción", [[first.rstrip(".") + "."], [second.rstrip(".") + "."]]),
        ("Sostenibilidad en el tiempo", [long]),
        ("Forma de financiamiento", [["Recursos propios municipales."]]),
    ]
    top = 85.0
    for label, paragraphs in rows:
        y = top + 4
        for k, lines in enumerate(paragraphs):
            for line in lines:
                sheet.text(160, y, line, size, BODY)
                y += leading * size
            if k < len(paragraphs) - 1:
                y += space * size
        h = y - top + 4
        sheet.rect(40, top, 515, h)
        sheet.line(150, top, 150, top + h)
        sheet.text(45, top + 4, label, 8.5, BOLD)
        top += h
    sheet.save()
    (got,) = records(path)
    assert got["descripcion"].count("\n\n") == 1
    assert got["sostenibilidad"].count("\n\n") == 0
