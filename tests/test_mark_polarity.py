"""Marks by their polarity (issue 20, parts 3 and 4): in one display (a month table or grid, a ficha's
category table of labels and marks) whose cells print both an affirmative mark (✓) and a cross (✗),
the cross says "no"; a cross among blank cells is the mark; a cross in every cell cannot be read:
nothing is read as marked and an aviso `lectura_dudosa` says so. PDF (reportlab, both engines) and
Word tables; the letters X and ☒ stay affirmative marks (raw/'s month tables use X)."""

from __future__ import annotations

import pytest

from extractor.glyphs import cross_reading
from extractor.pipeline import extract_document

from .docx_builders import CATEGORY_LABELS, MONTHS, DocBuilder, text_run, write_ficha
from .pdf_canvas import BODY, BOLD, SYMBOLS, Sheet
from .records import records_by_engine

ACTIVE = [3, 4, 5, 8, 9, 10]
CHECKED = ["acogida_atencion", "nna", "otra"]
TEXT = "Se realizan dos programas al año."
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]
YES_NO = ("✓", "✗")
ALL_CROSS = ("✗", "✗")
BLANK_CROSS = ("✗", "")  # a cross in the active months, nothing in the others


def avisos_on(record: dict, prefix: str) -> list[dict]:
    return [a for a in record["revision"]["avisos"] if a["campo"].startswith(prefix)]


def test_cross_reading_by_the_display():
    assert cross_reading(["✓", "✗", "✗"], 0) == "no"
    assert cross_reading(["", "✗"], 0) == "no"  # a drawn box or shading beside a cross
    assert cross_reading(["✗", "✗"], 3) == "mark"  # crosses among blank cells mark them
    assert cross_reading(["✗", "✗"], 0) == "undecided"
    assert cross_reading(["X", "X"], 0) == "mark"  # the letter is an affirmative mark
    assert cross_reading(["☒", "✓"], 2) == "mark"


# -- PDF -------------------------------------------------------------------------------------


def _pdf_head(sheet: Sheet) -> float:
    return sheet.ficha_head(SECTIONS)


def _pdf_tail(sheet: Sheet, top: float) -> None:
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


def _pdf_categories(sheet: Sheet, top: float, marks: tuple[str, str]) -> float:
    """The category list as a table: each label, and its mark in a column of its own."""
    top = sheet.text(45, top, "Categoría", 12, BOLD) + 8
    for cid, label in CATEGORY_LABELS.items():
        sheet.text(50, top, label, 9, BODY)
        mark = marks[0] if cid in CHECKED else marks[1]
        if mark:
            sheet.text(180, top, mark, 9, SYMBOLS)
        top += 15
    return top + 12


def pdf_month_table(path, marks: tuple[str, str], categories: tuple[str, str] = ("X", "")) -> None:
    """A ficha whose months are a header row of names over a row of marks (`marks`: the active
    months' and the others')."""
    sheet = Sheet(path)
    top = _pdf_categories(sheet, _pdf_head(sheet), categories)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 10
    pitch = 40.0
    for n, name in enumerate(MONTHS):
        x = 45 + n * pitch
        sheet.text(x + 8, top, name[:3], 9, BOLD)
        mark = marks[0] if n + 1 in ACTIVE else marks[1]
        if mark:
            sheet.text(x + 12, top + 16, mark, 9, SYMBOLS)
    top = sheet.text(45, top + 40, TEXT, 10, BODY) + 16
    _pdf_tail(sheet, top)


def pdf_month_grid(path, marks: tuple[str, str]) -> None:
    """A ficha whose months are a 6x2 grid, each name with its mark after it."""
    sheet = Sheet(path)
    top = _pdf_categories(sheet, _pdf_head(sheet), ("X", ""))
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 10
    for n, name in enumerate(MONTHS):
        row, col = divmod(n, 6)
        x, y = 45 + col * 85, top + row * 18
        sheet.text(x, y, name, 9, BODY)
        mark = marks[0] if n + 1 in ACTIVE else marks[1]
        if mark:
            sheet.text(x + sheet.canvas.stringWidth(name, BODY, 9) + 4, y, mark, 9, SYMBOLS)
    top = sheet.text(45, top + 46, TEXT, 10, BODY) + 16
    _pdf_tail(sheet, top)


@pytest.mark.parametrize("draw", [pdf_month_table, pdf_month_grid], ids=["table", "grid"])
def test_pdf_months_tick_and_cross(tmp_path, draw):
    draw(tmp_path / "ficha.pdf", YES_NO)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
        assert not avisos_on(got, "fechas")


@pytest.mark.parametrize("draw", [pdf_month_table, pdf_month_grid], ids=["table", "grid"])
def test_pdf_months_crossed_everywhere_are_a_doubt(tmp_path, draw):
    draw(tmp_path / "ficha.pdf", ALL_CROSS)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"]["meses"] == []
        assert "lectura_dudosa" in [a["codigo"] for a in avisos_on(got, "fechas")]
        assert got["revision"]["estado"] == "revisar"


