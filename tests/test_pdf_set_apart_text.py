"""Printed text that is not its section's prose (issue 20): words struck through (a tracked deletion
printed by LibreOffice, a correction), a photo's caption or a pull quote set apart in another type.
Each stays out of the field and is quoted in an aviso on it, so the record is `revisar`."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from extractor.pipeline import extract_document

from .pdf_builders import TextDraw, TraitFicha, trait_ficha
from .pdf_canvas import Sheet


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


def test_an_underline_strikes_nothing(tmp_path):
    path = tmp_path / "subrayado.pdf"
    trait_ficha(path, TraitFicha(description=STRUCK_LINES, body=underlined(DELETED)))
    record = record_of(path)
    assert DELETED in record["descripcion"]
    assert record["revision"] == {"estado": "ok", "avisos": []}
