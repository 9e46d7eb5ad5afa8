"""Paragraphs set apart by neither space nor indent, told by a line left unfilled (issue 20, a new
user's trial: a description's paragraphs printed at one pitch came out as one).

- Justified text: only a paragraph's last line stops short of the edge the others are stretched
  to, so a sentence's end short of it ends the paragraph; one stretched to it does not.
- Ragged text: a line breaks early only where its paragraph ends, so a sentence's end followed
  by a line whose first word would have fitted after it ends the paragraph; where that word
  would not have fitted, the paragraph goes on.
"""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records
from .test_pdf_column_breaks import WORDS, broken, justified

WIDTH = 300.0


def head(sheet: Sheet) -> float:
    """A ficha's title, municipality and priority group, then the description's heading; returns
    the top of the description's first line."""
    sheet.text(45, 50, "Escuela de oficios para mujeres migrantes", 20, BOLD)
    sheet.text(45, 85, "MUNICIPALIDAD PUENTE ALTO", 10, BOLD)
    top = sheet.text(45, 115, "Grupo prioritario", 12, BOLD) + 8
    top = sheet.text(45, top, "Mujeres migrantes.", 10, BODY) + 16
    return sheet.text(45, top, "Breve descripción", 12, BOLD) + 8


def paragraph(start: str, count: int, ragged: bool) -> list[str]:
    """Words of a paragraph of about three lines, a sentence ending it; ragged paragraphs are cut
    so that their last line leaves room for a long word (the next paragraph's first)."""
    words = [start, *(WORDS * 3)[1:count]]
    if ragged:
        lines = broken(words, WIDTH)
        while stringWidth(" ".join(lines[-1]) + ". Posteriormente", BODY, 10) > WIDTH - 10:
            lines[-1] = lines[-1][:-1]
        words = [w for line in lines for w in line]
    return [*words[:-1], words[-1] + "."]


def description_at_one_pitch(path, ragged: bool) -> list[str]:
    """A ficha whose description holds three paragraphs set at the lines' own pitch (no space, no
    indent), justified with short last lines or ragged right; returns the paragraphs' texts."""
    sheet = Sheet(path)
    top = head(sheet)
    texts = []
    for start, count in (("Desde", 30), ("Posteriormente", 24), ("Finalmente", 27)):
        lines = justified(sheet, 45, top, paragraph(start, count, ragged), WIDTH, ragged_end=True, ragged=ragged)
        texts.append(" ".join(lines))
        top += len(lines) * 13.5
    top = sheet.text(45, top + 12, "Elemento innovador", 12, BOLD) + 8
    sheet.text(45, top, "Se trabaja con las vecinas del barrio.", 10, BODY)
    sheet.save()
    return texts


@pytest.mark.parametrize("ragged", [False, True], ids=["justified", "ragged"])
def test_a_line_left_unfilled_ends_its_paragraph(tmp_path, ragged):
    texts = description_at_one_pitch(tmp_path / "ficha.pdf", ragged)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["descripcion"] == "\n\n".join(texts)


def sentence_ends_at_a_full_line(path, ragged: bool) -> str:
    """A description of one paragraph in which a sentence ends at a line's end, the line full:
    stretched to the edge (justified) or with no room for the next line's first word (ragged)."""
    sheet = Sheet(path)
    top = head(sheet)
    first = broken(["Desde", *(WORDS * 3)[1:40]], WIDTH)[:2]
    if ragged:  # the second line ends a sentence with no room for "Posteriormente" after it
        while stringWidth(" ".join(first[1]) + ". Posteriormente", BODY, 10) <= WIDTH:
            first[1].append("sede")
    words = [w for line in first for w in line]
    words = [*words[:-1], words[-1] + ".", "Posteriormente", *WORDS[1:25]]
    words[-1] += "."
    lines = justified(
        sheet, 45, top, words, WIDTH + (30 if ragged else 0), ragged_end=True, ragged=ragged, measure=WIDTH
    )
    top += len(lines) * 13.5
    top = sheet.text(45, top + 12, "Elemento innovador", 12, BOLD) + 8
    sheet.text(45, top, "Se trabaja con las vecinas del barrio.", 10, BODY)
    sheet.save()
    assert lines[1].endswith(".") and lines[2].startswith("Posteriormente")
    return " ".join(lines)


@pytest.mark.parametrize("ragged", [False, True], ids=["justified", "ragged"])
def test_a_sentence_ending_on_a_full_line_goes_on_in_its_paragraph(tmp_path, ragged):
    text = sentence_ends_at_a_full_line(tmp_path / "ficha.pdf", ragged)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["descripcion"] == text


@pytest.mark.parametrize("spaced", [False, True], ids=["unmarked", "spaced"])
def test_a_full_ragged_line_ending_a_sentence_is_a_doubt_where_paragraphs_are_unmarked(tmp_path, spaced):
    """Ragged text, a sentence ending on a line with no room for the next line's first word: in a
    document that sets its paragraphs apart by neither space nor indent, nothing tells whether the
    paragraph ends there (a new user's LibreOffice export: 5 paragraphs read as 4, estado ok): the
    paragraph goes on and an aviso on the description says so (the next paragraph, told by the room
    left on the line above it, shows paragraphs run together). Where that paragraph stands set apart
    by space, paragraphs are marked and the line goes on with no aviso."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    top = head(sheet)
    first = broken(["Desde", *(WORDS * 3)[1:40]], WIDTH)[:2]
    while stringWidth(" ".join(first[1]) + ". Posteriormente", BODY, 10) <= WIDTH:
        first[1].append("sede")
    words = [w for line in first for w in line]
    words = [*words[:-1], words[-1] + ".", "Posteriormente", *WORDS[1:25]]
    words[-1] += "."
    lines = justified(sheet, 45, top, words, WIDTH + 30, ragged_end=True, ragged=True, measure=WIDTH)
    top += len(lines) * 13.5
    gap = 8 if spaced else 0  # unmarked: the next paragraph told only by the room left on the line above
    more = justified(sheet, 45, top + gap, ["Finalmente", *WORDS[1:20], "comuna."], WIDTH + 30, ragged=True)
    texts = [" ".join(lines), " ".join(more)]
    top += gap + len(more) * 13.5
    top = sheet.text(45, top + 12, "Elemento innovador", 12, BOLD) + 8
    sheet.text(45, top, "Se trabaja con las vecinas del barrio.", 10, BODY)
    sheet.save()
    (got,) = records(path)
    assert got["descripcion"] == "\n\n".join(texts)
    doubts = [a for a in got["revision"]["avisos"] if a["campo"] == "descripcion"]
    assert [a["codigo"] for a in doubts] == ([] if spaced else ["lectura_dudosa"])
