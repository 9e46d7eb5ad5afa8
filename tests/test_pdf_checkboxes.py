"""PDF checkboxes, one encoding per case, each read from a small PDF built in tmp_path."""

from __future__ import annotations

import pytest

from extractor.glyphs import box_glyph_state, is_bullet, is_check_mark, is_empty_mark
from extractor.layout import Checkbox, TextBlock
from extractor.readers import ReadOptions, read

from .pdf_builders import (
    accent_headings_around_boxes,
    acroform_checkboxes,
    bullet_list,
    drawn_checkbox_list,
    glyph_checkbox_list,
    run_in_checkbox_list,
)
from .pdf_canvas import OPENSYMBOL, SYMBOLS, WINGDINGS, ZAPF, Sheet

# box style (tests/pdf_builders.BOX_STYLES) -> (checked, method)
DRAWN = {
    "empty": (False, "empty"),
    "empty_rounded": (False, "empty"),  # rounded corners: a closed path of curves
    "empty_light_fill": (False, "empty"),  # a pale background is no mark
    "check": (True, "glyph"),  # ✓
    "heavy_check": (True, "glyph"),  # ✔
    "checked_box": (True, "glyph"),  # ☑ drawn inside a box
    "crossed_box": (True, "glyph"),  # ☒ drawn inside a box
    "ballot_x": (True, "glyph"),  # ✗
    "letter_x": (True, "glyph"),  # a typed X
    "zapf_check": (True, "glyph"),  # ZapfDingbats "4" (✔), a code that means nothing outside its font
    "rounded_check": (True, "glyph"),  # ✔ in a rounded box
    "x_lines": (True, "vector"),  # two diagonal lines
    "tick_path": (True, "vector"),  # a tick drawn as an open polyline
    "tick_curve": (True, "vector"),  # a tick drawn as a Bézier curve, in a rounded box
    "inner_fill": (True, "fill"),  # a dark square inside the box
    "solid": (True, "fill"),  # the whole box filled dark
    "solid_borderless": (True, "fill"),  # a dark square with no outline, standing in a list of boxes
}


def checkboxes(path) -> list[Checkbox]:
    return [item for item in read(path).items if isinstance(item, Checkbox)]


def by_label(path) -> dict[str, Checkbox]:
    return {box.label: box for box in checkboxes(path)}


@pytest.fixture(scope="module")
def drawn_boxes(tmp_path_factory) -> dict[str, Checkbox]:
    path = tmp_path_factory.mktemp("drawn") / "drawn.pdf"
    drawn_checkbox_list(path, [(style, f"Opción {style}") for style in DRAWN])
    return by_label(path)


@pytest.mark.parametrize("style", DRAWN)
def test_drawn_box_state_and_how_it_was_read(drawn_boxes, style):
    box = drawn_boxes[f"Opción {style}"]
    assert (box.checked, box.method) == DRAWN[style]


def test_every_drawn_box_is_found_once_with_its_label(drawn_boxes):
    assert sorted(drawn_boxes) == sorted(f"Opción {style}" for style in DRAWN)


def test_the_check_glyph_is_not_left_in_the_label(drawn_boxes):
    assert all(not set(label) & set("✓✔✗☑☒") for label in drawn_boxes)


@pytest.mark.parametrize("side", [6.0, 9.0])
def test_lone_filled_squares_are_bullets_not_checkboxes(tmp_path, side):
    items = ["Primer punto de la lista", "Segundo punto", "Tercer punto"]
    bullet_list(tmp_path / "bullets.pdf", items, side=side)
    layout = read(tmp_path / "bullets.pdf")
    assert not [i for i in layout.items if isinstance(i, Checkbox)]
    assert [line for block in layout.items for line in block.raw_lines] == items


