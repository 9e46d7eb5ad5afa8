"""A ruled month grid of shaded name rows each over a row of mark cells ("Enero ... Junio" over
cells typed "X", then "Julio ... Diciembre" over theirs: an HTML table a new user's trial of
2026-12-07 printed with Chromium) marks each month in the cell under its name: the month's cell
is its name's ruled cell reaching down to the next row of names
(`month_grid._down_to_the_next_names`); taking the name's cell alone left every "X" loose in
the dates' text and no month read.
"""

from __future__ import annotations

import pytest

from .docx_builders import MONTHS as NAMES
from .records import records_by_engine

DATES = "Según el calendario escolar."


def ficha_html(active: set[int]) -> str:
    rows = ""
    for half in (0, 6):
        months = range(half + 1, half + 7)
        rows += "<tr>" + "".join(f"<th>{NAMES[m - 1]}</th>" for m in months) + "</tr>"
        rows += "<tr>" + "".join(f"<td>{'X' if m in active else ''}</td>" for m in months) + "</tr>"
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
    body {{ font-family: 'DejaVu Sans'; font-size: 10pt; margin: 20mm; }}
    h2 {{ font-size: 12pt; margin: 5mm 0 2mm; }}
    .mm {{ border-collapse: collapse; width: 100%; margin-bottom: 2mm; }}
    .mm th {{ font-size: 8pt; font-weight: normal; background: #efebe9; border: 0.6px solid #a1887f; padding: 1mm; }}
    .mm td {{ border: 0.6px solid #a1887f; text-align: center; height: 5mm; font-size: 9pt; }}
    </style></head><body>
    <h1 style="font-size:20pt">Escuela de oficios para mujeres migrantes</h1>
    <div style="font-weight:bold">MUNICIPALIDAD DE PUENTE ALTO</div>
    <h2>Grupo prioritario</h2><p>Personas migrantes.</p>
    <h2>Fechas de implementación</h2><table class="mm">{rows}</table><p>{DATES}</p>
    <h2>Forma de financiamiento</h2><p>Recursos propios.</p>
    <h2>Breve descripción</h2><p>Talleres para vecinas y vecinos migrantes.</p>
    </body></html>"""


@pytest.mark.browser
@pytest.mark.parametrize("active", [{9, 10, 11}, {2, 3, 4, 5, 6, 7, 8}, {1, 12}])
def test_each_x_under_a_name_marks_that_month(tmp_path, chromium, active):
    from .designs.browser import print_pdf

    page = tmp_path / "ficha.html"
    page.write_text(ficha_html(active), encoding="utf-8")
    print_pdf(page, tmp_path / "ficha.pdf")
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": sorted(active), "texto": DATES}
