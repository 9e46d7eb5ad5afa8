"""A checkbox label never takes words of another column: in a panel beside a justified body column,
a list of "Label ☐" rows (labels before their boxes, boxes at varying x) whose lines stand at
baselines slightly off the body's takes no body word ending level with a label; and a category
label carrying words beyond its category's name keeps them in an aviso, never drops them."""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractor.fields.categories import extra_label_words, words_beyond
from extractor.layout import Checkbox, TextBlock
from extractor.readers import read
from extractor.segment.fichas import CategoryBox
from extractor.vocab import categories

HEIGHT = A4[1]
BODY_TEXT = (
    "La academia municipal abre cursos para la formación de oficios a través de un espacio formativo y de "
    "encuentro socio comunitario donde vecinas y vecinos aprenden y comparten sus saberes durante todo el año "
    "con monitores del barrio y apoyo de la oficina de fomento productivo local"
)
BODY = BODY_TEXT.split(" ")
LABELS = ["Sociolaboral", "Emprendimiento", "Cooperativas", "Capacitaciones", "NNA"]
COLUMN = (60.0, 262.0)  # the body column's edges, points
PANEL_X = 282.0  # the panel's text starts two font sizes right of the column


def _justified_lines(c: canvas.Canvas, size: float) -> list[list[str]]:
    lines: list[list[str]] = [[]]
    for word in BODY:
        trial = " ".join([*lines[-1], word])
        if lines[-1] and c.stringWidth(trial, "Times-Roman", size) > COLUMN[1] - COLUMN[0]:
            lines.append([word])
        else:
            lines[-1].append(word)
    return lines


def _page(path, offset: float, panel: bool, heading: str | None = None) -> None:
    """Body lines of 11 pt every 13.2 pt, justified to the column's right edge; the list's rows
    (9 pt labels, a 9 pt box 3 pt after each) every 18 pt, starting `offset` points below the
    first body baseline; `panel`: a light fill behind the list; `heading`: a bold 11 pt line 16 pt
    over the first label."""
    c = canvas.Canvas(str(path), pagesize=A4)
    top = HEIGHT - 200
    if panel:
        c.setFillGray(0.93)
        c.rect(PANEL_X - 8, top - 110, 200, 130, stroke=0, fill=1)
        c.setFillGray(0)
    size = 11.0
    lines = _justified_lines(c, size)
    for n, words in enumerate(lines):
        y = top - 13.2 * n
        widths = [c.stringWidth(w, "Times-Roman", size) for w in words]
        last = n == len(lines) - 1
        space = 2.75 if last or len(words) < 2 else (COLUMN[1] - COLUMN[0] - sum(widths)) / (len(words) - 1)
        x = COLUMN[0]
        c.setFont("Times-Roman", size)
        for word, w in zip(words, widths, strict=True):
            c.drawString(x, y, word)
            x += w + space
    if heading:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(PANEL_X, top - offset + 16, heading)
    for n, label in enumerate(LABELS):
        y = top - offset - 18 * n
        c.setFont("Helvetica", 9)
        c.drawString(PANEL_X, y, label)
        right = PANEL_X + c.stringWidth(label, "Helvetica", 9)
        c.rect(right + 3, y - 1, 9, 9, stroke=1, fill=n % 2)
    c.showPage()
    c.save()


@pytest.mark.parametrize("panel", [False, True], ids=["no-fill", "panel-fill"])
@pytest.mark.parametrize("offset", [1.5, 3.0, 4.5, 6.0, 7.5])
def test_a_label_before_its_box_takes_no_word_of_the_next_column(tmp_path, offset, panel):
    path = tmp_path / "columns.pdf"
    _page(path, offset, panel)
    items = read(path).items
    labels = [i.label for i in items if isinstance(i, Checkbox)]
    text = " ".join(line for i in items if isinstance(i, TextBlock) for line in i.raw_lines).split()
    assert sorted(labels, key=str) == sorted(LABELS)
    assert sorted(text) == sorted(BODY)


def test_a_heading_over_a_list_of_labels_before_their_boxes_is_no_part_of_the_first_label(tmp_path):
    path = tmp_path / "heading.pdf"
    _page(path, 6.0, True, heading="Categoría")
    items = read(path).items
    labels = [i.label for i in items if isinstance(i, Checkbox)]
    text = " ".join(line for i in items if isinstance(i, TextBlock) for line in i.raw_lines).split()
    assert sorted(labels, key=str) == sorted(LABELS)
    assert "Categoría" in text


def _box(label: str) -> CategoryBox:
    box = Checkbox(checked=True, label=label, method="glyph")
    term = next(t for t in categories() if label.lower().startswith(t.names[0].lower()[:5]))
    return CategoryBox(box, term.id)


def test_a_category_label_with_words_beyond_its_name_keeps_them_in_an_aviso():
    assert words_beyond("Cooperativas espacio", next(t for t in categories() if t.id == "cooperativas")) == "espacio"
    messages = extra_label_words([_box("Cooperativas espacio"), _box("Sociolaboral")])
    assert len(messages) == 1 and "«espacio»" in messages[0]


@pytest.mark.parametrize(
    "label", ["Cooperativas", "Acogida y atención", "Otra: Regularización", "Intermediación laboral"]
)
def test_a_category_label_that_is_its_name_or_otra_with_text_gets_no_aviso(label):
    assert extra_label_words([_box(label)]) == []
