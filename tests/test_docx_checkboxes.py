"""Word checkbox encodings, each in a small generated document: the state the reader gives
each box, and the categories the whole pipeline reads from a list drawn that way."""

from __future__ import annotations

import pytest

from extractor.pipeline import extract_document
from extractor.readers import read

from .docx_builders import (
    CATEGORY_LABELS,
    MUNICIPALITY,
    TITLE,
    DocBuilder,
    category_lines,
    checkbox_items,
    glyph_box,
    legacy_box,
    put_xml,
    sym_box,
    text_box,
    text_run,
    w14_box,
    write_ficha,
)


def read_boxes(tmp_path, *box_xml: str) -> list:
    """The checkboxes read from one labelled paragraph per box ("Opción 1", "Opción 2", ...)."""
    b = DocBuilder()
    for n, xml in enumerate(box_xml, start=1):
        b.checkbox_line(xml, f"Opción {n}")
    return checkbox_items(read(b.save(tmp_path)))


def states(boxes) -> list[tuple[bool, str | None, str]]:
    return [(box.checked, box.label, box.method) for box in boxes]


def test_ballot_box_glyphs_typed_as_text(tmp_path):
    boxes = read_boxes(tmp_path, glyph_box(True), glyph_box(False))
    assert states(boxes) == [(True, "Opción 1", "glyph"), (False, "Opción 2", "glyph")]


@pytest.mark.parametrize(
    ("checked", "shown", "expected"),
    [
        (True, "☒", True),
        (False, "☐", False),
        (True, "☐", True),  # the cached glyph lags behind the state: the state wins
        (False, "☒", False),
        (None, "☐", True),  # <w14:checked/> with no value is on
    ],
)
def test_w14_content_control_state_comes_from_w14_checked(tmp_path, checked, shown, expected):
    (box,) = read_boxes(tmp_path, w14_box(checked, shown))
    assert (box.checked, box.label, box.method) == (expected, "Opción 1", "w14")


def test_w14_content_control_glyph_is_not_read_as_a_second_box(tmp_path):
    boxes = read_boxes(tmp_path, w14_box(True, "☒"), w14_box(False, "☐"))
    assert states(boxes) == [(True, "Opción 1", "w14"), (False, "Opción 2", "w14")]


@pytest.mark.parametrize(
    ("checked", "default", "expected"),
    [
        (None, "absent", True),  # <w:checked/>: checked
        ("1", "absent", True),
        ("true", "absent", True),
        ("0", "absent", False),
        ("false", "absent", False),
        ("0", "1", False),  # an explicit w:checked beats the default
        ("absent", "1", True),  # no w:checked: the default decides
        ("absent", "0", False),
        ("absent", "absent", False),
    ],
)
def test_legacy_formcheckbox_field(tmp_path, checked, default, expected):
    (box,) = read_boxes(tmp_path, legacy_box(checked, default))
    assert (box.checked, box.label, box.method) == (expected, "Opción 1", "legacy")


@pytest.mark.parametrize(
    ("code", "font", "expected"),
    [
        ("F0FE", "Wingdings", True),  # box with a check
        ("F0FD", "Wingdings", True),  # box with an X
        ("F078", "Wingdings", True),  # box with an X (low code)
        ("F0A8", "Wingdings", False),  # empty box
        ("F06F", "Wingdings", False),  # empty box
        ("F053", "Wingdings 2", True),
        ("F0A3", "Wingdings 2", False),
    ],
)
def test_sym_character_from_a_symbol_font(tmp_path, code, font, expected):
    (box,) = read_boxes(tmp_path, sym_box(code, font))
    assert (box.checked, box.label, box.method) == (expected, "Opción 1", "sym")


def test_sym_character_that_is_no_box_is_not_a_checkbox(tmp_path):
    b = DocBuilder()
    b.raw_paragraph(sym_box("F0B7", "Symbol") + text_run(" Viñeta con un símbolo"))
    layout = read(b.save(tmp_path))
    assert checkbox_items(layout) == []
    assert [item.raw_lines for item in layout.items] == [["Viñeta con un símbolo"]]


def test_several_boxes_in_one_paragraph_each_take_the_text_after_them(tmp_path):
    b = DocBuilder()
    b.raw_paragraph(
        glyph_box(True)
        + text_run(" Sociolaboral ")
        + w14_box(False)
        + text_run(" NNA ")
        + legacy_box(None)
        + text_run(" Otra: Regularización")
    )
    boxes = checkbox_items(read(b.save(tmp_path)))
    assert states(boxes) == [
        (True, "Sociolaboral", "glyph"),
        (False, "NNA", "w14"),
        (True, "Otra: Regularización", "legacy"),
    ]


