"""Two template headings side by side over the two columns of a grid («Categoría» | «Fechas de
implementación»), a line of the spread's other page level with them beyond a gutter (issue 20; a
new user's trial of 2026-12-07, ed14, an A3 spread printed with Chromium: the two headings were read
as one unknown heading line and the dates text was lost). Each heading heads its own column, whatever
the row holds past the next gutter. The designs are this test's own.
"""

from __future__ import annotations

import pytest

from .pdf_canvas import BOLD, Sheet
from .records import records

CATEGORIES = ["Sociolaboral", "Acogida/atención", "Emprendimiento", "Capacitaciones"]
GROUP = [
    "Familias migrantes y refugiadas del sector norte de la comuna, en especial las",
    "mujeres jefas de hogar y sus hijas e hijos en edad escolar, recién llegados.",
]
DATES = "Septiembre y octubre de cada año."
PROSE = [
    "La municipalidad abre un espacio de encuentro para las familias del barrio,",
    "con talleres de cocina, huertos y juegos para niñas y niños, cada sábado",
    "en la plaza del sector norte, junto a las juntas de vecinos del territorio.",
    "Se invita a las familias migrantes recién llegadas por medio de la red de",
    "salud primaria y de las escuelas municipales de la comuna de Recoleta.",
]


def _check(got: dict) -> None:
    assert got["categorias"] == ["sociolaboral", "emprendimiento"]
    assert got["fechas_implementacion"]["texto"] == DATES
    assert "encabezado_desconocido" not in {a["codigo"] for a in got["revision"]["avisos"]}


@pytest.mark.parametrize(("second", "shift"), [(300.0, 0.0), (330.0, 0.6)])
def test_two_headings_side_by_side_with_the_other_page_level_with_them(tmp_path, second, shift):
    path = tmp_path / "pliego.pdf"
    sheet = Sheet(path, size=(1190.0, 842.0))
    sheet.text(50, 50, "Huertos comunitarios interculturales", 20, BOLD)
    sheet.text(50, 85, "Municipalidad de Recoleta", 10, BOLD)
    top = sheet.text(50, 115, "Grupo prioritario", 12, BOLD) + 6
    top = sheet.lines(50, top, GROUP, 10)  # lines across both columns of the grid below
    row = top + 8
    sheet.text(50, row, "Categoría", 12, BOLD)
    sheet.text(second, row, "Fechas de implementación", 12, BOLD)
    sheet.ballot_list(50, row + 20, CATEGORIES, [0, 2], 16)
    sheet.text(second, row + 20, DATES, 10)
    # the spread's right page: a heading, then prose whose lines run level with the headings' row
    sheet.text(640, row - 2 * 13 - 20, "Breve descripción", 12, BOLD)
    sheet.lines(640, row - 2 * 13 + shift, PROSE, 10)
    sheet.text(640, row + 60, "Líneas Sello", 12, BOLD)
    sheet.text(640, row + 80, "Vinculación comunitaria, ya que reúne a vecinos chilenos y extranjeros.", 10)
    sheet.save()
    (got,) = records(path)
    _check(got)


def _html() -> str:
    boxes = "".join(f"<div>{'☒' if n in (0, 2) else '☐'} {label}</div>" for n, label in enumerate(CATEGORIES))
    prose = " ".join(PROSE)
    # the grid's headings stand 100 mm down the left page, and the right page's prose, 5 mm a line from
    # 80 mm down, runs a line level with them (one font size and line height for both)
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
    @page {{ size: 420mm 297mm; margin: 0 }}
    body {{ margin: 0; font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 5mm }}
    .page {{ position: absolute; top: 0; width: 178mm; height: 297mm }}
    .left {{ left: 16mm }} .right {{ left: 226mm }}
    h1 {{ font-size: 18pt; line-height: 9mm; margin: 18mm 0 2mm }} .muni {{ margin-bottom: 6mm }}
    h2 {{ font-size: 9.5pt; margin: 0 }} p {{ margin: 0 }}
    .two {{ position: absolute; top: 100mm; width: 100%; display: grid; grid-template-columns: 1fr 1fr; gap: 6mm }}
    .prose {{ position: absolute; top: 75mm; text-align: justify }}
    </style></head><body><div class="page left">
    <h1>Huertos comunitarios interculturales</h1><div class="muni">Municipalidad de Recoleta</div>
    <h2>Grupo prioritario</h2><p>{" ".join(GROUP)}</p>
    <div class="two"><div><h2>Categoría</h2>{boxes}</div>
    <div><h2>Fechas de implementación</h2><p>{DATES}</p></div></div>
    </div><div class="page right"><div class="prose"><h2>Breve descripción</h2><p>{prose} {prose}</p>
    <h2>Líneas Sello</h2><p>Vinculación comunitaria, ya que reúne a vecinos chilenos y extranjeros.</p>
    </div></div></body></html>"""


@pytest.mark.browser
def test_two_headings_side_by_side_in_a_spread_printed_by_a_browser(tmp_path, chromium):
    from .designs.browser import print_pdf

    html = tmp_path / "pliego.html"
    html.write_text(_html(), encoding="utf-8")
    print_pdf(html, tmp_path / "pliego.pdf")
    (got,) = records(tmp_path / "pliego.pdf")
    _check(got)
