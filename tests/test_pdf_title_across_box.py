"""A box beside a title's first line pushes the rest of the title below it (a text box anchored in
the title, as LibreOffice lays it out): reading order gives the title's first line, the box, then
the rest of the title. The title is made whole again and the box stays the ficha's."""

from __future__ import annotations

import pytest

from .pdf_builders import BOX_STYLES
from .pdf_canvas import BOLD, Sheet
from .test_pdf_heads_by_page import CATEGORY_LABELS, records, sections

FICHAS = [
    (["Operativos", "interinstitucionales en asentamientos"], "Puente Alto", {"NNA", "Sociolaboral"}),
    (["Academia Municipal Abierta:", "AMA Integración"], "Arica", {"Capacitaciones"}),
]
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", ["Oficina de Migración"]),
    ("Grupo prioritario", ["Personas migrantes del sector."]),
    ("Fechas de implementación", ["Entre marzo y noviembre de 2022."]),
    ("Forma de financiamiento", ["Recursos propios municipales."]),
    ("Sostenibilidad en el tiempo", ["Se repite cada año con la comunidad."]),
    ("Breve descripción", ["La municipalidad abre un espacio de encuentro."]),
    ("Elemento innovador", ["Se trabaja con los vecinos del barrio."]),
]


def title_across_box(path) -> None:
    """Each ficha on a page of its own: the title's first line, the category box beside it at the
    right, the rest of the title under the box, the municipality label and the sections."""
    sheet = Sheet(path)
    for n, (title, comuna, checked) in enumerate(FICHAS):
        if n:
            sheet.next_page()
        sheet.text(45, 60, title[0], 22)
        top = sheet.text(340, 64, "Categoría", 11, BOLD) + 8
        for label in CATEGORY_LABELS:
            BOX_STYLES["check" if label in checked else "empty"](sheet, 340, top)
            sheet.text(355, top + 0.5, label, size=9.5)
            top += 18
        top = sheet.text(45, top + 14, title[1], 22) + 16
        top = sheet.text(45, top, f"MUNICIPALIDAD {comuna.upper()}", 10, BOLD) + 14
        sections(sheet, 45, top, SECTIONS, size=9)
    sheet.save()


def test_a_title_broken_by_a_box_beside_it_is_one_title(tmp_path):
    path = tmp_path / "title-across-box.pdf"
    title_across_box(path)
    got = records(path)
    assert [r["titulo"] for r in got] == [" ".join(title) for title, _, _ in FICHAS]
    assert [r["municipalidad"]["texto"] for r in got] == [f"MUNICIPALIDAD {c.upper()}" for _, c, _ in FICHAS]
    assert [set(r["categorias"]) for r in got] == [{"nna", "sociolaboral"}, {"capacitaciones"}]


def title_across_page(path, label_cut: bool = False) -> None:
    """The first ficha (Arica) on page 1, its sections down to under the middle of the page; the
    second ficha's title starts at the foot of page 1 ("Operativos") and goes on at the head of
    page 2 in lower case, the municipality label (beside the title; `label_cut`: cut by the page
    too, "Municipalidad" | "Puente Alto" level with the title's rest) and the category box (anchored
    in the title) read between, then its sections."""
    sheet = Sheet(path)
    (second, comuna, checked), (first, first_comuna, _) = FICHAS
    sheet.text(45, 60, " ".join(first), 22)
    top = sheet.text(45, 100, f"MUNICIPALIDAD {first_comuna.upper()}", 10, BOLD) + 14
    sections(sheet, 45, top, SECTIONS, size=9)
    sheet.text(45, 760, second[0], 22)
    sheet.text(430, 764, "Municipalidad" if label_cut else f"MUNICIPALIDAD {comuna.upper()}", 10, BOLD)
    if label_cut:  # the title's row of a table: a cell for the title and one for the label
        sheet.rect(40, 755, 380, 32)
        sheet.rect(420, 755, 140, 32)
    sheet.next_page()
    if label_cut:
        sheet.rect(40, 35, 380, 32)
        sheet.rect(420, 35, 140, 32)
        sheet.text(45, 40, second[1], 22)
        sheet.text(430, 44, comuna, 10, BOLD)
    top = sheet.text(340, 80 if label_cut else 50, "Categoría", 11, BOLD) + 8
    for label in CATEGORY_LABELS:
        BOX_STYLES["check" if label in checked else "empty"](sheet, 340, top)
        sheet.text(355, top + 0.5, label, size=9.5)
        top += 18
    if not label_cut:
        top = sheet.text(45, top + 14, second[1], 22)
    sections(sheet, 45, top + 16, SECTIONS, size=9)
    sheet.save()


@pytest.mark.parametrize("label_cut", [False, True], ids=["label-whole", "label-cut-too"])
def test_a_title_cut_by_the_page_break_is_one_title(tmp_path, label_cut):
    """The title's rest at the next page's head, in its size and starting in lower case (a title's
    table row broken by the page, LibreOffice: Word seeds 22892, 22972), is the title going on: two
    records, the second's title whole, its municipality (whole again when its cell was cut too: the
    title's rest is no line of the label) and categories its own."""
    path = tmp_path / "title-across-page.pdf"
    title_across_page(path, label_cut)
    got = records(path)
    assert [r["titulo"] for r in got] == [" ".join(FICHAS[1][0]), " ".join(FICHAS[0][0])]
    assert got[1]["municipalidad"]["comuna"] == "Puente Alto"
    assert set(got[1]["categorias"]) == {"nna", "sociolaboral"}


def category_box(sheet: Sheet, top: float, checked: set[str]) -> None:
    """A "Categoría" heading and the category boxes (`checked` ones ticked) at the right, from `top`."""
    top = sheet.text(340, top, "Categoría", 11, BOLD) + 8
    for label in CATEGORY_LABELS:
        BOX_STYLES["check" if label in checked else "empty"](sheet, 340, top)
        sheet.text(355, top + 0.5, label, size=9.5)
        top += 18


def test_a_category_box_alone_above_the_next_title_is_that_fichas(tmp_path):
    """The second ficha's page holds its category box at the head, above its title (a text box
    anchored in the title, LibreOffice: Word seeds 23039, 23043), and nothing of the first ficha
    (which ended on the page before): the box is the second ficha's, the first keeps its own list."""
    path = tmp_path / "box-above-title.pdf"
    sheet = Sheet(path)
    (second, comuna, checked), (first, first_comuna, first_checked) = FICHAS
    category_box(sheet, 50, first_checked)
    sheet.text(45, 260, " ".join(first), 22)
    top = sheet.text(45, 300, f"MUNICIPALIDAD {first_comuna.upper()}", 10, BOLD) + 14
    sections(sheet, 45, top, SECTIONS, size=9)
    sheet.next_page()
    category_box(sheet, 50, checked)
    sheet.text(45, 260, " ".join(second), 22)
    top = sheet.text(45, 300, f"MUNICIPALIDAD {comuna.upper()}", 10, BOLD) + 14
    sections(sheet, 45, top, SECTIONS, size=9)
    sheet.save()
    got = records(path)
    assert [r["titulo"] for r in got] == [" ".join(first), " ".join(second)]
    assert [set(r["categorias"]) for r in got] == [{"capacitaciones"}, {"nna", "sociolaboral"}]
