"""Month grids on a PDF page: the twelve month names in rows of two to six (6x2, 4x3, 3x4, 2x6),
in one column of twelve, or in one row of twelve with each name's mark after it in its cell.

A grid is found by its names alone: lines of consecutive months (full,
3-letter or one-letter names; check glyphs between them go on with a row),
each row continuing the one above it, all rows as long and their names in
aligned columns, together January to December (a name broken over the lines of
its narrow cell, "Septiembr" over "e", joined first: `_mended_names`; two
half-year rows one under the other are one display). A column's names each stand
apart on their line (`month_grid_alone`). A month's cell runs from its name
down to the next row of names; a mark on a line of names belongs to the name
it follows, or, when the display's marks stand before their names (decided
once for the display, `_marks_side`: "☑ Marzo"), to the name right of it;
marks on both sides are a doubt.

A month is active when its cell holds a checked box or a check glyph (the
marks decide wherever there are any; the hollow half of a pair, ○ beside ●,
◯ beside ⬤, or an empty box, marks nothing; check glyphs of two kinds with no
hollow one to tell them apart are a doubt, said on `fechas_implementacion.meses`; boxes read by
their fill alone that meet another fill edge to edge are the grid's own drawn cells, no marks:
`_tiled`; in a one-column
display whose rows hold a pair of columns titled yes / no, "Mes | Sí | No", a mark under "No"
marks nothing and the titles are the display's header, not text: `_yes_no_titles`);
else when its cell differs from the
others in the one way that splits the twelve into two groups: a fill, a text
colour, a weight, or a strike-through. Which group is active: the unstruck
one; the one filled (names all on one shading, a header row: the fill of the
cells under them, white read as none; or the more saturated, else the darker fill; a pale grey
tint against unfilled cells says not which: a doubt); the bold
one; the coloured text against black or grey, else the darker text (greyed
names are inactive). When the ways that split
them disagree, or a way splits them into more than two groups, nothing is
read as marked and a note says so (aviso `lectura_dudosa`). Twelve names all
alike mark no month.

One-row displays of twelve without marks between the names, and rows of
names over rows of marks the month-table step (`grid.py`) reads, are left to
it.
"""

from __future__ import annotations

import functools
import statistics
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Generic, Literal, TypeVar, overload

from ...glyphs import YES_NO_TITLES, is_check_mark, is_empty_mark, is_negative_cross, printed_mark
from ...layout import MONTHS, UNCLEAR, Cell, Checkbox, CheckMethod, Provenance, ReaderNote, Table, ink_saturation
from ...settings import LAYOUT, LayoutSettings
from ...text import fold
from ...vocab import best_term, categories, month_forms, month_number
from .cell_ink import DOT_IN_EVERY_CELL, positive_drawing, unreadable_marks
from .cells import ruled_cells
from .geometry import (
    area,
    bbox,
    box_only,
    center,
    contains,
    contains_point,
    height,
    intersection,
    runs_by_gap,
    union,
    vertical_overlap,
    width,
)
from .marks import Mark, settle_fills
from .objects import Box, Shape, Word
from .page import PageObjects


@dataclass(frozen=True)
class Run:
    """Consecutive month names on one line, or one-letter initials (their months known only from
    where they stand in a grid: `months` None)."""

    words: list[Word]
    months: list[int] | None
    marks: tuple[int, ...] = ()  # ids of the check glyphs standing between the names (names inside marked cells)
    boxed: bool = False  # boxes the reader took out of the words stand between the names (`_boxes_between`)

    @property
    def top(self) -> float:
        return min(w["top"] for w in self.words)

    @property
    def size(self) -> float:
        return max(w["size"] for w in self.words)

    def months_from(self, first: int) -> list[int] | None:
        """The run's months when it starts at month `first`; None when it cannot."""
        wanted = [(first - 1 + i) % 12 + 1 for i in range(len(self.words))]
        if self.months is not None:
            return wanted if self.months == wanted else None
        initials = month_forms()["letter"]
        return wanted if [fold(w["text"]) for w in self.words] == [initials[m - 1] for m in wanted] else None


def _is_glyph(word: Word) -> bool:
    return glyph_text(word["text"], word["font"])


def _is_hollow(word: Word) -> bool:
    """A word of glyphs that leave a cell unmarked (○, ☐: `glyphs.is_empty_mark`)."""
    return hollow_text(word["text"], word["font"])


@functools.lru_cache(maxsize=1 << 12)
def glyph_text(text: str, font: str) -> bool:
    """Whether every character of `text`, in `font`, is a check glyph (`glyphs.is_check_mark`): asked
    of the words of every line, of a few texts and fonts."""
    return all(is_check_mark(ch, font) for ch in text)


@functools.lru_cache(maxsize=1 << 12)
def hollow_text(text: str, font: str) -> bool:
    """Whether `text`, in `font`, is glyphs that leave a cell unmarked (`glyphs.is_empty_mark`)."""
    return bool(text) and all(is_empty_mark(ch, font) for ch in text)


def _is_state_glyph(word: Word) -> bool:
    """A cell's mark either way: a check glyph, or a hollow one."""
    return _is_glyph(word) or _is_hollow(word)


def _alone(word: Word, names: list[Word], settings: LayoutSettings) -> bool:
    """Whether `word` stands apart on its line: no other word (check glyphs aside) within
    `month_grid_alone` font sizes of it, as a cell of a one-column display stands."""
    reach = settings.month_grid_alone * word["size"]
    return not any(w is not word and w["x0"] - reach < word["x1"] and word["x0"] < w["x1"] + reach for w in names)


def _set_alike(word: Word, before: Word, settings: LayoutSettings) -> bool:
    """Whether `word` is set at the size of the name `before` it (within `month_grid_size` of it):
    a display's names are set alike; a small-capital heading's larger first letter beside the
    last name ("F" of "FORMA" after "E F M") goes on with no run."""
    return abs(word["size"] - before["size"]) <= settings.month_grid_size * before["size"]


def _boxes_between(names: list[Word], boxes: Sequence[Box]) -> bool:
    """Whether drawn or glyph boxes (marks the reader took out of the words) stand on the line of
    `names` between them, one after each of two names at least: a one-row display's cells each
    holding its name and its box ("Ene ☐ Feb ☒ …")."""
    first, last = names[0], names[-1]
    reach = last["x1"] + LAYOUT.month_mark_room * last["size"]
    on_line = [b for b in boxes if vertical_overlap(b, first) > 0.5 and first["x1"] <= center(b)[0] <= reach]
    return len(on_line) >= LAYOUT.month_row_min_names


def _runs(line: list[Word], settings: LayoutSettings = LAYOUT, boxes: Sequence[Box] = ()) -> list[Run]:
    """The runs within one line (left to right) of settings.month_row_min_names to
    settings.month_row_max_names consecutive month names, or
    of as many one-letter initials of months; check glyphs between the names (a name and its mark
    in one cell) go on with a run. A name standing apart on its line (`_alone`) is a run of one: a
    row of a one-column display. A line of twelve names with marks between them is a run too: a
    one-row display with each name inside its marked cell, its marks glyphs or boxes (`boxes`: the
    page's marks, `_boxes_between`). The names of a run are set alike (`_set_alike`)."""
    initials = set(month_forms()["letter"])
    names = [w for w in line if not _is_state_glyph(w) and not _is_dash(w)]  # a dash beside a name marks none
    runs: list[Run] = []
    current: list[Word] = []
    marks: list[int] = []
    months: list[int] | None = None

    def flush() -> None:
        row = settings.month_row_min_names <= len(current) <= settings.month_row_max_names
        column = len(current) == 1 and _alone(current[0], names, settings)
        boxed = len(current) == 12 and not marks and _boxes_between(current, boxes)
        marked_twelve = len(current) == 12 and (bool(marks) or boxed)
        if row or column or marked_twelve:
            runs.append(Run(list(current), None if months is None else list(months), tuple(marks), boxed))

    for word in line:
        if current and _is_state_glyph(word):
            marks.append(id(word))
            continue
        number = month_number(word["text"])
        letter = fold(word["text"]) in initials and len(word["text"]) == 1
        alike = bool(current) and _set_alike(word, current[-1], settings)
        if alike and months is not None and number is not None and number == months[-1] % 12 + 1:
            current.append(word)
            months.append(number)
            continue
        if alike and months is None and letter:
            current.append(word)
            continue
        flush()
        current = [word] if number is not None or letter else []
        months = [number] if number is not None else None
        marks = []
    flush()
    return runs


