"""Regions (issue 20, part 2): a drawn box, card or panel is a region; its text belongs to the
anchor inside it (a heading, a title, the municipality label). A region holding no anchor printed
amid a section's text (a quote in a card) never joins that section: it goes to an aviso. A box
right under a heading (the heading printed over the box of its text) is the heading's.
"""

from __future__ import annotations

import pytest

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

QUOTE = ["«Aquí encontré trabajo y amigas»,", "cuenta una vecina del taller."]
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", ["Oficina de Migración"]),
    ("Grupo prioritario", ["Mujeres migrantes jefas de hogar."]),
    ("Forma de financiamiento", ["Recursos propios municipales."]),
    ("Sostenibilidad en el tiempo", ["Se repite cada año con la comunidad."]),
    ("Breve descripción", ["La municipalidad abre una escuela de oficios."]),
    ("Elemento innovador", ["Se trabaja con las vecinas del barrio."]),
]


def card(sheet: Sheet, top: float, lines: list[str], style: str) -> float:
    """A box of text at x 45 (filled card, outlined box); returns its bottom."""
    h = 14 * len(lines) + 16
    if style == "filled":
        sheet.rect(45, top, 300, h, stroke=False, fill="FCE8D5", radius=6)
    else:
        sheet.rect(45, top, 300, h)
    sheet.lines(55, top + 8, lines, size=10)
    return top + h


def ficha(path, quote_style: str | None, boxed_section: str | None = None, box: str = "outlined") -> None:
    """One page: title, label, the sections (bold headings over their text); a card holding a quote
    after the description's text; the text of `boxed_section` printed in a box under its heading."""
    sheet = Sheet(path)
    sheet.text(45, 50, "Escuela de oficios para mujeres migrantes", 20, BOLD)
    sheet.text(45, 85, "MUNICIPALIDAD PUENTE ALTO", 10, BOLD)
    top = 115.0
    for heading, lines in SECTIONS:
        top = sheet.text(45, top, heading, 12, BOLD) + 6
        if heading == boxed_section:
            top = card(sheet, top, lines, box) + 14
        else:
            top = sheet.lines(45, top, lines, size=10, font=BODY) + 12
        if heading == "Breve descripción" and quote_style:
            top = card(sheet, top, QUOTE, quote_style) + 14
    sheet.save()