# (glyph as drawn, font, checked) for ballot boxes that are checkboxes by themselves
GLYPH_BOXES = [
    ("☐", SYMBOLS, False),
    ("☒", SYMBOLS, True),
    ("☑", SYMBOLS, True),
    ("❏", ZAPF, False),  # extracted as code "o" in ZapfDingbats
    ("■", ZAPF, True),  # code "n": a black square among boxes is a checked one
    ("❑", ZAPF, False),  # code "q"
    ("\uf06f", WINGDINGS, False),  # Wingdings as Word exports it: private-use codes
    ("\uf0fe", WINGDINGS, True),
    ("\uf0fd", WINGDINGS, True),
    ("\uf06e", WINGDINGS, True),
    ("o", WINGDINGS, False),  # ... or the bare low byte
    ("\u00fe", WINGDINGS, True),
    ("\uf0fe", OPENSYMBOL, True),  # LibreOffice's export of a Wingdings box: its code in OpenSymbol
    ("\uf0a8", OPENSYMBOL, False),
]


@pytest.fixture(scope="module")
def glyph_boxes(tmp_path_factory) -> dict[str, Checkbox]:
    path = tmp_path_factory.mktemp("glyphs") / "glyphs.pdf"
    glyph_checkbox_list(path, [(glyph, font, f"Caso {n}") for n, (glyph, font, _) in enumerate(GLYPH_BOXES)])
    return by_label(path)


@pytest.mark.parametrize("n", range(len(GLYPH_BOXES)), ids=[f"{f}-{hex(ord(g))}" for g, f, _ in GLYPH_BOXES])
def test_glyph_only_box(glyph_boxes, n):
    box = glyph_boxes[f"Caso {n}"]
    assert (box.checked, box.method) == (GLYPH_BOXES[n][2], "glyph")


def test_black_square_glyphs_on_their_own_are_bullets(tmp_path):
    glyph_checkbox_list(tmp_path / "bullets.pdf", [("■", SYMBOLS, "Primer punto"), ("■", SYMBOLS, "Segundo punto")])
    layout = read(tmp_path / "bullets.pdf")
    assert not [i for i in layout.items if isinstance(i, Checkbox)]
    text = " ".join(line for block in layout.items if isinstance(block, TextBlock) for line in block.raw_lines)
    assert "Primer punto" in text and "Segundo punto" in text


def test_acroform_checkbox_is_checked_when_its_value_is_present_and_not_off(tmp_path):
    entries = [(True, "Sociolaboral"), (False, "Emprendimiento"), (True, "NNA"), (False, "Cooperativas")]
    acroform_checkboxes(tmp_path / "form.pdf", entries)
    boxes = checkboxes(tmp_path / "form.pdf")
    assert [(b.label, b.checked, b.method) for b in boxes] == [(label, state, "acroform") for state, label in entries]


def test_acroform_on_state_may_have_any_name(tmp_path):
    acroform_checkboxes(tmp_path / "form.pdf", [(True, "Sociolaboral"), (False, "NNA")], on_state="Sii")
    assert {b.label: b.checked for b in checkboxes(tmp_path / "form.pdf")} == {"Sociolaboral": True, "NNA": False}


def test_acroform_label_comes_from_the_field_when_the_page_prints_none(tmp_path):
    acroform_checkboxes(
        tmp_path / "form.pdf", [(True, "Capacitaciones"), (False, "Cooperativas")], labels_on_page=False
    )
    assert {b.label: b.checked for b in checkboxes(tmp_path / "form.pdf")} == {
        "Capacitaciones": True,
        "Cooperativas": False,
    }


def test_opensymbol_ascii_is_text_not_a_symbol():
    """OpenSymbol is a Unicode font: only its private-use codes stand for Wingdings' glyphs."""
    assert box_glyph_state("\uf0fe", "ABCDEF+OpenSymbol") is True
    assert box_glyph_state("\uf0a8", "ABCDEF+OpenSymbol") is False
    assert box_glyph_state("o", "ABCDEF+OpenSymbol") is None and not is_check_mark("n", "ABCDEF+OpenSymbol")


# --- issue 15, kind 1: decorative shapes are no checkboxes -----------------------

ACCENT_HEADINGS = ["Departamento/Oficinas municipales que participan", "Categoría", "Fechas de implementación"]
CATEGORY_BOXES = [
    ("empty", "Sociolaboral"),
    ("x_lines", "Acogida/atención"),
    ("empty", "Emprendimiento"),
    ("solid_borderless", "NNA"),
]


