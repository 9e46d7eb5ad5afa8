"""Which side of its box a checkbox's label stands on, in category lists whose labels come before
their boxes ("Sociolaboral ☐"): a ruled table of label | box cells, labels wrapped in a narrow
grid cell ("Otra:" over "Regularización ☐"), a list at a panel's edge with the next panel's text
beside it (issue 20, the browser design harness: the "Otra" write-in was lost)."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from extractor.layout import Checkbox
from extractor.readers import read

from .pdf_builders import BOX_STYLES
from .pdf_canvas import BOLD, Sheet

CELLS = [
    ("Sociolaboral", "x_lines", "Acogida/atención", "empty"),
    ("Emprendimiento", "empty", "Capacitaciones", "x_lines"),
    ("Cooperativas", "empty", "Intermediación laboral", "empty"),
    ("NNA", "empty", "Otra: Regularización", "x_lines"),
]


def labelled(path) -> list[tuple[str | None, bool]]:
    return sorted(
        ((box.label, box.checked) for box in read(path).items if isinstance(box, Checkbox)),
        key=lambda pair: pair[0] or "",
    )


def test_a_ruled_table_of_label_and_box_cells(tmp_path):
    """Label | box | label | box cells with a rule between each label and its box: every box takes
    the label of the cell before it (across the rule), the "Otra:" write-in with it; the first
    box's next cell, its neighbour's label, is no label of it."""
    sheet = Sheet(tmp_path / "table.pdf")
    columns = [60, 160, 180, 300, 320]  # the cells' left rules; the last one ends the table
    row_height = 18
    for n, row in enumerate(CELLS):
        top = 100 + row_height * n
        for k, x in enumerate(columns[:-1]):
            if k % 2 == 0:
                sheet.text(x + 4, top + 4, row[k], 10)
            else:
                BOX_STYLES[row[k]](sheet, x + 5, top + 4)
    bottom = 100 + row_height * len(CELLS)
    for x in columns:
        sheet.line(x, 100, x, bottom, width=0.6)
    for n in range(len(CELLS) + 1):
        sheet.line(columns[0], 100 + row_height * n, columns[-1], 100 + row_height * n, width=0.6)
    sheet.save()
    expected = [(row[k], row[k + 1] == "x_lines") for row in CELLS for k in (0, 2)]
    assert labelled(tmp_path / "table.pdf") == sorted(expected)


def test_a_form_heading_beside_a_column_of_box_and_label_cells_is_no_label(tmp_path):
    """A heading in a form's label cell, ruled off from a column of [☐ │ label] rows whose labels
    stand far right of their boxes: it stands before the first box only, so no box takes it."""
    sheet = Sheet(tmp_path / "form.pdf")
    labels = ["Sociolaboral", "Acogida/atención", "Emprendimiento", "Capacitaciones"]
    sheet.text(64, 104, "Categoría", 10)
    for n, label in enumerate(labels):
        top = 100 + 16 * n
        BOX_STYLES["x_lines" if n == 1 else "empty"](sheet, 150, top + 3)
        sheet.text(240, top + 4, label, 10)
    for x in (60, 140, 170, 360):
        sheet.line(x, 100, x, 100 + 16 * len(labels), width=0.6)
    sheet.save()
    found = labelled(tmp_path / "form.pdf")
    assert not [label for label, _ in found if label and "Categoría" in label]
    assert [checked for _, checked in found].count(True) == 1


def _inline_grid(sheet: Sheet, x: float, top: float, lines: list[list[str]], checked: set[str]) -> None:
    """A column of labels each followed by its box on its last line; `lines`: each label's lines."""
    for label_lines in lines:
        for k, line in enumerate(label_lines):
            sheet.text(x, top, line, 10)
            if k == len(label_lines) - 1:
                style = "x_lines" if " ".join(label_lines) in checked else "empty"
                BOX_STYLES[style](sheet, x + stringWidth(line, "Helvetica", 10) + 3, top)
            top += 13


def test_labels_wrapped_above_their_boxes(tmp_path):
    """A narrow grid cell wraps a label set before its box: "Intermediación" over "laboral ☐",
    "Otra:" over "Regularización ☐" (the box ends the label's last line; its first line may reach
    past the box). The box takes every line of its label, the "Otra:" write-in with it; the
    heading right over the list, set apart in bold, is none of it."""
    sheet = Sheet(tmp_path / "grid.pdf")
    checked = {"Sociolaboral", "Otra: Regularización", "Intermediación laboral"}
    sheet.text(60, 84, "Categoría", 10, BOLD)
    _inline_grid(sheet, 60, 100, [["Sociolaboral"], ["Emprendimiento"], ["Cooperativas"], ["NNA"]], checked)
    right = [["Acogida/atención"], ["Capacitaciones"], ["Intermediación", "laboral"], ["Otra:", "Regularización"]]
    _inline_grid(sheet, 160, 100, right, checked)
    sheet.save()
    names = [
        "Sociolaboral",
        "Emprendimiento",
        "Cooperativas",
        "NNA",
        "Acogida/atención",
        "Capacitaciones",
        "Intermediación laboral",
        "Otra: Regularización",
    ]
    assert labelled(tmp_path / "grid.pdf") == sorted((name, name in checked) for name in names)


