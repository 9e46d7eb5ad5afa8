"""Fichas stacked on one page, each in two columns of its own (issue 20, S6 of trial 21).

A page may hold the end of one ficha and the start of the next, or two whole fichas one under the
other, each with a left column (offices .. sustainability) and a right one (description, innovation,
Sello). Reading order goes column by column over the page; what belongs to which ficha is told by
position: an element belongs to the ficha whose title stands above it on the page, and what stands
above a page's first title (the ficha before, going on) is not the head of the ficha below.
"""

from __future__ import annotations

from .docx_builders import CATEGORY_NAMES
from .pdf_canvas import BOLD, Sheet, typeset
from .records import records

BODY_SIZE, HEADING_SIZE = 8.0, 11.0
LEFT, MEASURE, GUTTER = 34.0, 258.0, 10.0  # the right column starts one narrow gutter after the left's measure
RIGHT = LEFT + MEASURE + GUTTER
OFFICES_HEADING = "Departamento/Oficinas municipales que participan"
# the first and third fill their first line to the measure's end: a gutter of GUTTER points beside it
OFFICES = [
    "Oficina de Migración (Programa de Acogida y Orientación a las Familias Migrantes del Municipio)",
    "Dirección de Desarrollo.",
    "Oficina de la Mujer (Programa de Acompañamiento a Mujeres Migrantes y sus Familias en la Comuna)",
]
DESCRIPTIONS = {
    "Huertos comunitarios": "La municipalidad abre huertos en los barrios donde vecinas y vecinos chilenos y "
    "extranjeros siembran juntos, comparten semillas y aprenden técnicas de cultivo durante todo el año.",
    "Oficina móvil": "Una oficina recorre los barrios de la comuna orientando a las familias migrantes sobre "
    "trámites de regularización, salud y educación, con atención en varios idiomas y horarios vespertinos.",
    "Escuela de español para mujeres recién llegadas": "La escuela enseña español a mujeres recién llegadas, "
    "con cuidado infantil durante las clases y materiales preparados junto a facilitadoras "
    "interculturales de la comunidad.",
}


def paragraph(sheet: Sheet, x: float, top: float, text: str) -> float:
    return sheet.lines(x, top, typeset(text, MEASURE, BODY_SIZE), size=BODY_SIZE, leading=1.25) + 6


def heading(sheet: Sheet, x: float, top: float, text: str) -> float:
    """A bold heading broken to the column's measure; returns the top under it."""
    for line in typeset(text, MEASURE - 3 * HEADING_SIZE, HEADING_SIZE, BOLD):
        top = sheet.text(x, top, line, HEADING_SIZE, BOLD) + 2
    return top + 3


def head(sheet: Sheet, top: float, title: str, comuna: str) -> float:
    sheet.line(LEFT, top - 10, RIGHT + MEASURE, top - 10, width=2)
    top = sheet.text(LEFT, top, title, 16, BOLD) + 6
    return sheet.text(LEFT, top, f"MUNICIPALIDAD {comuna.upper()}", 10, BOLD) + 12


def categories(sheet: Sheet, top: float, labels: list[str], checked: set[str]) -> float:
    return sheet.ballot_list(
        LEFT, top, labels, [n for n, label in enumerate(labels) if label in checked], pitch=BODY_SIZE * 1.8
    )


def closing_sections(sheet: Sheet, top: float) -> float:
    """Dates, funding and sustainability in the left column; returns the top under them."""
    for name, text in (
        ("Fechas de implementación", "Entre marzo y noviembre de cada año."),
        ("Forma de financiamiento", "Recursos propios municipales."),
        ("Sostenibilidad en el tiempo", "Se repite cada año con la comunidad."),
    ):
        top = paragraph(sheet, LEFT, heading(sheet, LEFT, top, name), text) + 4
    return top


