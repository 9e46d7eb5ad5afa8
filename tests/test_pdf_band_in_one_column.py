"""A heading's drawn band in one column bounds only its own column (issue 20, browser seed 24345).

Two columns side by side with a gutter of less than a font size: the left one holds the description,
its paragraphs parted by a paragraph's space; the right one "Elemento innovador" and "Líneas Sello",
each heading on a filled band as wide as the column (a CSS `background` on an h2) with its space
before. The Sello band opens level with a left paragraph's first line, so the white the left
column's paragraph break leaves falls within the band's space before: the widest white across the
page, wider than the gutter. That white is the band's column's: it says where that column's
section starts, not where the page's columns end (`order._band_white_in_its_column`). Cut across
there, the left column's paragraphs under the band's level were read after the innovation element's
text, into it, and the description was left without them.

A reportlab page with those measures, and a Chromium page printed from HTML in the same design
(`xy_cut`: the gutter parts the region first); and seed 24345's own arrangement on a reportlab
page, where a line above straddles the gutter and every row gap lies between lines of running text
(`_row_cut`: the band's white is not cut, the row gap under that line is).
"""

from __future__ import annotations

import html

import pytest

from .pdf_canvas import BODY, BOLD, Sheet, typeset
from .records import records_by_engine

LEFT, MEASURE, GUTTER = 40.0, 250.0, 8.0
RIGHT = LEFT + MEASURE + GUTTER
SIZE, PITCH, BAND, SPACE = 9.0, 11.7, 20.0, 6.0  # points: font, line pitch, band height, paragraph space
SENTENCES = [
    "La municipalidad organiza cada año un festival multicultural en el parque de la comuna",
    "Vecinas y vecinos migrantes muestran la cocina, la música y las danzas de sus países de origen",
    "Las juntas de vecinos del sector apoyan el montaje del escenario y de los puestos de comida",
]
DESCRIPTION = [" ".join(f"{s} (año {n})." for s in SENTENCES) for n in range(1, 7)]
INNOVATION = (
    "Se destaca la generación de un evento que se replica cada año con la comunidad local y extranjera, con"
    " los consulados y las juntas de vecinos de la comuna."
)
SELLO = [
    (
        "Políticas locales y trabajo colaborativo",
        "ya que la actividad se coordina con la Corporación de Cultura y con las juntas de vecinos del sector.",
    ),
    ("Vinculación comunitaria", "ya que el festival reúne a la comunidad local y a la extranjera en un mismo lugar."),
    (
        "Estrategias formativas y de sensibilización",
        "ya que la jornada se complementa con talleres sobre racismo y xenofobia en los colegios de la comuna.",
    ),
    (
        "Acceso a la información y orientación integral",
        "ya que en la feria se instala un punto de orientación sobre regularización migratoria, salud y educación.",
    ),
]


def _band(sheet: Sheet, x: float, top: float, heading: str) -> float:
    """A navy band the column's width holding a white bold heading; returns the band's bottom."""
    sheet.rect(x, top, MEASURE, BAND, stroke=False, fill="1B3A6B")
    sheet.canvas.setFillGray(1)
    sheet.text(x + 5, top + 5.5, heading, SIZE, BOLD)
    sheet.canvas.setFillGray(0)
    return top + BAND


def _reportlab_page(path) -> None:
    sheet = Sheet(path)
    sheet.text(LEFT, 50, "Festival multicultural", 20, BOLD)
    sheet.text(LEFT, 80, "MUNICIPALIDAD DE SAN JOAQUÍN", 10, BOLD)
    top = _band(sheet, LEFT, 110, "Breve descripción") + 4
    starts = []
    for paragraph in DESCRIPTION:
        starts.append(top)
        top = sheet.lines(LEFT, top, typeset(paragraph, MEASURE, SIZE), SIZE, BODY, PITCH / SIZE) + SPACE
    top = _band(sheet, RIGHT, 110, "Elemento innovador") + 4
    top = sheet.lines(RIGHT, top, typeset(INNOVATION, MEASURE, SIZE), SIZE, BODY, PITCH / SIZE)
    # the Sello band opens level with the fourth paragraph's first line: the left column's paragraph
    # break (8.7 pt of white, wider than the gutter) falls within the band's space before
    assert starts[3] > top + 12
    top = _band(sheet, RIGHT, starts[3], "Líneas Sello") + 4
    for name, why in SELLO:
        top = sheet.lines(RIGHT, top, typeset(f"{name}, {why}", MEASURE, SIZE), SIZE, BODY, PITCH / SIZE) + 3
    sheet.save()


def _check(got: dict) -> None:
    assert got["descripcion"] == "\n\n".join(DESCRIPTION)
    assert got["elemento_innovador"] == INNOVATION
    assert [line["justificacion"] for line in got["lineas_sello"]] == [why for _, why in SELLO]
    assert not [a for a in got["revision"]["avisos"] if a["codigo"] in ("texto_sin_ubicar", "lectura_dudosa")]


def test_a_band_level_with_the_other_column_s_text_bounds_only_its_column(tmp_path):
    path = tmp_path / "ficha.pdf"
    _reportlab_page(path)
    for got in records_by_engine(path):
        _check(got)


def _broken(text: str) -> str:
    """`text` escaped, broken into lines by <br> where a measure of 190 pt of Helvetica ends them
    (each fits the grid column in DejaVu Sans), so the page's line count is known here."""
    return "<br>".join(html.escape(line) for line in typeset(text, 190, SIZE))


