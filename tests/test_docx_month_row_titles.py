"""A Word month table's row titles (issue 20, part 3; trial 25 d05, d06): "Mes | Ejecución" over a
column of names and a column of marks, or "Mes" / "Marque con X" left of the rows of names and
marks, are the display's words: the record's dates text does not begin with them (it did, with no
aviso). A title naming a year stays text: it tells something of the dates."""

from __future__ import annotations

import pytest

from extractor.pipeline import extract_document

from .docx_builders import MONTHS, DocBuilder, write_ficha

ACTIVE = [4, 5, 6, 9]
TEXT = "Se ejecuta en dos periodos del año."


def _rows(titles: tuple[str, str], down: bool, short: bool) -> list[list[str]]:
    names = [m[:3] if short else m for m in MONTHS]
    marks = ["x" if n + 1 in ACTIVE else "" for n in range(12)]
    if down:  # a row a month: "Mes | Ejecución" over "Enero | x" ...
        return [list(titles), *([name, mark] for name, mark in zip(names, marks, strict=True))]
    return [[titles[0], *names], [titles[1], *marks]]


def _record(tmp_path, titles: tuple[str, str], down: bool, short: bool) -> dict:
    def dates(b: DocBuilder) -> None:
        b.table(_rows(titles, down, short))
        b.paragraph(TEXT)

    (ficha,) = extract_document(write_ficha(tmp_path, parts={"fechas_implementacion": dates})).fichas
    return ficha.model_dump(mode="json")


@pytest.mark.parametrize(
    ("titles", "down", "short"),
    [
        (("Mes", "Ejecución"), True, False),
        (("Mes", "Marque con X"), False, True),
        (("Meses", "Actividad"), True, True),
    ],
)
def test_row_titles_are_no_dates_text(tmp_path, titles, down, short):
    got = _record(tmp_path, titles, down, short)
    assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}


def test_a_year_title_stays_text(tmp_path):
    got = _record(tmp_path, ("Año", "2023"), False, True)
    assert got["fechas_implementacion"]["meses"] == ACTIVE
    assert got["fechas_implementacion"]["texto"].startswith("2023")
