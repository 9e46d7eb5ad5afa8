"""A word wider than its cell, broken by the exporter without a hyphen (issue 20, Word harness:
LibreOffice breaks "acompañamiento" in a narrow cell as "acompañamien" over "to y asesoría").

- the one-word line reaches the cell's right edge and the next line starts with a short tail that
  is no word: the two are one word;
- the next line starts with a word of its own ("y"): a break at a space or a cut word, which
  geometry cannot tell: read as two words, and the field is flagged (lectura_dudosa), never silent;
- a one-word line that ends well inside its cell is a break at a space: no flag.
"""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from .pdf_canvas import BODY, BOLD, Sheet
from .test_pdf_heads_by_page import records
from .test_pdf_table_above_title import LEADING, LEFT, PAD, RIGHT, ROWS, SIZE, SPLIT, _frame, _row, _title

NAME_END = 420.0


def sello_in_a_narrow_cell(path, reason: list[str], room: float, full: int = 3) -> None:
    """A ficha as a ruled table whose Sello row holds a nested name | justification table, the
    justification given line by line (`reason`) in a cell whose inner width is its one-word line's
    (`reason[full]`) plus `room` points."""
    sheet = Sheet(path)
    top = _title(sheet, 40.0, "Huertos comunitarios interculturales", "Recoleta")
    for label, value in ROWS:
        top = _row(sheet, top, label, value)
    sheet.text(LEFT + PAD, top + PAD, "Líneas Sello", SIZE, BOLD)
    y = top + PAD
    right = NAME_END + PAD + stringWidth(reason[full], BODY, SIZE) + room
    sheet.lines(SPLIT + PAD + PAD, y + PAD, ["Vinculación", "comunitaria"], SIZE, BOLD, LEADING / SIZE)
    sheet.lines(NAME_END + PAD, y + PAD, reason, SIZE, BODY, LEADING / SIZE)
    bottom = y + len(reason) * LEADING + 2 * PAD
    _frame(sheet, y, bottom, [SPLIT + PAD, NAME_END, right])
    _frame(sheet, top, bottom + PAD, [LEFT, SPLIT, RIGHT])
    sheet.save()


def _sello(path) -> tuple[str, list[dict]]:
    (record,) = records(path)
    (line,) = record["lineas_sello"]
    flags = [
        a for a in record["revision"]["avisos"] if a["campo"] == "lineas_sello" and a["codigo"] == "lectura_dudosa"
    ]
    return line["justificacion"], flags


CUT = ["ya que", "promueve la", "desde el", "acompañamien", "to y", "asesoría en", "la creación de", "la cooperativa."]
AT_A_SPACE = [
    "ya que",
    "promueve la",
    "desde el",
    "acompañamiento",
    "y asesoría en",
    "la creación de",
    "la cooperativa.",
]
TEXT = "ya que promueve la desde el acompañamiento y asesoría en la creación de la cooperativa."


@pytest.mark.parametrize("room", [0.5, 3.0])
def test_a_word_cut_by_its_cell_edge_is_one_word(tmp_path, room):
    sello_in_a_narrow_cell(tmp_path / "ficha.pdf", CUT, room)
    text, flags = _sello(tmp_path / "ficha.pdf")
    assert text == TEXT
    assert not flags


def test_a_full_line_before_a_word_of_its_own_is_two_words_flagged(tmp_path):
    sello_in_a_narrow_cell(tmp_path / "ficha.pdf", AT_A_SPACE, 1.0)
    text, flags = _sello(tmp_path / "ficha.pdf")
    assert text == TEXT
    assert flags and "acompañamiento" in flags[0]["mensaje"]


def test_a_one_word_line_inside_its_cell_is_no_cut(tmp_path):
    sello_in_a_narrow_cell(tmp_path / "ficha.pdf", AT_A_SPACE, 12.0)
    text, flags = _sello(tmp_path / "ficha.pdf")
    assert text == TEXT
    assert not flags


@pytest.mark.parametrize(
    "reason, flagged",
    [
        (["ya que apoya el", "emprendimient", "o de las", "mujeres."], False),  # a category's word: one word
        (["ya que apoya la", "intermediación", "laboral de las", "mujeres."], False),  # a category's word: two
        (["ya que apoya la", "organización", "o la red de", "mujeres."], True),  # two words, or a cut one
    ],
    ids=["vocabulary-word-cut", "vocabulary-word-whole", "undecided"],
)
def test_the_template_vocabularies_tell_a_cut_word_from_two(tmp_path, reason, flagged):
    sello_in_a_narrow_cell(tmp_path / "ficha.pdf", reason, 1.0, full=1)
    text, flags = _sello(tmp_path / "ficha.pdf")
    expected = " ".join(reason).replace("emprendimient o", "emprendimiento")
    assert text == expected
    assert bool(flags) is flagged
