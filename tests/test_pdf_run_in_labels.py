"""Run-in labels (issue 20, S4 of trial 21): "**Forma de financiamiento:** text" opening a paragraph.

A template heading set bold at a paragraph's start, a colon after it and the section's text running on
in the same line, is that section's heading, also when the paragraph follows the one before with no
more space than a line's (spacing alone does not set it apart): the line before ends the paragraph,
by a sentence's end or by stopping short of the column's edge. A line that only wraps a sentence
("... y su" over "financiamiento: ...") opens nothing.
"""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics

from .pdf_builders import justified_line
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records, records_by_engine

X, MEASURE, SIZE, LEADING = 45.0, 500.0, 10.0, 13.0


def run_in(sheet: Sheet, top: float, label: str, text: str) -> float:
    """One line: `label` and a colon in bold, then `text`; returns the next line's top."""
    sheet.text(X, top, f"{label}:", SIZE, BOLD)
    sheet.text(X + pdfmetrics.stringWidth(f"{label}: ", BOLD, SIZE), top, text, SIZE, BODY)
    return top + LEADING


def plain(sheet: Sheet, top: float, lines: list[str], last_ragged: bool = True) -> float:
    for n, line in enumerate(lines):
        ragged = last_ragged and n == len(lines) - 1
        justified_line(sheet, X, top, line, None if ragged else MEASURE, SIZE)
        top += LEADING
    return top


def heading(sheet: Sheet, top: float, text: str) -> float:
    return sheet.text(X, top, text, 12, BOLD) + 8


def run_in_ficha(path) -> None:
    sheet = Sheet(path)
    top = sheet.text(X, 60, "Huertos comunitarios interculturales", 22, BOLD) + 10
    top = sheet.text(X, top, "MUNICIPALIDAD RECOLETA", 12, BOLD) + 20
    top = heading(sheet, top, "Departamento/Oficinas municipales que participan")
    top = plain(
        sheet,
        top,
        [
            "Oficina de Migración, Dirección de Desarrollo Comunitario (DIDECO), Dirección de Medio Ambiente",
            "(DIMAO)",
        ],
    )
    top = run_in(sheet, top, "Grupo prioritario", "Personas migrantes y refugiadas del barrio.") + 14
    top = heading(sheet, top, "Fechas de implementación")
    top = plain(sheet, top, ["Inicia el año 2022 y se repite cada primavera."])
    top = run_in(sheet, top, "Forma de financiamiento", "Recursos propios municipales.")
    top = run_in(sheet, top, "Sostenibilidad en el tiempo", "Sigue vigente y se repite cada año.") + 14
    top = heading(sheet, top, "Breve descripción")
    top = plain(
        sheet,
        top,
        [
            "La municipalidad abre huertos donde vecinas y vecinos chilenos y extranjeros siembran juntos y su",
            "financiamiento: se decide cada año en una asamblea abierta del barrio.",
        ],
    )
    run_in(sheet, top, "Elemento innovador/creativo del proyecto o actividad", "Se siembra con los vecinos.")
    sheet.save()


def test_a_bold_label_opening_a_paragraph_is_its_sections_heading(tmp_path):
    run_in_ficha(tmp_path / "ficha.pdf")
    (got,) = records(tmp_path / "ficha.pdf")
    names = [o["nombre"] for o in got["oficinas"]]
    assert names[0] == "Oficina de Migración" and not [n for n in names if "Grupo" in n or "Personas" in n]
    assert got["grupo_prioritario"] == "Personas migrantes y refugiadas del barrio."
    assert got["fechas_implementacion"]["texto"] == "Inicia el año 2022 y se repite cada primavera."
    assert got["forma_financiamiento"]["texto"] == "Recursos propios municipales."
    assert got["sostenibilidad"] == "Sigue vigente y se repite cada año."
    # a wrapped sentence's next line opening with a heading's word and a colon is no heading
    assert got["descripcion"].endswith(
        "siembran juntos y su financiamiento: se decide cada año en una asamblea abierta del barrio."
    )
    assert got["elemento_innovador"] == "Se siembra con los vecinos."


