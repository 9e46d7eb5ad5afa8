"""Label | value grids of a PDF page: a column holding only section headings, their text beside them.

A designer may set each section as a row: its heading in a narrow left column, its text (a
paragraph, a category list, a month display, another paragraph) in the column beside it. Reading
order reads the heading column, then the text column, so everything beside the headings would
follow the last heading. `rows_beside_headings` gives each item of the text column to the
heading of its row: the last heading of the column whose top is at or above the item's top
(a block crossing rows is cut between its lines; a line set a little above the next heading
after white under the row's value is that heading's, `_with_raised_starts`). What stands above
the column's first heading stays before it (the section of the page before, going on); so does
what stands beside a page's only row above its heading (`_value_going_on_above`: a value broken
by the page, its label on the page before).

A column is a heading column only when nothing but headings and their own short pieces (a
number, a wrapped line) stands in it between its first and last heading, and at least
`SETTINGS.rows.min_column_headings` headings share its left edge (or its right edge: labels set flush right against
their values): text set in two columns (a heading over its
paragraphs, the flow going on in the next column) has body text in the left column and never
reads this way. The text column ends at the first anchor (heading, title, municipality label)
printed to the right of the heading column (a side panel beside the grid).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Literal

from ..layout import UNCLEAR, BBox, Item, Line, ReaderNote, TextBlock, bbox_union
from ..settings import SETTINGS
from ..template import part_of_a_heading
from .regions import drawn_region, root

Predicate = Callable[[TextBlock], bool]
Split = Callable[[TextBlock], list[TextBlock]]  # a block cut into its paragraphs


@dataclass(frozen=True)
class Placed:
    """An item of the page and what it is to the grid: a template heading, or an anchor (a heading,
    a title, a municipality label: what a text column beside a grid never holds)."""

    item: Item
    heading: bool
    anchor: bool

    @property
    def page(self) -> int | None:
        return self.item.prov.page


def _box(p: Placed) -> BBox | None:
    return p.item.prov.bbox if p.item.prov.page is not None else None


def _top(p: Placed) -> float:
    """The top of an item known to have a box (-inf when it has none)."""
    box = _box(p)
    return box[1] if box is not None else float("-inf")


def _row_top(heading: Placed, page: int) -> float:
    """Where a heading's row starts: its top; the top of the page for a heading begun on the page
    before (a row broken by the page: its value's first lines may stand above the heading's rest)."""
    item = heading.item
    if isinstance(item, TextBlock) and any(line.prov.page is not None and line.prov.page < page for line in item.lines):
        return float("-inf")
    return _top(heading)


def _right(p: Placed) -> float:
    box = _box(p)
    return box[2] if box is not None else float("inf")


def _left(p: Placed) -> float:
    box = _box(p)
    return box[0] if box is not None else float("-inf")


def _size(p: Placed) -> float:
    item = p.item
    if isinstance(item, TextBlock) and item.lines:
        return max([line.size for line in item.lines]) or 10.0
    return 10.0


def _heading_columns(page: list[Placed]) -> list[list[Placed]]:
    """The page's groups of at least SETTINGS.rows.min_column_headings headings sharing an edge, largest first (a
    heading in one group only): the body's grid and a side panel's headings are two columns. The
    edge is the left one, or the right one (labels set flush right against their values: a label
    band's right-aligned section names); of two groups as large, the left edge's."""
    headings = [p for p in page if p.heading and _box(p) is not None]
    columns: list[list[Placed]] = []
    while True:
        best: list[Placed] = []
        reach = [SETTINGS.rows.edge_ems * _size(h) for h in headings]
        for edge in (_left, _right):
            edges = [edge(h) for h in headings]  # each heading's once: every pair is asked
            for at in edges:
                group = [h for h, x, r in zip(headings, edges, reach, strict=True) if abs(x - at) <= r]
                if len(group) > len(best):
                    best = group
        if len(best) < SETTINGS.rows.min_column_headings:
            return columns
        columns.append(best)
        headings = [h for h in headings if all(h is not b for b in best)]


def _is_piece(p: Placed) -> bool:
    """A short block beside no value: a heading's number or wrapped line, not body text."""
    item = p.item
    if not isinstance(item, TextBlock):
        return False
    words = sum(len(line.text.split()) for line in item.lines)
    return len(item.lines) <= SETTINGS.rows.piece_max_lines and words <= SETTINGS.rows.piece_max_words


def _heading_piece(p: Placed, heading: Placed) -> bool:
    """A piece (`_is_piece`) that may be part of `heading`: its number ("1)", "II."), or a line
    set in the heading's dress (`_one_dress`: a wrapped line read apart). A short piece in another
    dress (the body's) is a value: "Recursos propios municipales." under its heading."""
    item, own = p.item, heading.item
    if not _is_piece(p) or not isinstance(item, TextBlock) or not isinstance(own, TextBlock) or not own.lines:
        return False
    if not any(c.isalpha() for line in item.lines for c in line.text):
        return True
    return any(_one_dress(own.lines[-1], line) or _one_dress(own.lines[0], line) for line in item.lines)


def _lines_of(item: TextBlock, page: int) -> list[tuple[Line, float, float | None]]:
    """Each line of a block with its top and bottom on `page` (minus infinity and None on a page
    before: text going on)."""
    out: list[tuple[Line, float, float | None]] = []
    for line in item.lines:
        box = line.prov.bbox
        on_page = box is not None and line.prov.page == page
        out.append(
            (line, box[1] if box is not None and on_page else float("-inf"), box[3] if box and on_page else None)
        )
    return out


def _first_bottom(p: Placed) -> float | None:
    """The bottom of a text item's first line (None for other items, or a line without a box)."""
    item = p.item
    if not isinstance(item, TextBlock) or not item.lines or item.lines[0].prov.bbox is None:
        return None
    return item.lines[0].prov.bbox[3]


def _row_of(top: float, tops: Sequence[tuple[float, float]], bottom: float | None = None) -> int:
    """The row (index of the heading) a line whose top is `top` (and bottom `bottom`) stands in; -1
    above the first. A line whose top is at most `reach` above a heading's, or that reaches down
    past the heading's top (the heading set lower in its row than its value's first line: a Word
    heading's space before), is in the heading's row."""
    row = -1
    for n, (heading_top, reach) in enumerate(tops):
        if top >= heading_top - reach or (bottom is not None and bottom > heading_top):
            row = n
    return row


def _split(p: Placed, page: int, tops: Sequence[tuple[float, float]]) -> list[tuple[int, Placed]]:
    """(row, part) of an item of the text column; a text block crossing rows cut between its lines."""
    item = p.item
    box = _box(p)
    assert box is not None
    if not isinstance(item, TextBlock) or p.anchor:
        return [(_row_of(box[1], tops), p)]
    parts: list[tuple[int, list[Line]]] = []
    for line, top, bottom in _lines_of(item, page):
        row = _row_of(top, tops, bottom)
        if parts and parts[-1][0] == row:
            parts[-1][1].append(line)
        else:
            parts.append((row, [line]))
    if len(parts) == 1:
        return [(parts[0][0], p)]
    return [(row, replace(p, item=_block_of(lines, item))) for row, lines in parts]


def _block_of(lines: list[Line], like: TextBlock) -> TextBlock:
    boxes = [line.prov.bbox for line in lines if line.prov.bbox is not None and line.prov.page == like.prov.page]
    if not boxes:
        return replace(like, lines=lines)
    box = bbox_union(boxes)
    return replace(like, lines=lines, prov=replace(like.prov, bbox=box))


def _over_its_text(heading: Placed, page: list[Placed]) -> bool:
    """Whether text or a box starts within an em under the heading, in its column (left of the
    heading's middle): a heading set over its text (a band, a panel's heading over its list), no
    row's label. Text starting under the right end of a wide label is the next row's value."""
    box, em = _box(heading), _size(heading)
    assert box is not None
    middle = (box[0] + box[2]) / 2
    for p in page:
        other = _box(p)
        if p is heading or other is None or p.heading or (_heading_piece(p, heading) and not p.anchor):
            continue
        if other[0] < middle and other[2] > box[0] and 0 <= other[1] - box[3] <= em:
            return True
    return False


def _beside_line_by_line(p: Placed, page: int, column: list[Placed], right: float, end: float) -> bool:
    """Whether `p`, a text block of lines in two rows or more of the heading `column` (sorted top
    to bottom; `right`: its right edge, `end`: where the text column ends), stands beside it line
    by line: each line right of its own row's heading (the row by the line's top, `_row_of`), as a
    value's last wrapped line stands right of a wide heading, above the next row's heading, read
    into one block with the next row's value that starts further left, right of its narrower
    heading. Its lines are then each their own row's (`_split`)."""
    item = p.item
    if p.anchor or not isinstance(item, TextBlock):
        return False
    tops = [(_top(h), SETTINGS.rows.row_ems * _size(h)) for h in column]
    rows = set()
    for line, top, bottom in _lines_of(item, page):
        box = line.prov.bbox
        if box is None or bottom is None:
            return False
        row = _row_of(top, tops, bottom)
        label = _box(column[row]) if row >= 0 else None
        edge = label[2] if label is not None else right
        if box[0] < edge - SETTINGS.rows.row_ems * _size(column[max(row, 0)]) or box[2] > end + 1.0:
            return False
        rows.add(row)
    return len(rows) > 1


def _with_values_in_the_last_row(ordered: list[Placed], beside: list[Placed]) -> list[Placed]:
    """The headings `ordered` (top to bottom) less the last ones that nothing of the text column
    `beside` reaches down to (no item's bottom under the heading's top): their text stands past
    where the grid ends (beside the heading column of another card) and keeps its place in reading
    order with the heading, which is no row of this grid."""
    out = list(ordered)
    while out and not any((box := _box(p)) is not None and box[3] > _top(out[-1]) for p in beside):
        out.pop()
    return out


def _without_text_under_the_last_row(beside: list[Placed], heading: Placed) -> list[Placed]:
    """The text column's items less those under the last row's value: after a white gap taller than
    SETTINGS.rows.value_gap_ems, or text starting off the left edge of the value's first text (the top of a column
    of running text set under the grid, beside the heading of what follows), which keep their place."""
    em = _size(heading)
    row = sorted((p for p in beside if _top(p) >= _top(heading) - SETTINGS.rows.row_ems * em), key=_top)
    end, edge = _top(heading), None
    for n, p in enumerate(row):
        box = _box(p)
        assert box is not None
        if box[1] - end > SETTINGS.rows.value_gap_ems * em or (
            edge is not None and isinstance(p.item, TextBlock) and abs(box[0] - edge) > em
        ):
            cut = {id(q) for q in row[n:]}
            return [q for q in beside if id(q) not in cut]
        if edge is None and isinstance(p.item, TextBlock):
            edge = box[0]
        end = max(end, box[3])
    return beside


def _with_pieces_above(heading: Placed, pieces: list[Placed]) -> tuple[Placed, list[Placed]]:
    """The heading with the pieces of the heading column right above it joined to it (its number on
    a line of its own, "1)"; its first line, left on the page before a row's break or read apart:
    "5) FORMA DE" over "FINANCIAMIENTO"), and those pieces."""
    item, em = heading.item, _size(heading)
    found: list[Placed] = []
    while isinstance(item, TextBlock) and item.prov.bbox is not None:
        box = item.prov.bbox
        above = [
            p
            for p in pieces
            if all(p is not f for f in found)
            and isinstance(p.item, TextBlock)
            and (other := _box(p)) is not None
            and other[1] < box[1]
            and other[3] >= box[1] - SETTINGS.rows.row_ems * em
            and other[0] < box[2]
            and other[2] > box[0]
        ]
        if not above:
            break
        piece = max(above, key=_top)
        assert isinstance(piece.item, TextBlock)
        found.append(piece)
        item = _block_of([*piece.item.lines, *item.lines], replace(item, prov=replace(item.prov, bbox=None)))
    if not found:
        return heading, []
    return replace(heading, item=item), found


def _home(heading: Placed, page: list[Placed]) -> str | None:
    """The drawn region a heading's row stands in (`_region`): its own, or, when that holds nothing
    else of the page (a pill or band drawn round the heading alone), the region holding that one."""
    region = _region(heading)
    if region is None or any(
        p is not heading and (r := _region(p)) is not None and (r == region or r.startswith(region + "/")) for p in page
    ):
        return region
    return region.rsplit("/", 1)[0] if "/" in region else None


def _region(p: Placed) -> str | None:
    return drawn_region(p.item)


def _with_its_own_pieces(heading: Placed, pieces: list[Placed]) -> Placed:
    """The heading with the pieces of the heading column that are its own rest joined to it, in
    reading order: a piece in its dress (`_heading_piece`) level with its last line and abutting
    it (within SETTINGS.rows.abut_ems: a small-capital label's colon or "/CREATIVO", read apart by their size;
    a value stands a column gap away), or
    stacked right under it at its left edge (its next line, within SETTINGS.rows.stack_gap_ems)."""
    item, em = heading.item, _size(heading)
    used: set[int] = set()
    while isinstance(item, TextBlock) and item.lines and (last := item.lines[-1].prov.bbox) is not None:
        left = item.prov.bbox[0] if item.prov.bbox is not None else last[0]
        mine = [
            (p, box)
            for p in pieces
            if id(p) not in used
            and isinstance(p.item, TextBlock)
            and (box := _box(p)) is not None
            and _heading_piece(p, replace(heading, item=item))
        ]
        level = (
            p
            for p, box in mine
            if box[1] < last[3] and box[3] > last[1] and abs(box[0] - last[2]) <= SETTINGS.rows.abut_ems * em
        )
        under = (
            p
            for p, box in mine
            if 0 <= box[1] - last[3] <= SETTINGS.rows.stack_gap_ems * em
            and abs(box[0] - left) <= SETTINGS.rows.stack_edge_ems * em
        )
        found = next(level, None) or next(under, None)
        if found is None:
            break
        assert isinstance(found.item, TextBlock)
        used.add(id(found))
        item = _block_of([*item.lines, *found.item.lines], replace(item, prov=replace(item.prov, bbox=None)))
    return replace(heading, item=item)


def _lines_in(p: Placed, lines: set[int]) -> bool:
    """Whether an item is a text block whose lines are among `lines` (ids)."""
    return isinstance(p.item, TextBlock) and bool(p.item.lines) and id(p.item.lines[0]) in lines


def _runs(column: list[Placed], page: list[Placed]) -> list[list[Placed]]:
    """The heading column cut into runs of rows, top to bottom: between two of its headings, a
    heading set over its text or anything else but a piece of one of the two headings starting in
    the column (left of both headings' right edges: a section set under its heading across the
    page, a category table, a month table; a one-line paragraph in the body's dress, no
    `_heading_piece`: the text of a column's heading set in a band whose padding puts it more than
    an em under the heading's line) ends a run, and so does a drawn edge (`_home`: the headings of cards
    stacked in one column, a grid printed under them, are the rows of each card, not one grid).
    Runs of fewer than SETTINGS.rows.min_column_headings are left out."""
    ordered = sorted(column, key=_top)
    left = min(_left(h) for h in ordered)
    members = {id(h) for h in column}
    runs: list[list[Placed]] = [[ordered[0]]]
    for above, below in pairwise(ordered):
        low, high = (_box(above) or (0.0, 0.0, 0.0, float("-inf")))[3], _top(below)
        apart = any(
            id(p) not in members
            and (b := _box(p)) is not None
            and b[0] < min(_right(above), _right(below))
            and b[2] > left
            and b[1] >= low
            and b[1] < high
            and not (not p.anchor and (_heading_piece(p, above) or _heading_piece(p, below)))
            for p in page
        )
        if apart or _home(above, page) != _home(below, page):
            runs.append([below])
        else:
            runs[-1].append(below)
    return [run for run in runs if len(run) >= SETTINGS.rows.min_column_headings]


def _page_rows(page: list[Placed], number: int, split: Split) -> list[Placed] | None:
    """The page's placed items with the text column beside each run of each heading column
    (`_heading_columns`, `_runs`) read row by row; None when the page has no heading column or
    nothing moves."""
    out: list[Placed] | None = None
    for found in _heading_columns(page):
        column = [h for h in found if not _over_its_text(h, page)]
        if len(column) < SETTINGS.rows.min_column_headings:
            continue
        for run in _runs(column, page):
            now = out if out is not None else page
            present = {id(p) for p in now}
            if not all(id(h) in present for h in run):
                continue  # a heading of the run joined to one above it (`_with_pieces_above`)
            done = _run_rows(now, number, run, split)
            out = done if done is not None else out
    return out if out is not None else _value_going_on_above(page, number, split)


def _value_going_on_above(page: list[Placed], number: int, split: Split) -> list[Placed] | None:
    """The page's placed items with the text that stands beside its first heading's column above
    that heading's row read before the heading, when reading order read it after: a value broken
    by the page (its label on the page before), going on at the top of the next page beside the
    heading column, above a lone row (a page holding one heading of a label | value grid, no
    heading column of SETTINGS.rows.min_column_headings). The heading is the page's topmost one that is not set
    over its text (`_over_its_text`), with nothing of the page above it in its column but a piece
    holding no letter (its number): text above it there is a column of running text, not a
    grid's. None when nothing moves."""
    headings = sorted((p for p in page if p.heading and _box(p) is not None), key=_top)
    if not headings or _over_its_text(headings[0], page):
        return None
    heading = headings[0]
    box = _box(heading)
    assert box is not None
    above = [
        p
        for p in page
        if p is not heading and (b := _box(p)) is not None and b[1] < box[1] and b[0] < box[2] and b[2] > box[0]
    ]
    if any(not (_is_piece(p) and not p.anchor and not _has_letters(p)) for p in above):
        return None
    return _run_rows(page, number, [heading], split, least=1)


def _has_letters(p: Placed) -> bool:
    item = p.item
    return isinstance(item, TextBlock) and any(c.isalpha() for line in item.lines for c in line.text)


Where = Literal["beside", "piece", "stop"] | None  # an item's place to a grid (`_run_rows`)


def _beside_row_by_row(
    p: Placed, page: int, tops: Sequence[tuple[float, float]], place: Callable[[Placed, BBox], Where]
) -> bool:
    """Whether a text block crossing rows (`_split` at the row tops `tops`) stands beside the heading
    column in each row it crosses (`place` says so of each part): a paragraph that runs on past its
    heading's row, read into one block with the next row's text, each part starting right of its
    own row's label (a wide label's text starts further right than the next, narrower one's)."""
    parts = _split(p, page, tops) if isinstance(p.item, TextBlock) and not p.anchor else []
    return len(parts) > 1 and all((box := _box(part)) is not None and place(part, box) == "beside" for _, part in parts)


def _anchors_beside(page: list[Placed], in_column: set[int], right: float, top: float, bottom: float) -> list[Placed]:
    """The anchors of the page outside the heading column (`in_column`: ids) starting at or right
    of `right` (points) and standing between `top` and `bottom` (a side panel's headings beside a
    grid)."""
    return [
        p
        for p in page
        if p.anchor
        and id(p) not in in_column
        and (b := _box(p)) is not None
        and b[0] >= right
        and b[3] > top
        and b[1] < bottom
    ]


def _panel_of(column: list[Placed], page: list[Placed]) -> str | None:
    """The drawn region (its outermost name) holding every heading of `column` and text of the page
    that is no heading (a side panel holding its sections, whose headings take no value from the
    column beside it); None when the headings stand in no one region or it holds headings alone
    (a table's shaded label column)."""
    roots = {root(region) if (region := _region(h)) is not None else None for h in column}
    home = roots.pop() if len(roots) == 1 else None
    if home is None:
        return None
    held = any(
        not p.heading and isinstance(p.item, TextBlock) and (region := _region(p)) is not None and root(region) == home
        for p in page
    )
    return home if held else None


def _gutter_right_of(page: list[Placed], right: float, em: float) -> float:
    """The left edge (points) of the first white band down the whole page, SETTINGS.rows.gutter_ems ems (`em`: the
    headings' size) wide or more, that no item of the page crosses, right of the text beside the
    heading column (which ends at `right`) and with text right of it: the page's other half (two
    pages printed side by side on one sheet) or a column set apart, whose text is no value of the
    grid's rows. Infinity when there is none."""
    cur, started = right, False
    for x0, x1 in sorted((b[0], b[2]) for p in page if (b := _box(p)) is not None):
        if x1 <= right:
            continue
        if started and x0 - cur >= SETTINGS.rows.gutter_ems * em:
            return cur
        cur, started = max(cur, x1), True
    return float("inf")


def _leftmost(anchors: list[Placed]) -> float:
    """The left edge (points) of the leftmost of `anchors`; infinity when there is none."""
    return min((b[0] for p in anchors if (b := _box(p)) is not None), default=float("inf"))


def _run_rows(
    page: list[Placed], number: int, column: list[Placed], split: Split, least: int = SETTINGS.rows.min_column_headings
) -> list[Placed] | None:
    """The page's placed items with the text column beside one run of a heading column read row
    by row; None when nothing moves (or the run is no grid: fewer than `least` rows)."""
    boxes = [b for b in map(_box, column) if b is not None]
    left, right = min(b[0] for b in boxes), max(b[2] for b in boxes)
    first, last = min(b[1] for b in boxes), max(b[3] for b in boxes)
    in_column = {id(h) for h in column}
    reach = SETTINGS.rows.row_ems * _size(column[0])
    side = _leftmost(_anchors_beside(page, in_column, right, first - reach, last))  # a side panel's beside the headings
    bottom = min(  # the grid ends at the first thing under its last heading in the heading column,
        # or at the first anchor right of it that starts under that heading (the heading of a
        # column of text set under the grid, its top above the heading column's next heading;
        # not the next heading of a side panel beside the grid, `side`)
        (
            b[1]
            for p in page
            if id(p) not in in_column
            and (b := _box(p)) is not None
            and ((b[0] < right and b[2] > left) or (p.anchor and right <= b[0] < side - reach))
            and b[1] >= last
            and not (_is_piece(p) and not p.anchor)
        ),
        default=float("inf"),
    )
    anchors = _anchors_beside(page, in_column, right, first - reach, bottom)
    end = min(_leftmost(anchors), _gutter_right_of(page, right, _size(column[0])))  # the text column ends there
    # the drawn regions holding those anchors (a side panel): what stands in one is the panel's, even
    # when it starts a little left of its heading (a category box left of its label)
    panels = {root(region) for p in anchors if (region := _region(p)) is not None}
    home = _panel_of(column, page)
    beside: list[Placed] = []
    pieces: list[Placed] = []
    ordered = sorted(column, key=_top)
    plain_tops = [(_top(h), SETTINGS.rows.row_ems * _size(h)) for h in ordered]
    opened = False  # whether reading order has met the heading column yet

    def place(p: Placed, box: BBox) -> Where:
        """Where an item of the page stands to the grid: in the text column (beside), a piece of
        the heading column, elsewhere (None), or "stop" (the page holds no grid here)."""
        if box[0] >= end - 1.0 or ((region := _region(p)) is not None and root(region) in panels):
            return None  # in the column the anchor right of the grid opens, or in its drawn region: a side panel's
        if home is not None and (region is None or root(region) != home):
            return None  # the headings are a side panel's: what stands outside the panel is no value of theirs
        # above the grid: a title, a label beside it; text going on from the page before, which
        # joins the grid (before its first row) only when reading order put it after the headings
        above = box[3] <= first - reach
        row = _row_of(box[1], plain_tops, _first_bottom(p))
        label = _box(ordered[row]) if row >= 0 else None
        edge = label[2] if label is not None else right  # each row's value starts right of its own label
        # text across the anchor's column (a card beside the grid and a band under both); what starts
        # at or right of the anchor is the side panel's own and keeps its place
        if edge - reach <= box[0] < end and box[2] > end + 1.0 and not above:
            return "stop"
        if (box[0] >= edge - reach and box[2] <= end + 1.0) or _beside_line_by_line(p, number, ordered, right, end):
            if p.anchor and not above:
                return "stop"
            if not p.anchor and box[3] <= bottom + reach and (opened or not above):
                return "beside"
        elif box[0] < edge and box[2] > left and box[3] > first - reach and box[1] < last:
            if _is_piece(p) and not p.anchor:
                return "piece"
            # body text in the heading column: text in columns, no grid; but text that ends above
            # the first heading's top (within `reach`) is the text before the grid (its section
            # going on from the page before, beside that page's heading column), not in it
            if box[3] > first:
                return "stop"
        return None

    for p in page:
        box = _box(p)
        opened = opened or id(p) in in_column
        if box is None or id(p) in in_column or box[1] >= bottom - reach:
            continue
        where = place(p, box)
        if where == "stop" and _beside_row_by_row(p, number, plain_tops, place):
            where = "beside"
        if where == "stop":
            return None
        if where == "beside":
            beside.append(p)
        elif where == "piece":
            pieces.append(p)
    joined = {id(h): _with_pieces_above(h, pieces) for h in ordered}
    taken = {id(p) for _, found in joined.values() for p in found}
    ordered = [_with_its_own_pieces(joined[id(h)][0], [*pieces, *beside]) for h in ordered]
    own = {id(line) for h in ordered for line in getattr(h.item, "lines", [])}
    used = [p for p in [*pieces, *beside] if id(p) in taken or _lines_in(p, own)]
    pieces, beside = ([p for p in group if all(p is not u for u in used)] for group in (pieces, beside))
    beside = _without_text_under_the_last_row(beside, ordered[-1])
    ordered = _with_values_in_the_last_row(ordered, beside)
    if not beside or len(ordered) < least:
        return None
    kept = sorted(column, key=_top)[: len(ordered)]  # the headings left out keep their place
    own = {id(line) for h in ordered for line in getattr(h.item, "lines", [])}
    used = [p for p in used if _lines_in(p, own)]
    pieces = [p for p in pieces if _row_of(_top(p), plain_tops) < len(ordered)]  # none of a heading left out
    members = {id(p) for p in [*kept, *beside, *pieces, *used]}
    tops, raised = _with_raised_starts(
        [(_row_top(h, number), SETTINGS.rows.row_ems * _size(h)) for h in ordered], beside, number
    )
    rows: dict[int, list[Placed]] = {}
    for p in page:
        if any(p is b for b in beside):
            parts = _split(p, number, tops)
            if len(parts) > 1:  # a block cut between rows: each part its own paragraphs
                parts = [(row, replace(part, item=b)) for row, part in parts for b in _paragraphs(part, split)]
        elif any(p is b for b in pieces):
            parts = [(_row_of(_top(p), tops), p)]
        else:
            continue
        for row, part in parts:
            rows.setdefault(row, []).append(part)
    notes: dict[int, list[Placed]] = {}
    for unsure in (r for r in raised if not r.sure):  # an aviso on both rows' sections
        for n in (unsure.row - 1, unsure.row):
            notes.setdefault(n, []).append(Placed(unsure_row_note(unsure.line), heading=False, anchor=False))
    grid = _rejoined(rows.get(-1, []), split)
    for n, heading in enumerate(ordered):
        grid += [heading, *_rejoined(rows.get(n, []), split), *notes.get(n, [])]
    slots = [n for n, p in enumerate(page) if id(p) in members]
    # what reading order put after the grid's first member but is printed above the grid in its
    # heading column (a municipality line under the title, read after a box beside it) stays before
    over_grid = {
        id(p)
        for p in page[slots[0] :]
        if id(p) not in members
        and (b := _box(p)) is not None
        and b[3] <= first - reach
        and b[0] < right
        and b[2] > left
    }
    out: list[Placed] = []
    for n, p in enumerate(page):
        if n == slots[0]:
            out += [q for q in page[slots[0] :] if id(q) in over_grid] + grid
        elif id(p) not in members and id(p) not in over_grid:
            out.append(p)
    if [id(p) for p in out] == [id(p) for p in page]:
        return None
    return out


@dataclass(frozen=True)
class _Mark:
    """A line of text, or another item, of a grid's text column, as `_with_raised_starts` weighs it."""

    top: float
    bottom: float
    left: float
    em: float
    line: Line | None  # the line of text; None for another item (a table, a checkbox)
    region: str | None  # the drawn region (a table's cell) holding it


@dataclass(frozen=True)
class Raised:
    """A line read with the row under it though it stands above that row's heading, and whether that
    is sure: the line's paragraph goes on past the heading's top, or its drawn region (a table's cell)
    holds the row's value; else the line may as well be the foot of the row above's value."""

    row: int  # the row (index of its heading) the line is read with
    line: Line
    sure: bool


def _with_raised_starts(
    tops: list[tuple[float, float]], beside: list[Placed], page: int
) -> tuple[list[tuple[float, float]], list[Raised]]:
    """The rows' (top, reach) `tops` (points, one per heading of the grid, top to bottom) with a
    row's reach raised to the first line of the text column `beside` that starts above its heading
    (by more than its reach, at most SETTINGS.rows.raised_ems of the line's ems) after white wider than
    SETTINGS.rows.value_gap_ems of its ems under the text column's items in the row above (which must hold some:
    a row with nothing beside its heading but that line may have set its value low), and those
    lines (`Raised`). That line is
    the value's first, set higher than its heading, which stands lower by its space before (a
    heading in the first of two CSS columns, its value's first line topping the second: browser
    seed 9902), not the row above's value going on. A line in the drawn region (a table's cell) of
    an item of the row above's value is that value's foot, never raised; so is a line in a drawn
    region none of the row's value stands in, when some of it stands in drawn regions (the dates'
    text under a month grid in their cell, the next row's value in a cell of its own: Word seed
    24237). The text belongs to the region it stands in."""
    marks: list[_Mark] = []
    for p in beside:
        item, box = p.item, _box(p)
        region = _region(p)
        if isinstance(item, TextBlock) and not p.anchor:
            marks += [
                _Mark(top, bottom, line.prov.bbox[0], line.size or 10.0, line, region)
                for line, top, bottom in _lines_of(item, page)
                if bottom is not None and line.prov.bbox is not None
            ]
        elif box is not None:
            marks.append(_Mark(box[1], box[3], box[0], 10.0, None, region))
    out, raised_lines = list(tops), []
    for n in range(1, len(tops)):
        (start, reach_above), (heading_top, reach) = tops[n - 1], tops[n]
        raised = [
            m
            for m in marks
            if m.line is not None and heading_top - SETTINGS.rows.raised_ems * m.em <= m.top < heading_top - reach
        ]
        if not raised:
            continue
        first = min(raised, key=lambda m: (m.top, m.left))
        top, em, region = first.top, first.em, first.region
        row_above = [m for m in marks if start - reach_above <= m.top < top and m.bottom <= top + 0.5]
        if region is not None and any(m.region == region for m in row_above):
            continue  # in the drawn cell of the row above's value: its foot, set low (Word seed 10613)
        row_below = [m for m in marks if heading_top - reach <= m.top < _next_top(tops, n)]
        if (
            region is not None
            and any(m.region is not None for m in row_below)
            and all(m.region != region for m in row_below)
        ):
            continue  # in a drawn cell none of the row's value stands in: no value of that row (Word seed 24237)
        above = max((m.bottom for m in row_above), default=None)
        if above is not None and top - above > SETTINGS.rows.value_gap_ems * em:
            out[n] = (heading_top, heading_top - top + 0.5)
            sure = (region is not None and any(m.region == region for m in row_below)) or _goes_on_below(
                first, [m for m in marks if m.top >= top]
            )
            assert first.line is not None
            raised_lines.append(Raised(n, first.line, sure))
    return out, raised_lines


def _goes_on_below(first: _Mark, marks: list[_Mark]) -> bool:
    """Whether the paragraph of line `first` goes on down from it: of `marks` (the lines from it
    down), the next line starts right under it at its left edge (within SETTINGS.rows.paragraph_edge_ems), one
    line pitch lower (top to top, SETTINGS.rows.run_on_ems of its ems at most) and in its drawn region."""
    em = first.em
    return any(
        m is not first
        and m.line is not None
        and m.region == first.region
        and abs(m.left - first.left) <= SETTINGS.rows.paragraph_edge_ems * em
        and first.bottom - SETTINGS.rows.line_overlap_ems * em <= m.top <= first.top + SETTINGS.rows.run_on_ems * em
        for m in marks
    )


def unsure_row_note(line: Line) -> ReaderNote:
    """The note said on the sections of both rows a raised line (`Raised`, not sure) stands between."""
    return ReaderNote(
        UNCLEAR,
        f"no se sabe si «{line.text}» es el final del texto de la fila de arriba o el comienzo del de la fila"
        " de abajo: está impreso entre las dos, más cerca del encabezado de abajo",
        line.prov,
    )


def _next_top(tops: Sequence[tuple[float, float]], n: int) -> float:
    """Where the row after row `n` starts (its heading's top less its reach); infinity after the last."""
    return tops[n + 1][0] - tops[n + 1][1] if n + 1 < len(tops) else float("inf")


def _paragraphs(p: Placed, split: Split) -> list[TextBlock]:
    """A text item's paragraphs (`split`); [item] for an item that is no text block."""
    item = p.item
    assert isinstance(item, TextBlock)
    return split(item)


def _rejoined(row: list[Placed], split: Split) -> list[Placed]:
    """The items of one row's value, each text block that goes on the paragraph of the one before it
    (`_goes_on`) joined to it, then cut into its paragraphs again (`split`): a paragraph that
    reading order cut where a line gap of its column met the heading column's white (its lines
    read before and after the next row's heading, and grouped with the lines read next)."""
    out: list[Placed] = []
    for p in row:
        prev = out[-1] if out else None
        if (
            prev is not None
            and isinstance(prev.item, TextBlock)
            and isinstance(p.item, TextBlock)
            and not prev.anchor
            and not p.anchor
            and _goes_on(prev.item, p.item)
        ):
            joined = _block_of([*prev.item.lines, *p.item.lines], prev.item)
            out[-1:] = [replace(prev, item=b) for b in split(joined)]
            continue
        out.append(p)
    return out


def _goes_on(above: TextBlock, below: TextBlock) -> bool:
    """Whether `below`'s first line is the next line of `above`'s paragraph: in its region, of its
    size and weight, no bullet, at its left edge (within SETTINGS.rows.paragraph_edge_ems: no first-line indent),
    right under its last line, their pitch (top to top) no more than the paragraph's leading (the
    least pitch between the lines of either block; SETTINGS.rows.run_on_ems for two lone lines) plus
    SETTINGS.rows.paragraph_space_ems (space that sets paragraphs apart is more)."""
    last, first = above.lines[-1], below.lines[0]
    a, b = last.prov.bbox, first.prov.bbox
    if a is None or b is None or first.bullet or last.prov.page != first.prov.page or above.region != below.region:
        return False
    em = last.size or 10.0
    pitches = [
        y.prov.bbox[1] - x.prov.bbox[1]
        for block in (above, below)
        for x, y in pairwise(block.lines)
        if x.prov.bbox is not None and y.prov.bbox is not None and x.prov.page == y.prov.page
    ]
    leading = min((p for p in pitches if p > 0), default=SETTINGS.rows.run_on_ems * em)
    page = last.prov.page
    edge = min(box[0] for line in above.lines if (box := line.prov.bbox) is not None and line.prov.page == page)
    return (
        abs(first.size - last.size) <= SETTINGS.rows.stack_size_points
        and first.bold == last.bold
        and abs(b[0] - edge) <= SETTINGS.rows.paragraph_edge_ems * em
        and a[3] <= b[1] + SETTINGS.rows.line_overlap_ems * em
        and b[1] - a[1] <= leading + SETTINGS.rows.paragraph_space_ems * em
    )


def rows_beside_headings(
    items: list[Item], is_heading: Predicate, is_anchor: Predicate, split: Split = lambda block: [block]
) -> list[Item]:
    """`items` with each PDF page's label | value grid read row by row (see the module's note),
    each page's other items kept in their place (a page's items: a run of items of one page, ended
    by a block printed again, `_print_key`); `is_heading` tells a template heading, `is_anchor`
    any other anchor (a title, a municipality label); `split` cuts a text block into its
    paragraphs (a block cut between rows, or joined again where reading order cut it)."""
    placed = []
    for item in items:
        heading = isinstance(item, TextBlock) and is_heading(item)
        placed.append(Placed(item, heading, heading or (isinstance(item, TextBlock) and is_anchor(item))))
    out: list[Item] = []
    n = 0
    while n < len(placed):
        page = placed[n].page
        end, seen = n, set()
        while end < len(placed) and placed[end].page == page and (key := _print_key(placed[end].item)) not in seen:
            seen |= {key} if key is not None else set()
            end += 1
        run = placed[n:end]
        rows = _page_rows(run, page, split) if page is not None else None
        out += [p.item for p in (rows if rows is not None else run)]
        n = end
    return out


def _print_key(item: Item) -> tuple[BBox, str] | None:
    """A text block's box and text: a second block with the same key is the same print read again
    (a comparison table's label column, given with each of its value columns in turn:
    `readers.pdf.comparison`), which starts a page's run of its own. None for anything else."""
    if not isinstance(item, TextBlock) or item.prov.bbox is None:
        return None
    return item.prov.bbox, " ".join(line.text for line in item.lines)


Match = Callable[[TextBlock], float | None]  # a block's score as a template heading, None when it is none


def _one_line_piece(item: Item) -> TextBlock | None:
    """A short PDF text block whose lines all have boxes (a line of a wrapped heading), else None."""
    if (
        isinstance(item, TextBlock)
        and item.prov.page is not None
        and item.prov.bbox is not None
        and all(line.prov.bbox is not None for line in item.lines)
        and len(item.lines) <= SETTINGS.rows.stack_piece_max_lines
    ):
        return item
    return None


def _stacked_under(block: TextBlock, other: TextBlock, em: float = 0.0) -> bool:
    """`other` is set right under `block` at its left edge, or at its right edge or centre (a label
    set flush right against its value, or centred, in a narrow cell), in its dress (`_one_dress`):
    its next line, the white between them at most SETTINGS.rows.stack_gap_ems of their ems (`_em`), or of `em`
    (points) when larger: the heading's first line's (a heading in small capitals steps its lines
    by its capitals' size, whatever the size of a line set in small capitals alone)."""
    last, first = block.lines[-1], other.lines[0]
    a, b = last.prov.bbox, first.prov.bbox
    assert a is not None and b is not None
    if last.prov.page is None or last.prov.page != first.prov.page or b[1] - a[3] < 0:
        return False  # told before the ems are measured: most lines looked at are on another page, or above
    em = max(_em(block), _em(other), em)
    return (
        0 <= b[1] - a[3] <= SETTINGS.rows.stack_gap_ems * em
        and min(abs(a[0] - b[0]), abs(a[2] - b[2]), abs(a[0] + a[2] - b[0] - b[2]) / 2)
        <= SETTINGS.rows.stack_edge_ems * em
        and _one_dress(last, first)
    )


def _em(block: TextBlock) -> float:
    """The largest size or box height (points) of a block's lines: its capitals' size when it is set
    in small capitals."""
    return max([1.0] + [max(line.size, box[3] - box[1]) for line in block.lines if (box := line.prov.bbox)])


def _one_dress(line: Line, other: Line) -> bool:
    """Whether two lines are set in one dress: one font, and one size (within SETTINGS.rows.stack_size_points) or
    both in small capitals, where a line's size is its capitals' when they are most of its letters
    and its small capitals' otherwise ("Forma de" over "financiamiento": "F", "ORMA", "D", "E" and
    "FINANCIAMIENTO"), the smaller between SETTINGS.rows.small_caps_ratio of the larger."""
    if line.font != other.font:
        return False
    if abs(line.size - other.size) <= SETTINGS.rows.stack_size_points:
        return True
    low, high = sorted((line.size, other.size))
    capitals = all(any(c.isalpha() for c in t) and t == t.upper() for t in (line.text, other.text))
    return capitals and SETTINGS.rows.small_caps_ratio[0] <= low / high <= SETTINGS.rows.small_caps_ratio[1]


def _next_stacked(out: list[Item], after: int, run: list[int], last: TextBlock) -> int | None:
    """The index of the item after `after` (up to SETTINGS.rows.stack_lookahead items past the run's last, not in
    `run`) that is the line stacked under `last` (`_stacked_under`); else, when `last` ends its column at the
    foot of its page, the first item read on the next page if it is a line in `last`'s dress (a
    heading broken by the page: its rest opens the next page, in whichever column); else None."""
    head = out[run[0]]
    em = _em(head) if isinstance(head, TextBlock) else 0.0
    for m in range(after + 1, min(len(out), run[-1] + SETTINGS.rows.stack_lookahead)):
        b = _one_line_piece(out[m])
        if m not in run and b is not None and _stacked_under(last, b, em):
            return m
    if _column_goes_on(out, run, last):
        return run[-1] + 1
    page = last.lines[-1].prov.page
    m = run[-1] + 1
    while m < len(out) and out[m].prov.page == page:
        m += 1
    b = _one_line_piece(out[m]) if m < len(out) else None
    if (
        page is None
        or b is None
        or b.lines[0].prov.page != page + 1
        or not _one_dress(last.lines[-1], b.lines[0])
        or not _ends_its_column(out[run[-1] + 1 : m], last)
    ):
        return None
    return m


def _column_goes_on(out: list[Item], run: list[int], last: TextBlock) -> bool:
    """Whether the item read right after the run (indexes into `out`) is the rest of a heading whose
    line `last` ends its column on the page (`_ends_its_column`): a piece of a template heading's
    name (`template.part_of_a_heading`: no heading whole, as a side panel's "CATEGORÍA" read next
    is) in `last`'s dress, read next, standing right of it and higher (the top of the next column:
    the column broke the heading)."""
    m = run[-1] + 1
    b = _one_line_piece(out[m]) if m < len(out) else None
    box = last.lines[-1].prov.bbox
    page = last.lines[-1].prov.page
    if b is None or box is None or b.prov.page != page or b.prov.bbox is None:
        return False
    other = b.prov.bbox
    return (
        other[0] >= box[2]
        and other[1] < box[1]
        and _one_dress(last.lines[-1], b.lines[0])
        and part_of_a_heading(" ".join(line.text for line in b.lines))
        and _ends_its_column([item for item in out[m:] if item.prov.page == page], last)
    )


def _ends_its_column(rest: list[Item], last: TextBlock) -> bool:
    """Whether nothing of `rest` (the items read after `last` on its page) stands below `last`'s
    last line and across its width."""
    box = last.lines[-1].prov.bbox
    assert box is not None
    return not any(
        (b := item.prov.bbox) is not None and b[1] >= box[3] and b[0] < box[2] and b[2] > box[0] for item in rest
    )


def join_stacked_headings(items: list[Item], match: Match) -> list[Item]:
    """`items` with a template heading wrapped over several lines made one block again when reading
    order read its lines apart (a label cell beside its value, the gap between them so narrow that
    the page was read line by line across: "II." ... "DEPARTAMENTO/OFICINAS" ... "MUNICIPALES QUE"
    ... "PARTICIPAN:", the value's lines between them; or broken by the page). Lines stacked at one
    left edge in one dress, each right under the one before (`_next_stacked`), are joined when
    together they are a heading that matches at least as well as the first of them alone, and
    closely (SETTINGS.rows.stack_min_score); of equal scores, the most lines. The joined heading takes the first
    line's place. A line no other line completes is left as it is (an unknown heading keeps its
    aviso)."""
    out = list(items)
    n = 0
    while n < len(out):
        first = _one_line_piece(out[n])
        if first is None:
            n += 1
            continue
        run, last = [n], first
        while True:
            nxt = _next_stacked(out, n, run, last)
            if nxt is None:
                break
            run.append(nxt)
            last = out[nxt]  # type: ignore[assignment]  # a TextBlock: `_one_line_piece` said so
        if len(run) < 2:
            n += 1
            continue
        flat = [(m, line) for m in run for line in out[m].lines]  # type: ignore[union-attr]
        best: tuple[float, int] | None = None
        alone = match(first)
        for k in range(len(first.lines) + 1, len(flat) + 1):
            score = match(replace(first, lines=[line for _, line in flat[:k]]))
            if (
                score is not None
                and score >= SETTINGS.rows.stack_min_score
                and (alone is None or score >= alone)  # "SOSTENIBILIDAD" over "EN EL TIEMPO:": both a name
                and (best is None or score >= best[0])  # of equal scores, the heading's every line
            ):
                best = (score, k)
        if best is None:
            n += 1
            continue
        out, placed_at = _joined(out, flat, best[1])
        n += 1 if placed_at == n else 0
    return out


def _joined(out: list[Item], flat: list[tuple[int, Line]], k: int) -> tuple[list[Item], int]:
    """`out` with the first `k` of the lines `flat` (each with the index of the block holding it)
    made one heading block, placed by `_heading_place`; the blocks they were taken from removed,
    but for the lines of the last one that are no part of the heading (a heading read into one
    block with the next: "PARTICIPAN" over "3) GRUPO PRIORITARIO"), which stay in their place.
    A heading placed on the page it starts on, its value beside it there, and broken by the page:
    what stands beside its rest on the next page is its value going on, read first on that page.
    Also the index the heading now stands at."""
    used = list(dict.fromkeys(m for m, _ in flat[:k]))
    place, later = _heading_place(out, used)
    like = out[place]
    assert isinstance(like, TextBlock)
    heading = _block_of([line for _, line in flat[:k]], replace(like, prov=replace(like.prov, bbox=None)))
    heading = _boxed_in_its_column(heading, like)
    rest = [line for m, line in flat[k:] if m == used[-1]]
    new: dict[int, list[Item]] = {m: [] for m in used}
    if later is not None and place != later:
        going_on = _beside(out, [m for m in used if out[m].prov.page == out[later].prov.page], set(used))
        new.update({m: [] for m in going_on})
        new[later] = [out[m] for m in going_on]
    new[place] = [heading]
    if rest:
        block = out[used[-1]]
        assert isinstance(block, TextBlock)
        new[used[-1]] = new[used[-1]] + [_block_of(rest, block)]
    joined = [part for i, item in enumerate(out) for part in new.get(i, [item])]
    return joined, sum(len(new.get(i, [None])) for i in range(place))


def _boxed_in_its_column(heading: TextBlock, first: TextBlock) -> TextBlock:
    """`heading` (joined from lines starting with `first`'s) boxed round its lines in `first`'s
    column only: a rest that opens the next column (right of `first` and higher) is no part of the
    heading's place on the page, which a box round both would cover across the columns."""
    own = first.prov.bbox
    if own is None:
        return heading
    boxes = [
        box
        for line in heading.lines
        if line.prov.page == first.prov.page
        and (box := line.prov.bbox) is not None
        and not (box[0] >= own[2] and box[1] < own[1])
    ]
    return replace(heading, prov=replace(heading.prov, bbox=bbox_union(boxes))) if boxes else heading


def _beside(out: list[Item], lines_of: list[int], skip: set[int]) -> list[int]:
    """The indexes of the items of `out` (but `skip`) on the page of the blocks `lines_of` that
    stand level with one of their lines and right of it."""
    page = out[lines_of[0]].prov.page
    lines = [line.prov.bbox for m in lines_of for line in out[m].lines]  # type: ignore[union-attr]
    return [
        i
        for i, item in enumerate(out)
        if i not in skip
        and item.prov.page == page
        and (box := item.prov.bbox) is not None
        and any(line and box[1] < line[3] and box[3] > line[1] and box[0] >= line[2] for line in lines)
    ]


def _heading_place(out: list[Item], used: list[int]) -> tuple[int, int | None]:
    """Where a heading joined from the lines `used` (indexes into `out`, in order) stands: at its
    first line; at its first line on the next page when the page breaks it and nothing read
    between them stands beside its lines on the first page (no value cell: the text that opens
    the next page under its rest is its own, not the section's before it). Also the index of
    that first line on the next page (None when the page does not break it)."""
    page = out[used[0]].prov.page
    later = next((m for m in used if out[m].prov.page != page), None)
    if later is None:
        return used[0], None
    on_first = [m for m in used if out[m].prov.page == page]
    beside = any(used[0] < i < later for i in _beside(out, on_first, set(used)))
    return (used[0] if beside else later), later
