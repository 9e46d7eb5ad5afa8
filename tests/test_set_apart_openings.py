"""A section's opening line set smaller or slanted than the text after it is no text of the field
(issue 20, trial 28: ed27 a Word template's instructions left under every heading, «(Describa
brevemente la práctica. Máximo 300 palabras)» in 8-pt grey italics; ed12 and ed29 a picture's caption
placed right under a heading, before the section's text). Each was read as the field's first words in
an `ok` record. Such a line is printed, so it is quoted in an aviso `texto_sin_ubicar` on the field,
never dropped; a first paragraph in larger type is the section's lead and stays its text."""

from __future__ import annotations

import pytest

from .docx_builders import DocBuilder, write_ficha
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

ITALIC = "Helvetica-Oblique"
HINTS = {
    "grupo_prioritario": "(Población a la que se dirige la práctica)",
    "sostenibilidad": "(¿Cómo se mantiene la práctica en el tiempo?)",
    "elemento_innovador": "Foto 2. Participantes del taller durante una sesión práctica.",
}
TEXTS = {
    "grupo_prioritario": "Personas migrantes y refugiadas.",
    "sostenibilidad": "Sigue vigente y se ejecuta de manera permanente.",
    "elemento_innovador": "Se destaca la escuela como un lugar de encuentro entre vecinas.",
}
HEADINGS = {
    "grupo_prioritario": "Grupo prioritario",
    "sostenibilidad": "Sostenibilidad en el tiempo",
    "elemento_innovador": "Elemento innovador/creativo del proyecto o actividad",
}


def _quoted(record: dict, field: str, text: str) -> bool:
    return any(
        a["campo"] == field and a["codigo"] == "texto_sin_ubicar" and text in a["mensaje"]
        for a in record["revision"]["avisos"]
    )


def _pdf(path, hint_size: float, hint_font: str) -> None:
    """A one-page ficha whose three sections open with a line in (`hint_size`, `hint_font`) over their
    10-pt upright text, a paragraph's space apart (a slanted line run on at the text's own pitch is one
    paragraph with it: left as it is)."""
    sheet = Sheet(path)
    top = sheet.ficha_head(
        [
            ("Departamento/Oficinas municipales que participan", "Oficina de Migrantes"),
            ("Breve descripción", "La municipalidad abre una escuela de oficios para mujeres migrantes."),
        ]
    )
    for key, heading in HEADINGS.items():
        top = sheet.text(45, top, heading, 12, BOLD) + 6
        top = sheet.text(45, top, HINTS[key], hint_size, hint_font) + 10
        top = sheet.text(45, top, TEXTS[key], 10, BODY) + 16
    sheet.canvas.save()


@pytest.mark.parametrize("size, font", [(8, ITALIC), (8, BODY), (10, ITALIC)], ids=["small-italic", "small", "italic"])
def test_a_pdf_sections_opening_line_in_smaller_or_slanted_type_is_quoted_not_read(tmp_path, size, font):
    _pdf(tmp_path / "f.pdf", size, font)
    (record,) = records(tmp_path / "f.pdf")
    for key, text in TEXTS.items():
        assert record[key] == text, key
        assert _quoted(record, key, HINTS[key]), key
    assert record["revision"]["estado"] == "revisar"


def test_a_pdf_sections_lead_in_larger_type_stays_its_text(tmp_path):
    sheet = Sheet(tmp_path / "f.pdf")
    top = sheet.ficha_head(
        [
            ("Departamento/Oficinas municipales que participan", "Oficina de Migrantes"),
            ("Grupo prioritario", "Mujeres migrantes."),
        ]
    )
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    top = sheet.text(45, top, "Una escuela de oficios abierta a todas.", 11, BODY) + 5
    sheet.text(45, top, "La municipalidad la abrió para mujeres migrantes del barrio.", 10, BODY)
    sheet.canvas.save()
    (record,) = records(tmp_path / "f.pdf")
    assert record["descripcion"].startswith("Una escuela de oficios abierta a todas.")
    assert not _quoted(record, "descripcion", "Una escuela")


def _hinted(key: str, italic: bool, size: int):
    """The section's body: its hint as a paragraph of one run (`size` points, italic or not), then its text."""
    props = ("<w:i/>" if italic else "") + f'<w:sz w:val="{2 * size}"/>'

    def part(b: DocBuilder) -> None:
        b.raw_paragraph(f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{HINTS[key]}</w:t></w:r>')
        b.paragraph(TEXTS[key])

    return part


@pytest.mark.parametrize("italic, size", [(True, 8), (False, 8), (True, 11)], ids=["small-italic", "small", "italic"])
def test_a_word_sections_opening_paragraph_in_smaller_or_slanted_type_is_quoted_not_read(tmp_path, italic, size):
    (record,) = records(write_ficha(tmp_path, parts={key: _hinted(key, italic, size) for key in HINTS}))
    for key, text in TEXTS.items():
        assert record[key] == text, key
        assert _quoted(record, key, HINTS[key]), key
    assert record["revision"]["estado"] == "revisar"


def test_a_short_value_over_a_bold_line_is_no_line_set_apart(tmp_path):
    """A value in the body's type over a larger bold line (a heading the reader did not know, «2.1.3.
    Categoría»: trial 28 ed05) is the section's text, not a line set apart from it."""
    (record,) = records(
        write_ficha(
            tmp_path,
            parts={
                "grupo_prioritario": lambda b: (
                    b.paragraph("Afgana"),
                    b.raw_paragraph('<w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t>2.1.3. Otros grupos</w:t></w:r>'),
                )
            },
        )
    )
    assert not _quoted(record, "grupo_prioritario", "Afgana")
