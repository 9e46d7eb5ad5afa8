"""A checkbox's label ends where the next thing on its line begins, however close: text of
another size, or text past a panel's edge, belongs to that text, not to the label."""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractor.layout import Checkbox, ReaderNote, TextBlock
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


def _grid(path, wrapped_under: str, after: list[str]) -> None:
    """Two columns of boxes; the last label of the second column wraps onto a line starting under
    the box or under the label; the next panel's text stands level with it; `after`: lines set
    right under the list, in the labels' font and size."""
    c = canvas.Canvas(str(path), pagesize=A4)
    rows = [("Sociolaboral", "Acogida/atención"), ("Emprendimiento", "Capacitaciones"), ("NNA", "Otra:")]
    y = HEIGHT - 200
    for n, (left, right) in enumerate(rows):
        for x, label in ((60, left), (150, right)):
            c.rect(x, y - 1, 8, 8, stroke=1, fill=1 if label == "Otra:" else 0)
            c.setFont("Helvetica", 9)
            c.drawString(x + 12, y, label)
        if n < len(rows) - 1:
            y -= 16
    y -= 11  # the wrapped line, 11 pt under (a line of 9 pt text)
    c.drawString(150 if wrapped_under == "box" else 162, y, "Regularización")
    c.setFont("Helvetica", 10)
    c.drawString(260, y, "Texto del panel vecino que sigue a la derecha.")
    c.setFont("Helvetica", 9)
    for line in after:
        y -= 11
        c.drawString(150, y, line)
    c.showPage()
    c.save()


@pytest.mark.parametrize("under", ["box", "label"])
def test_a_label_wrapped_onto_the_next_line_is_read_whole(tmp_path, under):
    path = tmp_path / "wrapped.pdf"
    _grid(path, under, [])
    items = read(path).items
    labels = {b.label: b.checked for b in items if isinstance(b, Checkbox)}
    assert labels["Otra: Regularización"] is True
    assert "Texto del panel vecino que sigue a la derecha." in [
        line for i in items if isinstance(i, TextBlock) for line in i.raw_lines
    ]


def test_a_paragraph_right_under_a_list_is_no_part_of_its_last_label(tmp_path):
    path = tmp_path / "paragraph.pdf"
    _grid(path, "box", ["que no cabe en una línea y sigue", "en otra más, y otra", "y aún otra más."])
    labels = [b.label for b in read(path).items if isinstance(b, Checkbox)]
    assert "Otra:" in labels


