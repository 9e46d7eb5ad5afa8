"""A sheet holding two pages side by side (`readers.pdf.order.sheet_fold`, `segment.leaves`): two
fichas imposed 2-up on one landscape sheet, each placed as a form XObject on its half, are read as
two pages, each ficha's elements from its own half (a new user's A3 sheet gave the left ficha the
right one's priority group, categories and months, with no aviso on them); one ficha spread over
two facing pages on one sheet reads as the two pages.

The fichas are generated (tests/pdf_canvas.py): a plain one-column ficha, and one whose side
panel (municipality, offices, group, categories, months) is printed higher than its title in the
main column, so that read across the sheet it came before the title and went to the ficha before.
"""

from __future__ import annotations

from pathlib import Path

from extractor.pipeline import extract_document

from .pdf_builders import TraitFicha, trait_ficha, two_up
from .pdf_canvas import BODY, BOLD, SYMBOLS, Sheet
from .test_pdf_engines import assert_engines_agree

MONTH_NAMES = ["Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio"]


def side_panel_ficha(path: Path) -> None:
    """A ficha of Quinta Normal with a side panel on the left, starting above the title of its main column."""
    sheet = Sheet(path)
    sheet.rect(30, 20, 170, 560, stroke=False, fill="E8F0F8")
    top = sheet.lines(40, 30, ["MUNICIPALIDAD", "QUINTA NORMAL"], 10, BOLD) + 12
    top = sheet.lines(40, top, ["Departamento/Oficinas", "municipales que participan"], 10, BOLD) + 6
    top = sheet.lines(40, top, ["Oficina Municipal de", "Información Laboral (OMIL)"], 9, BODY) + 10
    top = sheet.text(40, top, "Grupo prioritario", 10, BOLD) + 6
    top = sheet.lines(40, top, ["Mujeres madres sin redes", "de apoyo."], 9, BODY) + 10
    top = sheet.text(40, top, "Categoría", 10, BOLD) + 6
    for glyph, label in (("☐", "Sociolaboral"), ("☒", "Emprendimiento"), ("☒", "Cooperativas"), ("☐", "NNA")):
        sheet.text(40, top, glyph, 10, SYMBOLS)
        top = sheet.text(56, top, label, 9, BODY) + 5
    top = sheet.text(40, top + 5, "Fechas de implementación", 10, BOLD) + 6
    sheet.lines(40, top, ["De marzo a junio de cada", "año, con sesiones semanales."], 9, BODY)
    top = sheet.text(220, 45, "Capacitación en Oficios", 18, BOLD) + 20
    for heading, text in (
        ("Forma de financiamiento", ["Recursos propios municipales."]),
        ("Sostenibilidad en el tiempo", ["Las capacitaciones siguen cada año con la OMIL."]),
        (
            "Breve descripción",
            ["La municipalidad levanta las necesidades de capacitación", "de la población migrante."],
        ),
        ("Elemento innovador/creativo", ["Un diagnóstico orienta las acciones a las necesidades."]),
        ("Líneas Sello", ["Estrategias formativas, ya que capacita a quienes lo requieren."]),
    ):
        top = sheet.text(220, top, heading, 11, BOLD) + 6
        top = sheet.lines(220, top, text, 10, BODY) + 12
    sheet.save()


def _records(path: Path) -> dict[str, dict]:
    result = extract_document(path)
    return {f.titulo: f.model_dump(mode="json") for f in result.fichas}


FIELDS = ("municipalidad", "oficinas", "grupo_prioritario", "categorias", "fechas_implementacion", "descripcion")


def test_two_fichas_imposed_on_one_sheet_each_read_from_its_own_half(tmp_path):
    """Each ficha of the sheet reads as it reads alone: its head, categories and months from its own
    half (read across the sheet, the right ficha's side panel went to the left ficha), its pages the
    sheet's one page."""
    left, right, sheet = tmp_path / "left.pdf", tmp_path / "right.pdf", tmp_path / "sheet.pdf"
    trait_ficha(left, TraitFicha())
    side_panel_ficha(right)
    two_up([left, right], sheet)
    alone = {**_records(left), **_records(right)}
    read = _records(sheet)
    assert sorted(read) == sorted(alone)
    for title, record in read.items():
        assert {k: record[k] for k in FIELDS} == {k: alone[title][k] for k in FIELDS}, title
        assert record["fuente"]["paginas"] == [1]
    assert read["Capacitación en Oficios"]["categorias"] == ["emprendimiento", "cooperativas"]


def test_the_engines_agree_on_two_fichas_imposed_on_one_sheet(tmp_path):
    left, right, sheet = tmp_path / "left.pdf", tmp_path / "right.pdf", tmp_path / "sheet.pdf"
    trait_ficha(left, TraitFicha())
    side_panel_ficha(right)
    two_up([left, right], sheet)
    assert_engines_agree(sheet, "two fichas imposed on one sheet")
