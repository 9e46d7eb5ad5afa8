"""A checkbox's label ends where the next thing on its line begins, however close: text of
another size, or text past a panel's edge, belongs to that text, not to the label."""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractor.layout import Checkbox, TextBlock
from extractor.readers import read

HEIGHT = A4[1]
LABEL = "Acogida/atención"
NEIGHBOUR = "Oficina Municipal de Información Laboral"


def _page(path, neighbour_size: float, panel: bool) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    y = HEIGHT - 200
    right = 74 + c.stringWidth(LABEL, "Helvetica", 9)
    if panel:  # a light panel holding the neighbour text, its left edge between label and text
        c.setFillGray(0.93)
        c.rect(right + 2, y - 30, 300, 60, stroke=0, fill=1)
        c.setFillGray(0)
    c.rect(60, y - 1, 9, 9, stroke=1, fill=0)  # an empty box
    c.setFont("Helvetica", 9)
    c.drawString(74, y, LABEL)
    c.setFont("Helvetica", neighbour_size)
    c.drawString(right + 4, y, NEIGHBOUR)  # under a font size away: no gap would tell them apart
    c.showPage()
    c.save()


@pytest.mark.parametrize(("size", "panel"), [(10.5, False), (9, True)], ids=["another-size", "past-a-panel-edge"])
def test_a_label_stops_at_text_set_apart_from_it(tmp_path, size, panel):
    path = tmp_path / "label.pdf"
    _page(path, size, panel)
    items = read(path).items
    boxes = [i for i in items if isinstance(i, Checkbox)]
    text = " ".join(line for i in items if isinstance(i, TextBlock) for line in i.raw_lines)
    assert [b.label for b in boxes] == [LABEL]
    assert NEIGHBOUR in text