def _grid_wrapped_mid_column(path) -> None:
    """Two columns of boxes; the second column's middle label wraps onto a line starting under its
    box ("Intermediación" / "laboral"), and the next row's label in that column is longer than the
    wrapped line ("Otra: Regularización")."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 9)
    y = HEIGHT - 200
    for left, right, wrap in [
        ("Sociolaboral", "Acogida/atención", ""),
        ("Cooperativas", "Intermediación", "laboral"),
        ("NNA", "Otra: Regularización", ""),
    ]:
        for x, label in ((60, left), (150, right)):
            c.rect(x, y - 1, 8, 8, stroke=1, fill=1 if label == "Intermediación" else 0)
            c.drawString(x + 12, y, label)
        if wrap:
            y -= 11
            c.drawString(150, y, wrap)
        y -= 14
    c.showPage()
    c.save()


def test_a_wrapped_label_is_read_whole_over_a_longer_label_of_the_next_row(tmp_path):
    """The next row's label stands beside a box of its own: however long (its first word would fit
    after the wrapped line), it is no text set under the list, and leaves the wrap above it alone
    (trial 30: "Intermediación laboral" in Chromium grids)."""
    path = tmp_path / "wrapped.pdf"
    _grid_wrapped_mid_column(path)
    labels = {b.label: b.checked for b in read(path).items if isinstance(b, Checkbox)}
    assert labels["Intermediación laboral"] is True
    assert labels["Otra: Regularización"] is False


def _grid_labels_under_boxes(path) -> None:
    """Two columns of boxes in narrow cells; where a label does not fit beside its box it is set
    wholly on the line under it, from the box's left edge ("☐" over "Acogida/atención"); running
    text of the next column stands level with the boxes."""
    c = canvas.Canvas(str(path), pagesize=A4)
    y = HEIGHT - 200
    for left, right in [("Sociolaboral", "Acogida/atención"), ("Emprendimiento", "Capacitaciones"), ("NNA", "Otra:")]:
        wrapped = False
        for x, label in ((60, left), (150, right)):
            c.rect(x, y - 1, 8, 8, stroke=1, fill=1 if label in ("Acogida/atención", "Emprendimiento") else 0)
            c.setFont("Helvetica", 9)
            if label in ("Acogida/atención", "Emprendimiento"):
                c.drawString(x, y - 11, label)
                wrapped = True
            else:
                c.drawString(x + 12, y, label)
        c.setFont("Helvetica", 10)
        c.drawString(260, y, "Texto corrido de la columna vecina.")
        y -= 25 if wrapped else 14
    c.showPage()
    c.save()


def test_a_label_set_wholly_under_its_box_is_its_label(tmp_path):
    """A box alone on its line in a narrow cell, its label on the line under it from the box's left
    edge, is labelled by that line (trial 30: Chromium grids, "☐" over "Acogida/atención")."""
    path = tmp_path / "under.pdf"
    _grid_labels_under_boxes(path)
    labels = {b.label: b.checked for b in read(path).items if isinstance(b, Checkbox)}
    assert labels == {
        "Sociolaboral": False,
        "Acogida/atención": True,
        "Emprendimiento": True,
        "Capacitaciones": False,
        "NNA": False,
        "Otra:": False,
    }


def _grid_box_wrapped_under_its_label(path) -> None:
    """Two columns of labels before their boxes ("Cooperativas ☐"); the second column's middle
    label fills its cell, so its box wraps onto the next line, alone, under the label's start."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 9)
    y = HEIGHT - 200
    for left, right in [
        ("Sociolaboral", "Acogida/atención"),
        ("Cooperativas", "Intermediación laboral"),
        ("NNA", "Otra:"),
    ]:
        for x, label in ((60, left), (180, right)):
            c.drawString(x, y, label)
            at = (x, y - 11) if label == "Intermediación laboral" else (x + c.stringWidth(label, "Helvetica", 9) + 3, y)
            c.rect(at[0], at[1] - 1, 8, 8, stroke=1, fill=1 if label in ("Intermediación laboral", "NNA") else 0)
        y -= 25 if right == "Intermediación laboral" else 14
    c.setFont("Helvetica", 10)
    c.drawString(300, HEIGHT - 200, "Texto corrido de la columna vecina.")
    c.showPage()
    c.save()


def test_a_box_wrapped_alone_under_its_label_is_labelled_by_it(tmp_path):
    """A label before its box that fills its cell leaves the box alone on the next line, under the
    label's start: the box is that label's (trial 30: Chromium grids, "Intermediación laboral" over
    "☐")."""
    path = tmp_path / "over.pdf"
    _grid_box_wrapped_under_its_label(path)
    labels = {b.label: b.checked for b in read(path).items if isinstance(b, Checkbox)}
    assert labels == {
        "Sociolaboral": False,
        "Acogida/atención": False,
        "Cooperativas": False,
        "Intermediación laboral": True,
        "NNA": True,
        "Otra:": False,
    }


def test_a_box_read_by_its_fill_and_labelled_apart_from_it_stays_in_doubt(tmp_path):
    """A box whose state was read by its fill and whose label stands on another line keeps a doubt
    (a panel's fills may read inverted: the lost label no longer flags the list, trial 30 ed56)."""
    path = tmp_path / "under.pdf"
    _grid_labels_under_boxes(path)
    document = read(path)
    labels = {b.label: b.checked for b in document.items if isinstance(b, Checkbox)}
    assert labels["Acogida/atención"] is True
    assert any("relleno" in i.mensaje for i in document.items if isinstance(i, ReaderNote))
