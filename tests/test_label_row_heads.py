"""A whole ficha set as label | value rows (issue 20, part 4: sections as label | value rows), its
name and municipality in rows of their own: "Nombre de la práctica | <name>" (vocabulary
`title_labels`) and "Municipalidad | MUNICIPALIDAD DE <COMUNA>". With no text larger than the body,
the name row's value is the title (not the first head text, a page header's "Ficha de Buenas
Prácticas Municipales"), and the municipality row's value alone is the municipality label."""

from __future__ import annotations

import pytest

from extractor.pipeline import extract_document
from extractor.readers.options import ReadOptions

from .docx_builders import DocBuilder
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

NAME = "Huertos comunitarios interculturales"
ROWS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Familias migrantes del sector norte."),
    ("Fechas de implementación", "De marzo a noviembre de cada año."),
    ("Forma de financiamiento", "Recursos propios municipales."),
    ("Sostenibilidad en el tiempo", "Se repite cada año con el barrio."),
    ("Breve descripción", "La municipalidad abre huertos en las plazas."),
    ("Elemento innovador/creativo del proyecto o actividad", "Los vecinos cuidan los huertos."),
]


def head_rows(label: str, municipality_label: str) -> list[tuple[str, str]]:
    return [(label, NAME), (municipality_label, "MUNICIPALIDAD DE RECOLETA")]


def pdf_label_rows(path, label: str, municipality_label: str, page_header: bool) -> None:
    """A ruled two-column table, bold labels at the left, every text at the body's size."""
    sheet = Sheet(path)
    if page_header:
        sheet.text(380, 30, "Ficha de Buenas Prácticas Municipales", 9, BODY)
    top = 50.0
    for left, right in [*head_rows(label, municipality_label), *ROWS]:
        words, lines = left.split(), [""]
        for word in words:  # a long label wraps in its narrow cell
            if len(lines[-1]) + len(word) > 24 and lines[-1]:
                lines.append("")
            lines[-1] = f"{lines[-1]} {word}".strip()
        h = 12 * len(lines) + 10
        sheet.rect(40, top, 515, h)
        sheet.line(190, top, 190, top + h)
        sheet.lines(46, top + 5, lines, 9, BOLD, 1.33)
        sheet.text(196, top + 5, right, 9, BODY)
        top += h
    sheet.save()


def check(got: dict) -> None:
    assert got["titulo"] == NAME
    assert got["municipalidad"]["comuna"] == "Recoleta"
    assert got["grupo_prioritario"] == "Familias migrantes del sector norte."
    assert not [a for a in got["revision"]["avisos"] if a["campo"] in ("titulo", "municipalidad.comuna")]


@pytest.mark.parametrize("label", ["Nombre de la práctica", "Título"])
@pytest.mark.parametrize("page_header", [False, True], ids=["alone", "page-header"])
def test_pdf_ficha_name_in_a_label_row(tmp_path, label, page_header):
    pdf_label_rows(tmp_path / "ficha.pdf", label, "Municipalidad", page_header)
    for engine in ("pdfium", "pdfplumber"):
        (got,) = [
            f.model_dump(mode="json")
            for f in extract_document(tmp_path / "ficha.pdf", options=ReadOptions(engine)).fichas
        ]
        check(got)
        if page_header:  # the page's header is no field's: said, never the title
            assert any("Ficha de Buenas" in a["mensaje"] for a in got["revision"]["avisos"])


@pytest.mark.parametrize("label", ["Nombre de la práctica", "Nombre de la práctica:"])
def test_word_ficha_name_in_a_label_row(tmp_path, label):
    b = DocBuilder()
    b.paragraph("Ficha de Buenas Prácticas Municipales")
    b.label_value_table([*head_rows(label, "Municipalidad"), *ROWS], bold=True)
    (got,) = records(b.save(tmp_path))
    check(got)


def test_word_ficha_name_labelled_in_its_paragraph(tmp_path):
    """ "Nombre de la práctica: <name>" as one paragraph, the sections under it."""
    b = DocBuilder()
    b.paragraph(f"Nombre de la práctica: {NAME}")
    b.paragraph("Municipalidad de Recoleta")
    for heading, text in ROWS:
        b.heading(heading)
        b.paragraph(text)
    (got,) = records(b.save(tmp_path))
    check(got)


SECOND = "Escuela de verano para niñas y niños"


def pdf_two_forms(path, label: str, page_break: bool, size: float) -> None:
    """Two fichas, each a ruled label | value form opening with its name's row (`label`), every text
    at `size` points: the second form on a new page, or (`page_break` False) right under the first."""
    sheet = Sheet(path)
    top = 50.0
    for name, comuna in ((NAME, "RECOLETA"), (SECOND, "EL BOSQUE")):
        if name == SECOND:
            if page_break:
                sheet.next_page()
                top = 50.0
            else:
                top += 3 * size
        for left, right in [(label, name), ("Municipalidad", f"MUNICIPALIDAD DE {comuna}"), *ROWS]:
            lines = [""]
            for word in left.split():  # a long label wraps in its narrow cell
                if len(lines[-1]) + len(word) > 24 and lines[-1]:
                    lines.append("")
                lines[-1] = f"{lines[-1]} {word}".strip()
            h = 1.33 * size * len(lines) + size
            sheet.rect(40, top, 515, h)
            sheet.line(190, top, 190, top + h)
            sheet.lines(46, top + size / 2, lines, size, BOLD, 1.33)
            sheet.text(196, top + size / 2, right, size, BODY)
            top += h
    sheet.save()


@pytest.mark.parametrize(
    "label, page_break, size",
    [("Nombre de la práctica", True, 9), ("Título", True, 10), ("Nombre de la iniciativa", False, 8.5)],
)
def test_pdf_the_next_forms_name_row_opens_the_next_ficha(tmp_path, label, page_break, size):
    """A second form's name row, set at the body's size (no title-like text), after the first form's
    last row: the name is the second ficha's title, not an unknown heading of the first ficha."""
    path = tmp_path / "forms.pdf"
    pdf_two_forms(path, label, page_break, size)
    first, second = records(path)
    assert first["titulo"] == NAME and second["titulo"] == SECOND
    assert second["municipalidad"]["comuna"] == "El Bosque"
    for got in (first, second):
        assert got["grupo_prioritario"] == "Familias migrantes del sector norte."
        assert not [a for a in got["revision"]["avisos"] if a["codigo"] == "encabezado_desconocido"]
        assert not [a for a in got["revision"]["avisos"] if a["campo"] == "titulo"]