def _chain(first: Run, runs: list[Run], settings: LayoutSettings) -> list[tuple[Run, list[int]]] | None:
    """The rows of a grid whose first row is `first` (January first): each next row the nearest
    run below that goes on with the months, as long as the first and aligned with it, within
    `month_grid_row_gap` font sizes; None when they do not make the twelve months."""
    months = first.months_from(1)
    if months is None:
        return None
    rows = [(first, months)]
    while len(months) < 12:
        last = rows[-1][0]
        below = [
            (r, found)
            for r in runs
            if last.top < r.top <= last.top + settings.month_grid_row_gap * last.size
            and len(r.words) == len(first.words)
            and (found := r.months_from(months[-1] % 12 + 1)) is not None
        ]
        if not below:
            return None
        nxt = min(below, key=lambda rf: rf[0].top)
        rows.append(nxt)
        months = months + nxt[1]
    one_row = len(rows) == 1 and (bool(first.marks) or first.boxed)
    if months != list(range(1, 13)) or (len(rows) < 2 and not one_row) or not _aligned([r for r, _ in rows], settings):
        return None
    return rows


def _centers(rows: list[Run]) -> list[float]:
    return [statistics.median(center(row.words[c])[0] for row in rows) for c in range(len(rows[0].words))]


def _aligned(rows: list[Run], settings: LayoutSettings) -> bool:
    """Whether the rows' names stand in columns: within `month_grid_align` column pitches of their
    column's centre, or (one column) each name's left edge or centre within `month_grid_align`
    font sizes of the others'."""
    if len(rows[0].words) == 1:
        words = [row.words[0] for row in rows]
        size = max(w["size"] for w in words)
        lefts, mids = [w["x0"] for w in words], [center(w)[0] for w in words]
        return any(max(xs) - min(xs) <= 2 * settings.month_grid_align * size for xs in (lefts, mids))
    centers = _centers(rows)
    pitch = (centers[-1] - centers[0]) / (len(centers) - 1)
    return pitch > 0 and all(
        abs(center(word)[0] - centers[c]) <= settings.month_grid_align * pitch
        for row in rows
        for c, word in enumerate(row.words)
    )


@dataclass(frozen=True)
class GridCell:
    month: int
    name: Word  # the name's word
    box: Box  # the cell: its column, from the name's top to the next row's


def _edges(rows: list[Run]) -> list[float]:
    """x of the columns' edges: halfway between the names' centres; a single column from one font
    size left of its names to `LAYOUT.month_mark_room` font sizes right of the widest (room for a mark after it),
    and the last of many columns as far at least (names left-aligned in their cells, a long one's mark
    after it: "Diciembre ●")."""
    if len(rows[0].words) == 1:
        words = [row.words[0] for row in rows]
        size = max(w["size"] for w in words)
        return [min(w["x0"] for w in words) - size, max(w["x1"] for w in words) + LAYOUT.month_mark_room * size]
    centers = _centers(rows)
    step = (centers[-1] - centers[0]) / (len(centers) - 1)
    last = max(
        row.words[-1]["x1"] + LAYOUT.month_mark_room * row.words[-1]["size"] for row in rows
    )  # a mark after a long name
    return [centers[0] - step / 2, *((a + b) / 2 for a, b in pairwise(centers)), max(centers[-1] + step / 2, last)]


def _ruled_cell(name: Word, others: Sequence[Word], ruled: Sequence[Shape], settings: LayoutSettings) -> Box | None:
    """The ruled cell a name stands in (the smallest holding its centre) joined with the cells of
    its table row right of it (touching, same top and bottom within `cell_snap` points) up to the
    cell of another of the display's names (`others`): a name | mark row, or a grid's name cell with
    the mark cells after it; None when no ruled cell holds the name."""
    own = min((c for c in ruled if contains_point(c, center(name))), key=area, default=None)
    if own is None:
        return None
    row, snap = box_only(own), settings.cell_snap
    while True:
        nxt = next(
            (
                c
                for c in ruled
                if abs(c["x0"] - row["x1"]) <= snap
                and abs(c["top"] - own["top"]) <= snap
                and abs(c["bottom"] - own["bottom"]) <= snap
            ),
            None,
        )
        if nxt is None or any(contains_point(nxt, center(w)) for w in others):
            return row
        row["x1"] = nxt["x1"]


def _in_ruled_cells(cells: list[GridCell], ruled: Sequence[Shape], settings: LayoutSettings) -> list[GridCell]:
    """A display drawn as a ruled table: each month's cell is the ruled cell its name stands in, with
    the cells after it in its row (`_ruled_cell`: a one-column display's name | mark rows, a grid's
    name | mark pairs), not the cell the names' centres give (names set at their cells' left edge
    stand left of the cells' middles: the grid's frame, shifted, would leave the table cell holding
    it). Unchanged unless every name stands in a ruled cell of its own (names in one outer cell
    stand in no ruled grid)."""
    names = [cell.name for cell in cells]
    rows = [_ruled_cell(cell.name, [w for w in names if w is not cell.name], ruled, settings) for cell in cells]
    if any(row is None for row in rows) or len({tuple(sorted(r.items())) for r in rows if r}) < len(rows):
        return cells
    reach = [None if row is None else _with_cell_under(row, ruled, names, settings) for row in rows]
    return [
        GridCell(cell.month, cell.name, _down_to_the_next_names(row, cell.box))
        for cell, row in zip(cells, reach, strict=True)
        if row is not None
    ]


def _with_cell_under(row: Box, ruled: Sequence[Shape], names: Sequence[Word], settings: LayoutSettings) -> Box:
    """A name's ruled cell (`_ruled_cell`) joined with the ruled cell right under it, its own width
    (sides within `cell_snap` points) and holding no name: a grid's row of names over a row of mark
    cells marks each month in the cell under its name, however tall that row is (the marks of the
    last row may stand lower than the names' pitch gives: an empty row above it was thinner)."""
    snap = settings.cell_snap
    under = next(
        (
            c
            for c in ruled
            if abs(c["top"] - row["bottom"]) <= snap
            and abs(c["x0"] - row["x0"]) <= snap
            and abs(c["x1"] - row["x1"]) <= snap
            and not any(contains_point(c, center(w)) for w in names)
        ),
        None,
    )
    return row if under is None else {**row, "bottom": under["bottom"]}


def _down_to_the_next_names(ruled: Box, frame: Box) -> Box:
    """A month's ruled cell (`_ruled_cell`) reaching down as far as its place in the grid's frame
    (`_cells`: from its name to the next row of names): a grid of name rows each over a row of mark
    cells ("Enero ... Junio" over "X" cells) marks a month in the cell under its name."""
    return {**ruled, "top": min(ruled["top"], frame["top"]), "bottom": max(ruled["bottom"], frame["bottom"])}


def _cells(chain: list[tuple[Run, list[int]]]) -> list[GridCell]:
    rows = [r for r, _ in chain]
    edges = _edges(rows)
    tops = [row.top for row in rows]
    pitch = statistics.median(b - a for a, b in pairwise(tops)) if len(tops) > 1 else 2.0 * rows[0].size
    bottoms = [*tops[1:], tops[-1] + pitch]
    cells = []
    for r, (row, months) in enumerate(chain):
        for c, (word, month) in enumerate(zip(row.words, months, strict=True)):
            box: Box = {
                "x0": edges[c],
                "x1": edges[c + 1],
                "top": tops[r] - 0.25 * row.size,
                "bottom": bottoms[r] - 0.25 * row.size,
            }
            cells.append(GridCell(month, word, box))
    return cells


# --- the ways a cell can differ ----------------------------------------------------------------