@pytest.mark.parametrize("side", [7.0, 8.0, 10.0])
@pytest.mark.parametrize("glyph", [False, True], ids=["drawn", "glyph"])
def test_an_accent_square_before_a_heading_is_no_checkbox_even_in_line_with_boxes(tmp_path, side, glyph):
    """The accents stand in the boxes' column, of about their size; what follows them is a heading
    (bold, larger than the boxes' labels), so they are decoration and the headings stay text."""
    path = tmp_path / "accents.pdf"
    accent_headings_around_boxes(path, ACCENT_HEADINGS, CATEGORY_BOXES, side=side, glyph=glyph)
    layout = read(path)
    assert [(b.label, b.checked) for b in checkboxes(path)] == [
        (label, style != "empty") for style, label in CATEGORY_BOXES
    ]
    lines = [line for item in layout.items if isinstance(item, TextBlock) for line in item.raw_lines]
    assert all(any(line.endswith(heading) for line in lines) for heading in ACCENT_HEADINGS), lines


@pytest.mark.parametrize("lone_box_label", [None, "Sociolaboral"])
def test_an_accent_square_in_line_with_a_box_that_labels_nothing_is_no_checkbox(tmp_path, lone_box_label):
    """An outlined box with no label after it (a ticked month cell, a lone mark) stands in the
    column of a filled accent square before a bold heading: one labels nothing, the other a
    heading, so the accent is no box of a list and the heading stays text. With a label after
    the outlined box set like the accent's text the two are a list."""
    from .pdf_canvas import BOLD, Sheet

    path = tmp_path / "accent.pdf"
    sheet = Sheet(path)
    sheet.text(60, 60, "Fechas de implementación", 12, BOLD)
    sheet.rect(62, 90, 8, 8)
    if lone_box_label:
        sheet.text(76, 89, lone_box_label, 12, BOLD)
    sheet.text(60, 120, "Enero a diciembre, una vez al mes.", 10)
    sheet.rect(60, 160, 8, 8, stroke=False, fill="E07050")
    sheet.text(74, 158, "Forma de financiamiento", 12, BOLD)
    sheet.text(60, 180, "Recursos propios de la municipalidad.", 10)
    sheet.save()
    labels = [b.label for b in checkboxes(path)]
    assert ("Forma de financiamiento" in labels) == (lone_box_label is not None), labels
    lines = [line for item in read(path).items if isinstance(item, TextBlock) for line in item.raw_lines]
    assert lone_box_label or any(line.endswith("Forma de financiamiento") for line in lines), lines


def test_bullet_characters():
    assert all(is_bullet(c) for c in "•▪–■") and is_bullet("\uf0b7", "ABCDEF+Symbol")
    assert is_bullet("\uf0b7", "ABCDEF+OpenSymbol")  # LibreOffice prints Word's Symbol bullet in OpenSymbol
    assert box_glyph_state("\uf0b7", "ABCDEF+OpenSymbol") is None
    assert not any(is_bullet(t) for t in ("☐", "x", "••", "a"))


def labels_before_boxes_table(path, rows, drops: dict[tuple[int, int], float] | None = None) -> None:
    """A table of categories, two to a row, each label in its cell before its box's cell
    ("Sociolaboral ☐ | Acogida ☒"); a label of two lines stands centred on its box's line. `drops`:
    (row, column) -> points a box is drawn lower than its row's middle."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from .pdf_builders import BOX, BOX_STYLES
    from .pdf_canvas import Sheet

    sheet = Sheet(path)
    sheet.text(60, 80, "Categoría", 12)
    for r, row in enumerate(rows):
        top = 100 + 30 * r
        for c, (lines, style) in enumerate(row):
            x = 60 + 220 * c
            sheet.rect(x, top, 180, 30)
            sheet.rect(x + 180, top, 30, 30)
            first = top + 15 - 6 * len(lines)
            for n, line in enumerate(lines):
                sheet.text(x + 4, first + 12 * n + 1, line, 10)
            BOX_STYLES[style](sheet, x + 190, top + 15 - BOX / 2 + (drops or {}).get((r, c), 0.0))
            assert stringWidth(max(lines, key=len), "Helvetica", 10) < 170
    sheet.save()


def test_labels_before_their_boxes_in_a_table(tmp_path):
    """Boxes after their labels: each box takes the words before it in its row's cell, a wrapped
    label its two lines; none takes the next cell's label."""
    path = tmp_path / "after.pdf"
    labels_before_boxes_table(
        path,
        [
            [(["Sociolaboral"], "empty"), (["Acogida/atención"], "x_lines")],
            [(["Intermediación", "laboral"], "empty"), (["NNA"], "x_lines")],
            [(["Otra:", "Regularización"], "x_lines"), (["Capacitaciones"], "empty")],
        ],
    )
    assert sorted((b.label, b.checked) for b in checkboxes(path)) == sorted(
        [
            ("Sociolaboral", False),
            ("Acogida/atención", True),
            ("Intermediación laboral", False),
            ("NNA", True),
            ("Otra: Regularización", True),
            ("Capacitaciones", False),
        ]
    )


