"""Wide word gaps of justified text in narrow columns are no column gutters (issue 20).

In a narrow justified column a line of two or three words has gaps as wide as a gutter, and the
gaps of a few lines running one under the other make a white "river". Such a gap is a gutter only
when the words after it start one column down the lines (the row's own word, off that edge by an
indent, is no evidence), and never when it is as wide as its line's other word gaps (justification
stretches every space of a line alike). A true gutter between two justified columns still splits,
however narrow the columns and however wide their word spaces.

The columns are set as a typesetter sets them: words fill a line up to the measure, then the
line's spaces are stretched to it (the last line of a paragraph ragged).
"""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics

from extractor.layout import UNCLEAR, ReaderNote, TextBlock
from extractor.readers import read
from extractor.segment.paragraphs import group_lines

from .pdf_builders import justified_line
from .pdf_canvas import Sheet, typeset

LEFT = (
    "En el caso de las mujeres capacitadas se les entrega material para que puedan iniciar "
    "emprendimientos, y a los hombres se les certificó y apoyó en la búsqueda de trabajo con "
    "las empresas de la comuna y con la oficina de intermediación laboral."
)
RIGHT = (
    "Las juntas de vecinos difunden la mesa en sus sedes y derivan a las familias que llegan al "
    "barrio, de modo que la municipalidad conoce antes sus necesidades y ordena su trabajo."
)
# A Sello justification whose lines end in one word ("que", "que"): after gaps one under the
# other, the words start at one x (browser harness seed 702, Liberation Serif 11 pt, 132 pt).
RIVER = (
    "Se destaca en la línea de estrategias formativas y de sensibilización, ya que genera "
    "instancias que trabajan por la no discriminación y sensibilización respecto al racismo y la xenofobia."
)


def _columns(path, columns, measure: float, size: float, font: str = "Helvetica", gutter: float = 20.0) -> None:
    """Columns of justified paragraphs (each a list of lines, the last ragged; a blank line between
    paragraphs), `measure` points wide and `gutter` points apart, level at the top."""
    sheet = Sheet(path)
    for n, paragraphs in enumerate(columns):
        x, top = 50 + n * (measure + gutter), 100.0
        for paragraph in paragraphs:
            for i, line in enumerate(paragraph):
                justified_line(sheet, x, top, line, None if i == len(paragraph) - 1 else measure, size, font)
                top += 1.4 * size
            top += 1.4 * size
    sheet.save()


def _lines(path) -> list[str]:
    """The page's lines in reading order."""
    return [line for item in group_lines(read(path).items) if isinstance(item, TextBlock) for line in item.raw_lines]


@pytest.mark.parametrize("measure", [135.0, 150.0, 160.0], ids=["135pt", "150pt", "160pt"])
def test_last_words_of_two_word_lines_are_no_column(tmp_path, measure):
    """Two justified lines of two words each end in a word at the column's right edge ("para",
    "un"): the words start at different x, and short headings above and below leave the white open
    down five rows. The ends of justified lines are no column: each line is read whole, in order
    (browser harness seed 709: "comenzar emprendimiento. para un")."""
    ends = typeset("capacitaciones para comenzar un emprendimiento.", measure, 12)
    assert ends == ["capacitaciones para", "comenzar un", "emprendimiento."]  # long words, wide gaps
    right = [["Resumen:"], ends, ["Líneas Sello:"]]
    _columns(tmp_path / "ends.pdf", [[typeset(LEFT, measure, 12)], right], measure, 12)
    assert _lines(tmp_path / "ends.pdf") == typeset(LEFT, measure, 12) + [
        line for paragraph in right for line in paragraph
    ]


@pytest.mark.parametrize("measure", [120.0, 132.0, 145.0], ids=["120pt", "132pt", "145pt"])
@pytest.mark.parametrize("font", ["Times-Roman", "Helvetica"])
def test_a_river_of_even_word_gaps_is_no_gutter(tmp_path, measure, font):
    """Gaps of justified lines lie one under the other and the words after some of them start at
    one x (the same word ends two lines): each gap is as wide as its line's other word gaps, a
    justified space, so every line stays whole (not "genera instancias trabajan por la que no")."""
    left, river = typeset(LEFT, measure, 11, font), typeset(RIVER, measure, 11, font)
    _columns(tmp_path / "river.pdf", [[left], [river]], measure, 11, font)
    assert _lines(tmp_path / "river.pdf") == left + river


