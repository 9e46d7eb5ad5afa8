"""Sections set as label | value rows (issue 20: heading_place=beside, label rows, pills, rules): a
label that names a template section opens that section wherever it stands relative to its value,
and the value beside it (its row, right of it) is that section's, never the section of another row.

- a grid of rows over text set in two columns, the right column's heading wrapped and set higher
  than the left one's (bottom-aligned): that heading is under the grid, not a side panel beside it;
- "Label:" rows set close, two labels read as one block ("Forma de financiamiento:" over
  "Sostenibilidad en el tiempo:"): each label is its own row;
- a category list beside its label, the next row's value set right under its last label
  ("Otra: Regularización" over the dates): the value is no part of the checkbox's label."""

from __future__ import annotations

from dataclasses import replace

from reportlab.pdfbase.pdfmetrics import stringWidth

from extractor.layout import Line, Provenance, TextBlock
from extractor.segment.rows import rows_beside_headings

from .docx_builders import CATEGORY_NAMES
from .pdf_builders import BOX_STYLES
from .pdf_canvas import BOLD, Sheet
from .test_pdf_heading_column import records

VALUES = {
    "Departamento/Oficinas": "Oficina de Migración y Oficina de la Mujer de la comuna.",
    "Grupo prioritario": "Familias migrantes y chilenas del sector norte de la comuna.",
    "Fechas de implementación": "Inicia el año 2022 y se realiza de marzo a noviembre de cada año.",
    "Forma de financiamiento": "Recursos propios municipales y aportes del Fondo Social Presidente.",
    "Sostenibilidad en el tiempo": "Sigue vigente y se repite cada año con la comunidad del barrio.",
}
DESCRIPTION = ["La municipalidad abre huertos en las plazas", "del barrio con las familias del sector."]
INNOVATION = ["Los vecinos cuidan los huertos por turnos", "durante todo el año."]


def _label(sheet: Sheet, top: float, heading: str, colon: str = "", wide: bool = False) -> float:
    """A row's label at x 40, the offices' heading wrapped over two lines (its first line
    "Departamento/Oficinas municipales que" when `wide`); returns its right edge."""
    if heading == "Departamento/Oficinas":
        lines = (
            ["Departamento/Oficinas municipales que", "participan"]
            if wide
            else ["Departamento/Oficinas", "municipales que participan"]
        )
        lines[-1] += colon
        sheet.lines(40, top, lines, 9, BOLD, 1.2)
    else:
        lines = [heading + colon]
        sheet.text(40, top, lines[0], 9, BOLD)
    return 40 + max(stringWidth(line, BOLD, 9) for line in lines)


def _head(sheet: Sheet) -> None:
    sheet.text(40, 40, "Huertos comunitarios interculturales", 18, BOLD)
    sheet.text(40, 66, "Municipalidad de Recoleta", 11, BOLD)


def _two_columns_under(sheet: Sheet, top: float) -> None:
    """Text in two columns under the grid: the left column's heading at `top`, the right one's
    wrapped over two lines and set higher, their last lines level."""
    sheet.text(40, top, "Breve descripción", 10, BOLD)
    sheet.lines(40, top + 16, DESCRIPTION, 9)
    sheet.lines(310, top - 12, ["Elemento innovador/creativo del", "proyecto o actividad"], 10, BOLD, 1.2)
    sheet.lines(310, top + 16, INNOVATION, 9)
    sheet.text(310, top + 50, "Líneas Sello", 10, BOLD)
    sheet.lines(310, top + 66, ["Vinculación comunitaria: reúne a vecinos."], 9)


def _check(record: dict) -> None:
    assert [o["nombre"] for o in record["oficinas"]][:1] == ["Oficina de Migración"]
    assert record["grupo_prioritario"] == VALUES["Grupo prioritario"]
    assert record["fechas_implementacion"]["texto"] == VALUES["Fechas de implementación"]
    assert record["forma_financiamiento"]["texto"] == VALUES["Forma de financiamiento"]
    assert record["sostenibilidad"] == VALUES["Sostenibilidad en el tiempo"]
    assert record["descripcion"] == " ".join(DESCRIPTION)
    assert record["elemento_innovador"] == " ".join(INNOVATION)


