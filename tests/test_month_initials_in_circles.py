"""A month row of one-letter circles (issue 20, part 3; trial 25 h08): each initial stands inside its
circle or square, the active months' filled (a white letter), the others outlined with a grey letter.
The shape drawn round a name is that month's mark; the next circle's letter right of it labels none."""

from __future__ import annotations

import pytest

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records_by_engine

ACTIVE = [3, 4, 5, 6]
TEXT = "Sesiones semanales en la sede vecinal."
INITIALS = "EFMAMJJASOND"
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]


def pdf_initials(path, side: float, gap: float, round_: bool) -> None:
    """Twelve initials (bold, 0.5 `side` pt), each centred in a circle (or a square when not
    `round_`) `side` points across, `gap` points apart: active filled teal with a white letter,
    inactive outlined light grey with a grey letter; then the dates text."""
    sheet = Sheet(path)
    c = sheet.canvas
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 6
    size = 0.5 * side
    for n, letter in enumerate(INITIALS):
        x = 45 + n * (side + gap)
        on = n + 1 in ACTIVE
        c.setLineWidth(0.8)
        if on:
            c.setFillColorRGB(0.04, 0.43, 0.6)
            c.setStrokeColorRGB(0.04, 0.43, 0.6)
        else:
            c.setStrokeGray(0.73)
        y = sheet.height - top - side
        if round_:
            c.circle(x + side / 2, y + side / 2, side / 2, stroke=1, fill=int(on))
        else:
            c.rect(x, y, side, side, stroke=1, fill=int(on))
        c.setFillGray(1 if on else 0.67)
        c.setStrokeGray(0)
        c.setFont(BOLD, size)
        c.drawCentredString(x + side / 2, y + side / 2 - 0.35 * size, letter)
        c.setFillGray(0)
    top += side + 6
    top = sheet.text(45, top, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


@pytest.mark.parametrize(("side", "gap", "round_"), [(17.0, 6.0, True), (12.0, 4.0, True), (15.0, 8.0, False)])
def test_pdf_initials_in_circles(tmp_path, side, gap, round_):
    pdf_initials(tmp_path / "ficha.pdf", side, gap, round_)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
        assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")]
