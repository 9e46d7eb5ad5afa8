"""The category list printed as the names of the selected categories alone (issue 20, trial 27
ed13): a bullet list, or one name to a paragraph, under the Categoría heading, the others
unprinted, with no box, mark or look setting any apart. The names are the selected categories
(`segment.fichas._named_category_list`), read in Word and in a PDF, with no flag; a list naming
every category alike, or names mixed with other text, tells nothing: left as text, the section
flagged as having no boxes."""

from __future__ import annotations

import pytest

from .docx_builders import CATEGORY_LABELS, DocBuilder, write_ficha
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records, records_by_engine

OTHER_SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]
DESCRIPTION = ("Breve descripción", "La municipalidad abre una escuela de oficios.")
EVERY = list(CATEGORY_LABELS.values())  # the template's list, as printed


def category_avisos(got: dict) -> list[dict]:
    return [a for a in got["revision"]["avisos"] if a["campo"].startswith("categori")]


def word_list(names: list[str], style: str | None):
    def part(b: DocBuilder) -> None:
        for name in names:
            b.paragraph(name, style=style)

    return part


def pdf_list(path, names: list[str], bullet: str) -> None:
    sheet = Sheet(path)
    top = sheet.ficha_head(OTHER_SECTIONS)
    top = sheet.text(45, top, "Categoría", 12, BOLD) + 8
    for name in names:
        if bullet:
            sheet.text(50, top, bullet, 10, BODY)
        top = sheet.text(62 if bullet else 45, top, name, 10, BODY) + 5
    top = sheet.text(45, top + 10, DESCRIPTION[0], 12, BOLD) + 6
    sheet.text(45, top, DESCRIPTION[1], 10, BODY)
    sheet.save()


@pytest.mark.parametrize("style", ["List Bullet", None], ids=["bullets", "paragraphs"])
def test_word_names_of_the_selected_alone_are_the_selected(tmp_path, style):
    part = word_list(["Sociolaboral", "Capacitaciones", "Otra: Regularización"], style)
    (got,) = records(write_ficha(tmp_path, parts={"categorias": part}))
    assert got["categorias"] == ["sociolaboral", "capacitaciones", "otra"]
    assert got["categoria_otra"] == "Regularización"
    assert category_avisos(got) == []


@pytest.mark.parametrize("bullet", ["•", ""], ids=["bullets", "lines"])
def test_pdf_names_of_the_selected_alone_are_the_selected(tmp_path, bullet):
    pdf_list(tmp_path / "ficha.pdf", ["Sociolaboral", "Intermediación laboral"], bullet)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["categorias"] == ["sociolaboral", "intermediacion_laboral"]
        assert got["descripcion"] == DESCRIPTION[1]
        assert category_avisos(got) == []


def test_every_category_named_alike_tells_nothing(tmp_path):
    (got,) = records(write_ficha(tmp_path, parts={"categorias": word_list(EVERY, "List Bullet")}))
    assert got["categorias"] == []
    assert "seccion_vacia" in {a["codigo"] for a in category_avisos(got)}


def test_names_beside_other_text_are_no_list(tmp_path):
    part = word_list(["Sociolaboral", "La práctica apunta además a la capacitación de las vecinas."], None)
    (got,) = records(write_ficha(tmp_path, parts={"categorias": part}))
    assert got["categorias"] == []
    assert "seccion_vacia" in {a["codigo"] for a in category_avisos(got)}


@pytest.mark.parametrize("separator", [" · ", " | ", ", "])
def test_pdf_names_of_the_selected_on_one_line_are_the_selected(tmp_path, separator):
    """The selected names on one line parted by separators (trial 29 ed09: «Sociolaboral ·
    Capacitaciones»); a slash stays a name's own («Acogida/atención»)."""
    pdf_list(tmp_path / "ficha.pdf", [separator.join(["Sociolaboral", "Acogida/atención", "Capacitaciones"])], "")
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["categorias"] == ["sociolaboral", "acogida_atencion", "capacitaciones"]
        assert category_avisos(got) == []


def test_a_line_of_every_name_tells_nothing(tmp_path):
    pdf_list(tmp_path / "ficha.pdf", [" · ".join(EVERY)], "")
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["categorias"] == []
        assert category_avisos(got)
