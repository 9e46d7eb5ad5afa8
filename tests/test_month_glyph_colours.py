"""Month displays whose every cell prints the same glyph, told apart by its colour only (issue 20: a
month is active when its cell differs from the others in the one way that splits them into two
groups): a row of names over a row of ●, the active months' dots in a colour (or black), the others'
light grey. The group that stands out marks its months (the saturated against grey, else the darker;
dots all in one pale grey are an empty display's);
two colours of which neither stands out, or three colours, are a doubt said on
`fechas_implementacion.meses`, never twelve months read silently. PDF (reportlab, both engines)."""

from __future__ import annotations

import pytest
from reportlab.lib.colors import HexColor

from .docx_builders import MONTHS
from .pdf_canvas import BODY, BOLD, SYMBOLS, Sheet
from .records import records_by_engine

ACTIVE = [3, 4, 5, 8, 9, 10]
TEXT = "Se realizan dos programas al año."
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]
GREY = "#d1d5db"


def pdf_coloured_dots(path, colours: dict[int, str], glyph: str = "●") -> None:
    """A ficha whose month display is a row of 3-letter names over a row of `glyph`, month m's in
    `colours[m]`."""
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 10
    pitch = 36
    for n, name in enumerate(MONTHS):
        sheet.text(50 + n * pitch, top, name[:3], 8, BODY)
        sheet.canvas.setFillColor(HexColor(colours[n + 1]))
        sheet.text(54 + n * pitch, top + 14, glyph, 12, SYMBOLS)
        sheet.canvas.setFillColor(HexColor("#000000"))
    top += 40
    top = sheet.text(45, top, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


def meses_avisos(got: dict) -> list[dict]:
    return [a for a in got["revision"]["avisos"] if a["campo"] == "fechas_implementacion.meses"]


@pytest.mark.parametrize("active", ["#16a34a", "#7c3aed", "#000000", "#555555"])
@pytest.mark.parametrize("glyph", ["●", "✓", "■"])
def test_the_dots_that_stand_out_mark_their_months(tmp_path, active, glyph):
    colours = {m: active if m in ACTIVE else GREY for m in range(1, 13)}
    pdf_coloured_dots(tmp_path / "ficha.pdf", colours, glyph)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
        assert not meses_avisos(got)


def test_dots_of_one_colour_mark_every_month(tmp_path):
    pdf_coloured_dots(tmp_path / "ficha.pdf", dict.fromkeys(range(1, 13), "#16a34a"))
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"]["meses"] == list(range(1, 13))


def test_dots_all_greyed_out_mark_no_month(tmp_path):
    """An empty display: every dot in the inactive months' light grey."""
    pdf_coloured_dots(tmp_path / "ficha.pdf", dict.fromkeys(range(1, 13), GREY))
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"]["meses"] == []


def test_greys_alike_in_tone_are_one_colour(tmp_path):
    colours = {m: "#222222" if m % 2 else "#2a2a2a" for m in range(1, 13)}
    pdf_coloured_dots(tmp_path / "ficha.pdf", colours)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"]["meses"] == list(range(1, 13))


@pytest.mark.parametrize(
    "other",
    [
        "#dc2626",  # green against red: which one marks is not printed
        None,  # three colours
    ],
)
def test_colours_that_do_not_say_which_are_a_doubt(tmp_path, other):
    colours = {m: "#16a34a" if m in ACTIVE else other or GREY for m in range(1, 13)}
    if other is None:
        colours[1] = "#2563eb"
    pdf_coloured_dots(tmp_path / "ficha.pdf", colours)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"]["meses"] != list(range(1, 13))
        assert got["fechas_implementacion"]["texto"] == TEXT
        assert any(a["codigo"] == "lectura_dudosa" for a in meses_avisos(got))
