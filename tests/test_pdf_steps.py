"""The PDF reader's page steps: pure (inputs untouched, results from inputs alone), their tolerances
in one validated `LayoutSettings`, and the same layout whether a PDF is read whole or in parts."""

from __future__ import annotations

import copy
from dataclasses import fields

import pytest

from extractor.layout import Checkbox, Table
from extractor.readers import FORMATS, ReadOptions
from extractor.readers.pdf.grid import month_tables
from extractor.readers.pdf.marks import Mark, attach_labels, find_marks, glyph_box_marks
from extractor.readers.pdf.month_grid import labelled
from extractor.readers.pdf.reader import PdfPages, page_items, read_pages, read_pdf
from extractor.settings import LAYOUT, LayoutSettings

from .pdf_builders import MonthTable, drawn_checkbox_list, month_table_page, pages_with_running_text


def word(text: str, x0: float, top: float, size: float = 10.0, font: str = "Helvetica") -> dict:
    return {
        "x0": x0,
        "top": top,
        "x1": x0 + 0.5 * size * len(text),
        "bottom": top + size,
        "text": text,
        "font": font,
        "size": size,
        "bold": False,
    }


def test_a_glyph_that_starts_a_word_becomes_a_mark_and_the_rest_of_the_word_stays_free():
    words = [word("☐Sociolaboral", 60, 100), word("Otra", 60, 130)]
    before = copy.deepcopy(words)
    marks, left = glyph_box_marks(words, [])
    assert words == before, "the input words are not changed"
    assert [(m.checked, m.method) for m in marks] == [(False, "glyph")]
    glyph_right = 60 + (words[0]["x1"] - 60) / len("☐Sociolaboral")
    assert marks[0].box == {"x0": 60, "top": 100, "x1": glyph_right, "bottom": 110}
    assert [(w["text"], w["x0"]) for w in left] == [("Sociolaboral", glyph_right), ("Otra", 60)]


def test_labels_are_taken_once_in_mark_order_and_the_inputs_are_left_alone():
    marks = [
        Mark({"x0": 50, "top": 100, "x1": 58, "bottom": 108}, True, "glyph"),
        Mark({"x0": 150, "top": 100, "x1": 158, "bottom": 108}, False, "empty"),
    ]
    words = [word("Uno", 62, 99), word("dos", 80, 99), word("Tres", 162, 99), word("lejos", 400, 99)]
    before_marks, before_words = copy.deepcopy(marks), copy.deepcopy(words)
    labelled, left = attach_labels(marks, words, page_width=595)
    assert (marks, words) == (before_marks, before_words)
    assert [m.label for m in labelled] == ["Uno dos", "Tres"]
    assert labelled[0].label_box == {"x0": 62, "top": 99, "x1": words[1]["x1"], "bottom": 109}
    assert [w["text"] for w in left] == ["lejos"]


def test_page_steps_change_neither_the_page_nor_their_inputs_and_give_the_same_items_twice(tmp_path):
    drawn = tmp_path / "drawn.pdf"
    drawn_checkbox_list(drawn, [("check", "Opción A"), ("empty", "Opción B"), ("solid", "Opción C")])
    months = tmp_path / "months.pdf"
    month_table_page(months, MonthTable(marking="box", active=[2, 3, 9]))
    for path in (drawn, months):
        (page,) = read_pages(str(path))
        before = copy.deepcopy(page)
        marks, words = find_marks(page, list(page.words))
        tables, other_marks, rest = month_tables(page, marks, words)
        assert page == before
        assert page_items(page, set()) == page_items(page, set())
        assert page == before
        if path == months:
            assert len(tables) == 1 and not other_marks and len(rest) < len(words)