def test_a_box_at_a_panels_edge_takes_no_text_of_the_next_panel(tmp_path):
    """Rows of "Label ☐ Label ☐" in a card whose last box stands at the card's edge, the next card's
    heading a few points right of it: the box takes the label before it, as the list's other rows
    do, never the next card's text."""
    sheet = Sheet(tmp_path / "cards.pdf")
    sheet.rect(50, 90, 212, 70, radius=6)
    sheet.rect(268, 90, 200, 70, radius=6)
    sheet.text(280, 100, "Fechas de implementación", 10)
    rows = [("Sociolaboral", "Acogida/atención"), ("Emprendimiento", "Capacitaciones"), ("NNA", "Cooperativas")]
    for n, (left, right) in enumerate(rows):
        top = 100 + 16 * n
        sheet.text(60, top, left, 10)
        BOX_STYLES["x_lines" if n == 0 else "empty"](sheet, 63 + stringWidth(left, "Helvetica", 10), top)
        sheet.text(250 - stringWidth(right, "Helvetica", 10) - 3, top, right, 10)
        BOX_STYLES["empty"](sheet, 250, top)
    sheet.save()
    found = labelled(tmp_path / "cards.pdf")
    assert found == sorted((name, name == "Sociolaboral") for row in rows for name in row)


def test_a_category_list_short_of_the_otra_box_is_flagged(tmp_path):
    """A list read short of some categories while a box of it names none (its label cut at a
    panel's edge: "Ot"): `categorias` is flagged naming them, and `categoria_otra` when "Otra"
    is one of them (its write-in may be what was lost), never an ok record with the write-in silently empty. The
    whole list is no doubt, nor is a short list with nothing lost (`test_pdf_traits`' four boxes)."""
    from dataclasses import replace

    from extractor.pipeline import extract_document

    from .pdf_builders import publication
    from .test_pdf_layout import HUERTOS

    short = replace(
        HUERTOS, categories=[c if not c[1].startswith("Otra") else ("x_lines", "Ot") for c in HUERTOS.categories]
    )
    for name, spec in (("whole.pdf", HUERTOS), ("short.pdf", short)):
        publication(tmp_path / name, [spec])
    (whole,) = extract_document(tmp_path / "whole.pdf").fichas
    assert whole.revision.estado == "ok"
    (ficha,) = extract_document(tmp_path / "short.pdf").fichas
    assert ficha.categorias == ["acogida_atencion", "capacitaciones", "nna"]
    doubts = {(a.campo, a.codigo) for a in ficha.revision.avisos}
    assert {("categorias", "lectura_dudosa"), ("categoria_otra", "lectura_dudosa")} <= doubts


def test_a_category_list_not_read_whole_flags_the_otra_write_in_too(tmp_path):
    """A list read short of a category other than "Otra" (its label cut: "So"), its "Otra" box read
    unchecked: the lost box may be what took "Otra"'s mark (browser seed 28290: a table of CSS ticks
    whose boxes went to their neighbours), so `categoria_otra`, read empty, is flagged too, never
    left null with no aviso of its own in a record flagged for the list alone."""
    from dataclasses import replace

    from extractor.pipeline import extract_document

    from .pdf_builders import publication
    from .test_pdf_layout import HUERTOS

    short = replace(HUERTOS, categories=[("empty", "So"), *HUERTOS.categories[1:]])
    publication(tmp_path / "short.pdf", [short])
    (ficha,) = extract_document(tmp_path / "short.pdf").fichas
    assert ficha.categorias == ["acogida_atencion", "capacitaciones", "nna"] and ficha.categoria_otra is None
    doubts = {(a.campo, a.codigo) for a in ficha.revision.avisos}
    assert {("categorias", "lectura_dudosa"), ("categoria_otra", "lectura_dudosa")} <= doubts


def test_a_category_section_with_no_list_read_flags_the_otra_write_in(tmp_path):
    """A Categoría section printed with too few boxes to be read as the list (two): `categorias`
    stays empty with its aviso, and `categoria_otra`, its box not read, is flagged too."""
    from dataclasses import replace

    from extractor.pipeline import extract_document

    from .pdf_builders import publication
    from .test_pdf_layout import HUERTOS

    spec = replace(HUERTOS, categories=[("check", "Acogida/atención"), ("empty", "NNA")])
    publication(tmp_path / "few.pdf", [spec])
    (ficha,) = extract_document(tmp_path / "few.pdf").fichas
    assert ficha.categorias == []
    assert ("categoria_otra", "lectura_dudosa") in {(a.campo, a.codigo) for a in ficha.revision.avisos}


