"""Label | value rows broken by a page or a column (issue 20, browser harness kinds "a value continued
on the next page without its label", "a heading broken by a column", "a justified line in a narrow
value cell broken at its wide gap").

- A row's value cut at the page's foot goes on at the top of the next page in its value column,
  above the next page's only row (one heading: no heading column of two): it is read before that
  heading, whether it stands a line gap apart from the next row's value or runs into it at the
  leading (one block, cut at the row's top).
- A heading broken by the page, its rest at the top of two pages (two fichas break alike), is no
  running header: a template heading's piece at the page's top is content.
- A heading set at the foot of a column, its rest at the top of the next column, is one heading; a
  side column's own heading read next (a heading whole, no piece of one) is none of it.
- A Sello table (a cell for each name and justification) that opens the next column after the
  Sello's card is the Sello's whole, not its first cell alone.
- Two grids side by side, their baselines a few points apart, each heading larger than the text and
  wrapped between two of its value's lines: the words of one line form one row, never chained
  through the headings' lines into the lines above and below (which read a narrow justified line,
  "realizan   dos", as two pieces of the lines around it).
"""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from extractor.layout import Line, Provenance, TextBlock
from extractor.readers.pdf.reader import read_pages
from extractor.readers.pdf.running import margin_keys, repeated_keys, without_running
from extractor.segment.rows import join_stacked_headings

from .pdf_canvas import BODY, BOLD, Sheet, typeset
from .test_pdf_beside_rows import (
    DESCRIPTION,
    INNOVATION,
    LEADING,
    SELLO,
    SIZE,
    assert_sello_rows_then_innovation,
    head,
    label,
    only_missing_sections,
    paragraph,
    records,
)


@pytest.mark.parametrize("apart", [True, False], ids=["a-line-gap-apart", "at-the-leading"])
def test_a_value_going_on_above_the_next_pages_lone_row_stays_its_own(tmp_path, apart):
    """The innovation's heading (four lines, wide) stands at the foot of page 1, its text right of
    it; the text's last lines go on at the top of page 2 in the same column. Under them the Sello's
    heading, narrow, the page's only one, its text starting further left, level with it: a line
    gap under the innovation's rest, or right at the leading (read as one block with it)."""
    path = tmp_path / "page.pdf"
    sheet = Sheet(path)
    top = head(sheet)
    right = label(sheet, top, ["BREVE", "DESCRIPCIÓN"])
    top = paragraph(sheet, right + 10, top, typeset(DESCRIPTION, 355 - (right + 10), SIZE)) + LEADING
    top = max(top, sheet.height - 60 - 4 * LEADING)  # the innovation's row at the page's foot
    right = label(sheet, top, ["ELEMENTO", "INNOVADOR/CREATIVO", "DEL PROYECTO O", "ACTIVIDAD"])
    x = right + 10
    innovation = typeset(INNOVATION, 355 - x, SIZE)
    assert len(innovation) > 6
    paragraph(sheet, x, top, innovation[:5])
    sheet.next_page()
    top = paragraph(sheet, x, 50, innovation[5:]) + (LEADING if apart else 0.0)
    right = label(sheet, top, ["LÍNEAS SELLO"])
    assert right + 10 < x  # the Sello's text starts left of the innovation's
    paragraph(sheet, right + 10, top, typeset(SELLO, 355 - (right + 10), SIZE))
    sheet.save()
    (record,) = records(path)
    assert record["elemento_innovador"] == INNOVATION
    assert [s["linea"] for s in record["lineas_sello"]] == ["politicas_locales"]
    assert only_missing_sections(record)


