"""A column gutter followed past a justified line's wider river (issue 20, browser harness: CSS
columns, justified).

Two justified columns 18 points apart: the left column's second line is a paragraph's short last
line, far from the gutter; the next paragraph opens, indented, with three long words stretched
over the line, their gaps wider than the gutter. The white between the short line and the right
column's line beside it is the gutter all the same: followed down the page it keeps along the
right column's straight left edge (ten rows), not the river that happens to be wider. So the short line is
the left column's, read before the next paragraph, and the right column's line is never read into
it.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from extractor.layout import TextBlock
from extractor.readers import read

from .pdf_canvas import BODY, BOLD, Sheet

SIZE, MEASURE, GUTTER, LEFT, INDENT = 11.0, 153.0, 18.0, 246.0, 16.0
LEFT_LINES = [
    ("certificación en el área de la", True, 0.0),
    ("construcción.", False, 0.0),
    ("Con la información", True, INDENT),
    ("disponible, la OMIL postula a", True, 0.0),
    ("capacitaciones de SENCE que", True, 0.0),
    ("se adecuaban a las", True, 0.0),
    ("necesidades identificadas,", True, 0.0),
    ("logrando así capacitar a 10", True, 0.0),
    ("hombres y 10 mujeres de", True, 0.0),
    ("nacionalidad venezolana.", False, 0.0),
]
RIGHT_LINES = [
    "que permita orientar y ajustar",
    "las acciones a las necesidades",
    "de la población local. Además,",
    "el trabajo colaborativo",
    "realizado entre la Oficina de",
    "Migración y la OMIL permite",
    "que se ejecuten cursos",
    "certificados y un apoyo integral",
    "a las personas participantes,",
    "complementando los cursos.",
]


def line(sheet: Sheet, x: float, top: float, text: str, stretched: bool, indent: float = 0.0) -> None:
    """One line of `text` from `x` (+`indent`), its word gaps stretched to end at `x + MEASURE`."""
    words = text.split()
    left = x + indent
    room = x + MEASURE - left - sum(stringWidth(w, BODY, SIZE) for w in words)
    gap = room / max(1, len(words) - 1) if stretched else stringWidth(" ", BODY, SIZE)
    for word in words:
        sheet.text(left, top, word, SIZE, BODY)
        left += stringWidth(word, BODY, SIZE) + gap


def test_a_gutter_keeps_along_the_right_columns_edge_past_a_wider_river(tmp_path):
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    sheet.text(LEFT, 20, "Capacitación en oficios", 18, BOLD)
    for k, (text, stretched, indent) in enumerate(LEFT_LINES):
        line(sheet, LEFT, 60 + 16.5 * k, text, stretched, indent)
    for k, text in enumerate(RIGHT_LINES):
        line(sheet, LEFT + MEASURE + GUTTER, 60 + 16.5 * k, text, k < len(RIGHT_LINES) - 1)
    sheet.save()
    texts = [" ".join(ln.text for ln in item.lines) for item in read(path).items if isinstance(item, TextBlock)]
    left = [texts.index(text) for text, _, _ in LEFT_LINES]
    right = [texts.index(text) for text in RIGHT_LINES]
    assert left == sorted(left) and right == sorted(right)
    assert max(left) < min(right)
