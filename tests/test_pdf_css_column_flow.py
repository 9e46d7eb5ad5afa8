"""Sections flowing through a multi-column body (issue 20, trial 24 e14 and e04): every section of
a ficha set in CSS `columns: 2` or `columns: 3`, in template order, each heading followed by its
paragraphs, the short sections first, so the first column holds several headings and the
description runs on from the first column's foot into the next column's head. The columns are read
top to bottom, the left first, and a section runs from its heading to the next across column breaks:
the next column's lines never go to the first column's section standing at their height.

- A month display at the first column's edge (names over ●/○ dots in a CSS grid of six) stands
  where it is printed: its cells' reach for a mark after the last name is no ink of the grid, so the
  gutter beside it still parts the columns (e14: the grid's box reached into the gutter, and the
  page was read in bands at the first column's headings).
"""

from __future__ import annotations

import html

import pytest

from .docx_builders import MONTHS
from .records import records_by_engine

ACTIVE = [3, 4, 5, 9, 10]
OFFICES = "Oficina de Migración"
GROUP = "Mujeres migrantes jefas de hogar."
DATES = "Se realizan dos programas al año, con una duración de tres meses cada uno."
FINANCING = "Recursos propios municipales."
LASTING = "Se ejecuta de manera permanente desde el año 2021."
DESCRIPTION = [
    "La municipalidad abre una escuela de oficios para mujeres migrantes jefas de hogar de la comuna, con cursos"
    " de costura, cocina y peluquería que entregan herramientas para el trabajo independiente.",
    "Los cursos duran tres meses y se dictan en la sede vecinal del sector norte, en horario vespertino, con"
    " cuidado infantil para los hijos e hijas de las participantes durante las clases.",
    "Al terminar, cada participante recibe un certificado y apoyo para formalizar su emprendimiento ante el"
    " Servicio de Impuestos Internos, además de asesoría para postular a fondos concursables.",
    "En el año 2023 egresaron ochenta mujeres de doce nacionalidades, y un tercio de ellas ya vende sus"
    " productos en la feria municipal de emprendedoras que se realiza cada mes en la plaza.",
    "La escuela trabaja con la Oficina de la Mujer y con la Oficina de Migración, que orientan a las"
    " participantes sobre regularización migratoria y acceso a la red de salud de la comuna.",
]
INNOVATION = (
    "Es la primera escuela de oficios de la comuna pensada para mujeres migrantes, con cuidado infantil incluido"
    " durante todas las clases."
)


def month_dots() -> str:
    """Six columns of three-letter names over a ● (active) or ○ dot, a CSS grid as wide as its column."""
    cells = "".join(
        f"<span>{name[:3]}<b>{'●' if n in ACTIVE else '○'}</b></span>" for n, name in enumerate(MONTHS, start=1)
    )
    return f'<div class="dots">{cells}</div>'


def column_flow_html(columns: int) -> str:
    sections = [
        ("Departamento/Oficinas municipales que participan", f"<p>{OFFICES}</p>"),
        ("Grupo prioritario", f"<p>{GROUP}</p>"),
        ("Fechas de implementación", f"{month_dots()}<p>{DATES}</p>"),
        ("Forma de financiamiento", f"<p>{FINANCING}</p>"),
        ("Sostenibilidad en el tiempo", f"<p>{LASTING}</p>"),
        ("Breve descripción", "".join(f"<p>{html.escape(p)}</p>" for p in DESCRIPTION)),
        ("Elemento innovador/creativo del proyecto o actividad", f"<p>{INNOVATION}</p>"),
    ]
    body = "".join(f"<h3>{html.escape(name)}</h3>{text}" for name, text in sections)
    return f"""<html><head><meta charset="utf-8"><style>
    @page {{ size: A4; margin: 15mm; }}
    body {{ font-family: 'DejaVu Sans'; font-size: 9pt; }}
    .cols {{ columns: {columns}; column-gap: 4mm; column-rule: 0.5px solid #ccc; }}
    h3 {{ font-size: 9.5pt; color: #c2185b; margin: 3mm 0 1mm 0; break-after: avoid; }}
    p {{ margin: 0 0 1.6mm 0; line-height: 1.35; }}
    .dots {{ display: grid; grid-template-columns: repeat(6, 1fr); text-align: center; font-size: 7.5pt; }}
    .dots b {{ display: block; font-size: 9pt; font-weight: normal; }}
    </style></head><body>
    <div style="font-weight:bold;color:#c2185b">MUNICIPALIDAD DE PUENTE ALTO</div>
    <h1 style="font-size:20pt">Escuela de oficios para mujeres migrantes</h1>
    <div class="cols">{body}</div></body></html>"""


def printed(tmp_path, chromium_html: str):
    from .designs.browser import print_pdf

    page = tmp_path / "ficha.html"
    page.write_text(chromium_html, encoding="utf-8")
    print_pdf(page, tmp_path / "ficha.pdf")
    return tmp_path / "ficha.pdf"


@pytest.mark.browser
@pytest.mark.parametrize("columns", [2, 3])
def test_a_month_grid_at_a_column_edge_leaves_the_gutter(tmp_path, chromium, columns):
    for got in records_by_engine(printed(tmp_path, column_flow_html(columns))):
        assert got["descripcion"] == "\n\n".join(DESCRIPTION)
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": DATES}
        assert got["forma_financiamiento"]["texto"] == FINANCING
        assert got["sostenibilidad"] == LASTING
        assert got["grupo_prioritario"] == GROUP
        assert got["elemento_innovador"] == INNOVATION
