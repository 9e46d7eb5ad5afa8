"""Heads by page, not by reading order (issue 20, part 1).

A ficha's elements found by their vocabulary (the municipality label, the
category list, the month display, the template's headings) belong to the ficha
whose title is on the same page, wherever reading order puts them: a side panel
read before the title gives its municipality and categories to the ficha beside
it, not to the end of the ficha before.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from .docx_builders import CATEGORY_NAMES
from .pdf_builders import BOX_STYLES
from .pdf_canvas import BOLD, Sheet
from .records import records

CATEGORY_LABELS = CATEGORY_NAMES
PANEL_FICHAS = [
    ("Huertos comunitarios interculturales", "Recoleta", {"Sociolaboral", "NNA"}, "Oficina de Migración"),
    (
        "Oficina móvil de orientación",
        "Puente Alto",
        {"Capacitaciones", "Cooperativas", "Emprendimiento"},
        "Dirección de Desarrollo Comunitario",
    ),
]
SELLO_LINES = [
    "Se destaca el trabajo en las líneas de acción de Sello:",
    "Vinculación comunitaria, ya que reúne a",
    "vecinos chilenos y extranjeros en actividades del barrio.",
]


def sections(sheet: Sheet, x: float, top: float, parts: Sequence[tuple[str, list[str]]], size: float = 10) -> float:
    for heading, lines in parts:
        top = sheet.text(x, top, heading, 12, BOLD) + 8
        top = sheet.lines(x, top, lines, size=size) + 14
    return top


def side_panel_publication(
    path,
    fichas=PANEL_FICHAS,
    fill: str | None = "1F6F8B",
    side: str = "left",
    panel_headed: bool = True,
    label_at: str = "top",
) -> None:
    """Each ficha on its own page: a full-height panel at the page's side (filled, or ruled off by
    a vertical rule when `fill` is None) holding the municipality label and the category list; the
    title and the sections in the main column beside it. The panel is read first."""
    sheet = Sheet(path)
    for n, (title, comuna, checked, office) in enumerate(fichas):
        if n:
            sheet.next_page()
        panel_x, main_x = (0.0, 200.0) if side == "left" else (415.0, 45.0)
        if fill is None:
            rule_x = 180.0 if side == "left" else 405.0
            sheet.line(rule_x, 30, rule_x, 812)
        else:
            sheet.rect(panel_x, 0, 180, sheet.height, stroke=False, fill=fill)
        px = panel_x + 18
        top = 60.0 if label_at == "top" else 700.0
        top = sheet.text(px, top, "MUNICIPALIDAD", 9, BOLD) + 4
        top = sheet.text(px, top, comuna.upper(), 14, BOLD) + 40
        top = top if label_at == "top" else 60.0
        if panel_headed:
            top = sheet.text(px, top, "Categorías", 12, BOLD) + 10
        for label in CATEGORY_LABELS:
            BOX_STYLES["check" if label in checked else "empty"](sheet, px, top)
            sheet.text(px + 15, top + 0.5, label, size=9.5)
            top += 20
        top = sheet.lines(main_x, 60, [title], size=20, font=BOLD) + 20
        sections(
            sheet,
            main_x,
            top,
            [
                ("Departamento/Oficinas municipales que participan", [office]),
                ("Grupo prioritario", ["Personas migrantes del sector."]),
                ("Fechas de implementación", ["Entre marzo y noviembre de 2022."]),
                ("Forma de financiamiento", ["Recursos propios municipales."]),
                ("Sostenibilidad en el tiempo", ["Se repite cada año con la comunidad."]),
                ("Breve descripción", ["La municipalidad abre un espacio de encuentro."]),
                ("Elemento innovador", ["Se trabaja con los vecinos del barrio."]),
                ("Líneas Sello", SELLO_LINES),
            ],
        )
    sheet.save()


@pytest.mark.parametrize(
    "fill, side",
    [("1F6F8B", "left"), (None, "left"), ("EEF4FB", "right"), (None, "right")],
    ids=["filled-left", "ruled-left", "filled-right", "ruled-right"],
)
@pytest.mark.parametrize(
    "panel_headed, label_at",
    [(True, "top"), (False, "top"), (True, "bottom")],
    ids=["headed", "bare-list", "label-at-foot"],
)
def test_a_side_panel_read_before_the_title_belongs_to_the_ficha_on_its_page(
    tmp_path, fill, side, panel_headed, label_at
):
    """Wherever reading order puts the panel (before the title, or after the main column), its
    municipality label and category list are the ficha's on its page."""
    side_panel_publication(tmp_path / "fichas.pdf", fill=fill, side=side, panel_headed=panel_headed, label_at=label_at)
    got = records(tmp_path / "fichas.pdf")
    assert [r["titulo"] for r in got] == [t for t, _, _, _ in PANEL_FICHAS]
    assert [r["municipalidad"]["comuna"] if r["municipalidad"] else None for r in got] == [
        c for _, c, _, _ in PANEL_FICHAS
    ]
    assert [r["fuente"]["paginas"] for r in got] == [[1], [2]]
    assert [r["categorias"] for r in got] == [
        ["sociolaboral", "nna"],
        ["emprendimiento", "capacitaciones", "cooperativas"],
    ]
    assert [[o["nombre"] for o in r["oficinas"]] for r in got] == [
        ["Oficina de Migración"],
        ["Dirección de Desarrollo Comunitario"],
    ]
    for r in got:
        assert r["descripcion"] == "La municipalidad abre un espacio de encuentro."
        assert r["lineas_sello"][0]["justificacion"].endswith("actividades del barrio.")
        assert not [a for a in r["revision"]["avisos"] if a["codigo"] in ("texto_sin_ubicar", "seccion_duplicada")]


