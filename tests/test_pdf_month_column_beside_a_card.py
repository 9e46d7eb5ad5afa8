"""A one-column month display in a card, a category table's column of boxes in the card beside it,
level with the names (issue 20, regions; browser seed 28290). The boxes are another region's: no
column of the display's marks (`month_grid._mark_column` looks only inside the shapes holding every
name); the display reads its months by its own look, and the boxes stay the category list's."""

from __future__ import annotations

from extractor.fields.months import table_months
from extractor.layout import Checkbox, Table
from extractor.readers import read

from .pdf_builders import BOX_STYLES, MONTH_HEADERS
from .pdf_canvas import BODY, BOLD, Sheet

LABELS = ["Sociolaboral", "Acogida/atención", "Emprendimiento", "Capacitaciones", "Cooperativas", "NNA"]
CHECKED = {"Acogida/atención", "NNA"}
ACTIVE = [2, 3, 4]


def test_a_box_column_in_the_card_beside_is_no_mark_column_of_a_month_display(tmp_path):
    path = tmp_path / "cards.pdf"
    sheet = Sheet(path)
    sheet.rect(50, 100, 240, 240, radius=6)
    sheet.rect(300, 100, 220, 240, radius=6)
    sheet.text(60, 110, "Categoría", 11, BOLD)
    sheet.text(310, 110, "Fechas de implementación", 11, BOLD)
    for n, label in enumerate(LABELS):  # the list's rows, each box at the card's right, level with a name
        top = 130 + 16 * n
        sheet.text(60, top, label, 9)
        BOX_STYLES["x_lines" if label in CHECKED else "empty"](sheet, 270, top)
    for n, name in enumerate(MONTH_HEADERS["full"]):  # the names, the active ones bold
        sheet.text(310, 130 + 16 * n, name, 9, BOLD if n + 1 in ACTIVE else BODY)
    sheet.save()
    items = read(path).items
    (table,) = [i for i in items if isinstance(i, Table)]
    assert table_months(table) == ACTIVE
    boxes = [i for i in items if isinstance(i, Checkbox)]
    assert len(boxes) == len(LABELS) and sum(b.checked for b in boxes) == len(CHECKED)