def _fill(cell: GridCell, page: PageObjects, settings: LayoutSettings) -> tuple[str, float] | None:
    """(colour, luminance) of the smallest fill holding the name's centre, no larger than
    `month_grid_fill_cells` cells; else of the largest fill inside the cell, or centred in it and no
    larger (a ruled row's mark cell shaded beside its name; a ruled grid's mark cell under its name,
    drawn down to the rule under which the next row's names stand); None when unfilled. A shape no
    thicker than `month_grid_rule` is a rule (a cell's border, a strike-through), never a cell's fill:
    cells drawn edge to edge, their borders fall inside the cells the names' centres give, unevenly,
    as the names' lengths differ."""
    limit = settings.month_grid_fill_cells * area(cell.box)
    shapes = [s for s in page.shapes if min(width(s), height(s)) > settings.month_grid_rule]
    fills = [
        (s, lum)
        for s in shapes
        if s["fill"]
        and (lum := s["fill_lum"]) is not None
        and area(s) <= limit
        and contains_point(s, center(cell.name))
    ]
    smallest = min(fills, key=lambda fill: area(fill[0]), default=None)
    if smallest is None:
        pad = settings.cell_snap
        inside = [
            (s, lum)
            for s in shapes
            if s["fill"]
            and (lum := s["fill_lum"]) is not None
            and area(s) > 0
            and (contains(cell.box, s, pad=pad) or (contains_point(cell.box, center(s)) and area(s) <= area(cell.box)))
        ]
        smallest = max(inside, key=lambda fill: area(fill[0]), default=None)
    return None if smallest is None else (smallest[0]["fill_color"] or "", smallest[1])


def _fill_under(cell: GridCell, page: PageObjects, settings: LayoutSettings) -> tuple[str, float] | None:
    """(colour, luminance) of the largest fill in the cell below its name (its top no higher than
    the name's bottom, its centre in the cell and no larger than it): the body cell under a name
    that stands on a shaded header cell; None when unfilled or filled white (`month_white`)."""
    fills = [
        s
        for s in page.shapes
        if s["fill"]
        and s["fill_lum"] is not None
        and min(width(s), height(s)) > settings.month_grid_rule
        and s["top"] >= cell.name["bottom"] - settings.cell_snap
        and contains_point(cell.box, center(s))
        and 0 < area(s) <= area(cell.box)
    ]
    largest = max(fills, key=area, default=None)
    if largest is None or largest["fill_lum"] is None or largest["fill_lum"] >= settings.month_white:
        return None
    return largest["fill_color"] or "", largest["fill_lum"]


def _struck(cell: GridCell, page: PageObjects, settings: LayoutSettings) -> bool:
    word = cell.name
    low, high = word["top"] + 0.25 * height(word), word["bottom"] - 0.15 * height(word)
    return any(
        height(s) <= settings.month_grid_rule
        and low <= (s["top"] + s["bottom"]) / 2 <= high
        and min(s["x1"], word["x1"]) - max(s["x0"], word["x0"]) >= settings.month_grid_strike * width(word)
        for s in page.strokes + page.shapes
    )


V = TypeVar("V", bound=Hashable)


@dataclass(frozen=True)
class Way(Generic[V]):
    """One way the cells may differ: each cell's value (hashable, alike values equal) and which
    of two values marks the active group."""

    name: str
    method: CheckMethod
    values: Sequence[V]
    active: Callable[[V, V], V]
    undecided: Callable[[V, V], str | None] = lambda a, b: None  # why the two values say no active group

    def kinds(self) -> set[V]:
        """The values the cells show, each once."""
        return set(self.values)

    def first_group(self, months: Sequence[int]) -> frozenset[int]:
        """The months (one per cell, in `values` order) whose cells show the first of `kinds`."""
        first = next(iter(self.kinds()))
        return frozenset(m for m, v in zip(months, self.values, strict=True) if v == first)

    def active_months(self, months: Sequence[int]) -> set[int]:
        """The months whose cells show the active one of the way's two values."""
        a, b = self.kinds()
        chosen = self.active(a, b)
        return {m for m, v in zip(months, self.values, strict=True) if v == chosen}


_Fill = tuple[str, float] | None  # a cell's fill: (colour, luminance), None when unfilled
AnyWay = Way[bool] | Way[_Fill] | Way[float | None]


@overload
def _quantised(value: float, step: float) -> float: ...
@overload
def _quantised(value: float | None, step: float) -> float | None: ...
def _quantised(value: float | None, step: float) -> float | None:
    return None if value is None else round(value / step) * step


def _backdrop(cells: list[GridCell], page: PageObjects, settings: LayoutSettings) -> str | None:
    """The colour ("RRGGBB") of the coloured panel the display stands on (its smallest filled shape
    holding every name, larger than `month_grid_fill_cells` cells and darker than `box_panel_light`);
    None on paper or a light card."""
    names = union([c.name for c in cells])
    limit = settings.month_grid_fill_cells * max(area(c.box) for c in cells)
    holding = [
        s
        for s in page.shapes
        if s["fill"] and s["fill_lum"] is not None and s["fill_color"] and area(s) > limit and contains(s, names)
    ]
    panel = min(holding, key=area, default=None)
    if panel is None or (panel["fill_lum"] or 0.0) >= settings.box_panel_light:
        return None
    return panel["fill_color"]


def _alike(a: str, b: str, settings: LayoutSettings) -> bool:
    """Two "RRGGBB" colours alike: each channel within `box_panel_alike` of full scale."""
    if len(a) != 6 or len(b) != 6:
        return False
    return all(abs(int(a[i : i + 2], 16) - int(b[i : i + 2], 16)) <= settings.box_panel_alike * 255 for i in (0, 2, 4))


def _ways(cells: list[GridCell], page: PageObjects, settings: LayoutSettings) -> list[AnyWay]:
    step = settings.month_grid_lum_step
    fills = [_fill(c, page, settings) for c in cells]
    if None not in fills and len(set(fills)) == 1:  # the names all on one shading (a header row): the cells under them
        fills = [_fill_under(c, page, settings) for c in cells]
    fill_values: list[_Fill] = [None if f is None else (f[0], _quantised(f[1], step)) for f in fills]

    backdrop = _backdrop(cells, page, settings)

    def filled(a: _Fill, b: _Fill) -> _Fill:
        if a is None or b is None:
            return a if b is None else b
        if backdrop is not None and _alike(a[0], backdrop, settings) != _alike(b[0], backdrop, settings):
            return b if _alike(a[0], backdrop, settings) else a  # a cell in its panel's own colour looks unfilled
        sat_a, sat_b = ink_saturation(a[0]), ink_saturation(b[0])
        if abs(sat_a - sat_b) >= settings.month_grid_saturation:
            return a if sat_a > sat_b else b
        return a if a[1] < b[1] else b

    def pale_against_none(a: _Fill, b: _Fill) -> str | None:
        """A pale grey tint against unfilled cells: the greyed months may be the inactive or the active."""
        fill = a if b is None else b if a is None else None
        if fill is None or ink_saturation(fill[0]) >= settings.month_grid_saturation:
            return None
        if fill[1] < settings.month_grid_pale:
            return None
        return "unas celdas de la grilla de meses tienen un relleno gris claro y otras ninguno: no se sabe cuáles marca"

    colours = [_quantised(c.name.get("lum"), step) for c in cells]
    saturation = {v: ink_saturation(c.name.get("ink") or "") for c, v in zip(cells, colours, strict=True)}

    def inked(a: float | None, b: float | None) -> float | None:
        """The coloured names (an accent against black or grey), else the darker ones."""
        if a is None or b is None:
            return a if b is None else b
        if abs(saturation[a] - saturation[b]) >= settings.month_grid_saturation:
            return a if saturation[a] > saturation[b] else b
        return a if a < b else b

    struck: Way[bool] = Way("tachado", "style", [_struck(c, page, settings) for c in cells], lambda a, b: False)
    bold: Way[bool] = Way("negrita", "style", [bool(c.name["bold"]) for c in cells], lambda a, b: True)
    return [
        struck,
        Way("relleno", "fill", fill_values, filled, pale_against_none),
        bold,
        Way("color", "style", colours, inked),
    ]


@dataclass(frozen=True)
class Reading:
    active: set[int]  # months
    method: CheckMethod
    doubt: str | None = None


