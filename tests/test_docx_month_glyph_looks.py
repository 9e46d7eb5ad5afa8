"""Word month tables whose every body cell holds the same glyph (●, ■, X), told apart by its look only
(issue 20, "month displays of any shape"): the glyph's run colour (`w:color`: green or automatic black
for the active months, light grey for the others), or bold against regular; and month tables with no
glyph told apart by two cell shadings (`w:shd` fill). The PDF reader's rule (`layout.settle_glyph_inks`):
the cells split into two groups by the one property that splits them, the group that stands out marks
its months; colours of which neither stands out, or three colours, are a doubt on
`fechas_implementacion.meses` (no month read); glyphs all in one pale grey are an empty display.

Read before: a glyph in every cell was a mark in every cell (twelve months, silently); two shadings
marked every month (the look reading picked the green cells, then the shading rule marked the grey
ones too). Cells shaded under their own full names, too narrow for them (LibreOffice breaks them
over the cell's lines, or cuts them at a fixed row height), read alike in the PDF export."""

from __future__ import annotations

import pytest

from extractor.vocab import twelve_beginnings

from .docx_builders import MONTHS, DocBuilder, elements, put_xml, shading, write_ficha
from .records import records
from .test_word_pdf_exports import soffice_pdf

ACTIVE = [3, 4, 5, 8, 9, 10]
TEXT = "Cada sábado."
GREY = "D1D5DB"
GREEN = "16A34A"


def glyph_run(glyph: str, colour: str | None = None, bold: bool = False) -> str:
    """A run printing `glyph` in `colour` ("RRGGBB"; None: automatic), bold or not."""
    props = ("<w:b/>" if bold else "") + (f'<w:color w:val="{colour}"/>' if colour else "")
    return f"<w:r><w:rPr>{props}</w:rPr><w:t>{glyph}</w:t></w:r>"


def ficha(folder, marks: dict[int, str] | None = None, fills: dict[int, str] | None = None):
    """A ficha whose dates section is a month table (names over one body row: `marks` run XML and
    `fills` shading by month) and a line of text."""

    def dates(b: DocBuilder) -> None:
        b.month_table(marks, fills=fills)
        b.paragraph(TEXT)

    return write_ficha(folder, parts={"fechas_implementacion": dates})


def coloured(glyph: str, on: str | None, off: str | None) -> dict[int, str]:
    return {m: glyph_run(glyph, on if m in ACTIVE else off) for m in range(1, 13)}


def dates_and_doubts(path) -> tuple[dict, list[str]]:
    (record,) = records(path)
    doubts = [a["codigo"] for a in record["revision"]["avisos"] if a["campo"] == "fechas_implementacion.meses"]
    return record["fechas_implementacion"], doubts


@pytest.mark.parametrize("active", [GREEN, None, "7C3AED"], ids=["green", "automatic", "violet"])
@pytest.mark.parametrize("glyph", ["●", "■", "X"])
def test_the_glyphs_that_stand_out_by_colour_mark_their_months(tmp_path, glyph, active):
    got, doubts = dates_and_doubts(ficha(tmp_path, coloured(glyph, active, GREY)))
    assert got == {"meses": ACTIVE, "texto": TEXT}
    assert doubts == []


@pytest.mark.parametrize("shape", ["stacked", "down", "named"])
def test_other_shapes_of_display(tmp_path, shape):
    """Rows of names each over a row of glyphs (2 x 6), names down a column beside their glyphs, and
    cells each holding a name and its glyph ("Ene ●", the glyph's run alone coloured)."""

    def dates(b: DocBuilder) -> None:
        rows, cols = {"stacked": (4, 6), "down": (12, 2), "named": (1, 12)}[shape]
        table = b.doc.add_table(rows=rows, cols=cols)
        for m in range(1, 13):
            glyph = glyph_run("●", GREEN if m in ACTIVE else GREY)
            if shape == "stacked":
                r, c = divmod(m - 1, 6)
                table.cell(2 * r, c).text = MONTHS[m - 1][:3]
                put_xml(table.cell(2 * r + 1, c), glyph)
            elif shape == "down":
                table.cell(m - 1, 0).text = MONTHS[m - 1]
                put_xml(table.cell(m - 1, 1), glyph)
            else:
                put_xml(table.cell(0, m - 1), glyph_run(MONTHS[m - 1][:3] + " ") + glyph)
        b.paragraph(TEXT)

    got, doubts = dates_and_doubts(write_ficha(tmp_path, parts={"fechas_implementacion": dates}))
    assert got == {"meses": ACTIVE, "texto": TEXT}
    assert doubts == []


@pytest.mark.parametrize("glyph", ["●", "X"])
def test_bold_glyphs_mark_their_months(tmp_path, glyph):
    marks = {m: glyph_run(glyph, bold=m in ACTIVE) for m in range(1, 13)}
    got, doubts = dates_and_doubts(ficha(tmp_path, marks))
    assert got["meses"] == ACTIVE
    assert doubts == []


@pytest.mark.parametrize("off", ["E5E7EB", None], ids=["pale-grey", "none"])
def test_two_shadings_without_glyphs_mark_the_filled_months(tmp_path, off):
    """Green against a pale grey fill; green against none (read so before the rule too: a guard)."""
    fills = {m: GREEN if m in ACTIVE else off for m in range(1, 13) if m in ACTIVE or off}
    got, doubts = dates_and_doubts(ficha(tmp_path, fills=fills))
    assert got["meses"] == ACTIVE
    assert doubts == []


