"""A template heading printed with its hint in brackets on the same line («Breve descripción (máx. 300
palabras)», «Categoría (marque una o más)») is that heading (trial 28 ed33: no heading was recognised,
the whole document failed `no_ficha`); its hint wrapped onto a line of its own in the heading's type
is the heading's too, no text of the section (ed33 PDF: «(indique todas)» read as an office)."""

from __future__ import annotations

from extractor.template import heading_term

from .docx_builders import TEXTS, write_ficha
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

HINTED = {
    "grupo_prioritario": "Grupo prioritario (población destinataria)",
    "categorias": "Categoría (marque una o más)",
    "fechas_implementacion": "Fechas de implementación (marque los meses)",
    "forma_financiamiento": "Forma de financiamiento (propio, externo o mixto)",
    "sostenibilidad": "Sostenibilidad en el tiempo [continuidad prevista]",
    "descripcion": "Breve descripción (máx. 300 palabras):",
    "elemento_innovador": "Elemento innovador/creativo del proyecto o actividad (qué la distingue)",
}


def test_a_heading_with_its_hint_in_brackets_is_that_heading():
    for key, printed in HINTED.items():
        term, _ = heading_term(printed)
        assert term is not None and term.id == key, printed
    assert heading_term("Breve (máx. 300 palabras)")[0] is None
    assert heading_term("(máx. 300 palabras)")[0] is None


def test_a_word_fichas_headings_with_hints_are_read(tmp_path):
    (record,) = records(write_ficha(tmp_path, headings=dict(HINTED)))
    assert record["descripcion"] == TEXTS["descripcion"]
    assert record["sostenibilidad"] == TEXTS["sostenibilidad"]
    assert record["grupo_prioritario"] == TEXTS["grupo_prioritario"]


def test_a_pdf_headings_hint_wrapped_onto_its_own_line_is_no_text(tmp_path):
    sheet = Sheet(tmp_path / "f.pdf")
    sheet.text(45, 50, "Escuela de oficios para mujeres migrantes", 20, BOLD)
    sheet.text(45, 85, "MUNICIPALIDAD PUENTE ALTO", 10, BOLD)
    top = sheet.text(45, 115, "Departamento/Oficinas municipales que participan", 12, BOLD) + 3
    top = sheet.text(45, top, "(indique todas)", 12, BOLD) + 6
    top = sheet.text(45, top, "Oficina de Migrantes", 10, BODY) + 16
    sheet.sections(top, [("Grupo prioritario", "Mujeres migrantes."), ("Breve descripción", "Una escuela de oficios.")])
    sheet.canvas.save()
    (record,) = records(tmp_path / "f.pdf")
    assert [o["texto"] for o in record["oficinas"]] == ["Oficina de Migrantes"]
