"""Tables everywhere (issue 20, part 4): Líneas Sello printed as a table (line name | justification,
with or without a header row, ruled or not) in a PDF and in Word; the category list as a table of
labels and marks."""

from __future__ import annotations

import pytest

from extractor.pipeline import extract_document
from extractor.readers.options import ReadOptions

from .docx_builders import CATEGORY_NAMES, DocBuilder, write_ficha
from .pdf_builders import BOX_STYLES
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

ROWS = [
    ("Vinculación comunitaria", ["Reúne a vecinos chilenos y extranjeros", "en actividades del barrio."]),
    ("Acceso a la información y orientación integral", ["La oficina orienta en trámites", "migratorios."]),
    ("Fortalecimiento institucional", ["Capacita a los funcionarios."]),
]
EXPECTED = [
    {
        "linea": "vinculacion_comunitaria",
        "justificacion": "Reúne a vecinos chilenos y extranjeros en actividades del barrio.",
    },
    {"linea": "acceso_informacion", "justificacion": "La oficina orienta en trámites migratorios."},
    {"linea": "fortalecimiento_institucional", "justificacion": "Capacita a los funcionarios."},
]
OTHER_SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
    ("Breve descripción", "La municipalidad abre una escuela de oficios."),
]


def name_lines(name: str) -> list[str]:
    words, lines = name.split(), [""]
    for word in words:
        if len(lines[-1]) + len(word) > 22 and lines[-1]:
            lines.append("")
        lines[-1] = f"{lines[-1]} {word}".strip()
    return lines


def pdf_sello_table(path, header: bool, ruled: bool, name_font: str, header_name: str = "Línea") -> None:
    sheet = Sheet(path)
    top = sheet.ficha_head(OTHER_SECTIONS)
    top = sheet.text(45, top, "Líneas Sello", 12, BOLD) + 10
    rows = ([(header_name, ["Justificación"])] if header else []) + ROWS
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


@pytest.mark.parametrize("header_name", ["Línea de acción", "Líneas Sello"])
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "bare"])
def test_pdf_sello_table_header_naming_the_section(tmp_path, header_name, ruled):
    """A header row whose line column is titled with the section's own name ("Línea de acción",
    "Líneas Sello": a heading's wording, printed bold under the heading) is the table's header: the
    rows under it are the section's, not text of a box holding no heading (trial of issue 20)."""
    pdf_sello_table(tmp_path / "ficha.pdf", True, ruled, BODY, header_name)
    for engine in ("pdfium", "pdfplumber"):
        (got,) = [
            f.model_dump(mode="json")
            for f in extract_document(tmp_path / "ficha.pdf", options=ReadOptions(engine)).fichas
        ]
        assert got["lineas_sello"] == EXPECTED, engine
        assert not [a for a in got["revision"]["avisos"] if a["campo"] == "lineas_sello"], engine


@pytest.mark.parametrize("header", [False, True, "bold"], ids=["no-header", "header-row", "bold-header-row"])
@pytest.mark.parametrize("heading", ["style", "bold"], ids=["styled-headings", "bold-headings"])
def test_word_sello_lines_as_a_table(tmp_path, header, heading):
    def part(b: DocBuilder) -> None:
        rows = [("Línea de acción", "Justificación")] if header else []
        table = b.table([list(r) for r in rows] + [[name, " ".join(lines)] for name, lines in ROWS])
        if header == "bold":  # a bold column title is set like a heading, and is none
            for cell in table.rows[0].cells:
                for run in cell.paragraphs[0].runs:
                    run.bold = True

    (got,) = records(write_ficha(tmp_path, heading=heading, parts={"lineas_sello": part}))
    assert got["lineas_sello"] == EXPECTED
    assert not [a for a in got["revision"]["avisos"] if a["campo"] == "lineas_sello"]


# --- the category list as a table of labels and marks ------------------------------------

CATEGORIES = CATEGORY_NAMES
CHECKED = {"Sociolaboral", "Capacitaciones"}


def pdf_category_table(path, mark: str, label_first: bool) -> None:
    """The category list as a ruled two-column table: label | mark (or mark | label); the mark a
    drawn box (checked or not), or a typed "X" in the checked rows only."""
    sheet = Sheet(path)
    sheet.text(45, 50, "Escuela de oficios para mujeres migrantes", 20, BOLD)
    sheet.text(45, 85, "MUNICIPALIDAD PUENTE ALTO", 10, BOLD)
    top = 115.0
    for heading, text in OTHER_SECTIONS[:2]:
        top = sheet.text(45, top, heading, 12, BOLD) + 6
        top = sheet.text(45, top, text, 10, BODY) + 16
    top = sheet.text(45, top, "Categoría", 12, BOLD) + 10
    label_x, mark_x = (52, 215) if label_first else (82, 52)
    for label in CATEGORIES:
        sheet.rect(45, top, 200, 18)
        sheet.line(205 if label_first else 75, top, 205 if label_first else 75, top + 18)
        sheet.text(label_x, top + 4, label, 10, BODY)
        on = label in CHECKED
        if mark == "box":
            BOX_STYLES["check" if on else "empty"](sheet, mark_x + (2 if label_first else 4), top + 4)
        elif on:
            sheet.text(mark_x + (8 if label_first else 6), top + 4, "X", 10, BOLD)
        top += 18
    top = sheet.text(45, top + 16, OTHER_SECTIONS[2][0], 12, BOLD) + 6
    sheet.text(45, top, OTHER_SECTIONS[2][1], 10, BODY)
    sheet.save()


@pytest.mark.parametrize("label_first", [True, False], ids=["label-mark", "mark-label"])
@pytest.mark.parametrize("mark", ["box", "typed-x"])
def test_pdf_category_list_as_a_table(tmp_path, mark, label_first):
    pdf_category_table(tmp_path / "ficha.pdf", mark, label_first)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["categorias"] == ["sociolaboral", "capacitaciones"]
    assert got["descripcion"] == "La municipalidad abre una escuela de oficios."
    assert not [a for a in got["revision"]["avisos"] if a["campo"] == "categorias"]


@pytest.mark.parametrize("mark", ["✓", "X"])
@pytest.mark.parametrize("label_first", [False, True], ids=["mark-label", "label-mark"])
def test_word_category_list_as_a_table_of_typed_marks(tmp_path, mark, label_first):
    """A Word table of [mark | label] rows (or [label | mark]), the mark typed in the checked rows
    only and the other rows' mark cell left empty (the trial's d9): each row is a category, checked
    when its mark cell holds the mark."""

    def part(b: DocBuilder) -> None:
        rows = [[mark if label in CHECKED else "", label] for label in CATEGORIES]
        b.table([row[::-1] if label_first else row for row in rows])

    (got,) = records(write_ficha(tmp_path, parts={"categorias": part}))
    assert got["categorias"] == ["sociolaboral", "capacitaciones"]
    assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("categori")]
