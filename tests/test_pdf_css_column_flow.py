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
- White the columns share by chance (the space before a heading in each, level, wider than a gutter
  of one font size) is no band edge when the right column opens with running text under no heading.
- A heading set full width after a column block whose left column is the longer, at the page's foot,
  is read after both columns when a rule drawn across the gutter underlines it (e04); with nothing
  to tell, the reading is said (`lectura_dudosa`) on the sections involved.
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


def column_flow_html(columns: int, gap: str = "4mm", size: float = 9, rule: bool = True) -> str:
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
    body {{ font-family: 'DejaVu Sans'; font-size: {size}pt; }}
    .cols {{ columns: {columns}; column-gap: {gap}; {"column-rule: 0.5px solid #ccc;" if rule else ""} }}
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


@pytest.mark.browser
def test_white_both_columns_share_by_chance_is_no_band_edge(tmp_path, chromium):
    """CSS columns with their default gap (one font size) and no rule, 10-point text: the space
    before "Breve descripción" in the left column and before the innovation element's heading in the
    right one fall level, wider than the gutter. The right column opens with the description's
    running text under no heading of its own, so the white is no band's edge: cut there, the
    description's paragraphs at the right column's head went to the sustainability section."""
    for got in records_by_engine(printed(tmp_path, column_flow_html(2, gap="normal", size=10, rule=False))):
        assert got["descripcion"] == "\n\n".join(DESCRIPTION)
        assert got["sostenibilidad"] == LASTING
        assert got["elemento_innovador"] == INNOVATION


SELLO = [
    (
        "Políticas locales y trabajo colaborativo",
        "ya que la escuela nace del trabajo entre la Oficina de la Mujer y la de Migración.",
    ),
    ("Estrategias formativas y de sensibilización", "ya que forma a mujeres migrantes en oficios con salida laboral."),
]


def full_width_heading_html(rule: bool) -> str:
    """The short sections full width, then the description and the innovation element in CSS
    `columns: 2` (the left column the longer), then "Líneas Sello" full width at the page's foot, its
    list on the next page; headings underlined by a rule as wide as what they head (`rule`)."""
    underline = "border-bottom: 0.6px solid #9c2f2f; padding-bottom: 0.5mm;" if rule else ""
    short = "".join(
        f"<h2>{name}</h2><p>{text}</p>"
        for name, text in [
            ("Departamento/Oficinas municipales que participan", OFFICES),
            ("Grupo prioritario", GROUP),
            ("Fechas de implementación", DATES),
            ("Forma de financiamiento", FINANCING),
            ("Sostenibilidad en el tiempo", LASTING),
        ]
    )
    description = "".join(f"<p>{html.escape(p)}</p>" for p in DESCRIPTION)
    sello = "".join(f"<li><b>{name}:</b> {why}</li>" for name, why in SELLO)
    return f"""<html><head><meta charset="utf-8"><style>
    @page {{ size: A4; margin: 18mm 16mm; }}
    body {{ font-family: 'Liberation Serif'; font-size: 10.5pt; }}
    h2 {{ font-variant: small-caps; font-size: 11.5pt; color: #9c2f2f; margin: 4mm 0 1.5mm 0; {underline} }}
    p {{ margin: 0 0 1.6mm 0; text-align: justify; line-height: 1.3; }}
    .two {{ columns: 2; column-gap: 8mm; }} .two h2 {{ break-after: avoid; }}
    ol {{ break-before: page; }}
    </style></head><body>
    <div style="font-weight:bold;color:#9c2f2f">MUNICIPALIDAD DE PUENTE ALTO</div>
    <h1 style="font-size:22pt;font-style:italic;font-weight:normal">Escuela de oficios para mujeres migrantes</h1>
    {short}<div class="two"><h2>Breve descripción</h2>{description}
    <h2>Elemento innovador/creativo del proyecto o actividad</h2><p>{INNOVATION}</p></div>
    <h2>Líneas Sello</h2><ol>{sello}</ol></body></html>"""


@pytest.mark.browser
def test_a_full_width_heading_under_a_column_block_follows_both_columns(tmp_path, chromium):
    """A rule drawn across the gutter under "Líneas Sello" shows it is set full width: it is read
    after both columns, not between them (trial 24 e04: the right column's paragraphs went to it)."""
    for got in records_by_engine(printed(tmp_path, full_width_heading_html(rule=True))):
        assert got["descripcion"] == "\n\n".join(DESCRIPTION)
        assert got["elemento_innovador"] == INNOVATION
        assert [line["justificacion"] for line in got["lineas_sello"]] == [why for _, why in SELLO]


@pytest.mark.browser
def test_a_heading_under_the_left_column_with_nothing_to_place_it_is_said(tmp_path, chromium):
    """The same without rules: "Líneas Sello" at the left column's foot, below the right column's end,
    may be set full width after the columns or be the left column's last line, its text opening the
    right column. Nothing tells, so the reading (before the right column) is said on both sections the
    right column's text may belong to: the one the left column ends in and the heading's."""
    for got in records_by_engine(printed(tmp_path, full_width_heading_html(rule=False))):
        said = {a["campo"] for a in got["revision"]["avisos"] if a["codigo"] == "lectura_dudosa"}
        assert {"descripcion", "lineas_sello"} <= said
        assert got["revision"]["estado"] == "revisar"