def test_a_pdf_read_in_parts_gives_the_layout_of_one_whole_read(tmp_path):
    path = tmp_path / "running.pdf"
    bodies = [[f"Texto de la página {n}, primera línea.", "Segunda línea del cuerpo."] for n in range(1, 7)]
    pages_with_running_text(path, bodies, "Encabezado de la publicación", "Pie de página")
    pdf_pages = FORMATS["pdf"].reader().paged
    assert pdf_pages is not None
    paged = pdf_pages(ReadOptions())
    assert paged.page_count(str(path), None) == 6
    parts = [paged.read_part(str(path), None, numbers) for numbers in (range(1, 3), range(3, 7))]
    context = paged.merge(parts, str(path))
    items = [page for part in parts for page in paged.part_items(part, context)]
    whole = read_pdf(str(path))
    assert paged.layout(str(path), items) == whole
    assert not any("Encabezado" in line for item in whole.items for line in getattr(item, "raw_lines", []))


def test_the_reader_uses_the_settings_it_is_given(tmp_path):
    path = tmp_path / "drawn.pdf"
    drawn_checkbox_list(path, [("check", "Opción A"), ("empty", "Opción B")])
    assert [(i.checked, i.label) for i in read_pdf(str(path)).items if isinstance(i, Checkbox)] == [
        (True, "Opción A"),
        (False, "Opción B"),
    ]
    tiny_boxes = LayoutSettings(box_min=1.0, box_max=4.0)  # the drawn boxes are larger: none is a box
    assert not [i for i in read_pdf(str(path), settings=tiny_boxes).items if isinstance(i, Checkbox)]
    assert PdfPages(tiny_boxes).settings is tiny_boxes and PdfPages().settings is LAYOUT


def test_month_tables_follow_the_settings(tmp_path):
    path = tmp_path / "months.pdf"
    month_table_page(path, MonthTable(marking="glyph", active=[4, 5]))
    assert [i for i in read_pdf(str(path)).items if isinstance(i, Table)]
    assert not [i for i in read_pdf(str(path), settings=LayoutSettings(month_min=13)).items if isinstance(i, Table)]


@pytest.mark.parametrize(
    "change, problem",
    [
        ({"box_min": 0.0}, "box_min must be a positive number"),
        ({"word_gap": -1.2}, "word_gap must be a positive number"),
        ({"margin_band": "0.1"}, "margin_band must be a positive number"),
        ({"box_dark": 1.5}, "box_dark is a fraction"),
        ({"margin_band": 0.5}, "margin_band must be under 0.5"),
        ({"box_min": 22.0}, "box_min must be smaller than box_max"),
        ({"month_fill_min_rows": 3.0}, "month_fill_min_rows must be smaller than month_fill_max_rows"),
    ],
)
def test_settings_are_checked_when_made(change, problem):
    with pytest.raises(ValueError, match=problem):
        LayoutSettings(**change)


def test_every_setting_says_what_it_measures():
    """Each value of each section of the settings object has a comment giving what it measures and its unit."""
    import inspect

    from extractor.settings import Settings

    for section in fields(Settings):
        kind = section.default.__class__
        lines = [
            line
            for line in inspect.getsource(kind).splitlines()
            if line.startswith("    ")
            and ": " in line
            and " = " in line
            and not line.strip().startswith(("#", "def ", "for ", "if ", "raise "))
        ]
        assert len(lines) == len(fields(kind)), kind
        assert all("  # " in line for line in lines), [line for line in lines if "  # " not in line]


def test_a_box_with_a_word_right_after_it_is_labelled_and_no_month_mark():
    """A box printed over a month table with its label after it ("☐ Otra:", a category list's text box
    LibreOffice prints over the table) is a labelled checkbox; a month's mark has no word after it
    (a month name, a check glyph or a word a gutter away do not label it)."""
    box = {"x0": 200.0, "top": 100.0, "x1": 209.0, "bottom": 109.0}
    assert labelled(box, [word("Otra:", 212, 99.5, 9)])
    assert not labelled(box, [word("Otra:", 240, 99.5, 9)])  # a gutter away
    assert not labelled(box, [word("Abril", 212, 99.5, 9), word("✓", 212, 99.5, 9)])
    assert not labelled(box, [word("Otra:", 212, 130, 9)])  # another line
