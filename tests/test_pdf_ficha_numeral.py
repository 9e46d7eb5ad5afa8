"""A ficha's number printed in display size beside its title is no part of the title (issue 20;
a new user's trial of 2026-12-07: a magazine opener's orange "03", 54 pt, in a column left of
the title, read as the title's first word: titulo "03 Academia ...", and the id with it, estado ok).

A title has letters: a block of digits alone, however large, is neither a title nor a rival to
one (`fichas._title_sized`, `fichas.title_doubt`); the number is printed, so it stays quoted in an
aviso (texto_sin_ubicar) and the title and id are the ficha's own.
"""

from __future__ import annotations

import pytest

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

TITLE = "Academia Municipal Abierta"


def ficha(path, number: str | None, number_size: float) -> None:
    sheet = Sheet(path)
    if number is not None:
        sheet.text(45, 50, number, number_size, BOLD)
    sheet.text(130, 52, TITLE, 20, BOLD)
    sheet.text(130, 80, "Municipalidad de Arica", 10, BODY)
    top = 130.0
    top = sheet.sections(
        top,
        [
            ("Grupo prioritario", "Personas migrantes y refugiadas."),
            ("Forma de financiamiento", "Recursos propios de la municipalidad."),
            ("Breve descripción", "La academia ofrece cursos de oficio a personas migrantes de la comuna."),
        ],
    )
    sheet.save()


@pytest.mark.parametrize("number, size", [("03", 54.0), ("12", 30.0), ("7", 40.0)])
def test_a_number_beside_the_title_is_not_its_first_word(tmp_path, number, size):
    ficha(tmp_path / "ficha.pdf", number, size)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["titulo"] == TITLE
    assert got["id"] == "arica--academia-municipal-abierta"
    assert any(a["mensaje"] == number for a in got["revision"]["avisos"])  # printed: traced
    assert "titulo_dudoso" not in {a["codigo"] for a in got["revision"]["avisos"]}


def test_without_a_number_nothing_is_left_over(tmp_path):
    ficha(tmp_path / "ficha.pdf", None, 0)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["titulo"] == TITLE
    codes = {a["codigo"] for a in got["revision"]["avisos"]}
    assert not codes & {"texto_sin_ubicar", "titulo_dudoso"}, got["revision"]