def test_the_ficha_before_continuing_above_the_title_keeps_its_text(tmp_path):
    """Ficha 1 ends at the top of page 2 (its Líneas Sello, above ficha 2's title, in the title's
    column); ficha 2 has a side panel read first. The text above the title stays ficha 1's; the
    panel is ficha 2's."""
    path = tmp_path / "fichas.pdf"
    sheet = Sheet(path)
    first, second = PANEL_FICHAS
    sheet.text(45, 60, first[0], 20, BOLD)
    sheet.text(45, 95, "MUNICIPALIDAD RECOLETA", 10, BOLD)
    sections(
        sheet,
        45,
        130,
        [
            ("Departamento/Oficinas municipales que participan", [first[3]]),
            ("Grupo prioritario", ["Personas migrantes del sector."]),
            ("Breve descripción", ["La municipalidad abre un espacio de encuentro."]),
        ],
    )
    sheet.next_page()
    sections(sheet, 200, 60, [("Líneas Sello", SELLO_LINES)])
    sheet.rect(0, 250, 180, 592, stroke=False, fill="1F6F8B")
    sheet.text(18, 280, "MUNICIPALIDAD", 9, BOLD)
    sheet.text(18, 293, second[1].upper(), 14, BOLD)
    sheet.text(200, 280, second[0], 20, BOLD)
    sections(
        sheet,
        200,
        330,
        [
            ("Departamento/Oficinas municipales que participan", [second[3]]),
            ("Grupo prioritario", ["Personas migrantes del sector."]),
            ("Breve descripción", ["Una oficina recorre los barrios."]),
        ],
    )
    sheet.save()
    got = records(path)
    assert [(r["titulo"], r["municipalidad"]["comuna"], r["fuente"]["paginas"]) for r in got] == [
        (first[0], "Recoleta", [1, 2]),
        (second[0], "Puente Alto", [2]),
    ]
    assert got[0]["lineas_sello"][0]["justificacion"].endswith("actividades del barrio.")
    assert got[1]["lineas_sello"] == []
    assert got[1]["descripcion"] == "Una oficina recorre los barrios."