def test_glyphs_all_greyed_out_mark_no_month(tmp_path):
    got, doubts = dates_and_doubts(ficha(tmp_path, coloured("●", GREY, GREY)))
    assert got["meses"] == []
    assert doubts == []


def test_glyphs_of_one_colour_mark_every_month(tmp_path):
    """A guard: one look, no split: every month (read so before the rule too)."""
    got, _ = dates_and_doubts(ficha(tmp_path, coloured("●", GREEN, GREEN)))
    assert got["meses"] == list(range(1, 13))


@pytest.mark.parametrize("third", [False, True], ids=["green-red", "three-colours"])
def test_colours_that_do_not_say_which_are_a_doubt(tmp_path, third):
    marks = coloured("●", GREEN, "DC2626")
    if third:
        marks = coloured("●", GREEN, GREY)
        marks[1] = glyph_run("●", "2563EB")
    got, doubts = dates_and_doubts(ficha(tmp_path, marks))
    assert got == {"meses": [], "texto": TEXT}
    assert "lectura_dudosa" in doubts


LOOKS = {
    "dot-green": coloured("●", GREEN, GREY),
    "square-green": coloured("■", GREEN, GREY),  # the January ■ stands under the category boxes: read as a box
    "x-black": coloured("X", None, GREY),
    "all-grey": coloured("●", GREY, GREY),
    "green-red": coloured("X", GREEN, "DC2626"),
    "dot-bold": {m: glyph_run("●", bold=m in ACTIVE) for m in range(1, 13)},
}


@pytest.mark.slow
@pytest.mark.parametrize("look", LOOKS)
def test_the_pdf_export_reads_alike(tmp_path, look):
    """LibreOffice's PDF of the document gives the same months and the same doubt (the PDF reader
    keeps a ■ read as a box its glyph and colour, and reads the weight of glyphs of one colour)."""
    path = ficha(tmp_path, LOOKS[look])
    docx_got, pdf_got = dates_and_doubts(path), dates_and_doubts(soffice_pdf(path))
    assert docx_got == pdf_got


def named_cells(folder, off: str | None, clipped: bool = False):
    """A ficha whose month display is one unruled row of twelve cells each holding its month's full
    name (too narrow: LibreOffice breaks "Ene" over "ro"), the active months' cells shaded green and
    the others `off` ("RRGGBB"; None: unshaded); `clipped`: the row's height exact, one line and a
    half of the names, the rest cut off ("Sep" over the top of "tiem")."""

    def dates(b: DocBuilder) -> None:
        table = b.doc.add_table(rows=1, cols=12)
        for m in range(1, 13):
            cell = table.cell(0, m - 1)
            cell.text = MONTHS[m - 1]
            fill = GREEN if m in ACTIVE else off
            if fill:
                cell._tc.get_or_add_tcPr().append(elements(shading(fill))[0])
        if clipped:
            table.rows[0]._tr.get_or_add_trPr().append(elements('<w:trHeight w:val="450" w:hRule="exact"/>')[0])
        b.paragraph(TEXT)

    return write_ficha(folder, parts={"fechas_implementacion": dates})


@pytest.mark.slow
@pytest.mark.parametrize(
    ("off", "clipped"), [(None, False), ("E5E7EB", False), (None, True)], ids=["none", "pale-grey", "clipped"]
)
def test_the_pdf_export_of_shaded_name_cells_reads_alike(tmp_path, off, clipped):
    """The shaded cells are the names' own: the PDF reader reads the looks of a name broken over its
    cell's lines by its first piece (`month_grid.restyled_header`), takes twelve names cut to their
    first letters in order as a header ("… Nov Dici", `vocab.twelve_beginnings`) and the cut pieces
    under them as the header's ("tiem" under "Sep", `grid._clipped_tails`). Read before: no month,
    no doubt (the names' pieces matched no word; "Dici" named no month; the pieces were text)."""
    path = named_cells(tmp_path, off, clipped)
    assert dates_and_doubts(path) == ({"meses": ACTIVE, "texto": TEXT}, [])
    assert dates_and_doubts(soffice_pdf(path)) == ({"meses": ACTIVE, "texto": TEXT}, [])


@pytest.mark.parametrize(
    ("line", "twelve"),
    [
        ("Ene Feb Mar Abri May Juni Julio Ago Sep Oct Nov Dici", True),
        ("E F M A M J J A S O N D", True),
        ("Enero Febrero Marzo Abril Mayo Junio Julio Agosto Sept Octubre Noviembre Diciem", True),
        ("Ene Feb Mar Abri May Juni Julio Ago Sep Oct Nov", False),  # eleven
        ("Ene Feb Mar Abri May Juli Junio Ago Sep Oct Nov Dici", False),  # out of order
        ("Ene Feb Mar Abri May Juni Julio Ago Sep Oct Nov -", False),  # a dash names no month
    ],
)
def test_twelve_names_cut_to_their_first_letters(line, twelve):
    assert twelve_beginnings(line.split()) is twelve


@pytest.mark.parametrize("fill", ["9CC2E5", GREEN])
def test_a_glyph_in_every_cell_split_by_shading_alone_is_no_reading(tmp_path, fill):
    """An «X» in all twelve cells, months 1-3 and 7-9 shaded (banded quarters): the marks say every
    month, the shading may be the table's design; no month is read and the months are flagged
    (a reviewer's design: read as six months, `ok`)."""
    fills = {m: fill for m in (1, 2, 3, 7, 8, 9)}
    marks = {m: glyph_run("X") for m in range(1, 13)}
    got, doubts = dates_and_doubts(ficha(tmp_path, marks, fills))
    assert got["meses"] == []
    assert doubts == ["lectura_dudosa"]
