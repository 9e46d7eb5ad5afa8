"""A section printed in a shaded box that a column or page break splits: the box goes on in the
next column (or at the top of the next page) with the section's next paragraph, the break falling
exactly between two paragraphs (issue 20, "regions"; seen in the browser harness with CSS columns
splitting a card). The box's second part holds no heading: it continues the box's section, not
the section read before the box in the page's flow."""

from __future__ import annotations

import pytest

from .pdf_canvas import BOLD, Sheet
from .test_pdf_anchors import OFICINAS, SELLO, records, sections, wrap

FIRST = "La municipalidad coordina un operativo territorial al mes junto a otras instituciones del sector."
SECOND = "De esta manera, se ha logrado realizar acompañamientos más cercanos a las familias del campamento."
THIRD = "La difusión es realizada por redes sociales y afiches en el territorio."
WIDTH = 230.0
SHADE = "EEF3FA"


def boxed(sheet: Sheet, x: float, top: float, heading: str | None, paragraphs: list[str]) -> float:
    """A shaded box at `x`, `top`: its heading (if any) in bold over its paragraphs; returns its bottom."""
    lines = [wrap(p, WIDTH) for p in paragraphs]
    height = (22 if heading else 0) + sum(len(ls) * 13 + 6 for ls in lines) + 10
    sheet.rect(x - 6, top - 6, WIDTH + 12, height, stroke=False, fill=SHADE)
    y = top
    if heading:
        y = sheet.text(x, y, heading, 11, BOLD) + 10
    for ls in lines:
        y = sheet.lines(x, y, ls, size=10) + 6
    return top - 6 + height


def head(sheet: Sheet) -> float:
    """The ficha's title, municipality and three short sections in flow; the top (points) under them."""
    sheet.text(45, 50, "Operativos interinstitucionales", 20, BOLD)
    sheet.text(45, 85, "MUNICIPALIDAD PUENTE ALTO", 10, BOLD)
    return sections(
        sheet,
        110,
        [
            (OFICINAS, ["Unidad de Migrantes"]),
            ("Grupo prioritario", ["Niñas y niños."]),
            ("Sostenibilidad en el tiempo", ["Se ejecuta de manera periódica."]),
        ],
    )


def box_over_a_break(path, where: str) -> None:
    """Flow sections, then the description in a shaded box in the left column whose second and
    third paragraphs go on in a shaded box at the top of the right column (or of the next page),
    then the Sello lines in a box of their own."""
    sheet = Sheet(path)
    top = head(sheet)
    boxed(sheet, 51, top, "Breve descripción", [FIRST])
    if where == "page":
        sheet.next_page()
        x, column_top = 51.0, 50.0
    else:
        x, column_top = 320.0, top
    bottom = boxed(sheet, x, column_top, None, [SECOND, THIRD])
    boxed(sheet, x, bottom + 16, "Líneas Sello", [" ".join(wrap(SELLO, WIDTH))])
    sheet.save()