def test_pdf_months_crossed_among_blanks_are_marked(tmp_path):
    pdf_month_table(tmp_path / "ficha.pdf", BLANK_CROSS)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}


def test_pdf_category_table_tick_and_cross(tmp_path):
    pdf_month_table(tmp_path / "ficha.pdf", ("X", ""), YES_NO)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["categorias"] == CHECKED
        assert got["categoria_otra"] == "Regularización"
        assert not avisos_on(got, "categor")


def test_pdf_category_table_crossed_everywhere_is_a_doubt(tmp_path):
    pdf_month_table(tmp_path / "ficha.pdf", ("X", ""), ALL_CROSS)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["categorias"] == []
        assert "lectura_dudosa" in [a["codigo"] for a in avisos_on(got, "categorias")]
        assert got["revision"]["estado"] == "revisar"


# -- Word ------------------------------------------------------------------------------------


def docx_record(tmp_path, months: tuple[str, str], categories: tuple[str, str]) -> dict:
    def dates(b: DocBuilder) -> None:
        marks = {m: text_run(months[0] if m in ACTIVE else months[1]) for m in range(1, 13)}
        b.month_table({m: xml for m, xml in marks.items() if months[0 if m in ACTIVE else 1]})
        b.paragraph(TEXT)

    def category_table(b: DocBuilder) -> None:
        table = b.doc.add_table(rows=len(CATEGORY_LABELS), cols=2)
        for r, (cid, label) in enumerate(CATEGORY_LABELS.items()):
            table.cell(r, 0).text = categories[0] if cid in CHECKED else categories[1]
            table.cell(r, 1).text = label

    path = write_ficha(tmp_path, parts={"fechas_implementacion": dates, "categorias": category_table})
    (ficha,) = extract_document(path).fichas
    return ficha.model_dump(mode="json")


def test_docx_tick_and_cross(tmp_path):
    got = docx_record(tmp_path, YES_NO, YES_NO)
    assert got["fechas_implementacion"]["meses"] == ACTIVE
    assert got["categorias"] == CHECKED
    assert not avisos_on(got, "fechas") and not avisos_on(got, "categor")


def test_docx_crossed_everywhere_is_a_doubt(tmp_path):
    got = docx_record(tmp_path, ALL_CROSS, ALL_CROSS)
    assert got["fechas_implementacion"]["meses"] == []
    assert got["categorias"] == []
    assert "lectura_dudosa" in [a["codigo"] for a in avisos_on(got, "fechas")]
    assert "lectura_dudosa" in [a["codigo"] for a in avisos_on(got, "categorias")]
    assert got["revision"]["estado"] == "revisar"


def test_docx_letter_x_stays_a_mark(tmp_path):
    got = docx_record(tmp_path, ("X", ""), ("X", ""))
    assert got["fechas_implementacion"]["meses"] == ACTIVE
    assert got["categorias"] == CHECKED


def test_hollow_marks_in_the_dates_text_are_a_doubt(tmp_path):
    """A month display's unmarked glyphs (○) read into the dates text are no text of it: an aviso says
    a display was not recognised (S5 of trial 21: "○ ○ ○ … Inicia el año 2022")."""

    def dates(b: DocBuilder) -> None:
        b.paragraph("○ ○ ○ ○ ○ ○ " + TEXT)

    path = write_ficha(tmp_path, parts={"fechas_implementacion": dates})
    (ficha,) = extract_document(path).fichas
    got = ficha.model_dump(mode="json")
    assert "lectura_dudosa" in [a["codigo"] for a in avisos_on(got, "fechas")]
    assert got["revision"]["estado"] == "revisar"


# -- a pair of columns titled "Sí | No" ------------------------------------------------------


def test_pdf_yes_no_columns(tmp_path):
    """A category table "Categoría | Sí | No": an X under "No" says no."""
    sheet = Sheet(tmp_path / "ficha.pdf")
    top = sheet.text(45, _pdf_head(sheet), "Categoría", 12, BOLD) + 8
    sheet.text(50, top, "Categoría", 9, BOLD)
    sheet.text(170, top, "Sí", 9, BOLD)
    sheet.text(195, top, "No", 9, BOLD)
    top += 16
    for cid, label in CATEGORY_LABELS.items():
        sheet.text(50, top, label, 9, BODY)
        sheet.text(171 if cid in CHECKED else 197, top, "X", 9, BODY)
        top += 15
    top = sheet.text(45, top + 12, "Fechas de implementación", 12, BOLD) + 8
    top = sheet.text(45, top, TEXT, 10, BODY) + 16
    _pdf_tail(sheet, top)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["categorias"] == CHECKED


def test_docx_yes_no_columns(tmp_path):
    def category_table(b: DocBuilder) -> None:
        rows = [["Categoría", "Sí", "No"]]
        rows += [[label, "X", ""] if cid in CHECKED else [label, "", "X"] for cid, label in CATEGORY_LABELS.items()]
        b.table(rows)

    (ficha,) = extract_document(write_ficha(tmp_path, parts={"categorias": category_table})).fichas
    assert ficha.model_dump(mode="json")["categorias"] == CHECKED
