"""A month header in one column of a two-column page is found whatever the other column prints
on the same baseline; a sentence that names months is still no header."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from extractor.fields.months import table_months
from extractor.layout import ReaderNote, Table, TextBlock
from extractor.readers import read

from .pdf_canvas import font_bytes

HEIGHT = A4[1]
LETTERS = "EFMAMJJASOND"
ACTIVE = [9, 10, 11]
RIGHT_COLUMN = [
    "durante el año se",
    "realizaron talleres en",
    "la sede vecinal del sector",
    "norte de la comuna y en",
    "la escuela básica con",
    "apoyo de la oficina local.",
]


def _month_row(c: canvas.Canvas, headers, top: float, cell: float, mark: tuple[str, str]) -> None:
    """Headers (7 pt) over one row of ruled cells (14 pt high), `mark` (font, glyph) in the ACTIVE ones."""
    for i, name in enumerate(headers):
        x = 50 + i * cell
        c.setFont("Helvetica", 7)
        c.drawCentredString(x + cell / 2, HEIGHT - top - 7, name)
        c.setLineWidth(0.4)
        c.rect(x, HEIGHT - top - 26, cell, 14, stroke=1, fill=0)
        if i + 1 in ACTIVE:
            c.setFont(mark[0], 9)
            c.drawCentredString(x + cell / 2, HEIGHT - top - 23, mark[1])


def _page(path, right_size: float) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    top, cell = 300, 19.0
    _month_row(c, LETTERS, top, cell, ("ZapfDingbats", "\u2714"))  # one-letter headers, a tick in the active cells
    c.setFont("Helvetica", right_size)  # the next column, 18 pt of gutter away, a line on the header's baseline
    for n, line in enumerate(RIGHT_COLUMN):
        c.drawString(50 + 12 * cell + 18, HEIGHT - top - 7 - 12 * (n - 2), line)
    c.showPage()
    c.save()


@pytest.mark.parametrize("right_size", [7, 9.5], ids=["same-size", "another-size"])
def test_a_one_letter_month_header_beside_the_next_column_is_read(tmp_path, right_size):
    path = tmp_path / "months.pdf"
    _page(path, right_size)
    items = read(path).items
    tables = [i for i in items if isinstance(i, Table)]
    assert len(tables) == 1
    assert table_months(tables[0]) == ACTIVE
    text = [line for i in items if isinstance(i, TextBlock) for line in i.raw_lines]
    assert text == RIGHT_COLUMN


def test_a_sentence_naming_months_is_no_month_header(tmp_path):
    path = tmp_path / "sentence.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(
        50, HEIGHT - 300, "Los talleres: enero febrero marzo abril mayo junio julio, con apoyo de la oficina local"
    )
    c.showPage()
    c.save()
    assert not [i for i in read(path).items if isinstance(i, Table)]


@pytest.mark.parametrize("dot", ["●", "■", "•"])
def test_a_filled_dot_or_square_alone_in_a_month_cell_marks_it(tmp_path, dot):
    """The Word reader reads ● ■ • in a month cell as a mark; the PDF reader reads them alike."""
    if "DotTest" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DotTest", io.BytesIO(font_bytes("DotTest", dict.fromkeys("●■•", "solid")))))
    path = tmp_path / "dots.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    _month_row(
        c,
        ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"],
        300,
        36.0,
        ("DotTest", dot),
    )
    c.showPage()
    c.save()
    layout = read(path)
    tables = [i for i in layout.items if isinstance(i, Table)]
    assert len(tables) == 1
    assert table_months(tables[0]) == ACTIVE
    assert not [i for i in layout.items if isinstance(i, ReaderNote)]  # no doubtful reading
