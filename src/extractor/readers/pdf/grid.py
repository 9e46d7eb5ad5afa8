"""Month tables on a PDF page.

A month table is a header line of month names (full, 3-letter, or the twelve
initials E F M A M J J A S O N D read by position, or twelve names each cut to its
first letters by a narrow cell, "… Nov Dici", the pieces of each set under it that
go on spelling it the header's: `_clipped_tails`; the numbers 1 to 12 after a
month caption, "Mes 1 2 ... 12": `_numbered_header`; names set up the page stand
on the line where they start: `_line_top`) over a body row. Twelve names set as
one run of words wrapped onto a second line are no header: one display of names
read by their looks (`_wrapped_names`, `month_grid.restyled_header`). Columns
are read from the header's positions; the body row's cells from its vertical
rules and the sides of its fills and outlines: a merged cell spans the
columns between two rules, but only where the header shows the columns the
body leaves undivided, and only while it holds marks in one column at most
and no bar or shading covers some of its columns and not the others.
A cell is active when it holds a checked box or a check glyph (the same glyph in every
cell in colours that split them into two groups: the group that stands out,
`layout.settle_glyph_inks`; drawn boxes filled with one colour beside white ones: the coloured,
`marks.settle_fills`), when a dark
bar covers it, or when it is shaded apart from the row's background; a fill
marks a column when it covers most of the column's width (`_column_fills`).
A table drawn as a ruled grid reads its rows from the rules: the header row is
the names' ruled cells, and every ruled row under it whose cells keep to the
header's columns is a body row (one row a year: the months are the union of
the rows' marks, `_ruled_rows`). The words of its label column ("Mes",
"Ejecución", "2023") are the table's, no text (`_label_column`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from ...glyphs import FILLED_MARKS, YES_NO_TITLES, printed_mark
from ...layout import Cell, Checkbox, Provenance, Table
from ...settings import LAYOUT, LayoutSettings
from ...template import heading_term, opens_a_heading
from ...text import fold
from ...vocab import (
    best_term,
    categories,
    header_months,
    month_display_captions,
    month_forms,
    month_names,
    month_number,
    says_of_months,
)
from .cells import ruled_cells
from .geometry import area, bbox, center, contains_point, height, union, vertical_overlap, width
from .marks import Mark, settle_fills
from .month_grid import glyph_text, glyphs_ink, hollow_text, labelled
from .objects import Box, Word
from .page import PageObjects


def _lines(words: list[Word], settings: LayoutSettings) -> list[list[int]]:
    """Indices of `words` grouped into lines, each left to right: top to bottom, a word joins the
    first line whose first word's top is within `month_line_shift` of that word's height of its own.

    Words come in order of their tops, so a line a word is too far below is too far above every
    word after it: it is no longer looked at (the first line that fits is the one it always was)."""
    rows: list[list[int]] = []
    open_rows: list[tuple[list[int], float, float]] = []  # (line, its first word's top, shift), oldest first
    tops = [_line_top(w) for w in words]
    for i in sorted(range(len(words)), key=lambda i: (tops[i], words[i]["x0"])):
        top = tops[i]
        for n, (row, ref_top, shift) in enumerate(open_rows):
            if abs(ref_top - top) < shift:
                row.append(i)
                del open_rows[:n]
                break
        else:
            open_rows.clear()
            tall = words[i]["size"] if words[i].get("across") else height(words[i])
            shift = settings.month_line_shift * max(tall, settings.month_line_min_height)
            rows.append([i])
            open_rows.append((rows[-1], top, shift))
    return [sorted(row, key=lambda i: words[i]["x0"]) for row in rows]


def _line_top(word: Word) -> float:
    """Where a word stands on its line: its top; a word set up the page (a table's column title
    turned, "Enero" read bottom to top) where it starts, one font size above its bottom, so names
    set up from one line are one line however long they are."""
    if word.get("across") == "btt":
        return word["bottom"] - word["size"]
    return word["top"]


def line_indices(words: list[Word], settings: LayoutSettings = LAYOUT) -> list[list[int]]:
    """Indices of `words` grouped into lines, each left to right (as the month steps group them)."""
    return _lines(words, settings)


def mended_line(
    words: list[Word], lines: list[list[int]], at: int, settings: LayoutSettings = LAYOUT
) -> tuple[list[Word], list[int], dict[int, list[int]]] | None:
    """Line `at` of `lines` (`line_indices`) with the month names broken over the lines below it
    joined (`_mended_line`); None when no name was joined."""
    return _mended_line(words, lines, at, settings)


def word_lines(words: list[Word], settings: LayoutSettings = LAYOUT) -> list[list[Word]]:
    """`words` grouped into lines, each left to right (as the month steps group them)."""
    return [[words[i] for i in line] for line in _lines(words, settings)]


def _attached(words: list[Word], line: list[int], start: int, end: int, settings: LayoutSettings) -> int:
    """How many words of `line` outside `line[start:end]` continue it: reached from it by gaps no
    wider than the widest gap inside it, in its font size (`para_size_diff`). Text of the next
    column on the same baseline, set apart by a gutter or another size, does not."""
    inside = [words[i] for i in line[start:end]]
    widest = max((b["x0"] - a["x1"] for a, b in pairwise(inside)), default=0.0)
    count = 0
    for step, edge in ((-1, start - 1), (1, end)):
        near = inside[0] if step < 0 else inside[-1]
        j = edge
        while 0 <= j < len(line):
            word = words[line[j]]
            gap = near["x0"] - word["x1"] if step < 0 else word["x0"] - near["x1"]
            if gap > widest or abs(word["size"] - near["size"]) > settings.para_size_diff:
                break
            count, near, j = count + 1, word, j + step
    return count


def _find_header(words: list[Word], line: list[int], settings: LayoutSettings) -> tuple[list[int], list[int]] | None:
    """(word indices, month numbers) of a month header within one line of words: it takes
    `month_header_share` of the words that continue it (`_attached`), so a sentence naming
    months is none."""
    tokens = [words[i]["text"] for i in line]
    numbered = _numbered_header(tokens)
    if numbered is not None:
        return line[numbered : numbered + 12], list(range(1, 13))
    fewest = settings.month_min
    named = [month_number(token) is not None for token in tokens]
    for start in range(len(tokens)):
        for end in range(len(tokens), start + fewest - 1, -1):
            if not (named[start] and named[end - 1]) and end - start != 12:
                continue  # no header: only the twelve initials name no month at its ends (none is read misread)
            if _listed_in_a_sentence(tokens[start:end]):
                continue
            months = header_months(tokens[start:end], fewest)
            if months and (end - start) >= settings.month_header_share * (
                end - start + _attached(words, line, start, end, settings)
            ):
                return line[start:end], months
    return None


NUMBERS = [str(n) for n in range(1, 13)]


def _numbered_header(tokens: Sequence[str]) -> int | None:
    """Where the months numbered 1 to 12 start in a line's `tokens` when a month display's caption
    titles them ("Mes 1 2 ... 12": `vocab.month_display_captions`): the twelve numbers in order, the
    caption right before them; None when the line holds no such header."""
    captions = month_display_captions()
    for start in range(1, len(tokens) - 11):
        if list(tokens[start : start + 12]) == NUMBERS and fold(tokens[start - 1].rstrip(":")) in captions:
            return start
    return None


LIST_MARKS = ",;"  # what follows an item of a list written in a sentence ("febrero, marzo, abril y mayo")


def _listed_in_a_sentence(tokens: Sequence[str]) -> bool:
    """Whether the names `tokens` are a list written in a sentence ("Meses: febrero, marzo, abril,
    ..."; a cell's "Feb, Mar, Abr"): LAYOUT.month_listed_names of them or more followed by a list mark
    (`LIST_MARKS`). A display's header sets its names apart by space or rules, never by commas."""
    return sum(token.rstrip()[-1:] in LIST_MARKS for token in tokens[:-1]) >= LAYOUT.month_listed_names


def _month_start(text: str) -> bool:
    """`text` begins a full month name ("Sept", "E"): a piece of a name broken over lines."""
    return fold(text) in _month_starts()


@functools.cache
def _month_starts() -> frozenset[str]:
    """Every beginning of a full month name (folded; one letter to the whole name): what `_month_start`
    asks of each word of every line."""
    return frozenset(name[:n] for name in month_forms()["full"] for n in range(1, len(name) + 1))


def _stack(words: list[Word], lines: list[list[int]], at: int, i: int, settings: LayoutSettings) -> list[int]:
    """Word `i` of line `at` and the words set right under it, line by line: each the one word of its
    line whose centre is nearer `i` than any other word of line `at`, in `i`'s size, its top within
    `month_stack_gap` of its size below the piece above (a name broken over the lines of a narrow cell),
    and made of letters (a check glyph right under a name is the body row's mark, no piece of it)."""
    head = words[i]
    others = [words[j] for j in lines[at] if j != i]
    pieces = [i]
    for line in lines[at + 1 : at + settings.month_stack_lines]:
        above = words[pieces[-1]]
        under = [
            j
            for j in line
            if words[j]["text"].isalpha()  # a piece of a name is letters: a mark under a name is the body's
            and abs(words[j]["size"] - head["size"]) <= settings.para_size_diff
            and 0 <= words[j]["top"] - above["bottom"] <= settings.month_stack_gap * words[j]["size"]
            and all(
                abs(center(words[j])[0] - center(head)[0]) < abs(center(words[j])[0] - center(o)[0]) for o in others
            )
            and head["x0"] - head["size"] <= center(words[j])[0] <= head["x1"] + head["size"]
        ]
        if len(under) != 1:
            break
        pieces.append(under[0])
    return pieces


def _clipped_tails(
    words: list[Word], lines: list[list[int]], at: int, named: list[tuple[int, int]], settings: LayoutSettings
) -> list[int]:
    """Indices of the words set right under the header's names (`named`: (index in `words` of a
    name on line `at`, its month)) that go on spelling their name (`_stack`: "Sep" over "tiem", the
    rest of a name broken over the lines of a narrow cell and cut off by the cell's height, so no
    whole name was joined): pieces of the header, no text."""
    full = month_names()
    tails: list[int] = []
    for i, month in named:
        spelled = fold(words[i]["text"])
        for j in _stack(words, lines, at, i, settings)[1:]:
            spelled += fold(words[j]["text"])
            if not any(n == month and name.startswith(spelled) for name, n in full.items()):
                break
            tails.append(j)
    return tails


def _joined_name(words: list[Word], pieces: list[int]) -> tuple[Word, list[int]] | None:
    """The longest month name the first two or more of `pieces` spell joined without spaces, as
    one word over their boxes, with the pieces it took; None when none does."""
    for n in range(len(pieces), 1, -1):
        taken = [words[j] for j in pieces[:n]]
        text = "".join(w["text"] for w in taken)
        if month_number(text) is not None:
            joined: Word = {**taken[0], **union(taken), "text": text}
            return joined, pieces[:n]
    return None


def _mended_line(
    words: list[Word], lines: list[list[int]], at: int, settings: LayoutSettings
) -> tuple[list[Word], list[int], dict[int, list[int]]] | None:
    """Line `at` with the month names broken over the lines below it joined (`_stack`, `_joined_name`):
    (the words with the joined names added at their end, the line's indices in them, the words each
    joined name took); None when no name was joined. Only a line of `month_min` or more words that
    begin month names is looked at."""
    line = lines[at]
    if sum(_month_start(words[i]["text"]) for i in line) < settings.month_min:
        return None
    pool, mended, took = list(words), [], {}
    for i in line:
        found = _joined_name(words, _stack(words, lines, at, i, settings)) if _month_start(words[i]["text"]) else None
        if found is None:
            mended.append(i)
            continue
        pool.append(found[0])
        mended.append(len(pool) - 1)
        took[len(pool) - 1] = found[1]
    return (pool, mended, took) if took else None


def _column_edges(centers: list[float]) -> list[float]:
    mids = [(a + b) / 2 for a, b in pairwise(centers)]
    step = (centers[-1] - centers[0]) / (len(centers) - 1)
    return [centers[0] - step / 2, *mids, centers[-1] + step / 2]


def _header_bottom(page: PageObjects, header: list[Word], settings: LayoutSettings) -> float:
    """The bottom of the header band: under its names, or of the fill behind one of them, or of the
    ruled or outlined cell a name stands in (the smallest holding its centre; a row as tall as a broken row title
    beside it, "Me s", leaves room under the names), no taller than `month_header_fill_max` points."""
    bottom = max(w["bottom"] for w in header)
    cells = ruled_cells([*page.strokes, *page.shapes], settings) + [s for s in page.shapes if s["stroke"]]
    for w in header:
        own = min((c for c in cells if contains_point(c, center(w))), key=area, default=None)
        if (
            own is not None
            and height(own) < settings.month_header_fill_max
            and not _holds_text_under(own, bottom, page)
        ):
            bottom = max(bottom, own["bottom"])
    for shape in page.shapes:
        if (
            shape["fill"]
            and any(contains_point(shape, center(w)) for w in header)
            and height(shape) < settings.month_header_fill_max
        ):
            bottom = max(bottom, shape["bottom"])
    return bottom


def _holds_text_under(box: Box, names_bottom: float, page: PageObjects) -> bool:
    """Whether `box` holds a word of `page` under the header's names (starting below `names_bottom`)
    that is no mark and no month's name: a line of text ("Abril a noviembre.") in it makes it the
    box of a form's field holding the display and its text, no header cell of one name."""
    return any(
        w["top"] >= names_bottom
        and contains_point(box, center(w))
        and not (_is_glyph(w) or _is_hollow(w))
        and month_number(w["text"]) is None
        for w in page.words
    )


def _drawn_body(
    page: PageObjects, x0: float, x1: float, top: float, line: float, settings: LayoutSettings
) -> float | None:
    """Lowest edge of the rules and fills that hang from the header's bottom (y `top`) between x
    `x0` and `x1`, when they reach `month_body_min` points or more below it; None when nothing
    draws a body row. They start at most `month_body_drop` points under the header's bottom, or
    `month_body_drop_lines` times the height of a header line (`line`, points) when more: a bar's
    track set a little under small initials."""
    bottom: float | None = None
    pad = settings.month_body_pad
    drop = max(settings.month_body_drop, settings.month_body_drop_lines * line)
    for obj in page.shapes + page.strokes:
        starts_here = top - settings.month_body_rise <= obj["top"] <= top + drop
        inside = obj["x0"] >= x0 - pad and obj["x1"] <= x1 + pad
        if starts_here and inside and obj["bottom"] - top < settings.month_body_max:
            bottom = max(bottom or 0.0, obj["bottom"])
    return None if bottom is None or bottom - top < settings.month_body_min else bottom


def _ruled_row(page: PageObjects, band: Box, settings: LayoutSettings) -> tuple[float, float] | None:
    """(y of the rule closing the header's row, y where the body row below it ends) when the names
    stand in the first row of a ruled grid: the first horizontal rule under the names spanning the
    table (`month_rule_span` of its width), with no word between, that the column rules crossing
    the names' band (`month_rule_columns` of them at least) run past by `month_body_min` points or
    more (a cell's padding sets the names well above the rule: Word and LibreOffice tables). The
    body ends at the next such rule the column rules reach, else where they end. None when the names
    stand in no ruled grid, or the rules under them close the table (no body row ruled below)."""
    span = settings.month_rule_span * width(band)
    rows = sorted(
        o["top"]
        for o in page.shapes + page.strokes
        if height(o) <= settings.month_rule_width
        and o["top"] >= band["bottom"]
        and min(o["x1"], band["x1"]) - max(o["x0"], band["x0"]) >= span
    )
    if not rows:
        return None
    rule = rows[0]
    if rule - band["bottom"] > settings.month_body_max or any(
        w["top"] >= band["bottom"] and w["bottom"] <= rule and band["x0"] <= center(w)[0] <= band["x1"]
        for w in page.words
    ):
        return None
    columns = [
        o["bottom"]
        for o in page.shapes + page.strokes
        if width(o) <= settings.month_rule_width
        and band["x0"] - settings.month_body_pad <= o["x0"] <= band["x1"] + settings.month_body_pad
        and o["top"] <= band["top"] + settings.month_body_rise
        and o["bottom"] >= rule + settings.month_body_min
    ]
    if len(columns) < settings.month_rule_columns:
        return None
    reach = min(max(columns), rule + settings.month_body_max)
    bottom = next(
        (y for y in rows[1:] if rule + settings.month_body_min <= y <= reach + settings.month_body_rise), reach
    )
    return rule, bottom


def _names_in_cells(page: PageObjects, header: list[Word], settings: LayoutSettings) -> bool:
    """Whether a month name stands inside a drawn cell of its own: a fill or outline round it (its
    centre inside), no taller than `month_header_fill_max` points and no wider than
    `month_name_cell` times the name (a pill, a shaded cell; not a band behind the whole row)."""
    return any(
        (shape["fill"] or shape["stroke"])
        and height(shape) < settings.month_header_fill_max
        and width(shape) <= settings.month_name_cell * width(w)
        and contains_point(shape, center(w))
        for shape in page.shapes
        for w in header
    )


def _boundaries(page: PageObjects, band: Box, min_width: float, settings: LayoutSettings) -> list[float]:
    """x of the vertical rules in a band, and of the sides of shapes at least `min_width` wide.

    Narrower shapes (a checkbox inside a cell) are no cell boundary.
    """
    xs: list[float] = []
    pad = settings.month_body_pad
    for obj in page.shapes + page.strokes:
        overlap = min(obj["bottom"], band["bottom"]) - max(obj["top"], band["top"])
        if (
            overlap < settings.month_band_overlap * height(band)
            or obj["x1"] < band["x0"] - pad
            or obj["x0"] > band["x1"] + pad
        ):
            continue
        if width(obj) <= settings.month_rule_width:
            xs.append((obj["x0"] + obj["x1"]) / 2)
        elif (obj.get("fill") or obj.get("stroke")) and width(obj) >= min_width:
            xs.extend((obj["x0"], obj["x1"]))
    return xs


def _cuts(
    edges: list[float], boundaries: list[float], settings: LayoutSettings, names: Sequence[Word] = ()
) -> set[int]:
    """Inner column edges (by index) that a boundary falls on, or, given the header's `names`, that a
    boundary falls between the two names either side of (a rule in the white between "Jun" and
    "Jul", however far from halfway between their centres: short names set at their cells' left)."""
    cuts: set[int] = set()
    for i in range(1, len(edges) - 1):
        tolerance = max(settings.month_cut_min, settings.month_cut_share * (edges[i + 1] - edges[i]))
        between = (names[i - 1]["x1"], names[i]["x0"]) if len(names) == len(edges) - 1 else None
        if any(abs(x - edges[i]) <= tolerance or (between and between[0] < x < between[1]) for x in boundaries):
            cuts.add(i)
    return cuts


def _segments(n_cols: int, cuts: set[int]) -> list[tuple[int, int]]:
    """Runs of columns between cuts: (first column, column count)."""
    starts = [0, *sorted(cuts), n_cols]
    return [(a, b - a) for a, b in pairwise(starts)]


def _body_cuts(
    page: PageObjects,
    header_band: Box,
    body: Box,
    edges: list[float],
    settings: LayoutSettings,
    names: Sequence[Word] = (),
) -> set[int]:
    """Where the body row's cells are divided.

    A body with no inner rules under a header that has them is one merged
    cell; with no rules in either, each column is a cell of its own (`_undivided`).
    """
    if _undivided(page, header_band, body, edges, settings):
        return set(range(1, len(edges) - 1))
    min_width = settings.month_cell_share * min(b - a for a, b in pairwise(edges))
    return _cuts(edges, _boundaries(page, body, min_width, settings), settings, names)


def _undivided(page: PageObjects, header_band: Box, body: Box, edges: list[float], settings: LayoutSettings) -> bool:
    """Whether neither the body row nor the header band shows a boundary on an inner column edge."""
    min_width = settings.month_cell_share * min(b - a for a, b in pairwise(edges))
    return not _cuts(edges, _boundaries(page, body, min_width, settings), settings) and not _cuts(
        edges, _boundaries(page, header_band, min_width, settings), settings
    )


def _column_fills(
    page: PageObjects, body: Box, edges: list[float], settings: LayoutSettings
) -> list[set[tuple[str | None, float]]]:
    """Per column, (colour, luminance) of each fill across the body row's middle, or lying within
    the body row (a bar on a track set lower than the row's middle), that covers at least
    `month_bar_cover` of the column's width: a cell's shading, the row's background, a bar spanning
    columns. A bar's rounded end that only grazes a column does not cover it."""
    mid_y = (body["top"] + body["bottom"]) / 2
    pad = settings.month_body_pad_in
    fills = [
        (s, lum)
        for s in page.shapes
        if s["fill"]
        and (lum := s["fill_lum"]) is not None
        and width(s) > settings.month_fill_min_width
        and (s["top"] <= mid_y <= s["bottom"] or body["top"] - pad <= s["top"] <= s["bottom"] <= body["bottom"] + pad)
        and settings.month_fill_min_rows * height(body) <= height(s) < settings.month_fill_max_rows * height(body)
    ]
    columns = []
    for a, b in pairwise(edges):
        columns.append(
            {
                (s["fill_color"], lum)
                for s, lum in fills
                if min(s["x1"], b) - max(s["x0"], a) >= settings.month_bar_cover * (b - a)
            }
        )
    return columns


def _shaded_columns(fills: list[set[tuple[str | None, float]]], settings: LayoutSettings) -> set[int]:
    """Columns under a dark bar, and columns shaded apart from the row's background.

    The background is the lightest colour every column shares (the table's own cells or band;
    a darker one shared too is shading over the whole year); without one, the lightest colour a
    column shows (none = white) is. A dark fill marks wherever it is.
    """
    shared = set.intersection(*fills) if fills else set()
    pool = shared or {fill for column in fills for fill in column}
    background = max(pool, key=lambda fill: fill[1])[0] if pool and (shared or all(fills)) else None
    active: set[int] = set()
    for i, column in enumerate(fills):
        if any(
            lum < settings.month_dark_bar or (lum < settings.month_white and colour != background)
            for colour, lum in column
        ):
            active.add(i)
    return active


def _cell_mark(marks: list[Mark], glyphs: list[Word], shaded: bool, prov: Provenance) -> Checkbox | None:
    """The mark of a month cell holding `marks` and `glyphs`; a glyph's mark keeps the glyph and its
    colour (a glyph word's, or a glyph read as a box: ■ standing in line with a checkbox list's boxes),
    for the display's reading of its glyphs' colours (`layout.settle_glyph_inks`)."""
    if marks:
        method = next((m.method for m in marks if m.checked), marks[0].method)
        picture = next((m for m in marks if m.picture), None)  # a picture's design, for `layout.settle_pictures`
        if picture is not None and method == "picture":
            return Checkbox(True, None, method, prov, picture=picture.picture, picture_ink=picture.picture_ink)
        read_as_box = marks[0].glyph if len(marks) == 1 and not glyphs else ""  # a ■ in line with a box list
        ink = marks[0].ink if read_as_box else None
        return Checkbox(any(m.checked for m in marks), None, method, prov, glyph=read_as_box, ink=ink)
    if glyphs:
        glyph = "".join(printed_mark(w["text"], w["font"]) for w in glyphs)
        bold = all(w.get("bold") for w in glyphs)
        return Checkbox(True, None, "glyph", prov, glyph=glyph, ink=glyphs_ink(glyphs), bold=bold)
    if shaded:
        return Checkbox(True, None, "shading", prov)
    return None


def _is_glyph(word: Word) -> bool:
    return glyph_text(word["text"], word["font"])


def _is_hollow(word: Word) -> bool:
    """A word of hollow glyphs (○ ◯, ☐: `glyphs.is_empty_mark`)."""
    return hollow_text(word["text"], word["font"])


def _hollows_paired(words: list[Word]) -> bool:
    """Whether the hollow glyphs of a month table's body (`words`) are the unmarked half of a pair:
    its body prints both hollow ones and their filled partner (○ beside ●), so ○ marks nothing. A
    hollow glyph with no filled one anywhere is no mark to read (a note: `unclear_month_cells`)."""
    hollow = any(_is_hollow(w) for w in words)
    filled = any(ch in FILLED_MARKS for w in words if _is_glyph(w) for ch in printed_mark(w["text"], w["font"]))
    return hollow and filled


@dataclass(frozen=True)
class Frame:
    """Where a month table lies: column edges, the header band and the body row."""

    edges: list[float]
    header: Box
    body: Box
    bare: bool = False  # names in cells of their own and no body row drawn under them: a body holds marks only
    rows: tuple[Box, ...] = ()  # body rows after the first (a ruled grid's further rows: one a year)

    @property
    def bottom(self) -> float:
        """The bottom of the table's last body row."""
        return max(b["bottom"] for b in [self.body, *self.rows])


def _frame(page: PageObjects, header: list[Word], settings: LayoutSettings, line: float | None = None) -> Frame:
    """The table's frame from its header; `line`: the height of one line of the header, when its
    names were broken over several lines (the band's height otherwise)."""
    edges = _column_edges([center(w)[0] for w in header])
    band: Box = {
        "x0": edges[0],
        "x1": edges[-1],
        "top": min(w["top"] for w in header),
        "bottom": _header_bottom(page, header, settings),
    }
    top = band["bottom"]
    height = line or max(w["bottom"] - w["top"] for w in header)
    drawn = _drawn_body(page, edges[0], edges[-1], top, height, settings)
    ruled = _ruled_row(page, band, settings) if drawn is None else None
    if ruled is not None:  # the header's cells close on a rule below its names: the body starts there
        band["bottom"], top = ruled[0], ruled[0]
        drawn = _drawn_body(page, edges[0], edges[-1], top, height, settings) or ruled[1]
    body: Box = {
        "x0": edges[0],
        "x1": edges[-1],
        "top": top,
        "bottom": drawn if drawn is not None else top + settings.month_body_rows * (line or top - band["top"]),
    }
    return Frame(edges, band, body, bare=drawn is None and _names_in_cells(page, header, settings))


def _own_ruled_cell(word: Word, ruled: list[Box]) -> Box | None:
    """The smallest ruled cell holding `word`'s centre; None when none does."""
    return min((c for c in ruled if contains_point(c, center(word))), key=area, default=None)


def _unreadable_row(inside: list[Word], marked: bool, settings: LayoutSettings) -> bool:
    """Whether a row under a month table's rows (`inside`: the words within its columns; `marked`:
    whether a box stands there too) is none of its rows: it holds words but no mark, a month's name
    (a row of names), or `month_prose_words` words or more (a line of text). A row of marks with a
    word or two among them ("pausa") is a row of the table: its cells' words are said in a note
    (`layout.unclear_month_cells`), not read as marks nor left as text."""
    texts = [w for w in inside if not (_is_glyph(w) or _is_hollow(w))]
    if not texts:
        return False
    return (
        not (marked or any(_is_glyph(w) for w in inside))
        or any(month_number(w["text"]) is not None for w in texts)
        or len(texts) >= settings.month_prose_words
    )


def _ruled_rows(
    page: PageObjects, header: list[Word], frame: Frame, words: list[Word], marks: list[Mark], settings: LayoutSettings
) -> Frame:
    """`frame` read from the rules of a table drawn as a ruled grid (`cells.ruled_cells`): when each
    name stands in a ruled cell of its own, all in one row, the columns are those cells (a name set
    left in its cell leaves its centre off the column's), the header band reaches down to their
    bottom and the body rows are the ruled rows under it, one after the other, as long as
    each row's cells (one under every name, all of one height within `cell_snap` points) keep to
    the header's columns (each cell's sides on the sides of the names' cells) and is no other row
    (`_unreadable_row`, of the words of `words` and the boxes of `marks` in it): a row a year ("2022"
    over its marks, "2023" over its own); a row of names ("Jul … Dic" under "Ene … Jun" and its
    marks) or of text ends them.
    `frame` itself when the names stand in no such grid."""
    snap = settings.cell_snap
    ruled: list[Box] = list(ruled_cells([*page.shapes, *page.strokes], settings))
    own = [_own_ruled_cell(w, ruled) for w in header]
    cells = [c for c in own if c is not None]
    if len(cells) < len(header) or len({(round(c["x0"]), round(c["top"])) for c in cells}) < len(cells):
        return frame
    if max(c["bottom"] for c in cells) - min(c["bottom"] for c in cells) > snap:
        return frame
    sides = [x for c in cells for x in (c["x0"], c["x1"])]
    edges = [cells[0]["x0"], *(c["x1"] for c in cells)]  # the columns are the names' cells (names set left in them)
    if any(b <= a for a, b in pairwise(edges)):
        return frame
    rows: list[Box] = []
    top = max(c["bottom"] for c in cells)
    while len(rows) < settings.month_ruled_rows:
        under = [
            next((d for d in ruled if abs(d["top"] - top) <= snap and d["x0"] < center(c)[0] < d["x1"]), None)
            for c in cells
        ]
        row = [d for d in under if d is not None]
        if len(row) < len(cells) or max(d["bottom"] for d in row) - min(d["bottom"] for d in row) > snap:
            break
        if not all(any(abs(d[side] - x) <= snap for x in sides) for d in row for side in ("x0", "x1")):
            break
        bottom = min(d["bottom"] for d in row)
        band: Box = {"x0": edges[0], "x1": edges[-1], "top": top, "bottom": bottom}
        inside = [w for w in words if contains_point(band, center(w))]
        if _unreadable_row(inside, any(contains_point(band, center(m.box)) for m in marks), settings):
            break
        rows.append(band)
        top = bottom
    if not rows:
        return frame
    bottom = max(frame.header["bottom"], rows[0]["top"])
    header_band: Box = {**frame.header, "x0": edges[0], "x1": edges[-1], "bottom": bottom}
    return replace(frame, edges=edges, header=header_band, body=rows[0], rows=tuple(rows[1:]))


def _titled_rows(frame: Frame, words: list[Word], held: set[int], marks: list[Mark], settings: LayoutSettings) -> Frame:
    """`frame` with the body rows set under its last one that a title in its label column opens: a
    line whose words left of the first column (within `month_title_reach` column pitches) title it
    ("2023") and whose words within the columns hold a mark (a check glyph, or a box of `marks`) and
    make no other row (`_unreadable_row`), starting within `month_grid_row_gap` font sizes under the
    row above. Each such
    row's band runs from the row above down as far under its line as its line lies under that row:
    a table printed without rules, or with its cells set apart, a row a year."""
    pitch = (frame.edges[-1] - frame.edges[0]) / max(1, len(frame.edges) - 1)
    left, right = frame.edges[0] - settings.month_title_reach * pitch, frame.edges[-1] + settings.month_body_pad
    first_col = frame.edges[0] + settings.month_body_pad
    free = [i for i in range(len(words)) if i not in held and not _in_body(frame, words[i], settings)]
    rows = list(frame.rows)
    for line in word_lines([words[i] for i in free if center(words[i])[1] > frame.bottom], settings):
        top = frame.bottom if not rows else rows[-1]["bottom"]
        titles = [w for w in line if w["x1"] <= first_col]
        cells = [w for w in line if w["x1"] > first_col and w["x0"] <= right]
        size = max(w["size"] for w in line)
        rise = min(w["top"] for w in line) - top
        if not titles or titles[0]["x0"] < left or rise > settings.month_grid_row_gap * size:
            break
        if all(_is_glyph(w) for w in titles):
            break
        bottom = max(w["bottom"] for w in line)
        band: Box = {"x0": frame.edges[0], "x1": frame.edges[-1], "top": top, "bottom": bottom + max(0.0, rise)}
        boxed = any(_within(band, m.box) for m in marks)
        if _unreadable_row(cells, boxed, settings) or not (boxed or any(_is_glyph(w) for w in cells)):
            break
        rows.append(band)
    return replace(frame, rows=tuple(rows))


def _said(run: list[Word]) -> str:
    return " ".join(w["text"] for w in run)


def _label_column(frame: Frame, words: list[Word], held: set[int], settings: LayoutSettings) -> set[int]:
    """Indices of the words (of `words`, but those of `held`: taken already) in the table's label
    column, level with its header or a body row: each run of words at word spacing that lies left of
    its first column and starts within `month_title_reach` column pitches of it (a line of text
    reaching farther left, or on into the columns, is no label) ("Mes" beside the names,
    "Ejecución", "Marque con X" or a year beside a row of marks); a run of marks alone only beside
    another title of its row (the "X" of "Marque con X" wrapped onto a line of its own). On a line
    holding marks in the columns (a row of the table) a run ends at the first column ("2023" beside a
    cell holding "pausa", set close to it in a table without rules). They title the display's rows:
    words of the table, no text. None when they read as a template heading (a form's label cell
    beside the table, "Fechas de implementación", is the section's heading)."""
    pitch = (frame.edges[-1] - frame.edges[0]) / max(1, len(frame.edges) - 1)
    left, pad = frame.edges[0] - settings.month_title_reach * pitch, settings.month_body_pad
    bands: list[Box] = [{**frame.header, "top": frame.header["top"] - pad}, frame.body, *frame.rows]
    bands[-1] = {**bands[-1], "bottom": bands[-1]["bottom"] + pad}

    def band_of(word: Word) -> int | None:
        return next((n for n, b in enumerate(bands) if b["top"] <= center(word)[1] <= b["bottom"]), None)

    level = [i for i in range(len(words)) if i not in held and band_of(words[i]) is not None]
    runs: list[list[Word]] = []
    for line in word_lines([words[i] for i in level], settings):
        marked = any(_is_glyph(w) for w in line if center(w)[0] > frame.edges[0])  # a row of the table's
        for word in line:
            last = runs[-1][-1] if runs else None
            near = last is not None and last in line and word["x0"] - last["x1"] <= settings.word_gap * word["size"]
            crossing = marked and last is not None and center(last)[0] <= frame.edges[0] < center(word)[0]
            if near and not crossing:
                runs[-1].append(word)
            else:
                runs.append([word])
    titles = [r for r in runs if r[0]["x0"] >= left and r[-1]["x1"] <= frame.edges[0] + pad]
    said = " ".join(_said(r) for r in titles)
    if any(heading_term(t)[0] is not None or opens_a_heading(t) for t in [said, *(_said(r) for r in titles)]):
        return set()  # a form's label cell beside the table ("Fechas de implementación"): the section's heading
    worded = {band_of(r[0]) for r in titles if not all(_is_glyph(w) or _is_hollow(w) for w in r)}
    return {i for r in titles if band_of(r[0]) in worded for i in level if any(words[i] is w for w in r)}


def _running_text_top(words: list[Word], settings: LayoutSettings) -> float | None:
    """The top of the first line of running text among `words`: `month_prose_words` words or more
    set one after another at word spacing (gaps under `label_word_gap` of their size), which no row
    of month cells prints; None when none. Marks ("X", "✓": `_is_glyph`) are no words of it: a row of
    narrow cells sets its marks that close (a month table in a Word form's value cell)."""
    tops = []
    for line in word_lines(words, settings):
        run = 1
        for a, b in pairwise(line):
            prose = not _is_glyph(a) and not _is_glyph(b)
            run = run + 1 if prose and 0 <= b["x0"] - a["x1"] <= settings.label_word_gap * a["size"] else 1
            if run >= settings.month_prose_words:
                tops.append(min(w["top"] for w in line))
                break
    return min(tops, default=None)


def _above_running_text(frame: Frame, words: list[Word], settings: LayoutSettings) -> Frame:
    """`frame` with its body row ending above the first line of running text inside it
    (`_running_text_top`): a paragraph printed under a display of names alone (a row of filled or
    greyed names, no body row drawn) is no body row of it."""
    inside = [w for w in words if _in_body(frame, w, settings)]
    top = _running_text_top(inside, settings)
    if top is None or top >= frame.body["bottom"]:
        return frame
    return replace(frame, body={**frame.body, "bottom": max(frame.body["top"], top)})


def _month_table(
    page: PageObjects, header: list[Word], frame: Frame, marks: list[Mark], words: list[Word], settings: LayoutSettings
) -> Table:
    edges, body, n_months = frame.edges, frame.body, len(header)

    def column_of(box: Box) -> int:
        return max(0, min(n_months - 1, sum(1 for e in edges[1:-1] if center(box)[0] > e)))

    shaded = _shaded_columns(_column_fills(page, body, edges, settings), settings)
    paired = _hollows_paired(words)
    cells = [
        Cell(0, i, text=w["text"], bold=w["bold"], prov=Provenance(page.number, bbox(w))) for i, w in enumerate(header)
    ]
    for start, span in _segments(n_months, _body_cuts(page, frame.header, body, edges, settings, header)):
        cols = set(range(start, start + span))
        seg_marks = [m for m in marks if column_of(m.box) in cols]
        seg_words = [w for w in words if column_of(w) in cols]
        marked_cols = {column_of(m.box) for m in seg_marks} | {column_of(w) for w in seg_words if _is_glyph(w)}
        # A merged cell holds one mark; marks in several of its columns, or a bar or shading over some
        # of its columns and not others, mean the columns were not merged.
        split = len(marked_cols) > 1 or (bool(shaded & cols) and not cols <= shaded)
        pieces = [(c, 1) for c in sorted(cols)] if split else [(start, span)]
        for first, count in pieces:
            piece = set(range(first, first + count))
            piece_words = [w for w in seg_words if column_of(w) in piece]
            prov = Provenance(page.number, (edges[first], body["top"], edges[first + count], body["bottom"]))
            hollow = "".join(w["text"] for w in piece_words if paired and _is_hollow(w))
            mark = _cell_mark(
                [m for m in seg_marks if column_of(m.box) in piece],
                [w for w in piece_words if _is_glyph(w)],
                bool(shaded & piece),
                prov,
            ) or (Checkbox(False, None, "glyph", prov, glyph=hollow) if hollow else None)
            text = " ".join(w["text"] for w in piece_words if not _is_glyph(w) and not (paired and _is_hollow(w)))
            cells.append(Cell(1, first, text=text, colspan=count, mark=mark, prov=prov))
    prov = Provenance(page.number, (edges[0], frame.header["top"], edges[-1], body["bottom"]))
    return Table(cells, n_months, prov, undivided=_undivided(page, frame.header, body, edges, settings))


def _add_legend(table: Table, legend: list[Word], boxes: list[Mark]) -> None:
    """Keep the legend's text on `table` (its words, and its boxes as ☒ / ☐ by their state, left to
    right) and stretch the table's box over it: the legend is the display's, no text of the section."""
    items: list[tuple[float, str, Box]] = [(w["x0"], w["text"], w) for w in legend]
    items += [(m.box["x0"], "☒" if m.checked else "☐", m.box) for m in boxes]
    items.sort(key=lambda item: item[0])
    table.display_text = " ".join(text for _, text, _ in items)
    box = table.prov.bbox
    if box is not None:
        boxes_of = [b for _, _, b in items]
        x0, top, x1, bottom = box
        table.prov = replace(
            table.prov,
            bbox=(
                min(x0, *(b["x0"] for b in boxes_of)),
                min(top, *(b["top"] for b in boxes_of)),
                max(x1, *(b["x1"] for b in boxes_of)),
                max(bottom, *(b["bottom"] for b in boxes_of)),
            ),
        )


def _in_cells(m: Mark, frame: Frame, broken: bool, words: list[Word], settings: LayoutSettings) -> bool:
    """Whether mark `m` is one of the table's: in its body row with no label of its own, or, when
    its names were broken over the lines of narrow cells (`broken`), inside the header band: a mark
    wrapped under its name, in the name's cell (the next cell's letters right of it label nothing),
    unless words that are no piece of a month name label it («☒ Otra: Regularización»: a category
    box LibreOffice prints over the table, Word seed 29133)."""
    if broken and _within(frame.header, m.box):  # unless a word that is no piece of a name labels it
        return not _labelled(m, words, settings)
    return _in_body(frame, m.box, settings) and not labelled(m.box, words, settings)


def _labelled(m: Mark, words: list[Word], settings: LayoutSettings) -> bool:
    """Whether words that are no piece of a month name (`_month_piece`) label mark `m`: a box of a
    list printed over the table, no month's mark."""
    return labelled(m.box, [w for w in words if not _month_piece(w["text"])], settings)


def _month_piece(text: str) -> bool:
    """Whether `text` is a piece of a month's full name («Octu», «embr», «e»: a name broken over the
    lines of a narrow cell), compared without case or accents."""
    piece = fold(text).strip(".,:;-")
    return bool(piece) and any(piece in name for name in month_forms()["full"])


def _marks_under_names_in_cells(frame: Frame, header: list[Word], marks: list[Mark]) -> list[Mark]:
    """The marks set under the names inside the header band (each name and its mark in one ruled
    cell: «Ene» over «●», no body row under them), when every column holding one holds one: the
    table's marks, one a month. [] when there are none, or a column holds more than one."""
    names_bottom = max(w["bottom"] for w in header)
    under = [m for m in marks if _within(frame.header, m.box) and m.box["top"] >= names_bottom]
    columns = [sum(1 for e in frame.edges[1:-1] if center(m.box)[0] > e) for m in under]
    return under if len(set(columns)) == len(columns) else []


def _in_body(frame: Frame, box: Box, settings: LayoutSettings) -> bool:
    return any(contains_point(b, center(box), pad=settings.month_body_pad_in) for b in [frame.body, *frame.rows])


def _lines_out_of(frame: Frame, words: list[Word], lines: list[list[int]], settings: LayoutSettings) -> set[int]:
    """Indices of the words of every run of a line (`lines`: indices of `words`, left to right; a run
    ends at a gap wider than `word_gap` font sizes) that reaches out of the table's columns: a word of
    it stands wholly left or right of the frame (past `month_body_pad` points). Such a run is a line
    of text set under the table (its next paragraph, close under a row of named cells whose body
    shows no rules), not a body cell's text: a cell's text stays within its table."""
    out: set[int] = set()
    left, right = (
        min(frame.edges[0], frame.body["x0"]) - settings.month_body_pad,
        frame.edges[-1] + settings.month_body_pad,
    )
    for line in lines:
        run: list[int] = []
        for i in [*line, -1]:
            if i >= 0 and (not run or words[i]["x0"] - words[run[-1]]["x1"] <= settings.word_gap * words[i]["size"]):
                run.append(i)
                continue
            inside = any(_in_body(frame, words[j], settings) for j in run)
            if inside and any(words[j]["x1"] < left or words[j]["x0"] > right for j in run):
                out.update(run)
            run = [i]
    return out


def _under_names(frame: Frame, header: list[Word], words: list[Word], free: list[int]) -> list[int]:
    """Indices (of `free`, indices of `words`) of the check glyphs set under the names inside the
    header band: a name's cell (a fill round the name reaching below it) holding its mark under the
    name ("Mar" over a white ■ in a dark cell). They are the cells' marks, no text."""
    names_bottom = max(w["bottom"] for w in header)
    return [
        i
        for i in free
        if _is_state_glyph(words[i]) and _within(frame.header, words[i]) and center(words[i])[1] > names_bottom
    ]


def _is_state_glyph(word: Word) -> bool:
    return _is_glyph(word) or _is_hollow(word)


def _legend(
    frame: Frame, words: list[Word], lines: list[list[int]], free: set[int], settings: LayoutSettings
) -> list[int]:
    """Indices of the words of the table's legend ("■ mes con actividad", "✓ = mes en que se
    ejecuta"): each run of a line (runs end at gaps wider than `word_gap` font sizes) that starts with
    a check glyph (filled or hollow) followed, within `month_label_gap` of its height, by a word that
    is no glyph and no month name, the run starting within the table's columns, on a line inside its
    body row or the first line under it (its top within `month_legend_gap` font sizes of the body's
    bottom); not when a line holds several such runs each within one column (a mark and its word in
    each of several cells, "✓ Sí"). A legend explains the marks: it is part of the display, neither a
    mark nor text."""
    left, right = min(frame.edges[0], frame.body["x0"]) - settings.month_body_pad, frame.edges[-1]
    bottom = frame.body["bottom"]
    found: list[int] = []
    for line in lines:
        line = [i for i in line if i in free]
        runs: list[list[int]] = []
        for i in line:
            if runs and words[i]["x0"] - words[runs[-1][-1]]["x1"] <= settings.word_gap * words[i]["size"]:
                runs[-1].append(i)
            else:
                runs.append([i])
        entries: list[list[int]] = []
        for run in runs:
            first = words[run[0]]
            if len(run) < 2 or not _is_key_mark(first) or not left <= first["x0"] <= right:
                continue
            nxt = words[run[1]]
            if _is_state_glyph(nxt) or month_number(nxt["text"]) is not None:
                continue
            if nxt["x0"] - first["x1"] > settings.month_label_gap * max(height(first), first["size"]):
                continue
            said = " ".join(words[i]["text"] for i in run[1:])
            if best_term(said, categories(), settings.month_legend_cutoff)[0] is not None or not says_of_months(said):
                continue  # a category list's line, or words of another region printed over the table: no legend
            inside = _in_body(frame, first, settings)
            under = 0 <= first["top"] - bottom + settings.month_body_pad_in <= settings.month_legend_gap * first["size"]
            if inside or under:
                entries.append(run)
        if len(entries) > 1 and all(_in_one_column(frame, [words[i] for i in run], settings) for run in entries):
            continue  # a mark and its word in each of several cells ("✓ Sí"): the body's cells, no legend
        found.extend(i for run in entries for i in run)
    return found


def _is_key_mark(word: Word) -> bool:
    """A legend's mark: a check glyph, filled or hollow, maybe with its ":" or "=" set close ("X:")."""
    key = word["text"].rstrip(":=")
    return bool(key) and _is_state_glyph({**word, "text": key})


def _in_one_column(frame: Frame, run: list[Word], settings: LayoutSettings) -> bool:
    """Whether the words of `run` stand within one column of the table (`month_body_pad` aside)."""
    x0, x1 = min(w["x0"] for w in run), max(w["x1"] for w in run)
    pad = settings.month_body_pad
    return any(a - pad <= x0 and x1 <= b + pad for a, b in pairwise(frame.edges))


def _legend_marks(
    frame: Frame, words: list[Word], free: set[int], marks: list[Mark], settings: LayoutSettings
) -> tuple[list[Mark], list[int]]:
    """The boxes a legend line prints as its marks ("☒ con actividad ☐ sin actividad": the reader
    took them for a checkbox list) and the indices of their words: marks on one line in the table's
    body row or the first line under it (as `_legend`), starting within its columns, each followed at
    word spacing by words that are no glyph, no month name and no category of the template (a
    category list set under a month display is no legend). ([], []) when there is none."""
    left, right = min(frame.edges[0], frame.body["x0"]) - settings.month_body_pad, frame.edges[-1]
    bottom = frame.body["bottom"]
    loose = [words[i] for i in free]
    zone = [
        m
        for m in marks
        if left <= m.box["x0"] <= right
        and labelled(m.box, loose, settings)
        and (
            _in_body(frame, m.box, settings)
            or 0 <= m.box["top"] - bottom + settings.month_body_pad_in <= settings.month_legend_gap * height(m.box)
        )
    ]
    if not zone or any(vertical_overlap(m.box, zone[0].box) <= 0.5 for m in zone):
        return [], []
    taken: list[int] = []
    for m in sorted(zone, key=lambda m: m.box["x0"]):
        stop = min((o.box["x0"] for o in zone if o.box["x0"] > m.box["x0"]), default=float("inf"))
        on_line = sorted(
            (i for i in free if vertical_overlap(words[i], m.box) > 0.5 and m.box["x1"] <= words[i]["x0"] < stop),
            key=lambda i: words[i]["x0"],
        )
        entry: list[int] = []
        near = m.box["x1"]
        for i in on_line:
            w = words[i]
            if w["x0"] - near > settings.word_gap * w["size"] or _is_state_glyph(w):
                break
            entry.append(i)
            near = w["x1"]
        text = " ".join(words[i]["text"] for i in entry)
        if not entry or month_number(words[entry[0]]["text"]) is not None:
            return [], []
        if best_term(text, categories(), settings.month_legend_cutoff)[0] is not None or not says_of_months(text):
            return [], []
        taken.extend(entry)
    return zone, taken


def _row_titles(
    frame: Frame, header: list[Word], words: list[Word], free: set[int], settings: LayoutSettings
) -> list[int]:
    """Indices of the words titling the table's rows in a label column left of its first column
    ("Mes" beside the names, "Ejecución" or "Marque con X" beside the marks; `free`: the words no
    table took): words within `month_title_reach` column pitches left of the columns (ending before
    the first of the `header` names at most) whose top lies
    in the header band or the body row, with the pieces set right under them (a title broken over
    the lines of a narrow cell, "Eje / cuc / ión": within `month_stack_gap` of its size below, over
    it; in a table of several rows, not under its last row: the first word of a line printed right
    under a table of one row a year, beside the years, is text, trial 28 ed20), each alone in the
    strip (its line does not go on further left). A word naming a number
    ("2023") says something of the dates and stays text, and so does a title printed as a template
    heading ("Fechas de implementación" in a form's label column)."""
    edges, pad = frame.edges, settings.month_body_pad
    pitch = (edges[-1] - edges[0]) / max(1, len(edges) - 1)
    reach = edges[0] - settings.month_title_reach * pitch
    column = [
        i
        for i in free
        if reach <= words[i]["x0"]
        and words[i]["x1"] <= max(edges[0] + pad, min(w["x0"] for w in header))
        and not any(words[j]["x0"] < reach and vertical_overlap(words[j], words[i]) > 0.5 for j in free)
    ]  # a word whose line goes on left of the reach is a line of another column's text, no title
    top, bottom = frame.header["top"] - pad, frame.body["bottom"]
    found = [i for i in column if top <= center(words[i])[1] <= bottom and not _is_key_mark(words[i])]  # a mark is none
    end = frame.bottom if frame.rows else float("inf")
    grown = True
    while grown:
        grown = False
        for i in column:
            if i in found:
                continue
            w = words[i]
            if center(w)[1] <= end and any(
                0 <= w["top"] - words[j]["bottom"] <= settings.month_stack_gap * w["size"]
                and w["x0"] < words[j]["x1"]
                and words[j]["x0"] < w["x1"]
                for j in found
            ):
                found.append(i)
                grown = True
    found = [i for i in found if not any(ch.isdigit() for ch in words[i]["text"])]
    said = " ".join(words[i]["text"] for i in sorted(found, key=lambda i: (words[i]["top"], words[i]["x0"])))
    if not found or heading_term(said)[0] is not None or opens_a_heading(said):
        return []
    return found


def _within(band: Box, box: Box) -> bool:
    return contains_point(band, center(box))


def _row_band(title: Word, frame: Frame) -> Box:
    """The band across the table's columns of the row whose title is `title`: half a font size above
    and below it."""
    pad = 0.5 * title["size"]
    return {"x0": frame.edges[0], "x1": frame.edges[-1], "top": title["top"] - pad, "bottom": title["bottom"] + pad}


def _marks_above(frame: Frame, words: list[Word], marks: list[Mark], settings: LayoutSettings) -> Frame:
    """`frame` with its body row above its header when the marks stand there: the body under the
    names holds no mark (no box, no check glyph), and the band right above the names (its top
    `month_grid_row_gap` font sizes up at most) holds marks only (check glyphs or boxes, at least
    one, on the line nearest above the names; no word of text on it): a month display printing its
    ✓ row over the row of names. `frame` itself otherwise."""
    inside = [w for w in words if _in_body(frame, w, settings)]
    if any(_is_glyph(w) for w in inside) or any(_in_body(frame, m.box, settings) for m in marks):
        return frame
    top, size = frame.header["top"], max(height(w) for w in words) if words else 0.0
    band: Box = {"x0": frame.edges[0], "x1": frame.edges[-1], "top": top, "bottom": top}
    near = [
        w
        for w in words
        if band["x0"] <= center(w)[0] <= band["x1"]
        and w["bottom"] <= top
        and top - w["top"] <= settings.month_grid_row_gap * w["size"]
    ]
    boxes = [
        m.box
        for m in marks
        if band["x0"] <= center(m.box)[0] <= band["x1"]
        and m.box["bottom"] <= top
        and top - m.box["top"] <= settings.month_grid_row_gap * height(m.box)
    ]
    found: list[Box] = [*near, *boxes]
    if not found:
        return frame
    nearest = max(found, key=lambda b: b["bottom"])  # the row right above the names, and no other
    row = [b for b in found if vertical_overlap(b, nearest) > 0]
    if not all(_is_glyph(w) for w in near if any(w is b for b in row)):
        return frame
    rise = max(top - min(b["top"] for b in row), size)
    body: Box = {**band, "top": top - rise - settings.month_body_pad_in, "bottom": top}
    return replace(frame, body=body)


def _marks_below(frame: Frame, words: list[Word], marks: list[Mark], settings: LayoutSettings) -> Frame:
    """`frame` with its body row reaching down to the line of marks under it when its body holds no
    mark and the first line under the header (within `month_grid_row_gap` font sizes) holds, within
    its columns, check glyphs only (at least one): a row of marks set lower than the body's height
    guessed from the header's (no rule drawn; a title beside it broken over lines makes the row
    tall). `frame` itself otherwise."""
    inside = [w for w in words if _in_body(frame, w, settings)]
    if any(_is_glyph(w) for w in inside) or any(_in_body(frame, m.box, settings) for m in marks):
        return frame
    top = frame.header["bottom"]
    under = [
        w
        for w in words
        if frame.edges[0] <= center(w)[0] <= frame.edges[-1]
        and w["top"] >= top - settings.month_body_pad_in
        and w["top"] - top <= settings.month_grid_row_gap * w["size"]
    ]
    if not under:
        return frame
    nearest = min(under, key=lambda w: w["top"])
    row = [w for w in under if vertical_overlap(w, nearest) > 0.5]
    if not all(_is_glyph(w) for w in row):
        return frame
    bottom = max(w["bottom"] for w in row) + settings.month_body_pad_in
    return replace(frame, body={**frame.body, "bottom": max(frame.body["bottom"], bottom)})


def _yes_no_rows(
    frame: Frame, words: list[Word], free: list[int], settings: LayoutSettings
) -> tuple[set[int], Box, Box] | None:
    """A month table's pair of body rows titled yes / no left of its first column ("Mes | Ene | …"
    over "Sí | X | …" and "No | | X …", `glyphs.YES_NO_TITLES`; `free`: the indices of `words` no
    table took): (the indices of the titles and of the words on the header's line left of the first
    column, "Mes"; the band of the row titled yes; that of the row titled no); None unless exactly
    one free word left of the columns (within `month_title_reach` column pitches) under the header
    reads yes and one reads no, within `month_grid_row_gap` font sizes under the header."""
    yes, no = YES_NO_TITLES
    pitch = (frame.edges[-1] - frame.edges[0]) / max(1, len(frame.edges) - 1)
    left = frame.edges[0]
    reach = left - settings.month_title_reach * pitch
    beside = [i for i in free if reach <= words[i]["x0"] and words[i]["x1"] <= left + settings.month_body_pad]
    top, gap = frame.header["bottom"], settings.month_grid_row_gap
    under = [i for i in beside if top - settings.month_body_pad <= words[i]["top"] <= top + gap * words[i]["size"]]
    said = [fold(words[i]["text"]) for i in under]
    if said.count(yes) != 1 or said.count(no) != 1:
        return None
    yes_word, no_word = words[under[said.index(yes)]], words[under[said.index(no)]]
    header_line = {
        i for i in beside if frame.header["top"] <= center(words[i])[1] <= frame.header["bottom"] and i not in under
    }
    titles = {under[said.index(yes)], under[said.index(no)], *header_line}
    return titles, _row_band(yes_word, frame), _row_band(no_word, frame)


def _rows_table(
    page: PageObjects, header: list[Word], frame: Frame, marks: list[Mark], words: list[Word], settings: LayoutSettings
) -> Table:
    """The month table of `frame`: its first body row read by `_month_table`, each further row
    (`Frame.rows`) read the same way from the marks and words whose centres it holds, as body rows
    2, 3, ... of one table (its months: the union of the rows' marks)."""
    if not frame.rows:
        return _month_table(page, header, frame, marks, words, settings)
    bands = [frame.body, *frame.rows]

    def row_of(box: Box) -> int:  # the band holding the centre of `box`; the first when none
        return next((r for r, b in enumerate(bands) if r and contains_point(b, center(box))), 0)

    table: Table | None = None
    for r, band in enumerate(bands):
        one = replace(frame, body=band, rows=())
        read = _month_table(
            page,
            header,
            one,
            [m for m in marks if row_of(m.box) == r],
            [w for w in words if row_of(w) == r],
            settings,
        )
        if table is None:
            table = read
            continue
        table.cells += [replace(c, row=r + 1) for c in read.cells if c.row > 0]
    assert table is not None
    if table.prov.bbox is not None:
        x0, top, x1, _ = table.prov.bbox
        table.prov = replace(table.prov, bbox=(x0, top, x1, frame.bottom))
    return table


def _wrapped_names(
    words: list[Word], lines: list[list[int]], at: int, header_idx: list[int], months: list[int]
) -> list[int] | None:
    """The indices of the names going on with the header `header_idx` (months `months`, from January)
    on the next line, when together they are the twelve names set as one run of words wrapped onto
    two lines: the header runs to its line's end, and the next line (within two font sizes below)
    starts at the header's left edge (within a font size) with the names of the months after it, up
    to December, and holds nothing else. None otherwise (a header over its body row)."""
    if months[0] != 1 or len(months) >= 12 or at + 1 >= len(lines) or lines[at][-1] != header_idx[-1]:
        return None
    first, nxt = words[header_idx[0]], lines[at + 1]
    size = first["size"]
    following = [month_number(words[i]["text"]) for i in nxt]
    if (
        following != list(range(months[-1] + 1, 13))
        or abs(words[nxt[0]]["x0"] - first["x0"]) > size
        or not 0 < words[nxt[0]]["top"] - first["top"] <= 2 * size
    ):
        return None
    return list(nxt)


def _names_table(page: PageObjects, names: list[Word]) -> Table:
    """A month display of the twelve names alone (`names`, January first), each its own cell: the
    month table whose body is unmarked, for `month_grid.restyled_header` to read by the names' looks."""
    cells = [
        Cell(0, m, text=w["text"], bold=w["bold"], prov=Provenance(page.number, bbox(w))) for m, w in enumerate(names)
    ]
    cells += [Cell(1, m, prov=Provenance(page.number, bbox(w))) for m, w in enumerate(names)]
    table = Table(cells, 12, Provenance(page.number, bbox(union(names))))
    table.as_month_table(list(range(1, 13)))
    return table


def month_tables(
    page: PageObjects, marks: list[Mark], words: list[Word], settings: LayoutSettings = LAYOUT
) -> tuple[list[Table], list[Mark], list[Word]]:
    """Month tables on the page (`words`: its free words), and the marks and words they left.

    Lines are those of all the free words; a header is looked for in each,
    and each table takes the words of its header and the free words in its
    body that an earlier table did not take.
    """
    tables = []
    taken: set[int] = set()  # indices in `words` of the words the tables found so far took
    lines = _lines(words, settings)
    for at, line in enumerate(lines):
        mended = _mended_line(words, lines, at, settings)
        found = _find_header(mended[0], mended[1], settings) if mended else None
        if found and mended:  # names broken over the lines of narrow cells, joined
            pool, _, took = mended
            header = [pool[i] for i in found[0]]
            header_idx = [j for i in found[0] for j in took.get(i, [i])]
            months, line_height = found[1], max(height(words[j]) for j in header_idx)
        else:
            line_height = None
            found = _find_header(words, line, settings)
            if not found:
                continue
            header_idx, months = found
            header = [words[i] for i in header_idx]
        wrapped = _wrapped_names(words, lines, at, header_idx, months) if not mended else None
        if wrapped is not None:  # one run of the twelve names wrapped onto the next line: no header of a table
            tables.append(_names_table(page, [words[i] for i in [*header_idx, *wrapped]]))
            taken.update([*header_idx, *wrapped])
            continue
        unjoined = [(i, m) for i, m in zip(found[0], months, strict=True) if i < len(words)]  # no joined name
        header_idx = header_idx + _clipped_tails(words, lines, at, unjoined, settings)
        frame = _ruled_rows(page, header, _frame(page, header, settings, line_height), words, marks, settings)
        if len(header) == 12:  # a whole year's names, which `month_grid.restyled_header` may read alone
            frame = _above_running_text(frame, [w for i, w in enumerate(words) if i not in header_idx], settings)
        rows = _yes_no_rows(frame, words, [i for i in range(len(words)) if i not in taken], settings)
        if rows is None:
            free = [i for i in range(len(words)) if i not in taken and i not in header_idx]
            frame = _marks_above(frame, [words[i] for i in free], marks, settings)
            frame = _marks_below(frame, [words[i] for i in free], marks, settings)
        titles: set[int] = set()
        said_no: set[int] = set()
        if rows is not None:  # the titles are the table's header; the body the row titled yes
            titles, yes_band, no_band = rows
            frame = replace(frame, body=yes_band, rows=())
            said_no = {
                i for i in range(len(words)) if i not in taken and _is_glyph(words[i]) and _within(no_band, words[i])
            }
            marks = [m for m in marks if not _within(no_band, m.box)]  # a mark under "No" says no
        frame = _titled_rows(frame, words, {*taken, *header_idx}, marks, settings) if rows is None else frame
        labels = _label_column(frame, words, {*taken, *titles, *header_idx}, settings)
        titles |= labels
        across = _lines_out_of(frame, words, [[i for i in line if i not in titles] for line in lines], settings)
        free_now = {i for i in range(len(words)) if i not in taken and i not in header_idx and i not in titles}
        titled = sorted(set(_row_titles(frame, header, words, free_now | labels, settings)) | labels)
        low = max([frame.body["bottom"], *(words[i]["bottom"] for i in titled)])
        west = min([frame.body["x0"], *(words[i]["x0"] for i in titled)])
        reach = replace(frame, body={**frame.body, "bottom": low, "x0": west})  # a legend stands under the titles too
        legend = titled + _legend(reach, words, lines, free_now - set(titled), settings)
        legend_boxes, legend_words = _legend_marks(reach, words, free_now - set(legend), marks, settings)
        legend += legend_words
        marks = [m for m in marks if all(m is not b for b in legend_boxes)]
        named = _under_names(frame, header, words, sorted(free_now - set(legend)))
        body_words = named + [
            i
            for i in range(len(words))
            if i not in header_idx
            and i not in taken
            and i not in across
            and i not in legend
            and i not in named
            and (
                (_in_body(frame, words[i], settings) and (not frame.bare or _is_glyph(words[i])))
                or (mended is not None and _is_glyph(words[i]) and _within(frame.header, words[i]))
            )
        ]
        broken = mended is not None
        mine = [m for m in marks if _in_cells(m, frame, broken, words, settings)]
        if not mine:  # no mark in a body row: the marks under the names inside the names' own cells
            mine = _marks_under_names_in_cells(frame, header, [m for m in marks if not _labelled(m, words, settings)])
        settle_fills(mine, settings)
        tables.append(_rows_table(page, header, frame, mine, [words[i] for i in body_words], settings))
        tables[-1].as_month_table(months)
        if legend or legend_boxes:
            _add_legend(tables[-1], [words[i] for i in legend], legend_boxes)
        marks = [m for m in marks if all(m is not t for t in mine)]
        taken.update(header_idx, body_words, titles, said_no, legend)
    return tables, marks, [w for i, w in enumerate(words) if i not in taken]
