"""Sections set as rows of a grid: each heading in a narrow left column, its text beside it (issue 20,
"sections as label | value rows"). Reading order reads the heading column first, then the text
column; each item of the text column belongs to the heading of its row however it was read: a
category list beside "Categoría", a value's second paragraph, a paragraph that crosses into the
next row, the text that opens the next page above its first heading. And two cards side by side,
each a heading beside its text: the text of the right card is never the left heading's value."""

from __future__ import annotations

import contextlib

from reportlab.pdfbase.pdfmetrics import stringWidth

from extractor.pipeline import extract_document

from .docx_builders import CATEGORY_NAMES
from .pdf_builders import BOX_STYLES
from .pdf_canvas import BODY, BOLD, Sheet

HEADINGS = [
    "Departamento/Oficinas",
    "Grupo prioritario",
    "Categoría",
    "Fechas de implementación",
    "Forma de financiamiento",
    "Sostenibilidad en el tiempo",
    "Breve descripción",
    "Elemento innovador",
    "Líneas Sello",
]
CHECKED = {"Sociolaboral", "NNA"}
DESCRIPTION = [
    "La municipalidad abre huertos en las plazas del barrio con",
    "las familias migrantes y chilenas del sector norte, que los",
    "cuidan por turnos durante todo el año; al cierre de cada",
]
CONTINUED = ["temporada se reparte la cosecha entre las familias", "que participaron."]


def records(path) -> list[dict]:
    with contextlib.chdir(path.parent):
        result = extract_document(path)
    return [f.model_dump(mode="json") for f in result.fichas]


def grid_ficha(path) -> None:
    """One ficha over two pages: headings at x 40, their text at x 200 (the second page opens with the
    description going on, above the innovation's row)."""
    sheet = Sheet(path)
    sheet.text(40, 40, "Huertos comunitarios interculturales", 18, BOLD)
    sheet.text(40, 66, "Municipalidad de Recoleta", 11, BOLD)
    top = 100.0
    values: dict[str, list[str]] = {
        "Departamento/Oficinas": ["Oficina de Migración"],
        "Grupo prioritario": ["Familias migrantes del sector norte."],
        "Forma de financiamiento": ["Recursos propios municipales."],
        "Sostenibilidad en el tiempo": ["Se repite cada año con la comunidad."],
    }
    for heading in HEADINGS[:7]:
        if heading == "Departamento/Oficinas":  # its number on a line of its own, level with the value
            sheet.lines(40, top, ["1)", "Departamento/Oficinas", "municipales que", "participan"], 10, BOLD, 1.2)
            sheet.text(200, top, "Oficina de Migración", 10)
            top += 60
            continue
        else:
            sheet.text(40, top, heading, 9, BOLD)
        if heading == "Categoría":
            for n, label in enumerate(CATEGORY_NAMES):
                BOX_STYLES["check" if label in CHECKED else "empty"](sheet, 200, top + 18 * n)
                sheet.text(216, top + 18 * n + 0.5, label, 10)
            top += 18 * len(CATEGORY_NAMES) + 10
        elif heading == "Fechas de implementación":
            sheet.text(200, top, "Cada sábado del mes.", 10)
            sheet.text(200, top + 30, "De abril a noviembre de cada año.", 10)  # a second paragraph, set apart
            top += 54
        elif heading == "Breve descripción":
            top = sheet.lines(200, top, DESCRIPTION, 10) + 6
        else:
            top = sheet.lines(200, top, values[heading], 10) + 14
    sheet.next_page()
    top = sheet.lines(200, 50, CONTINUED, 10) + 14  # the description going on, above the next row
    sheet.text(40, top, "Elemento innovador", 10, BOLD)
    top = sheet.lines(200, top, ["Los vecinos cuidan los huertos por turnos."], 10) + 14
    sheet.text(40, top, "Líneas Sello", 10, BOLD)
    sheet.lines(200, top, ["Vinculación comunitaria: reúne a vecinos chilenos y extranjeros."], 10)
    sheet.save()


def test_the_text_column_beside_a_column_of_headings_is_read_row_by_row(tmp_path):
    path = tmp_path / "grid.pdf"
    grid_ficha(path)
    (record,) = records(path)
    assert [o["nombre"] for o in record["oficinas"]] == ["Oficina de Migración"]
    assert record["categorias"] == ["sociolaboral", "nna"]
    assert record["fechas_implementacion"]["texto"] == "Cada sábado del mes. De abril a noviembre de cada año."
    assert record["forma_financiamiento"]["texto"] == "Recursos propios municipales."
    assert record["descripcion"] == " ".join(DESCRIPTION + CONTINUED)
    assert record["elemento_innovador"] == "Los vecinos cuidan los huertos por turnos."
    assert record["revision"]["estado"] == "ok", record["revision"]["avisos"]


