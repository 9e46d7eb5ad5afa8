"""A month grid read only in pieces: its names standing alone in short lines, a mark alone on a line
among them (issue 20; a new user's trial 26, x26: a Word 6 x 2 month table in a newspaper column,
wider than the column, clipped by LibreOffice's export to its first three columns: "Ene", "Feb Mar",
"✓" read as lines of their own before the section's text).

The names are left out of `fechas_implementacion.texto` (`dates.lone_month_names`); so is a line of
marks alone standing with them (`dates.lone_display_marks`), never led into the text ("✓ De marzo a
junio…"); the months then come from the text alone, which an aviso on `meses` says, quoting the mark.
"""

from __future__ import annotations

import pytest

from .pdf_canvas import BODY, BOLD, SYMBOLS, Sheet
from .records import records

DATES = "De marzo a junio de cada año, con sesiones semanales."


def clipped_grid_ficha(path, mark: str, size: float, pitch: float) -> None:
    """Names of two rows of a grid's first three columns `pitch` points apart, `mark` under "Mar"."""
    sheet = Sheet(path)
    sheet.text(45, 50, "Recepción y acogida de la comunidad afgana", 20, BOLD)
    sheet.text(45, 80, "Municipalidad de Recoleta", 11, BODY)
    top = sheet.sections(
        110,
        [
            ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
            ("Grupo prioritario", "Familias afganas."),
        ],
    )
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 6
    for row, names in enumerate([("Ene", "Feb", "Mar"), ("Jul", "Ago", "Sep")]):
        for column, name in enumerate(names):
            sheet.text(90 + column * pitch, top, name, size, BODY)
            if row == 0 and column == 2:
                sheet.text(90 + column * pitch, top + size + 3, mark, size + 1, SYMBOLS)
        top += 2 * size + 8
    top = sheet.text(45, top + 4, DATES, 10, BODY) + 16
    sheet.sections(top, [("Forma de financiamiento", "Recursos propios municipales.")])
    sheet.save()


@pytest.mark.parametrize(
    ("mark", "size", "pitch"), [("✓", 8.0, 72.0), ("✔", 9.0, 60.0), ("●", 8.5, 85.0)], ids=["check", "heavy", "dot"]
)
def test_a_mark_alone_among_lone_month_names_is_no_text(tmp_path, mark, size, pitch):
    clipped_grid_ficha(tmp_path / "ficha.pdf", mark, size, pitch)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["fechas_implementacion"] == {"meses": [3, 4, 5, 6], "texto": DATES}
    said = [a["mensaje"] for a in got["revision"]["avisos"] if a["campo"] == "fechas_implementacion.meses"]
    assert any(f"«{mark}»" in m and "vienen solo del texto" in m for m in said)
    assert got["revision"]["estado"] == "revisar"
