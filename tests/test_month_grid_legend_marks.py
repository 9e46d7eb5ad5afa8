"""A month grid's legend whose marks were read as boxes (issue 20; a new user's trial 26, x09: a 3 x 4
grid of "Ene ●" / "Feb ○" cells over a legend line "● implementado  ○ sin actividad").

The legend's marks, a filled and a hollow one a word apart, were read as a radio pair before the
grids ("[x] implementado", "[ ] sin actividad", quoted as text no field took). A box standing where
a grid's legend starts (a line right under it, from its left edge: `month_grid._legend_marks`) is
the legend's mark when its words make a legend entry (`grid_legend`): it marks no month and no
category, and the legend is the display's own text.
"""

from __future__ import annotations

import pytest

from .docx_builders import MONTHS
from .records import records_by_engine

ACTIVE = [3, 4, 5, 6]
DATES = "De marzo a junio de cada año, con sesiones semanales."


def legend_html(on: str, off: str, legend: str, size: float) -> str:
    rows = "".join(
        "<tr>"
        + "".join(
            f'<td>{MONTHS[r * 4 + c][:3]}</td><td class="k">{on if r * 4 + c + 1 in ACTIVE else off}</td>'
            for c in range(4)
        )
        + "</tr>"
        for r in range(3)
    )
    return f"""<html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 16mm }} body {{ font-family: 'DejaVu Serif'; font-size: 10.5pt }}
h2 {{ font: bold 10pt 'DejaVu Sans'; margin: 10px 0 3px }} p {{ margin: 0 0 5px }}
.m {{ border-collapse: collapse }} .m td {{ padding: 1px 5px; font: {size}pt 'DejaVu Sans' }}
.m .k {{ padding-right: 14px }}
.leg {{ font: 7.5pt 'DejaVu Sans'; color: #666 }}
</style></head><body>
<div>Municipalidad de San Joaquín</div><h1>Incubadora de cooperativas</h1>
<h2>Departamento/Oficinas municipales que participan</h2><p>Oficina de Migración</p>
<h2>Grupo prioritario</h2><p>Personas migrantes.</p>
<h2>Fechas de implementación</h2><table class="m">{rows}</table><div class="leg">{legend}</div><p>{DATES}</p>
<h2>Forma de financiamiento</h2><p>Recursos propios municipales.</p>
<h2>Breve descripción</h2><p>La municipalidad acompaña a las cooperativas de la comuna.</p>
</body></html>"""


@pytest.mark.browser
@pytest.mark.parametrize(
    ("on", "off", "legend", "size"),
    [
        ("●", "○", "● implementado &nbsp; ○ sin actividad", 9),
        ("■", "□", "■ con actividad &nbsp;&nbsp; □ sin actividad", 8.5),
        ("●", "○", "● mes con talleres &nbsp; ○ mes sin talleres", 10),
    ],
    ids=["dots", "squares", "dots-10pt"],
)
def test_a_legend_under_a_grid_is_no_box(tmp_path, chromium, on, off, legend, size):
    from .designs.browser import print_pdf

    page = tmp_path / "ficha.html"
    page.write_text(legend_html(on, off, legend, size), encoding="utf-8")
    print_pdf(page, tmp_path / "ficha.pdf")
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": DATES}
        assert not [a for a in got["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"]
