"""`categoria_otra` carries its own aviso when the category list is in doubt (issue 20; Word seeds
29019, 29416: with no page break between fichas LibreOffice prints the next ficha's category text box
on this ficha's page, so the page shows two category lists and the ficha took the other's
«Otra: Regularización» as its write-in, flagged on `categorias` only; the next ficha, with no list,
had a null write-in, flagged by `seccion_faltante` on `categorias` only). A list printed twice leaves
the write-in in doubt."""

from __future__ import annotations

from extractor.pipeline import extract_document
from extractor.readers import ReadOptions

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records_by_engine

SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]
LISTS = [
    (["Sociolaboral", "Emprendimiento", "Otra"], [0]),
    (["Acogida/atención", "Capacitaciones", "Otra: Regularización"], [1, 2]),
]


def pdf_category_lists(path, count: int) -> None:
    """A ficha with `count` category lists (1 or 2), each under its own «Categoría» heading, the
    second's "Otra" checked with its write-in."""
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    for labels, checked in LISTS[:count]:
        top = sheet.text(45, top, "Categoría", 12, BOLD) + 6
        top = sheet.ballot_list(45, top, labels, checked, 16) + 10
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


def test_the_write_in_of_a_list_printed_twice_is_flagged(tmp_path):
    pdf_category_lists(tmp_path / "ficha.pdf", 2)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        said = [a for a in got["revision"]["avisos"] if a["campo"] == "categoria_otra"]
        assert [a["codigo"] for a in said] == ["lectura_dudosa"]
        assert got["categoria_otra"] == "Regularización"
        assert "Regularización" in said[0]["mensaje"]


def test_one_list_read_whole_leaves_the_write_in_unflagged(tmp_path):
    pdf_category_lists(tmp_path / "ficha.pdf", 1)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("categoria")]


def test_a_ficha_with_no_list_beside_one_with_two_is_flagged(tmp_path):
    """Two fichas: the first shows two category lists (the second ficha's printed on its page), the
    second none: the second's null write-in is in doubt too (Word seeds 29019, 29416)."""
    sheet = Sheet(tmp_path / "fichas.pdf")
    top = sheet.ficha_head(SECTIONS)
    for labels, checked in LISTS:
        top = sheet.text(45, top, "Categoría", 12, BOLD) + 6
        top = sheet.ballot_list(45, top, labels, checked, 16) + 10
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.next_page()
    top = sheet.ficha_head(SECTIONS, title="Festival multicultural de la comuna", label="MUNICIPALIDAD EL BOSQUE")
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "Un festival anual de las comunidades migrantes.", 10, BODY)
    sheet.save()
    for engine in ("pdfium", "pdfplumber"):
        fichas = extract_document(tmp_path / "fichas.pdf", options=ReadOptions(engine)).fichas
        first, second = [f.model_dump(mode="json") for f in fichas]
        assert [a["codigo"] for a in first["revision"]["avisos"] if a["campo"] == "categoria_otra"] == [
            "lectura_dudosa"
        ]
        said = [a for a in second["revision"]["avisos"] if a["campo"] == "categoria_otra"]
        assert second["categoria_otra"] is None and [a["codigo"] for a in said] == ["lectura_dudosa"]
