"""Months printed as chips: each name alone in a drawn pill, the twelve flowing line after line as
text does (no aligned columns), the active ones filled (issue 20, part 3; trial 26 x08: read as a
10-column month table over its second line, [1] for [10, 11], flagged). The designs are this test's own.
"""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics

from .docx_builders import MONTHS
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records, records_by_engine

ACTIVE = [5, 6, 7, 12]
TEXT = "Durante el invierno y a fin de año."
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]


def pdf_month_chips(
    path, size: float, measure: float, short: bool, fill: str, same_look: bool = False, tags: bool = False
) -> None:
    """A ficha whose months are pills (radius half their height) flowing within `measure` points:
    the active ones filled `fill` with white names, the others outlined with dark names; with
    `same_look` every pill is outlined alike (nothing tells the active months); with `tags` only
    the active months are printed, filled."""
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 8
    x, pad, gap, tall = 45.0, 0.8 * size, 0.5 * size, 1.7 * size
    for n, name in enumerate(MONTHS, start=1):
        if tags and n not in ACTIVE:
            continue
        label = name[:3] if short else name
        w = pdfmetrics.stringWidth(label, BODY, size) + 2 * pad
        if x + w > 45 + measure:
            x, top = 45.0, top + tall + gap
        on = n in ACTIVE and not same_look
        sheet.rect(x, top, w, tall, fill=fill if on else None, radius=tall / 2, line_width=0.9)
        if on:
            sheet.canvas.setFillGray(1)
        sheet.text(x + pad, top + 0.3 * size, label, size, BODY)
        sheet.canvas.setFillGray(0)
        x += w + gap
    top += tall + 10
    top = sheet.text(45, top, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


@pytest.mark.parametrize(
    "size, measure, short, fill",
    [(9, 420, False, "2A6B9C"), (8, 250, False, "444444"), (10, 200, True, "B03A2E")],
    ids=["full-two-lines", "full-three-lines", "short-names"],
)
def test_month_chips_filled_are_the_active_months(tmp_path, size, measure, short, fill):
    pdf_month_chips(tmp_path / "ficha.pdf", size, measure, short, fill)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
        assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")]


def test_chips_of_the_active_months_alone_are_the_active_months(tmp_path):
    """Only the active months printed, as pills alike flowing over two lines (trial 27 ed17): a list
    of tags, each month active, no flag."""
    pdf_month_chips(tmp_path / "ficha.pdf", 9, 90, True, "2A6B9C", tags=True)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
        assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")]


def test_month_chips_all_alike_are_an_aviso(tmp_path):
    pdf_month_chips(tmp_path / "ficha.pdf", 9, 420, False, "2A6B9C", same_look=True)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"]["meses"] == []
        assert [a["codigo"] for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")] == ["lectura_dudosa"]


def chip_page(font: str, on_css: str) -> str:
    chips = "".join(f'<span class="chip{" on" if n in ACTIVE else ""}">{m}</span>' for n, m in enumerate(MONTHS, 1))
    sections = "".join(f"<h2>{h}</h2><p>{t}</p>" for h, t in SECTIONS)
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
    @page {{ size: A4; margin: 18mm }}
    body {{ font-family: '{font}'; font-size: 10pt }} .months {{ width: 120mm }}
    h1 {{ font-size: 18pt }} h2 {{ font-size: 11pt; margin: 8pt 0 2pt }} p {{ margin: 0 0 4pt }}
    .chip {{ display: inline-block; border: 1px solid #357; border-radius: 9px; padding: 1px 8px; margin: 2px;
             font-size: 8.5pt; color: #357 }}
    .chip.on {{ {on_css} }}
    </style></head><body><h1>Escuela de oficios para mujeres migrantes</h1>
    <p><b>Municipalidad de Puente Alto</b></p>{sections}
    <h2>Fechas de implementación</h2><div class="months">{chips}</div><p>{TEXT}</p>
    <h2>Breve descripción</h2><p>La municipalidad abre una escuela de oficios.</p></body></html>"""


@pytest.mark.browser
@pytest.mark.parametrize(
    "font, on_css",
    [("DejaVu Sans", "background: #357; color: #fff"), ("DejaVu Serif", "background: #f0c060; color: #000")],
    ids=["dark-fill", "light-fill"],
)
def test_browser_month_chips(tmp_path, chromium, font, on_css):
    from .designs.browser import print_pdf

    html = tmp_path / "ficha.html"
    html.write_text(chip_page(font, on_css), encoding="utf-8")
    print_pdf(html, tmp_path / "ficha.pdf")
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
