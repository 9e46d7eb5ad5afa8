"""A Word form's banner line over its table ("FICHA BUENA PRÁCTICA MUNICIPAL — SELLO MIGRANTE", then the
form's rows "Nombre de la iniciativa | <name>", "Municipalidad | …") is the document's, as the text
before a titled first ficha is: no aviso (issue 20; a new user's trial of 2026-12-07, d02: the banner
was quoted in an aviso texto_sin_ubicar with no field, and a record right in every field was
`revisar`). The ficha starts at its name's row (`fichas._form_start`); a municipality label printed
right before the row stays the ficha's; the same banner in the page header (`w:hdr`) is a running
header, read apart.
"""

from __future__ import annotations

import pytest

from .docx_builders import DocBuilder
from .records import records

NAME = "Academia Municipal Abierta"
ROWS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Personas migrantes y refugiadas."),
    ("Fechas de implementación", "De agosto a diciembre."),
    ("Forma de financiamiento", "Recursos propios municipales."),
    ("Sostenibilidad en el tiempo", "Se repite cada año."),
    ("Breve descripción", "La academia ofrece cursos de oficio a personas migrantes."),
    ("Elemento innovador/creativo del proyecto o actividad", "Cursos abiertos a toda la comuna."),
]
BANNERS = ["FICHA BUENA PRÁCTICA MUNICIPAL — SELLO MIGRANTE", "Formulario de postulación 2023"]


def unplaced(record: dict) -> list[str]:
    return [a["mensaje"] for a in record["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"]


@pytest.mark.parametrize("banner", BANNERS)
@pytest.mark.parametrize("label", ["Nombre de la iniciativa", "Nombre de la práctica:"])
def test_a_banner_over_the_form_table_is_the_documents(tmp_path, banner, label):
    b = DocBuilder()
    b.paragraph(banner, bold=True)
    b.label_value_table([(label, NAME), ("Municipalidad", "Municipalidad de Arica"), *ROWS], bold=True)
    (got,) = records(b.save(tmp_path))
    assert got["titulo"] == NAME
    assert got["municipalidad"]["comuna"] == "Arica"
    assert unplaced(got) == [], got["revision"]


def test_a_municipality_label_over_the_form_stays_the_fichas(tmp_path):
    b = DocBuilder()
    b.paragraph(BANNERS[0], bold=True)
    b.paragraph("Municipalidad de Arica", bold=True)
    b.label_value_table([("Nombre de la iniciativa", NAME), *ROWS], bold=True)
    (got,) = records(b.save(tmp_path))
    assert got["titulo"] == NAME
    assert got["municipalidad"]["comuna"] == "Arica"
    assert unplaced(got) == [], got["revision"]


def test_the_banner_in_the_page_header_is_a_running_header(tmp_path):
    b = DocBuilder()
    b.doc.sections[0].header.paragraphs[0].text = BANNERS[0]
    b.label_value_table([("Nombre de la iniciativa", NAME), ("Municipalidad", "Municipalidad de Arica"), *ROWS])
    (got,) = records(b.save(tmp_path))
    assert got["titulo"] == NAME
    assert unplaced(got) == [], got["revision"]
