"""Short two-column blocks and columns set close to a side panel (issue 20, browser harness kind
"long texts set in two columns read in the wrong order").

- A page holding only the last lines of a text set in two columns (two or three lines in the left
  column, one to three in the right: what a CSS multi-column box carries over to a new page) is
  two columns: a white band that runs through every line of the block, with the right column's
  lines starting at one x (or one line alone beside the band) and a gap unlike its line's word
  spaces, is a gutter however few lines it runs through. Read row by row, "La integralidad se
  perspectiva de género. destaca al trabajar con" passed as the field's text.
- A two-line paragraph of one column whose first line is stretched (justification's wide, even
  spaces) is no such block: it stays one line.
- A region with no white across it anywhere (a side panel running down the page beside the
  columns) is parted by a white band down it however narrow (a side panel set closer to the text
  than a column gutter), never read row by row, which interleaves two columns' lines.
- No line runs from a drawn panel out of it: a column's word set a word space from a side panel's
  line on the same baseline ends its line there.
- A heading in a drawn region holding it alone (a pill, a band) is the page's text flow as much as
  a bare one: at a page's foot, past a side panel read after the column, it takes the next page's
  text (which went on with the section before it, the flow's last).
"""

from __future__ import annotations

import contextlib

import pytest

from extractor.layout import TextBlock
from extractor.pipeline import extract_document
from extractor.readers import read
from extractor.segment.paragraphs import group_lines

from .pdf_builders import justified_line
from .pdf_canvas import BOLD, Sheet, typeset

TEXT = (
    "gracias a la Escuela las mujeres pueden acceder a información relevante en distintas temáticas de "
    "interés. La integralidad se destaca al trabajar con perspectiva de género y con las familias."
)


def _lines(path) -> list[str]:
    """The document's lines in reading order."""
    return [line for item in group_lines(read(path).items) if isinstance(item, TextBlock) for line in item.raw_lines]


def _short_block(path, left: int, right: int, justified: bool, size: float, gutter: float) -> list[str]:
    """A page holding a block of `left` lines in the left column and `right` in the right one, level
    at the top, below a first page of other text; returns the block's lines in reading order."""
    measure = 150.0
    lines = typeset(TEXT, measure, size)[: left + right]
    sheet = Sheet(path)
    sheet.text(50, 80, "Escuela de Mujeres", 18, BOLD)
    sheet.lines(50, 120, typeset(TEXT, 400, size), size)
    sheet.next_page()
    pitch = 1.4 * size
    for n, line in enumerate(lines):
        column, row = divmod(n, left) if n < left else (1, n - left)
        x, top = 50.0 + column * (measure + gutter), 60.0 + row * pitch
        last = n == len(lines) - 1
        justified_line(sheet, x, top, line, measure if justified and not last else None, size)
    sheet.save()
    return lines


@pytest.mark.parametrize("gutter", [18.0, 26.0])
@pytest.mark.parametrize("size", [9.0, 11.0])
@pytest.mark.parametrize("justified", [False, True], ids=["ragged", "justified"])
@pytest.mark.parametrize("left, right", [(2, 1), (2, 2), (3, 1), (3, 2), (3, 3)])
def test_a_short_two_column_block_is_read_column_by_column(tmp_path, left, right, justified, size, gutter):
    """The block's left column is read whole, then the right one: no line joins the two columns'
    lines across the gutter, however few lines the block holds."""
    expected = _short_block(tmp_path / "short.pdf", left, right, justified, size, gutter)
    got = _lines(tmp_path / "short.pdf")
    assert got[-len(expected) :] == expected


STRETCHED = ["Intermediación interinstitucional comunitaria", "de personas."]


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_a_stretched_line_of_a_short_paragraph_stays_one_line(tmp_path, size):
    """A two-line paragraph of one column whose first line is justified across 400 points with three
    long words (spaces wider than a gutter, all of one width) and whose last line ends before the
    first of them: one line, not two columns."""
    sheet = Sheet(tmp_path / "stretched.pdf")
    justified_line(sheet, 50, 100, STRETCHED[0], 400, size)
    justified_line(sheet, 50, 100 + 1.4 * size, STRETCHED[1], None, size)
    sheet.save()
    assert _lines(tmp_path / "stretched.pdf") == STRETCHED


