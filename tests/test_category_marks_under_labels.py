"""A category table printed as rows of labels, each over a row of marks ("X" under a checked
category: trial 28 ed13, a spreadsheet printed as is, here a sheet of this test's own design).
When a mark's cell and the next row's label are read as one block ("X" / "Cooperativas"), the
mark cannot be told to belong to the label above it or to the label it was read with: the read
is in doubt, and the aviso on categorias says so (not merely that some box, «Otra», was not read).
"""

from __future__ import annotations

import pytest

from .records import records

ROWS = [
    ["Sociolaboral", "Acogida/atención", "Emprendimiento", "Capacitaciones"],
    ["Cooperativas", "Intermediación laboral", "NNA", "Otra: Regularización"],
]
CHECKED = {"Sociolaboral", "Emprendimiento", "Capacitaciones"}
SECTIONS = [
    ("Municipalidad:", "Recoleta"),
    ("Nombre de la práctica:", "Taller de oficios para vecinas"),
    ("Departamento/Oficinas municipales que participan", "Oficina Municipal de Información Laboral (OMIL)"),
    ("Grupo prioritario", "Mujeres jefas de hogar."),
]
TAIL = [
    ("Forma de financiamiento", "Recursos propios municipales."),
    ("Breve descripción", "La municipalidad abre un taller de oficios para vecinas migrantes."),
    ("Líneas Sello", "Fortalecimiento institucional, ya que la municipalidad capacita a su equipo."),
]


def sheet() -> str:
    """The sheet printed with its headings: a gutter of row numbers, a row of column letters, the
    label column, then twelve columns (a category's cell spans three)."""
    rows: list[list[str]] = [[f'<td class="l">{label}</td><td colspan="12">{value}</td>'] for label, value in SECTIONS]
    for n, labels in enumerate(ROWS):
        rows.append(
            [f'<td class="l">{"Categoría" if n == 0 else ""}</td>', *(f'<td colspan="3">{x}</td>' for x in labels)]
        )
        marks = (f'<td class="x" colspan="3">{"X" if x in CHECKED else ""}</td>' for x in labels)
        rows.append(['<td class="l"></td>', *marks])
    rows += [[f'<td class="l">{label}</td><td colspan="12">{value}</td>'] for label, value in TAIL]
    head = "<tr><th></th><th></th>" + "".join(f"<th>{c}</th>" for c in "BCDEFGHIJKLM") + "</tr>"
    body = "".join(f"<tr><th>{n}</th>{''.join(r)}</tr>" for n, r in enumerate(rows, start=1))
    return f"""<!doctype html><html lang="es"><head><meta charset="utf-8"><style>
    @page {{ size: A4; margin: 10mm }} body {{ font-family: 'Liberation Sans'; font-size: 8.5pt }}
    table {{ border-collapse: collapse; width: 100%; table-layout: fixed }}
    th {{ background: #eee; color: #555; font-weight: normal; border: 1px solid #bbb; font-size: 7pt }}
    td {{ border: 1px solid #444; vertical-align: top; padding: 1px 2px }}
    td.l {{ background: #ddd; font-weight: bold; font-size: 7.5pt }} td.x {{ text-align: center }}
    </style></head><body><table><colgroup><col style="width:7mm"><col style="width:36mm">{"<col>" * 12}</colgroup>
    {head}{body}</table></body></html>"""


@pytest.mark.browser
def test_a_mark_read_with_the_next_rows_label_puts_the_table_in_doubt(tmp_path, chromium):
    from .designs.browser import print_pdf

    html = tmp_path / "planilla.html"
    html.write_text(sheet(), encoding="utf-8")
    print_pdf(html, tmp_path / "planilla.pdf")
    (got,) = records(tmp_path / "planilla.pdf")
    said = [a["mensaje"] for a in got["revision"]["avisos"] if a["campo"] == "categorias"]
    if got["categorias"] != ["sociolaboral", "emprendimiento", "capacitaciones"]:
        assert any("«X»" in m and "no se sabe a qué categoría" in m for m in said), said
    assert got["revision"]["estado"] == "revisar"
