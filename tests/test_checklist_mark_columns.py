"""A checklist table whose marks are loose glyphs (✓, ✗) typed in a cell beside each category label,
not box glyphs nor drawn boxes (issue 20, part 4: the category list as a table of labels and marks).
A mark is its label's by the label's row and the side the list sets its marks on; it never joins
the heading over the list, a label's line or a write-in; a column of marks beside a column of
labels parts the cells however wide the gap; where the side cannot be told, an aviso says so.
In Word, a blank mark cell beside a label is that label's unmarked box."""

from __future__ import annotations

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH

from extractor.pipeline import extract_document
from extractor.readers.options import ReadOptions

from .designs.content import CATEGORY_LABELS
from .docx_builders import DocBuilder, write_ficha
from .pdf_canvas import BODY, BOLD, SYMBOLS, Sheet
from .records import records
from .test_word_pdf_exports import soffice_pdf

LABELS = [*CATEGORY_LABELS[:-1], ("otra", "Otra: Regularización")]  # the template's, with a write-in
OTHER_SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]
DESCRIPTION = ("Breve descripción", "La municipalidad abre una escuela de oficios.")
PITCH = 16.0  # points between the list's rows


def category_avisos(got: dict) -> list[dict]:
    return [a for a in got["revision"]["avisos"] if a["campo"].startswith("categori")]


