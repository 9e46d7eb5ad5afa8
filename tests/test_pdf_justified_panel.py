"""A short justified paragraph in a narrow side panel is one paragraph in order: the white
between two of its words, continued by the wider white between the panel and the next column
in the rows above and below, is no column gutter."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractor.layout import TextBlock
from extractor.readers import read

HEIGHT = A4[1]
PANEL_X, PANEL_W, COLUMN_X = 50, 175, 250
JUSTIFIED = ["Sigue", "vigente", "y", "tiene", "una"]
LAST = "periodicidad anual."


def _draw(c: canvas.Canvas, x: float, top: float, text: str, font: str = "Helvetica", size: float = 10) -> None:
    c.setFont(font, size)
    c.drawString(x, HEIGHT - top - 0.8 * size, text)


def test_a_justified_line_in_a_narrow_panel_stays_one_line(tmp_path):
    path = tmp_path / "panel.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for n in range(24):  # the next column, its left edge at COLUMN_X, all down the page
        _draw(c, COLUMN_X, 100 + 12 * n, f"línea {n + 1} de la columna de la derecha, con texto")
    _draw(c, PANEL_X, 196, "Sostenibilidad en el", "Helvetica-Bold", 11)
    _draw(c, PANEL_X, 209, "tiempo", "Helvetica-Bold", 11)
    widths = [c.stringWidth(w, "Helvetica", 10) for w in JUSTIFIED]
    gap = (PANEL_W - sum(widths)) / (len(JUSTIFIED) - 1)  # about 1.7 em: set justified
    x = PANEL_X
    for word, w in zip(JUSTIFIED, widths, strict=False):
        _draw(c, x, 226, word)
        x += w + gap
    _draw(c, PANEL_X, 238, LAST)
    c.showPage()
    c.save()
    lines = [line for item in read(path).items if isinstance(item, TextBlock) for line in item.raw_lines]
    assert " ".join(JUSTIFIED) in lines
    assert lines.index(" ".join(JUSTIFIED)) + 1 == lines.index(LAST)