def _grid(
    sheet: Sheet,
    colon: str = "",
    gap: float = 6,
    rules: bool = False,
    otra: str = "Otra:",
    middle: bool = False,
    wide: bool = False,
) -> float:
    """The rows from y 100, `gap` points apart, labels at x 40 (each with a rule under it when
    `rules`; set level with the middle of a value of two lines when `middle`), values at x 200
    (the offices' 10 points right of its label when `wide`: a label reaching past x 200);
    the category list's row before the dates (its last box's label `otra`). Returns the grid's
    bottom."""
    top = 100.0
    for heading, value in VALUES.items():
        if heading == "Fechas de implementación":
            _label(sheet, top, "Categoría", colon)
            labels = [*CATEGORY_NAMES[:-1], otra]
            for n, label in enumerate(labels):
                BOX_STYLES["check" if n in (0, len(labels) - 1) else "empty"](sheet, 200, top + 16 * n)
                sheet.text(214, top + 16 * n + 0.5, label, 10)
            top += 16 * (len(labels) - 1) + 12  # the next row right under the list's last label
        words = value.split()
        lines = [" ".join(words[:6]), " ".join(words[6:])] if middle else [value]
        shift = 7.0 if middle else 0.0
        edge = _label(sheet, top + shift, heading, colon, wide)
        x = edge + 10 if wide and heading == "Departamento/Oficinas" else 200
        bottom = top + shift + (20 if heading == "Departamento/Oficinas" else 10)
        if rules:
            sheet.line(40, bottom + 3, 190, bottom + 3)
        top = max(sheet.lines(x, top, lines, 10), bottom + 3) + gap
    return top


def test_a_heading_right_of_the_grid_that_starts_under_its_last_row_ends_the_grid(tmp_path):
    """The right column's heading under the grid starts above the left column's (wrapped, its last
    line level with it): it heads the text under the grid, no panel beside it, and the grid's rows
    keep their values (each value wide enough to cross that heading's left edge; each label level
    with the middle of its value, so that no value line is level with its label)."""
    path = tmp_path / "grid-over-columns.pdf"
    sheet = Sheet(path)
    _head(sheet)
    _two_columns_under(sheet, _grid(sheet, rules=True, middle=True) + 14)
    sheet.save()
    (record,) = records(path)
    _check(record)


def test_label_rows_set_close_are_one_row_each(tmp_path):
    """ "Label:" rows set close (a line's gap): the page gives the labels of two rows as one
    block, each label's line its own row for the value beside it."""
    path = tmp_path / "close-rows.pdf"
    sheet = Sheet(path)
    _head(sheet)
    _two_columns_under(sheet, _grid(sheet, colon=":", gap=3) + 30)
    sheet.save()
    (record,) = records(path)
    _check(record)


def test_the_value_right_under_a_category_list_beside_its_label_is_the_next_rows(tmp_path):
    """The next row's value starts right under the last checkbox's label, at the boxes' edge: it
    could have followed that short label on its line, so it is no wrapped line of it: the dates
    are the dates' section's, "Otra" names its own words only."""
    path = tmp_path / "categories.pdf"
    sheet = Sheet(path)
    _head(sheet)
    _two_columns_under(sheet, _grid(sheet, gap=8, otra="Otra: Regularización") + 16)
    sheet.save()
    (record,) = records(path)
    assert record["categoria_otra"] == "Regularización"
    _check(record)


def _block(text: str, x0: float, top: float, x1: float, size: float = 10.0) -> TextBlock:
    """A one-line PDF block on page 1."""
    prov = Provenance(page=1, bbox=(x0, top, x1, top + size))
    return TextBlock([Line(text, size=size, prov=prov)], prov=prov)


def test_a_label_reaching_over_the_next_rows_value_heads_its_own_row():
    """The first label (two lines) is wider than the others, its value right of it; the next row's
    value starts right under its last line, left of its right edge: that label heads a row like the
    others (the text under its right end is the next row's value, not its own text under it), and
    each value read after the column of labels goes to its row."""
    labels = [
        _block("Departamento/Oficinas municipales que participan", 40, 100, 215, 12),
        _block("Grupo prioritario", 40, 116, 140, 12),
        _block("Forma de financiamiento", 40, 140, 170, 12),
        _block("Sostenibilidad en el tiempo", 40, 162, 180, 12),
    ]
    values = [
        _block(VALUES["Departamento/Oficinas"], 225, 100, 560),
        _block(VALUES["Grupo prioritario"], 200, 115, 560),  # under the first label's right end
        _block(VALUES["Forma de financiamiento"], 200, 139, 560),
        _block(VALUES["Sostenibilidad en el tiempo"], 200, 161, 560),
    ]
    names = {id(b) for b in labels}
    out = rows_beside_headings([*labels, *values], lambda b: id(b) in names, lambda b: False)
    assert [b.lines[0].text for b in out if isinstance(b, TextBlock)] == [
        text for pair in zip(labels, values, strict=True) for b in pair for text in [b.lines[0].text]
    ]