@pytest.mark.parametrize("drop", [1.0, -1.0])
def test_a_box_drawn_a_point_off_its_row_keeps_its_label(tmp_path, drop):
    """A row's first box drawn a point off its row's middle (boxes of one row drawn at sizes a
    fraction apart: a checked form control beside empty ones, browser seed 6484): the row's first
    label is still its box's, though the row's next box stands nearer the label's centre; the boxes
    of one row are no nearer rows."""
    path = tmp_path / "drop.pdf"
    rows = [
        [(["Sociolaboral"], "empty"), (["Acogida/atención"], "empty")],
        [(["NNA"], "empty"), (["Otra: Regularización"], "x_lines")],
    ]
    labels_before_boxes_table(path, rows, {(1, 0): drop})
    assert sorted((b.label, b.checked) for b in checkboxes(path)) == sorted(
        [("Sociolaboral", False), ("Acogida/atención", False), ("NNA", False), ("Otra: Regularización", True)]
    )


@pytest.mark.parametrize("above, inset", [(12, 4), (11, 6)])
def test_a_paragraph_ending_over_a_ruled_table_is_no_label_of_its_boxes(tmp_path, above, inset):
    """A paragraph's last line ends right over a ruled table of label | box cells, a word of it by
    chance at the second label's left edge ("...se encuentran en situación irregular." over
    "Acogida/atención ■", browser seed 6447): the table's top rule stands between them, so the
    line is the paragraph's, no label's: neither a line the label wraps from (`above` points over
    the table, labels `inset` points into their cells: as close as a wrap) nor a line of the label
    near its box's middle (the labels set lower)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from .pdf_builders import BOX, BOX_STYLES
    from .pdf_canvas import Sheet

    sheet = Sheet(tmp_path / "over.pdf")
    top = 120
    start = "Niñas, niños y adolescentes que se encuentran en"
    sheet.text(60, top - above, start, 10)
    sheet.text(60 + stringWidth(start + " ", "Helvetica", 10), top - above, "situación irregular.", 10)
    label_x = 60 + stringWidth(start + " ", "Helvetica", 10)  # the second column's labels start there
    rows = [("Sociolaboral", "empty", "Acogida/atención", "solid"), ("NNA", "solid", "Capacitaciones", "empty")]
    for r, (left, left_box, right, right_box) in enumerate(rows):
        y = top + 18 * r
        for x, w in ((label_x - 140, 110), (label_x - 30, 26), (label_x - 4, 110), (label_x + 106, 26)):
            sheet.rect(x, y, w, 18)
        sheet.text(label_x - 136, y + inset, left, 10)
        BOX_STYLES[left_box](sheet, label_x - 30 + 13 - BOX / 2, y + 9 - BOX / 2)
        sheet.text(label_x, y + inset, right, 10)
        BOX_STYLES[right_box](sheet, label_x + 106 + 13 - BOX / 2, y + 9 - BOX / 2)
    sheet.save()
    assert sorted((b.label, b.checked) for b in checkboxes(tmp_path / "over.pdf")) == sorted(
        [("Sociolaboral", False), ("Acogida/atención", True), ("NNA", True), ("Capacitaciones", False)]
    )


def test_labels_before_their_glyph_boxes_in_a_list(tmp_path):
    """A list "Label ☐" whose checked box is a black square (■): the square ends its label's line
    like the boxes above it, so it is a checked box of the list, not a bullet."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from .pdf_canvas import Sheet

    sheet = Sheet(tmp_path / "list.pdf")
    entries = [("Sociolaboral", "☐"), ("Cooperativas", "☐"), ("NNA", "■"), ("Emprendimiento", "☐")]
    for n, (label, glyph) in enumerate(entries):
        top = 100 + 16 * n
        sheet.text(60, top, label, 10)
        sheet.text(60 + stringWidth(label, "Helvetica", 10) + 4, top, glyph, 10, SYMBOLS)
    sheet.save()
    assert [(b.label, b.checked) for b in checkboxes(tmp_path / "list.pdf")] == [
        ("Sociolaboral", False),
        ("Cooperativas", False),
        ("NNA", True),
        ("Emprendimiento", False),
    ]