def read_looks(cells: list[GridCell], page: PageObjects, settings: LayoutSettings = LAYOUT) -> tuple[Reading, int]:
    """How a display's cells (`cells`, numbered 1..12 at most in `month`) split by their look (a
    strike-through, a fill, a weight, a text colour: see the module's rules), and how many of these
    ways split them at all (0: every cell looks alike). The category list told by style reads its
    names this way (`styled.styled_marks`)."""
    ways = _ways(cells, page, settings)
    return _read_ways(cells, ways), sum(1 for way in ways if len(way.kinds()) > 1)


def _read_ways(cells: list[GridCell], ways: Sequence[AnyWay]) -> Reading:
    splits = [way for way in ways if len(way.kinds()) > 1]
    if not splits:
        return Reading(set(), "empty")
    if any(len(way.kinds()) > 2 for way in splits):
        names = ", ".join(way.name for way in splits if len(way.kinds()) > 2)
        return Reading(set(), "empty", f"las celdas de la grilla de meses difieren de más de dos maneras ({names})")
    months = [c.month for c in cells]
    partitions = {way.first_group(months) for way in splits}
    groups = {frozenset(p) for p in partitions} | {frozenset(set(months) - p) for p in partitions}
    if len(groups) > 2:
        names = ", ".join(way.name for way in splits)
        return Reading(
            set(), "empty", f"las celdas de la grilla de meses se dividen de maneras que no coinciden ({names})"
        )
    way = splits[0]
    doubt = way.undecided(*way.kinds())
    if doubt:
        return Reading(set(), "empty", doubt)
    active = way.active_months(months)
    if len(cells) == 12 and all((m in active) != (m % 12 + 1 in active) for m in range(1, 12)):
        return Reading(
            set(), "empty", f"las celdas de la grilla de meses alternan ({way.name}): no se leen como marcas"
        )
    return Reading(active, way.method)


def labelled(box: Box, words: Sequence[Word], settings: LayoutSettings = LAYOUT) -> bool:
    """A box with a word of text right after it on its line, within `month_label_gap` of the box's
    height (no check glyph, no month name): a labelled checkbox of a list printed over a month
    table (a text box LibreOffice prints over it), no month's mark."""
    reach = settings.month_label_gap * height(box)
    return any(
        vertical_overlap(w, box) > 0.5
        and 0 <= w["x0"] - box["x1"] <= reach
        and not _is_glyph(w)
        and month_number(w["text"]) is None
        for w in words
    )


Side = Literal["after", "before"]


def _row_names(box: Box, cells: list[GridCell]) -> list[Word]:
    """The names on the line `box` stands on (left to right): none when it stands on no line of names."""
    return sorted((c.name for c in cells if vertical_overlap(c.name, box) > 0.5), key=lambda w: w["x0"])


def _marks_side(boxes: Sequence[Box], cells: list[GridCell]) -> Side | None:
    """The side of their names a display's marks stand on, decided once for the display from the
    marks on its lines of names: "before" when a mark stands at a row's start, before its first name,
    and none after a row's last ("☑ Marzo"); "after" when one stands after a row's last name and none
    before a first ("Sep ✓"); with neither, the side every mark between two names stands nearer to
    (the gap from the name left of it against the gap to the name right of it; a mark set midway,
    the gaps within LAYOUT.month_mark_side_tie_ems of each other, counts for neither). None when the marks
    say both sides (a doubt: marks at rows' starts and ends, or every mark between names nearer the
    name on the other side than the rows' ends say); "after" when no mark stands on a line of names."""
    starts = ends = nearer_left = nearer_right = 0
    for box in boxes:
        names = _row_names(box, cells)
        if not names:
            continue
        mid = center(box)[0]
        if mid < names[0]["x0"]:
            starts += 1
        elif mid > names[-1]["x1"]:
            ends += 1
        else:
            left = max((w["x1"] for w in names if w["x1"] <= mid), default=None)
            right = min((w["x0"] for w in names if w["x0"] >= mid), default=None)
            if left is None or right is None:
                continue
            tie = LAYOUT.month_mark_side_tie_ems * names[0]["size"]  # a mark set midway between two names says no side
            if box["x0"] - left + tie < right - box["x1"]:
                nearer_left += 1
            elif right - box["x1"] + tie < box["x0"] - left:
                nearer_right += 1
    gaps: Side | None = None if nearer_left and nearer_right else "before" if nearer_right else "after"
    if starts and ends:
        return None
    if starts or ends:
        edge: Side = "before" if starts else "after"
        unanimous = gaps is not None and (nearer_left or nearer_right)
        return None if unanimous and gaps != edge else edge
    return gaps


def _round_a_name(box: Box, cells: list[GridCell]) -> bool:
    """Whether `box` (a mark) is drawn round a month's name (the name's centre inside it): a circle
    holding its initial, filled for an active month, outlined for the others, is that month's mark
    (the next cell's letter right of it labels nothing)."""
    return any(contains_point(box, center(c.name)) for c in cells)


_BY_FILL: frozenset[CheckMethod] = frozenset({"fill", "empty"})  # a box read by its fill alone


def _tiled(mark: Mark, page: PageObjects, settings: LayoutSettings) -> bool:
    """Whether a box read by its fill alone (`_BY_FILL`: no glyph or stroke in it) meets another
    fill edge to edge (within `cell_snap`, over `month_grid_tiled_side` of the side they share): a
    drawn table's cells (a name's shaded header cell over its body cell, body cells side by side),
    square enough to pass for checkboxes. A checkbox stands apart from the shapes around it."""
    box, snap, share = mark.box, settings.cell_snap, settings.month_grid_tiled_side
    for s in page.shapes:
        if not s["fill"] or min(width(s), height(s)) <= settings.month_grid_rule or contains(box, s, pad=snap):
            continue
        across = min(s["x1"], box["x1"]) - max(s["x0"], box["x0"])
        down = min(s["bottom"], box["bottom"]) - max(s["top"], box["top"])
        side_by_side = min(abs(s["x0"] - box["x1"]), abs(s["x1"] - box["x0"])) <= snap and down >= share * height(box)
        stacked = min(abs(s["top"] - box["bottom"]), abs(s["bottom"] - box["top"])) <= snap and across >= share * width(
            box
        )
        if side_by_side or stacked:
            return True
    return False


def _owner(box: Box, cells: list[GridCell], side: Side = "after") -> GridCell | None:
    """The cell a mark belongs to: on a line of names, the name it follows ("Sep ✓", whatever the
    name's length), or with the display's marks `side` "before" its names, the name it precedes
    ("☑ Sep"); else the cell holding its centre."""
    held = next((c for c in cells if contains_point(box, center(c.name))), None)
    if held is not None:
        return held  # a circle or box drawn round the name: the name's own mark
    mid = center(box)[0]
    on_line = [c for c in cells if vertical_overlap(c.name, box) > 0.5]
    if side == "before":
        ahead = [c for c in on_line if c.name["x0"] >= mid]
        if ahead:
            return min(ahead, key=lambda c: c.name["x0"])
    else:
        beside = [c for c in on_line if c.name["x1"] <= mid]
        if beside:
            return max(beside, key=lambda c: c.name["x1"])
    return next((c for c in cells if contains_point(c.box, center(box))), None)


def _mixed_marks(glyphs: list[Word]) -> str | None:
    """The doubt when a grid's cells print check glyphs of more than one affirmative kind (● in some,
    ■ or ✓ in others, no hollow half to tell): which kind marks a month cannot be told; else None.
    Crosses beside one affirmative kind (✓ / ✗) are the display's polarity (`layout.settle_crosses`)."""
    kinds = sorted({printed_mark(w["text"], w["font"]) for w in glyphs})
    if len([k for k in kinds if not is_negative_cross(k)]) < 2:
        return None
    return f"las celdas de la grilla de meses llevan marcas de más de una clase ({', '.join(kinds)}): no se leen"


