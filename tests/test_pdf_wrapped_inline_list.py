"""An inline list of boxes wrapped over lines ("☐ Alfa   ☐ Beta   ☐" / "Gamma   ☐ Delta"), as a word
processor sets a category paragraph: the box that ends a line takes the words that start the next
(marks.attach_labels, `_wrapped_list_labels`); a row of boxes with no words between them over a
paragraph (a month display) leaves the paragraph alone."""

from __future__ import annotations

from extractor.readers.pdf.marks import Mark, attach_labels

from .test_pdf_steps import word


def box(x0: float, top: float) -> Mark:
    return Mark({"x0": x0, "top": top + 1, "x1": x0 + 8, "bottom": top + 9}, False, "glyph")


def test_the_box_ending_a_wrapped_line_takes_the_words_starting_the_next():
    marks = [box(50, 100), box(96, 100), box(142, 100), box(90, 112)]
    words = [word("Alfa", 61, 100), word("Beta", 107, 100), word("Gamma", 50, 112), word("Delta", 101, 112)]
    labelled, left = attach_labels(marks, words, page_width=595)
    assert [m.label for m in labelled] == ["Alfa", "Beta", "Gamma", "Delta"]
    assert left == []


def test_a_run_in_label_before_the_first_box_stays_free_and_the_last_label_wraps_onto_a_line_of_its_own():
    marks = [box(84, 100), box(130, 100), box(125, 112)]
    words = [
        word("Lista:", 50, 100),
        word("Alfa", 95, 100),
        word("Betabetabeta", 50, 112),
        word("Otra:", 50, 124),
        word("Gamma", 78, 124),
    ]
    labelled, left = attach_labels(marks, words, page_width=595)
    assert [m.label for m in labelled] == ["Alfa", "Betabetabeta", "Otra: Gamma"]
    assert [w["text"] for w in left] == ["Lista:"]


def test_a_row_of_boxes_with_no_words_between_them_over_a_paragraph_takes_none_of_it():
    marks = [box(50 + 20 * n, 100) for n in range(8)]
    words = [word("De", 50, 112), word("marzo", 64, 112), word("a", 94, 112), word("junio.", 101, 112)]
    labelled, left = attach_labels(marks, words, page_width=595)
    assert [m.label for m in labelled] == [None] * 8
    assert left == words


def test_the_lists_heading_over_the_first_label_before_its_box_is_no_wrapped_label():
    """Labels set before their boxes in a narrow panel ("Sociolaboral ☑" under "1. CATEGORÍA:", browser
    seed 35437): the heading over the first label, at its left edge and too long to have taken its
    first word, is the list's heading, not the first line of that label."""
    labels = ["Sociolaboral", "Acogida/atención", "Emprendimiento", "Cooperativas"]
    words = [word("1.", 50, 100), word("CATEGORÍA:", 61, 100)]
    marks = []
    for n, label in enumerate(labels):
        top = 114 + 14 * n
        words.append(word(label, 50, top))
        marks.append(box(words[-1]["x1"] + 4, top))
    labelled, left = attach_labels(marks, words, page_width=595)
    assert [m.label for m in labelled] == labels
    assert [w["text"] for w in left] == ["1.", "CATEGORÍA:"]
