"""A browser-printed form: each answer in a drawn box under its small caption, two boxes side by
side in some rows, a gap between them narrower than a column gutter. Text belongs to the region it
stands in: each caption is its box's (a caption line is cut above the gap between two boxes, so
"Nombre de la práctica" and "Municipalidad" are two labels, not one line), and each box is read
whole with its caption (`readers/pdf/captions.py`), never both captions then both answers (trial
28 ed01-form: the funding text read into sostenibilidad, ficha 2 untitled). The design is this
test's own: other fonts, sizes, widths and gaps than the trial's.
"""

from __future__ import annotations

import pytest

from .records import records

FICHAS = [
    (
        "Huertos comunitarios interculturales",
        "Recoleta",
        "Fondos municipales y aporte de la OIM.",
        "Se repite cada año.",
    ),
    ("Mesa de salud migrante", "Independencia", "Presupuesto del Departamento de Salud.", "Sigue vigente desde 2021."),
]


def field(caption: str, body: str, flex: str = "") -> str:
    style = f' style="flex:{flex}"' if flex else ""
    return f'<div class="f"{style}><div class="cap">{caption}</div><div class="box">{body}</div></div>'


def ficha(title: str, comuna: str, funding: str, sustained: str) -> str:
    return f"""<section>
    <div class="row">{field("Nombre de la práctica", f"<b>{title}</b>", "3")}{field("Municipalidad", comuna, "1")}</div>
    {field("Departamento/Oficinas municipales que participan", "Oficina de Migración")}
    {field("Grupo prioritario", "Personas migrantes.")}
    <div class="row">{field("Forma de financiamiento", funding, "1")}
    {field("Sostenibilidad en el tiempo", sustained, "1")}</div>
    {field("Breve descripción", "La municipalidad abre un espacio de encuentro para vecinas y vecinos.")}
    </section>"""


def page() -> str:
    return f"""<!doctype html><html lang="es"><head><meta charset="utf-8"><style>
    @page {{ size: A4; margin: 18mm }}
    body {{ font-family: 'DejaVu Sans'; font-size: 9pt }} section {{ break-after: page }}
    .f {{ margin: 5px 0 }} .cap {{ font-size: 6.5pt; color: #666; margin-bottom: 1px }}
    .box {{ border: 0.8px solid #777; padding: 3px 6px }} .row {{ display: flex; gap: 7px }}
    </style></head><body>{"".join(ficha(*f) for f in FICHAS)}</body></html>"""


@pytest.mark.browser
def test_each_answer_belongs_to_the_box_it_stands_in(tmp_path, chromium):
    from .designs.browser import print_pdf

    html = tmp_path / "formulario.html"
    html.write_text(page(), encoding="utf-8")
    print_pdf(html, tmp_path / "formulario.pdf")
    got = records(tmp_path / "formulario.pdf")
    assert [r["titulo"] for r in got] == [f[0] for f in FICHAS]
    for record, (_, comuna, funding, sustained) in zip(got, FICHAS, strict=True):
        assert record["municipalidad"]["comuna"] == comuna
        assert record["forma_financiamiento"]["texto"] == funding
        assert record["sostenibilidad"] == sustained
        assert not [a for a in record["revision"]["avisos"] if a["campo"] in ("sostenibilidad", "forma_financiamiento")]
