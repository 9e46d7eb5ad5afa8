"""A ficha kept in a spreadsheet and printed with the sheet's headings: a row of column letters over
the grid, a column of row numbers left of it, label | value rows, the categories as rows of names
each over a row of cells marked "X" (trial 28 ed13-calc). The letters and numbers are the sheet's
furniture (`readers/pdf/sheet_headings.py`), as a page number is the page's: the numbers were read
into the field read last ("... por la OMIL. 5 6 7 8"), the letters left as unplaced text. A mark
cell alone on its row belongs to the label over it when the table opens with a row of labels
(`segment/fichas._stacked_side`); an "X" alone is a mark line, never a paragraph going on in the
next column's label. The design is this test's own: other texts, marks, margins and widths.
"""

from __future__ import annotations

import re

import pytest

from .records import records

ROWS = [
    ["Sociolaboral", "Acogida/atención", "Emprendimiento", "Capacitaciones"],
    ["Cooperativas", "Intermediación laboral", "NNA", "Otra: Regularización"],
]
CHECKED = {"Sociolaboral", "Emprendimiento", "Cooperativas", "NNA"}
COLUMNS = "ABCDEFGHIJKLM"  # the label's and twelve more: a category's cell spans three
HEAD = [
    ("Municipalidad", "Independencia"),
    ("Nombre de la práctica", "Mesa de salud migrante"),
    ("Departamento/Oficinas municipales que participan", "Departamento de Salud"),
    ("Grupo prioritario", "Personas migrantes sin previsión de salud."),
]
TAIL = [
    ("Forma de financiamiento", "Presupuesto del Departamento de Salud."),
    ("Sostenibilidad en el tiempo", "La mesa sesiona cada mes desde el año 2021."),
    ("Breve descripción", "La municipalidad reúne a los centros de salud y a las organizaciones migrantes."),
]


def sheet() -> str:
    rows = [f'<td class="l">{label}</td><td colspan="12">{value}</td>' for label, value in HEAD]
    for n, labels in enumerate(ROWS):
        rows.append(
            f'<td class="l">{"Categoría" if n == 0 else ""}</td>' + "".join(f'<td colspan="3">{x}</td>' for x in labels)
        )
        marks = "".join(f'<td class="x" colspan="3">{"X" if x in CHECKED else ""}</td>' for x in labels)
        rows.append(f'<td class="l"></td>{marks}')
    rows += [f'<td class="l">{label}</td><td colspan="12">{value}</td>' for label, value in TAIL]
    head = "<tr><th></th>" + "".join(f"<th>{c}</th>" for c in COLUMNS) + "</tr>"
    body = "".join(f'<tr><th class="n">{n}</th>{r}</tr>' for n, r in enumerate(rows, start=1))
    return f"""<!doctype html><html lang="es"><head><meta charset="utf-8"><style>
    @page {{ size: A4; margin: 11mm }} body {{ font-family: 'Liberation Sans'; font-size: 8.5pt }}
    table {{ border-collapse: collapse; width: 100%; table-layout: fixed }}
    th {{ background: #e8e8e8; color: #666; font-weight: normal; border: 0.8px solid #aaa; font-size: 6.5pt }}
    th.n {{ width: 6mm }} td {{ border: 0.8px solid #555; vertical-align: top; padding: 1px 3px }}
    td.l {{ background: #dde; font-weight: bold; font-size: 7pt }} td.x {{ text-align: center }}
    </style></head><body><table><colgroup><col style="width:6mm"><col style="width:38mm">{"<col>" * 12}</colgroup>
    {head}{body}</table></body></html>"""


@pytest.mark.browser
def test_a_printed_sheet_reads_without_its_headings(tmp_path, chromium):
    from .designs.browser import print_pdf

    html = tmp_path / "planilla.html"
    html.write_text(sheet(), encoding="utf-8")
    print_pdf(html, tmp_path / "planilla.pdf")
    (got,) = records(tmp_path / "planilla.pdf")
    assert got["categorias"] == ["sociolaboral", "emprendimiento", "cooperativas", "nna"]
    assert got["sostenibilidad"] == TAIL[1][1]
    assert got["forma_financiamiento"]["texto"] == TAIL[0][1]
    assert got["descripcion"] == TAIL[2][1]
    quoted = [a["mensaje"] for a in got["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"]
    assert not [m for m in quoted if re.fullmatch(r"[\d\s]+|[A-Z]( [A-Z])*|\d+ [A-Z]", m.strip())], quoted
    assert not [a for a in got["revision"]["avisos"] if a["campo"] == "categorias"]