SPANNING = "Febrero a marzo 2022: formalización de solicitudes de refugio."
FIRST = (
    "Desde el año 2021 la oficina de migración identificó la llegada de doce personas provenientes de "
    "Afganistán, quienes se sumaron a las primeras familias que llegaron a la comuna."
)
SECOND = (
    "La comunidad afgana recién llegada logra acceder a la formación que se realiza desde sus hogares, "
    "además de tablets y diccionarios para los estudios."
)
PANEL = ["Oficina de Migración,", "Refugio e", "Interculturalidad", "Dirección de Salud", "Dirección de", "Educación"]


def test_columns_beside_a_close_side_panel_are_read_one_at_a_time(tmp_path):
    """A line across both columns, two columns below it (the right one starting lower), and a filled
    side panel 4 points right of the text running from above the first line to below the last, its
    first line on the right column's first baseline a word space from it: no white crosses the
    region, and the only white down it next to the gutter is narrower than a gutter. The spanning
    line, the left column, the right column, then the panel's lines."""
    size, measure, gutter = 10.0, 150.0, 18.0
    sheet = Sheet(tmp_path / "panel.pdf")
    right_x, text_end = 50 + measure + gutter, 50 + 2 * measure + gutter
    sheet.rect(text_end + 4, 90, 140, 260, stroke=False, fill="e8eef8")
    assert typeset(SPANNING, 2 * measure + gutter, size) == [SPANNING]
    sheet.text(50, 100, SPANNING, size)
    left, right = typeset(FIRST, measure, size), typeset(SECOND, measure, size)
    for n, line in enumerate(left):
        justified_line(sheet, 50, 125 + n * 1.45 * size, line, None if n == len(left) - 1 else measure, size)
    for n, line in enumerate(right):
        justified_line(sheet, right_x, 117 + n * 1.45 * size, line, None if n == len(right) - 1 else measure, size)
    for n, line in enumerate(PANEL):
        sheet.text(text_end + 12, 117 + n * 1.45 * size, line, size)
    sheet.save()
    assert _lines(tmp_path / "panel.pdf") == [SPANNING, *left, *right, *PANEL]


SECTIONS = [
    ("Oficinas municipales", ["Oficina de Migración"]),
    ("Grupo prioritario", ["Mujeres migrantes jefas de hogar."]),
    ("Forma de financiamiento", ["Recursos propios municipales."]),
    ("Sostenibilidad en el tiempo", ["Se repite cada año con la comunidad."]),
]


