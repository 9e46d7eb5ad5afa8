"""A comparison table printed in a PDF: fichas side by side in one ruled table, one per column.

A Word «cuadro comparativo» (trial 28 ed16) prints the template's headings down its first column
and one practice's values down each other column, the first row naming each column's municipality
("Municipalidad | San Joaquín | Arica"). The .docx reader cuts it into one [label | value] table a
column (`docx.reader._comparison_columns`); its PDF export must give the same records. Read as it
stands, the page's reading order goes row by row, label cell then each value cell, so one ficha
would join every column's values.

`comparison_fichas` reads the table from the page's ruled grid (`cells.ruled_columns`: every row of
one cell a column, so the columns are sure) and gives the label column's items with each value
column's, one column after the other: each column a ficha of its own, read as a [label | value]
form. The grid may go on over page breaks (the same column rules at the next page's top). Anything
that leaves the columns unsure keeps the items as they were (the record's fields are then flagged
as values side by side, `fields.record._note_side_by_side_values`): a grid that does not hold the
table's items in one run, an item of the run outside the grid's columns, or a value that reads as a
template heading.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ...layout import Item, TextBlock
from ...settings import LAYOUT, SETTINGS, LayoutSettings
from ...template import heading_term, is_bare_prefix
from .cells import RuledColumns


def _text(item: Item) -> str:
    return " ".join(line.text for line in item.lines).strip() if isinstance(item, TextBlock) else ""


def _cell(item: Item, grid: RuledColumns) -> tuple[int, int] | None:
    """(row, column) of the cell of `grid` holding the centre of `item`'s box (0 the first), None
    when outside the grid."""
    box = item.prov.bbox
    if box is None or item.prov.page != grid.page:
        return None
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    x0, top, x1, bottom = grid.box
    if not (x0 < x < x1 and top < y < bottom):
        return None
    row = next(n for n, rule in enumerate(grid.rows[1:]) if y < rule)
    return row, next(n for n, edge in enumerate(grid.edges[1:]) if x < edge)


def _same_columns(a: RuledColumns, b: RuledColumns, settings: LayoutSettings) -> bool:
    if len(a.edges) != len(b.edges):
        return False
    return all(abs(x - y) <= settings.cell_snap for x, y in zip(a.edges, b.edges, strict=True))


def _chain(grids: Sequence[RuledColumns], first: int, settings: LayoutSettings) -> list[RuledColumns]:
    """`grids[first]` and the grids going on from it on the next pages: on the page after the last,
    the same column rules."""
    chain = [grids[first]]
    for grid in grids[first + 1 :]:
        if grid.page == chain[-1].page + 1 and _same_columns(grid, chain[-1], settings):
            chain.append(grid)
        elif grid.page > chain[-1].page:
            break
    return chain


def _placed(items: Sequence[Item], chain: Sequence[RuledColumns]) -> dict[int, tuple[int, int]]:
    """Index in `items` -> (row, column), for the items inside one of `chain`'s grids; rows counted
    over the whole chain."""
    placed = {}
    for n, item in enumerate(items):
        before = 0
        for grid in chain:
            cell = _cell(item, grid)
            if cell is not None:
                placed[n] = (before + cell[0], cell[1])
                break
            before += len(grid.rows) - 1
    return placed


def _head_row(items: Sequence[Item], placed: dict[int, tuple[int, int]], n_columns: int) -> bool:
    """Whether the grid's first row holds a bare municipality label ("Municipalidad") in the label
    column and a text in every other column."""
    first = [n for n, (row, _) in placed.items() if row == 0]
    labels = [_text(items[n]) for n in first if placed[n][1] == 0]
    filled = {placed[n][1] for n in first if _text(items[n])}
    return len(labels) == 1 and is_bare_prefix(labels[0].rstrip(":").strip()) and filled == set(range(n_columns))


def _is_comparison(items: Sequence[Item], placed: dict[int, tuple[int, int]], n_columns: int) -> bool:
    """Whether the placed items make a comparison table: its items one run in `items`, a head row
    (`_head_row`), template headings in the label column (SETTINGS.fields.min_side_by_side_sections
    or more) and none among the values."""
    if not placed or sorted(placed) != list(range(min(placed), max(placed) + 1)):
        return False
    if not _head_row(items, placed, n_columns):
        return False
    labels = [_text(items[n]) for n, (_, column) in placed.items() if column == 0]
    values = [_text(items[n]) for n, (_, column) in placed.items() if column > 0]
    headed = sum(heading_term(text)[0] is not None for text in labels if text)
    return headed >= SETTINGS.fields.min_side_by_side_sections and not any(
        heading_term(text)[0] is not None for text in values if text
    )


def _by_column(items: Sequence[Item], placed: dict[int, tuple[int, int]], n_columns: int) -> list[Item]:
    """The table's items, one value column after the other, row by row: each row's label cell, then
    its cell in the column (each cell's items in reading order); the label column's items copied
    for every column after the first."""
    order = sorted(placed, key=lambda n: (placed[n][0], placed[n][1] > 0, n))
    out: list[Item] = []
    for column in range(1, n_columns):
        for n in order:
            if placed[n][1] == column:
                out.append(items[n])
            elif placed[n][1] == 0:
                out.append(items[n] if column == 1 else replace(items[n]))
    return out


def comparison_fichas(
    items: list[Item], grids: Sequence[RuledColumns], settings: LayoutSettings = LAYOUT
) -> list[Item]:
    """`items` (a PDF's, in reading order) with each comparison table among `grids` (the pages'
    `RuledColumns`, in page order) read one value column after the other (module docstring)."""
    k = 0
    while k < len(grids):
        chain = _chain(grids, k, settings)
        k += len(chain)
        n_columns = len(chain[0].edges) - 1
        placed = _placed(items, chain)
        if not _is_comparison(items, placed, n_columns):
            continue
        start, end = min(placed), max(placed) + 1
        items = [*items[:start], *_by_column(items, placed, n_columns), *items[end:]]
    return items
