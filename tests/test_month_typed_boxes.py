"""Month marks typed by a clerk in a paragraph (issue 20 part 3, trial 27 ed07/ed22/ed28): «Ene [ ]  Feb [X] …»,
«Abr (X) May ( ) …», one paragraph or two, names of three letters or full, the box after or before its
name; Word's ☐/☒ glyphs beside the names. Read as a month display: the months whose box is marked; the
lines are no text of the section. Names missing or repeated: an aviso on the months. Boxes not beside
their names: the line is not read, and an aviso says its marks were not read.
"""

from __future__ import annotations

import pytest

from .docx_builders import MONTHS, MONTHS_SHORT, paragraphs, write_ficha
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records
from .test_word_pdf_exports import soffice_pdf

VAGUE = "Durante el segundo semestre, una vez al mes."  # the text names no month: the marks alone tell them
ACTIVE = {7, 8, 9, 10, 11, 12}


def typed_line(names: list[str], months: range, box: str = "[{}]", mark: str = "X", before: bool = False) -> str:
    """The months `months` (1..12) typed as «Name [X]» (or «[X] Name» when `before`), two spaces apart."""
    cells = []
    for n in months:
        typed = box.format(mark if n in ACTIVE else " ")
        cells.append(f"{typed} {names[n - 1]}" if before else f"{names[n - 1]} {typed}")
    return "  ".join(cells)


def month_avisos(record: dict) -> list[tuple[str, str]]:
    return [(a["campo"], a["codigo"]) for a in record["revision"]["avisos"] if a["campo"].startswith("fechas")]


LINES = {
    "one-paragraph": [typed_line(MONTHS_SHORT, range(1, 13))],
    "two-paragraphs": [typed_line(MONTHS_SHORT, range(1, 7)), typed_line(MONTHS_SHORT, range(7, 13))],
    "round-full-names": [typed_line(MONTHS, range(1, 13), box="({})")],
    "box-before-lower-x": [typed_line(MONTHS_SHORT, range(1, 13), mark="x", before=True)],
}


@pytest.mark.parametrize("lines", LINES.values(), ids=LINES.keys())
def test_typed_month_boxes_in_word_are_the_months(tmp_path, lines):
    (got,) = records(write_ficha(tmp_path, parts={"fechas_implementacion": paragraphs(*lines, VAGUE)}))
    assert got["fechas_implementacion"] == {"meses": sorted(ACTIVE), "texto": VAGUE}
    assert month_avisos(got) == []


def test_word_box_glyphs_beside_month_names_are_the_months(tmp_path):
    line = "  ".join(f"{name} {'☒' if n in ACTIVE else '☐'}" for n, name in enumerate(MONTHS_SHORT, start=1))
    (got,) = records(write_ficha(tmp_path, parts={"fechas_implementacion": paragraphs(line, VAGUE)}))
    assert got["fechas_implementacion"] == {"meses": sorted(ACTIVE), "texto": VAGUE}
    assert month_avisos(got) == []


def test_typed_months_that_disagree_with_the_text_are_flagged(tmp_path):
    lines = [typed_line(MONTHS_SHORT, range(1, 13)), "De marzo a mayo de 2023."]
    (got,) = records(write_ficha(tmp_path, parts={"fechas_implementacion": paragraphs(*lines)}))
    assert got["fechas_implementacion"]["meses"] == sorted(ACTIVE)
    assert ("fechas_implementacion.meses", "meses_inconsistentes") in month_avisos(got)


@pytest.mark.parametrize(
    "lines",
    [
        [typed_line(MONTHS_SHORT, range(1, 7)), typed_line(MONTHS_SHORT, range(4, 13))],  # Abr..Jun twice
        [typed_line(MONTHS_SHORT, range(3, 13))],  # Ene and Feb missing
    ],
    ids=["repeated", "missing"],
)
def test_typed_months_repeated_or_missing_are_read_with_an_aviso(tmp_path, lines):
    (got,) = records(write_ficha(tmp_path, parts={"fechas_implementacion": paragraphs(*lines, VAGUE)}))
    assert got["fechas_implementacion"] == {"meses": sorted(ACTIVE), "texto": VAGUE}
    assert ("fechas_implementacion.meses", "lectura_dudosa") in month_avisos(got)
    assert got["revision"]["estado"] == "revisar"


def test_typed_boxes_not_beside_their_names_are_flagged(tmp_path):
    """Boxes typed on both sides of the names («[ ] Ene Feb [ ] …»): which name a box is of is unclear;
    the line is left as text and an aviso says its marks were not read."""
    line = "[ ] Ene Feb [ ] [ ] Mar Abr [ ] [ ] May Jun [ ] [X] Jul Ago [X] [X] Sep Oct [X] [X] Nov Dic [X]"
    (got,) = records(write_ficha(tmp_path, parts={"fechas_implementacion": paragraphs(line, VAGUE)}))
    assert got["fechas_implementacion"]["meses"] == []
    assert ("fechas_implementacion.meses", "lectura_dudosa") in month_avisos(got)


def typed_pdf(path, lines: list[str]) -> None:
    """A ficha drawn with reportlab whose dates section is `lines` of typed month boxes, then VAGUE
    in the same paragraph's next line (the reader joins them)."""
    sheet = Sheet(path)
    top = sheet.ficha_head(
        [("Departamento/Oficinas municipales que participan", "DIDECO - OMIL"), ("Grupo prioritario", "Mujeres.")]
    )
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 6
    top = sheet.lines(45, top, [*lines, VAGUE], 10, BODY, 1.25) + 14
    after = [("Forma de financiamiento", "Recursos propios municipales."), ("Breve descripción", "Un taller.")]
    sheet.sections(top, after)
    sheet.save()


@pytest.mark.parametrize("lines", [LINES["one-paragraph"], LINES["two-paragraphs"]], ids=["one-line", "two-lines"])
def test_typed_month_boxes_in_a_pdf_are_the_months(tmp_path, lines):
    typed_pdf(tmp_path / "ficha.pdf", lines)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["fechas_implementacion"] == {"meses": sorted(ACTIVE), "texto": VAGUE}
    assert month_avisos(got) == []


@pytest.mark.slow
def test_typed_month_boxes_in_word_exported_by_libreoffice(tmp_path):
    lines = LINES["two-paragraphs"]
    pdf = soffice_pdf(write_ficha(tmp_path, parts={"fechas_implementacion": paragraphs(*lines, VAGUE)}))
    (got,) = records(pdf)
    assert got["fechas_implementacion"] == {"meses": sorted(ACTIVE), "texto": VAGUE}
    assert month_avisos(got) == []
