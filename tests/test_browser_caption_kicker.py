"""A browser-printed edition with a kicker over each title ("Ficha 2") and a captioned month grid in a
side panel ("Calendario" over a grid of cells, the side panel left of the main column), two fichas
flowing on one after the other: both records right and with no aviso (issue 20; a new user's trial
of 2026-12-07, h01 and h07, printed with Chromium: the caption and the kickers were quoted in avisos
texto_sin_ubicar on the wrong sections). The design is this test's own: another side, grid shape,
fonts and wording than the trial's.
"""

from __future__ import annotations

import pytest

from .docx_builders import MONTHS
from .records import records

FICHAS = [
    ("Academia Municipal Abierta", "Municipalidad de Arica", [3, 4, 5, 6]),
    ("Huertos comunitarios interculturales", "Municipalidad de Recoleta", [9, 10, 11]),
]
SECTIONS = [
    ("Grupo prioritario", "Personas migrantes y refugiadas."),
    ("Fechas de implementación", "Según el calendario escolar."),
    ("Forma de financiamiento", "Recursos propios municipales."),
    ("Breve descripción", "La municipalidad abre cursos y huertos para vecinas y vecinos migrantes."),
    ("Líneas Sello", "Fortalecimiento institucional, ya que la municipalidad capacita a su equipo."),
]


def cell(month: int, on: bool) -> str:
    return f'<div class="m{" on" if on else ""}">{MONTHS[month - 1][:3]}<br>{"●" if on else "&nbsp;"}</div>'


def page(kicker: str, caption: str) -> str:
    out = []
    for n, (title, label, active) in enumerate(FICHAS, start=1):
        cells = "".join(cell(m, m in active) for m in range(1, 13))
        sections = "".join(f"<h2>{h}</h2><p>{t}</p>" for h, t in SECTIONS)
        out.append(
            f'<div class="kicker">{kicker % n}</div><h1>{title}</h1><div class="grid"><aside>'
            f'<div class="muni">{label}</div><h4>{caption}</h4><div class="months">{cells}</div></aside>'
            f"<main>{sections}</main></div>"
        )
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
    @page {{ size: A4; margin: 18mm }}
    body {{ font-family: 'DejaVu Serif'; font-size: 10pt; }}
    .kicker {{ font-size: 8pt; letter-spacing: .1em; text-transform: uppercase; color: #a33; margin-top: 8mm }}
    h1 {{ font-size: 20pt; margin: 2pt 0 8pt }}
    .grid {{ display: grid; grid-template-columns: 55mm 1fr; gap: 10pt }}
    aside {{ background: #f3eee6; padding: 8pt; border-radius: 6pt }}
    .muni {{ font-weight: bold; margin-bottom: 6pt }}
    h4 {{ font-size: 8pt; font-weight: normal; margin: 4pt 0 3pt; color: #555 }}
    .months {{ display: grid; grid-template-columns: repeat(4, 1fr); gap: 2pt }}
    .m {{ border: 0.8px solid #b9a; text-align: center; font-size: 7.5pt; padding: 1pt }}
    .m.on {{ background: #e9d8c4 }}
    h2 {{ font-size: 11pt; margin: 6pt 0 2pt }} p {{ margin: 0 0 4pt }}
    </style></head><body>{"".join(out)}</body></html>"""


@pytest.mark.browser
@pytest.mark.parametrize(
    "kicker, caption", [("Ficha %d", "Calendario"), ("Buena práctica N° %d", "Meses de ejecución")]
)
def test_kickers_and_a_captioned_month_grid(tmp_path, chromium, kicker, caption):
    from .designs.browser import print_pdf

    html = tmp_path / "edicion.html"
    html.write_text(page(kicker, caption), encoding="utf-8")
    print_pdf(html, tmp_path / "edicion.pdf")
    got = records(tmp_path / "edicion.pdf")
    assert [(r["titulo"], r["fechas_implementacion"]["meses"]) for r in got] == [(t, a) for t, _, a in FICHAS]
    unplaced = [a for r in got for a in r["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"]
    assert unplaced == [], [r["revision"] for r in got]
