"""Word month tables, each marking style in a small generated document: the months the
record gets, and the aviso when the table and the text under it disagree."""

from __future__ import annotations

import pytest

from extractor.pipeline import extract_document

from .docx_builders import (
    MONTHS,
    MONTHS_LETTER,
    MONTHS_SHORT,
    DocBuilder,
    elements,
    glyph_box,
    legacy_box,
    paragraphs,
    sym_box,
    text_run,
    w14_box,
    write_ficha,
)

APRIL_TO_NOVEMBER = list(range(4, 12))


def dates_ficha(tmp_path, table, text: str | None = "Cada sábado.") -> dict:
    """The record of a ficha whose dates section is `table(builder)` and then `text`."""

    def dates(b: DocBuilder) -> None:
        table(b)
        if text:
            b.paragraph(text)

    (ficha,) = extract_document(write_ficha(tmp_path, parts={"fechas_implementacion": dates})).fichas
    return ficha.model_dump()


def marked(months: list[int], on, off=None) -> dict[int, str]:
    """Cell contents: `on` in the given months, `off` (if any) in the others."""
    return {m: on if m in months else off for m in range(1, 13) if m in months or off is not None}


def avisos(record: dict) -> list[str]:
    return [a["codigo"] for a in record["revision"]["avisos"]]


CELL_MARKS = {
    "glyph": (glyph_box(True), glyph_box(False)),
    "w14": (w14_box(True), w14_box(False)),
    "w14-stale-glyph": (w14_box(True, "☐"), w14_box(False, "☒")),
    "legacy": (legacy_box(None), legacy_box("0")),
    "legacy-default": (legacy_box("absent", "1"), legacy_box("absent", "0")),
    "sym": (sym_box("F0FE"), sym_box("F0A8")),
    "X": (text_run("X"), None),
    "x": (text_run(" x "), None),
    "check-mark": (text_run("✓"), None),
}


@pytest.mark.parametrize("style", CELL_MARKS)
def test_month_cells_marked_by(tmp_path, style):
    on, off = CELL_MARKS[style]
    record = dates_ficha(tmp_path, lambda b: b.month_table(marked(APRIL_TO_NOVEMBER, on, off)))
    assert record["fechas_implementacion"] == {"meses": APRIL_TO_NOVEMBER, "texto": "Cada sábado."}
    assert avisos(record) == []


@pytest.mark.parametrize(
    "header", [MONTHS_SHORT, MONTHS_LETTER, [m.upper() for m in MONTHS_SHORT]], ids=["3-letter", "1-letter", "upper"]
)
def test_month_header_forms(tmp_path, header):
    record = dates_ficha(tmp_path, lambda b: b.month_table(marked([1, 2, 12], text_run("X")), header=header))
    assert record["fechas_implementacion"]["meses"] == [1, 2, 12]


def test_shaded_cells_are_the_marked_months(tmp_path):
    fills = {m: "808080" for m in APRIL_TO_NOVEMBER}
    record = dates_ficha(tmp_path, lambda b: b.month_table(fills=fills))
    assert record["fechas_implementacion"]["meses"] == APRIL_TO_NOVEMBER


def test_shading_every_cell_shares_marks_nothing(tmp_path):
    """A table painted all over is decoration: no month is marked by it."""
    fills = {m: "D9E2F3" for m in range(1, 13)}
    record = dates_ficha(tmp_path, lambda b: b.month_table(marked([5], text_run("X")), fills=fills))
    assert record["fechas_implementacion"]["meses"] == [5]


def test_solid_shading_pattern_marks_by_its_foreground_colour(tmp_path):
    """`w:val="solid"` paints the cell in w:color; w:fill is then "auto"."""

    def table(b: DocBuilder) -> None:
        t = b.month_table()
        for month in (6, 7):
            shd = elements('<w:shd w:val="solid" w:color="000000" w:fill="auto"/>')[0]
            t.cell(1, month - 1)._tc.get_or_add_tcPr().append(shd)

    record = dates_ficha(tmp_path, table)
    assert record["fechas_implementacion"]["meses"] == [6, 7]


