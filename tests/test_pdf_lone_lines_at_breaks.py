"""A ragged paragraph's end at a page break told by widow and orphan control (issue 20, reportlab
harness kind "ragged column break flagged", seeds 48237 and 48467).

Ragged right text whose line at a page's foot ends a sentence too near the edge for the next
page's first word to have fitted after it leaves open whether the paragraph ended there (the
reader keeps the break and flags it, `test_pdf_column_breaks.py`). But when the foot side is one
lone line, a paragraph running across it would have left its first line alone at the foot (an
orphan), which orphan control (word processors, browsers, reportlab's default) never does: the
paragraph ended at the break, and nothing is flagged. A lone line at the next head tells nothing:
reportlab allows widows by default. A typesetter (InDesign) keeps orphans only when the designer
asks: under its name a lone line at the foot tells nothing either (a reviewer's point).
"""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

TEXT = (
    "la municipalidad abre una escuela de oficios para mujeres migrantes del barrio que se reúnen cada semana "
    "en la sede vecinal con sus hijas e hijos y aprenden costura repostería y peluquería con monitoras de la "
    "comuna que acompañan"
)
WORDS = TEXT.split(" ")
PITCH, SIZE, WIDTH = 13.5, 10.0, 300.0
NEXT = "Posteriormente las monitoras siguen el curso."


def _width(words: list[str]) -> float:
    return stringWidth(" ".join(words), BODY, SIZE)


def ragged_lines(words: list[str], rows: int) -> list[list[str]]:
    """`words` broken greedily into at most `rows` ragged lines under WIDTH points."""
    lines: list[list[str]] = [[]]
    for word in words:
        if lines[-1] and _width([*lines[-1], word]) > WIDTH - 3:
            if len(lines) == rows:
                break
            lines.append([])
        lines[-1].append(word)
    return lines


def full_sentence_line(words: list[str]) -> list[str]:
    """A line of `words` ending a sentence that fills WIDTH so nearly that NEXT's first word would
    not have fitted after it."""
    line = ragged_lines(words, 1)[0]
    line = [*line[:-1], line[-1] + "."]
    while _width(line) > WIDTH - 3:
        line = [*line[:-2], line[-2] + "."]
    assert _width([*line, NEXT.split()[0]]) > WIDTH
    return line


def draw(path, lone: str, producer: str | None = None) -> tuple[list[str], list[str]]:
    """Page 1: a ficha's head and its description, ragged right: a paragraph, then (a half line
    apart) a paragraph running to the page's foot whose last line is full and ends a sentence;
    with `lone` "foot", that paragraph is that one line alone. Page 2: NEXT, with a second line
    unless `lone` is "head", then the innovation element. Returns the description's paragraphs as
    printed and the text at page 2's head. `producer`: the /Producer named (reportlab's own unless given)."""
    sheet = Sheet(path)
    if producer is not None:
        sheet.canvas.setProducer(producer)
    sheet.text(45, 50, "Escuela de oficios para mujeres migrantes", 20, BOLD)
    sheet.text(45, 85, "MUNICIPALIDAD PUENTE ALTO", 10, BOLD)
    top = sheet.text(45, 115, "Breve descripción", 12, BOLD) + 8
    rows = int((770 - top) / PITCH)
    opening = rows - 2 if lone == "foot" else 4
    paragraphs = []
    first = ragged_lines(["Desde", "2022", *(WORDS * 8)], opening)
    first[-1] = [*first[-1][:-1], first[-1][-1] + "."]
    second = ragged_lines(["Cada", *(WORDS * 12)[1:]], 1 if lone == "foot" else rows - opening - 1)
    second[-1] = full_sentence_line(second[-1] + WORDS)
    for lines in (first, second):
        for line in lines:
            sheet.text(45, top, " ".join(line), SIZE, BODY)
            top += PITCH
        top += 7
        paragraphs.append(" ".join(" ".join(line) for line in lines))
    assert top - 7 <= 790
    sheet.next_page()
    top = sheet.text(45, 50, NEXT, SIZE, BODY) + 3.5
    after = [NEXT]
    if lone != "head":
        top = sheet.text(45, top, "Se trabaja con las vecinas del barrio todo el año.", SIZE, BODY) + 3.5
        after.append("Se trabaja con las vecinas del barrio todo el año.")
    top = sheet.text(45, top + 12, "Elemento innovador", 12, BOLD) + 8
    top = sheet.text(45, top, "Se trabaja con las vecinas del barrio.", SIZE, BODY) + 16
    top = sheet.text(45, top, "Sostenibilidad en el tiempo", 12, BOLD) + 8
    sheet.text(45, top, "Sigue vigente y tiene una periodicidad anual.", SIZE, BODY)
    sheet.save()
    return paragraphs, after


@pytest.mark.parametrize(
    ("lone", "unsure"),
    [
        ("foot", False),  # the paragraph's first line alone at the foot: an orphan, had it run on
        ("head", True),  # one line alone at the next head: a widow, which reportlab's default allows
        ("neither", True),  # two lines or more on each side: nothing tells
    ],
)
def test_a_lone_line_at_the_foot_of_a_ragged_break_ends_the_paragraph(tmp_path, lone, unsure):
    paragraphs, after = draw(tmp_path / "ficha.pdf", lone)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["descripcion"] == "\n\n".join([*paragraphs, " ".join(after)])
    assert got["elemento_innovador"] == "Se trabaja con las vecinas del barrio."
    flagged = [a["campo"] for a in got["revision"]["avisos"] if a["codigo"] == "lectura_dudosa"]
    assert flagged == (["descripcion"] if unsure else []), flagged


def test_a_lone_line_at_the_foot_of_a_typesetters_page_tells_nothing(tmp_path):
    """Under a producer whose defaults allow orphans the break stays flagged."""
    paragraphs, after = draw(tmp_path / "ficha.pdf", "foot", producer="Adobe PDF Library 17.0 (Adobe InDesign 18.0)")
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["descripcion"] == "\n\n".join([*paragraphs, " ".join(after)])
    flagged = [a["campo"] for a in got["revision"]["avisos"] if a["codigo"] == "lectura_dudosa"]
    assert flagged == ["descripcion"], flagged
