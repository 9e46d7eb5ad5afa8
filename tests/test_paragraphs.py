"""Step 1 of the paragraph rules (`segment.paragraphs.group_lines`) on a PDF reader's lines made by hand:
the reader groups no lines, so what runs on as one paragraph is decided here alone."""

from __future__ import annotations

from extractor.layout import Checkbox, Item, Line, Provenance, TextBlock
from extractor.segment.paragraphs import group_lines

SIZE, LEADING = 10.0, 12.0  # points


def line(text: str, row: float, page: int = 1, x0: float = 72.0, bullet: bool = False, bold: bool = False) -> Line:
    """A line of 10-point text whose top is `row` leadings down the page."""
    top = 100.0 + row * LEADING
    return Line(text, SIZE, bold, "Helvetica", Provenance(page, (x0, top, x0 + 200.0, top + SIZE)), bullet=bullet)


def read(*lines: Line, region: str | None = None) -> list[Item]:
    """The lines as the PDF reader gives them: one block each."""
    return [TextBlock([ln], prov=ln.prov, region=region) for ln in lines]


def texts(items: list[Item]) -> list[list[str]]:
    return [item.raw_lines if isinstance(item, TextBlock) else [item.kind] for item in items]


def test_close_lines_are_one_paragraph_and_a_wider_gap_starts_another():
    lines = [line("uno", 0), line("dos", 1), line("tres", 2), line("cuatro", 4), line("cinco", 5)]
    grouped = group_lines(read(*lines))
    assert texts(grouped) == [["uno", "dos", "tres"], ["cuatro", "cinco"]]
    assert grouped[0].prov.bbox == (72.0, 100.0, 272.0, 100.0 + 2 * LEADING + SIZE)


def test_a_bullet_starts_a_paragraph():
    lines = [line("uno", 0, bullet=True), line("dos", 1), line("tres", 2, bullet=True), line("cuatro", 3)]
    assert texts(group_lines(read(*lines))) == [["uno", "dos"], ["tres", "cuatro"]]


def test_a_line_of_another_panel_page_or_weight_starts_a_paragraph():
    panel = read(line("en el panel", 1), region="p1-0")
    bold = [line("Título", 2, bold=True), line("Otro", 3)]
    items = read(line("fuera", 0)) + panel + read(*bold) + read(line("página dos", 4, page=2))
    assert texts(group_lines(items)) == [["fuera"], ["en el panel"], ["Título"], ["Otro"], ["página dos"]]


def test_a_panel_beside_a_paragraph_read_amid_its_lines_is_set_after_it():
    """A text box right of a paragraph's first line (the line wrapped short around it), its two
    lines read after that line: the paragraph runs on past them, and the box's lines, grouped,
    follow it. A panel's line standing across the paragraph's (the test above) still ends it."""
    first = Line("Oficina de la Mujer", SIZE, False, "Helvetica", Provenance(1, (72.0, 100.0, 170.0, 110.0)))
    box = [line("MUNICIPALIDAD DE", -0.5, x0=300.0), line("QUINTA NORMAL", 0.5, x0=300.0)]
    items = read(first) + read(*box, region="p1-0") + read(line("(OMIL), Fundación Techo", 1), line("y SENCE.", 2))
    assert texts(group_lines(items)) == [
        ["Oficina de la Mujer", "(OMIL), Fundación Techo", "y SENCE."],
        ["MUNICIPALIDAD DE", "QUINTA NORMAL"],
    ]


def test_a_checkbox_between_two_lines_ends_the_paragraph():
    box = Checkbox(True, "Sí", "glyph", Provenance(1, (72.0, 112.0, 80.0, 120.0)))
    items = [*read(line("uno", 0)), box, *read(line("dos", 1))]
    assert texts(group_lines(items)) == [["uno"], ["checkbox"], ["dos"]]


def test_blocks_without_boxes_pass_through():
    paragraphs: list[Item] = [TextBlock([Line("Un párrafo de Word")]), TextBlock([Line("Otro")])]
    assert group_lines(paragraphs) == paragraphs