@pytest.mark.parametrize("where", ["column", "page"])
def test_a_box_split_by_a_break_goes_on_with_its_section(tmp_path, where):
    box_over_a_break(tmp_path / "ficha.pdf", where)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["descripcion"] == "\n\n".join([FIRST, SECOND, THIRD])
    assert got["sostenibilidad"] == "Se ejecuta de manera periódica."
    assert [a for a in got["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"] == []
    assert got["lineas_sello"][0]["linea"] == "vinculacion_comunitaria"


OPEN = "La academia reúne a la comunidad migrante en distintos talleres:"
RUNS_ON = "prevención de la violencia, apresto laboral y rescate cultural."


@pytest.mark.parametrize("where", ["column", "page"])
def test_a_sentence_cut_after_a_colon_runs_on_past_the_break(tmp_path, where):
    """The description's paragraph ends a column (or page) with a colon, its sentence going on in
    lower case at the top of the next: one paragraph, not two."""
    sheet = Sheet(tmp_path / "ficha.pdf")
    sheet.text(45, 50, "Academia municipal abierta", 20, BOLD)
    sheet.text(45, 85, "MUNICIPALIDAD ARICA", 10, BOLD)
    top = sections(sheet, 110, [(OFICINAS, ["Oficina de la Mujer"]), ("Grupo prioritario", ["Personas migrantes."])])
    column_top = top
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 8
    sheet.lines(45, top, wrap(f"{FIRST} {OPEN}", WIDTH), size=10)  # one paragraph: its lines filled
    if where == "page":
        sheet.next_page()
        x, column_top = 45.0, 50.0
    else:
        x = 320.0
    top = sheet.lines(x, column_top, wrap(RUNS_ON, WIDTH), size=10) + 14
    sections(sheet, top, [("Líneas Sello", wrap(SELLO, WIDTH))], x=x)
    sheet.save()
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["descripcion"] == f"{FIRST} {OPEN} {RUNS_ON}"


# A paragraph of four full lines and a ragged one: the column break falls after its third line.
SPLIT = (
    "Desde el año 2022 el programa de migración se suma a la ejecución del festival que antes realizaba "
    "la corporación de cultura de la comuna y estaba enfocado en los vecinos de pueblos originarios, y "
    "desde entonces postula a fondos para darle una mayor envergadura."
)


def test_a_box_split_in_the_middle_of_a_paragraph_keeps_its_next_paragraphs(tmp_path):
    """The column break falls inside the description's first paragraph, after a full line: its
    sentence goes on at the top of the box's part in the right column (one paragraph across the
    break), and the paragraph after it, under that part's first lines, is the description's too:
    not the section read before the box (the joined paragraph spans both columns, and what follows
    it starts under its end, in the next column, below the paragraph's top)."""
    lines = wrap(SPLIT, WIDTH)
    assert len(lines) >= 4
    sheet = Sheet(tmp_path / "ficha.pdf")
    top = head(sheet)
    boxed(sheet, 51, top, "Breve descripción", [" ".join(lines[:3])])
    bottom = boxed(sheet, 320.0, top, None, [" ".join(lines[3:]), THIRD])
    boxed(sheet, 320.0, bottom + 16, "Líneas Sello", [" ".join(wrap(SELLO, WIDTH))])
    sheet.save()
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["descripcion"] == "\n\n".join([SPLIT, THIRD])
    assert got["sostenibilidad"] == "Se ejecuta de manera periódica."
    assert [a for a in got["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"] == []


def card_of_rows_beside_the_flow(path, run_on: bool) -> None:
    """Flow sections; then the description's heading and paragraph in the left column, and in the
    right column a shaded card of two label | value rows (financing, dates; no heading
    of its own) with, under it outside every box, the description going on (`run_on` False); or
    (`run_on`) a card holding the innovation heading and its text's first line, its next lines
    running on right under the card's edge, outside it, before the Sello heading."""
    sheet = Sheet(path)
    top = head(sheet) + 20
    sheet.text(45, top, "Breve descripción", 11, BOLD)
    sheet.lines(45, top + 20, wrap(FIRST, WIDTH), size=10)
    if run_on:
        lines = wrap(SECOND, WIDTH)
        sheet.rect(300, top - 6, WIDTH + 12, 46, stroke=False, fill=SHADE)
        sheet.text(306, top, "Elemento innovador", 11, BOLD)
        sheet.lines(306, top + 20, lines, size=10, leading=1.2)  # the card ends under the first line
        bottom = top + 20 + 12 * len(lines) + 14
    else:
        sheet.rect(300, top - 6, WIDTH + 12, 70, stroke=False, fill=SHADE)
        sheet.text(306, top, "Forma de", 11, BOLD)
        sheet.text(306, top + 13, "financiamiento", 11, BOLD)
        sheet.text(420, top, "Recursos propios.", 10)
        sheet.text(306, top + 34, "Fechas de", 11, BOLD)
        sheet.text(306, top + 47, "implementación", 11, BOLD)
        sheet.text(420, top + 34, "Desde el año 2021.", 10)
        bottom = sheet.lines(306, top + 80, wrap(SECOND, WIDTH), size=10) + 14
    sheet.text(306, bottom, "Líneas Sello", 11, BOLD)
    sheet.lines(306, bottom + 20, wrap(SELLO, WIDTH), size=10)
    sheet.save()


@pytest.mark.parametrize("run_on", [False, True], ids=["card-of-rows", "paragraph-past-the-card"])
def test_text_outside_the_cards_after_them_goes_on_with_its_own_section(tmp_path, run_on):
    """Text printed outside every drawn region, read right after a card: after a card of label |
    value rows beside the page's flow, it is the flow's section's (the description's), not the
    card's first row's (browser seed 6521: the description's end went to the financing, flagged
    but the description cut short); right under the last line of the text of a card's section,
    at its left edge, it is that paragraph running on past the card's edge."""
    path = tmp_path / "ficha.pdf"
    card_of_rows_beside_the_flow(path, run_on)
    (got,) = records(path)
    if run_on:
        assert got["descripcion"] == FIRST
        assert got["elemento_innovador"] == SECOND
    else:
        assert got["descripcion"] == f"{FIRST}\n\n{SECOND}" or got["descripcion"] == f"{FIRST} {SECOND}"
        assert got["forma_financiamiento"]["texto"] == "Recursos propios."
        assert got["fechas_implementacion"]["texto"] == "Desde el año 2021."
