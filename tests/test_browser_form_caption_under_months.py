"""A browser-printed form: each field a ruled box with a small caption above it, the months a row
of small ruled boxes under their names; the next field's caption ("Forma de financiamiento", beside
"Sostenibilidad en el tiempo") set under the month boxes is no text of the month cells (trial 28,
ed01-form: «la celda de Ene dice Forma / Feb de / Mar financiamiento», the funding heading lost).
A ruled box holding the names and a line of text under them is a form's field box, no header cell
(`grid._holds_text_under`): the body is the row of boxes under the names. The design is this
test's own: other fonts, sizes and box shapes than the trial's.
"""

from __future__ import annotations

import pytest

from .docx_builders import MONTHS
from .records import records

ACTIVE = [3, 4, 5, 9]
TEXT = "Marzo a mayo, y septiembre."


def field(caption: str, body: str, width: str = "") -> str:
    return f'<div class="f" style="{width}"><div class="cap">{caption}</div><div class="box">{body}</div></div>'


def page() -> str:
    months = "".join(
        f'<td><div class="n">{MONTHS[m - 1][:3]}</div><div class="b">{"X" if m in ACTIVE else "&nbsp;"}</div></td>'
        for m in range(1, 13)
    )
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
    @page {{ size: A4; margin: 16mm }}
    body {{ font-family: 'DejaVu Sans'; font-size: 9pt }}
    h1 {{ font-size: 16pt; margin: 0 0 8pt }}
    .f {{ margin: 6px 0 }} .cap {{ font-size: 6.5pt; color: #555; margin-bottom: 1px }}
    .box {{ border: 1px solid #777; padding: 4px 5px }} .row {{ display: flex; gap: 10px }}
    table.m {{ border-collapse: collapse }} table.m td {{ padding: 0 2px; text-align: center }}
    .n {{ font-size: 6.5pt }} .b {{ border: 1px solid #000; width: 17px; height: 11px; line-height: 11px;
    font-weight: bold; font-size: 7pt }}
    </style></head><body>
    <div class="muni">Municipalidad de Arica</div><h1>Academia Municipal Abierta</h1>
    {field("Grupo prioritario", "Personas migrantes y refugiadas.")}
    {field("Fechas de implementación", f'<table class="m"><tr>{months}</tr></table><div>{TEXT}</div>')}
    <div class="row">{field("Forma de financiamiento", "Recursos propios municipales.", "flex:1")}
    {field("Sostenibilidad en el tiempo", "Se repite cada año con presupuesto municipal.", "flex:1")}</div>
    {field("Breve descripción", "La municipalidad abre cursos para vecinas y vecinos migrantes.")}
    </body></html>"""


@pytest.mark.browser
def test_a_caption_under_the_month_boxes_is_no_cell_text(tmp_path, chromium):
    from .designs.browser import print_pdf

    html = tmp_path / "formulario.html"
    html.write_text(page(), encoding="utf-8")
    print_pdf(html, tmp_path / "formulario.pdf")
    (got,) = records(tmp_path / "formulario.pdf")
    assert got["fechas_implementacion"]["meses"] == ACTIVE
    cells = [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas") and "la celda" in a["mensaje"]]
    assert cells == []
    assert got["forma_financiamiento"]["texto"].startswith("Recursos propios municipales.")