def test_labels_set_left_of_a_column_of_boxes(tmp_path):
    """One category a row, the labels set left in their cells and the boxes in a column far right
    of the shorter labels: each box takes its row's label, however wide the gap."""
    from .pdf_builders import BOX_STYLES
    from .pdf_canvas import Sheet

    sheet = Sheet(tmp_path / "column.pdf")
    entries = [("Sociolaboral", "empty"), ("NNA", "x_lines"), ("Intermediación laboral", "empty")]
    for n, (label, style) in enumerate(entries):
        top = 100 + 22 * n
        sheet.text(60, top, label, 10)
        BOX_STYLES[style](sheet, 180, top)
    sheet.save()
    assert [(b.label, b.checked) for b in checkboxes(tmp_path / "column.pdf")] == [
        ("Sociolaboral", False),
        ("NNA", True),
        ("Intermediación laboral", False),
    ]


def test_labels_before_boxes_in_a_tight_list(tmp_path):
    """Lines of "Label ☐" set close (rows 1.4 font sizes apart), each box right after its label:
    a box takes no word of the rows above or below, whose own boxes are nearer them."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from .pdf_builders import BOX_STYLES
    from .pdf_canvas import Sheet

    sheet = Sheet(tmp_path / "tight.pdf")
    entries = [
        ("Acogida/atención", "empty"),
        ("Emprendimiento", "x_lines"),
        ("NNA", "empty"),
        ("Otra: Ferias", "x_lines"),
    ]
    for n, (label, style) in enumerate(entries):
        top = 100 + 14 * n
        sheet.text(60, top, label, 10)
        BOX_STYLES[style](sheet, 64 + stringWidth(label, "Helvetica", 10), top)
    sheet.save()
    assert sorted((b.label, b.checked) for b in checkboxes(tmp_path / "tight.pdf")) == sorted(
        [("Acogida/atención", False), ("Emprendimiento", True), ("NNA", False), ("Otra: Ferias", True)]
    )


def test_black_squares_closing_every_row_of_a_label_box_table(tmp_path):
    """A table of "label │ box" cells, four pairs a row, whose last column's boxes are all black
    squares (■): each square ends its label's line in a row of glyph boxes that follow their labels
    ("Capacitaciones ■" beside "Acogida/atención □"), so it is a checked box of the list, not a
    bullet; found, every row's last box has no label right of it, and each box takes the label
    before it (browser seed 9580: the squares were dropped and every box took the next cell's
    label)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from .pdf_canvas import Sheet

    sheet = Sheet(tmp_path / "table.pdf")
    rows = [
        [("Sociolaboral", "■"), ("Acogida/atención", "☐"), ("Emprendimiento", "■"), ("Capacitaciones", "■")],
        [("Cooperativas", "☐"), ("Intermediación laboral", "■"), ("NNA", "☐"), ("Otra: Regularización", "■")],
    ]
    size, label_width, box_width = 7.0, 84.0, 22.0
    for r, row in enumerate(rows):
        top = 100 + 14 * r
        for c, (label, glyph) in enumerate(row):
            x = 60 + c * (label_width + box_width)
            sheet.rect(x, top - 3, label_width, 14)
            sheet.rect(x + label_width, top - 3, box_width, 14)
            assert stringWidth(label, "Helvetica", size) < label_width - 6
            sheet.text(x + 3, top, label, size)
            sheet.text(x + label_width + 3, top, glyph, size + 1, SYMBOLS)
    sheet.save()
    assert sorted((b.label or "", b.checked) for b in checkboxes(tmp_path / "table.pdf")) == sorted(
        (label, glyph == "■") for row in rows for label, glyph in row
    )