def _read_marks(
    cells: list[GridCell], marks: list[Mark], glyphs: list[Word], hollows: Sequence[Box], side: Side | None
) -> Reading | None:
    """Months by the marks in their cells (`_owner`, the marks standing on `side` of their names):
    a checked box or a check glyph marks its month; an empty box, a hollow glyph (○ beside ●) or a
    mark under a "No" title (`hollows`: their boxes) leaves it unmarked; None when no cell holds one.
    A mark of the grid's own cells in more than one kind of check glyph is a doubt (`_mixed_marks`),
    and so are marks standing on both sides of the names (`side` None: `_marks_side`)."""
    if side is None:
        return Reading(
            set(),
            "empty",
            "las marcas de la grilla de meses están antes y después de los nombres: no se sabe de qué mes es cada una",
        )
    owned = [g for g in glyphs if _owner(g, cells, side) is not None]
    if doubt := _mixed_marks(owned):
        return Reading(set(), "empty", doubt)
    found = False
    active: set[int] = set()
    glyph: CheckMethod = "glyph"
    method = glyph
    read: list[tuple[Box, bool, CheckMethod]] = [(m.box, m.checked, m.method) for m in marks]
    read += [(g, False, glyph) for g in hollows]
    for box, checked, how in read + [(g, True, glyph) for g in glyphs]:
        cell = _owner(box, cells, side)
        if cell is None:
            continue
        found = True
        if checked:
            active.add(cell.month)
            method = how if how != "glyph" else method
    return Reading(active, method) if found else None


def _printed_right(cells: list[GridCell], found: Sequence[Box]) -> float:
    """Where a grid stands to on the right (x, points): its last column's own edge, as far right of
    that column's centre as half the column pitch (a single column: one font size right of its
    widest name, as its left edge stands left of its names), or the right edge of what is printed in
    it (its names, and the marks and glyphs `found` in its cells) when that reaches further. Its
    cells reach `LAYOUT.month_mark_room` font sizes past a last name to find a mark after it; what they found
    there is the grid's, the white they reached over is not (a grid at a CSS column's edge would
    otherwise stand in the gutter and hide it: trial 24 e14)."""
    names = [c.name for c in cells]
    lefts = sorted({c.box["x0"] for c in cells})
    if len(lefts) > 1:
        first, last = (
            statistics.median(center(c.name)[0] for c in cells if c.box["x0"] == x) for x in lefts[:: len(lefts) - 1]
        )
        own = last + (last - first) / (len(lefts) - 1) / 2
    else:
        own = max(w["x1"] for w in names) + max(w["size"] for w in names)
    return max(own, *(w["x1"] for w in names), *(b["x1"] for b in found))


def _printed_left(cells: list[GridCell], found: Sequence[Box], settings: LayoutSettings) -> float:
    """Where a grid stands from on the left (x, points): its cells' left edge, unless the names of
    its first column are left-aligned (their left edges within `month_grid_flush` font sizes, their
    right ones apart by more): then the left edge of what is printed there (those names, and the
    marks and glyphs `found` in the grid), `month_grid_flush` font sizes before it. A cell's
    edge is taken halfway between two columns' centres; names set at their cells' left edge put
    those centres right of the cells' own, and the first column's edge half a pitch before the
    names, in the white beside the grid (a grid at the head of a CSS grid's right column would
    otherwise stand in the gutter and hide it: trial 26 h05)."""
    left = min(c.box["x0"] for c in cells)
    first = [c.name for c in cells if c.box["x0"] == left]
    size = max(w["size"] for w in first)
    lefts, rights = [w["x0"] for w in first], [w["x1"] for w in first]
    reach = settings.month_grid_flush * size
    if len(first) < 2 or max(lefts) - min(lefts) > reach or max(rights) - min(rights) <= reach:
        return left
    printed = min(*lefts, *(b["x0"] for b in found))
    return max(left, printed - reach)


def _table(cells: list[GridCell], reading: Reading, page_number: int, right: float, left: float) -> Table:
    out = []
    for cell in sorted(cells, key=lambda c: c.month):
        out.append(
            Cell(
                0,
                cell.month - 1,
                text=cell.name["text"],
                bold=cell.name["bold"],
                prov=Provenance(page_number, bbox(cell.name)),
            )
        )
    for cell in sorted(cells, key=lambda c: c.month):
        prov = Provenance(page_number, bbox(cell.box))
        checked = cell.month in reading.active
        mark = Checkbox(True, None, reading.method, prov) if checked else None
        out.append(Cell(1, cell.month - 1, mark=mark, prov=prov))
    extent = union(c.box for c in cells)
    extent = {**extent, "x0": max(extent["x0"], left), "x1": min(extent["x1"], right)}
    table = Table(out, 12, Provenance(page_number, bbox(extent)))
    table.as_month_table(list(range(1, 13)))
    return table


def _mark_glyphs(table: Table, cells: list[GridCell], glyphs: list[Word], side: Side) -> Table:
    """`table` with each marked month's mark given the glyphs printed in its cell (`_owner`,
    `glyphs.printed_mark`) and their colour, for the display's polarity (`layout.settle_crosses`: ✓ / ✗)
    and its glyphs' colours (`layout.settle_glyph_inks`)."""
    printed: dict[int, str] = {}
    owned: dict[int, list[Word]] = {}
    for word in glyphs:
        owner = _owner(word, cells, side)
        if owner is not None:
            printed[owner.month] = printed.get(owner.month, "") + printed_mark(word["text"], word["font"])
            owned.setdefault(owner.month, []).append(word)
    for cell in table.cells:
        if cell.row > 0 and cell.mark is not None:
            cell.mark.glyph = printed.get(cell.col + 1, "")
            cell.mark.ink = glyphs_ink(owned.get(cell.col + 1, []))
    return table


def glyphs_ink(glyphs: Sequence[Word]) -> str | None:
    """The one text colour ("RRGGBB") of a cell's glyph words, None when unknown or not one (for the
    display's reading of its glyphs' colours: `layout.settle_glyph_inks`)."""
    inks = {w.get("ink") for w in glyphs}
    return inks.pop() if len(inks) == 1 else None


def _mark_pictures(table: Table, cells: list[GridCell], marks: list[Mark], side: Side) -> Table:
    """`table` with each marked month's mark given the design and ink of the picture mark in its
    cell (`_owner`), for the display's reading of pictures (`layout.settle_pictures`)."""
    pictures = {owner.month: m for m in marks if m.picture and (owner := _owner(m.box, cells, side)) is not None}
    for cell in table.cells:
        picture = pictures.get(cell.col + 1)
        if cell.row > 0 and cell.mark is not None and picture is not None:
            cell.mark.method, cell.mark.picture, cell.mark.picture_ink = "picture", picture.picture, picture.picture_ink
    return table