ENCODINGS = {
    "glyph": glyph_box,
    "w14": w14_box,
    "legacy": lambda on: legacy_box("1" if on else "0"),
    "legacy-default": lambda on: legacy_box("absent", "1" if on else "0"),
    "sym": lambda on: sym_box("F0FE" if on else "F0A8"),
}


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_category_list_in_each_encoding(tmp_path, encoding):
    path = write_ficha(
        tmp_path, parts={"categorias": category_lines(("acogida_atencion", "nna", "otra"), box=ENCODINGS[encoding])}
    )
    (ficha,) = extract_document(path).fichas
    assert ficha.categorias == ["acogida_atencion", "nna", "otra"]
    assert ficha.categoria_otra == "Regularización"
    assert ficha.revision.avisos == []


def box_label_rows(checked: set[str]) -> list[tuple[str, str]]:
    return [(glyph_box(cid in checked), label) for cid, label in CATEGORY_LABELS.items()]


def test_box_label_table_rows_are_labelled_checkboxes(tmp_path):
    b = DocBuilder()
    b.box_label_table(box_label_rows({"sociolaboral", "nna"}))
    boxes = checkbox_items(read(b.save(tmp_path)))
    assert [(box.checked, box.label) for box in boxes] == [
        (cid in {"sociolaboral", "nna"}, label) for cid, label in CATEGORY_LABELS.items()
    ]


@pytest.mark.parametrize(
    ("per_row", "label_first"),
    [(1, False), (1, True), (2, False), (4, True)],
    ids=["box-label", "label-box", "two-pairs-a-row", "four-label-box-pairs-a-row"],
)
def test_category_list_as_a_box_label_table(tmp_path, per_row, label_first):
    def table(b: DocBuilder) -> None:
        b.box_label_table(box_label_rows({"emprendimiento", "cooperativas"}), per_row=per_row, label_first=label_first)

    (ficha,) = extract_document(write_ficha(tmp_path, parts={"categorias": table})).fichas
    assert ficha.categorias == ["emprendimiento", "cooperativas"]
    assert ficha.categoria_otra is None
    assert ficha.revision.avisos == []


def test_category_list_in_one_framing_cell_keeps_every_box(tmp_path):
    """A list drawn inside a one-cell table (a frame): every box of the cell counts."""

    def framed(b: DocBuilder) -> None:
        cell = b.doc.add_table(rows=1, cols=1).cell(0, 0)
        for n, (cid, label) in enumerate(CATEGORY_LABELS.items()):
            put_xml(cell, glyph_box(cid in {"capacitaciones", "otra"}) + text_run(f" {label}"), new_paragraph=n > 0)

    (ficha,) = extract_document(write_ficha(tmp_path, parts={"categorias": framed})).fichas
    assert ficha.categorias == ["capacitaciones", "otra"]
    assert ficha.categoria_otra == "Regularización"