def test_shading_on_the_paragraph_inside_a_cell_marks_it(tmp_path):
    def table(b: DocBuilder) -> None:
        t = b.month_table()
        for month in (2, 3):
            shd = elements('<w:shd w:val="clear" w:color="auto" w:fill="A6A6A6"/>')[0]
            t.cell(1, month - 1).paragraphs[0]._p.get_or_add_pPr().append(shd)

    record = dates_ficha(tmp_path, table)
    assert record["fechas_implementacion"]["meses"] == [2, 3]


def test_a_merged_cell_marks_every_month_it_spans(tmp_path):
    record = dates_ficha(tmp_path, lambda b: b.month_table({3: text_run("X")}, merge=[(3, 6)]))
    assert record["fechas_implementacion"]["meses"] == [3, 4, 5, 6]


def test_a_shaded_merged_cell_marks_every_month_it_spans(tmp_path):
    record = dates_ficha(tmp_path, lambda b: b.month_table(fills={9: "404040"}, merge=[(9, 12)]))
    assert record["fechas_implementacion"]["meses"] == [9, 10, 11, 12]


def test_table_and_text_that_agree_raise_no_aviso(tmp_path):
    record = dates_ficha(
        tmp_path,
        lambda b: b.month_table(marked(APRIL_TO_NOVEMBER, text_run("X"))),
        text="Cada sábado del mes, de abril a noviembre.",
    )
    assert record["fechas_implementacion"]["meses"] == APRIL_TO_NOVEMBER
    assert avisos(record) == []


def test_table_and_text_that_disagree_raise_meses_inconsistentes(tmp_path):
    record = dates_ficha(
        tmp_path, lambda b: b.month_table(marked(APRIL_TO_NOVEMBER, text_run("X"))), text="De marzo a junio."
    )
    assert record["fechas_implementacion"]["meses"] == APRIL_TO_NOVEMBER  # the table wins
    (aviso,) = record["revision"]["avisos"]
    assert (aviso["campo"], aviso["codigo"]) == ("fechas_implementacion.meses", "meses_inconsistentes")
    assert record["revision"]["estado"] == "revisar"


def test_empty_table_and_no_text_gives_no_months(tmp_path):
    record = dates_ficha(tmp_path, lambda b: b.month_table(), text=None)
    assert record["fechas_implementacion"] == {"meses": [], "texto": None}


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Cada sábado del mes, de abril a noviembre.", APRIL_TO_NOVEMBER),
        ("Enero a diciembre, una vez al mes.", list(range(1, 13))),
        ("Septiembre, octubre y noviembre de cada año.", [9, 10, 11]),
        ("Febrero a diciembre 2022: talleres semanales.", list(range(2, 13))),
        ("De noviembre a febrero, en vacaciones.", [1, 2, 11, 12]),
        ("Inicia el año 2022, sin fechas fijas.", []),
    ],
)
def test_months_from_the_text_when_there_is_no_table(tmp_path, text, months):
    path = write_ficha(tmp_path, parts={"fechas_implementacion": paragraphs(text)})
    (ficha,) = extract_document(path).fichas
    assert ficha.fechas_implementacion.model_dump() == {"meses": months, "texto": text}
    assert ficha.revision.avisos == []


def test_a_month_table_without_its_heading_still_gives_the_months(tmp_path):
    """The table is found by its header row wherever it was printed."""

    def tail(b: DocBuilder) -> None:
        b.paragraph("Sigue vigente y se ejecuta cada año.")
        b.month_table(marked([7, 8], text_run("X")))

    path = write_ficha(tmp_path, parts={"fechas_implementacion": None, "sostenibilidad": tail})
    (ficha,) = extract_document(path).fichas
    assert ficha.fechas_implementacion.meses == [7, 8]
    assert ficha.sostenibilidad == "Sigue vigente y se ejecuta cada año."


