"""Month displays whose every cell prints a glyph (issue 20, part 3): the active months by the filled
half of a pair, the others by the hollow or empty half (○ / ●, ◯ / ⬤, ☐ / ☒, □ / ■), each name with
its glyph after it in its cell, in a grid of 6x2, 4x3, 3x4 or one row of twelve. The hollow half
marks nothing; two kinds of filled glyph and no hollow one cannot be told apart: nothing is read as
marked and an aviso on `fechas_implementacion.meses` says so. PDF (reportlab, both engines; and
Chromium's print of HTML), and a Word month table."""

from __future__ import annotations

import pytest

from .docx_builders import MONTHS, text_run, write_ficha
from .pdf_canvas import BODY, BOLD, SYMBOLS, Sheet
from .records import records, records_by_engine

ACTIVE = [3, 4, 5, 8, 9, 10]
TEXT = "Se realizan dos programas al año."
PAIRS = {"circle": ("○", "●"), "large-circle": ("◯", "⬤"), "ballot": ("☐", "☒"), "square": ("□", "■")}
SHAPES = {"6x2": 6, "4x3": 4, "3x4": 3, "1x12": 12}
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]


def glyph_for(month: int, pair: tuple[str, str], mixed: bool) -> str:
    if mixed:  # two filled kinds, no hollow half: which one marks?
        return "●" if month in ACTIVE else "■"
    return pair[1] if month in ACTIVE else pair[0]


