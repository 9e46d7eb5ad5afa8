"""Tables everywhere (issue 20, part 4): Líneas Sello printed as a table (line name | justification,
with or without a header row, ruled or not) in a PDF and in Word; the category list as a table of
labels and marks."""

from __future__ import annotations

import contextlib

import pytest

from extractor.pipeline import extract_document

from .docx_builders import DocBuilder, write_ficha
from .pdf_builders import BOX_STYLES
from .pdf_canvas import BODY, BOLD, Sheet

ROWS = [
    ("Vinculación comunitaria", ["Reúne a vecinos chilenos y extranjeros", "en actividades del barrio."]),
    ("Acceso a la información y orientación integral", ["La oficina orienta en trámites", "migratorios."]),
    ("Fortalecimiento institucional", ["Capacita a los funcionarios."]),
]
EXPECTED = [
    {"linea": "vinculacion_comunitaria",
     "justificacion": "Reúne a vecinos chilenos y extranjeros en actividades del barrio."},
    {"linea": "acceso_informacion", "justificacion": "La oficina orienta en trámites migratorios."},
    {"linea": "fortalecimiento_institucional", "justificacion": "Capacita a los funcionarios."},
]
OTHER_SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
    ("Breve descripción", "La municipalidad abre una escuela de oficios."),
]


def records(path) -> list[dict]:
    with contextlib.chdir(path.parent):
        result = extract_document(path)
    assert result.invalid == []
    return [f.model_dump(mode="json") for f in result.fichas]


def name_lines(name: str) -> list[str]:
    words, lines = name.split(), [""]
    for word in words:
        if len(lines[-1]) + len(word) > 22 and lines[-1]:
            lines.append("")
        lines[-1] = f"{lines[-1]} {word}".strip()
    return lines


def pdf_sello_table(path, header: bool, ruled: bool, name_font: str) -> None:
    sheet = Sheet(path)
    sheet.text(45, 50, "Escuela de oficios para mujeres migrantes", 20, BOLD)
    sheet.text(45, 85, "MUNICIPALIDAD PUENTE ALTO", 10, BOLD)
    top = 115.0
    for heading, text in OTHER_SECTIONS:
        top = sheet.text(45, top, heading, 12, BOLD) + 6
        top = sheet.text(45, top, text, 10, BODY) + 16
    top = sheet.text(45, top, "Líneas Sello", 12, BOLD) + 10
    rows = ([("Línea", ["Justificación"])] if header else []) + ROWS
    for n, (name, lines) in enumerate(rows):
        names = name_lines(name)
        h = 13 * max(len(names), len(lines)) + 10
        if ruled:
            sheet.rect(45, top, 500, h)
            sheet.line(205, top, 205, top + h)
        font = BOLD if (header and n == 0) else name_font
        sheet.lines(52, top + 5, names, size=10, font=font)
        sheet.lines(212, top + 5, lines, size=10, font=BOLD if (header and n == 0) else BODY)
        top += h + (0 if ruled else 8)
    sheet.save()


@pytest.mark.parametrize("header", [False, True], ids=["no-header", "header-row"])
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "bare"])
@pytest.mark.parametrize("name_font", [BODY, BOLD], ids=["regular-names", "bold-names"])
def test_pdf_sello_lines_as_a_table(tmp_path, header, ruled, name_font):
    pdf_sello_table(tmp_path / "ficha.pdf", header, ruled, name_font)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["lineas_sello"] == EXPECTED
    assert got["descripcion"] == "La municipalidad abre una escuela de oficios."
    assert not [a for a in got["revision"]["avisos"] if a["campo"] == "lineas_sello"]


@pytest.mark.parametrize("header", [False, True], ids=["no-header", "header-row"])
def test_word_sello_lines_as_a_table(tmp_path, header):
    def part(b: DocBuilder) -> None:
        rows = [("Línea de acción", "Justificación")] if header else []
        b.table([list(r) for r in rows] + [[name, " ".join(lines)] for name, lines in ROWS])
    (got,) = records(write_ficha(tmp_path, parts={"lineas_sello": part}))
    assert got["lineas_sello"] == EXPECTED
    assert not [a for a in got["revision"]["avisos"] if a["campo"] == "lineas_sello"]
