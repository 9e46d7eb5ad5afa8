"""A whole ficha as a reportlab platypus Table of label | value rows (issue 20: text belongs to the
region it stands in), as a clerk's report generator prints it: the label column shaded by one
`BACKGROUND` rectangle drawn behind all its cells, each value cell a list of flowables (the name in
bold, a checklist, a month table over the dates' text, several paragraphs), two fichas flowing on,
the table split between rows by the page break.

Read before: the label column, one drawn panel holding every label, was a side panel whose labels
had no value beside them; the rows were read column after column, the title was "Nombre de la
práctica" and every value went unplaced. Now a panel holding only label cells (set alike, at one
edge) is a label column; the name's and municipality's labels head their rows like the template's
headings; and a value cell opening with a table or checkboxes has its text right under them."""

from __future__ import annotations

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .records import records

SHORT = ["Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"]
FICHAS = [
    ("Huertos comunitarios interculturales", "Recoleta", [3, 4, 5], "De marzo a mayo de cada año."),
    ("Escuela de verano para niñas y niños", "El Bosque", [1, 2], "Enero y febrero, en vacaciones."),
]
DESCRIPTION = [
    "La municipalidad abre huertos en las plazas del sector norte con apoyo de las juntas de vecinos, "
    "que ceden sus sedes para guardar herramientas y organizan turnos de riego durante todo el verano "
    "entre las familias que participan.",
    "Cada familia recibe semillas, herramientas y una parcela que cuida durante la temporada, y al "
    "cierre se reparte la cosecha en una feria abierta a la comunidad en la plaza principal del barrio.",
]


def form_pdf(path, size: float, top_space: float) -> None:
    """Two fichas as platypus label | value tables, values at `size` points, `top_space` points of
    white above the first (moves the page break through the second)."""
    label = ParagraphStyle("label", fontName="Helvetica-Bold", fontSize=size - 1, leading=size + 1)
    value = ParagraphStyle("value", fontName="Helvetica", fontSize=size, leading=size * 1.25, spaceAfter=size * 0.4)
    story: list = [Spacer(1, top_space)]
    for title, comuna, months, dates in FICHAS:
        grid = Table(
            [SHORT, ["X" if i + 1 in months else "" for i in range(12)]],
            colWidths=[30] * 12,
            style=TableStyle(
                [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("FONT", (0, 0), (-1, -1), "Helvetica", 7)]
            ),
        )
        rows = [
            ("Nombre de la práctica", [Paragraph(f"<b>{title}</b>", value)]),
            ("Municipalidad", [Paragraph(f"Municipalidad de {comuna}", value)]),
            ("Departamento/Oficinas municipales que participan", [Paragraph("Oficina de Migración", value)]),
            ("Grupo prioritario", [Paragraph("Familias migrantes del sector norte.", value)]),
            ("Fechas de implementación", [grid, Spacer(1, 3), Paragraph(dates, value)]),
            ("Forma de financiamiento", [Paragraph("Recursos propios municipales.", value)]),
            ("Sostenibilidad en el tiempo", [Paragraph("Se repite cada año con el barrio.", value)]),
            ("Breve descripción", [Paragraph(p, value) for p in DESCRIPTION]),
            (
                "Elemento innovador/creativo del proyecto o actividad",
                [Paragraph("Los vecinos cuidan los huertos.", value)],
            ),
        ]
        story.append(
            Table(
                [[Paragraph(k, label), v] for k, v in rows],
                colWidths=[110, 400],
                style=TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e0e0e0")),  # one rectangle
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                ),
            )
        )
        story.append(Spacer(1, 18))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


@pytest.mark.parametrize("size, top_space", [(9, 0), (10, 420), (8.5, 560)])
def test_a_platypus_form_reads_row_by_row(tmp_path, size, top_space):
    path = tmp_path / "form.pdf"
    form_pdf(path, size, top_space)
    got = records(path)
    assert [(r["titulo"], r["municipalidad"]["comuna"]) for r in got] == [(t, c) for t, c, _, _ in FICHAS]
    for record, (_, _, months, dates) in zip(got, FICHAS, strict=True):
        assert record["fechas_implementacion"] == {"meses": months, "texto": dates}
        assert record["grupo_prioritario"] == "Familias migrantes del sector norte."
        assert record["sostenibilidad"] == "Se repite cada año con el barrio."
        assert record["descripcion"] == "\n\n".join(DESCRIPTION)
        assert record["elemento_innovador"] == "Los vecinos cuidan los huertos."