def month_grids(
    page: PageObjects, marks: list[Mark], words: list[Word], lines: list[list[Word]], settings: LayoutSettings = LAYOUT
) -> tuple[list[Table], list[ReaderNote], list[Mark], list[Word]]:
    """The page's month grids (`lines`: its free words grouped into lines, left to right), notes
    where the active months could not be told apart, and the marks and words the grids left."""
    boxes = [m.box for m in marks]
    named, pieces_of = _mended_names(words, settings)
    runs = [run for line in named for run in _runs(line, settings, boxes)]
    ruled = ruled_cells([*page.strokes, *page.shapes], settings) if runs else []
    tables: list[Table] = []
    notes: list[ReaderNote] = []
    taken: set[int] = set()
    for first in runs:
        if any(id(w) in taken for w in first.words):
            continue
        rows = _chain(first, [r for r in runs if not any(id(w) in taken for w in r.words)], settings)
        if rows is None:
            continue
        framed = _cells(rows)
        cells = _in_ruled_cells(framed, ruled, settings)
        if cells is framed:  # no ruled table's cells: the frame may reach up from the names instead
            marks_seen = [*boxes, *(w for w in words if _is_state_glyph(w))]
            cells = _cells_over_names(cells, rows, marks_seen, words, settings)
        dashes: list[Word] = []
        if len(rows[0][0].words) == 1:  # a one-column display: its marks may stand in a column of their own
            swatches = _swatches(cells, page, settings)
            cells, dashes = _mark_column(cells, words, [*boxes, *swatches], settings, _holders(cells, page))
        region = union(c.box for c in cells)
        pairs = _legend_marks(marks, region, settings)
        legend = grid_legend(cells, region, _with_words(lines, [w for w, _ in pairs]), settings)
        used = [m for w, m in pairs if _among(w, legend)]  # a legend's marks mark no month and no box
        marks = [m for m in marks if not any(m is u for u in used)]
        hollows = [w for w in words if _is_hollow(w) and contains_point(region, center(w)) and not _among(w, legend)]
        hollows += dashes
        glyphs = [
            w
            for w in words
            if _is_glyph(w) and not _is_hollow(w) and contains_point(region, center(w)) and not _among(w, legend)
        ]
        inside = [
            m
            for m in marks
            if contains_point(region, center(m.box))
            and (_round_a_name(m.box, cells) or not labelled(m.box, words, settings))
        ]
        drawn_cells: list[Mark] = []  # boxes that are the grid's own cells, read by their fills (`_ways`)
        if any(_tiled(m, page, settings) for m in inside if m.method in _BY_FILL):
            drawn_cells = [m for m in inside if m.method in _BY_FILL]
            inside = [m for m in inside if m.method not in _BY_FILL]
        inside += _drawn_ticks(page, region, marks, settings)
        unread, unread_doubt, unread_words = unreadable_marks(words, [c.box for c in cells])
        settle_fills(inside, settings)
        inside += unread
        taken.update(id(w) for w in unread_words)
        if unread_doubt:
            notes.append(ReaderNote(UNCLEAR, unread_doubt, Provenance(page.number, bbox(region)), campo=MONTHS))
        titles = _yes_no_titles(cells, lines, settings) if len(rows[0][0].words) == 1 else None
        said_no: list[Box] = []
        saying_yes = inside
        if titles is not None:  # a mark under the "No" title says no; the titles are the table's header
            header, between = titles
            said_no = [g for g in glyphs if center(g)[0] > between] + [
                m.box for m in inside if center(m.box)[0] > between
            ]
            taken.update(id(w) for w in [*header, *glyphs])
            glyphs = [g for g in glyphs if center(g)[0] <= between]
            saying_yes = [m for m in inside if center(m.box)[0] <= between]
        beside = [b for b in [*(m.box for m in saying_yes), *glyphs, *hollows, *said_no] if not _round_a_name(b, cells)]
        side = _marks_side(beside, cells)
        reading = _read_marks(cells, saying_yes, glyphs, [*hollows, *said_no], side) or _read_ways(
            cells, _ways(cells, page, settings)
        )
        if not reading.active and reading.doubt is None and _dot_in_every_cell(cells, page, settings):
            reading = Reading({c.month for c in cells}, "fill", DOT_IN_EVERY_CELL)
        elif not reading.active and reading.doubt is None and not inside and not glyphs:
            reading = Reading(set(), "empty", _one_strong_fill(cells, page, settings))
        printed = [*(m.box for m in inside), *glyphs, *hollows]
        table = _table(
            cells, reading, page.number, _printed_right(cells, printed), _printed_left(cells, printed, settings)
        )
        if legend:
            table.display_text = " ".join(w["text"] for w in legend)
            if table.prov.bbox is not None:
                x0, top, x1, bottom = table.prov.bbox
                own: Box = {"x0": x0, "top": top, "x1": x1, "bottom": bottom}
                table.prov = Provenance(page.number, bbox(union([own, *legend])))
            taken.update(id(w) for w in legend)
        tables.append(
            _mark_pictures(_mark_glyphs(table, cells, glyphs, side or "after"), cells, saying_yes, side or "after")
        )
        if reading.doubt:
            notes.append(ReaderNote(UNCLEAR, reading.doubt, Provenance(page.number, bbox(region)), campo=MONTHS))
        taken.update(id(w) for row, _ in rows for w in row.words)
        taken.update(id(piece) for row, _ in rows for w in row.words for piece in pieces_of.get(id(w), ()))
        taken.update(id(w) for w in [*glyphs, *hollows])
        marks = [m for m in marks if m not in inside and m not in drawn_cells]
    return tables, notes, marks, [w for w in words if id(w) not in taken]


def _one_strong_fill(cells: list[GridCell], page: PageObjects, settings: LayoutSettings) -> str | None:
    """A doubt when the twelve cells, no mark in any, are all filled in one colour that is no pale
    grey (saturated, `month_grid_saturation`, or darker than `month_grid_pale`): the fill that marks
    a month in a display of this kind may be in every cell (every month active) or be the grid's
    style; which is not read (trial 30 ed11). None otherwise."""
    if len(cells) != 12:
        return None
    fills = [_fill(c, page, settings) for c in cells]
    if None not in fills and len(set(fills)) == 1:  # the names all on one shading: the cells under them (`_ways`)
        fills = [_fill_under(c, page, settings) for c in cells]
    if len(set(fills)) != 1:
        return None
    fill = fills[0]
    if fill is None or fill[1] >= settings.month_white:
        return None
    if ink_saturation(fill[0]) < settings.month_grid_saturation and fill[1] >= settings.month_grid_pale:
        return None
    return (
        "todas las celdas de la grilla de meses tienen un mismo relleno de color: puede marcar todos los meses "
        "o ser el estilo de la grilla; no se leyó ningún mes"
    )


def _dot_in_every_cell(cells: list[GridCell], page: PageObjects, settings: LayoutSettings) -> bool:
    """Whether each of the twelve cells holds one solid dot of one colour apart from its name
    (`cell_ink.positive_drawing`: a filled disc `box_min` to `box_max` points, not over the name):
    a mark in every cell that no way splits, every month marked, or the grid's ornament."""
    if len(cells) != 12:
        return False
    colours: set[str] = set()
    for cell in cells:
        dots = [
            s
            for s in page.shapes
            if s["fill"]
            and s["fill_lum"] is not None
            and s["fill_lum"] < settings.month_white
            and settings.box_min <= min(width(s), height(s))
            and max(width(s), height(s)) <= settings.box_max
            and contains_point(cell.box, center(s))
            and not contains_point(s, center(cell.name))
        ]
        if len(dots) != 1 or positive_drawing(dots, settings) != "dot":
            return False
        colours.add(dots[0]["fill_color"] or "")
    return len(colours) == 1


def _mended_names(words: list[Word], settings: LayoutSettings) -> tuple[list[list[Word]], dict[int, list[Word]]]:
    """`words` grouped into lines (`grid.word_lines`), each line's month names broken over the lines
    of a narrow cell ("Septiembr" over "e") joined into one word over their boxes (`grid.mended_line`),
    and the pieces each joined name took (by the joined word's id): a grid row whose names do not
    all fit their cells is a row of names too."""
    from .grid import line_indices, mended_line  # grid reads `labelled` of this module

    lines = line_indices(words, settings)
    out: list[list[Word]] = []
    pieces_of: dict[int, list[Word]] = {}
    for at, line in enumerate(lines):
        mended = mended_line(words, lines, at, settings)
        if mended is None:
            out.append([words[i] for i in line])
            continue
        pool, indices, took = mended
        out.append([pool[i] for i in indices])
        pieces_of.update({id(pool[i]): [words[j] for j in parts] for i, parts in took.items()})
    return out, pieces_of


DASHES = frozenset("-–—·")  # a dash or dot in a display's mark column: the month has no mark ("Febrero –")


def _is_dash(word: Word) -> bool:
    return bool(word["text"]) and all(ch in DASHES for ch in word["text"])


def _holders(cells: list[GridCell], page: PageObjects) -> list[Shape]:
    """The drawn shapes (filled or outlined) holding every name of a display: the card, panel or
    table frame it stands in (no cell of one name)."""
    return [s for s in page.shapes if (s["fill"] or s["stroke"]) and all(contains(s, c.name) for c in cells)]


def _swatches(cells: list[GridCell], page: PageObjects, settings: LayoutSettings) -> list[Box]:
    """The filled shapes standing beside a one-column display's names as their marks may (a bar or
    swatch before or after each name, filled in one colour for the active months and another for
    the others: trial 27 ed14): on a name's line (sharing half its height), no taller than
    `month_swatch_height` nor wider than `month_swatch_width` of its font sizes, no rule, holding
    no name. `_mark_column` takes them as a column of marks when they make one."""
    out: list[Box] = []
    for shape in page.shapes:
        if (
            not shape["fill"]
            or shape["fill_lum"] is None
            or min(width(shape), height(shape)) <= settings.month_grid_rule
        ):
            continue
        for cell in cells:
            name, size = cell.name, cell.name["size"]
            if (
                vertical_overlap(shape, name) > 0.5
                and height(shape) <= settings.month_swatch_height * size
                and width(shape) <= settings.month_swatch_width * size
                and intersection(shape, name) <= 0
            ):
                out.append(box_only(shape))
                break
    return out