def band_columns_html() -> str:
    """The same design in HTML: two grid columns 8 pt apart, the headings on a navy background (a
    band 20 pt high), paragraphs 10 pt apart at a line height of 13 pt; the Sello heading's space
    before set so its band opens level with the description's fourth paragraph."""
    head, line, space = 23, 13, 10  # points: a heading's band and margin, a line, a paragraph's space
    fourth = head + sum(len(typeset(p, 190, SIZE)) * line + space for p in DESCRIPTION[:3])
    before = fourth - head - len(typeset(INNOVATION, 190, SIZE)) * line
    assert before > space  # the Sello heading's margin wins over the paragraph's before it
    description = "".join(f"<p>{_broken(p)}</p>" for p in DESCRIPTION)
    sello = "".join(f"<p>{_broken(f'{name}, {why}')}</p>" for name, why in SELLO)
    return f"""<html><head><meta charset="utf-8"><style>
    @page {{ size: A4; margin: 15mm; }}
    body {{ font-family: 'DejaVu Sans'; font-size: {SIZE}pt; line-height: {line}pt; margin: 0; }}
    h2 {{ background: #1B3A6B; color: white; font-size: {SIZE}pt; line-height: {line}pt; font-weight: bold;
         margin: 0 0 3pt 0; padding: 3.5pt 4pt; }}
    .cols {{ display: grid; grid-template-columns: 1fr 1fr; column-gap: 8pt; }}
    p {{ margin: 0 0 {space}pt 0; }}
    .sello {{ margin-top: {before}pt; }}
    </style></head><body>
    <h1 style="font-size:20pt;margin:0 0 4pt 0">Festival multicultural</h1>
    <div style="font-weight:bold;margin-bottom:14pt">Municipalidad de San Joaquín</div>
    <div class="cols"><div><h2>Breve descripción</h2>{description}</div>
    <div><h2>Elemento innovador</h2><p>{_broken(INNOVATION)}</p>
    <h2 class="sello">Líneas Sello</h2>{sello}</div></div></body></html>"""


@pytest.mark.browser
def test_a_css_band_level_with_the_other_column_s_text_bounds_only_its_column(tmp_path, chromium):
    from .test_pdf_css_column_flow import printed

    for got in records_by_engine(printed(tmp_path, band_columns_html())):
        _check(got)


def _seed_like_page(path) -> tuple[list[str], list[str]]:
    """Seed 24345's arrangement: the dates' text beside its band over two columns 14 pt apart,
    straddling their gutter 1.5 pt over the right column's first line (no white runs down between
    the columns across the region, and every row gap lies between lines of running text); the
    description down the left column to the page's foot and on at the right column's head, then
    the innovation element's band and the Sello band in the right column, the Sello band's bottom
    0.4 pt under a left line's bottom, the Sello lines running past the left column's foot. Returns
    the description's lines in each column."""
    left, measure, gutter, pitch = 40.0, 245.0, 14.0, 11.7
    right = left + measure + gutter
    sheet = Sheet(path)
    sheet.text(left, 50, "Festival multicultural", 20, BOLD)
    sheet.text(left, 80, "MUNICIPALIDAD DE SAN JOAQUÍN", 10, BOLD)
    sheet.rect(left, 105, 230, BAND, stroke=False, fill="1B3A6B")
    sheet.text(left + 5, 110.5, "Fechas de implementación", SIZE, BOLD)
    dates = ["En noviembre de cada año, de manera anual,", "desde el año 2022, en el parque de la comuna."]
    columns = sheet.lines(right - 14, 106, dates, SIZE, BODY, pitch / SIZE) - pitch + SIZE + 1.5
    text = " ".join(f"{s} (año {n})." for n in range(1, 19) for s in SENTENCES)
    lines = typeset(text, measure, SIZE)
    left_top = _band(sheet, left, columns + 6, "Breve descripción") + 4
    held = int((770 - left_top) / pitch)
    sheet.lines(left, left_top, lines[:held], SIZE, BODY, pitch / SIZE)
    top = sheet.lines(right, columns, lines[held:], SIZE, BODY, pitch / SIZE)
    top = _band(sheet, right, top + 8, "Elemento innovador") + 4
    top = sheet.lines(right, top, typeset(INNOVATION, measure, SIZE), SIZE, BODY, pitch / SIZE)
    row = next(k for k in range(held) if left_top + k * pitch > top + 10)
    top = _band(sheet, right, left_top + row * pitch + SIZE + 0.4 - BAND, "Líneas Sello") + 4
    for name, why in SELLO[:2]:  # on past the left column's foot
        top = sheet.lines(right, top, typeset(f"{name}, {why}", measure, SIZE), SIZE, BODY, pitch / SIZE) + 3
    sheet.save()
    return lines[:held], lines[held:]


def test_the_band_s_white_is_no_cut_where_no_gutter_parts_the_region(tmp_path):
    """Reading order (`_row_cut`): every row gap of the region lies between lines of running text, and
    the widest lie in the white round the Sello band (its space before, its edge over its text):
    cut there, the left column's lines under that level were read after the right column's head.
    The row gap under the dates' text is cut instead, and the columns below are read one by one."""
    from extractor.layout import TextBlock
    from extractor.readers.pdf.reader import page_items, read_pages

    path = tmp_path / "page.pdf"
    left, right = _seed_like_page(path)
    (page,) = read_pages(str(path))
    texts = [" ".join(i.raw_lines) for i in page_items(page, set()) if isinstance(i, TextBlock)]
    start = texts.index("Breve descripción")
    assert texts[start + 1 : start + 1 + len(left) + len(right)] == left + right
    sello = texts.index("Líneas Sello")
    assert sello > start + len(left) + len(right) and texts[sello + 1].startswith(SELLO[0][0])
