"""Month tables (names over a body row) whose marks are ink no other step reads: a tick drawn as two
filled bars (the common CSS recipe: an empty inline-block with two borders, turned 45°), or a glyph
with no usable character (the .notdef box a browser prints for a character its fonts lack). The
cells the ink splits in two are the marks; ink that does not say which months are active is an
aviso on `fechas_implementacion.meses`, never a silent empty reading (issue 20, part 3; trial 26:
x19, x15 ficha 2, x29 read `meses: []` with no aviso). The designs are this test's own.
"""

from __future__ import annotations

import math

import pytest

from .docx_builders import MONTHS
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records, records_by_engine

ACTIVE = [2, 3, 8, 11]
MESES = "fechas_implementacion.meses"
TEXT = "Se realizan dos ciclos al año."
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]


def _bar(sheet: Sheet, x: float, top: float, length: float, thick: float, angle: float, colour: str) -> None:
    """A filled bar from (x, top), `length` long and `thick` wide, at `angle` degrees (clockwise from
    the x axis, top-down): one border of a turned CSS box, as Chromium prints it (a filled path)."""
    c = sheet.canvas
    dx, dy = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    nx, ny = -dy * thick, dx * thick
    points = [(x, top), (x + dx * length, top + dy * length)]
    points += [(points[1][0] + nx, points[1][1] + ny), (x + nx, top + ny)]
    path = c.beginPath()
    path.moveTo(points[0][0], sheet.height - points[0][1])
    for px, pt in points[1:]:
        path.lineTo(px, sheet.height - pt)
    path.close()
    c.setFillColorRGB(*(int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4)))
    c.drawPath(path, stroke=0, fill=1)
    c.setFillGray(0)


def _tick(sheet: Sheet, x: float, top: float, size: float, colour: str) -> None:
    """A CSS tick `size` points tall: a short bar down-right and a long one up-right, filled."""
    _bar(sheet, x, top + size * 0.55, size * 0.45, size * 0.2, 45, colour)
    _bar(sheet, x + size * 0.3, top + size, size * 0.9, size * 0.2, -60, colour)


def _cross(sheet: Sheet, x: float, top: float, size: float, colour: str) -> None:
    _bar(sheet, x, top, size * 1.3, size * 0.15, 45, colour)
    _bar(sheet, x, top + size * 0.9, size * 1.3, size * 0.15, -45, colour)