def _mark_column(
    cells: list[GridCell],
    words: list[Word],
    boxes: Sequence[Box],
    settings: LayoutSettings,
    holders: Sequence[Box] = (),
) -> tuple[list[GridCell], list[Word]]:
    """A one-column display whose marks stand in a column of their own right (or left) of the names,
    past the cells' reach ("Enero | –", "Agosto | ✓", or "✔ | Agosto": a side table's two columns):
    (the cells reaching it, the dashes in it, which mark no month). The column: on each name's line,
    the first thing beside the name on that side is a mark (a box of `boxes`, a check glyph, filled
    or hollow, or a dash), on at least two lines, with no word between, the marks' centres within
    `month_grid_alone` font sizes of their median (a column). A mark outside a drawn shape holding
    every name (`holders`: the display's card) is another region's (a category table's boxes in the
    card beside it, level with the names: browser seed 28290) and stands beside no name. Cells and
    no dashes unchanged when there is none on either side."""
    if holders:
        words = [w for w in words if all(contains(h, w) for h in holders)]
        boxes = [b for b in boxes if all(contains(h, b) for h in holders)]
    for after in (True, False):
        found = _column_beside(cells, words, boxes, after, settings)
        if found is None:
            continue
        marks, dashes = found
        if after:
            right = max(b["x1"] for b in marks) + 1.0
            return [GridCell(c.month, c.name, {**c.box, "x1": max(c.box["x1"], right)}) for c in cells], dashes
        left = min(b["x0"] for b in marks) - 1.0
        return [GridCell(c.month, c.name, {**c.box, "x0": min(c.box["x0"], left)}) for c in cells], dashes
    return cells, []


def _column_beside(
    cells: list[GridCell], words: list[Word], boxes: Sequence[Box], after: bool, settings: LayoutSettings
) -> tuple[list[Box], list[Word]] | None:
    """The marks of `_mark_column` on one side of the names (right when `after`) and the dashes
    among them; None when they make no column there."""
    found: list[Box] = []
    dashes: list[Word] = []
    for cell in cells:
        name = cell.name

        def beside(b: Box, name: Word = name) -> bool:
            return vertical_overlap(b, name) > 0.5 and (b["x0"] >= name["x1"] if after else b["x1"] <= name["x0"])

        near = [w for w in words if beside(w)]
        near_boxes = [b for b in boxes if beside(b)]
        key: Callable[[Box], float] = (lambda b: b["x0"]) if after else (lambda b: -b["x1"])
        first = min([*near, *near_boxes], key=key, default=None)
        if first is None:
            continue
        word = None if any(first is b for b in near_boxes) else next(w for w in near if w is first)
        if word is not None and not (_is_state_glyph(word) or _is_dash(word)):
            return None
        if (after and first["x1"] <= cell.box["x1"]) or (not after and first["x0"] >= cell.box["x0"]):
            continue  # within the cell's reach already
        found.append(first)
        if word is not None and _is_dash(word):
            dashes.append(word)
    if len(found) < 2:
        return None
    size = max(c.name["size"] for c in cells)
    mid = statistics.median(center(b)[0] for b in found)
    if any(abs(center(b)[0] - mid) > settings.month_grid_alone * size for b in found):
        return None
    return found, dashes


def _among(word: Word, found: Sequence[Word]) -> bool:
    return any(word is w for w in found)


def grid_legend(cells: list[GridCell], region: Box, lines: list[list[Word]], settings: LayoutSettings) -> list[Word]:
    """The words of a grid's legend ("● mes en que se ejecuta"): a run of a line (`lines`: the page's
    free words, left to right; runs end at gaps wider than `word_gap` font sizes) opening with a check
    glyph, filled or hollow, followed within `month_label_gap` of its height by words that are no
    glyph and no month name, standing in the grid's region (`region`) or on a line right under it
    (within `month_legend_gap` font sizes), starting within its width; not when a line holds several
    such runs each inside one cell (a mark and its word in each cell). The legend is the display's:
    its mark marks no month and its words are no text."""
    found: list[Word] = []
    for line in lines:
        entries = []
        for run in runs_by_gap(line, settings.word_gap):
            first = run[0]
            if len(run) < 2 or not _is_state_glyph(first) or _is_state_glyph(run[1]):
                continue
            if month_number(run[1]["text"]) is not None or any(first is c.name for c in cells):
                continue
            if run[1]["x0"] - first["x1"] > settings.month_label_gap * max(height(first), first["size"]):
                continue
            if not region["x0"] - settings.month_body_pad <= first["x0"] <= region["x1"]:
                continue
            if (
                best_term(" ".join(w["text"] for w in run[1:]), categories(), settings.month_legend_cutoff)[0]
                is not None
            ):
                continue  # a category list's line, no legend
            below = first["top"] - region["bottom"]
            if contains_point(region, center(first)) or 0 <= below <= settings.month_legend_gap * first["size"]:
                entries.append(run)
        in_cells = [
            any(c.box["x0"] <= min(w["x0"] for w in run) and max(w["x1"] for w in run) <= c.box["x1"] for c in cells)
            for run in entries
        ]
        if len(entries) > 1 and all(in_cells):
            continue
        found.extend(w for run in entries for w in run)
    return found


def _legend_marks(marks: Sequence[Mark], region: Box, settings: LayoutSettings) -> list[tuple[Word, Mark]]:
    """The marks (boxes read before the grids: "● implementado ○ sin actividad", a radio pair) standing
    where a grid's legend may start (`grid_legend`: on a line right under the grid, within
    `month_legend_gap` of their height, from its left edge), each with a word of its state's glyph
    ("●" checked, "○" not) at its box."""
    found: list[tuple[Word, Mark]] = []
    for mark in marks:
        size = height(mark.box)
        below = mark.box["top"] - region["bottom"]
        if 0 <= below <= settings.month_legend_gap * size and region["x0"] - size <= mark.box["x0"] <= region["x1"]:
            word: Word = {
                **mark.box,
                "text": "●" if mark.checked else "○",
                "font": "",
                "size": size,
                "bold": False,
                "lum": None,
                "ink": None,
                "seq": 0,
                "hyphen_apart": False,
                "across": None,
            }
            found.append((word, mark))
    return found


def _with_words(lines: list[list[Word]], words: list[Word]) -> list[list[Word]]:
    """`lines` with `words` each put on the line it stands on (the line's first word's middle within
    half its height of its own), left to right; on a line of its own when none."""
    out = [list(line) for line in lines]
    for word in words:
        middle = center(word)[1]
        home = next((line for line in out if line and abs(center(line[0])[1] - middle) <= height(word) / 2), None)
        if home is None:
            out.append([word])
        else:
            home.append(word)
            home.sort(key=lambda w: w["x0"])
    return out


def _drawn_ticks(page: PageObjects, region: Box, marks: Sequence[Mark], settings: LayoutSettings) -> list[Mark]:
    """Ticks and crosses drawn as paths in a grid's cells (an SVG check mark under a month's name),
    as checked marks: strokes centred in `region`, each side `box_min` to `box_max` points (a cell's
    rule is thinner or longer), in no checkbox found (a box's own tick is the box's)."""
    low, high = settings.box_min, settings.box_max
    return [
        Mark(box_only(s), True, "vector")
        for s in page.strokes
        if low <= width(s) <= high
        and low <= height(s) <= high
        and contains_point(region, center(s))
        and not any(contains_point(m.box, center(s)) for m in marks)
    ]