def test_rows_on_both_sides_of_a_section_set_under_its_heading_are_read_row_by_row(tmp_path):
    """Rows (each label 5 points under its value's top: no value line level with it), then the
    categories and the dates set under their headings across the page, then rows again: each run
    of rows is read row by row, the sections between them keep their place."""
    path = tmp_path / "runs.pdf"
    sheet = Sheet(path)
    _head(sheet)

    def rows(top: float, keys: list[str]) -> float:
        for heading in keys:
            words = VALUES[heading].split()
            _label(sheet, top + 5, heading)
            bottom = top + 5 + (20 if heading == "Departamento/Oficinas" else 10)
            top = max(sheet.lines(200, top, [" ".join(words[:6]), " ".join(words[6:])], 10), bottom) + 8
        return top

    top = rows(100, ["Departamento/Oficinas", "Grupo prioritario"])
    sheet.text(40, top, "Categoría", 9, BOLD)
    top += 16
    for n, label in enumerate(CATEGORY_NAMES):  # four boxes a row, from the left margin
        x, y = 40 + 130 * (n % 4), top + 16 * (n // 4)
        BOX_STYLES["check" if n in (0, 6) else "empty"](sheet, x, y)
        sheet.text(x + 14, y + 0.5, label, 10)
    top += 40
    sheet.text(40, top, "Fechas de implementación", 9, BOLD)
    sheet.text(40, top + 16, VALUES["Fechas de implementación"], 10)
    top = rows(top + 36, ["Forma de financiamiento", "Sostenibilidad en el tiempo"]) + 10
    for heading, text in (("Breve descripción", DESCRIPTION), ("Elemento innovador", INNOVATION)):
        sheet.text(40, top, heading, 10, BOLD)
        top = sheet.lines(40, top + 16, text, 9) + 10
    sheet.save()
    (record,) = records(path)
    assert record["categorias"] == ["sociolaboral", "nna"]
    _check(record)


def _styled(text: str, x0: float, top: float, x1: float, size: float, font: str) -> TextBlock:
    """A one-line PDF block on page 1 in `font` at `size` points."""
    prov = Provenance(page=1, bbox=(x0, top, x1, top + size))
    return TextBlock([Line(text, size=size, font=font, prov=prov)], prov=prov)


def _texts(items: list) -> list[str]:
    return [b.lines[0].text for b in items if isinstance(b, TextBlock)]


def test_a_side_panel_right_of_the_grid_keeps_the_rows_read_row_by_row():
    """A grid of rows (labels at x 40, values from x 140) beside a side panel at x 380 holding
    the municipality's label and the categories' heading (anchors, both right of the grid): the
    panel's anchors end the value column, they are no text across it; the dates' value, read
    after the last row (set under a month display in its row), goes back to the dates' row."""
    labels = [
        _block("Grupo prioritario:", 40, 100, 120),
        _block("Fechas de implementación:", 40, 130, 130),
        _block("Forma de financiamiento:", 40, 180, 130),
        _block("Sostenibilidad en el tiempo:", 40, 210, 130),
    ]
    values = [
        _block(VALUES["Grupo prioritario"], 140, 100, 350),
        _block(VALUES["Forma de financiamiento"], 140, 180, 350),
        _block(VALUES["Sostenibilidad en el tiempo"], 140, 210, 350),
        _block(VALUES["Fechas de implementación"], 140, 160, 350),  # under the month display
    ]
    panel = [_block("Municipalidad de Recoleta", 384, 88, 470), _block("Categoría", 378, 125, 428)]
    names = {id(b) for b in [*labels, panel[1]]}
    anchors = {id(panel[0])}
    items = [labels[0], values[0], labels[1], labels[2], values[1], labels[3], values[2], values[3], *panel]
    out = rows_beside_headings(items, lambda b: id(b) in names, lambda b: id(b) in anchors)
    assert _texts(out) == _texts(
        [labels[0], values[0], labels[1], values[3], labels[2], values[1], labels[3], values[2], *panel]
    )


def test_short_values_under_their_headings_make_no_grid():
    """Sections stacked in a panel, each heading (12-point capitals) over a short value in the
    body's dress (9 points): the values are the sections' text under their headings, no wrapped
    heading lines, so the headings are no label column and the text read beside them (a column of
    running text right of the panel) keeps its place."""
    sans, bold = "DejaVuSans", "DejaVuSans-Bold"
    items = [
        _styled("GRUPO PRIORITARIO", 50, 100, 190, 12, bold),
        _styled("Mujeres madres sin redes de apoyo.", 50, 116, 220, 9, sans),
        _styled("FORMA DE FINANCIAMIENTO", 50, 140, 200, 12, bold),
        _styled("Recursos propios municipales.", 50, 156, 200, 9, sans),
        _styled("SOSTENIBILIDAD EN EL TIEMPO", 50, 180, 210, 12, bold),
        _styled("Sigue vigente y se repite.", 50, 196, 200, 9, sans),
        _styled("El año 2018 la municipalidad realiza un levantamiento de necesidades", 250, 98, 560, 9, sans),
        _styled("de capacitación en la población migrante y refugiada de la comuna.", 250, 150, 560, 9, sans),
    ]
    headings = {id(items[n]) for n in (0, 2, 4)}
    out = rows_beside_headings(items, lambda b: id(b) in headings, lambda b: False)
    assert _texts(out) == _texts(items)


def test_numbered_labels_wrapped_and_set_close_are_one_row_each(tmp_path):
    """Numbered labels ("1. Grupo prioritario:") in a narrow column, the financing's and the
    sustainability's wrapped over two lines and set a line's gap apart, so that the page gives
    them as one block ("5. Forma de" / "financiamiento:" / "6. Sostenibilidad en el" / "tiempo:"):
    a label's first line starts with its number, not a capital, and is still a heading's start;
    each label heads its row, its value beside it."""
    path = tmp_path / "numbered-close.pdf"
    sheet = Sheet(path)
    _head(sheet)
    top = 100.0
    numbered = [
        ["1. Departamento/Oficinas", "municipales que participan:"],
        ["2. Grupo prioritario:"],
        ["4. Fechas de", "implementación:"],
        ["5. Forma de", "financiamiento:"],
        ["6. Sostenibilidad en el", "tiempo:"],
    ]
    for label, value in zip(numbered, VALUES.values(), strict=True):
        bottom = sheet.lines(40, top, label, 9, BOLD, 1.2)
        sheet.text(170, top, value, 9)
        top = bottom + 3
    _two_columns_under(sheet, top + 30)
    sheet.save()
    (record,) = records(path)
    _check(record)


def _piece(parts: list[tuple[str, float, float, float, float]], font: str = "LiberationSans-Bold") -> TextBlock:
    """A PDF block on page 1 of lines (text, x0, top, x1, size)."""
    lines = [
        Line(t, size=z, font=font, prov=Provenance(page=1, bbox=(x0, top, x1, top + z))) for t, x0, top, x1, z in parts
    ]
    box = (
        min(p[1] for p in parts),
        min(p[2] for p in parts),
        max(p[3] for p in parts),
        max(p[2] + p[4] for p in parts),
    )
    return TextBlock(lines, prov=Provenance(page=1, bbox=box))


def test_a_small_capital_labels_pieces_read_apart_join_it():
    """Labels in small capitals (7.5-point small letters, 10.5-point capitals), wrapped in their
    cell: a label's colon or "/CREATIVO" (a capital size) read apart from the line they end,
    abutting it, and its next lines stacked under it (before the next row), are its own, not its
    value's first words: the value beside each label follows it and holds none of them."""
    sans = "LiberationSans"
    grupo = _piece([("GRUPO PRIORITARIO:", 40, 100, 110, 7.5)])
    forma = _piece([("FORMA DE", 40, 130, 80, 7.5), ("FINANCIAMIENTO", 40, 140, 107, 7.5)])
    colon = _piece([(":", 107.3, 138, 111, 10.5)])
    elemento = _piece([("ELEMENTO", 40, 170, 82, 7.5), ("INNOVADOR", 40, 180, 88, 7.5)])
    creativo = _piece([("/CREATIVO", 88.1, 178, 128, 10.5)])
    rest = _piece([("DEL PROYECTO O", 40, 192, 100, 7.5), ("ACTIVIDAD:", 40, 202, 87, 7.5)])
    values = [
        _piece([("Mujeres madres sin redes de apoyo.", 140, 100, 300, 9)], sans),
        _piece([("Recursos propios de la municipalidad.", 140, 130, 320, 9)], sans),
        _piece([("Se destaca la generación de un evento que se replica cada año.", 140, 170, 350, 9)], sans),
    ]
    sello = _piece([("LÍNEAS SELLO:", 40, 230, 95, 7.5)])
    values.append(_piece([("Vinculación comunitaria: reúne a los vecinos.", 140, 230, 330, 9)], sans))
    labels = {id(grupo), id(forma), id(elemento), id(sello)}
    items = [grupo, values[0], forma, values[1], colon, elemento, creativo, rest, values[2], sello, values[3]]
    out = rows_beside_headings(items, lambda b: id(b) in labels, lambda b: False)
    texts = [" ".join(line.text for line in b.lines) for b in out if isinstance(b, TextBlock)]
    assert texts == [
        "GRUPO PRIORITARIO:",
        values[0].lines[0].text,
        "FORMA DE FINANCIAMIENTO :",
        values[1].lines[0].text,
        "ELEMENTO INNOVADOR /CREATIVO DEL PROYECTO O ACTIVIDAD:",
        values[2].lines[0].text,
        "LÍNEAS SELLO:",
        values[3].lines[0].text,
    ]


def test_a_value_topping_the_next_column_above_its_lowered_heading_is_that_heading_s(tmp_path):
    """The grid's last label ("Breve descripción") stands in the first of two CSS columns, set
    12 points lower than the top of the columns by its space before; its value's first lines top
    the second column, the first one above the label (browser seed 9902): after the white under
    the row above's value they are the description's, not the sustainability value going on."""
    path = tmp_path / "raised-value.pdf"
    sheet = Sheet(path)
    _head(sheet)
    top = _grid(sheet) + 24
    sheet.text(40, top + 12, "Breve descripción", 9, BOLD)
    bottom = sheet.lines(310, top, DESCRIPTION, 9)
    sheet.lines(310, bottom + 12, ["Elemento innovador/creativo del", "proyecto o actividad"], 10, BOLD, 1.2)
    sheet.lines(310, bottom + 40, INNOVATION, 9)
    sheet.text(310, bottom + 74, "Líneas Sello", 10, BOLD)
    sheet.lines(310, bottom + 90, ["Vinculación comunitaria: reúne a vecinos."], 9)
    sheet.save()
    (record,) = records(path)
    _check(record)


def test_a_value_line_above_the_next_label_is_raised_only_after_white():
    """Three rows, the third label 10 points under the top of the first line beside it: a line after
    white wider than a line's gap under the row above's value is the third row's (its label set
    lower by its space before); a line as far above that label right under the second value's
    lines (one leading on) is that value's last line, and stays in the second row."""
    labels = [
        _block("Grupo prioritario", 40, 100, 140, 9),
        _block("Forma de financiamiento", 40, 130, 170, 9),
        _block("Breve descripción", 40, 186, 150, 9),
    ]
    names = {id(b) for b in labels}

    def read(values: list[TextBlock]) -> list[str]:
        items = [*labels, _block(VALUES["Grupo prioritario"], 200, 100, 560), *values]
        out = rows_beside_headings(items, lambda b: id(b) in names, lambda b: False)
        return [line.text for b in out if isinstance(b, TextBlock) for line in b.lines]

    head = ["Grupo prioritario", VALUES["Grupo prioritario"], "Forma de financiamiento"]
    raised = [
        _block("financiamiento 0", 200, 130, 560),
        _block("La municipalidad abre huertos", 310, 176, 560),
        _block("en las plazas del barrio.", 310, 190, 560),
    ]
    assert read(raised) == [*head, "financiamiento 0", "Breve descripción", *_texts(raised[1:])]
    going_on = [_block(f"financiamiento {n}", 200, 130 + 12 * n, 560) for n in range(4)]
    going_on.append(_block("La municipalidad abre huertos", 200, 186, 560))
    assert read(going_on) == [
        *head,
        *(f"financiamiento {n}" for n in range(4)),
        "Breve descripción",
        "La municipalidad abre huertos",
    ]


def test_a_value_line_set_low_in_its_own_cell_is_never_raised_to_the_next_row():
    """A table's cell holding the row's value and, after white, a line set low at its foot, the next
    label 10 points under that line's top (Word printed by LibreOffice, seed 10613: the dates' text
    under the month table): the line stands in the drawn region of the row above's value, so it is
    that value's, however far above the next label it starts."""
    labels = [
        _block("Grupo prioritario", 40, 100, 140, 9),
        _block("Forma de financiamiento", 40, 130, 170, 9),
        _block("Breve descripción", 40, 186, 150, 9),
    ]
    names = {id(b) for b in labels}
    value = replace(_block("financiamiento 0", 200, 130, 560), region="p1-4")
    foot = replace(_block("Enero a diciembre, una vez al mes.", 200, 176, 560), region="p1-4")
    description = _block("La municipalidad abre huertos.", 200, 190, 560)
    items = [*labels, _block(VALUES["Grupo prioritario"], 200, 100, 560), value, foot, description]
    out = rows_beside_headings(items, lambda b: id(b) in names, lambda b: False)
    texts = [line.text for b in out if isinstance(b, TextBlock) for line in b.lines]
    assert texts.index("Enero a diciembre, una vez al mes.") < texts.index("Breve descripción")
    assert texts[-1] == "La municipalidad abre huertos."
