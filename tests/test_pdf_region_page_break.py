"""Regions cut by a page break (issue 20, part 2): a side panel whose last section runs over the
page's foot goes on at the top of the next page, in the panel's column. That text is the panel
section's, never the text of the section whose heading stands outside the panel (the main
column's description, read beside it), and never a part of that section's paragraph."""

from __future__ import annotations

import pytest

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

PANEL = [
    ("Grupo prioritario", ["Mujeres migrantes jefas de", "hogar de la comuna."]),
    ("Forma de financiamiento", ["Recursos propios de la", "municipalidad."]),
]
LAST = "Sostenibilidad en el tiempo"
CARRIED = ["Sigue vigente y tiene una", "periodicidad anual."]
LINE = "La municipalidad abre una escuela de oficios"
DESCRIPTION_END = ["y se convoca a más de cuatro", "mil asistentes."]


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


DATES = ["Febrero a marzo 2022: solicitudes de refugio. Julio a", "diciembre 2022: acompañamiento de las familias y"]
DATES_END = "curso de español."


def band_over_a_page_break(path, room: float, beside: bool = True) -> None:
    """Label | value rows outside any band (the group's value a word that ends no sentence), then
    a filled band down to page 1's foot holding the dates' heading and text (`beside` it, else
    under it); the text's last line goes on at the top of page 2 in a low band of the same fill,
    `room` points higher than the 9 pt line (a band lower than a panel of many lines); then more
    rows outside any band."""
    sheet = Sheet(path)
    sheet.text(40, 40, "Recepción y acogida de la comunidad afgana", 16, BOLD)
    sheet.text(40, 64, "Municipalidad de El Bosque", 10, BOLD)
    sheet.text(40, 125, "Grupo prioritario", 11, BOLD)
    sheet.text(220, 125, "Afgana", 9, BODY)
    sheet.rect(36, 700, 530, 100, stroke=False, fill="F1F3F8")
    sheet.text(44, 712, "Fechas de implementación", 11, BOLD)
    x = 204 if beside else 44
    sheet.lines(x, 712 if beside else 730, DATES, 9, BODY, 1.5)
    sheet.next_page()
    sheet.rect(36, 40, 530, 9 + room, stroke=False, fill="F1F3F8")
    sheet.text(x, 40 + room / 2, DATES_END, 9, BODY)
    top = 80.0
    for label, value in (("Forma de financiamiento", "Recursos propios municipales."), ("Líneas Sello", "")):
        sheet.text(40, top, label, 11, BOLD)
        sheet.text(220, top, value or "Vinculación comunitaria, ya que se abre a las vecinas.", 9, BODY)
        top += 30
    sheet.text(40, top, "Breve descripción", 11, BOLD)
    sheet.text(220, top, "La municipalidad acoge a las familias.", 9, BODY)
    sheet.save()


def test_a_low_band_holding_a_line_past_a_page_break_is_the_bands(tmp_path):
    """A band 7.5 points higher than the line it holds (under the 18 points of a panel of many lines)
    is a drawn region: the line carried over in it is the dates' text, never the group's."""
    band_over_a_page_break(tmp_path / "ficha.pdf", 7.5)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["grupo_prioritario"] == "Afgana"
    assert got["fechas_implementacion"]["texto"] == " ".join([*DATES, DATES_END])


def test_a_band_cut_close_under_its_last_line_past_a_page_break_is_the_bands(tmp_path):
    """The band's part on page 2 only 4.5 points higher than its 9 pt line (1.5 of its size: the page
    break cut the band's padding above the line, leaving the line's leading and the padding under
    it; browser seed 12491's dates' text, 11 pt in a band 16.5 points high): a drawn region all the
    same, so its line is the dates' text, never the group's."""
    band_over_a_page_break(tmp_path / "ficha.pdf", 4.5, beside=False)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["grupo_prioritario"] == "Afgana"
    assert got["fechas_implementacion"]["texto"] == " ".join([*DATES, DATES_END])


def test_a_bands_line_past_a_page_break_too_low_for_a_region_goes_on_in_the_band(tmp_path):
    """The band's part on page 2 only 2 points higher than its 9 pt line (no drawn region: a
    highlight is as high), outside every region: the band was set across the page under the
    group's row, which ended above it, not beside it (`fichas._set_under_the_flow`), so the line
    goes on with the band's section, not with the group's."""
    band_over_a_page_break(tmp_path / "ficha.pdf", 2.0, beside=False)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["grupo_prioritario"] == "Afgana"
    assert got["fechas_implementacion"]["texto"].endswith(DATES_END)


