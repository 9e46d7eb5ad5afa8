"""Printed text that is not its section's prose (issue 20): words struck through (a tracked deletion
printed by LibreOffice, a correction), a photo's caption or a pull quote set apart in another type.
Each stays out of the field and is quoted in an aviso on it, so the record is `revisar`."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from extractor.pipeline import extract_document

from .pdf_builders import TextDraw, TraitFicha, trait_ficha
from .pdf_canvas import Sheet
from .records import records


def record_of(path) -> dict:
    (ficha,) = extract_document(path).fichas
    return ficha.model_dump(mode="json")


def avisos(record: dict) -> list[tuple[str, str, str]]:
    return [(a["campo"], a["codigo"], a["mensaje"]) for a in record["revision"]["avisos"]]


def struck(phrase: str, rule: float = 0.6) -> TextDraw:
    """Text drawn plainly, `phrase` (where the line holds it) crossed by a rule `rule` points thick
    across its middle (half the x-height over the baseline), as LibreOffice prints a deletion."""

    def draw(sheet: Sheet, x: float, top: float, text: str, size: float, font: str) -> None:
        sheet.text(x, top, text, size, font)
        if phrase in text:
            start = x + stringWidth(text[: text.index(phrase)], font, size)
            end = start + stringWidth(phrase, font, size)
            middle = top + 0.8 * size - 0.27 * size
            sheet.line(start, middle, end, middle, rule)

    return draw


def underlined(phrase: str) -> TextDraw:
    """`phrase` underlined (a rule under the baseline): an insertion or a link, text of the field."""

    def draw(sheet: Sheet, x: float, top: float, text: str, size: float, font: str) -> None:
        sheet.text(x, top, text, size, font)
        if phrase in text:
            start = x + stringWidth(text[: text.index(phrase)], font, size)
            end = start + stringWidth(phrase, font, size)
            sheet.line(start, top + 0.8 * size + 1.2, end, top + 0.8 * size + 1.2, 0.6)

    return draw


DELETED = "(revisar con la municipalidad)"
STRUCK_LINES = (
    f"La mesa reúne a las oficinas municipales {DELETED} que atienden",
    "a familias migrantes para revisar casos y coordinar derivaciones.",
)


def test_struck_words_leave_the_field_and_are_quoted(tmp_path):
    path = tmp_path / "tachado.pdf"
    trait_ficha(path, TraitFicha(description=STRUCK_LINES, body=struck(DELETED)))
    record = record_of(path)
    assert record["descripcion"] == (
        "La mesa reúne a las oficinas municipales que atienden a familias migrantes para revisar casos y "
        "coordinar derivaciones."
    )
    assert record["revision"]["estado"] == "revisar"
    ((campo, codigo, mensaje),) = avisos(record)
    assert (campo, codigo) == ("descripcion", "texto_sin_ubicar") and f"«{DELETED}»" in mensaje


def test_a_word_struck_out_of_the_title_is_quoted_on_the_title(tmp_path):
    """Not in the head's aviso (campo ""), which names no field: the title lost a word (trial 28 ed18,
    a scan's noise read as a rule through a title's word)."""
    path = tmp_path / "titulo-tachado.pdf"
    trait_ficha(path, TraitFicha(title=struck("comunal", rule=1.5)))
    record = record_of(path)
    assert record["titulo"] == "Mesa de acogida"
    ((campo, codigo, mensaje),) = avisos(record)
    assert (campo, codigo) == ("titulo", "texto_sin_ubicar") and "«comunal»" in mensaje


def test_an_underline_strikes_nothing(tmp_path):
    path = tmp_path / "subrayado.pdf"
    trait_ficha(path, TraitFicha(description=STRUCK_LINES, body=underlined(DELETED)))
    record = record_of(path)
    assert DELETED in record["descripcion"]
    assert record["revision"] == {"estado": "ok", "avisos": []}


# --- a caption and a pull quote set apart in another type ---------------------------------

CAPTION = "Foto: la mesa reunida en la sede vecinal, 2023."
QUOTE = "«Cada familia sale con una derivación.»"
BODY_LINES = (
    "La mesa reúne a las oficinas municipales que atienden a familias migrantes.",
    CAPTION,
    "Las sesiones son quincenales y cada oficina presenta sus casos.",
    QUOTE,
    "Cada familia sale con una derivación a la oficina que la atiende.",
)


def typed(sheet: Sheet, x: float, top: float, text: str, size: float, font: str) -> None:
    """A caption at 7 pt italic under a grey picture's foot, a pull quote at 12 pt italic, the rest as given."""
    if text.startswith("Foto:"):
        sheet.rect(x, top - 6, 120, 5, stroke=False, fill=0.6)
        sheet.text(x, top + 2, text, 7, "Helvetica-Oblique")
    elif text.startswith("«"):
        sheet.text(x + 12, top, text, 12, "Helvetica-Oblique")
    else:
        sheet.text(x, top, text, size, font)