def test_a_row_of_text_close_under_the_list_is_no_label(tmp_path):
    """A column of "Label ☐" rows whose last label, "Otra:", has the next row of a label | value
    grid right under it: a heading at the page's left and its value starting at the labels' left
    edge, its line running on under the box ("2015: se gesta la idea..."). That line is the next
    row's text, no wrap of "Otra:": the box keeps "Otra:" alone, and the value stays whole."""
    sheet = Sheet(tmp_path / "close.pdf")
    labels = ["Sociolaboral", "Cooperativas", "NNA", "Otra:"]
    top = 100.0
    for label in labels:
        sheet.text(200, top, label, 9)
        BOX_STYLES["x_lines" if label == "Cooperativas" else "empty"](
            sheet, 203 + stringWidth(label, "Helvetica", 9), top
        )
        top += 13
    top += 1.0  # the grid's next row, as close under the last box as its own line pitch
    sheet.text(50, top, "FECHAS DE IMPLEMENTACIÓN", 9, BOLD)
    sheet.text(200, top, "2015: se gesta la idea y generan los liderazgos. 2019: Se formaliza la cooperativa.", 9)
    sheet.save()
    found = labelled(tmp_path / "close.pdf")
    assert found == sorted((name, name == "Cooperativas") for name in labels)


def test_a_paragraphs_last_lines_over_the_list_are_no_label(tmp_path):
    """A paragraph in the body's dress runs over the page's width, its last line ending short
    (no room proves its first label's cell narrower), right over a column of "Label ☐" rows: its
    lines run on far past the first box, so they are the paragraph's, never the first label's
    wrapped lines (browser seed 22424: the priority group's last lines read into "Sociolaboral")."""
    sheet = Sheet(tmp_path / "list.pdf")
    paragraph = [
        "Se focaliza en toda la población de la comuna. Se promueve la participación de mujeres",
        "migrantes jefas de hogar en la feria de emprendedores. En el 2022 se focalizó en NNA",
        "migrantes. En el 2023 se focalizó en DDHH.",
    ]
    top = sheet.lines(60, 86, paragraph, 10, leading=1.2)
    _inline_grid(sheet, 60, top + 1, [["Sociolaboral"], ["Emprendimiento"], ["Cooperativas"], ["NNA"]], set())
    sheet.save()
    names = ["Sociolaboral", "Emprendimiento", "Cooperativas", "NNA"]
    assert labelled(tmp_path / "list.pdf") == sorted((name, False) for name in names)


def test_a_paragraphs_last_line_over_a_grids_second_cell_is_no_label(tmp_path):
    """A paragraph's last line, right over a grid of "Label ☐" cells two a row, runs from the
    first cell's left edge on over the second cell's label: its words there stand level enough
    with the second box to be read as its label's first line, but the line runs in from left of
    that cell, across the first box's right edge, so it is the paragraph's, no label's (browser
    seed 24042: "en situación irregular." read into "Acogida/atención ☑", the priority group cut)."""
    sheet = Sheet(tmp_path / "grid.pdf")
    paragraph = [
        "Niñas, niños y adolescentes que viven en asentamientos precarios y que se",
        "encuentran en situación irregular y sin documentos.",
    ]
    top = sheet.lines(60, 86, paragraph, 10, leading=1.2)
    checked = {"Acogida/atención", "NNA"}
    _inline_grid(sheet, 60, top + 1, [["Sociolaboral"], ["Emprendimiento"], ["Cooperativas"], ["NNA"]], checked)
    right = [["Acogida/atención"], ["Capacitaciones"], ["Intermediación laboral"], ["Otra: Regularización"]]
    _inline_grid(sheet, 230, top + 1, right, checked)
    sheet.save()
    names = ["Sociolaboral", "Emprendimiento", "Cooperativas", "NNA", *(" ".join(label) for label in right)]
    assert labelled(tmp_path / "grid.pdf") == sorted((name, name in checked) for name in names)


def test_a_paragraphs_last_word_alone_over_the_first_label_is_no_label(tmp_path):
    """A paragraph's last line holds one word ("irregular.") at the left edge of a column of
    "Label ☐" rows, right over the first label, and would not fit on the label's line: the line
    above it runs on far past the box, so it is that paragraph's last line, neither a label's line
    nor a label wrapped above its box (browser seed 24427: "irregular. Sociolaboral ☐", the
    priority group cut)."""
    sheet = Sheet(tmp_path / "list.pdf")
    paragraph = [
        "Niñas, niños y adolescentes que viven en asentamientos precarios y que se encuentran en situación",
        "irregular.",
    ]
    top = sheet.lines(60, 86, paragraph, 10, leading=1.2)
    names = ["Sociolaboral", "Acogida/atención", "Emprendimiento", "NNA"]
    _inline_grid(sheet, 60, top + 1, [[name] for name in names], {"NNA"})
    sheet.save()
    assert labelled(tmp_path / "list.pdf") == sorted((name, name == "NNA") for name in names)