def _xml_table(b: DocBuilder, rows: list[list[str]], spans: dict[tuple[int, int], int] | None = None) -> None:
    """A table from run XML per cell; `spans` gives (row, col) -> gridSpan."""
    from .docx_builders import add_body_xml, cell_xml, row_xml, table_xml

    spans = spans or {}
    xml_rows = [
        row_xml(
            [
                cell_xml(xml, f'<w:gridSpan w:val="{spans[(r, c)]}"/>' if (r, c) in spans else "")
                for c, xml in enumerate(row)
            ]
        )
        for r, row in enumerate(rows)
    ]
    add_body_xml(
        b, table_xml(xml_rows, max(sum(spans.get((r, c), 1) for c in range(len(row))) for r, row in enumerate(rows)))
    )


MONTH_NAMES = [text_run(m) for m in MONTHS]


def _marks(months: list[int]) -> list[str]:
    return [text_run("X") if m in months else "" for m in range(1, 13)]


MONTH_TABLE_LAYOUTS = {  # a month table as people print it, with what the record must say
    "title row above the header": lambda b: _xml_table(
        b, [[text_run("Meses de ejecución")], MONTH_NAMES, _marks([2, 3])], {(0, 0): 12}
    ),
    "a year column before the months": lambda b: _xml_table(
        b, [[text_run("Año"), *MONTH_NAMES], [text_run("2023"), *_marks([2, 3])]]
    ),
    "months down the first column": lambda b: _xml_table(
        b, [[name, mark] for name, mark in zip(MONTH_NAMES, _marks([2, 3]), strict=False)]
    ),
    "months down, under a header row": lambda b: _xml_table(
        b,
        [[text_run("Mes"), text_run("Ejecución")]]
        + [[name, mark] for name, mark in zip(MONTH_NAMES, _marks([2, 3]), strict=False)],
    ),
}


@pytest.mark.parametrize("layout", MONTH_TABLE_LAYOUTS)
def test_month_table_found_beside_titles_labels_or_turned(tmp_path, layout):
    """The month header is found under a title row, after a label column, or down a column:
    the marked months are read, never the month names printed in the header."""
    record = dates_ficha(tmp_path, MONTH_TABLE_LAYOUTS[layout], text=None)
    assert record["fechas_implementacion"]["meses"] == [2, 3]
    assert record["revision"]["avisos"] == []


@pytest.mark.parametrize("shifted", ["header", "body"])
def test_a_row_starting_later_in_the_grid_keeps_its_columns(tmp_path, shifted):
    """`w:gridBefore` (ECMA-376 17.4.14) skips grid columns before a row's first cell: a header
    row (or a body row) so shifted still lines up with the other rows' months."""
    from .docx_builders import add_body_xml, cell_xml, row_xml, table_xml

    skip = '<w:gridBefore w:val="1"/>'

    def table(b: DocBuilder) -> None:
        names = [cell_xml(xml) for xml in MONTH_NAMES]
        marks = [cell_xml(xml) for xml in _marks([3, 4])]
        if shifted == "header":
            rows = [row_xml(names, skip), row_xml([cell_xml(text_run("2023")), *marks])]
        else:
            rows = [row_xml([cell_xml(text_run("Año")), *names]), row_xml(marks, skip)]
        add_body_xml(b, table_xml(rows, 13))

    record = dates_ficha(tmp_path, table, text=None)
    assert record["fechas_implementacion"]["meses"] == [3, 4]
    assert record["revision"]["avisos"] == []


