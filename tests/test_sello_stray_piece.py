"""A piece of a sentence left unread in the Líneas Sello (browser seed 24345: the description's
column foot, level with the Sello heading's band in the next column, was read after that heading,
where no line took it): the running texts read before the Sello section may lack it and must not
pass as whole (`lectura_dudosa` on each); a stray text opening in capitals says nothing of them."""

from __future__ import annotations

from .pdf_canvas import Sheet
from .records import records

SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Personas migrantes de la comuna."),
    ("Breve descripción", "La municipalidad organiza una feria con vecinos migrantes."),
]


def ficha_with_sello_stray(path, stray: str) -> None:
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    sheet.sections(
        top,
        [
            ("Líneas Sello", stray),
            ("", "Políticas locales y trabajo colaborativo, ya que la feria se coordina con Cultura."),
        ],
    )
    sheet.save()


def doubts(record: dict, field: str) -> list[str]:
    return [
        a["mensaje"] for a in record["revision"]["avisos"] if a["campo"] == field and a["codigo"] == "lectura_dudosa"
    ]


def test_a_sentence_piece_left_in_the_sello_section_flags_the_texts_read_before(tmp_path):
    ficha_with_sello_stray(tmp_path / "f.pdf", "gastronómica, además de bandas musicales de varios países.")
    (record,) = records(tmp_path / "f.pdf")
    assert any("quedó sin ubicar" in m for m in doubts(record, "descripcion")), record["revision"]


def test_a_stray_opening_in_capitals_flags_no_text_before(tmp_path):
    ficha_with_sello_stray(tmp_path / "f.pdf", "Sello Migrante 2023.")
    (record,) = records(tmp_path / "f.pdf")
    assert not any("quedó sin ubicar" in m for m in doubts(record, "descripcion")), record["revision"]
