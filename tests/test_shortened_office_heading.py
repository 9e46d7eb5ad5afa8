"""The offices' heading shortened by a designer («Departamento/Oficinas municipales», without «que
participan»; a new user's trial of 2026-12-07, trial 29 ed12) is the template's heading (vocabulary
`headings`), so the offices under it are read, not left unplaced."""

from __future__ import annotations

from extractor.template import heading_term

from .pdf_canvas import Sheet
from .records import records


def test_the_shortened_office_heading_is_the_templates():
    term, _ = heading_term("Departamento/Oficinas municipales")
    assert term is not None and term.id == "oficinas"


def test_offices_under_the_shortened_heading_are_read(tmp_path):
    sheet = Sheet(tmp_path / "f.pdf")
    sheet.ficha_head(
        [
            ("Departamento/Oficinas municipales", "Oficina de Migración"),
            ("Grupo prioritario", "Personas migrantes y refugiadas."),
            ("Breve descripción", "La escuela ofrece cursos de oficio a mujeres migrantes."),
        ]
    )
    sheet.save()
    (record,) = records(tmp_path / "f.pdf")
    assert [o["texto"] for o in record["oficinas"]] == ["Oficina de Migración"]