def _yes_no_titles(
    cells: list[GridCell], lines: list[list[Word]], settings: LayoutSettings
) -> tuple[list[Word], float] | None:
    """The header of a one-column display whose rows each hold a name and a pair of columns titled
    yes / no ("Mes | Sí | No", `glyphs.YES_NO_TITLES`): the line just above the first name (within
    `month_grid_row_gap` font sizes) holding the two titles, right of the names, and nothing else but
    the names' column title over them ("Mes"). Returns (the header's words, the x in points halfway
    between the two titles' centres: a mark right of it stands under "No"); None when there is none."""
    yes, no = YES_NO_TITLES
    first = min(cells, key=lambda c: c.month).name
    left = min(c.name["x0"] for c in cells)
    right = max(c.name["x1"] for c in cells)
    for line in lines:
        if not first["top"] - settings.month_grid_row_gap * first["size"] <= line[0]["top"] < first["top"]:
            continue
        for a, b in pairwise(line):
            if fold(a["text"]) != yes or fold(b["text"]) != no or a["x0"] < right:
                continue
            over = [w for w in line if w["x1"] <= a["x0"] and w["x0"] < right and w["x1"] > left]
            if len(over) + 2 == len(line):
                return [*over, a, b], (center(a)[0] + center(b)[0]) / 2
    return None


def restyled_header(table: Table, page: PageObjects, settings: LayoutSettings = LAYOUT) -> ReaderNote | None:
    """A one-row month table (`grid.py`) whose body marks nothing, read by its names instead: when
    the twelve names differ in the one way that splits them in two (greyed, struck, filled, bold:
    the names are the cells), the active months' body cells get that mark. Returns a note when
    the names differ in ways that cannot be read (they disagree, or alternate month by month);
    None otherwise. Names all alike (an empty table's header) change nothing. The names being the
    cells, a body cell read as merged across months the names tell apart is cut into its months
    (`_one_cell_a_month`). A name broken over the lines of its narrow cell is read by its first
    piece over the whole name's box (`_header_name`)."""
    body = [c for c in table.cells if c.row > 0]
    header = sorted((c for c in table.cells if c.row == 0), key=lambda c: c.col)
    if len(header) != 12 or any(c.mark is not None and c.mark.checked for c in body):
        return None
    named = [_header_name(cell, page) for cell in header]
    if any(n is None for n in named):
        return None
    found = [n for n in named if n is not None]
    size = max(w["size"] for w, _ in found)
    cells = [
        GridCell(
            month,
            word,
            {
                "x0": whole["x0"] - size,
                "x1": whole["x1"] + size,
                "top": whole["top"] - size,
                "bottom": whole["bottom"] + size,
            },
        )
        for month, (word, whole) in zip(table.months, found, strict=True)
    ]
    reading = _read_ways(cells, _ways(cells, page, settings))
    if reading.doubt:
        return ReaderNote(UNCLEAR, reading.doubt, table.prov, campo=MONTHS)
    if reading.active:
        body = _one_cell_a_month(table, header, reading.active)
    for cell in body:
        months = {table.months[c] for c in range(cell.col, cell.col + cell.colspan) if c < len(table.months)}
        if months & reading.active and not cell.text:  # a cell holding text keeps its note (`unclear_month_cells`)
            cell.mark = Checkbox(True, None, reading.method, cell.prov)
    return None


def _header_name(cell: Cell, page: PageObjects) -> tuple[Word, Box] | None:
    """(the word that names a header cell's month, the box of the whole name) of a month table's
    header cell: the page word printed at the cell's box; for a name broken over the lines of its
    narrow cell and joined (`grid.mended_line`, "Ene" over "ro"), the first of its pieces (the
    topmost word inside the joined box: its look, fill and strike-through are the name's) and the
    joined box. None when no page word stands there."""
    if cell.prov.bbox is None:
        return None
    x0, top, x1, bottom = cell.prov.bbox
    whole: Box = {"x0": x0, "top": top, "x1": x1, "bottom": bottom}
    exact = next((w for w in page.words if cell.prov.bbox == bbox(w)), None)
    if exact is not None:
        return exact, whole
    pieces = [w for w in page.words if contains(whole, w) and w["text"].strip()]
    first = min(pieces, key=lambda w: (w["top"], w["x0"]), default=None)
    return None if first is None else (first, whole)


def _one_cell_a_month(table: Table, header: list[Cell], active: set[int]) -> list[Cell]:
    """The body cells of `table` with each cell spanning both months in `active` and months not in
    it (a row of named cells whose body, under the names, showed no rules: read as one merged
    cell) cut into one cell a month, halfway between the names' centres (`header`, by column);
    `table.cells` updated."""
    centres = [(c.prov.bbox[0] + c.prov.bbox[2]) / 2 if c.prov.bbox else 0.0 for c in header]
    cells: list[Cell] = []
    for cell in table.cells:
        span = range(cell.col, min(cell.col + cell.colspan, len(table.months)))
        mixed = len({table.months[c] in active for c in span}) > 1
        if cell.row == 0 or not mixed or cell.prov.bbox is None or cell.text:
            cells.append(cell)
            continue
        x0, top, x1, bottom = cell.prov.bbox
        for c in span:
            left = x0 if c == span[0] else (centres[c - 1] + centres[c]) / 2
            right = x1 if c == span[-1] else (centres[c] + centres[c + 1]) / 2
            cells.append(Cell(cell.row, c, prov=Provenance(cell.prov.page, (left, top, right, bottom))))
    table.cells = cells
    return [c for c in cells if c.row > 0]


def table_of_cells(cells: list[GridCell], reading: Reading, page_number: int, right: float) -> Table:
    """A display's month table from its cells and their reading: a header row of the names (as
    printed) over a body row whose active months are marked by `reading.method`; its box the cells'
    union, cut at `right` (x, points)."""
    return _table(cells, reading, page_number, right, left=float("-inf"))


def _beside_words(box: Box, words: Sequence[Word], x0: float, x1: float) -> bool:
    """Whether a word of text (no glyph, no month name) stands on `box`'s line between `x0` and `x1`
    (points: a display's edges): a mark on a line of words is a list's box (a category table's
    last row printed right over a month grid, browser harness seed 30179: «Otra: Regularización
    ✓» over "A"), not a mark over a month's name, which stands among marks only."""
    return any(
        vertical_overlap(w, box) > 0.5
        and x0 <= center(w)[0] <= x1
        and not _is_glyph(w)
        and month_number(w["text"]) is None
        for w in words
    )


def _cells_over_names(
    cells: list[GridCell],
    rows: list[tuple[Run, list[int]]],
    marks: Sequence[Box],
    words: Sequence[Word],
    settings: LayoutSettings,
) -> list[GridCell]:
    """A grid's cells reaching up from each name instead of down (`_cells`), when the display's marks
    stand over their names (a circle over "Enero", the name printed under it): decided once for the
    display, when marks stand in the band over its first row of names (a row pitch high, between its
    columns' edges, none with a word after it: a legend's "■ con actividad" over the grid says
    nothing) and none under its last row's names in that row's cell. Each name's cell then
    runs from the names of the row above (the band over the first row) down to its own name's
    bottom. Unchanged for a display of one row and when no mark says so (a ruled table's cells are
    not given here: their rules say where they are). A mark drawn round a name (`_round_a_name`) says
    nothing."""
    framed = [r for r, _ in rows]
    if len(framed) < 2:
        return cells
    tops = [row.top for row in framed]
    pitch = statistics.median(b - a for a, b in pairwise(tops))
    x0, x1 = min(c.box["x0"] for c in cells), max(c.box["x1"] for c in cells)
    first_bottom = max(w["bottom"] for w in framed[0].words)
    last = framed[-1]
    last_bottom = max(w["bottom"] for w in last.words)
    free = [b for b in marks if not _round_a_name(b, cells) and x0 <= center(b)[0] <= x1]
    above = [
        b
        for b in free
        if tops[0] - pitch < center(b)[1] < tops[0]
        and not labelled(b, words, settings)
        and not _beside_words(b, words, x0, x1)
    ]
    below = [b for b in free if last_bottom < center(b)[1] < last.top + pitch - 0.25 * last.size]
    if not above or below:
        return cells
    out = []
    for cell in cells:
        r = next(i for i, row in enumerate(framed) if any(w is cell.name for w in row.words))
        upper = first_bottom - pitch if r == 0 else max(w["bottom"] for w in framed[r - 1].words)
        out.append(GridCell(cell.month, cell.name, {**cell.box, "top": upper, "bottom": cell.name["bottom"]}))
    return out
