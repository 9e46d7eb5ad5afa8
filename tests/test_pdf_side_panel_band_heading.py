"""A side panel whose section heading stands in a band of its own inside the panel, beside the page's
flow going on from the page before (issue 20, part 2: a region's text never joins a section
outside it; browser harness, side panel holding short sections).

The description runs down the main column to the first page's foot and goes on at the second
page's head. On the second page a filled side panel on the left holds the sustainability section:
its heading in a darker band nested in the panel, its text in the panel under the band. Reading
order reads the panel first. The panel's text is the heading's (it stands in the region holding
the heading's band); the main column's text read after it, outside the panel, goes on with the
description, never the panel's section.
"""

from __future__ import annotations

from .pdf_canvas import BODY, BOLD, Sheet, typeset
from .records import records

PANEL_X, PANEL_W, MAIN_X, MAIN_W = 40.0, 170.0, 240.0, 310.0
OPENING = (
    "La municipalidad acompañó la creación de la cooperativa de trabajo, con el objetivo de mejorar las "
    "condiciones laborales de las trabajadoras de aseo y ornato de la comuna. "
)
GOING_ON = (
    "La Oficina de Migración acompañó los procesos de regularización de las personas en contexto de "
    "movilidad humana, orientando además en el acceso a la salud y seguridad laboral."
)
LASTING = "Se encuentran trabajando en replicar la experiencia con mujeres que trabajan en comercio ambulante."
INNOVATION = "Se destaca el trabajo realizado acompañando la creación de la cooperativa en todo su proceso."


def test_the_flow_after_a_side_panel_with_a_banded_heading_goes_on_with_its_section(tmp_path):
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    sheet.text(MAIN_X, 50, "Incubadora de cooperativas", 18, BOLD)
    sheet.text(MAIN_X, 80, "MUNICIPALIDAD RECOLETA", 11, BOLD)
    top = sheet.text(MAIN_X, 110, "Grupo prioritario:", 12, BOLD) + 6
    top = sheet.lines(MAIN_X, top, ["Trabajadoras de aseo y ornato."], 10) + 14
    top = sheet.text(MAIN_X, top, "Breve descripción:", 12, BOLD) + 6
    sheet.lines(MAIN_X, top, typeset(OPENING * 4, MAIN_W, 10), 10)  # its next paragraph opens the next page
    sheet.next_page()
    sheet.rect(PANEL_X, 40, PANEL_W, 300, stroke=False, fill="1B3A6B")
    sheet.rect(PANEL_X + 8, 48, PANEL_W - 16, 34, stroke=False, fill="44506A")
    sheet.canvas.setFillGray(1)
    sheet.lines(PANEL_X + 12, 52, ["SOSTENIBILIDAD EN EL", "TIEMPO"], 11, BODY, leading=1.25)
    sheet.lines(PANEL_X + 8, 92, typeset(LASTING, PANEL_W - 16, 10), 10)
    sheet.canvas.setFillGray(0)
    top = sheet.lines(MAIN_X, 45, typeset(GOING_ON, MAIN_W, 10), 10) + 16
    top = sheet.text(MAIN_X, top, "Elemento innovador:", 12, BOLD) + 6
    sheet.lines(MAIN_X, top, typeset(INNOVATION, MAIN_W, 10), 10)
    sheet.save()
    (got,) = records(path)
    assert got["sostenibilidad"] == LASTING
    assert got["descripcion"].endswith(GOING_ON)
    assert got["elemento_innovador"] == INNOVATION
