"""The category list typed as text (issue 20, part 4: the category list as labels and marks): each
category's name with a box typed in brackets, "Sociolaboral (X)   Acogida/atención ( )" on one line
or "[x] Sociolaboral" one to a line; "(X)", "[x]", "[✓]" checked, "( )", "[ ]" not. Read as the
category list in a PDF (both engines) and in Word; brackets holding anything else are text."""

from __future__ import annotations

import pytest

from extractor.pipeline import extract_document
from extractor.readers.options import ReadOptions

from .docx_builders import CATEGORY_NAMES, paragraphs, write_ficha
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

CHECKED = {"Sociolaboral", "Cooperativas"}
EXPECTED = ["sociolaboral", "cooperativas"]
OTHER_SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]
DESCRIPTION = ("Breve descripción", "La municipalidad abre una escuela de oficios.")


def typed(label: str, style: str) -> str:
    on = label in CHECKED
    if style == "after":
        return f"{label} {'(X)' if on else '( )'}"
    if style == "upper":
        return f"{'[X]' if on else '[ ]'} {label}"
    return f"{'[x]' if on else '[ ]'} {label}" if style == "before" else f"{'[✓]' if on else '[ ]'} {label}"


def typed_lines(style: str, per_line: int) -> list[str]:
    labels = [typed(label, style) for label in CATEGORY_NAMES]
    return ["   ".join(labels[n : n + per_line]) for n in range(0, len(labels), per_line)]


def pdf_typed_list(path, style: str, per_line: int) -> None:
    sheet = Sheet(path)
    top = sheet.ficha_head(OTHER_SECTIONS)
    top = sheet.text(45, top, "Categoría", 12, BOLD) + 8
    for line in typed_lines(style, per_line):
        top = sheet.text(45, top, line, 9, BODY) + 8
    top = sheet.text(45, top + 8, DESCRIPTION[0], 12, BOLD) + 6
    sheet.text(45, top, DESCRIPTION[1], 10, BODY)
    sheet.save()


def check(got: dict) -> None:
    assert got["categorias"] == EXPECTED
    assert got["descripcion"] == DESCRIPTION[1]
    assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("categori")]


@pytest.mark.parametrize(("style", "per_line"), [("after", 8), ("after", 4), ("before", 1), ("upper", 1)])
def test_pdf_category_list_typed_in_brackets(tmp_path, style, per_line):
    pdf_typed_list(tmp_path / "ficha.pdf", style, per_line)
    for engine in ("pdfium", "pdfplumber"):
        document = extract_document(tmp_path / "ficha.pdf", options=ReadOptions(engine))
        (got,) = [f.model_dump(mode="json") for f in document.fichas]
        check(got)


@pytest.mark.parametrize(("style", "per_line"), [("after", 8), ("before", 1), ("tick", 2)])
def test_word_category_list_typed_in_brackets(tmp_path, style, per_line):
    part = paragraphs(*typed_lines(style, per_line))
    (got,) = records(write_ficha(tmp_path, parts={"categorias": part}))
    check(got)


def test_brackets_holding_other_text_are_no_boxes(tmp_path):
    """Category names with years or notes in brackets are a text naming them: no list is read from
    it, and the section says it has no boxes."""
    part = paragraphs("Sociolaboral (2022)   Capacitaciones (a)   Cooperativas (ver anexo)")
    (got,) = records(write_ficha(tmp_path, parts={"categorias": part}))
    assert got["categorias"] == []
    assert {a["codigo"] for a in got["revision"]["avisos"] if a["campo"] == "categorias"} >= {"seccion_vacia"}
