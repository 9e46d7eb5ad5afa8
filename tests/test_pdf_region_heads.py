"""A framed box holding the category list, printed higher on the page than the municipality line
under the title (issue 20, heads by page): reading order reads the box's "Categoría" heading
before the municipality line. A heading standing in a region of its own does not end the ficha's
opening part for text outside that region: the municipality label is the head's, wherever it
stands in reading order, and it never lands in a long-text field."""

from __future__ import annotations

import pytest

from .docx_builders import CATEGORY_NAMES
from .pdf_builders import BOX_STYLES
from .pdf_canvas import BOLD, Sheet
from .test_pdf_heading_column import records

CHECKED = {"Sociolaboral", "NNA"}
DESCRIPTION = [
    "La municipalidad abre huertos en las",
    "plazas del barrio con las familias",
    "migrantes y chilenas del sector norte,",
    "que los cuidan por turnos todo el año.",
]
ROWS: list[tuple[list[str], list[str]]] = [
    (["Departamento/Oficinas", "municipales que", "participan:"], ["Oficina de Migración"]),
    (["Grupo prioritario:"], ["Familias migrantes."]),
    (["Fechas de implementación:"], ["De abril a noviembre."]),
    (["Forma de financiamiento:"], ["Recursos propios municipales."]),
    (["Sostenibilidad en el tiempo:"], ["Se repite cada año."]),
    (["Breve descripción:"], DESCRIPTION),
    (["Elemento innovador:"], ["Los vecinos cuidan los huertos."]),
    (["Líneas Sello:"], ["Vinculación comunitaria: reúne a vecinos."]),
]


def boxed_categories_ficha(path, box_top: float) -> None:
    """One ficha: its title, the municipality line under it at the left (top 104), the sections as
    rows of a ruled table below (headings at x 40, their text at x 180), and a framed box floating
    over the table's right part (its top at `box_top`) holding "Categoría:" and its checkboxes."""
    sheet = Sheet(path)
    sheet.text(40, 40, "Huertos comunitarios interculturales", 18, BOLD)
    sheet.line(40, 66, 540, 66)
    sheet.text(40, 104, "Municipalidad de Recoleta", 10, BOLD)
    top = 130.0
    for heading, value in ROWS:  # a ruled table: each cell a region of its own
        height = max(13 * len(value), 12 * len(heading)) + 8
        sheet.rect(34, top - 4, 140, height)
        sheet.rect(174, top - 4, 366, height)
        sheet.lines(40, top, heading, 10, BOLD, 1.2)
        sheet.lines(180, top, value, 10)
        top += height
    # the box floats over the table's right part (filled: what it covers is hidden), drawn after it
    height = 30 + 18 * len(CATEGORY_NAMES)
    sheet.rect(360, box_top, 170, height, fill=1)
    sheet.text(370, box_top + 10, "Categoría:", 10, BOLD)
    for n, label in enumerate(CATEGORY_NAMES):
        BOX_STYLES["check" if label in CHECKED else "empty"](sheet, 370, box_top + 30 + 18 * n)
        sheet.text(386, box_top + 30 + 18 * n + 0.5, label, 10)
    sheet.save()


@pytest.mark.parametrize("box_top", [84.0, 96.0])
def test_a_municipality_line_read_after_a_boxed_category_heading_is_the_heads(tmp_path, box_top):
    path = tmp_path / "boxed.pdf"
    boxed_categories_ficha(path, box_top)
    (record,) = records(path)
    assert record["id"].startswith("recoleta--"), record["id"]
    assert record["categorias"] == ["sociolaboral", "nna"]
    assert record["descripcion"] == " ".join(DESCRIPTION)
    assert "Municipalidad" not in (record["fechas_implementacion"]["texto"] or "")
    assert record["revision"]["estado"] == "ok", record["revision"]["avisos"]


@pytest.mark.parametrize("where", ["descripcion", "elemento_innovador"])
def test_a_municipality_label_line_in_a_long_text_field_is_flagged_there(tmp_path, where):
    """A ficha whose head names no municipality, its label read into a running-text section (a line
    of its own there): the record names no comuna and the field holding the label gets an aviso."""
    from extractor.pipeline import extract_document

    from .docx_builders import TEXTS, paragraphs, write_ficha

    text = TEXTS[where]
    path = write_ficha(tmp_path, municipality=None, parts={where: paragraphs(text, "Municipalidad de Recoleta")})
    (ficha,) = extract_document(path).fichas
    record = ficha.model_dump(mode="json")
    assert record["id"].startswith("sin-comuna--")
    flagged = [a for a in record["revision"]["avisos"] if a["campo"] == where and a["codigo"] == "lectura_dudosa"]
    assert flagged and "Municipalidad de Recoleta" in flagged[0]["mensaje"], record["revision"]["avisos"]


def test_a_municipality_named_in_a_long_text_of_a_labelled_ficha_is_no_doubt(tmp_path):
    from extractor.pipeline import extract_document

    from .docx_builders import TEXTS, paragraphs, write_ficha

    path = write_ficha(tmp_path, parts={"descripcion": paragraphs(TEXTS["descripcion"], "Municipalidad de Recoleta")})
    (ficha,) = extract_document(path).fichas
    assert not [a for a in ficha.revision.avisos if a.campo == "descripcion"]


def test_a_line_above_a_grid_read_after_a_box_beside_it_stays_above_the_grid():
    """Reading order: a box's "Categoría:" and its checkboxes (the first above the grid's top, the
    next level with its first row, right of it), then the municipality line under the title (above
    the grid, in its heading column), then the grid's rows. Read row by row, the grid takes the
    checkbox of its first row; the municipality line, printed above the grid, is never moved under it."""
    from extractor.layout import Checkbox, Line, Provenance, TextBlock
    from extractor.segment.rows import rows_beside_headings

    def block(text: str, x0: float, top: float, x1: float) -> TextBlock:
        prov = Provenance(page=1, bbox=(x0, top, x1, top + 10))
        return TextBlock([Line(text, size=10, prov=prov)], prov=prov)

    box_heading = block("Categoría:", 351, 156, 415)
    box = Checkbox(True, "Sociolaboral", "glyph", Provenance(page=1, bbox=(351, 182, 363, 194)))
    row_box = Checkbox(False, "Acogida/atención", "empty", Provenance(page=1, bbox=(351, 207, 363, 219)))
    label = block("Municipalidad San Joaquín", 90, 176, 254)
    headings = [block("Grupo prioritario:", 90, 202, 200), block("Forma de financiamiento:", 90, 250, 250)]
    values = [block("Mujeres haitianas", 306, 202, 400), block("Recursos propios.", 306, 250, 420)]
    names = {id(h) for h in [box_heading, *headings]}
    items = [box_heading, box, row_box, label, headings[0], values[0], headings[1], values[1]]
    out = rows_beside_headings(items, lambda b: id(b) in names, lambda b: b is label)
    assert out.index(label) < out.index(headings[0])
    assert out.index(label) < out.index(values[0])