@pytest.mark.parametrize("style", ["filled", "outlined"])
def test_a_card_with_no_heading_amid_a_section_goes_to_an_aviso(tmp_path, style):
    ficha(tmp_path / "ficha.pdf", style)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["descripcion"] == "La municipalidad abre una escuela de oficios."
    assert got["elemento_innovador"] == "Se trabaja con las vecinas del barrio."
    strays = [a for a in got["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"]
    assert [(a["campo"], a["mensaje"]) for a in strays] == [("descripcion", " ".join(QUOTE))]


@pytest.mark.parametrize("box", ["filled", "outlined"])
@pytest.mark.parametrize("section", ["Grupo prioritario", "Breve descripción"])
def test_a_box_right_under_its_heading_is_the_headings_text(tmp_path, section, box):
    ficha(tmp_path / "ficha.pdf", None, boxed_section=section, box=box)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["grupo_prioritario"] == "Mujeres migrantes jefas de hogar."
    assert got["descripcion"] == "La municipalidad abre una escuela de oficios."
    assert not [a for a in got["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"]


def panel_beside_a_running_text(path, panel: bool) -> None:
    """Page 1: title and label, then the description and the innovation element in a left column,
    the latter's text cut at the page's foot mid-sentence; beside it (in a filled side panel when
    `panel`) the short sections, read after the column; page 2: the cut sentence goes on at the top left, then
    the Sello lines."""
    sheet = Sheet(path)
    sheet.text(45, 50, "Escuela de oficios para mujeres migrantes", 20, BOLD)
    sheet.text(45, 85, "MUNICIPALIDAD PUENTE ALTO", 10, BOLD)
    if panel:
        sheet.rect(330, 110, 230, 690, stroke=False, fill="DCE6F2")
    top = 120.0
    for heading, lines in SECTIONS[:4]:
        top = sheet.text(340, top, heading if len(heading) < 30 else "Oficinas municipales", 12, BOLD) + 6
        top = sheet.lines(340, top, lines, size=10, font=BODY) + 12
    top = sheet.text(45, 120, "Breve descripción", 12, BOLD) + 6
    top = sheet.lines(45, top, ["La municipalidad abre una escuela de oficios."] * 20, size=10, font=BODY) + 12
    top = sheet.text(45, top, "Elemento innovador", 12, BOLD) + 6
    sheet.lines(45, top, ["Se trabaja con las vecinas del barrio"] * 18 + ["y se mantiene la"], size=10, font=BODY)
    sheet.next_page()
    top = sheet.lines(45, 50, ["jornada de manera periódica."], size=10, font=BODY) + 12
    top = sheet.text(45, top, "Líneas Sello", 12, BOLD) + 6
    sheet.lines(45, top, ["Vinculación comunitaria, ya que se abre a las vecinas."], size=10, font=BODY)
    sheet.save()


def test_text_carried_to_the_next_page_goes_on_with_the_flow_not_the_side_panel(tmp_path):
    panel_beside_a_running_text(tmp_path / "ficha.pdf", panel=True)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["sostenibilidad"] == "Se repite cada año con la comunidad."
    assert got["elemento_innovador"].endswith("y se mantiene la jornada de manera periódica.")


CATEGORY_LABELS = ["Sociolaboral", "Acogida/atención", "Emprendimiento", "Capacitaciones", "Cooperativas", "NNA"]
DATES = "Septiembre, octubre y noviembre de cada año, con talleres en las juntas de vecinos."


def side_panel_over_a_wide_paragraph(path) -> None:
    """Title and label; a left column of short sections ending with the dates' heading; beside it
    a filled side panel holding the "Categoría" heading and its
    boxes, ending level with the dates' heading; under both, the dates' text across the whole
    width, then the other sections. Reading order gives the column, the panel, then the wide text."""
    sheet = Sheet(path)
    sheet.text(45, 50, "Escuela de oficios para mujeres migrantes", 20, BOLD)
    sheet.text(45, 85, "MUNICIPALIDAD PUENTE ALTO", 10, BOLD)
    top = 115.0
    top = sheet.lines(45, top, ["Departamento/Oficinas municipales", "que participan"], 12, BOLD) + 6
    top = sheet.lines(45, top, SECTIONS[0][1], size=10, font=BODY) + 12
    top = sheet.text(45, top, SECTIONS[1][0], 12, BOLD) + 6
    top = sheet.lines(45, top, SECTIONS[1][1], size=10, font=BODY) + 12
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD)
    sheet.rect(330, 108, 220, top - 108 + 4, stroke=False, fill="DCE6F2")
    row = sheet.text(340, 115, "Categoría", 12, BOLD) + 6
    row = sheet.ballot_list(340, row, CATEGORY_LABELS, [3], pitch=13)
    top = sheet.text(45, top + 14, DATES, 10, BODY) + 12
    for heading, lines in SECTIONS[2:]:
        top = sheet.text(45, top, heading, 12, BOLD) + 6
        top = sheet.lines(45, top, lines, size=10, font=BODY) + 12
    sheet.save()


def test_a_side_panels_section_ends_with_the_panel(tmp_path):
    """A heading inside a drawn side panel opens a section that ends with the panel: the text read
    after the panel, outside it, goes on with the section open before (the dates' text under both
    columns is the dates', not the category list's)."""
    side_panel_over_a_wide_paragraph(tmp_path / "ficha.pdf")
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["categorias"] == ["capacitaciones"]
    assert got["fechas_implementacion"]["texto"] == DATES
    assert got["grupo_prioritario"] == SECTIONS[1][1][0]
    assert not [a for a in got["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"]


def test_a_boxed_head_above_the_title_is_the_titles(tmp_path):
    """A filled box above the title, over the title's column, holding the municipality label, the
    "Categoría" heading and its boxes: the whole box is the head of the ficha whose title is on the
    page (its heading makes no untitled ficha of its own), the ficha before having none here."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    sheet.rect(330, 40, 220, 150, stroke=False, fill="EEF3FA")
    sheet.text(340, 48, "MUNICIPALIDAD PUENTE ALTO", 10, BOLD)
    row = sheet.text(340, 70, "Categoría", 10, BOLD) + 6
    row = sheet.ballot_list(340, row, CATEGORY_LABELS, [3], pitch=13)
    top = sheet.text(45, 210, "Escuela de oficios para mujeres migrantes", 20, BOLD) + 20
    for heading, lines in SECTIONS:
        top = sheet.text(45, top, heading, 12, BOLD) + 6
        top = sheet.lines(45, top, lines, size=10, font=BODY) + 12
    sheet.save()
    (got,) = records(path)
    assert got["titulo"] == "Escuela de oficios para mujeres migrantes"
    assert got["municipalidad"]["comuna"] == "Puente Alto"
    assert got["categorias"] == ["capacitaciones"]


def test_a_heading_above_the_first_title_is_its_fichas(tmp_path):
    """The "Categoría" heading and its boxes printed above the document's first title, over its
    column, with no drawn box around them: no ficha comes before to continue there, so they are
    the head of the title's ficha, not an untitled ficha of their own."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    row = sheet.text(45, 40, "Categoría", 10, BOLD) + 6
    row = sheet.ballot_list(45, row, CATEGORY_LABELS, [3], pitch=13)
    top = sheet.text(45, row + 20, "Escuela de oficios para mujeres migrantes", 20, BOLD) + 10
    top = sheet.text(45, top, "MUNICIPALIDAD PUENTE ALTO", 10, BOLD) + 16
    for heading, lines in SECTIONS:
        top = sheet.text(45, top, heading, 12, BOLD) + 6
        top = sheet.lines(45, top, lines, size=10, font=BODY) + 12
    sheet.save()
    (got,) = records(path)
    assert got["titulo"] == "Escuela de oficios para mujeres migrantes"
    assert got["categorias"] == ["capacitaciones"]


def test_text_printed_over_text_is_flagged(tmp_path):
    """A line printed across another (a floating box drawn over the body, no wrap): neither reads for
    sure, so the field it falls in gets an aviso `lectura_dudosa` quoting both, never a silent value."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    sheet.text(45, 50, "Escuela de oficios para mujeres migrantes", 20, BOLD)
    sheet.text(45, 85, "MUNICIPALIDAD PUENTE ALTO", 10, BOLD)
    top = 115.0
    for heading, lines in SECTIONS:
        top = sheet.text(45, top, heading, 12, BOLD) + 6
        if heading == "Grupo prioritario":
            sheet.text(60, top + 5, "Intermediación laboral", 10, BODY)
        top = sheet.lines(45, top, lines, size=10, font=BODY) + 12
    sheet.save()
    (got,) = records(path)
    doubts = [a for a in got["revision"]["avisos"] if a["codigo"] == "lectura_dudosa"]
    assert doubts and all(a["campo"] == "grupo_prioritario" for a in doubts)
    assert "Intermediación laboral" in doubts[0]["mensaje"]
