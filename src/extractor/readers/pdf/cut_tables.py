"""Month tables cut by a page break: a grid whose last row of marks went on to the next page.

A month grid of rows of names over rows of marks ("Ene .. Jun" / "X X", "Jul .. Dic" / ...) set at a
page's foot may be cut by the page break, its last row of marks printed at the top of the next
page (a browser's or a word processor's table flowing on, no header repeated). The page's month
reading (`month_grid`, `grid`) sees its last months' cells empty, and the next page a row of
marks alone that no table holds (glyphs read as text, glued to whatever section comes first).

`join_cut_month_rows` reads such a row as the table's: the marks at the top of the next page,
nothing of the table's column above them there, standing under the table's columns (each mark
within one month cell's edges), go into the cells of the table's last row of months (when none
of those holds a mark yet), and their lines leave the page. A row of marks there that does not
fit the columns is a doubt said on the table (aviso `lectura_dudosa`), never read as text. The
lines set right under the joined row in the table's column, beside another column's text that
goes on from the page before, are the table's section's text going on (a two-column layout
whose left column carried the table over the break): they follow the table in reading order.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TypeGuard

from ...glyphs import is_check_mark, printed_mark
from ...layout import UNCLEAR, BBox, Cell, Checkbox, CheckMethod, Item, ReaderNote, Table, TableRole, TextBlock
from ...settings import LAYOUT


def _box(item: Item) -> BBox | None:
    return item.prov.bbox


def _mark_line(item: Item) -> TypeGuard[TextBlock]:
    """A text line that is marks alone ("X", "✓", "● ●"): a mark cell's content read as text."""
    if not isinstance(item, TextBlock) or len(item.lines) != 1 or item.prov.bbox is None:
        return False
    line = item.lines[0]
    chars = [ch for ch in line.text if not ch.isspace()]
    return bool(chars) and all(is_check_mark(ch, line.font) for ch in chars)


def _last_row(table: Table) -> list[Cell]:
    """The body cells of a month table's last row of months (those whose cell reaches its foot)."""
    body = [c for c in table.cells if c.row > 0 and c.prov.bbox is not None]
    if not body or table.prov.bbox is None:
        return []
    foot = max(c.prov.bbox[3] for c in body if c.prov.bbox is not None)
    return [c for c in body if c.prov.bbox is not None and foot - c.prov.bbox[3] < 1.0]


def _across(box: BBox, band: tuple[float, float]) -> bool:
    return box[0] < band[1] and box[2] > band[0]


def _last_in_its_column(table: Table, page: list[Item]) -> bool:
    """Nothing of the table's page stands below it across its columns: the table ends the column."""
    box = table.prov.bbox
    assert box is not None
    band = (box[0], box[2])
    return not any(
        (other := _box(item)) is not None and item is not table and _across(other, band) and other[1] >= box[3] - 1.0
        for item in page
    )


def _top_marks(table: Table, page: list[Item]) -> list[TextBlock]:
    """The lines of marks alone at the top of the next page under the table's columns: nothing of
    the table's column stands above them or level with them (a checklist's row holds its labels
    too), their tops level with each other."""
    box = table.prov.bbox
    assert box is not None
    band = (box[0], box[2])
    marks = [i for i in page if _mark_line(i) and _across(_box(i) or box, band)]
    if not marks:
        return []
    size = max(m.lines[0].size for m in marks) or 10.0
    top = min((_box(m) or box)[1] for m in marks)
    # the row's marks: level with the first, however far along (one off the table's columns is a doubt)
    marks = [m for m in page if _mark_line(m) and abs((_box(m) or box)[1] - top) <= size / 2]
    others = [
        b
        for i in page
        if not _mark_line(i) and (b := _box(i)) is not None and _across(b, band) and b[1] < top + size / 2
    ]
    if others:
        return []  # text of the table's column above the marks: no row cut from the table
    first = min((b[1] for i in page if (b := _box(i)) is not None), default=top)
    return marks if top - first <= LAYOUT.cut_row_reach * size else []


def _owners(mark: TextBlock, row: list[Cell]) -> list[Cell] | None:
    """The cells of `row` the marks of one line stand in, left to right: a mark alone stands wholly
    inside one cell, a quarter of its size clear of the cell's edges (not astride a rule, nor at
    the edge between two months' cells); a line of several marks ("✓ ✓", read as one line) starts
    in one cell and ends in another, and spans as many cells as it holds marks. None when the
    marks do not fit the cells so."""
    box = mark.prov.bbox
    assert box is not None
    line = mark.lines[0]
    count = sum(1 for ch in line.text if not ch.isspace())
    slack = (line.size or 10.0) / 4
    cells = sorted((c for c in row if c.prov.bbox is not None), key=lambda c: c.prov.bbox[0] if c.prov.bbox else 0.0)

    def edges(c: Cell) -> BBox:
        assert c.prov.bbox is not None
        return c.prov.bbox

    if count == 1:
        inside = [c for c in cells if edges(c)[0] + slack <= box[0] and box[2] <= edges(c)[2] - slack]
        return inside if len(inside) == 1 else None
    first = [c for c in cells if edges(c)[0] - slack <= box[0] < edges(c)[2] - slack]
    last = [c for c in cells if edges(c)[0] + slack < box[2] <= edges(c)[2] + slack]
    if len(first) != 1 or len(last) != 1:
        return None
    span = cells[cells.index(first[0]) : cells.index(last[0]) + 1]
    return span if len(span) == count else None


