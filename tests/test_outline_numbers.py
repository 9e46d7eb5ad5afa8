"""Fichas printed as chapters of a report whose headings carry an outline's numbers («2.1.3.
Categoría», «2.2. Capacitación en Oficios»: Word's multilevel list, printed by LibreOffice; issue 20,
trial 28 ed05): the headings are the template's, the title's number is the report's, no word of it;
and a Word ficha whose title stands far above its headings (a report's cover line over a table of
contents and an introduction) says its title is in doubt."""

from __future__ import annotations

import pytest

from extractor.template import heading_term, outline_number_removed

from .docx_builders import HEADINGS, DocBuilder, write_ficha
from .records import records


@pytest.mark.parametrize("number", ["2.1.3.", "2.1.3", "10.2."])
def test_a_heading_numbered_by_an_outline_is_the_templates(number):
    assert heading_term(f"{number} Categoría") is not None


def test_an_outline_number_is_no_word_of_a_title_but_one_number_is():
    assert outline_number_removed("2.2. Capacitación en Oficios") == "Capacitación en Oficios"
    assert outline_number_removed("3 Ferias interculturales") == "3 Ferias interculturales"


def test_a_word_fichas_outline_numbered_title_and_headings(tmp_path):
    path = write_ficha(
        tmp_path,
        title="2.1. Escuela de oficios para mujeres migrantes",
        headings={key: f"2.1.{n}. {text}" for n, (key, text) in enumerate(HEADINGS.items(), start=1)},
    )
    (record,) = records(path)
    assert record["titulo"] == "Escuela de oficios para mujeres migrantes"
    assert record["grupo_prioritario"] and record["revision"]["estado"] == "ok"


def test_a_word_title_far_above_the_headings_is_in_doubt(tmp_path):
    b = DocBuilder()
    b.title("Informe de gestión 2024")
    for text in ("Contenido", "1. Introducción", "2. Buenas prácticas", "Este informe reúne las experiencias."):
        b.paragraph(text)
    b.paragraph("Escuela de oficios para mujeres migrantes")
    (record,) = records(write_ficha(tmp_path, title=None, builder=b))
    assert any(a["campo"] == "titulo" and a["codigo"] == "titulo_dudoso" for a in record["revision"]["avisos"])
