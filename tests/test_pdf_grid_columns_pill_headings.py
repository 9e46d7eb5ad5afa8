"""A ficha's short sections in a two-column CSS grid under pill headings (issue 20; a new user's
trial 26, h05 "revista").

- The left column's heading wraps to two lines, its offices set as a bullet list under it; the right
  column opens with "Fechas de implementación" over a month grid whose names stand at their cells'
  left edge in filled cells. The grid's box is where its names (and marks) are printed, not half a
  column pitch left of its names' centres (`month_grid._printed_left`): it no longer stands in the
  gutter, so the columns are read one at a time and the offices are no part of the dates' text.
- Categories as ■/□ glyphs, two a line (inline-blocks of 48%): the ■ of the second column is a
  box of the list with its own label; its box is the glyph's own (`marks._first_glyph`), not one
  as wide as the line is tall, which reached over its label's first letter and left the square a
  bullet whose label joined the line above ("Acogida/atención ■ Capacitaciones").
"""

from __future__ import annotations

import pytest

from .docx_builders import MONTHS
from .records import records_by_engine

OFFICES = ["Oficina de Migración, Refugio e Interculturalidad", "Dirección de Salud", "OMIL"]
ACTIVE = [1, 2]
DATES = "Enero y febrero, durante las vacaciones de verano."
LABELS = [
    ("sociolaboral", "Sociolaboral"),
    ("acogida_atencion", "Acogida/atención"),
    ("emprendimiento", "Emprendimiento"),
    ("capacitaciones", "Capacitaciones"),
    ("cooperativas", "Cooperativas"),
    ("intermediacion_laboral", "Intermediación laboral"),
    ("nna", "NNA"),
    ("otra", "Otra:"),
]
CHOSEN = ["acogida_atencion", "capacitaciones"]


def revista_html(font: str, size: float, columns: int) -> str:
    cells = "".join(
        f'<div class="{"on" if n in ACTIVE else ""}">{name}</div>' for n, name in enumerate(MONTHS, start=1)
    )
    chips = "".join(f'<span class="chk">{"■" if key in CHOSEN else "□"} {label}</span>' for key, label in LABELS)
    offices = "".join(f"<li>{name}</li>" for name in OFFICES)
    return f"""<html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 15mm }}
body {{ font-family: '{font}'; font-size: {size}pt }}
h1 {{ font-size: 24pt; margin: 6px 0 10px }}
h2 {{ display: inline-block; font: bold 9.5pt 'DejaVu Sans'; background: #333; color: #fff; padding: 2px 10px;
      border-radius: 9px; margin: 12px 0 4px }}
.two {{ display: grid; grid-template-columns: 1fr 1fr; gap: 8mm }}
.months {{ display: grid; grid-template-columns: repeat({columns}, 1fr); gap: 2px; font: 8.5pt 'DejaVu Sans' }}
.months div {{ padding: 2px 4px; background: #eee; color: #999 }} .months .on {{ background: #d4572a; color: #fff }}
.chk {{ display: inline-block; width: 48% }}
p {{ margin: 0 0 6px }} ul {{ padding-left: 14px }}
</style></head><body>
<p><b>MUNICIPALIDAD DE ARICA</b></p><h1>Recepción y acogida de la comunidad afgana</h1>
<div class="two"><div>
<h2>Departamento/Oficinas municipales que participan</h2><ul>{offices}</ul>
<h2>Grupo prioritario</h2><p>Familias afganas.</p>
<h2>Categoría</h2><div>{chips}</div>
</div><div>
<h2>Fechas de implementación</h2><div class="months">{cells}</div><p>{DATES}</p>
<h2>Forma de financiamiento</h2><p>Recursos propios municipales.</p>
<h2>Sostenibilidad en el tiempo</h2><p>Se repite cada verano.</p>
</div></div>
<h2>Breve descripción</h2><p>La municipalidad recibe a las familias afganas llegadas a la comuna.</p>
</body></html>"""


@pytest.mark.browser
@pytest.mark.parametrize(
    ("font", "size", "columns"),
    [("Liberation Serif", 10.5, 3), ("DejaVu Sans", 9.0, 4), ("Liberation Sans", 10.0, 3)],
    ids=["serif-3-columns", "dejavu-4-columns", "sans-3-columns"],
)
def test_a_grid_column_under_a_wrapped_pill_heading_keeps_its_list(tmp_path, chromium, font, size, columns):
    from .designs.browser import print_pdf

    page = tmp_path / "ficha.html"
    page.write_text(revista_html(font, size, columns), encoding="utf-8")
    print_pdf(page, tmp_path / "ficha.pdf")
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert [o["texto"] for o in got["oficinas"]] == OFFICES
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": DATES}
        assert got["categorias"] == CHOSEN
        assert got["grupo_prioritario"] == "Familias afganas."
