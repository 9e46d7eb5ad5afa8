"""Unknown headings (issue 19, item 4): a line set like the document's own headings whose text is
no heading of the template ends the section before it; it and its text go to an aviso
`encabezado_desconocido`, never into a field. A line in another dress (a bold lead-in in body
size, a bold name of a list) stays the text of its section.
"""

from __future__ import annotations

import pytest

from .docx_builders import HEADINGS, TEXTS, DocBuilder, paragraphs, write_ficha
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records


def avisos(record: dict, code: str) -> list[dict]:
    return [a for a in record["revision"]["avisos"] if a["codigo"] == code]


def then_unknown(heading: str, text: str, how: str):
    """The sustainability text, then an unknown heading (set as `how`) over its own paragraph."""

    def part(b: DocBuilder) -> None:
        b.paragraph(TEXTS["sostenibilidad"])
        b.heading(heading, how)
        b.paragraph(text)

    return part


@pytest.mark.parametrize("how", ["style", "bold"])
def test_word_heading_no_template_heading_names_goes_to_an_aviso(tmp_path, how):
    path = write_ficha(
        tmp_path,
        heading=how,
        parts={"sostenibilidad": then_unknown("Resultados obtenidos", "Se atendieron 300 personas en 2023.", how)},
    )
    (got,) = records(path)
    assert got["sostenibilidad"] == TEXTS["sostenibilidad"]
    (aviso,) = avisos(got, "encabezado_desconocido")
    assert "«Resultados obtenidos»" in aviso["mensaje"] and "Se atendieron 300 personas" in aviso["mensaje"]
    assert aviso["campo"] == "sostenibilidad"  # the section it ends
    assert got["descripcion"] == TEXTS["descripcion"]
    assert got["revision"]["estado"] == "revisar"


@pytest.mark.parametrize("how", ["style", "bold"])
def test_a_misworded_heading_is_no_part_of_the_section_before(tmp_path, how):
    """The user's example: "Descripción breve" set like the other headings, no template wording."""
    path = write_ficha(tmp_path, heading=how, headings={"descripcion": "Descripción resumida"})
    (got,) = records(path)
    assert got["sostenibilidad"] == TEXTS["sostenibilidad"]
    (aviso,) = avisos(got, "encabezado_desconocido")
    assert "«Descripción resumida»" in aviso["mensaje"] and TEXTS["descripcion"] in aviso["mensaje"]
    assert got["descripcion"] is None


def test_a_bold_paragraph_in_body_text_of_styled_headings_stays_text(tmp_path):
    """Headings in a heading style; a bold Normal paragraph in a section is the section's text."""
    path = write_ficha(tmp_path, heading="style", parts={"descripcion": paragraphs("Taller de cocina", bold=True)})
    (got,) = records(path)
    assert got["descripcion"] == "Taller de cocina"
    assert not avisos(got, "encabezado_desconocido")


# --- PDF -----------------------------------------------------------------------------


def pdf_ficha(path, extra: list[tuple[str, str, float, str, float]]) -> None:
    """A one-page ficha, bold 12 pt headings at x 45; `extra` lines (text, font, size, after which
    section, x) are printed after the text of the section named."""
    sheet = Sheet(path)
    sheet.text(45, 50, "Escuela de oficios para mujeres migrantes", 20, BOLD)
    sheet.text(45, 85, "MUNICIPALIDAD PUENTE ALTO", 10, BOLD)
    top = 115.0
    for key, heading in HEADINGS.items():
        if key == "categorias":
            continue
        top = sheet.text(45, top, heading, 12, BOLD) + 6
        top = sheet.text(45, top, TEXTS[key], 10, BODY) + 12
        for text, font, size, after, x in extra:
            if after == key:
                top = sheet.text(x, top, text, size, font) + 6
                top = sheet.text(45, top, "Se atendieron 300 personas en 2023.", 10, BODY) + 12
    sheet.save()


def test_pdf_line_set_like_the_headings_goes_to_an_aviso(tmp_path):
    pdf_ficha(tmp_path / "ficha.pdf", [("Resultados obtenidos", BOLD, 12, "sostenibilidad", 45)])
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["sostenibilidad"] == TEXTS["sostenibilidad"]
    (aviso,) = avisos(got, "encabezado_desconocido")
    assert "«Resultados obtenidos»" in aviso["mensaje"] and "Se atendieron 300 personas" in aviso["mensaje"]
    assert got["descripcion"] == TEXTS["descripcion"]


@pytest.mark.parametrize("font, size, x", [(BOLD, 10, 45), (BOLD, 12, 80)], ids=["body-size", "indented"])
def test_pdf_line_in_another_dress_stays_its_sections_text(tmp_path, font, size, x):
    pdf_ficha(tmp_path / "ficha.pdf", [("Resultados obtenidos", font, size, "sostenibilidad", x)])
    (got,) = records(tmp_path / "ficha.pdf")
    assert not avisos(got, "encabezado_desconocido")
    assert got["sostenibilidad"].startswith(TEXTS["sostenibilidad"])
    assert "Resultados obtenidos" in got["sostenibilidad"]