def pdf_inked_table(path, width: float, size: float, colour: str, ruled: bool, other: str | None = None) -> None:
    """A ficha whose month table is a header of 3-letter names over one body row of cells `width`
    points wide: the active months' cells hold a drawn tick `size` points tall; the others hold
    nothing, or `other` ("tick": the same tick; "cross": a drawn cross)."""
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 8
    for n, name in enumerate(MONTHS):
        x = 45 + n * width
        if ruled:
            sheet.rect(x, top, width, 14, line_width=0.6)
            sheet.rect(x, top + 14, width, 16, line_width=0.6)
        sheet.text(x + 4, top + 3, name[:3], 8, BODY)
        cx = x + width / 2 - size / 2
        if n + 1 in ACTIVE or other == "tick":
            _tick(sheet, cx, top + 17, size, colour)
        elif other == "cross":
            _cross(sheet, cx, top + 18, size * 0.8, colour)
    top += 40
    top = sheet.text(45, top, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


def _month_avisos(record: dict) -> list[dict]:
    return [a for a in record["revision"]["avisos"] if a["campo"].startswith("fechas")]


@pytest.mark.parametrize(
    "width, size, colour, ruled",
    [(38, 9, "CC0000", True), (42, 7, "000000", True), (36, 10, "1F6F3F", False)],
)
def test_ticks_drawn_as_filled_bars_mark_their_months(tmp_path, width, size, colour, ruled):
    pdf_inked_table(tmp_path / "ficha.pdf", width, size, colour, ruled)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
        assert _month_avisos(got) == []


def test_ink_that_says_no_active_group_is_an_aviso(tmp_path):
    """Ticks in some cells and crosses in the others (the crosses' bars read as filled boxes, the
    ticks by no step): which months are active is not read from the ink; an aviso says so on the
    months."""
    pdf_inked_table(tmp_path / "ficha.pdf", 38, 9, "000000", True, other="cross")
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert [a["codigo"] for a in _month_avisos(got)] == ["lectura_dudosa"]
        assert got["revision"]["estado"] == "revisar"


def test_the_same_tick_in_all_twelve_cells_marks_every_month(tmp_path):
    """The same tick drawn in every cell (trial 30: a whole year marked): a tick is a mark by its
    shape, so every month is active, not none."""
    pdf_inked_table(tmp_path / "ficha.pdf", 38, 9, "000000", True, other="tick")
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"]["meses"] == list(range(1, 13))
        assert _month_avisos(got) == []


CSS_TICK = (
    ".tk {{ display: inline-block; width: {w}px; height: {h}px; border-right: {b}px solid {c};"
    " border-bottom: {b}px solid {c}; transform: rotate(45deg) }}"
)


def browser_page(mark: str, css: str, font: str, full_names: bool) -> str:
    names = "".join(f"<th>{m if full_names else m[:3]}</th>" for m in MONTHS)
    body = "".join(f"<td>{mark if n in ACTIVE else ''}</td>" for n in range(1, 13))
    sections = "".join(f"<h2>{h}</h2><p>{t}</p>" for h, t in SECTIONS)
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
    @page {{ size: A4; margin: 18mm }}
    body {{ font-family: '{font}'; font-size: 10pt }}
    h1 {{ font-size: 18pt }} h2 {{ font-size: 11pt; margin: 8pt 0 2pt }} p {{ margin: 0 0 4pt }}
    table {{ border-collapse: collapse; margin: 4pt 0 }}
    th, td {{ border: 1px solid #999; font-size: 7.5pt; padding: 2pt 3pt; text-align: center; height: 12pt }}
    {css}
    </style></head><body><h1>Escuela de oficios para mujeres migrantes</h1>
    <p><b>Municipalidad de Puente Alto</b></p>{sections}
    <h2>Fechas de implementación</h2><table><tr>{names}</tr><tr>{body}</tr></table><p>{TEXT}</p>
    <h2>Breve descripción</h2><p>La municipalidad abre una escuela de oficios.</p></body></html>"""


@pytest.mark.browser
@pytest.mark.parametrize(
    "mark, css, font, full_names",
    [
        ('<i class="tk"></i>', CSS_TICK.format(w=4, h=9, b=2, c="#c00"), "DejaVu Sans", False),
        ('<span class="tk"></span>', CSS_TICK.format(w=5, h=11, b=3, c="#222"), "DejaVu Serif", True),
        # a character no font holds (plane-16 private use): Chromium prints the .notdef box, no text
        ("\U0010fffd", "", "DejaVu Sans", False),
    ],
    ids=["css-tick-red", "css-tick-dark-full-names", "notdef-glyph"],
)
def test_browser_month_marks_no_other_step_reads(tmp_path, chromium, mark, css, font, full_names):
    from .designs.browser import print_pdf

    html = tmp_path / "ficha.html"
    html.write_text(browser_page(mark, css, font, full_names), encoding="utf-8")
    print_pdf(html, tmp_path / "ficha.pdf")
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
    if "tk" in mark:
        assert _month_avisos(got) == []
    else:  # read, and said: a page source may drop some .notdef boxes
        assert "lectura_dudosa" in [a["codigo"] for a in got["revision"]["avisos"] if a["campo"] == MESES]


def browser_grid_page(active: str, inactive: str) -> str:
    """A 4x3 grid of cells, each its 3-letter name over `active` or `inactive`."""
    cells = "".join(
        f'<div class="c">{m[:3]}<br>{active if n in ACTIVE else inactive}</div>' for n, m in enumerate(MONTHS, 1)
    )
    sections = "".join(f"<h2>{h}</h2><p>{t}</p>" for h, t in SECTIONS)
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
    @page {{ size: A4; margin: 18mm }} body {{ font-family: 'DejaVu Sans'; font-size: 10pt }}
    h1 {{ font-size: 18pt }} h2 {{ font-size: 11pt; margin: 8pt 0 2pt }} p {{ margin: 0 0 4pt }}
    .g {{ display: grid; grid-template-columns: repeat(4, 30mm); gap: 3pt }}
    .c {{ border: 1px solid #999; text-align: center; font-size: 8pt; padding: 2pt }}
    </style></head><body><h1>Escuela de oficios para mujeres migrantes</h1>
    <p><b>Municipalidad de Puente Alto</b></p>{sections}
    <h2>Fechas de implementación</h2><div class="g">{cells}</div><p>{TEXT}</p>
    <h2>Breve descripción</h2><p>La municipalidad abre una escuela de oficios.</p></body></html>"""


@pytest.mark.browser
@pytest.mark.parametrize("inactive", ["&nbsp;", "\U0010fffe"], ids=["blank", "another-notdef"])
def test_browser_grid_of_notdef_glyphs(tmp_path, chromium, inactive):
    """Characters no font holds under the names of a 4x3 grid: in some cells only, they mark those
    months; in every cell (an emoji tick and an emoji box, both printed as the same .notdef box), no
    month can be told. Either way an aviso on the months (PDFium's text page leaves out some of the
    .notdef boxes of the second page, so its reading of them is never trusted alone) and no "�" in
    the section's text."""
    from .designs.browser import print_pdf

    html = tmp_path / "ficha.html"
    html.write_text(browser_grid_page("\U0010fffd", inactive), encoding="utf-8")
    print_pdf(html, tmp_path / "ficha.pdf")
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["fechas_implementacion"]["texto"] == TEXT
    assert [a for a in got["revision"]["avisos"] if a["campo"] == MESES]
    if inactive == "&nbsp;":
        assert got["fechas_implementacion"]["meses"] == ACTIVE


def test_dashed_cell_borders_are_no_ink(tmp_path):
    """Cells framed by dashed borders (each dash a short line on the cell's edge), the active ones
    shaded: the dashes are the cells' borders, not ink beside the shading's marks."""
    sheet = Sheet(tmp_path / "ficha.pdf")
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 8
    width, tall = 38.0, 16.0
    for n, name in enumerate(MONTHS, start=1):
        x = 45 + (n - 1) * width
        sheet.text(x + 4, top + 3, name[:3], 8, BODY)
        if n in ACTIVE:
            sheet.rect(x + 1, top + 15, width - 2, tall - 2, stroke=False, fill=0.35)
        for edge in (top, top + 14, top + 14 + tall):  # dashes 3 pt long, 2 pt apart
            for d in range(int(width // 5)):
                sheet.line(x + 5 * d, edge, x + 5 * d + 3, edge, width=0.5)
        for d in range(int((14 + tall) // 5)):
            sheet.line(x, top + 5 * d, x, top + 5 * d + 3, width=0.5)
    top += 14 + tall + 10
    top = sheet.text(45, top, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
        assert _month_avisos(got) == []