def test_radio_dots_in_pairs_are_a_list_of_marks(tmp_path):
    """A list of labels each after a filled (●) or a hollow (○) dot, both printed: the pair is the
    mark (a radio-style form, trial e06), ● checked and ○ not."""
    entries = [("○", "Sociolaboral"), ("●", "Capacitaciones"), ("○", "NNA"), ("●", "Otra: Regularización")]
    glyph_checkbox_list(tmp_path / "radios.pdf", [(glyph, SYMBOLS, label) for glyph, label in entries])
    boxes = checkboxes(tmp_path / "radios.pdf")
    assert [(b.label, b.checked, b.method) for b in boxes] == [(label, g == "●", "glyph") for g, label in entries]


@pytest.mark.parametrize("dot", ["●", "○"])
def test_radio_dots_of_one_kind_are_no_marks(tmp_path, dot):
    """Filled dots alone are bullets; hollow dots alone mark nothing: the pair makes the marks."""
    glyph_checkbox_list(tmp_path / "dots.pdf", [(dot, SYMBOLS, "Primer punto"), (dot, SYMBOLS, "Segundo punto")])
    layout = read(tmp_path / "dots.pdf")
    assert not [i for i in layout.items if isinstance(i, Checkbox)]
    text = " ".join(line for block in layout.items if isinstance(block, TextBlock) for line in block.raw_lines)
    assert "Primer punto" in text and "Segundo punto" in text


def test_radio_dots_after_their_labels(tmp_path):
    """The pair set after each label, in a column right of the names ("Sociolaboral   ○")."""
    entries = [("Sociolaboral", "○"), ("Capacitaciones", "●"), ("NNA", "○"), ("Cooperativas", "●")]
    sheet = Sheet(tmp_path / "after.pdf")
    for n, (label, glyph) in enumerate(entries):
        sheet.text(60, 100 + 20 * n, label, 10)
        sheet.text(170, 100 + 20 * n, glyph, 11, SYMBOLS)
    sheet.save()
    boxes = checkboxes(tmp_path / "after.pdf")
    assert [(b.label, b.checked) for b in boxes] == [(label, g == "●") for label, g in entries]


# A ZapfDingbats category list set in one run per row (■ is code "n", ❑ "q", ❍ "m", ● "l": no /Widths,
# no Unicode map): the label stands after the box glyph's standard width (Adobe's ZapfDingbats.afm).
ZAPF_RUN_LIST = [("■", "Sociolaboral", True), ("❑", "Acogida/atención", False), ("❑", "Emprendimiento", False),
                 ("■", "Capacitaciones", True), ("❑", "NNA", False)]  # fmt: skip


ZAPF_RADIO_LIST = [("❍", "Sociolaboral", False), ("●", "Acogida/atención", True), ("❍", "NNA", False)]  # "m", "l"


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("entries", [ZAPF_RUN_LIST, ZAPF_RADIO_LIST], ids=["boxes", "circles"])
def test_zapf_dingbats_boxes_set_in_a_run_read_with_their_labels(tmp_path, engine, entries):
    path = tmp_path / "zapf.pdf"
    run_in_checkbox_list(path, [(glyph, ZAPF, label) for glyph, label, _ in entries])
    boxes = [item for item in read(path, options=ReadOptions(pdf_engine=engine)).items if isinstance(item, Checkbox)]
    assert [(b.label, b.checked, b.method) for b in boxes] == [(label, on, "glyph") for _, label, on in entries]


def test_zapf_dingbats_filled_circle_marks_and_shadowed_circle_leaves_unmarked():
    assert is_check_mark("l", ZAPF) and not is_empty_mark("l", ZAPF)  # ●
    assert is_empty_mark("m", ZAPF) and not is_check_mark("m", ZAPF)  # ❍, a hollow circle in a month cell
