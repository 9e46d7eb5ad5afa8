"""Words of another region printed over a month table (issue 20; Word seed 29127: LibreOffice prints a
floating text box, the category list, over the twelve-column month table, and its last line
«☒ Otra: Regularización» stands inside the table's body row). A month display's legend says something
of months or activity ("■ mes con actividad": `vocab.says_of_months`); a line over the table that says
nothing of them is no legend: the PDF reader leaves it to the region it belongs to (the category list
takes its box and label), and words a month table still holds that are no month name, mark or legend
(a Word paragraph read as the legend, words in the cells) are never dropped in silence: an aviso on
the months quotes them."""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics

from extractor.fields.months import table_months
from extractor.layout import Checkbox, is_month_table
from extractor.pipeline import extract_document
from extractor.readers import read

from .docx_builders import MONTHS, DocBuilder, write_ficha
from .pdf_canvas import BODY, BOLD, SYMBOLS, Sheet
from .records import records_by_engine

TEXT = "Inicia el año 2022. Se realizan dos programas al año."
SECTIONS = [("Grupo prioritario", "Mujeres migrantes jefas de hogar.")]
LEFT, WIDTH, HEAD, BODY_ROW = 45.0, 36.0, 14.0, 22.0


def _month_table(sheet: Sheet, top: float) -> float:
    """A ruled month table (the twelve initials over an empty body row); returns its bottom."""
    for n, name in enumerate(MONTHS):
        x = LEFT + n * WIDTH
        sheet.rect(x, top, WIDTH, HEAD, stroke=True, fill=None)
        sheet.rect(x, top + HEAD, WIDTH, BODY_ROW, stroke=True, fill=None)
        sheet.text(x + 4, top + 3, name[0], 9, BODY)
    return top + HEAD + BODY_ROW


def _ending(sheet: Sheet, top: float) -> None:
    top = sheet.text(45, top + 8, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


def pdf_line_over_the_table(path, line: str, under: bool = False) -> None:
    """The month table with `line` printed inside its body row (right under it: `under`) from the
    eighth column on (a mark in the symbols font, then words), the dates text under it."""
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 8
    bottom = _month_table(sheet, top)
    x, size = LEFT + 7 * WIDTH + 6, 10.0
    for token in line.split():
        font = SYMBOLS if token in "■□☒☐✓" else BODY
        sheet.text(x, top + HEAD + (BODY_ROW + 3 if under else 6), token, size, font)
        x += pdfmetrics.stringWidth(token, font, size) + 0.3 * size
    _ending(sheet, bottom + (size + 4 if under else 0))


@pytest.mark.parametrize(
    ("line", "legend"),
    [("☒ Otra: Regularización", ""), ("☐ Otra: Regularización", ""), ("■ mes con actividad", "■ mes con actividad")],
)
def test_a_line_under_the_table_saying_nothing_of_months_is_no_legend(tmp_path, line, legend):
    """A line right under the body row, where a legend stands, opening with a box: the display's legend
    only when it says something of months; «☒ Otra: Regularización» (a category box printed over the
    table) is left to the page's other readers, its box and label a checkbox of its own."""
    pdf_line_over_the_table(tmp_path / "ficha.pdf", line, under=True)
    layout = read(tmp_path / "ficha.pdf")
    (table,) = [i for i in layout.items if is_month_table(i)]
    assert table.display_text == legend
    if not legend:
        boxes = [i for i in layout.items if isinstance(i, Checkbox)]
        assert any("Regularización" in (b.label or "") for b in boxes)


@pytest.mark.parametrize(("line", "said"), [("☒ Otra: Regularización", True), ("■ mes con actividad", False)])
def test_words_over_a_month_table_are_said(tmp_path, line, said):
    """A line over the body row saying nothing of months is no legend: its words, in the table's
    cells, are said; a legend there is the display's, said nowhere."""
    pdf_line_over_the_table(tmp_path / "ficha.pdf", line)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"]["texto"] == TEXT
        quoted = " ".join(a["mensaje"] for a in got["revision"]["avisos"] if a["campo"].startswith("fechas"))
        assert all(word in quoted for word in ["Otra", "Regularización"]) if said else not quoted


@pytest.mark.parametrize(("line", "said"), [("■ Regularización migratoria", True), ("■ mes con actividad", False)])
def test_a_word_paragraph_under_the_table_saying_nothing_of_months_is_said(tmp_path, line, said):
    """A Word paragraph right under the month table opening with a mark is read as its legend; one
    saying nothing of months or activity gets `texto_sin_ubicar` on the months quoting it."""

    def dates(b: DocBuilder) -> None:
        b.table([[m[:3] for m in MONTHS], ["✓" if n in (3, 4) else "" for n in range(1, 13)]])
        b.paragraph(line)
        b.paragraph(TEXT)

    (ficha,) = extract_document(write_ficha(tmp_path, parts={"fechas_implementacion": dates})).fichas
    got = ficha.model_dump(mode="json")
    assert got["fechas_implementacion"] == {"meses": [3, 4], "texto": TEXT}
    stray = [a for a in got["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar" and "fechas" in a["campo"]]
    assert [line in a["mensaje"] for a in stray] == ([True] if said else [])


def pdf_broken_names_with_a_box_over_them(path, label: str) -> None:
    """Twelve narrow ruled cells of full names broken every four letters (as LibreOffice prints a Word
    table of twelve columns: «Octu» over «bre»), over an empty row of mark cells; a crossed square
    drawn among the broken names of the eighth column with `label` right of it (a category box
    printed over the table), then the dates text."""
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 8
    names_h, marks_h = 36.0, 18.0
    for n, name in enumerate(MONTHS):
        x = LEFT + n * WIDTH
        sheet.rect(x, top, WIDTH, names_h, stroke=True, fill=None)
        sheet.rect(x, top + names_h, WIDTH, marks_h, stroke=True, fill=None)
        for k in range(0, len(name), 4):
            sheet.text(x + 2, top + 2 + 10 * (k // 4), name[k : k + 4], 9, BODY)
    x, at = LEFT + 7 * WIDTH + 14, top + 24
    sheet.rect(x, at, 8, 8, stroke=True, fill=None)
    sheet.line(x, at, x + 8, at + 8)
    sheet.line(x, at + 8, x + 8, at)
    sheet.text(x + 12, at, label, 10, BODY)
    _ending(sheet, top + names_h + marks_h)


def test_a_labelled_box_among_broken_names_marks_no_month(tmp_path):
    """A mark among names broken over the lines of narrow cells is the month's (wrapped under its
    name), unless words that are no piece of a month name label it (Word seed 29133: «☒ Otra:
    Regularización» read as August's mark)."""
    pdf_broken_names_with_a_box_over_them(tmp_path / "ficha.pdf", "Otra: Regularización")
    (table,) = [i for i in read(tmp_path / "ficha.pdf").items if is_month_table(i)]
    assert table_months(table) == []