def _beside_column(lines: list[TextBlock], page: list[Item], right: float) -> float | None:
    """The bottom of the text standing right of `right` at the top of the page (another column
    going on from the page before), None when there is none."""
    beside = [b for i in page if isinstance(i, TextBlock) and (b := _box(i)) is not None and b[0] >= right]
    if not beside:
        return None
    ordered = sorted(beside, key=lambda b: b[1])
    bottom = ordered[0][3]
    for b in ordered[1:]:
        if b[1] - bottom > LAYOUT.cut_text_gap * max(b[3] - b[1], 1.0):
            break
        bottom = max(bottom, b[3])
    return bottom


def _column_text(table: Table, marks: list[TextBlock], page: list[Item]) -> list[TextBlock]:
    """The lines right under the joined row in the table's column, while text of another column
    stands beside them (the column carried over the break goes on with its section's text)."""
    box = table.prov.bbox
    assert box is not None
    row_bottom = max((_box(m) or box)[3] for m in marks)
    size = max(m.lines[0].size for m in marks) or 10.0
    lines = sorted(
        (
            i
            for i in page
            if isinstance(i, TextBlock)
            and i not in marks
            and (b := _box(i)) is not None
            and abs(b[0] - box[0]) <= size
            and b[1] >= row_bottom - size / 4
        ),
        key=lambda i: (_box(i) or box)[1],
    )
    if not lines:
        return []
    right = max((_box(i) or box)[2] for i in lines[:1])
    bottom = _beside_column(lines, page, max(right, box[2]) + size / 2)
    if bottom is None:
        return []
    taken: list[TextBlock] = []
    last = row_bottom
    for line in lines:
        b = _box(line)
        assert b is not None
        if b[1] - last > LAYOUT.cut_text_gap * size or b[1] >= bottom:
            break
        taken.append(line)
        last = b[3]
    return taken


def _joined(table: Table, marks: list[TextBlock]) -> Table | None:
    """The table with the marks in its last row's cells, None when they do not fit that row (a
    mark off its cells, two in one cell, or the row already marked)."""
    row = _last_row(table)
    if not row or any(c.mark is not None and c.mark.checked for c in row):
        return None
    owners: list[tuple[Cell, TextBlock]] = []
    for m in marks:
        cells = _owners(m, row)
        if cells is None:
            return None
        owners += [(c, m) for c in cells]
    if len({id(c) for c, _ in owners}) < len(owners):
        return None
    method: CheckMethod = next((c.mark.method for c in table.cells if c.mark is not None), "glyph")
    filled = {
        id(c): replace(
            c,
            mark=Checkbox(
                checked=True,
                label=None,
                method=method,
                prov=m.prov,
                region=table.region,
                glyph=printed_mark(m.lines[0].text.split()[0], m.lines[0].font),
            ),
        )
        for c, m in owners
    }
    return replace(table, cells=[filled.get(id(c), c) for c in table.cells])


def _cut_note(table: Table, marks: list[TextBlock]) -> ReaderNote:
    page = marks[0].prov.page
    return ReaderNote(
        UNCLEAR,
        f"la tabla de meses sigue en la página {page} con una fila de marcas "
        f"(«{' '.join(m.lines[0].text.strip() for m in marks)}») que no se pudo unir a sus columnas: "
        "los meses de esa fila no se leyeron",
        table.prov,
    )


def join_cut_month_rows(items: list[Item]) -> list[Item]:
    """A PDF's items in page order with each month table cut by a page break made whole again
    (module docstring): the next page's row of marks in the table's last row of months, or a
    note after the table when they do not fit; the lines of the table's column going on beside
    another column placed after the table."""
    pages: dict[int, list[Item]] = {}
    for item in items:
        if item.prov.page is not None:
            pages.setdefault(item.prov.page, []).append(item)
    changed: dict[int, Item] = {}
    after: dict[int, list[Item]] = {}
    gone: set[int] = set()
    for item in items:
        if not (isinstance(item, Table) and item.role == TableRole.months and item.prov.bbox is not None):
            continue
        page = item.prov.page
        if page is None or page + 1 not in pages or not _last_in_its_column(item, pages[page]):
            continue
        nxt = [i for i in pages[page + 1] if id(i) not in gone]
        marks = _top_marks(item, nxt)
        if not marks:
            continue
        whole = _joined(item, marks)
        gone.update(id(m) for m in marks)
        if whole is None:
            after[id(item)] = [_cut_note(item, marks)]
            continue
        changed[id(item)] = whole
        text = _column_text(item, marks, nxt)
        gone.update(id(t) for t in text)
        after[id(item)] = list(text)
    if not gone:
        return items
    out: list[Item] = []
    for item in items:
        if id(item) in gone:
            continue
        out.append(changed.get(id(item), item))
        out += after.get(id(item), [])
    return out