def test_a_headings_rest_at_the_top_of_two_pages_is_no_running_header(tmp_path):
    """Three pages under one running header; two of them open with "del proyecto o" (a heading broken
    by the page, in two fichas, in the text's size) at one place in the top band. The headers go
    (the smaller "Sello Migrante" too, though "Líneas Sello Migrante" ends with it), the heading's
    rest stays."""
    path = tmp_path / "rest.pdf"
    sheet = Sheet(path)
    for n in range(3):
        sheet.text(45, 24, "Fichas de Buenas Prácticas Municipales", 8)
        sheet.text(480, 24, "Sello Migrante", 8)  # the end of a heading's name ("Líneas Sello Migrante")
        if n:
            sheet.text(246, 46, "del proyecto o", 12)
            sheet.text(246, 60, "actividad:", 12)
        sheet.lines(350, 46, ["Texto que sigue de la página anterior."] * 20, SIZE)
        sheet.next_page()
    sheet.save()
    pages = read_pages(str(path))
    keys = repeated_keys([margin_keys(page) for page in pages])
    kept = [{w["text"] for w in without_running(page, keys)} for page in pages]
    assert all("Fichas" not in words and "Migrante" not in words for words in kept)
    assert all({"del", "proyecto", "o"} <= words for words in kept[1:])


@pytest.mark.parametrize("grid", [False, True], ids=["alone", "under-a-grid"])
def test_a_heading_broken_by_a_column_is_one(tmp_path, grid):
    """Two columns of sections, each heading (bold) over its text: the innovation's heading ends the
    left column ("ELEMENTO INNOVADOR/CREATIVO"), its rest ("DEL PROYECTO O ACTIVIDAD:") opens the
    right one, the text under it, half an em higher than the left column's first heading. Under a
    grid (headings beside their values, their column the left column's edge) the joined heading
    stands at the foot of the left column, no row of the grid above."""
    path = tmp_path / "columns.pdf"
    sheet = Sheet(path)
    if grid:
        start = head(sheet) + 10
    else:
        sheet.text(40, 40, "Academia municipal abierta", 18, BOLD)
        sheet.text(40, 66, "Municipalidad de Arica", 11, BOLD)
        start = 100.0
    sheet.text(40, start, "BREVE DESCRIPCIÓN", SIZE + 1, BOLD)
    top = paragraph(sheet, 40, start + 1.6 * SIZE, typeset(DESCRIPTION, 230, SIZE)) + LEADING
    sheet.text(40, top, "ELEMENTO INNOVADOR/CREATIVO", SIZE + 1, BOLD)
    start -= 0.5 * SIZE
    sheet.text(310, start, "DEL PROYECTO O ACTIVIDAD:", SIZE + 1, BOLD)
    top = paragraph(sheet, 310, start + 1.6 * SIZE, typeset(INNOVATION, 230, SIZE)) + LEADING
    sheet.text(310, top, "LÍNEAS SELLO", SIZE + 1, BOLD)
    paragraph(sheet, 310, top + 1.6 * SIZE, typeset(SELLO, 230, SIZE))
    sheet.save()
    record = _the_heading_broken_read_whole(path)
    if grid:
        assert record["grupo_prioritario"] == "Personas migrantes y refugiadas."
        assert record["forma_financiamiento"]["texto"] == "Recursos propios de la municipalidad."
    assert only_missing_sections(record)


DATES = ["Inicia el año 2022. Se", "realizan dos", "programas al año, con", "una duración de 3", "meses cada uno."]
FUNDING = [
    "Open Society Foundations a",
    "través de la Corporación",
    "Municipal Costa Chinchorro.",
    "Recursos propios de la",
    "municipalidad.",
]


def _justified(sheet: Sheet, x: float, top: float, line: str, measure: float) -> None:
    """One line set across `measure` points, its word gaps stretched alike."""
    words = line.split()
    if len(words) == 1:
        sheet.text(x, top, line, SIZE)
        return
    gap = (measure - sum(stringWidth(w, BODY, SIZE) for w in words)) / (len(words) - 1)
    for word in words:
        sheet.text(x, top, word, SIZE)
        x += stringWidth(word, BODY, SIZE) + gap