def test_an_old_style_horizontal_merge_marks_every_month_it_spans(tmp_path):
    """`w:hMerge` (the Word 97 form of a merged cell, 17.4.22): the cells it continues are one
    cell with the first, so its mark covers them all."""
    from .docx_builders import add_body_xml, cell_xml, row_xml, table_xml

    def table(b: DocBuilder) -> None:
        body = [
            cell_xml(text_run("X"), '<w:hMerge w:val="restart"/>')
            if m == 3
            else cell_xml("", "<w:hMerge/>")
            if m in (4, 5)
            else cell_xml("")
            for m in range(1, 13)
        ]
        add_body_xml(b, table_xml([row_xml([cell_xml(xml) for xml in MONTH_NAMES]), row_xml(body)], 12))

    record = dates_ficha(tmp_path, table, text=None)
    assert record["fechas_implementacion"]["meses"] == [3, 4, 5]
    assert record["revision"]["avisos"] == []


def test_a_month_header_running_into_the_next_year(tmp_path):
    """A header of 24 months (two years, Ene..Dic twice) or from March to February is a month
    header: months follow each other round the year."""
    record = dates_ficha(
        tmp_path,
        lambda b: b.month_table({11: text_run("X"), 12: text_run("X"), 13: text_run("X")}, header=MONTHS_SHORT * 2),
        text=None,
    )
    assert record["fechas_implementacion"]["meses"] == [1, 11, 12]
    assert record["revision"]["avisos"] == []


@pytest.mark.parametrize(("rows", "cols", "down"), [(1, 12, False), (2, 6, False), (3, 4, False), (4, 3, True)])
def test_cells_each_holding_a_month_and_its_box_mark_their_own_month(tmp_path, rows, cols, down):
    """A table whose every cell holds a month's name and its box ("Ene ☐", "Mar ☒"), in one row of
    twelve or a grid read across its rows (or `down` its columns): each box marks its own cell's
    month. Read as a header row over a row of marks, the second row's boxes went to the first row's
    months, and one row of twelve gave none (a new user's Word forms: silent, estado ok)."""
    active = [3, 4, 5, 8, 9, 10]

    def cell(month: int) -> str:
        return f"{MONTHS_SHORT[month - 1]} {'☒' if month in active else '☐'}"

    def month_at(r: int, c: int) -> int:
        return 1 + (c * rows + r if down else r * cols + c)

    grid = [[cell(month_at(r, c)) for c in range(cols)] for r in range(rows)]
    record = dates_ficha(tmp_path, lambda b: b.table(grid), text="Dos programas al año.")
    assert record["fechas_implementacion"]["meses"] == active
    assert avisos(record) == []


