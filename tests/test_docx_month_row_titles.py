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


@pytest.mark.parametrize(
    ("legend", "doubt"),
    [("■ mes con actividad", False), ("X = mes de ejecución", False), ("✓ mes sin actividad", True)],
)
def test_a_legend_paragraph_under_the_table_is_the_displays(tmp_path, legend, doubt):
    """A short paragraph right under a Word month table opening with a mark ("■ mes con actividad")
    is the display's legend, no dates text; one pairing the mark with no activity is a doubt on the
    months."""

    def dates(b: DocBuilder) -> None:
        b.table([[m[:3] for m in MONTHS], ["✓" if n + 1 in ACTIVE else "" for n in range(12)]])
        b.paragraph(legend)
        b.paragraph(TEXT)

    (ficha,) = extract_document(write_ficha(tmp_path, parts={"fechas_implementacion": dates})).fichas
    got = ficha.model_dump(mode="json")
    assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
    said = [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")]
    assert [a["campo"] for a in said] == (["fechas_implementacion.meses"] if doubt else [])