@pytest.mark.parametrize("heading_size", [12.0, 13.0])
def test_lines_beside_a_larger_heading_are_not_chained_into_one_row(tmp_path, heading_size):
    """Two grids side by side in cards (a frame round each), the right one 3 pt lower; each heading
    wrapped over two lines in `heading_size` points, its lines 15 pt apart, between its value's lines
    (10 pt, 12 pt apart, justified in a narrow cell, one line two words only); the description's row
    under both. Each value reads as printed (a word joins the row whose bottom is nearest: the rows
    of `order._rows` chained through the headings' lines, read "realizanprogramas al año, doscon")."""
    path = tmp_path / "grids.pdf"
    sheet = Sheet(path)
    sheet.text(40, 40, "Academia municipal abierta", 18, BOLD)
    sheet.text(40, 66, "Municipalidad de Arica", 11, BOLD)
    for x, value_x, drop, heading, value in [
        (51.5, 181.1, 0.0, ["FECHAS DE", "IMPLEMENTACIÓN:"], DATES),
        (302.9, 423.4, 3.0, ["FORMA DE", "FINANCIAMIENTO:"], FUNDING),
    ]:
        sheet.rect(x - 8, 282 + drop, value_x - x + 130, 76, radius=4)  # a card round each grid
        sheet.lines(x, 290 + drop, heading, heading_size, BODY, 15 / heading_size)
        measure = max(stringWidth(line, BODY, SIZE) for line in value)
        for n, line in enumerate(value):
            top = 290 + drop + 12 * n
            if n < len(value) - 1:
                _justified(sheet, value_x, top, line, measure)
            else:
                sheet.text(value_x, top, line, SIZE)
    sheet.lines(51.5, 380, ["BREVE", "DESCRIPCIÓN"], heading_size, BODY, 15 / heading_size)
    paragraph(sheet, 181.1, 380, typeset(DESCRIPTION, 540 - 181.1, SIZE))
    sheet.save()
    (record,) = records(path)
    assert record["fechas_implementacion"]["texto"] == " ".join(DATES)
    assert record["forma_financiamiento"]["texto"] == " ".join(FUNDING)
    assert record["descripcion"] == DESCRIPTION


SELLO_ROWS = [
    (
        ["Políticas locales", "y trabajo", "colaborativo"],
        "ya que la actividad es coordinada junto a la Corporación de Cultura.",
    ),
    (["Vinculación", "comunitaria"], "ya que el festival visibiliza la diversidad cultural de la comuna."),
    (["Estrategias", "formativas y de", "sensibilización"], "ya que genera instancias contra la discriminación."),
]


def test_a_sello_table_going_on_in_the_next_column_is_the_sections_whole(tmp_path):
    """Sections in cards (a filled frame round each, its heading inside), in two columns on page 2.
    The Sello's card ends the left column with its lead-in; its table of lines (a frame round the
    table, each name and justification a framed cell of its own) opens the right column. Every cell
    is the Sello's: each line with its justification."""
    path = tmp_path / "cards.pdf"
    sheet = Sheet(path)
    sheet.text(40, 40, "Festival multicultural", 18, BOLD)
    sheet.text(40, 66, "Municipalidad de San Joaquín", 11, BOLD)

    def card(x: float, top: float, width: float, heading: str, text: str) -> float:
        lines = typeset(text, width - 12, SIZE)
        height = 2 * LEADING + LEADING * len(lines) + 12
        sheet.rect(x - 6, top - 6, width, height, stroke=False, fill="F0F3F8")
        sheet.text(x, top, heading, SIZE + 2, BODY)
        paragraph(sheet, x, top + 2 * LEADING, lines)
        return top + height + 10

    top = card(40, 100, 515, "GRUPO PRIORITARIO", "Comunidad migrante y local.")
    card(40, top, 515, "BREVE DESCRIPCIÓN", DESCRIPTION)
    sheet.next_page()
    top = card(40, 50, 246, "ELEMENTO INNOVADOR", INNOVATION)
    card(40, top, 246, "LÍNEAS SELLO", "Se destaca el trabajo en las líneas de acción de Sello:")
    top = 56.0
    sheet.rect(304, top - 16, 252, 190, stroke=False, fill="F0F3F8")  # the table's frame, taller than the left card
    for name, justification in SELLO_ROWS:
        lines = typeset(justification, 140, SIZE)
        height = LEADING * max(len(name), len(lines)) + 12
        sheet.rect(308, top - 6, 92, height, fill="FFFFFF")
        sheet.rect(400, top - 6, 152, height, fill="FFFFFF")
        sheet.lines(314, top, name, SIZE, BOLD, LEADING / SIZE)
        paragraph(sheet, 406, top, lines)
        top += height
    sheet.save()
    (record,) = records(path)
    assert_sello_rows_then_innovation(record, SELLO_ROWS)