def test_a_heading_column_needs_nothing_but_headings_in_it(tmp_path):
    """Text set in two columns, a heading over its paragraphs: the right column goes on with the left
    one's text (its top is the text before the heading level with it), never read by rows."""
    from .test_pdf_heading_column import records as read

    path = tmp_path / "columns.pdf"
    sheet = Sheet(path)
    sheet.text(40, 40, "Huertos comunitarios interculturales", 18, BOLD)
    sheet.text(40, 66, "Municipalidad de Recoleta", 11, BOLD)
    top = 100.0
    for heading, text in [
        ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
        ("Grupo prioritario", "Familias migrantes."),
        ("Forma de financiamiento", "Recursos propios municipales."),
        ("Sostenibilidad en el tiempo", "Se repite cada año."),
    ]:
        sheet.text(40, top, heading, 10, BOLD)
        top = sheet.text(40, top + 14, text, 10) + 12
    sheet.text(40, top, "Breve descripción", 10, BOLD)
    left = [f"Primera columna, línea {n} del texto que sigue sin punto" for n in range(1, 9)]
    sheet.lines(40, top + 14, left, 9)
    sheet.text(40, top + 14 + 9 * 11.7 + 8, "Elemento innovador", 10, BOLD)
    sheet.lines(40, top + 14 + 9 * 11.7 + 22, ["Los vecinos cuidan los huertos."], 9)
    sheet.lines(310, top + 14, ["y sigue en la segunda columna hasta el final.", "Luego otra frase."], 9)
    sheet.text(310, top + 60, "Líneas Sello", 10, BOLD)
    sheet.lines(310, top + 74, ["Vinculación comunitaria: reúne a vecinos."], 9)
    sheet.save()
    (record,) = read(path)
    assert record["elemento_innovador"].startswith("Los vecinos cuidan los huertos.")
    assert "segunda columna" not in record["descripcion"].split("línea 1 ")[0]


def test_a_heading_beside_its_text_takes_no_text_past_another_heading_on_its_row(tmp_path):
    """Cards two by two, each a heading beside its text, their baselines level: the nearest text right
    of the left heading is the right card's heading, so the left heading heads no row there (the
    category list under it is its own); the right card's text is its own heading's."""
    path = tmp_path / "cards.pdf"
    sheet = Sheet(path)
    sheet.text(40, 40, "Huertos comunitarios interculturales", 18, BOLD)
    sheet.text(40, 66, "Municipalidad de Recoleta", 11, BOLD)
    top = 100.0
    for left, right in [
        (("Grupo prioritario", ["Familias migrantes."]), ("Forma de financiamiento", ["Recursos propios."])),
        (("Categoría", None), ("Fechas de implementación", ["2015: se gesta la idea.", "2019: se formaliza."])),
        (("Sostenibilidad", ["Se repite cada año."]), ("Breve descripción", ["Abre huertos en plazas."])),
    ]:
        height = 170 if left[1] is None else 44
        for x, (heading, text) in ((40, left), (308, right)):
            sheet.rect(x - 6, top - 6, 260, height)
            sheet.lines(x, top, heading.split(" ", 1) if len(heading) > 18 else [heading], 10, BOLD, 1.2)
            if text is None:
                for n, label in enumerate(CATEGORY_NAMES):
                    BOX_STYLES["check" if label in CHECKED else "empty"](sheet, x + 100, top + 18 * n)
                    sheet.text(x + 116, top + 18 * n + 0.5, label, 9)
            else:
                sheet.lines(x + 120, top, text, 9, BODY, 1.2)
        top += height + 10
    sheet.save()
    (record,) = records(path)
    assert record["grupo_prioritario"] == "Familias migrantes."
    assert record["categorias"] == ["sociolaboral", "nna"]
    assert record["fechas_implementacion"]["texto"] == "2015: se gesta la idea. 2019: se formaliza."
    assert record["forma_financiamiento"]["texto"] == "Recursos propios."
    assert record["sostenibilidad"] == "Se repite cada año."
    assert record["descripcion"] == "Abre huertos en plazas."


def test_a_heading_wrapped_in_its_cell_and_read_line_by_line_with_its_value_is_one_heading(tmp_path):
    """A label cell close to its value (a gap of half an em): the page is read line by line across,
    the heading's lines ("II." / "DEPARTAMENTO/OFICINAS" / "MUNICIPALES QUE" / "PARTICIPAN:") between
    the value's. Stacked at one edge in one font and size, they are one heading again: its last
    line is no title (which would start a ficha of its own) and the value is the section's."""
    path = tmp_path / "wrapped.pdf"
    sheet = Sheet(path)
    sheet.text(40, 40, "Capacitación en Oficios", 20, BOLD)
    sheet.text(40, 70, "MUNICIPALIDAD QUINTA NORMAL", 9, BOLD)
    label = ["II.", "DEPARTAMENTO/OFICINAS", "MUNICIPALES QUE", "PARTICIPAN:"]
    width = max(stringWidth(line, BODY, 12) for line in label)
    sheet.lines(40, 110, label, 12, BODY, 1.5)
    sheet.lines(40 + width + 6, 110, ["Oficina Municipal de Información", "Laboral (OMIL)"], 9, BODY, 1.5)
    top = 110 + 4 * 18 + 10
    for heading, text in [
        ("III. GRUPO PRIORITARIO", "Mujeres madres sin redes de apoyo."),
        ("IV. FORMA DE FINANCIAMIENTO", "Recursos propios municipales."),
        ("V. SOSTENIBILIDAD EN EL TIEMPO", "Sigue cada año."),
        ("VI. BREVE DESCRIPCIÓN", "La municipalidad capacita a mujeres."),
    ]:
        sheet.text(40, top, heading, 12, BODY)
        top = sheet.text(40, top + 18, text, 9) + 14
    sheet.save()
    (record,) = records(path)
    assert record["titulo"] == "Capacitación en Oficios"
    assert [o["nombre"] for o in record["oficinas"]] == ["Oficina Municipal de Información Laboral"]
    assert record["grupo_prioritario"] == "Mujeres madres sin redes de apoyo."
