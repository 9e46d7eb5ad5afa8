"""Regions cut by a page break (issue 20, part 2): a side panel whose last section runs over the
page's foot goes on at the top of the next page, in the panel's column. That text is the panel
section's, never the text of the section whose heading stands outside the panel (the main
column's description, read beside it), and never a part of that section's paragraph."""

from __future__ import annotations

import contextlib

import pytest

from extractor.pipeline import extract_document

from .pdf_canvas import BODY, BOLD, Sheet

PANEL = [
    ("Grupo prioritario", ["Mujeres migrantes jefas de", "hogar de la comuna."]),
    ("Forma de financiamiento", ["Recursos propios de la", "municipalidad."]),
]
LAST = "Sostenibilidad en el tiempo"
CARRIED = ["Sigue vigente y tiene una", "periodicidad anual."]
LINE = "La municipalidad abre una escuela de oficios"
DESCRIPTION_END = ["y se convoca a más de cuatro", "mil asistentes."]


def records(path) -> list[dict]:
    with contextlib.chdir(path.parent):
        result = extract_document(path)
    assert result.invalid == []
    return [f.model_dump(mode="json") for f in result.fichas]


def panel_over_a_page_break(path, side: str, cut: str) -> None:
    """Page 1: title and label; a filled side panel (`side` left or right) down to the page's foot
    holding short sections, the last heading at its foot; beside it the description's heading
    and a column of text down to the foot. Page 2: the panel goes on at the top of its column
    holding the last section's text alone; beside it the description goes on (`cut` "sentence":
    a new paragraph after a sentence's end; "mid": the sentence cut at the page's foot), then
    the other sections."""
    sheet = Sheet(path)
    panel_x, text_x = (40.0, 250.0) if side == "left" else (380.0, 40.0)
    sheet.text(40, 50, "Escuela de oficios para mujeres migrantes", 18, BOLD)
    sheet.text(40, 80, "MUNICIPALIDAD PUENTE ALTO", 10, BOLD)
    sheet.rect(panel_x, 105, 175, 700, stroke=False, fill="DCE6F2")
    top = 115.0
    for heading, lines in PANEL:
        top = sheet.text(panel_x + 10, top, heading, 11, BOLD) + 6
        top = sheet.lines(panel_x + 10, top, lines, size=10, font=BODY) + 14
    sheet.text(panel_x + 10, 770, LAST, 11, BOLD)
    top = sheet.text(text_x, 115, "Breve descripción", 11, BOLD) + 6
    body = [LINE] * 39 + ["de la comuna." if cut == "sentence" else LINE]
    sheet.lines(text_x, top, body, size=10, font=BODY)
    sheet.next_page()
    sheet.rect(panel_x, 40, 175, 40, stroke=False, fill="DCE6F2")
    sheet.lines(panel_x + 10, 50, CARRIED, size=10, font=BODY)
    opening = "En la jornada participan vecinas" if cut == "sentence" else "y la jornada se mantiene cada año"
    first = [opening, *DESCRIPTION_END]
    top = sheet.lines(text_x, 50, first, size=10, font=BODY) + 14
    top = sheet.text(text_x, top, "Elemento innovador", 11, BOLD) + 6
    top = sheet.lines(text_x, top, ["Se trabaja con las vecinas del barrio."], size=10, font=BODY) + 14
    top = sheet.text(text_x, top, "Líneas Sello", 11, BOLD) + 6
    sheet.lines(text_x, top, ["Vinculación comunitaria, ya que se abre a las vecinas."], size=10, font=BODY)
    sheet.save()


@pytest.mark.parametrize("cut", ["sentence", "mid"])
@pytest.mark.parametrize("side", ["left", "right"])
def test_a_side_panels_text_past_a_page_break_is_its_last_sections(tmp_path, side, cut):
    panel_over_a_page_break(tmp_path / "ficha.pdf", side, cut)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["sostenibilidad"] == " ".join(CARRIED)
    assert got["forma_financiamiento"]["texto"] == "Recursos propios de la municipalidad."
    description = got["descripcion"]
    assert "Sigue vigente" not in description
    if cut == "mid":
        assert description.endswith(f"{LINE} y la jornada se mantiene cada año " + " ".join(DESCRIPTION_END))
        assert "\n" not in description
    else:
        assert description.endswith("de la comuna.\n\nEn la jornada participan vecinas " + " ".join(DESCRIPTION_END))
    assert got["elemento_innovador"] == "Se trabaja con las vecinas del barrio."
    doubts = [a for a in got["revision"]["avisos"] if a["codigo"] != "seccion_faltante"]
    assert doubts == []
