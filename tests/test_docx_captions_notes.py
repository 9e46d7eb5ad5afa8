"""Captions and notes in a Word ficha: printed, but no text of the section they stand in (issue 20,
trial 24: e29 photo captions, e34 footnotes).

- A picture's caption (Word's caption style, or numbered by a SEQ field) is kept out of the field and
  quoted in an aviso `texto_sin_ubicar` on it; a plain paragraph right under a picture stays in the
  field with a `lectura_dudosa` on it (it may be a caption).
- A footnote's text is printed at the page foot: it is no text of the section, but it is quoted in an
  aviso `texto_sin_ubicar` on the field its reference stands in, the reference mark left out of the text.
"""

from __future__ import annotations

import io

from docx.shared import Mm
from PIL import Image

from .docx_builders import DocBuilder, add_footnotes, footnote_reference, text_run, write_ficha
from .records import records

FIRST = "La municipalidad abre una escuela de oficios."
LAST = "Las clases se dictan cada sábado en la sede vecinal."
CAPTION = "Fotografía 1: clase de costura en la sede vecinal."


def _picture(b: DocBuilder) -> None:
    image = io.BytesIO()
    Image.new("RGB", (80, 45), (200, 210, 225)).save(image, "PNG")
    image.seek(0)
    b.doc.add_picture(image, width=Mm(60))


def _description(caption) -> object:
    def part(b: DocBuilder) -> None:
        b.paragraph(FIRST)
        _picture(b)
        caption(b)
        b.paragraph(LAST)

    return part


def _avisos(record: dict, field: str, code: str) -> list[str]:
    return [a["mensaje"] for a in record["revision"]["avisos"] if a["campo"] == field and a["codigo"] == code]


def _read(tmp_path, description) -> dict:
    (record,) = records(write_ficha(tmp_path, parts={"descripcion": description}))
    return record


def test_a_caption_in_words_caption_style_is_quoted_in_an_aviso_not_read_as_text(tmp_path):
    record = _read(tmp_path, _description(lambda b: b.paragraph(CAPTION, style="Caption")))
    assert record["descripcion"] == f"{FIRST}\n\n{LAST}"
    assert [m for m in _avisos(record, "descripcion", "texto_sin_ubicar") if CAPTION in m]
    assert record["revision"]["estado"] == "revisar"


def test_a_caption_numbered_by_a_seq_field_is_a_caption_in_any_style(tmp_path):
    field = (
        text_run("Fotografía ")
        + '<w:fldSimple w:instr=" SEQ Figura \\* ARABIC "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        + text_run(": clase de costura en la sede vecinal.")
    )
    record = _read(tmp_path, _description(lambda b: b.raw_paragraph(field)))
    assert record["descripcion"] == f"{FIRST}\n\n{LAST}"
    assert [m for m in _avisos(record, "descripcion", "texto_sin_ubicar") if CAPTION in m]


def test_a_plain_paragraph_under_a_picture_stays_in_the_field_with_a_doubt_on_it(tmp_path):
    record = _read(tmp_path, _description(lambda b: b.paragraph(CAPTION)))
    assert record["descripcion"] == f"{FIRST}\n\n{CAPTION}\n\n{LAST}"
    assert [m for m in _avisos(record, "descripcion", "lectura_dudosa") if CAPTION in m and "imagen" in m]


NOTE = "Alto Comisionado de las Naciones Unidas para los Refugiados."


def test_a_footnote_is_quoted_in_an_aviso_on_the_field_its_reference_stands_in(tmp_path):
    def description(b: DocBuilder) -> None:
        b.raw_paragraph(
            text_run("La municipalidad genera alianza con ACNUR") + footnote_reference(1) + text_run(" y la OIM.")
        )
        add_footnotes(b.doc, [NOTE])

    record = _read(tmp_path, description)
    assert record["descripcion"] == "La municipalidad genera alianza con ACNUR y la OIM."
    (message,) = _avisos(record, "descripcion", "texto_sin_ubicar")
    assert NOTE in message and "ACNUR" in message and "1" in message
