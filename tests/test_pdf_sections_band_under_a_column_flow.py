"""A band of sections set in two columns under a description flowing in two CSS columns: the
description's text carried to the head of the right column (past a photo in the left one) is the
description's, read before the sections below, whose headings open both columns level under a
blank line's white (`order._headings_open_both_columns`). Cut into columns first (the gutter wider
than that white), the left column's sections were read before the right column's head, and the
description's end went to the category list, as text no field took (a new user's Chromium page).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from reportlab.pdfbase.pdfmetrics import stringWidth

from extractor.pipeline import extract_document
from extractor.readers import ReadOptions

from .pdf_canvas import BODY, BOLD, SYMBOLS, Sheet

LEFT, BODY_SIZE = 40, 9.0
LEFT_TEXT = [
    "El programa busca desarrollar habilidades laborales",
    "de las personas migrantes y de la comunidad local,",
]
LEFT_AFTER_PHOTO = ["con talleres en cada sede vecinal de la comuna y", "cursos de oficios certificados, además de"]
# the right column a gutter of 12 pt from the left one's widest line: wider than the white under both
RIGHT = LEFT + max(stringWidth(t, "Helvetica", BODY_SIZE) for t in LEFT_TEXT + LEFT_AFTER_PHOTO) + 12


def _page(path: Path) -> None:
    sheet = Sheet(path)
    sheet.text(LEFT, 40, "Academia Municipal Abierta", 20, BOLD)
    sheet.text(LEFT, 70, "MUNICIPALIDAD ARICA", 10, BOLD)
    sheet.text(LEFT, 95, "Breve descripción", 10, BOLD)
    sheet.lines(LEFT, 112, LEFT_TEXT, BODY_SIZE, BODY)
    photo = Image.linear_gradient("L").resize((200, 130)).convert("RGB")  # a photo in the left column, captioned
    sheet.picture(LEFT, 140, 200, 130, photo)
    sheet.text(LEFT, 276, "Clase de la academia en la sede vecinal.", 7.0, "Helvetica-Oblique")
    sheet.lines(LEFT, 300, LEFT_AFTER_PHOTO, BODY_SIZE, BODY)
    words = [
        "talleres",
        "de",
        "prevención",
        "de",
        "la",
        "violencia",
        "hacia",
        "la",
        "mujer",
        "apresto",
        "laboral",
        "rescate",
        "cultural",
    ]
    right = [" ".join(words[n % 7 : n % 7 + 6]) + f" y el curso número {n}," for n in range(1, 18)]
    right += ["en fin. La evaluación de los participantes es positiva."]
    sheet.lines(RIGHT, 112, right, BODY_SIZE, BODY)
    top = 331  # a blank line's white (about 10 pt) under both columns, narrower than their gutter
    y = sheet.lines(LEFT, top, ["Departamento/Oficinas", "municipales que participan"], 9.5, BOLD, 1.15) + 4
    y = sheet.text(LEFT + 10, y, "DIDECO", BODY_SIZE, BODY) + 8
    y = sheet.text(LEFT, y, "Grupo prioritario", 9.5, BOLD) + 4
    y = sheet.text(LEFT, y, "Personas migrantes y refugiadas.", BODY_SIZE, BODY) + 8
    y = sheet.text(LEFT, y, "Categoría", 9.5, BOLD) + 4
    for glyph, label in (("☒", "Sociolaboral"), ("☐", "Acogida/atención"), ("☒", "Capacitaciones")):
        sheet.text(LEFT, y, glyph, BODY_SIZE, SYMBOLS)
        y = sheet.text(LEFT + 14, y, label, BODY_SIZE, BODY) + 4
    y = sheet.text(RIGHT, top, "Fechas de implementación", 9.5, BOLD) + 4
    y = sheet.text(RIGHT, y, "Abril a noviembre, con talleres quincenales.", BODY_SIZE, BODY) + 8
    y = sheet.text(RIGHT, y, "Forma de financiamiento", 9.5, BOLD) + 4
    y = sheet.text(RIGHT, y, "Recursos propios de la municipalidad.", BODY_SIZE, BODY) + 8
    y = sheet.text(RIGHT, y, "Sostenibilidad en el tiempo", 9.5, BOLD) + 4
    sheet.text(RIGHT, y, "Sigue vigente de manera permanente.", BODY_SIZE, BODY)
    y = sheet.text(LEFT, 500, "Elemento innovador/creativo del proyecto o actividad", 9.5, BOLD) + 4
    y = sheet.text(LEFT, y, "Un lugar de encuentro y aprendizaje con pertinencia regional.", BODY_SIZE, BODY) + 8
    y = sheet.text(LEFT, y, "Líneas Sello", 9.5, BOLD) + 4
    sheet.text(LEFT, y, "Políticas locales y trabajo colaborativo, ya que trabaja en red.", BODY_SIZE, BODY)
    sheet.save()


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_the_description_carried_to_the_right_column_is_read_before_the_band_of_sections_below(engine, tmp_path):
    path = tmp_path / "page.pdf"
    _page(path)
    (ficha,) = extract_document(path, options=ReadOptions(pdf_engine=engine)).fichas
    assert ficha.descripcion is not None
    assert ficha.descripcion.endswith("La evaluación de los participantes es positiva.")
    assert "curso número 17" in ficha.descripcion
    assert ficha.categorias == ["sociolaboral", "capacitaciones"]
    assert ficha.grupo_prioritario == "Personas migrantes y refugiadas."
    assert ficha.fechas_implementacion.texto == "Abril a noviembre, con talleres quincenales."
    unplaced = [a for a in ficha.revision.avisos if a.codigo == "texto_sin_ubicar"]
    assert [(a.campo, "Clase de la academia" in a.mensaje) for a in unplaced] == [("descripcion", True)]  # the caption


def test_the_right_column_s_head_is_read_before_the_band_of_sections_under_both_columns(tmp_path):
    """Reading order: the lines the flow carried to the right column's head come right after the left
    column's, before the headings that open both columns under the blank line's white."""
    from extractor.layout import TextBlock
    from extractor.readers.pdf.reader import page_items, read_pages

    path = tmp_path / "page.pdf"
    _page(path)
    (page,) = read_pages(str(path))
    texts = [" ".join(i.raw_lines) for i in page_items(page, set()) if isinstance(i, TextBlock)]
    last = next(n for n, t in enumerate(texts) if "positiva." in t)
    band = [n for n, t in enumerate(texts) if t.startswith(("Departamento/Oficinas", "Fechas de implementación"))]
    assert len(band) == 2 and last < min(band), texts
