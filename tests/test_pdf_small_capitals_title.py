"""A title set in small capitals reads as the publication spells it (issue 20, headings in any dress).

CSS `font-variant: small-caps` prints a lower-case letter as a capital about 0.7 of the font's
size: "Mesa de Trabajo" is drawn "M" 20 pt, "ESA DE" 14 pt, "T" 20 pt, "RABAJO" 14 pt. The two
capital sizes tell which letters the publication wrote in lower case, so the title reads
"Mesa de Trabajo", as the same ficha's Word file or another producer's PDF spells it, never
"MESA DE TRABAJO" (`order._small_capitals`, `record.title_lines`). A wrapped title's line in small
capitals alone ("de la comuna") is of the small capitals' size: lower case too. A title in
capitals of one size stays as printed: nothing tells which letters were meant small.
"""

from __future__ import annotations

import pytest

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

SIZE, SMALL = 20.0, 14.2


def ficha(path, title_lines: list[str], caps: bool) -> None:
    sheet = Sheet(path)
    top = 50.0
    for line in title_lines:
        if caps:
            sheet.text(45, top, line.upper(), SIZE, BOLD)
        else:
            sheet.small_capitals(45, top, line, SIZE, SMALL, BOLD)
        top += 1.3 * SIZE
    sheet.text(45, top + 10, "MUNICIPALIDAD DE ARICA", 10, BOLD)
    top += 40
    for heading, text in [
        ("Grupo prioritario", "Personas migrantes de la comuna."),
        ("Forma de financiamiento", "Recursos propios de la municipalidad."),
        ("Breve descripción", "La mesa reúne a los servicios públicos de la comuna cada mes."),
    ]:
        top = sheet.text(45, top, heading, 12, BOLD) + 6
        top = sheet.text(45, top, text, 10, BODY) + 16
    sheet.save()


@pytest.mark.parametrize(
    "lines",
    [["Mesa de Trabajo Intercultural"], ["Mesa de Trabajo Intercultural", "de la comuna"]],
    ids=["one-line", "wrapped"],
)
def test_a_title_in_small_capitals_reads_as_written(tmp_path, lines):
    ficha(tmp_path / "ficha.pdf", lines, caps=False)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["titulo"] == " ".join(lines)


def test_a_title_in_capitals_of_one_size_stays_as_printed(tmp_path):
    ficha(tmp_path / "ficha.pdf", ["Mesa de Trabajo Intercultural"], caps=True)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["titulo"] == "MESA DE TRABAJO INTERCULTURAL"
