"""Text printed over text: a floating box's lines drawn over the body's (as LibreOffice prints a Word
VML text box it does not wrap the body around), read apart by their stretch of the content stream
(`readers/pdf/overlay.py`): no word of the box joins a body line, the box is a region of its own."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from extractor.layout import Checkbox, ReaderNote, TextBlock
from extractor.readers.pdf.order import line_fragments
from extractor.readers.pdf.overlay import overlaid_layers, overprinted_pairs, stream_runs, unseparated
from extractor.readers.pdf.page import unique_chars
from extractor.readers.pdf.reader import read_pages, read_pdf, unseparated_notes

from .pdf_canvas import SYMBOLS, Sheet

BODY = [  # each line runs the page's width: its right half passes under the box
    "Niñas, niños y adolescentes que viven en asentamientos precarios y que se encuentran en",
    "situación irregular, con sus familias, en los campamentos de la comuna desde el año 2020.",
    "Recursos propios de la municipalidad. Estudiantes en práctica de Trabajo Social cada año.",
    "Se ejecuta de manera periódica dado que requiere de la disponibilidad del equipo municipal.",
]
BOX = ["MUNICIPALIDAD PUENTE ALTO", "Categoría:", "Acogida/atención", "Otra: Regularización"]
BOX_X = 330.0


def box_over_body(path, box_first: bool = False, shift: float = 0.0, drawn: bool = False) -> None:
    """The body's lines at x 72 from top 100, 14 pt apart; the box's lines at `BOX_X` from top
    100 + `shift`, 14 pt apart (on the body's baselines when `shift` is 0), a ☒ before the last two
    (`drawn`: a drawn square crossed by two lines, reaching below the box's last line);
    the box drawn after the body (as LibreOffice draws a floating box), or before it."""
    sheet = Sheet(path)

    def body() -> None:
        sheet.lines(72, 100, BODY, size=10, leading=1.4)

    def box() -> None:
        for i, text in enumerate(BOX):
            top = 100 + shift + 14 * i
            if i >= 2 and drawn:
                sheet.rect(BOX_X, top - 0.5, 9, 12)
                sheet.line(BOX_X + 1, top + 0.5, BOX_X + 8, top + 10.5)
                sheet.line(BOX_X + 8, top + 0.5, BOX_X + 1, top + 10.5)
                sheet.text(BOX_X + 12, top, text, 10)
            elif i >= 2:
                sheet.text(BOX_X, top, "☒", 10, SYMBOLS)
                sheet.text(BOX_X + 12, top, text, 10)
            else:
                sheet.text(BOX_X, top, text, 10)

    for part in (box, body) if box_first else (body, box):
        part()
    sheet.save()


def lines_of(layout) -> list[tuple[str, str | None]]:
    return [(line.text, item.region) for item in layout.items if isinstance(item, TextBlock) for line in item.lines]


@pytest.mark.parametrize("drawn", [False, True], ids=["glyph-boxes", "drawn-boxes"])
@pytest.mark.parametrize("box_first", [False, True], ids=["box-after", "box-before"])
@pytest.mark.parametrize("shift", [0.0, 5.0], ids=["same-baselines", "between-baselines"])
def test_a_box_printed_over_the_body_is_read_apart(tmp_path, box_first, shift, drawn):
    """Every body line whole and in order, outside any region; the box's lines one region, read
    together; its checkboxes (glyphs, or drawn squares the body's reading never sees) its own."""
    path = tmp_path / "overlay.pdf"
    box_over_body(path, box_first, shift, drawn)
    layout = read_pdf(str(path))
    lines = lines_of(layout)
    texts = [text for text, _ in lines]
    assert [t for t in texts if t in BODY] == BODY, texts
    regions = {text: region for text, region in lines}
    assert regions["MUNICIPALIDAD PUENTE ALTO"] is not None
    assert regions["MUNICIPALIDAD PUENTE ALTO"] == regions["Categoría:"]
    assert all(regions[t] is None for t in BODY)
    boxes = [(i.checked, i.label) for i in layout.items if isinstance(i, Checkbox)]
    assert boxes == [(True, "Acogida/atención"), (True, "Otra: Regularización")]
    # read together: the box's lines follow one another
    first = texts.index("MUNICIPALIDAD PUENTE ALTO")
    assert texts[first + 1] == "Categoría:"


def test_without_the_rule_the_rows_mix_the_box_and_the_body(tmp_path):
    """What the rule is for: read as one layer, the page's rows join box words to body lines (the
    test above could not fail otherwise)."""
    path = tmp_path / "overlay.pdf"
    box_over_body(path)
    (page,) = read_pages(str(path))
    assert overprinted_pairs(page.words)
    mixed = [u.payload.text for u in line_fragments(page.words, 1)]
    assert not set(BODY) <= set(mixed)


def word(text: str, x0: float, top: float, seq: int, size: float = 10.0) -> dict:
    return {
        "text": text,
        "x0": x0,
        "top": top,
        "x1": x0 + 6 * len(text),
        "bottom": top + size,
        "size": size,
        "seq": seq,
    }


def test_side_by_side_text_is_one_layer():
    """Two columns and a table's cells, drawn in any order, never overprint: one layer."""
    words = [word("uno", 72, 100, 0), word("dos", 72, 114, 1), word("tres", 300, 100, 2), word("cuatro", 300, 114, 3)]
    assert overlaid_layers(words) == [words]


def test_words_without_a_drawing_order_are_never_split():
    words = [word("uno", 72, 100, 0), word("dos", 74, 101, 1)]
    for w in words:
        del w["seq"]
    assert overlaid_layers(words) == [words]


def test_the_run_over_most_others_is_the_floating_one():
    """A box drawn over two body runs (a paragraph, and a table cell drawn after it): the box, over
    both, floats; the body's runs stay the body's."""
    body = [word("aaaaaaaaaa", 72, 100, 0), word("bbbbbbbbbb", 72, 114, 1)]
    cell = [word("cccccccccc", 72, 80, 2)]  # rises over the paragraph's last line: a new run
    box = [word("wwww", 300, 70, 3), word("xxxx", 100, 80, 4), word("yyyy", 100, 100, 5), word("zzzz", 100, 114, 6)]
    words = body + cell + box
    assert len(set(stream_runs(words))) == 3
    layers = overlaid_layers(words)
    assert [[w["text"] for w in layer] for layer in layers] == [
        ["aaaaaaaaaa", "bbbbbbbbbb", "cccccccccc"],
        ["wwww", "xxxx", "yyyy", "zzzz"],
    ]


def test_text_drawn_back_over_its_own_line_is_never_merged_letter_by_letter(tmp_path):
    """A word drawn right after a line, back over it on the same baseline: a run of its own (the
    stream goes back left), so neither's letters mix into the other's words."""
    path = tmp_path / "one-line.pdf"
    sheet = Sheet(path)
    body = "Recursos propios de la municipalidad cada año."
    sheet.text(72, 100, body, 10)
    sheet.text(150, 100, "Regularización", 10)  # over "de la municipalidad"
    sheet.save()
    texts = [text for text, _ in lines_of(read_pdf(str(path)))]
    assert sorted(texts) == sorted([body, "Regularización"]), texts


def test_words_printed_over_each_other_that_no_layer_sets_apart_are_noted():
    """Without a drawing order (an OCR source's words) nothing sets two overprinted words apart:
    the pair is `unseparated`, and the reader notes it (aviso lectura_dudosa)."""
    words = [word("municipalidad", 72, 100, 0), word("Regularización", 100, 101, 1)]
    for w in words:
        del w["seq"]
    layers = overlaid_layers(words)
    assert [(a["text"], b["text"]) for a, b in unseparated(layers)] == [("municipalidad", "Regularización")]
    (note,) = unseparated_notes(layers, 1)
    assert isinstance(note.payload, ReaderNote) and "impreso sobre" in note.payload.mensaje


def test_a_clean_page_has_no_overprint_note(tmp_path):
    path = tmp_path / "clean.pdf"
    box_over_body(path)  # the box apart: nothing unseparated
    assert not [i for i in read_pdf(str(path)).items if isinstance(i, ReaderNote)]


def _chars(text: str, x0: float, top: float = 100.0) -> list[dict]:
    return [
        {"text": t, "x0": x0 + 5 * k, "x1": x0 + 5 * k + 5, "top": top, "bottom": top + 10, "size": 10.0}
        | {"fontname": "F", "upright": True, "doctop": top}
        for k, t in enumerate(text)
    ]


def test_a_line_drawn_again_is_read_once_but_letters_landing_on_the_same_letters_are_kept():
    """A shadow (a line drawn whole again, 0.5 pt off) is dropped; a box's word whose letters "ci"
    land on the same letters of the body's word under it keeps them (no pass drew them again)."""
    line = _chars("Hola mundo", 72)
    shadow = [c | {"x0": c["x0"] + 0.5, "x1": c["x1"] + 0.5} for c in line]
    assert "".join(c["text"] for c in unique_chars(line + shadow)) == "Hola mundo"
    body = _chars("municipalidad", 72)  # "ci" at 72 + 5*4
    box = _chars("Regularización", 72 + 20 - 5 * 10)  # its "ci" (10th, 11th letters) on the body's
    assert "".join(c["text"] for c in unique_chars(body + box)) == "municipalidadRegularización"


UNDER_THE_BOX = [  # the second line's "y" lies under the box's checkbox, "capacitaciones" starts right after it
    "Durante el año se gesta la idea y se generan los liderazgos necesarios para el trabajo del grupo.",
    "Luego se forman los liderazgos y capacitaciones del año 2019 se formaliza la cooperativa.",
    "La municipalidad acompaña cada paso del proceso junto a las vecinas y vecinos de la comuna.",
]


def box_square_over_a_body_word(path) -> None:
    """The body (`UNDER_THE_BOX`, 10 pt, tops 100, 114, 128), then a floating box over it: "Categoría:"
    and a drawn checkbox with its label "Otra: Regularización" 3 pt above the body's second line. The
    checkbox lies over the second line's word "y", the body's next word starting nearer its right
    side than the box's label does."""
    sheet = Sheet(path)
    sheet.lines(72, 100, UNDER_THE_BOX, size=10, leading=1.4)
    line = UNDER_THE_BOX[1]
    before = line[: line.index(" y capacitaciones") + 1]
    y_x0 = 72 + stringWidth(before, "Helvetica", 10)
    square = y_x0 - 1.5
    sheet.text(square + 12.5, 97, "Categoría:", 10)
    sheet.rect(square, 110.5, 9, 12)
    sheet.line(square + 1, 111.5, square + 8, 121.5)
    sheet.line(square + 8, 111.5, square + 1, 121.5)
    sheet.text(square + 12.5, 111, "Otra: Regularización", 10)
    sheet.save()


def test_a_box_checkbox_over_a_body_word_is_the_boxs_and_labels_nothing_of_the_body(tmp_path):
    """A checkbox of a floating box printed over a word of a body line (LibreOffice printing a VML
    box over the body: Word seed 17495) is the box's: its label is the box's "Otra: Regularización",
    and the body line keeps the words right of it (they are no label of a box they run under)."""
    path = tmp_path / "square-over-word.pdf"
    box_square_over_a_body_word(path)
    layout = read_pdf(str(path))
    texts = [text for text, _ in lines_of(layout)]
    assert [t for t in texts if t in UNDER_THE_BOX] == UNDER_THE_BOX, texts
    boxes = [(i.checked, i.label) for i in layout.items if isinstance(i, Checkbox)]
    assert boxes == [(True, "Otra: Regularización")]