def pdf_glyph_grid(path, pair: tuple[str, str], per_row: int, mixed: bool = False) -> None:
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 10
    pitch = 500 / per_row
    size = 9 if per_row < 12 else 6
    for n, name in enumerate(MONTHS):
        row, col = divmod(n, per_row)
        label = name if per_row < 12 else name[:3]
        x, y = 45 + col * pitch, top + row * 18
        sheet.text(x, y, label, size, BODY)
        width = sheet.canvas.stringWidth(label, BODY, size)
        sheet.text(x + width + 4, y, glyph_for(n + 1, pair, mixed), size, SYMBOLS)
    top += 18 * (12 // per_row) + 10
    top = sheet.text(45, top, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


def meses_avisos(got: dict) -> list[dict]:
    return [a for a in got["revision"]["avisos"] if a["campo"] == "fechas_implementacion.meses"]


@pytest.mark.parametrize("shape", list(SHAPES))
@pytest.mark.parametrize("pair", list(PAIRS))
def test_pdf_glyph_pairs_mark_the_filled_months(tmp_path, pair, shape):
    pdf_glyph_grid(tmp_path / "ficha.pdf", PAIRS[pair], SHAPES[shape])
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
        assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")]


def test_pdf_two_filled_kinds_are_said_not_read(tmp_path):
    pdf_glyph_grid(tmp_path / "ficha.pdf", PAIRS["circle"], 6, mixed=True)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"]["meses"] != list(range(1, 13))
        assert got["fechas_implementacion"]["texto"] == TEXT
        assert any(a["codigo"] == "lectura_dudosa" for a in meses_avisos(got))


@pytest.mark.parametrize("pair", ["circle", "large-circle"])
def test_word_month_table_of_hollow_and_filled_circles(tmp_path, pair):
    def part(b) -> None:
        b.month_table({m: text_run(PAIRS[pair][1] if m in ACTIVE else PAIRS[pair][0]) for m in range(1, 13)})
        b.paragraph(TEXT)

    (got,) = records(write_ficha(tmp_path, parts={"fechas_implementacion": part}))
    assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
    assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")]


@pytest.mark.browser
@pytest.mark.parametrize("pair", ["circle", "square"])
def test_browser_grid_of_names_and_circles(tmp_path, chromium, pair):
    """Chromium's print of an HTML table of 2x6 cells "Enero ○", light cell borders (as d12 of the
    issue's trial); the last column's mark after its longest name is that name's."""
    from .designs.browser import print_pdf

    hollow, filled = PAIRS[pair]
    rows = "".join(
        "<tr>"
        + "".join(f"<td>{MONTHS[r * 6 + c]} {filled if r * 6 + c + 1 in ACTIVE else hollow}</td>" for c in range(6))
        + "</tr>"
        for r in range(2)
    )
    html = f"""<html><head><meta charset="utf-8"><style>body{{font-family:'Liberation Sans';font-size:10pt}}
    h3{{font-size:11pt}} td{{padding:3px 10px;border:1px solid #ddd}} table{{border-collapse:collapse}}</style></head>
    <body><h1>Escuela de oficios para mujeres migrantes</h1><p><b>MUNICIPALIDAD PUENTE ALTO</b></p>
    <h3>{SECTIONS[0][0]}</h3><p>{SECTIONS[0][1]}</p><h3>{SECTIONS[1][0]}</h3><p>{SECTIONS[1][1]}</p>
    <h3>Fechas de implementación</h3><table>{rows}</table><p>{TEXT}</p>
    <h3>Breve descripción</h3><p>La municipalidad abre una escuela de oficios.</p></body></html>"""
    page = tmp_path / "ficha.html"
    page.write_text(html, encoding="utf-8")
    print_pdf(page, tmp_path / "ficha.pdf")
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
        assert not meses_avisos(got)


def pdf_tick_row(path, row_height: float) -> None:
    """One row of twelve 3-letter names over a row of ticks, ruled cells `row_height` tall: a tick
    right under its name (the trial's d2, printed by Chromium in DejaVu Serif)."""
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 10
    width = 32.0
    for n, name in enumerate(MONTHS):
        x = 45 + n * width
        sheet.rect(x, top, width, row_height)
        sheet.rect(x, top + row_height, width, row_height)
        sheet.text(x + 7, top + 1.5, name[:3], 9, BODY)
        if n + 1 in ACTIVE:
            sheet.text(x + 12, top + row_height + 1, "✓", 9, SYMBOLS)
    top += 2 * row_height + 10
    top = sheet.text(45, top, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


@pytest.mark.parametrize("row_height", [12.8, 18.0], ids=["tight-rows", "roomy-rows"])
def test_pdf_ticks_right_under_the_names_are_the_body_row(tmp_path, row_height):
    """A tick set right under a name (tight rows) is the month's mark, not a piece of the name broken
    over the lines of a narrow cell: the names are read whole and the ticks mark their months."""
    pdf_tick_row(tmp_path / "ficha.pdf", row_height)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
        assert not meses_avisos(got)


@pytest.mark.parametrize("name_first", [True, False], ids=["name-mark", "mark-name"])
@pytest.mark.parametrize("per_row", [6, 3, 12])
def test_word_month_names_each_beside_its_mark_cell(tmp_path, name_first, per_row):
    """A Word table whose rows pair each month's name cell with a mark cell beside it ("Enero | ✓ |
    Febrero | | …", the trial's d9), the unmarked months' mark cells left empty: each mark is its
    name's month's (not the next name's label)."""

    def part(b) -> None:
        rows = []
        for start in range(0, 12, per_row):
            row = []
            for m in range(start + 1, start + per_row + 1):
                pair = [MONTHS[m - 1], "✓" if m in ACTIVE else ""]
                row += pair if name_first else pair[::-1]
            rows.append(row)
        b.table(rows)
        b.paragraph(TEXT)

    (got,) = records(write_ficha(tmp_path, parts={"fechas_implementacion": part}))
    assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
    assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith(("fechas", "categori"))]


DIAGONAL = '<w:tcBorders {ns}><w:tl2br w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tcBorders>'
SHADED = '<w:shd {ns} w:val="clear" w:color="auto" w:fill="E07A5F"/>'


@pytest.mark.parametrize("look", ["fill-on-active", "diagonal-on-inactive"])
def test_word_month_names_beside_empty_cells_told_apart_by_their_look(tmp_path, look):
    """A column of twelve rows [name | cell] whose cells hold no mark, the active months' cells filled
    with a colour, or the inactive ones crossed by a diagonal rule (Word harness seeds 33918, 33946):
    the cell beside each name keeps its look, read as in any month table without marks."""
    from docx.oxml import parse_xml

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def part(b) -> None:
        table = b.table([[name, ""] for name in MONTHS])
        for m in range(1, 13):
            if (m in ACTIVE) == (look == "fill-on-active"):
                xml = SHADED if look == "fill-on-active" else DIAGONAL
                table.cell(m - 1, 1)._tc.get_or_add_tcPr().append(parse_xml(xml.format(ns=ns)))
        b.paragraph(TEXT)

    (got,) = records(write_ficha(tmp_path, parts={"fechas_implementacion": part}))
    assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
    assert not meses_avisos(got)