@pytest.mark.parametrize("end", [":", "."])
def test_a_heading_label_inside_another_sections_text_is_flagged(tmp_path, end):
    """A label set in the body's weight inside a line ("... primavera. Forma de financiamiento: ..." or
    "... Forma de financiamiento. Recursos ...") is not cut out (nothing sets it apart), but the text
    holding it says so, and the record is never ok."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    top = sheet.text(X, 60, "Huertos comunitarios interculturales", 22, BOLD) + 10
    top = sheet.text(X, top, "MUNICIPALIDAD RECOLETA", 12, BOLD) + 20
    top = plain(
        sheet, heading(sheet, top, "Departamento/Oficinas municipales que participan"), ["Oficina de Migración."]
    )
    top = plain(sheet, heading(sheet, top + 14, "Grupo prioritario"), ["Personas migrantes del barrio."])
    top = heading(sheet, top + 14, "Fechas de implementación")
    top = plain(sheet, top, [f"Inicia el año 2022. Forma de financiamiento{end} Recursos propios municipales."])
    plain(sheet, heading(sheet, top + 14, "Breve descripción"), ["La municipalidad abre huertos en los barrios."])
    sheet.save()
    (got,) = records(path)
    assert got["revision"]["estado"] == "revisar"
    assert [a["mensaje"] for a in got["revision"]["avisos"] if a["campo"] == "fechas_implementacion"] == [
        f"el texto lleva el encabezado «Forma de financiamiento{end}» de otra sección: "
        "esa sección puede haberse leído aquí"
    ]


def run_in_ending(sheet: Sheet, top: float, label: str, end: str, text: str) -> float:
    """One line: `label` and `end` in bold ("." or " —"), then `text` in the body's font."""
    sheet.text(X, top, f"{label}{end}", SIZE, BOLD)
    sheet.text(X + pdfmetrics.stringWidth(f"{label}{end} ", BOLD, SIZE), top, text, SIZE, BODY)
    return top + LEADING


@pytest.mark.parametrize("end", [".", " —"])
def test_a_bold_label_ending_with_a_period_or_a_dash_is_its_sections_heading(tmp_path, end):
    """Issue 20, S2 of trial 23: "**Forma de financiamiento.** Recursos ..." set as the colon form
    is: the label's weight sets it apart, the period or dash ends it; no section is lost and none
    reads on into the one before."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    top = sheet.text(X, 60, "Huertos comunitarios interculturales", 22, BOLD) + 10
    top = sheet.text(X, top, "MUNICIPALIDAD RECOLETA", 12, BOLD) + 20
    top = run_in_ending(sheet, top, "Departamento/Oficinas municipales que participan", end, "Oficina de Migración")
    top = run_in_ending(sheet, top, "Grupo prioritario", end, "Personas migrantes y refugiadas del barrio.") + 14
    top = heading(sheet, top, "Fechas de implementación")
    top = plain(sheet, top, ["Inicia el año 2022 y se repite cada primavera."])
    top = run_in_ending(sheet, top, "Forma de financiamiento", end, "Recursos propios municipales.")
    top = run_in_ending(sheet, top, "Sostenibilidad en el tiempo", end, "Sigue vigente y se repite cada año.") + 14
    plain(sheet, heading(sheet, top, "Breve descripción"), ["La municipalidad abre huertos en los barrios."])
    sheet.save()
    (got,) = records(path)
    assert [o["nombre"] for o in got["oficinas"]] == ["Oficina de Migración"]
    assert got["grupo_prioritario"] == "Personas migrantes y refugiadas del barrio."
    assert got["fechas_implementacion"]["texto"] == "Inicia el año 2022 y se repite cada primavera."
    assert got["forma_financiamiento"]["texto"] == "Recursos propios municipales."
    assert got["sostenibilidad"] == "Sigue vigente y se repite cada año."
    run_in_keys = {"oficinas", "grupo_prioritario", "forma_financiamiento", "sostenibilidad"}
    assert not [a for a in got["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar" or a["campo"] in run_in_keys]


ITALIC = "Helvetica-Oblique"


def run_in_italic(sheet: Sheet, top: float, label: str, end: str, text: str) -> float:
    """One line: `label` and `end` in italics (no bold anywhere), then `text` in the body's font."""
    sheet.text(X, top, f"{label}{end}", SIZE, ITALIC)
    sheet.text(X + pdfmetrics.stringWidth(f"{label}{end} ", ITALIC, SIZE), top, text, SIZE, BODY)
    return top + LEADING