def test_a_caption_and_a_pull_quote_amid_the_paragraphs_are_quoted_not_read(tmp_path):
    path = tmp_path / "folleto.pdf"
    trait_ficha(path, TraitFicha(description=BODY_LINES, body=typed))
    record = record_of(path)
    assert record["descripcion"] == "\n\n".join(line for line in BODY_LINES if line not in (CAPTION, QUOTE))
    notes = avisos(record)
    assert [(campo, codigo) for campo, codigo, _ in notes] == [("descripcion", "texto_sin_ubicar")] * 2
    assert f"«{CAPTION}»" in notes[0][2] and f"«{QUOTE}»" in notes[1][2]


def test_a_lead_in_larger_type_opening_the_section_is_its_prose(tmp_path):
    lead = "«La mesa reúne a las oficinas municipales que atienden a familias.»"
    lines = (lead, BODY_LINES[2])
    path = tmp_path / "entradilla.pdf"
    trait_ficha(path, TraitFicha(description=lines, body=typed))
    record = record_of(path)
    assert record["descripcion"] == "\n\n".join(lines)
    assert record["revision"] == {"estado": "ok", "avisos": []}


def test_a_word_caption_paragraph_is_quoted_not_read(tmp_path):
    from .docx_builders import write_ficha

    def description(b) -> None:
        b.paragraph(BODY_LINES[0])
        b.paragraph(CAPTION, style="Caption")
        b.paragraph(BODY_LINES[2])

    (record,) = records(write_ficha(tmp_path, parts={"descripcion": description}))
    assert record["descripcion"] == f"{BODY_LINES[0]}\n\n{BODY_LINES[2]}"
    assert [(a["campo"], a["codigo"]) for a in record["revision"]["avisos"]] == [("descripcion", "texto_sin_ubicar")]


# --- words struck through in Word, read as .docx and as LibreOffice's PDF ------------------


def _struck_word_ficha(folder):
    from .docx_builders import text_run, write_ficha

    def description(b) -> None:
        struck_run = f'<w:r><w:rPr><w:strike/></w:rPr><w:t xml:space="preserve">{DELETED} </w:t></w:r>'
        b.raw_paragraph(text_run("La mesa reúne a las oficinas municipales ") + struck_run + text_run("que atienden."))

    return write_ficha(folder, parts={"descripcion": description})


def _struck_checks(record: dict) -> None:
    assert record["descripcion"] == "La mesa reúne a las oficinas municipales que atienden."
    ((campo, codigo, mensaje),) = avisos(record)
    assert (campo, codigo) == ("descripcion", "texto_sin_ubicar") and f"«{DELETED}»" in mensaje


def test_a_word_run_struck_through_is_quoted_not_read(tmp_path):
    (record,) = records(_struck_word_ficha(tmp_path))
    _struck_checks(record)


@pytest.mark.slow
def test_a_word_run_struck_through_in_libreoffice_s_pdf_is_quoted_not_read(tmp_path):
    from extractor.review.golden import in_ci

    from .designs.word import MISSING, export_pdfs, tool

    if tool() is None:
        if in_ci():
            pytest.fail(f"{MISSING}. Under CI a missing tool is a failure (.ci/run installs it).", pytrace=False)
        pytest.skip(MISSING)
    path = _struck_word_ficha(tmp_path)
    export_pdfs([path], tmp_path)
    (record,) = records(path.with_suffix(".pdf"))
    _struck_checks(record)
