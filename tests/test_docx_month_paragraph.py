"""A Word month display set as one paragraph of the twelve names, each in a run of its own look
(the active ones bold, the others grey and struck through; or the active ones coloured): read as a
month display by the runs' looks (issue 20, part 3; trial 26 d04: the bold names read as an unknown
heading and the struck ones dropped as a deletion). The designs are this test's own.
"""

from __future__ import annotations

import pytest

from extractor.pipeline import extract_document

from .docx_builders import MONTHS, DocBuilder, write_ficha

ACTIVE = [4, 5, 6, 11]
TEXT = "Dos temporadas al año."


def run(text: str, props: str) -> str:
    props = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


LOOKS = {  # (active run's properties, inactive run's)
    "bold-vs-grey-struck": ("<w:b/>", '<w:strike/><w:color w:val="A0A0A0"/>'),
    "coloured": ('<w:color w:val="C00000"/>', ""),
    "struck-only": ("", "<w:strike/>"),
}


@pytest.mark.parametrize("look", LOOKS)
@pytest.mark.parametrize("short", [True, False], ids=["3-letter", "full"])
@pytest.mark.parametrize("heading", ["style", "bold"])
def test_a_paragraph_of_month_names_read_by_their_looks(tmp_path, look, short, heading):
    on, off = LOOKS[look]

    def dates(b: DocBuilder) -> None:
        runs = [run(m[:3] if short else m, on if n in ACTIVE else off) for n, m in enumerate(MONTHS, start=1)]
        b.raw_paragraph(run("   ", "").join(runs))
        b.paragraph(TEXT)

    path = write_ficha(tmp_path, heading=heading, parts={"fechas_implementacion": dates})
    (ficha,) = extract_document(path).fichas
    record = ficha.model_dump(mode="json")
    assert record["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
    assert not [a for a in record["revision"]["avisos"] if a["campo"].startswith("fechas")]


def test_a_sentence_naming_months_is_no_display(tmp_path):
    """Prose that names a few months stays the section's text."""
    sentence = "Se realiza en enero, febrero y marzo."

    def dates(b: DocBuilder) -> None:
        b.paragraph(sentence)

    (ficha,) = extract_document(write_ficha(tmp_path, parts={"fechas_implementacion": dates})).fichas
    assert ficha.model_dump(mode="json")["fechas_implementacion"]["texto"] == sentence