@pytest.mark.parametrize("end", [":", ".", " —", ""], ids=["colon", "period", "dash", "none"])
def test_a_label_set_apart_by_italics_alone_is_its_sections_heading(tmp_path, end):
    """Issue 20, a new user's trial: "*Forma de financiamiento:* Municipal ..." with no bold and no
    line break, the label's slant alone setting it apart, right under a line that ends no sentence
    ("Oficina de Migración"): each label opens its section, also with no mark after it before a
    capital. Read before as one paragraph, the next section's label and text went into the office
    list (colon), or no heading was found at all (period, dash, none: no ficha)."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    top = sheet.text(X, 60, "Huertos comunitarios interculturales", 22, BOLD) + 10
    top = sheet.text(X, top, "MUNICIPALIDAD RECOLETA", 12, BOLD) + 20
    top = run_in_italic(sheet, top, "Departamento/Oficinas municipales que participan", end, "Oficina de Migración")
    top = run_in_italic(sheet, top, "Grupo prioritario", end, "Personas migrantes y refugiadas del barrio.") + 14
    top = heading(sheet, top, "Fechas de implementación")
    top = plain(sheet, top, ["Inicia el año 2022 y se repite cada primavera."])
    top = run_in_italic(sheet, top, "Forma de financiamiento", end, "Municipal, con recursos propios.")
    top = run_in_italic(sheet, top, "Sostenibilidad en el tiempo", end, "Sigue vigente y se repite cada año.") + 14
    plain(sheet, heading(sheet, top, "Breve descripción"), ["La municipalidad abre huertos en los barrios."])
    sheet.save()
    for got in records_by_engine(path):
        assert [o["nombre"] for o in got["oficinas"]] == ["Oficina de Migración"]
        assert got["grupo_prioritario"] == "Personas migrantes y refugiadas del barrio."
        assert got["fechas_implementacion"]["texto"] == "Inicia el año 2022 y se repite cada primavera."
        assert got["forma_financiamiento"]["texto"] == "Municipal, con recursos propios."
        assert got["sostenibilidad"] == "Sigue vigente y se repite cada año."
        keys = {"oficinas", "grupo_prioritario", "forma_financiamiento", "sostenibilidad", "fechas_implementacion"}
        assert not [a for a in got["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar" or a["campo"] in keys]


def test_an_italic_phrase_that_names_no_heading_opens_nothing(tmp_path):
    """An italic title of a law or a programme opening a line of the description stays in it."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    top = sheet.text(X, 60, "Huertos comunitarios interculturales", 22, BOLD) + 10
    top = sheet.text(X, top, "MUNICIPALIDAD RECOLETA", 12, BOLD) + 20
    top = plain(
        sheet, heading(sheet, top, "Departamento/Oficinas municipales que participan"), ["Oficina de Migración"]
    )
    top = plain(sheet, heading(sheet, top + 14, "Grupo prioritario"), ["Personas migrantes del barrio."])
    top = heading(sheet, top + 14, "Breve descripción")
    top = plain(sheet, top, ["La municipalidad abre huertos según lo que dispone la"])
    run_in_italic(sheet, top, "Ley de Migración", ".", "Se siembra con los vecinos.")
    sheet.save()
    for got in records_by_engine(path):
        assert got["descripcion"] == (
            "La municipalidad abre huertos según lo que dispone la Ley de Migración. Se siembra con los vecinos."
        )


@pytest.mark.parametrize(
    ("font", "slanted"),
    [
        ("Helvetica-Oblique", True),
        ("AAAAAA+LiberationSans-Italic", True),
        ("Arial-BoldItalicMT", True),
        ("MinionPro-It", True),
        ("Helvetica", False),
        ("Lit-Regular", False),
        ("Titillium-Bold", False),
        ("Italiana-Regular", False),
    ],
)
def test_a_slanted_face_is_told_by_its_font_name(font, slanted):
    from extractor.readers.pdf.page import is_italic

    assert is_italic(font) is slanted