SELLO = ["Políticas locales y trabajo colaborativo, ya que", "con la comunidad del barrio."]
SELLO_NEXT = ["Acceso a la información, ya que se orienta a", "las familias en su regularización."]


def _head_and_description_card(path) -> Sheet:
    """A sheet with the ficha's title, label and label | value rows (`PANEL`), then the
    description's card (its heading at its top) filling page 1's left column."""
    sheet = Sheet(path)
    sheet.text(40, 40, "Escuela de oficios para mujeres migrantes", 16, BOLD)
    sheet.text(40, 64, "MUNICIPALIDAD PUENTE ALTO", 10, BOLD)
    top = 90.0
    for label, value in PANEL:
        sheet.text(40, top, label, 11, BOLD)
        top = sheet.lines(220, top, value, 10, BODY) + 12
    sheet.rect(36, 180, 250, 620, stroke=False, fill="EEF3FA")
    sheet.text(44, 188, "Breve descripción", 11, BOLD)
    return sheet


def cards_in_columns(path) -> None:
    """Cards set in two CSS columns, flowing: page 1's left column holds the description's card
    down to the foot, going on at the top of the right column (no heading there), then the Sello
    lines' card down to the right column's foot; on page 2 that card goes on in the left column."""
    sheet = _head_and_description_card(path)
    sheet.lines(44, 206, [LINE[:36]] * 44 + ["y las vecinas del barrio"], 10, BODY)
    sheet.rect(306, 180, 250, 60, stroke=False, fill="EEF3FA")
    sheet.lines(314, 188, ["se suman cada año a la escuela.", "Se abre en marzo."], 10, BODY)
    sheet.rect(306, 260, 250, 540, stroke=False, fill="EEF3FA")
    sheet.text(314, 268, "Sostenibilidad en el tiempo", 11, BOLD)
    sheet.lines(314, 286, CARRIED, 10, BODY)
    sheet.text(314, 330, "Líneas Sello", 11, BOLD)
    sheet.lines(314, 348, [SELLO[0]] + ["se coordina con las unidades municipales y"] * 30 + SELLO[1:], 10, BODY)
    sheet.next_page()
    sheet.rect(36, 40, 250, 40, stroke=False, fill="EEF3FA")
    sheet.lines(44, 48, SELLO_NEXT, 10, BODY)
    sheet.save()


def test_a_card_going_on_in_the_next_column_of_its_page_is_not_cut_by_the_page_break(tmp_path):
    """The description's card ends at the foot of page 1's left column but went on at the top of
    the right column: the card at the top of page 2's left column goes on with the Sello lines'
    card (the last one cut by the page's foot), not with the description."""
    cards_in_columns(tmp_path / "ficha.pdf")
    (got,) = records(tmp_path / "ficha.pdf")
    assert "Acceso a la información" not in (got["descripcion"] or "")
    assert got["descripcion"].endswith("y las vecinas del barrio se suman cada año a la escuela. Se abre en marzo.")
    sello = [line["justificacion"] for line in got["lineas_sello"]]
    sello += [a["mensaje"] for a in got["revision"]["avisos"] if a["campo"] == "lineas_sello"]
    assert any(text.endswith("las familias en su regularización.") for text in sello)


INNOVATION = ["Se destaca la escuela como un lugar de encuentro", "con pertinencia regional y trabajo en red."]
INNOVATION_END = ["Además, se complementan los cursos con talleres", "de otras unidades municipales."]