def checklist_pdf(
    path,
    marks: dict[str, str],
    *,
    per_row: int = 1,
    mark_first: bool = True,
    cell: float = 22.0,
    mark_size: float = 11.0,
    heading: tuple[str, float, str] = ("Categoría", 12, BOLD),
    column: float = 140.0,
    stripes: bool = False,
    pitch: float = PITCH,
) -> None:
    """A ficha whose category list is a borderless table of (mark, label) cells, `per_row` pairs a
    row, the mark cell (`marks`: category id -> its glyph, blank when absent) before its label
    (`mark_first`) or after it, `cell` points from the start of the one cell to the other's, the
    label's cell `column` points wide (with `stripes`, every cell ruled), rows `pitch` apart; the
    marks `mark_size` pt in a symbol font, the labels 10 pt, the `heading` (text, size, font) right
    above the first row."""
    sheet = Sheet(path)
    top = sheet.ficha_head(OTHER_SECTIONS)
    top = sheet.text(45, top, heading[0], heading[1], heading[2]) + 6
    pair = cell + column
    if stripes:  # each cell's rules as thin filled bars, its top and right side (the first its left too)
        rows = -(-len(LABELS) // per_row)
        edges = [40.0 + k * pair + dx for k in range(per_row) for dx in (0.0, cell)] + [40.0 + per_row * pair]
        for row in range(rows + 1):
            y = top + row * pitch - 3
            sheet.rect(edges[0], y, edges[-1] - edges[0], 0.75, stroke=False, fill=0.47)
            for x in edges if row < rows else []:
                sheet.rect(x, y, 0.75, pitch, stroke=False, fill=0.47)
    for n, (key, label) in enumerate(LABELS):
        row, k = divmod(n, per_row)
        y = top + row * pitch
        x = 45 + k * pair
        mark_x, label_x = (x, x + cell) if mark_first else (x + column, x)
        if key in marks:
            sheet.text(mark_x, y, marks[key], mark_size, SYMBOLS)
        sheet.text(label_x, y, label, 10, BODY)
    top += (-(-len(LABELS) // per_row)) * pitch + 10
    top = sheet.text(45, top, DESCRIPTION[0], 12, BOLD) + 6
    sheet.text(45, top, DESCRIPTION[1], 10, BODY)
    sheet.save()


def read_pdf(path) -> list[dict]:
    out = []
    for engine in ("pdfium", "pdfplumber"):
        (got,) = [f.model_dump(mode="json") for f in extract_document(path, options=ReadOptions(engine)).fichas]
        out.append(got)
    return out


@pytest.mark.parametrize("heading", [("Categoría", 12, BOLD), ("CATEGORÍA", 11, BODY)])
def test_first_row_mark_never_joins_the_heading(tmp_path, heading):
    """The first row's ✓, a point larger than the labels and right under the heading (bold, or in
    capitals set as the marks are), is Sociolaboral's mark, not a word of the heading (Chromium
    trial h11: «CATEGORÍA ✓»); the ✓ of two rows one under the other are two marks, each its row's."""
    checked = ["sociolaboral", "emprendimiento", "capacitaciones", "otra"]
    checklist_pdf(tmp_path / "ficha.pdf", dict.fromkeys(checked, "✓"), heading=heading)
    for got in read_pdf(tmp_path / "ficha.pdf"):
        assert got["categorias"] == checked
        assert got["categoria_otra"] == "Regularización"
        assert got["descripcion"] == DESCRIPTION[1]
        assert category_avisos(got) == []


def test_two_pairs_a_row_with_a_blank_mark_cell(tmp_path):
    """Two (mark, label) pairs a row, each cell about an em wider than its text, the first row's
    second mark cell blank: the labels of the row are two cells, not one line ("Sociolaboral
    Acogida/atención", the second column of marks standing in the gap below; the white beside
    it too narrow for a gutter), and each mark is the label right of it, never the next pair's."""
    checked = ["sociolaboral", "capacitaciones", "cooperativas", "intermediacion_laboral", "otra"]
    checklist_pdf(tmp_path / "ficha.pdf", dict.fromkeys(checked, "✓"), per_row=2, cell=20.0, column=84.0)
    for got in read_pdf(tmp_path / "ficha.pdf"):
        assert got["categorias"] == checked
        assert category_avisos(got) == []


def test_marks_of_the_first_column_only_check_their_own_labels(tmp_path):
    """Two pairs a row, only the first column's cells marked: each ✓ is the label right of it, not
    also the second pair's label on its row (trial h13 San Joaquín, silently read
    [sociolaboral, acogida_atencion, ...])."""
    checked = ["sociolaboral", "cooperativas"]
    checklist_pdf(tmp_path / "ficha.pdf", dict.fromkeys(checked, "✓"), per_row=2)
    for got in read_pdf(tmp_path / "ficha.pdf"):
        assert got["categorias"] == checked
        assert category_avisos(got) == []


@pytest.mark.parametrize("mark_first", [True, False])
def test_wide_gap_between_mark_and_label(tmp_path, mark_first):
    """A Word table's default equal columns: the ✓ cell some 10 ems from its label, before or after
    it; the last row's mark is no word of the write-in («Otra: Regularización ✓»)."""
    checked = ["sociolaboral", "emprendimiento", "capacitaciones", "otra"]
    checklist_pdf(
        tmp_path / "ficha.pdf", dict.fromkeys(checked, "✓"), mark_first=mark_first, cell=110.0, mark_size=10.0
    )
    for got in read_pdf(tmp_path / "ficha.pdf"):
        assert got["categorias"] == checked
        assert got["categoria_otra"] == "Regularización"
        assert category_avisos(got) == []


@pytest.mark.parametrize("stripes", [False, True])
def test_crosses_beside_ticks_unmark(tmp_path, stripes):
    """✓ / ✗ in every mark cell, two pairs a row: the crosses say no. Every cell ruled (trial h12,
    Chromium's rules as thin filled bars, cells tall enough to be regions of their own): each label
    cell's text is the list's still, no text left over."""
    checked = ["sociolaboral", "emprendimiento", "capacitaciones", "intermediacion_laboral", "otra"]
    marks = {key: "✓" if key in checked else "✗" for key, _ in LABELS}
    checklist_pdf(tmp_path / "ficha.pdf", marks, per_row=2, stripes=stripes, pitch=18.0 if stripes else PITCH)
    for got in read_pdf(tmp_path / "ficha.pdf"):
        assert got["categorias"] == checked
        assert category_avisos(got) == []


def test_side_of_marks_between_labels_undecided_is_flagged(tmp_path):
    """Two pairs a row and every mark in the middle cells (between the row's two labels, none at a
    row's start or end): nothing tells whether a mark is the label before it or after it. Each is
    read with the nearer label, and an aviso on categorias says the pairing was not decided."""
    sheet = Sheet(tmp_path / "ficha.pdf")
    top = sheet.ficha_head(OTHER_SECTIONS)
    top = sheet.text(45, top, "Categoría", 12, BOLD) + 6
    for n in range(0, len(LABELS), 2):
        y = top + n // 2 * PITCH
        sheet.text(45, y, LABELS[n][1], 10, BODY)
        if n // 2 in (0, 2):
            sheet.text(200, y, "✓", 10, SYMBOLS)
        sheet.text(260, y, LABELS[n + 1][1], 10, BODY)
    top += 4 * PITCH + 10
    top = sheet.text(45, top, DESCRIPTION[0], 12, BOLD) + 6
    sheet.text(45, top, DESCRIPTION[1], 10, BODY)
    sheet.save()
    for got in read_pdf(tmp_path / "ficha.pdf"):
        assert got["revision"]["estado"] == "revisar"
        assert any(
            a["codigo"] == "lectura_dudosa" and "antes o después" in a["mensaje"] for a in category_avisos(got)
        ), got["revision"]["avisos"]


def checklist_table(checked: set[str], label_first: bool):
    """A Word category list as a borderless two-column table, [✓ | label] (or [label | ✓]), the mark
    cell blank for the categories not chosen."""

    def part(b: DocBuilder) -> None:
        rows = [["✓" if key in checked else "", label] for key, label in LABELS]
        b.table([row[::-1] for row in rows] if label_first else rows)

    return part


@pytest.mark.parametrize("label_first", [False, True])
def test_word_blank_mark_cell_is_an_unmarked_box(tmp_path, label_first):
    """Every label of the Word checklist table is read, a blank mark cell as its unmarked box: no
    label is left as text nobody placed, and the list is whole (no false alarm)."""
    checked = {"sociolaboral", "capacitaciones", "otra"}
    (got,) = records(write_ficha(tmp_path, parts={"categorias": checklist_table(checked, label_first)}))
    assert got["categorias"] == [key for key, _ in LABELS if key in checked]
    assert got["categoria_otra"] == "Regularización"
    assert category_avisos(got) == []


def word_checklist(checked: set[str], label_first: bool):
    """The Word checklist table as a clerk types it (`checklist_table`), the ✓ centred in its cell
    when before the labels, "Otra:" bare when not chosen."""

    def part(b: DocBuilder) -> None:
        rows = [
            ["✓" if key in checked else "", label if key != "otra" or key in checked else "Otra:"]
            for key, label in LABELS
        ]
        if label_first:
            b.table([row[::-1] for row in rows])
            return
        for row in b.table(rows).rows:
            row.cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    return part


@pytest.mark.slow
@pytest.mark.parametrize("label_first", [False, True])
@pytest.mark.parametrize(
    "checked",
    [
        ("sociolaboral", "emprendimiento", "capacitaciones"),
        ("sociolaboral", "cooperativas"),
        ("acogida_atencion", "nna", "otra"),
        ("acogida_atencion", "nna"),
    ],
)
def test_word_checklist_exported_by_libreoffice(tmp_path, label_first, checked):
    """The Word checklist table (Word's equal column widths: the ✓ some 10 ems from its label)
    exported to PDF by LibreOffice: the column of marks is read after the column of labels' first
    line, and no mark goes on a label's paragraph («✓ Acogida/atención»), nor is a mark after a
    bare «Otra:» a sentence going on, nor a label and its mark a justified line (trial w07-lo, w09-lo);
    a mark the list read is no mark left in the text of the section it was read amid."""
    path = write_ficha(tmp_path, parts={"categorias": word_checklist(set(checked), label_first)})
    (got,) = read_pdf(soffice_pdf(path))[:1]
    assert got["categorias"] == list(checked)
    assert got["forma_financiamiento"]["texto"] == "Recursos propios municipales."
    # a mark read after another section's text (the reading order's column of marks) is the list's
    assert [a for a in got["revision"]["avisos"] if a["campo"].startswith("categori") or "✓" in a["mensaje"]] == []


def test_label_and_typed_yes_no_column(tmp_path):
    """A clerk's table label | Sí/No: each category answered "Sí" or "No" in the cell beside it (the
    column read as one block of answers): "Sí" checks its label, "No" leaves it unmarked (trial
    r05, read as no list at all)."""
    checked = ["sociolaboral", "capacitaciones", "otra"]
    sheet = Sheet(tmp_path / "ficha.pdf")
    top = sheet.ficha_head(OTHER_SECTIONS)
    top = sheet.text(45, top, "Categoría", 12, BOLD) + 6
    for n, (key, label) in enumerate(LABELS):
        sheet.text(50, top + n * 14, label, 9, BODY)
        sheet.text(230, top + n * 14, "Sí" if key in checked else "No", 9, BODY)
    top += len(LABELS) * 14 + 10
    top = sheet.text(45, top, DESCRIPTION[0], 12, BOLD) + 6
    sheet.text(45, top, DESCRIPTION[1], 10, BODY)
    sheet.save()
    for got in read_pdf(tmp_path / "ficha.pdf"):
        assert got["categorias"] == checked
        assert got["categoria_otra"] == "Regularización"
        assert category_avisos(got) == []