@pytest.mark.parametrize("gutter", [14.0, 20.0, 36.0], ids=["14pt", "20pt", "36pt"])
@pytest.mark.parametrize("measure", [110.0, 130.0, 150.0], ids=["110pt", "130pt", "150pt"])
def test_a_true_gutter_between_narrow_justified_columns_still_splits(tmp_path, gutter, measure):
    """Two narrow justified columns, their gutter as narrow as about one and a half font sizes or
    wider than most word spaces: the gutter runs white down every line with the right column's
    words starting at one x, so the page is read column by column."""
    left, right = typeset(LEFT, measure, 10), typeset(RIGHT, measure, 10)
    _columns(tmp_path / "columns.pdf", [[left], [right]], measure, 10, gutter=gutter)
    assert _lines(tmp_path / "columns.pdf") == left + right


def _gap(line: str, measure: float, font: str, size: float) -> float:
    """The width of each space of `line` justified to `measure` points."""
    words = line.split()
    return (measure - sum(pdfmetrics.stringWidth(w, font, size) for w in words)) / (len(words) - 1)


@pytest.mark.parametrize("loose", [2, 7, 10], ids=["line-3", "line-8", "line-11"])
def test_a_gutter_as_wide_as_a_loose_lines_spaces_still_splits(tmp_path, loose):
    """A loose line of the left column has its spaces stretched exactly as wide as the gutter: its
    gaps are even, but the text left of the gutter ends at one x down the column (a justified
    column's right edge) and the right column's words start at one x, so the gutter splits that
    line too (browser harness seed 920: "Oficina de Migración, la nacionalidad venezolana,")."""
    left, right = typeset(LEFT, 110, 10), typeset(RIGHT, 110, 10)
    gutter = _gap(left[loose], 110, "Helvetica", 10)
    assert gutter > 12  # wider than `word_gap` font sizes: a gap that may be a gutter
    _columns(tmp_path / "loose.pdf", [[left], [right]], 110, 10, gutter=gutter)
    assert _lines(tmp_path / "loose.pdf") == left + right


# Lines of a narrow justified column ending in short words ("los", "con", "para", "un") that start
# within half a font size of each other after gaps one under the other (browser harness seed 919).
TAILS = (
    "La OMIL entrega apoyo integral a las personas participantes, complementando los cursos "
    "iniciales con capacitaciones para comenzar un emprendimiento."
)


@pytest.mark.parametrize("measure", [128.0, 140.0, 153.0, 165.0])
@pytest.mark.parametrize("font", ["Times-Roman", "Helvetica"])
def test_short_last_words_of_justified_lines_are_no_column(tmp_path, measure, font):
    """The white after the long first words of some justified lines runs down a few rows, and the
    short words after it start near one x; but a full line of the same measure closes the white
    one line above or below: the white is a river inside the paragraph, no gutter, and every
    line is read whole."""
    left, tails = typeset(LEFT, measure, 11, font), typeset(TAILS, measure, 11, font)
    _columns(tmp_path / "tails.pdf", [[left], [tails]], measure, 11, font)
    assert _lines(tmp_path / "tails.pdf") == left + tails


def _notes(path) -> list[ReaderNote]:
    return [item for item in read(path).items if isinstance(item, ReaderNote)]


def test_a_gutter_on_thin_evidence_is_said(tmp_path):
    """Two justified lines of two words each end in the same word, so after their wide gaps the
    words start at one x; nothing closes the white above or below (a heading a blank line away,
    the paragraph's short last line): the white reads as a gutter, but only two rows start at
    that x and the lines may be one justified line each, so a note (aviso lectura_dudosa) says
    the order could not be decided, where the line's text stands."""
    measure = 150.0
    tails = ["instituciones que", "comunidades que", "participan."]
    right = [["Resumen:"], tails, ["Líneas Sello:"]]
    _columns(tmp_path / "thin.pdf", [[typeset(LEFT, measure, 12)], right], measure, 12)
    notes = _notes(tmp_path / "thin.pdf")
    assert [n.codigo for n in notes] == [UNCLEAR, UNCLEAR]
    assert "«instituciones» y «que»" in notes[0].mensaje and "«comunidades» y «que»" in notes[1].mensaje


@pytest.mark.parametrize("gutter", [14.0, 36.0])
def test_a_true_gutter_is_read_without_a_note(tmp_path, gutter):
    """Two narrow justified columns side by side: the gutter is sure, nothing is noted."""
    left, right = typeset(LEFT, 120, 10), typeset(RIGHT, 120, 10)
    _columns(tmp_path / "columns.pdf", [[left], [right]], 120, 10, gutter=gutter)
    assert _notes(tmp_path / "columns.pdf") == []