@pytest.mark.parametrize(("rows", "cols"), [(1, 12), (2, 6), (4, 3)])
@pytest.mark.parametrize("style", ["shading", "bold"])
def test_month_names_alone_marked_by_their_cells_style(tmp_path, rows, cols, style):
    """A table of month names alone, no mark anywhere: the names set apart in the one way that
    splits them into two groups (their cells shaded, or their names bold) are the active months.
    Read as a header with no row of marks, none was (a new user's Word form: flagged, no months)."""
    active = [2, 3, 4, 11]

    def table(b: DocBuilder) -> None:
        t = b.table([[MONTHS_SHORT[r * cols + c] for c in range(cols)] for r in range(rows)])
        for month in active:
            cell = t.cell((month - 1) // cols, (month - 1) % cols)
            if style == "shading":
                cell._tc.get_or_add_tcPr().append(elements('<w:shd w:val="clear" w:color="auto" w:fill="2E75B6"/>')[0])
            else:
                cell.paragraphs[0].runs[0].bold = True

    record = dates_ficha(tmp_path, table, text="Cuatro meses al año.")
    assert record["fechas_implementacion"]["meses"] == active
    assert avisos(record) == []


def test_month_names_alike_or_set_apart_two_ways_mark_nothing(tmp_path):
    """Every name shaded alike tells no month; shading and weight splitting the names differently
    tell no one way: no month is read, and the record says so."""

    def table(b: DocBuilder) -> None:
        t = b.table([MONTHS_SHORT])
        for month in range(1, 13):
            cell = t.cell(0, month - 1)
            cell._tc.get_or_add_tcPr().append(elements('<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>')[0])
            cell.paragraphs[0].runs[0].bold = month in (5, 6) or None

    record = dates_ficha(tmp_path, table, text="Cada año.")
    assert record["fechas_implementacion"]["meses"] == [5, 6]  # shading alike: the weight alone tells

    def two_ways(b: DocBuilder) -> None:
        t = b.table([MONTHS_SHORT])
        for month in range(1, 13):
            cell = t.cell(0, month - 1)
            if month in (1, 2):
                cell._tc.get_or_add_tcPr().append(elements('<w:shd w:val="clear" w:color="auto" w:fill="2E75B6"/>')[0])
            cell.paragraphs[0].runs[0].bold = month in (5, 6) or None

    record = dates_ficha(tmp_path, two_ways, text="Cada año.")
    assert record["fechas_implementacion"]["meses"] == []
    assert "lectura_dudosa" in avisos(record) and record["revision"]["estado"] == "revisar"


# -- month displays of any shape (issue 20): grids, names inside the cells, active months by their look


def month_grid(b: DocBuilder, shape: tuple[int, int], cell, *, above: bool) -> None:
    """A grid of `shape` (rows, columns) months read row by row: rows of names each over a row of
    mark cells (`above`), or the names inside the cells; `cell(tc, month, name)` fills a month's
    cell (the mark cell, or the name's) with XML of its own."""
    rows, cols = shape
    table = b.doc.add_table(rows=rows * (2 if above else 1), cols=cols)
    table.style = b.doc.styles["Table Grid"]
    for r in range(rows):
        for c in range(cols):
            month = r * cols + c + 1
            if above:
                table.cell(2 * r, c).text = MONTHS_SHORT[month - 1]
                cell(table.cell(2 * r + 1, c), month, "")
            else:
                cell(table.cell(r, c), month, MONTHS[month - 1])


def _styled(props_on: str, props_off: str, months: list[int]):
    """A cell filler: the name in a run with `props_on` (active months) or `props_off`."""

    def fill(tc, month: int, name: str) -> None:
        props = props_on if month in months else props_off
        run = f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{name}</w:t></w:r>'
        for el in elements(run):
            tc.paragraphs[0]._p.append(el)

    return fill


def _cell_props(props_on: str, props_off: str, months: list[int]):
    """A cell filler: cell properties `props_on` for active months, `props_off` for the others."""

    def fill(tc, month: int, name: str) -> None:
        props = props_on if month in months else props_off
        if props:
            tc._tc.get_or_add_tcPr().append(elements(props)[0])
        if name:
            tc.paragraphs[0].add_run(name)

    return fill


DIAGONAL = '<w:tcBorders><w:tl2br w:val="single" w:sz="6" w:space="0" w:color="777777"/></w:tcBorders>'
GRIDS = [(2, 6), (3, 4), (4, 3), (6, 2)]


@pytest.mark.parametrize("shape", GRIDS, ids=lambda s: f"{s[1]}x{s[0]}")
def test_a_grid_of_name_rows_each_over_its_marks(tmp_path, shape):
    """ "Ene Feb Mar Abr" over its four mark cells, "May ..." over the next four: each mark is its
    own name's month (a header read off the first row alone would give months 1-4 every mark)."""

    def mark(tc, month: int, name: str) -> None:
        for el in elements(glyph_box(month in APRIL_TO_NOVEMBER)):
            tc.paragraphs[0]._p.append(el)

    record = dates_ficha(tmp_path, lambda b: month_grid(b, shape, mark, above=True))
    assert record["fechas_implementacion"]["meses"] == APRIL_TO_NOVEMBER
    assert avisos(record) == []


LOOKS = {
    "bold": ("<w:b/>", ""),
    "colour": ('<w:color w:val="E07A5F"/>', ""),
    "inactive-grey": ("", '<w:color w:val="A6A6A6"/>'),
    "inactive-struck": ("", "<w:strike/>"),
}


@pytest.mark.parametrize("look", LOOKS)
@pytest.mark.parametrize("shape", [(1, 12), (12, 1), (3, 4)], ids=["row", "column", "4x3"])
def test_month_names_inside_the_cells_told_apart_by_their_look(tmp_path, look, shape):
    on, off = LOOKS[look]
    record = dates_ficha(tmp_path, lambda b: month_grid(b, shape, _styled(on, off, [2, 3, 7]), above=False))
    assert record["fechas_implementacion"]["meses"] == [2, 3, 7]
    assert avisos(record) == []


def test_month_names_inside_shaded_cells(tmp_path):
    fill = _cell_props('<w:shd w:val="clear" w:color="auto" w:fill="2E9E5B"/>', "", APRIL_TO_NOVEMBER)
    record = dates_ficha(tmp_path, lambda b: month_grid(b, (2, 6), fill, above=False))
    assert record["fechas_implementacion"]["meses"] == APRIL_TO_NOVEMBER


def test_a_mark_typed_after_the_name_in_its_cell(tmp_path):
    """ "Abr X" beside "Mar": the typed marks decide."""
    mark = _styled("", "", [])

    def fill(tc, month: int, name: str) -> None:
        mark(tc, month, name + (" X" if month in APRIL_TO_NOVEMBER else ""))

    record = dates_ficha(tmp_path, lambda b: month_grid(b, (3, 4), fill, above=False))
    assert record["fechas_implementacion"]["meses"] == APRIL_TO_NOVEMBER


def test_mark_cells_crossed_diagonally_are_the_inactive_months(tmp_path):
    record = dates_ficha(tmp_path, lambda b: month_grid(b, (3, 4), _cell_props("", DIAGONAL, [5, 6]), above=True))
    assert record["fechas_implementacion"]["meses"] == [5, 6]


def test_a_pale_grey_tint_against_none_is_no_reading(tmp_path):
    """Greyed cells may be the inactive months or the active ones: no month is read, an aviso says why."""
    grey = '<w:shd w:val="clear" w:color="auto" w:fill="D8D8D8"/>'
    record = dates_ficha(tmp_path, lambda b: month_grid(b, (3, 4), _cell_props("", grey, [5, 6]), above=True))
    assert record["fechas_implementacion"]["meses"] == []
    assert "lectura_dudosa" in avisos(record)


def test_names_split_two_ways_that_disagree_is_no_reading(tmp_path):
    """Bold names and coloured names that are not the same months: no month is read, an aviso says so."""

    def fill(tc, month: int, name: str) -> None:
        props = ("<w:b/>" if month in (1, 2, 3) else "") + ('<w:color w:val="E07A5F"/>' if month in (3, 4) else "")
        for el in elements(f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{name}</w:t></w:r>'):
            tc.paragraphs[0]._p.append(el)

    record = dates_ficha(tmp_path, lambda b: month_grid(b, (1, 12), fill, above=False))
    assert record["fechas_implementacion"]["meses"] == []
    assert "lectura_dudosa" in avisos(record)


@pytest.mark.parametrize("turned", [False, True], ids=["rows", "columns"])
@pytest.mark.parametrize("mark", ["X", "✓"])
def test_a_mark_under_a_no_title_marks_no_month(tmp_path, mark, turned):
    """A month table "Mes | Sí | No" (a row a month; or turned, a column a month), a mark under one
    of the two titles each: a mark under "No" says no, and the titles are the table's header, not
    the dates' text."""
    active = [3, 4, 5, 9, 10, 11]
    grid = [
        ["Mes", "Sí", "No"],
        *([name, *((mark, "") if m in active else ("", mark))] for m, name in enumerate(MONTHS, 1)),
    ]
    if turned:
        grid = [list(column) for column in zip(*grid, strict=True)]
    record = dates_ficha(tmp_path, lambda b: b.table(grid), text="Dos programas al año.")
    assert record["fechas_implementacion"] == {"meses": active, "texto": "Dos programas al año."}
    assert avisos(record) == []
