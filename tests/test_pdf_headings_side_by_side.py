"""Two numbered headings side by side on one line (issue 20; trial h02, a browser magazine: "2. Grupo
prioritario" and "3. Categoría" in a flex row after a justified line of offices): text belongs to the
region it stands in, each heading heads its own column below. The rows above run across the page,
and under the right heading a two-column list of drawn boxes starts right of the heading's edge, so
nothing around showed a column gutter: the two headings were read as one line ("2. Grupo prioritario
3. Categoría": no heading, grupo_prioritario lost, the line read as offices). A line whose words
before a wide gap and after it are each a template heading's name is two lines
(`order._headings_side_by_side`)."""

from __future__ import annotations

import pytest

from .records import records

OFFICES = (
    "Incubadora de cooperativas - Innova - Dirección de Medio Ambiente, Aseo y Ornato (DIMAO) - Dirección de "
    "Desarrollo Comunitario (DIDECO) - Programa Migrantes y refugiados - Secretaria Comunal de Planificación (SECPLAC)"
)
GROUP = "Trabajadoras/es de aseo y ornato, especialmente mujeres y personas migrantes."
LABELS = ["Sociolaboral", "Acogida/atención", "Emprendimiento", "Capacitaciones", "Cooperativas", "NNA"]
BOX = (
    '<svg width="9" height="9" viewBox="0 0 10 10">'
    '<rect x=".5" y=".5" width="9" height="9" fill="none" stroke="#333"/>{}</svg>'
)
TICK = '<path d="M2 5 L4.2 7.5 L8 2.2" fill="none" stroke="#c30" stroke-width="1.6"/>'


def magazine_html(font: str, size: float) -> str:
    cats = "".join(f"<li>{BOX.format(TICK if n in (0, 4) else '')} {label}</li>" for n, label in enumerate(LABELS))
    return f"""<html><head><meta charset="utf-8"><style>
    @page {{ size: A4; margin: 22mm 18mm 20mm }}
    body {{ font-family: "{font}"; font-size: {size}pt; line-height: 1.4 }}
    h1 {{ font: bold 20pt "DejaVu Sans"; margin: 6pt 0 10pt }}
    h2 {{ font: bold {size + 0.5}pt "DejaVu Sans"; color: #c30; margin: 9pt 0 3pt }}
    p {{ margin: 0 0 4pt; text-align: justify }}
    .row {{ display: flex; gap: 16pt }} .row > div {{ flex: 1 }}
    ul {{ list-style: none; padding: 0; margin: 0; columns: 2; font-size: {size - 1}pt }}
    </style></head><body>
    <div style="font-weight:bold">MUNICIPALIDAD DE RECOLETA</div>
    <h1>Incubadora Cooperativa de trabajo: Jatún Newén</h1>
    <h2>1. Departamento/Oficinas municipales que participan</h2><p>{OFFICES}</p>
    <div class="row"><div><h2>2. Grupo prioritario</h2><p>{GROUP}</p></div>
    <div><h2>3. Categoría</h2><ul>{cats}</ul></div></div>
    <h2>4. Forma de financiamiento</h2><p>Recursos propios municipales.</p>
    <h2>5. Sostenibilidad en el tiempo</h2><p>Se repite cada año.</p>
    </body></html>"""


@pytest.mark.browser
@pytest.mark.parametrize("font, size", [("DejaVu Serif", 9.5), ("Liberation Sans", 10), ("DejaVu Sans", 9)])
def test_two_headings_side_by_side_are_two_columns(tmp_path, chromium, font, size):
    from .designs.browser import print_pdf

    page = tmp_path / "ficha.html"
    page.write_text(magazine_html(font, size), encoding="utf-8")
    print_pdf(page, tmp_path / "ficha.pdf")
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["grupo_prioritario"] == GROUP
    assert got["categorias"] == ["sociolaboral", "cooperativas"]
    assert not any("Grupo" in o["nombre"] or "Categor" in o["nombre"] for o in got["oficinas"])