def test_category_list_across_a_two_column_table(tmp_path):
    """Boxes with their labels typed in the same cell, four to a column."""

    def two_columns(b: DocBuilder) -> None:
        labels = list(CATEGORY_LABELS.items())
        table = b.doc.add_table(rows=4, cols=2)
        for n, (cid, label) in enumerate(labels):
            cell = table.cell(n % 4, n // 4)
            put_xml(cell, glyph_box(cid in {"sociolaboral", "intermediacion_laboral"}) + text_run(f" {label}"))

    (ficha,) = extract_document(write_ficha(tmp_path, parts={"categorias": two_columns})).fichas
    assert ficha.categorias == ["sociolaboral", "intermediacion_laboral"]


@pytest.mark.parametrize("kind", ["drawingml", "vml"])
def test_category_list_inside_a_text_box(tmp_path, kind):
    """A floating text box holds the list: its paragraphs are read once, after the anchor's text."""

    def boxed(b: DocBuilder) -> None:
        runs = [
            glyph_box(cid in {"acogida_atencion", "nna"}) + text_run(f" {label}")
            for cid, label in CATEGORY_LABELS.items()
        ]
        b.raw_paragraph(text_run("Marque las que correspondan.") + text_box(runs, kind))

    path = write_ficha(tmp_path, parts={"categorias": boxed})
    layout = read(path)
    assert [box.label for box in checkbox_items(layout)] == list(CATEGORY_LABELS.values())
    (ficha,) = extract_document(path).fichas
    assert ficha.categorias == ["acogida_atencion", "nna"]
    assert [a.mensaje for a in ficha.revision.avisos] == ["Marque las que correspondan."]


def test_text_box_inside_a_table_cell_is_read_once(tmp_path):
    b = DocBuilder()
    cell = b.doc.add_table(rows=1, cols=1).cell(0, 0)
    put_xml(cell, text_run("Categorías") + text_box([glyph_box(True) + text_run(" NNA")]))
    boxes = checkbox_items(read(b.save(tmp_path)))
    assert [(box.checked, box.label) for box in boxes] == [(True, "NNA")]


def test_boxes_printed_after_their_labels_take_the_text_before_them(tmp_path):
    """ "Sociolaboral ☐  NNA ☒" (a paragraph that ends with a box and starts with text): each
    box is labelled by the text before it, not by the next box's label."""
    b = DocBuilder()
    b.raw_paragraph(
        text_run("Sociolaboral ")
        + glyph_box(False)
        + "<w:r><w:tab/></w:r>"
        + text_run("NNA ")
        + w14_box(True)
        + text_run(" ")
        + text_run("Otra: Regularización ")
        + legacy_box("1")
    )
    assert states(checkbox_items(read(b.save(tmp_path)))) == [
        (False, "Sociolaboral", "glyph"),
        (True, "NNA", "w14"),
        (True, "Otra: Regularización", "legacy"),
    ]


@pytest.mark.parametrize("one_line", [False, True], ids=["a line per category", "one line"])
def test_category_list_with_labels_before_boxes(tmp_path, one_line):
    def part(b: DocBuilder) -> None:
        lines = [
            text_run(label + " ") + glyph_box(cid in ("emprendimiento", "nna"))
            for cid, label in CATEGORY_LABELS.items()
        ]
        for xml in ["<w:r><w:tab/></w:r>".join(lines)] if one_line else lines:
            b.raw_paragraph(xml)

    (ficha,) = extract_document(write_ficha(tmp_path, parts={"categorias": part})).fichas
    assert ficha.categorias == ["emprendimiento", "nna"]
    assert ficha.revision.avisos == []


@pytest.mark.parametrize("kind", ["drawingml", "vml"])
def test_text_box_text_is_a_region_of_its_own(tmp_path, kind):
    """The text of each text box carries a region of its own (text around its anchor none, text in a
    cell the cell's): a box's text is printed apart from what is around its anchor."""
    b = DocBuilder()
    b.raw_paragraph(text_run("Antes") + text_box([text_run("MUNICIPALIDAD EL BOSQUE")], kind))
    b.raw_paragraph(text_run("Después") + text_box([text_run("Uno"), text_run("Dos")], kind))
    cell = b.doc.add_table(rows=1, cols=1).cell(0, 0)
    put_xml(cell, text_run("Celda") + text_box([text_run("Tres")], kind))
    layout = read(b.save(tmp_path))
    blocks = [i for i in layout.items if i.kind == "text"]
    assert {" ".join(block.raw_lines): block.region for block in blocks} == {
        "Antes": None,
        "MUNICIPALIDAD EL BOSQUE": "txbx1",
        "Después": None,
        "Uno": "txbx2",
        "Dos": "txbx2",
    }
    (table,) = [i for i in layout.items if i.kind == "table"]
    assert [(block.raw_lines, block.region) for block in table.cells[0].blocks] == [
        (["Celda"], "t2-r0c0"),
        (["Tres"], "t2-r0c0/txbx3"),
    ]


@pytest.mark.parametrize("anchor", ["title", "own_paragraph"])
@pytest.mark.parametrize("kind", ["drawingml", "vml"])
def test_text_after_a_boxed_section_goes_on_where_it_was(tmp_path, kind, anchor):
    """A text box holding the "Categoría" heading and its list, anchored in the title or right after
    it, the municipality paragraph after the box: the box's section holds the box's text only, the
    municipality goes to the head, not to "Categoría"."""
    runs = [text_run("Categoría", bold=True)] + [
        glyph_box(cid in {"acogida_atencion", "nna"}) + text_run(f" {label}") for cid, label in CATEGORY_LABELS.items()
    ]
    b = DocBuilder()
    if anchor == "title":
        b.raw_paragraph(text_run(TITLE) + text_box(runs, kind), style="Title")
    else:
        b.title()
        b.raw_paragraph(text_box(runs, kind))
    b.paragraph(MUNICIPALITY, bold=True)
    (ficha,) = extract_document(
        write_ficha(tmp_path, builder=b, title=None, municipality=None, parts={"categorias": None})
    ).fichas
    assert ficha.municipalidad.texto == MUNICIPALITY
    assert ficha.titulo == TITLE
    assert ficha.categorias == ["acogida_atencion", "nna"]
    assert ficha.revision.avisos == []