def closing_right(sheet: Sheet, top: float, innovation: str) -> float:
    top = paragraph(sheet, RIGHT, heading(sheet, RIGHT, top, "Elemento innovador"), innovation) + 4
    sello = "Vinculación comunitaria, ya que reúne a vecinos chilenos y extranjeros en actividades del barrio."
    return paragraph(sheet, RIGHT, heading(sheet, RIGHT, top, "Líneas Sello"), sello)


def opening(sheet: Sheet, top: float, title: str, comuna: str, office: str) -> tuple[float, float]:
    """A ficha's title, label and first sections in both columns; returns the tops under each column."""
    top = head(sheet, top, title, comuna)
    left = paragraph(sheet, LEFT, heading(sheet, LEFT, top, OFFICES_HEADING), office) + 4
    # a left line reaching the measure's end: the gutter beside it is as narrow as the design's
    left = paragraph(sheet, LEFT, heading(sheet, LEFT, left, "Grupo prioritario"), "Personas migrantes " * 7) + 4
    right = paragraph(sheet, RIGHT, heading(sheet, RIGHT, top, "Breve descripción"), DESCRIPTIONS[title])
    return heading(sheet, LEFT, left, "Categoría"), right


def stacked_publication(path) -> None:
    """Page 1: ficha 1 whole, ficha 2's opening (its category list cut after four boxes). Page 2:
    ficha 2's other boxes (Intermediación laboral checked) and closing sections above ficha 3's title, then
    ficha 3 whole (Intermediación laboral not checked)."""
    sheet = Sheet(path)
    left, right = opening(sheet, 40, "Huertos comunitarios", "Recoleta", OFFICES[0])
    left = closing_sections(sheet, categories(sheet, left, CATEGORY_NAMES, {"NNA"}))
    closing_right(sheet, right + 4, "Se siembra con los vecinos del barrio.")
    left, right = opening(sheet, max(left, right) + 40, "Oficina móvil", "Puente Alto", OFFICES[1])
    categories(sheet, left, CATEGORY_NAMES[:4], {"Sociolaboral"})
    sheet.next_page()
    left = closing_sections(sheet, categories(sheet, 40, CATEGORY_NAMES[4:], {"Intermediación laboral"}))
    right = closing_right(sheet, 40, "La oficina va donde están las familias.")
    left, right = opening(
        sheet, max(left, right) + 40, "Escuela de español para mujeres recién llegadas", "Quinta Normal", OFFICES[2]
    )
    left = closing_sections(sheet, categories(sheet, left, CATEGORY_NAMES, {"Emprendimiento"}))
    closing_right(sheet, right + 4, "Cuidado infantil durante las clases.")
    sheet.save()


def test_each_element_goes_to_the_ficha_whose_title_stands_above_it(tmp_path):
    stacked_publication(tmp_path / "fichas.pdf")
    got = records(tmp_path / "fichas.pdf")
    assert [(r["titulo"], r["fuente"]["paginas"]) for r in got] == [
        ("Huertos comunitarios", [1]),
        ("Oficina móvil", [1, 2]),
        ("Escuela de español para mujeres recién llegadas", [2]),
    ]
    # ficha 1's right column, read after ficha 2's title, is ficha 1's
    assert [r["descripcion"] for r in got] == list(DESCRIPTIONS.values())
    assert [r["elemento_innovador"] for r in got] == [
        "Se siembra con los vecinos del barrio.",
        "La oficina va donde están las familias.",
        "Cuidado infantil durante las clases.",
    ]
    # the boxes at the top of page 2, above ficha 3's title, go on ficha 2's list
    assert [r["categorias"] for r in got] == [["nna"], ["sociolaboral", "intermediacion_laboral"], ["emprendimiento"]]
    # the offices heading, beside the description's and one narrow gutter from the body lines under
    # it, is a heading of its own
    assert [r["oficinas"][0]["nombre"] for r in got] == [
        "Oficina de Migración",
        "Dirección de Desarrollo",
        "Oficina de la Mujer",
    ]
    for r in got:
        assert r["grupo_prioritario"].startswith("Personas migrantes")
        assert r["sostenibilidad"] == "Se repite cada año con la comunidad."