# The first lines of a narrow justified paragraph, their gaps making a river four rows down
# (browser harness seed 1504, DejaVu Serif 10 pt, 153 pt: "Programa" | "de Migración").
OPENING = [
    "Desde el año 2022, el",
    "Programa de Migración",
    "Municipal se suma a la",
    "ejecución del Festival",
    "Multicultural de San Joaquín,",
    "ya que previamente lo",
]


@pytest.mark.parametrize("font", ["Times-Roman", "Helvetica"])
@pytest.mark.parametrize("slack", [-1.0, 0.0, 1.0], ids=["narrower", "as-wide", "wider"])
def test_a_gutter_as_wide_as_a_river_lines_spaces_is_no_space_of_it(tmp_path, font, slack):
    """The gutter beside a justified line happens to be as wide as that line's stretched spaces
    (within `gutter_even` font sizes): the next column's words past it are spaced as ordinary text,
    so the gutter is no space of the line, and the line's own gaps, all alike, make a river inside
    the paragraph, no gutter; each line of the paragraph is read whole (not "Programa" |
    "de Migración" as two columns: a paragraph break in the middle of a sentence)."""
    measure, size = 153.0, 10.0
    right = typeset(RIGHT, measure, size, font)
    gutter = _gap(OPENING[1], measure, font, size) + slack
    assert gutter > 12  # wider than `word_gap` font sizes: a gap that may be a gutter
    _columns(tmp_path / "gutter.pdf", [[OPENING], [right]], measure, size, font, gutter=gutter)
    assert _lines(tmp_path / "gutter.pdf") == OPENING + right


# Lines of a narrow justified cell whose first words, one a line, end within a sixth of an em of
# each other by chance (Helvetica 11 pt: "Ambiente," 49.5, "Desarrollo" 50.1, "Secretaria" 50.1,
# "Programa" 48.3 points), the white after them running four rows down (browser harness seed
# 10747, DejaVu Sans: "Programa Migrantes Secretaria y refugiados").
FIRST_WORDS = [
    "Ambiente, Aseo y Ornato",
    "Desarrollo Comunitario",
    "Secretaria Comunal de",
    "Programa Migrantes",
    "Planificación (SECPLAC).",
]


@pytest.mark.parametrize("measure", [156.0, 160.0, 164.0, 168.0])
def test_first_words_ending_at_one_x_are_no_column_edge(tmp_path, measure):
    """A line of one word is never stretched to a justified column's edge, so lines whose text
    left of a white river is one word each, ending at one x by chance, make no straight bank: the
    river is no gutter, and each line is read whole."""
    lines = [[FIRST_WORDS]]
    _columns(tmp_path / "first.pdf", lines, measure, 11)
    assert _lines(tmp_path / "first.pdf") == FIRST_WORDS


SUSTAIN = [  # as Chromium broke it, DejaVu Sans 11 pt in 108 pt (browser harness seed 22455)
    "Se encuentran",
    "trabajando en",
    "replicar la",
    "experiencia de",
    "crear una",
    "cooperativa, esta",
    "vez con mujeres",
    "que trabajan en",
    "comercio",
    "ambulante.",
]


def test_a_river_beside_a_larger_heading_is_no_gutter(tmp_path):
    """A label | value row: a heading set larger (14 pt) in its own column, over three lines,
    beside a narrow justified value (11 pt) of two-word lines whose gaps stand one under the
    other. The heading's lines share the value's rows but have baselines of their own; the value's
    line pitch is measured on the value's words, so its full lines above and below the river close
    it inside the block (`_closed_in_block`): each line is read whole, in order (browser harness
    seed 22455: "experiencia crear" + "de una")."""
    path = tmp_path / "row.pdf"
    sheet = Sheet(path)
    for n, line in enumerate(["6)", "SOSTENIBILIDAD", "EN EL TIEMPO:"]):
        sheet.text(330, 103.3 + 18.75 * n, line, 14)
    for n, line in enumerate(SUSTAIN):
        last = n == len(SUSTAIN) - 1 or line == "comercio"
        justified_line(sheet, 461.5, 102.6 + 15.0 * n, line, None if last else 107.7, 11)
    sheet.save()
    assert _lines(path)[-len(SUSTAIN) :] == SUSTAIN