def test_a_heading_broken_by_the_page_past_a_side_panels_heading_is_one(tmp_path):
    """The innovation's heading (bold) ends page 1's column; a side column right of it (no frame
    round it), read after it, opens with its own heading in the same dress ("CATEGORÍA", higher and
    further right: as the next column's top would stand). The heading's rest opens page 2: the
    heading is the innovation's whole, the side column's heading no piece of it."""
    path = tmp_path / "panel.pdf"
    sheet = Sheet(path)
    top = head(sheet)
    sheet.text(378, 100, "CATEGORÍA", SIZE + 1, BOLD)
    for n, name in enumerate(["Sociolaboral", "Capacitaciones", "NNA"]):
        sheet.text(378, 124 + 16 * n, name, SIZE)
    sheet.text(40, top, "BREVE DESCRIPCIÓN", SIZE + 1, BOLD)
    top = paragraph(sheet, 40, top + 1.6 * SIZE, typeset(DESCRIPTION, 300, SIZE)) + LEADING
    top = max(top, sheet.height - 70)
    sheet.text(40, top, "ELEMENTO INNOVADOR/CREATIVO", SIZE + 1, BOLD)
    sheet.next_page()
    sheet.text(40, 50, "DEL PROYECTO O ACTIVIDAD:", SIZE + 1, BOLD)
    top = paragraph(sheet, 40, 50 + 1.6 * SIZE, typeset(INNOVATION, 300, SIZE)) + LEADING
    sheet.text(40, top, "LÍNEAS SELLO", SIZE + 1, BOLD)
    paragraph(sheet, 40, top + 1.6 * SIZE, typeset(SELLO, 300, SIZE))
    sheet.save()
    _the_heading_broken_read_whole(path)


def _block(text: str, box: tuple[float, float, float, float], size: float = 11.0) -> TextBlock:
    line = Line(text, size=size, bold=True, font="Bold", prov=Provenance(1, box))
    return TextBlock([line], prov=Provenance(1, box))


def test_a_heading_joined_across_a_column_break_is_boxed_in_its_first_column():
    """The joined heading stands where its first line does: its box is that line's column's, not a
    box across both columns (which would reach up into the grid rows beside the left column and
    stand there as one more row's heading)."""
    first = _block("ELEMENTO INNOVADOR/CREATIVO", (40.0, 700.0, 210.0, 711.0))
    text = TextBlock(
        [Line("Texto de la descripción.", size=10.0, prov=Provenance(1, (40.0, 680.0, 200.0, 690.0)))],
        prov=Provenance(1, (40.0, 680.0, 200.0, 690.0)),
    )
    rest = _block("DEL PROYECTO O ACTIVIDAD:", (310.0, 460.0, 480.0, 471.0))
    body = TextBlock(
        [Line("Se destaca la academia.", size=10.0, prov=Provenance(1, (310.0, 480.0, 420.0, 490.0)))],
        prov=Provenance(1, (310.0, 480.0, 420.0, 490.0)),
    )

    def match(block: TextBlock) -> float | None:
        text = " ".join(line.text for line in block.lines)
        return 100.0 if text.startswith("ELEMENTO INNOVADOR/CREATIVO") else None

    out = join_stacked_headings([text, first, rest, body], match)
    heading = out[1]
    assert isinstance(heading, TextBlock)
    assert [line.text for line in heading.lines] == ["ELEMENTO INNOVADOR/CREATIVO", "DEL PROYECTO O ACTIVIDAD:"]
    assert heading.prov.bbox == (40.0, 700.0, 210.0, 711.0)
    assert out[2] is body


def _the_heading_broken_read_whole(path) -> dict:
    """The one record of `path`, after checking that the texts around the broken "Elemento
    innovador" heading (the description before it, its own text, the Sello line after it) are whole."""
    (record,) = records(path)
    assert record["elemento_innovador"] == INNOVATION
    assert record["descripcion"] == DESCRIPTION
    assert [s["linea"] for s in record["lineas_sello"]] == ["politicas_locales"]
    return record
