"""Month displays of twelve name/mark pairs (issue 20, a new user's trial): each cell holds the month's
name and its mark side by side, the mark after the name ("Ene ☑", "Feb ☐", or a small square drawn
filled or empty) or before it ("☑ Ene"), in a grid of 6x2, 2x6, 3x4 or 4x3, unruled or in ruled
cells. The filled half of each pair marks its month. The trial's kinds, pinned on both engines."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from .docx_builders import MONTHS
from .pdf_canvas import BODY, BOLD, SYMBOLS, Sheet
from .records import records_by_engine

ACTIVE = [3, 4, 5, 8, 9, 10]
TEXT = "Se realizan dos programas al año."
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]
SIZE = 9.0
SHAPES = {"6x2": 6, "2x6": 2, "3x4": 3, "4x3": 4}  # names per row


def mark(sheet: Sheet, kind: str, on: bool, x: float, top: float) -> float:
    """One month's mark at `x`: a ballot glyph (☑ / ☐) or a square drawn filled or empty; its width."""
    if kind == "ballot":
        sheet.text(x, top, "☑" if on else "☐", SIZE, SYMBOLS)
        return stringWidth("☐", SYMBOLS, SIZE)
    side = 0.7 * SIZE
    sheet.rect(x, top + 0.1 * SIZE, side, side, fill=0.1 if on else None, line_width=0.6)
    return side


def name_mark_grid(path, kind: str, per_row: int, before: bool, ruled: bool) -> None:
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 10
    pitch = 500 / per_row
    for n, name in enumerate(MONTHS):
        row, col = divmod(n, per_row)
        x, y = 45 + col * pitch, top + row * 2 * SIZE
        on = n + 1 in ACTIVE
        if ruled:
            sheet.rect(x, y - 4, pitch, 2 * SIZE)
        if before:
            width = mark(sheet, kind, on, x + 3, y)
            sheet.text(x + 3 + width + 0.4 * SIZE, y, name, SIZE)
        else:
            sheet.text(x + 3, y, name, SIZE)
            mark(sheet, kind, on, x + 3 + stringWidth(name, BODY, SIZE) + 0.4 * SIZE, y)
    top += 2 * SIZE * (12 // per_row) + 10
    top = sheet.text(45, top, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


@pytest.mark.parametrize("ruled", [False, True], ids=["unruled", "ruled"])
@pytest.mark.parametrize("before", [False, True], ids=["mark-after", "mark-before"])
@pytest.mark.parametrize("kind", ["ballot", "drawn-square"])
@pytest.mark.parametrize("shape", list(SHAPES))
def test_name_and_mark_pairs_mark_their_months(tmp_path, shape, kind, before, ruled):
    path = tmp_path / "ficha.pdf"
    name_mark_grid(path, kind, SHAPES[shape], before, ruled)
    for got in records_by_engine(path):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
        assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")]


@pytest.mark.browser
@pytest.mark.parametrize(("shape", "before"), [("6x2", False), ("2x6", True)], ids=["square-after", "square-before"])
def test_browser_names_beside_css_squares(tmp_path, chromium, shape, before):
    """Chromium's print of an HTML grid whose cells hold a month's name and a CSS-drawn square
    (a bordered inline box, filled in the active months), the square after the name or before it."""
    from .designs.browser import print_pdf

    per_row = SHAPES[shape]

    def cell(n: int) -> str:
        square = f'<span class="sq{" on" if n + 1 in ACTIVE else ""}"></span>'
        return f"<td>{square}{MONTHS[n]}</td>" if before else f"<td>{MONTHS[n]}{square}</td>"

    rows = "".join(
        "<tr>" + "".join(cell(r * per_row + c) for c in range(per_row)) + "</tr>" for r in range(12 // per_row)
    )
    html = f"""<html><head><meta charset="utf-8"><style>body{{font-family:'Liberation Sans';font-size:10pt}}
    h3{{font-size:11pt}} td{{padding:3px 10px}} table{{border-collapse:collapse}}
    .sq{{display:inline-block;width:8px;height:8px;border:1px solid #333;margin:0 4px}} .sq.on{{background:#333}}
    </style></head><body><h1>Escuela de oficios para mujeres migrantes</h1><p><b>MUNICIPALIDAD PUENTE ALTO</b></p>
    <h3>{SECTIONS[0][0]}</h3><p>{SECTIONS[0][1]}</p><h3>{SECTIONS[1][0]}</h3><p>{SECTIONS[1][1]}</p>
    <h3>Fechas de implementación</h3><table>{rows}</table><p>{TEXT}</p>
    <h3>Breve descripción</h3><p>La municipalidad abre una escuela de oficios.</p></body></html>"""
    page = tmp_path / "ficha.html"
    page.write_text(html, encoding="utf-8")
    print_pdf(page, tmp_path / "ficha.pdf")
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
        assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")]