@pytest.mark.parametrize("dress", [None, "band"], ids=["bare", "band"])
def test_a_heading_at_a_pages_foot_takes_the_next_pages_text_past_a_side_panel(tmp_path, dress):
    """Page 1: the description in a left column, then the innovation element's heading at the
    column's foot (bare, or in a filled band that holds it alone), its text starting on page 2;
    beside the column a filled side panel with the short sections, read after the column. Page 2's
    text goes on with the heading's section, not with the description (the last section the flow
    gave text) nor with the panel's."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    sheet.text(45, 50, "Escuela de oficios para mujeres migrantes", 20, BOLD)
    sheet.text(45, 85, "MUNICIPALIDAD PUENTE ALTO", 10, BOLD)
    sheet.rect(330, 110, 230, 690, stroke=False, fill="DCE6F2")
    top = 120.0
    for heading, lines in SECTIONS:
        top = sheet.text(340, top, heading, 12, BOLD) + 6
        top = sheet.lines(340, top, lines, size=10) + 12
    top = sheet.text(45, 120, "Breve descripción", 12, BOLD) + 6
    top = sheet.lines(45, top, ["La municipalidad abre una escuela de oficios."] * 20, size=10) + 12
    if dress == "band":
        sheet.rect(40, top - 4, 260, 20, stroke=False, fill="F2D7C4")
    sheet.text(45, top, "Elemento innovador", 12, BOLD)
    sheet.next_page()
    top = sheet.lines(45, 50, ["Se trabaja con las vecinas del barrio."] * 3, size=10) + 12
    top = sheet.text(45, top, "Líneas Sello", 12, BOLD) + 6
    sheet.lines(45, top, ["Vinculación comunitaria, ya que se abre a las vecinas."], size=10)
    sheet.save()
    with contextlib.chdir(tmp_path):
        (got,) = [f.model_dump(mode="json") for f in extract_document(path).fichas]
    assert got["descripcion"] == " ".join(["La municipalidad abre una escuela de oficios."] * 20)
    assert got["elemento_innovador"] == " ".join(["Se trabaja con las vecinas del barrio."] * 3)
    assert got["sostenibilidad"] == "Se repite cada año con la comunidad."


@pytest.mark.parametrize("caps", [False, True], ids=["plain", "caps"])
def test_a_heading_broken_across_a_column_break_is_one_heading(tmp_path, caps):
    """Two columns: the description, then the innovation element's heading at the left column's
    foot, its first line matching the heading fully ("Elemento innovador/creativo"); its last
    line ("del proyecto o actividad:") at the top of the right column, over its text. The two
    pieces are one heading: the section's text does not open with the heading's last words."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)

    def case(text: str) -> str:
        return text.upper() if caps else text

    sheet.text(45, 50, "Escuela de oficios para mujeres migrantes", 20, BOLD)
    sheet.text(45, 85, "MUNICIPALIDAD PUENTE ALTO", 10, BOLD)
    top = 115.0
    for heading, lines in [*SECTIONS, ("Breve descripción", ["La municipalidad abre una escuela de oficios."] * 30)]:
        top = sheet.text(45, top, case(heading), 12, BOLD) + 6
        top = sheet.lines(45, top, lines, size=10) + 12
    sheet.text(45, top, case("Elemento innovador/creativo"), 12, BOLD)
    right = sheet.text(310, 115, case("del proyecto o actividad:"), 12, BOLD) + 6
    right = sheet.lines(310, right, ["Se trabaja con las vecinas del barrio."] * 3, size=10) + 12
    right = sheet.text(310, right, case("Líneas Sello"), 12, BOLD) + 6
    sheet.lines(310, right, ["Vinculación comunitaria, ya que se abre a las vecinas."], size=10)
    sheet.save()
    assert top < 800
    with contextlib.chdir(tmp_path):
        (got,) = [f.model_dump(mode="json") for f in extract_document(path).fichas]
    assert got["elemento_innovador"] == " ".join(["Se trabaja con las vecinas del barrio."] * 3)


def test_text_carried_to_the_next_page_does_not_join_a_label_over_a_side_panel(tmp_path):
    """Page 1: the title and the sections in a left column, the innovation element's text cut at the
    page's foot mid-sentence; right of it the municipality label (printed bare) over a filled side
    panel holding the categories, both read after the column. Page 2: the sentence goes on in lower
    case. The label is no paragraph cut by the break (the panel stands under it, in its column):
    the sentence goes on in the innovation element, and the label stays the label."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    sheet.text(45, 50, "Escuela de oficios", 20, BOLD)
    sheet.text(340, 60, "MUNICIPALIDAD PUENTE ALTO", 10, BOLD)
    sheet.rect(330, 90, 230, 130, stroke=False, fill="DCE6F2")
    row = sheet.text(340, 98, "Categoría", 12, BOLD) + 6
    sheet.ballot_list(340, row, ["Sociolaboral", "Acogida/atención", "Emprendimiento", "Capacitaciones"], [1], 13)
    top = 90.0
    for heading, lines in [*SECTIONS, ("Breve descripción", ["La municipalidad abre una escuela de oficios."] * 20)]:
        top = sheet.text(45, top, heading, 12, BOLD) + 6
        top = sheet.lines(45, top, lines, size=10) + 12
    top = sheet.text(45, top, "Elemento innovador", 12, BOLD) + 6
    sheet.lines(45, top, ["Se trabaja con las vecinas del barrio"] * 6 + ["y se mantiene la"], size=10)
    sheet.next_page()
    top = sheet.lines(45, 50, ["jornada de manera periódica."], size=10) + 12
    top = sheet.text(45, top, "Líneas Sello", 12, BOLD) + 6
    sheet.lines(45, top, ["Vinculación comunitaria, ya que se abre a las vecinas."], size=10)
    sheet.save()
    with contextlib.chdir(tmp_path):
        (got,) = [f.model_dump(mode="json") for f in extract_document(path).fichas]
    assert got["municipalidad"]["texto"] == "MUNICIPALIDAD PUENTE ALTO"
    assert got["elemento_innovador"].endswith("y se mantiene la jornada de manera periódica.")
