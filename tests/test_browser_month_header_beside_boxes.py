"""A month column whose names stand white on navy header cells, each over an empty ruled cell, in a
card beside a card of category boxes: a header cell level with a category row is no filled box
closing that row (`marks.drawn_boxes`: a filled square holding a name is the name's shading). Read
as one, it marked its month in an empty display (browser seed 47546: February and April, no aviso).
The design is this test's own: another face, sizes and pitch than the seed's.
"""

from __future__ import annotations

import pytest

from .records import records

CATEGORIES = (
    ("Sociolaboral", True),
    ("Acogida/atención", False),
    ("Emprendimiento", False),
    ("Capacitaciones", True),
    ("Cooperativas", False),
    ("Intermediación laboral", False),
    ("NNA", False),
    ("Otra:", False),
)
MONTHS = "EFMAMJJASOND"


def page() -> str:
    boxes = "".join(
        f'<div class="cat"><span class="cb{" on" if on else ""}"></span> {label}</div>' for label, on in CATEGORIES
    )
    months = "".join(f"<tr><th>{m}</th></tr><tr><td></td></tr>" for m in MONTHS)
    return f"""<!doctype html><html lang="es"><head><meta charset="utf-8"><style>
    @page {{ size: A4; margin: 18mm }}
    body {{ font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.4 }}
    h1 {{ font-size: 18pt; margin: 0 0 8pt }} h2 {{ font-size: 10.5pt; margin: 0 0 4pt }}
    p {{ margin: 0 0 4pt }}
    .cards {{ display: grid; grid-template-columns: 1fr 1fr; gap: 8pt }}
    .card {{ border: 1px solid #C8CEDD; border-radius: 6pt; padding: 5pt 8pt }}
    .cat {{ margin: 0 0 3.5pt }}
    .cb {{ display: inline-block; width: 8pt; height: 8pt; border: 1.2px solid #333; vertical-align: middle }}
    .cb.on {{ background: #1B3A6B }}
    table {{ border-collapse: collapse; font-size: 8pt }}
    th {{ background: #1B3A6B; color: white; font-weight: normal; padding: 1pt 0.3em }}
    td {{ border: 0.8px solid #999; height: 1.4em; padding: 1pt 0.3em }}
    </style></head><body>
    <p>Municipalidad de Recoleta</p><h1>Cooperativa de trabajo de mujeres migrantes</h1>
    <h2>Departamento/Oficinas municipales que participan</h2><p>OMIL</p>
    <h2>Grupo prioritario</h2><p>Mujeres migrantes</p>
    <div class="cards"><div class="card"><h2>Categoría</h2>{boxes}</div>
    <div class="card"><h2>Fechas de implementación</h2><table>{months}</table>
    <p>Desde 2019, sin meses fijos.</p></div></div>
    <h2>Breve descripción</h2><p>Una cooperativa de trabajo formada por vecinas migrantes.</p>
    </body></html>"""


@pytest.mark.browser
def test_a_month_name_on_its_header_cell_is_no_box_of_the_category_rows_beside_it(tmp_path, chromium):
    from .designs.browser import print_pdf

    html = tmp_path / "cabeceras.html"
    html.write_text(page(), encoding="utf-8")
    print_pdf(html, tmp_path / "cabeceras.pdf")
    (got,) = records(tmp_path / "cabeceras.pdf")
    assert got["fechas_implementacion"]["meses"] == []
    assert got["categorias"] == ["sociolaboral", "capacitaciones"]


def initials_page() -> str:
    """A row of month initials in squares, April to July filled navy with a white letter, the others
    outlined with a navy letter: each square a month's cell, the filled ones its marks."""
    boxes = "".join(
        f'<div class="cat"><span class="cb{" on" if on else ""}"></span> {label}</div>' for label, on in CATEGORIES
    )
    cells = "".join(f'<span class="m{" on" if 3 <= i <= 6 else ""}">{m}</span>' for i, m in enumerate(MONTHS))
    return f"""<!doctype html><html lang="es"><head><meta charset="utf-8"><style>
    @page {{ size: A4; margin: 18mm }}
    body {{ font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.4 }}
    h1 {{ font-size: 18pt; margin: 0 0 8pt }} h2 {{ font-size: 10.5pt; margin: 8pt 0 4pt }}
    p {{ margin: 0 0 4pt }} .cat {{ margin: 0 0 3.5pt }}
    .cb {{ display: inline-block; width: 8pt; height: 8pt; border: 1.2px solid #333; vertical-align: middle }}
    .cb.on {{ background: #1B3A6B }}
    .m {{ display: inline-block; width: 13pt; height: 13pt; line-height: 13pt; text-align: center; font-size: 8pt;
          border: 1px solid #1B3A6B; margin-right: 3pt; color: #1B3A6B }}
    .m.on {{ background: #1B3A6B; color: white; border: none; width: 15pt; height: 15pt; line-height: 15pt }}
    </style></head><body>
    <p>Municipalidad de Recoleta</p><h1>Cooperativa de trabajo de mujeres migrantes</h1>
    <h2>Departamento/Oficinas municipales que participan</h2><p>OMIL</p>
    <h2>Grupo prioritario</h2><p>Mujeres migrantes</p>
    <h2>Categoría</h2>{boxes}
    <h2>Fechas de implementación</h2><div>{cells}</div><p>Durante 2023, en la sede vecinal.</p>
    <h2>Breve descripción</h2><p>Una cooperativa de trabajo formada por vecinas migrantes.</p>
    </body></html>"""


@pytest.mark.browser
def test_filled_squares_holding_initials_beside_outlined_ones_holding_theirs_are_marks(tmp_path, chromium):
    """Outlined squares holding words too make the row a display of named cells: the filled ones are
    its marks, not their letters' shading (a reviewer's design: read as no months, `ok`)."""
    from .designs.browser import print_pdf

    html = tmp_path / "iniciales.html"
    html.write_text(initials_page(), encoding="utf-8")
    print_pdf(html, tmp_path / "iniciales.pdf")
    (got,) = records(tmp_path / "iniciales.pdf")
    assert got["fechas_implementacion"]["meses"] == [4, 5, 6, 7]
    assert got["categorias"] == ["sociolaboral", "capacitaciones"]
