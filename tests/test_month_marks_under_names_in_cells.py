"""A month display of twelve ruled cells, each holding its month's name over its mark, filled or hollow
(«Ene» over «●», «Feb» over «○»; trial 27 ed01): no body row is drawn under the names, the marks stand in
the names' own cells. Read by `grid._marks_under_names_in_cells`: the filled glyph marks its month, the
hollow one leaves it unmarked (the pair's polarity).
"""

from __future__ import annotations

import pytest

from .pdf_canvas import BODY, BOLD, SYMBOLS, TEXT, Sheet
from .records import records

ACTIVE = [3, 4, 5, 6]
DATES = "De marzo a junio de cada año, con sesiones semanales."
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]
NAMES = ["Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"]
PAIRS = {"circles": ("●", "○", TEXT), "squares": ("■", "□", SYMBOLS), "ballot": ("☑", "☐", SYMBOLS)}


def names_over_marks(path, on: str, off: str, font: str, active: list[int]) -> None:
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 6
    col = 42.0
    for n, name in enumerate(NAMES, start=1):
        x = 45 + (n - 1) * col
        sheet.rect(x, top, col, 24, line_width=0.5)
        sheet.text(x + 13, top + 2, name, 7, BODY)
        sheet.text(x + 15, top + 11, on if n in active else off, 11, font)
    top = sheet.text(45, top + 28, DATES, 10, BODY) + 16
    sheet.sections(top, [("Breve descripción", "La municipalidad abre una escuela de oficios.")])
    sheet.save()


@pytest.mark.parametrize("pair", PAIRS.values(), ids=PAIRS.keys())
def test_marks_under_names_in_their_cells(tmp_path, pair):
    on, off, font = pair
    names_over_marks(tmp_path / "ficha.pdf", on, off, font, ACTIVE)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": DATES}
    assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")]


@pytest.mark.browser
def test_browser_names_over_circle_glyphs(tmp_path, chromium):
    """Chromium's print of a ruled table whose cells hold the name over ● or ○ (trial 27 ed01)."""
    from .designs.browser import print_pdf

    cells = "".join(
        f'<td><div class="mn">{name}</div><div class="mk">{"●" if n in ACTIVE else "○"}</div></td>'
        for n, name in enumerate(NAMES, start=1)
    )
    html = f"""<html><head><meta charset="utf-8"><style>body{{font-family:'DejaVu Sans';font-size:10pt}}
    h3{{font-size:11pt}} table.m{{border-collapse:collapse;width:100%}} table.m td{{border:.6pt solid #999;
    text-align:center;padding:1mm}} .mn{{font-size:7pt}} .mk{{font-size:12pt;color:#1e4e8c}}</style></head><body>
    <h1>Escuela de oficios para mujeres migrantes</h1><p><b>MUNICIPALIDAD PUENTE ALTO</b></p>
    <h3>{SECTIONS[0][0]}</h3><p>{SECTIONS[0][1]}</p><h3>{SECTIONS[1][0]}</h3><p>{SECTIONS[1][1]}</p>
    <h3>Fechas de implementación</h3><table class="m"><tr>{cells}</tr></table><p>{DATES}</p>
    <h3>Breve descripción</h3><p>La municipalidad abre una escuela de oficios.</p></body></html>"""
    page = tmp_path / "ficha.html"
    page.write_text(html, encoding="utf-8")
    print_pdf(page, tmp_path / "ficha.pdf")
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": DATES}
    assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")]