def card_flowing_over_both_columns(path) -> None:
    """Cards set in two CSS columns flowing over two pages: the description's card fills page 1's
    left column (its heading at the top) and goes on down the whole right column; on page 2 it
    goes on at the top of the left column, then the innovation card (its heading) follows there
    and goes on at the top of the right column (the columns balanced on the last page), before
    the Sello lines' card."""
    sheet = _head_and_description_card(path)
    sheet.lines(44, 206, [LINE[:36]] * 45, 10, BODY)
    sheet.rect(306, 180, 250, 620, stroke=False, fill="EEF3FA")
    sheet.lines(314, 188, [LINE[:36]] * 46 + ["y las vecinas del barrio"], 10, BODY)
    sheet.next_page()
    sheet.rect(36, 40, 250, 70, stroke=False, fill="EEF3FA")
    sheet.lines(44, 48, [LINE[:36]] * 2 + DESCRIPTION_END, 10, BODY)
    sheet.rect(36, 130, 250, 60, stroke=False, fill="EEF3FA")
    sheet.text(44, 138, "Elemento innovador", 11, BOLD)
    sheet.lines(44, 156, INNOVATION, 10, BODY)
    sheet.rect(306, 40, 250, 40, stroke=False, fill="EEF3FA")
    sheet.lines(314, 48, INNOVATION_END, 10, BODY)
    sheet.rect(306, 100, 250, 90, stroke=False, fill="EEF3FA")
    sheet.text(314, 108, "Líneas Sello", 11, BOLD)
    sheet.lines(314, 126, SELLO, 10, BODY)
    sheet.save()


def test_a_card_going_on_past_the_next_pages_column_break_keeps_its_section(tmp_path):
    """Page 1 is a flow of columns (the description's card went on from the left column to the
    right one): its last column goes on at the top of page 2's left column, and the card at the
    top of page 2's right column is the innovation card going on past that page's column break,
    not the description's (browser seed 6418: its text went to the description, an ok record)."""
    card_flowing_over_both_columns(tmp_path / "ficha.pdf")
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["descripcion"].endswith(" ".join(DESCRIPTION_END))
    assert got["elemento_innovador"] == " ".join(INNOVATION + INNOVATION_END)


FUNDING = ["2022: Servicio Nacional de Migraciones", "(SERMIG), concurso de inclusión. 2023:"]
FUNDING_END = ["Recursos propios de la", "municipalidad."]
SELLO_CARD = ["Vinculación comunitaria, ya que se abre a las", "vecinas del barrio y a sus familias."]


def panel_past_a_card(path) -> None:
    """Page 1: a side panel at the right down to the page's foot, its last section's text cut by
    the page's foot after "2023:"; beside it the description, its paragraphs indented. Page 2: the
    description's last line, the Sello lines' heading over a filled card holding one line (a new
    sentence follows the card's last one unindented: in a document of indented paragraphs that
    reads as the same paragraph going on), then the panel going on at the top of the right column
    with that section's last sentence on two lines (no new paragraph's first line), read after the
    card."""
    sheet = Sheet(path)
    sheet.text(40, 50, "Festival multicultural", 18, BOLD)
    sheet.text(40, 80, "MUNICIPALIDAD SAN JOAQUÍN", 10, BOLD)
    sheet.rect(380, 105, 175, 700, stroke=False, fill="DCE6F2")
    top = sheet.text(390, 115, "Grupo prioritario", 11, BOLD) + 6
    sheet.lines(390, top, ["Toda la población de la", "comuna."], 10, BODY)
    top = sheet.text(390, 740, "Forma de financiamiento", 11, BOLD) + 6
    sheet.lines(390, top, FUNDING, 10, BODY)
    top = sheet.text(40, 115, "Breve descripción", 11, BOLD) + 6
    for _ in range(6):  # paragraphs whose first line is indented
        sheet.text(52, top, LINE[:30], 10, BODY)
        top = sheet.lines(40, top + 13, [*([LINE[:34]] * 4), "de la comuna."], 10, BODY)
    sheet.next_page()
    top = sheet.lines(40, 50, ["y de la comuna."], 10, BODY) + 14
    top = sheet.text(40, top, "Líneas Sello", 11, BOLD) + 6
    sheet.rect(36, top - 4, 300, 34, stroke=False, fill="F1F3F8")
    sheet.lines(44, top, SELLO_CARD, 10, BODY)
    sheet.rect(380, 40, 175, 40, stroke=False, fill="DCE6F2")
    sheet.lines(390, 48, FUNDING_END, 10, BODY)
    sheet.save()


def test_a_panels_text_past_a_page_break_never_goes_on_in_a_card_read_before_it(tmp_path):
    """The panel's text at page 2's top goes on in the panel's last section (browser seed 12509:
    it went on in the Sello table's last cell, read right before it, the section's text cut)."""
    panel_past_a_card(tmp_path / "ficha.pdf")
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["forma_financiamiento"]["texto"] == " ".join([*FUNDING, *FUNDING_END])
    assert "municipalidad." not in str(got["lineas_sello"])
