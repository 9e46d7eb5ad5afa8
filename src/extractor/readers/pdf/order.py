"""Reading order of a PDF page: its lines and items, in the order they are read.

Words become line fragments (a line stops at a gap wider than a column
gutter). Drawn panels (filled or outlined shapes holding text) are kept
whole: everything inside one is read before anything outside it. Order is a
recursive XY-cut: at each level the widest white gap, across the whole
region, splits it; a vertical gap (a column gutter) wins over a narrower
horizontal one, unless the gutter's side that holds only panels ends above
a blank-line gap that the other side runs past (what follows starts a new
band). So side-by-side boxes and columns are read one at a time, text
beside a checkbox panel is not interleaved with the panel's lines, and a
heading below a side panel is read after it.

The page's lines leave the reader one by one (`in_reading_order`), each with
what only the page's geometry knows: its box, the panel holding it, a bullet
that started it. Grouping them into paragraphs is segmentation's
(`segment/paragraphs.py`).
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise, takewhile
from typing import Literal

from ...glyphs import is_bullet, is_check_mark, is_list_number, is_mark_alone
from ...layout import UNCLEAR, Checkbox, Item, Line, Provenance, ReaderNote, Table, TextBlock
from ...settings import LAYOUT, SETTINGS, LayoutSettings
from ...template import heading_term
from .geometry import area, bbox, box_only, contains, height, intersection, union, vertical_overlap, width
from .objects import Box, Shape, Word
from .page import is_italic


@dataclass(frozen=True)
class Unit:
    """Something to place in reading order: a line fragment or a finished item."""

    box: Box
    payload: Line | Item  # Line for text, or a layout item (Checkbox, Table, ReaderNote)
    panel: int | None = None  # the drawn panel holding it (index among the page's panels, smallest first)
    region: str | None = None  # that panel's path: the indexes of the panels holding it, outermost first ("7/3")
    layer: int | None = None  # the floating text box printed over the body holding it (`overlay.py`), 1, 2, ...


@dataclass(frozen=True)
class Node:
    """A unit, or a drawn panel with the nodes inside it, in the reading-order tree."""

    box: Box
    unit: Unit | None = None
    children: list[Node] = field(default_factory=list)


def _rows(words: list[Word], settings: LayoutSettings) -> list[list[Word]]:
    """Words grouped by baseline, top to bottom, each row left to right. A word joins the row its
    bottom is nearest to among those it may join (bottoms within `line_baseline` font sizes plus
    `line_baseline_pad` points, sharing `line_overlap` of the smaller height): a tall glyph (a
    small-capital heading's full-size colon) reaches up into the line above it in the next column,
    yet stands on its own line's baseline."""
    rows: list[list[Word]] = []
    shift, pad, overlap = settings.line_baseline, settings.line_baseline_pad, settings.line_overlap
    for word in sorted(words, key=lambda w: (round(w["bottom"], 0), w["x0"])):
        reach = shift * word["size"] + pad
        best: list[Word] | None = None
        for row in reversed(rows):  # rows start in order of bottom: the nearest are the last made
            if row[0]["bottom"] < word["bottom"] - 2 * reach - 1:
                break
            off = abs(row[-1]["bottom"] - word["bottom"])
            if (
                off < reach
                and (best is None or off < abs(best[-1]["bottom"] - word["bottom"]))
                and vertical_overlap(row[-1], word) > overlap
            ):
                best = row
        if best is None:
            rows.append([word])
        else:
            best.append(word)
    rows = _marks_on_their_lines(rows, settings)
    for row in rows:
        row.sort(key=lambda w: w["x0"])
    return sorted(rows, key=lambda row: min(w["bottom"] for w in row))


def _marks_on_their_lines(rows: list[list[Word]], settings: LayoutSettings) -> list[list[Word]]:
    """`rows` with each note reference mark raised over the end of a word of the row below
    (`_note_mark`, its bottom within that word's height: a browser's <sup> after a line's last word,
    "voluntarias.¹", raised more than `line_baseline` allows) moved into that row, unless it is
    already a mark of a word of its own row."""
    for k in range(len(rows) - 1, 0, -1):
        for mark in [w for w in rows[k - 1] if _NOTE_MARK.fullmatch(w["text"])]:
            if any(_note_mark(w, mark, settings) for w in rows[k - 1] if w is not mark):
                continue
            if any(_raised_after(w, mark, settings) for w in rows[k]):
                rows[k].append(mark)
                rows[k - 1].remove(mark)
    return [row for row in rows if row]


def _raised_after(word: Word, mark: Word, settings: LayoutSettings) -> bool:
    """Whether `mark` is a note reference mark of `word` (`_note_mark`) printed right after it, its
    bottom within the word's height."""
    return (
        word["top"] < mark["bottom"] < word["bottom"]
        and mark["x0"] >= word["x1"] - settings.touching_gap * word["size"]
        and _note_mark(word, mark, settings)
    )


def _white_in(row: list[Word], lo: float, hi: float) -> tuple[float, float] | None:
    """The widest white interval of a row (words left to right) between x `lo` and `hi`."""
    best: tuple[float, float] | None = None
    start = lo
    for word in row:
        if word["x1"] <= start:
            continue
        if word["x0"] >= hi:
            break
        if word["x0"] > start and (best is None or word["x0"] - start > best[1] - best[0]):
            best = (start, word["x0"])
        start = max(start, word["x1"])
    if start < hi and (best is None or hi - start > best[1] - best[0]):
        best = (start, hi)
    return best


Doubt = tuple[int, float, float, float, float]  # a gap read as a gutter on thin evidence: row, start, lo, hi, size


def _numbers_its_item(piece: list[Word], word: Word, settings: LayoutSettings) -> bool:
    """Whether `piece` is a list item's number alone ("3.", "b)": `glyphs.is_list_number`) and `word`,
    after a white of at most `list_number_gap` of the number's font sizes, starts its item: a word
    processor sets a numbered heading's or list item's number a tab stop left of its text, the
    numbers of a list one above the other like a column of their own; they are read with their item."""
    number = piece[0]
    return (
        len(piece) == 1
        and is_list_number(number["text"])
        and word["x0"] - number["x1"] <= settings.list_number_gap * number["size"]
    )


def _is_gutter(
    rows: list[list[Word]],
    r: int,
    start: float,
    lo: float,
    hi: float,
    size: float,
    settings: LayoutSettings,
    doubts: list[Doubt] | None = None,
) -> bool:
    """Whether the white gap `lo`-`hi` in row `r` is part of a column gutter: a band at least
    `word_gap` font sizes wide that stays white up and down through `gutter_min_lines` rows in all
    (a column may end before the other), `gutter_min_sided` of them with text right of it
    (and none across it) starting at one x (a column's left edge, within `gutter_align` font
    sizes; a line of the right column alone on its baseline counts; or, `_lone_beyond`, with
    nothing else printed past the band in the rows it runs through: a column of one line; or the
    text left of it ending at one x in `gutter_min_lines` of them, `_bank`: a justified column's
    straight right edge, whatever starts beside it). A justified line's wide
    word gaps fail: the lines above and below print words across them, and the words after such
    gaps start anywhere. A row says something about the band only when it holds text of the
    fragment left of the gap (words ending right of the fragment's `start`) or text starting at
    the band's right edge or where row `r`'s text right of the gap starts (within `gutter_align`
    font sizes: a list's bullet hanging left of its text narrows the band, and the list's lines
    start at its text); any other row (a line of a column further left, on a baseline of its
    own) is passed over.

    Two signs of a white river inside one justified block, each outweighed only by a straight
    left bank (the text left of the band ends at one x, within `gutter_even` font sizes, in
    `gutter_min_lines` of those rows: a justified column's right edge, for a gap as wide as its
    line's others through the row's own end): a gap as wide as its line's other word gaps
    (`_line_spaces`), and, for a gap whose line has no other gaps or only as wide ones (it may
    be one justified line), a band closed, one line pitch above or below the rows it runs
    through, by a line of the same measure as row `r` (`_closed_in_block`: the white ends inside
    a paragraph). Each way the band is followed up to `gutter_river_rows` rows past what settles
    it, to find where it ends. A gutter read on thin evidence (a line that may be one justified
    line, no straight bank, and only `gutter_min_sided` rows starting at one x right of the band:
    the same short word may end two justified lines) is added to `doubts`: the reader says so."""
    spaces, tolerance = _line_spaces(rows[r], start, lo, hi, size, settings), settings.gutter_even * size
    one_line = all(abs(g - (hi - lo)) <= tolerance for g in spaces)
    even = bool(spaces) and one_line
    white_rows, starts, ends, counted = 1, [hi], [_bank_end(rows[r], start, lo)], [r]
    closings: list[tuple[int, int]] = []  # (the row closing the band, the last row it ran through)
    reach = settings.gutter_align * size

    def settled() -> bool:
        return (
            white_rows >= settings.gutter_min_lines
            and (
                _aligned(starts, size, settings) >= settings.gutter_min_sided
                or _lone_beyond(rows, r, counted, hi, settings)
                or _bank(ends, ends[0], size, settings) >= settings.gutter_min_lines
            )
            and (not even or _bank(ends, ends[0], size, settings) >= settings.gutter_min_lines)
        )

    for step in (-1, 1):
        band, j, last, seen = (lo, hi), r + step, r, 0
        while 0 <= j < len(rows) and (not settled() or seen < settings.gutter_river_rows):
            white = _white_in(rows[j], *band)
            if white is None or white[1] - white[0] < _narrowest_in(rows[j], white, size, settings):
                closings.append((j, last))
                break
            j += step
            row = rows[j - step]
            if not any(
                start < w["x1"] <= white[0] or min(abs(w["x0"] - white[1]), abs(w["x0"] - hi)) <= reach for w in row
            ):
                continue
            band, last = white, j - step
            white_rows, seen = white_rows + 1, seen + 1
            counted.append(last)
            right = [w["x0"] for w in row if w["x0"] >= band[1]]
            if right and all(w["x1"] <= band[0] or w["x0"] >= band[1] for w in row):
                starts.append(min(right))
            ends += [_bank_end(row, start, band[0])] if row[0]["x1"] <= band[0] else []
    if not settled():
        return _short_block_gutter(rows, r, hi, (starts, ends, counted, closings), one_line, size, settings)
    end = _beyond(rows[r], lo, hi, size, settings)[-1]["x1"]
    banked = max(_bank(ends, x, size, settings) for x in ends) >= settings.gutter_min_lines
    if not one_line or banked:
        return True
    if _closed_in_block(rows, closings, counted, start, end, size, settings):
        return False
    if doubts is not None and _aligned(starts, size, settings) <= settings.gutter_min_sided:
        doubts.append((r, start, lo, hi, size))
    return True


def _edge_gutter(rows: list[list[Word]], r: int, hi: float, size: float, settings: LayoutSettings) -> bool:
    """Whether the white gap in row `r` ending at x `hi` (points) is the gutter before a column's
    straight left edge: in `gutter_river_rows` rows or more in a row, row `r` among them, a word
    starts at `hi` (within `gutter_align` font sizes of `size`) after white `word_gap` font sizes
    wide or more. A column of justified text beside it may have a wider river by chance that
    `_is_gutter` follows down instead (browser seed 30006: a paragraph's short last line was read
    into one line with the next column's); a river inside one column never keeps a straight edge
    after it so many rows."""
    reach, white = settings.gutter_align * size, settings.word_gap * size

    def edged(row: list[Word]) -> bool:
        for k, word in enumerate(row):
            if abs(word["x0"] - hi) <= reach:
                return all(w["x1"] <= word["x0"] - white for w in row[:k])
        return False

    count = 1
    for step in (-1, 1):
        j = r + step
        while 0 <= j < len(rows) and edged(rows[j]):
            count, j = count + 1, j + step
    return count >= settings.gutter_river_rows


def _narrowest_in(row: list[Word], white: tuple[float, float], size: float, settings: LayoutSettings) -> float:
    """The narrowest white, in points, a gutter found in a row of text `size` points may keep through
    `row` (its white interval there: `white`): `word_gap` font sizes of the larger of the words that
    border it in that row, when smaller than `size` (a heading's gap measured on body lines beside
    or below it: two columns of 8-point text 10 points apart hold an 11-point heading's row), else
    of `size`."""
    sides = [w["size"] for w in row if abs(w["x1"] - white[0]) < 0.5 or abs(w["x0"] - white[1]) < 0.5]
    return settings.word_gap * min(size, max(sides, default=size))


Walk = tuple[list[float], list[float], list[int], list[tuple[int, int]]]  # a band's starts, ends, rows, closings


def _short_block_gutter(
    rows: list[list[Word]], r: int, hi: float, walk: Walk, one_line: bool, size: float, settings: LayoutSettings
) -> bool:
    """Whether a white band through fewer than `gutter_min_lines` rows is a gutter all the same: the
    band runs through every line of a short block (`gutter_short_lines` rows or more; no line
    within `gutter_pitch` line pitches above or below closes it: a page's last lines carried over
    in two columns, two or three lines each), text right of it starts at one x in
    `gutter_min_sided` rows or stands in row `r` alone (`_lone_beyond`), and the gap is unlike its
    line's other word gaps (`one_line` false: no justified space). `walk` is what following the
    band found (`_is_gutter`): where the text right of it starts and left of it ends, row by row,
    the rows it ran through and the rows closing it. A short block of one column has no band that
    holds through all its lines unless its words line up by chance (two justified lines' gaps
    level, their words ending and starting at one x), and then its gap is as wide as its line's
    other spaces: a gap whose line has no other (two words) is judged so too."""
    starts, _, counted, closings = walk
    through = sorted(set(counted))
    if len(through) < settings.gutter_short_lines:
        return False
    baselines = sorted({_baseline(rows[i]) for i in through})
    pitch = min((b - a for a, b in pairwise(baselines)), default=0.0)
    if pitch <= 0 or any(
        abs(_baseline(rows[j]) - _baseline(rows[last])) <= settings.gutter_pitch * pitch for j, last in closings
    ):
        return False
    sided = _aligned(starts, size, settings) >= settings.gutter_min_sided or _lone_beyond(
        rows, r, counted, hi, settings, settings.gutter_short_lines
    )
    return sided and not one_line


def _lone_beyond(
    rows: list[list[Word]], r: int, counted: list[int], hi: float, settings: LayoutSettings, least: int | None = None
) -> bool:
    """Whether row `r` is the only row with text right of x `hi` (points; the far side of its white
    gap) among the `gutter_min_lines` rows (or `least`) or more the band runs through (`counted`),
    every row between the first and last of them printing nothing past `hi`: a column holding one
    line beside the other column's (the last line of a paragraph carried over to a new page's right
    column). A line of one block has its neighbours running past the gap, or a band shorter than that."""
    if len(set(counted)) < (settings.gutter_min_lines if least is None else least):
        return False
    first, last = min(counted), max(counted)
    return all(w["x1"] <= hi for j in range(first, last + 1) if j != r for w in rows[j])


def _doubt_note(row: list[Word], doubt: Doubt, page_number: int, settings: LayoutSettings) -> Unit:
    """A note, where the text left of a doubtful gutter stands, that the words on its two sides
    were read as two columns though they may be one justified line."""
    _, start, lo, hi, size = doubt
    left = [w for w in row if w["x0"] >= start and w["x1"] <= lo]
    right = _beyond(row, lo, hi, size, settings)
    box = union(left)
    message = (
        f"no se pudo decidir si «{' '.join(w['text'] for w in left)}» y «{' '.join(w['text'] for w in right)}»"
        " son una línea de texto justificado o dos columnas: se leyeron como dos columnas"
    )
    return Unit(box, payload=ReaderNote(UNCLEAR, message, Provenance(page_number, bbox(box))))


def _baseline(row: list[Word]) -> float:
    return min(w["bottom"] for w in row)


def _closed_in_block(
    rows: list[list[Word]],
    closings: list[tuple[int, int]],
    counted: list[int],
    start: float,
    end: float,
    size: float,
    settings: LayoutSettings,
) -> bool:
    """Whether a row closing a white band (`closings`: its index, and the last row the band ran
    through) is a line of the block the band runs in: no farther below or above that row than
    `gutter_pitch` times the rows' line pitch (the least baseline step between the `counted` rows,
    of the words between `start` and `end`: a larger heading beside the block is no line of it),
    its words between x `start` and `end` (points; the extent of the line holding the gap)
    starting at `start` (or up to `gutter_indent` font sizes right of it: a first-line indent)
    and ending at `end`, its word gaps all of one width, within `gutter_even` font sizes (one
    justified line of the same measure, not the lines of two columns side by side)."""
    tolerance = settings.gutter_even * size

    def baseline(row: list[Word]) -> float:
        """The row's baseline in the block: of its words between `start` and `end` (a heading
        beside the block, set larger in its own column, has baselines of its own)."""
        inside = [w for w in row if w["x0"] >= start - tolerance and w["x1"] <= end + tolerance]
        return _baseline(inside or row)

    baselines = sorted({baseline(rows[i]) for i in counted})
    if len(baselines) < 2:
        return False
    pitch = min(b - a for a, b in pairwise(baselines))
    for j, last in closings:
        if abs(baseline(rows[j]) - baseline(rows[last])) > settings.gutter_pitch * pitch:
            continue
        words = [w for w in rows[j] if w["x0"] >= start - tolerance and w["x1"] <= end + tolerance]
        spaces = [g for g in (b["x0"] - a["x1"] for a, b in pairwise(words)) if g >= settings.touching_gap * size]
        if (
            words
            and words[0]["x0"] <= start + settings.gutter_indent * size
            and abs(words[-1]["x1"] - end) <= tolerance
            and (not spaces or max(spaces) - min(spaces) <= tolerance)
        ):
            return True
    return False


def _bank_end(row: list[Word], start: float, edge: float) -> float:
    """Where the text of a row left of x `edge` (points; a white band's near side) ends, its words
    ending past x `start` (the fragment's left edge); NaN, which lines up with no edge, when that
    text is one word: a line of one word is never stretched to a justified column's edge, so its
    end tells no edge (a narrow justified cell's first words, one a line, ended within a sixth of
    an em of each other by chance and banked a white river: browser seed 10747)."""
    left = [w["x1"] for w in row if start < w["x1"] <= edge]
    return max(left) if len(left) > 1 else float("nan")


def _bank(ends: list[float], edge: float, size: float, settings: LayoutSettings) -> int:
    """How many of `ends` (where the text left of a gap ends, row by row) lie within `gutter_even`
    font sizes of x `edge`: a justified column's right edge."""
    return sum(1 for x in ends if abs(x - edge) <= settings.gutter_even * size)


def _beyond(row: list[Word], lo: float, hi: float, size: float, settings: LayoutSettings) -> list[Word]:
    """The words of a row right of its white `lo`-`hi`, up to the next gap wider than `word_gap`
    font sizes and of another width (within `gutter_even` font sizes), or of that width but
    followed by a narrower space (the next gap of at least `touching_gap` font sizes): the rest of
    the line. Justification stretches every space of a line alike, so a gap as wide as the white
    that leads into ordinary word spaces is a gutter into the next column (whose first line
    starts there), not one more space of the line."""
    even, wide = settings.gutter_even * size, settings.word_gap * size
    right = [w for w in row if w["x0"] >= hi]
    spaces = [b["x0"] - a["x1"] for a, b in pairwise(right)]
    for n, space in enumerate(spaces):
        after = next((g for g in spaces[n + 1 :] if g >= settings.touching_gap * size), None)
        if space > wide and (abs(space - (hi - lo)) > even or (after is not None and after <= wide)):
            return right[: n + 1]
    return right


def _line_spaces(
    row: list[Word], start: float, lo: float, hi: float, size: float, settings: LayoutSettings
) -> list[float]:
    """The other word gaps (points) of the line holding the white `lo`-`hi` of a row: between the
    words of the fragment left of it, from x `start`, and between the words right of it, up to
    the next column (`_beyond`); gaps under `touching_gap` font sizes (a change of font inside a
    word) are no spaces. Justification stretches every space of a line alike, so in a narrow
    justified column a two-word gap can be as wide as a gutter, and as wide as the line's other
    gaps; a gutter matches its line's word spaces only by chance."""
    left = [w for w in row if w["x0"] >= start and w["x1"] <= lo]
    spaces = [b["x0"] - a["x1"] for part in (left, _beyond(row, lo, hi, size, settings)) for a, b in pairwise(part)]
    return [g for g in spaces if g >= settings.touching_gap * size]


def _aligned(xs: list[float], size: float, settings: LayoutSettings) -> int:
    """How many of `xs` start the column whose edge the first (the row's own word after the gap)
    lies near: a gutter's far side is the next column's left edge in this row too, not only in
    the rows above and below, where a wider white reaches a column further right (a justified
    gap inside a narrow panel). The row's own word may stand up to `gutter_indent` font sizes
    right or left of that edge (a first-line indent; a heading over a list with a hanging
    indent), but then counts for nothing: the others, within `gutter_align` font sizes of the
    edge, make the column (the last words of justified lines end at one x and start anywhere)."""
    tolerance, indent = settings.gutter_align * size, settings.gutter_indent * size
    own = xs[0]
    return max(sum(1 for x in xs if abs(x - edge) <= tolerance) for edge in xs if edge - indent <= own <= edge + indent)


def divided(left: Word, right: Word, dividers: Sequence[Box], settings: LayoutSettings) -> bool:
    """Whether two neighbour words of a row are set apart by more than white space: sizes that
    differ (a title beside a label) or a drawn edge between them as tall as both (a panel's side,
    a vertical rule; one falling short of the words' top or bottom by up to `divider_slack` font
    sizes: a nested table's first line set against its top rule)."""
    if abs(left["size"] - right["size"]) > settings.para_size_diff:
        return True
    return any(_edge_between(left, right, d, settings) for d in dividers)


def _edge_between(left: Word, right: Word, edge: Box, settings: LayoutSettings) -> bool:
    """Whether a side of the drawn `edge` stands between two words of a row, as tall as both."""
    slack = settings.divider_slack * min(left["size"], right["size"])
    top, bottom = min(left["top"], right["top"]) + slack, max(left["bottom"], right["bottom"]) - slack
    return (
        edge["top"] <= top
        and edge["bottom"] >= bottom
        and any(left["x1"] <= x <= right["x0"] for x in (edge["x0"], edge["x1"]))
    )


def ruled_apart(left: Word, right: Word, dividers: Sequence[Box], settings: LayoutSettings) -> bool:
    """Whether a vertical rule (a stroke or a shape at most `cell_rule` points wide: a table's
    border) stands between two words of a row, however narrow the gap: no line of text runs across
    a rule (the first lines of two cells of a table, their gap narrower than a column gutter)."""
    return any(width(d) <= settings.cell_rule and _edge_between(left, right, d, settings) for d in dividers)


def panel_apart(left: Word, right: Word, boxes: Sequence[Box], settings: LayoutSettings) -> bool:
    """Whether a side of one of the drawn panels `boxes` (shapes at least `panel_min_width` by
    `panel_min_height` points) stands in the gap between two neighbour words of a row, as tall as
    both, the panel holding one of them and not the other, and the gap wider than `cell_gap` font
    sizes (of the smaller), however narrower than a gutter: no line runs from a panel's text out of
    it (a column's overflowing heading word a word space from a side panel's line). Text running
    out of its box a word space on (the box's edge under the space) goes on as one line."""
    if right["x0"] - left["x1"] <= settings.cell_gap * min(left["size"], right["size"]):
        return False
    pad = settings.panel_nest_pad
    return any(
        _edge_between(left, right, d, settings) and contains(d, left, pad=pad) != contains(d, right, pad=pad)
        for d in boxes
    )


def line_fragments(
    words: list[Word],
    page_number: int,
    settings: LayoutSettings = LAYOUT,
    dividers: Sequence[Box] = (),
    every_wide_gap: bool = False,
) -> list[Unit]:
    """Words grouped into lines, split at a gap wider than `word_gap` font sizes (of the smaller
    font, between words of different sizes; between those, `size_change_gap` is enough: a larger
    heading with its value beside it) that is part of a column gutter (`_is_gutter`), or
    where the words are set apart (`divided`; `dividers`: the page's shapes and strokes); with
    `every_wide_gap`, at every such gap (the pieces of a margin line); and at any gap across a
    table's rule (`ruled_apart`) or a drawn panel's edge (`panel_apart`), and between words on
    baselines of their own (`_baselines_apart`). A wide gap of a justified
    line is none of these; a gutter read on thin evidence gets a note (`_doubt_note`)."""
    rows = _rows(words, settings)
    units = []
    doubts: list[Doubt] = []
    boxes = [d for d in dividers if width(d) >= settings.panel_min_width and height(d) >= settings.panel_min_height]
    wide = [d for d in dividers if width(d) >= settings.panel_min_width and height(d) > settings.cell_rule]
    for r, row in enumerate(rows):
        piece = [row[0]]
        row_dividers, row_boxes = _beside_row(row, dividers, settings), _beside_row(row, boxes, settings)
        under = _boxes_under(row, wide, settings)
        small_capitals = _small_capital_sizes(row, settings)
        for word in row[1:]:
            # words of different sizes (a title beside a label) are set apart by a gap wide for the smaller;
            # the capitals and small capitals of one line in small capitals are of one size (the larger)
            sizes = (word["size"], piece[-1]["size"])
            one_size = abs(sizes[0] - sizes[1]) <= settings.para_size_diff or _one_small_capital_line(
                piece[-1], word, small_capitals, settings
            )
            size = max(sizes) if one_size else min(sizes)
            # no line runs across a table's rule, nor from a label cell into its value cell (a list
            # item's number is no label: its items are set like one)
            numbered = _numbers_its_item(piece, word, settings)
            apart = (
                ruled_apart(piece[-1], word, row_dividers, settings)
                or panel_apart(piece[-1], word, row_boxes, settings)
                or (not numbered and _beside_its_cell(rows, r, piece[-1], word, settings))
                or _baselines_apart(piece[-1], word, settings)
                or captions_apart(piece[-1], word, under, settings)
            )
            if (
                (
                    word["x0"] - piece[-1]["x1"] > settings.word_gap * size
                    or (size < max(sizes) and word["x0"] - piece[-1]["x1"] > settings.size_change_gap * size)
                )
                and (
                    not (len(piece) == 1 and is_bullet(piece[0]["text"], piece[0]["font"]))
                    and not numbered
                    and (
                        every_wide_gap
                        or (
                            divided(piece[-1], word, row_dividers, settings)
                            if not one_size
                            else any(_edge_between(piece[-1], word, d, settings) for d in row_dividers)
                        )
                        or _headings_side_by_side(piece, _up_to_a_wide_gap(row[row.index(word) :], size, settings))
                        or _checklist_gap(rows, r, piece[-1], word, size, settings)
                        or _is_gutter(rows, r, piece[0]["x0"], piece[-1]["x1"], word["x0"], size, settings, doubts)
                        or _edge_gutter(rows, r, word["x0"], size, settings)
                    )
                )
            ) or apart:
                units.append(_fragment(piece, page_number, settings))
                piece = []
            piece.append(word)
        units.append(_fragment(piece, page_number, settings))
    return units + [_doubt_note(rows[d[0]], d, page_number, settings) for d in doubts]


def _boxes_under(row: list[Word], boxes: Sequence[Box], settings: LayoutSettings) -> list[Box]:
    """The drawn boxes `boxes` whose tops stand right under `row` (at most `caption_gap` of its
    largest size below its lowest bottom): the boxes a caption line may stand over."""
    bottom = max(w["bottom"] for w in row)
    reach = settings.caption_gap * max(w["size"] for w in row)
    return [b for b in boxes if 0 <= b["top"] - bottom <= reach]


def captions_apart(left: Word, right: Word, under: Sequence[Box], settings: LayoutSettings) -> bool:
    """Whether two neighbour words of a row are the captions of two boxes side by side right under
    it (`under`, `_boxes_under`): `left` over one box, `right` over another that starts right of the
    first's end, the gap between them wider than `cell_gap` font sizes (of the smaller). A form's
    caption belongs to its box, never to the next box's caption ("Nombre de la práctica" over the
    name's box, "Municipalidad" over the next)."""
    if right["x0"] - left["x1"] <= settings.cell_gap * min(left["size"], right["size"]):
        return False
    middle, pad = (left["x0"] + left["x1"]) / 2, settings.panel_nest_pad
    for box in under:
        if box["x0"] <= middle <= box["x1"] and box["x1"] <= right["x0"] + pad:
            return any(
                other is not box and other["x0"] >= box["x1"] and other["x0"] - pad <= right["x0"] <= other["x1"]
                for other in under
            )
    return False


def _small_capital_sizes(row: list[Word], settings: LayoutSettings) -> set[tuple[str, float, float]]:
    """(font, capital size, small capital size) of each word of `row` printed in small capitals: a
    capital touching capitals of its font `small_capitals_min` to `small_capitals_max` of its size
    on its baseline ("Q" 11 pt + "UINTA" 7.5 pt), as `_small_capitals` tells them."""
    lo, hi = settings.small_capitals_min, settings.small_capitals_max
    return {
        (prev["font"], prev["size"], word["size"])
        for prev, word in pairwise(row)
        if prev["font"] == word["font"]
        and 0 <= word["x0"] - prev["x1"] < settings.touching_gap * prev["size"]
        and _capitals(prev["text"])
        and _capitals(word["text"])
        and lo * prev["size"] <= word["size"] <= hi * prev["size"]
        and _one_baseline(prev, word, settings)
    }


def _one_baseline(a: Word, b: Word, settings: LayoutSettings) -> bool:
    """Whether two words of one font, of different sizes, stand on one baseline: their boxes' bottoms
    differ by the font's descent at the two sizes, at most `small_capitals_descent` font sizes of
    the difference (the larger reaching lower), within `line_baseline_pad` points."""
    big, small = (a, b) if a["size"] >= b["size"] else (b, a)
    drop = big["bottom"] - small["bottom"]
    reach = settings.small_capitals_descent * (big["size"] - small["size"])
    return -settings.line_baseline_pad <= drop <= reach + settings.line_baseline_pad


def _one_small_capital_line(
    left: Word,
    right: Word,
    small_capitals: set[tuple[str, float, float]],
    settings: LayoutSettings,
    same_size: bool = False,
) -> bool:
    """Whether two neighbour words of a row, of different sizes (or of one, with `same_size`), are
    words of one line printed in small capitals (`_small_capital_sizes`): in that font, at its
    capitals' and small capitals' sizes, both in capitals, on one baseline ("DE" 7.5 pt before "Q"
    11 pt + "UINTA": "de Quinta")."""
    if left["font"] != right["font"] or not (_capitals(left["text"]) and _capitals(right["text"])):
        return False
    sizes = {left["size"], right["size"]}
    if same_size != (len(sizes) == 1):
        return False
    return any(font == left["font"] and sizes <= {big, small} for font, big, small in small_capitals) and _one_baseline(
        left, right, settings
    )


def _up_to_a_wide_gap(words: list[Word], size: float, settings: LayoutSettings) -> list[Word]:
    """The first of `words` (a row's, left to right) and those after it up to the first gap wider
    than `word_gap` times `size` points: a heading set over its column of a grid, the next column's
    text going on beyond a gutter in the same row (a spread's other page)."""
    out = words[:1]
    for word in words[1:]:
        if word["x0"] - out[-1]["x1"] > settings.word_gap * size:
            break
        out.append(word)
    return out


def _headings_side_by_side(piece: list[Word], rest: list[Word]) -> bool:
    """Whether the words before a wide gap (`piece`) and those after it up to the next one (`rest`,
    `_up_to_a_wide_gap`) are each a template heading's name ("2. Grupo prioritario" | "3. Categoría"): two headings set
    side by side, each over its own column (a flex row), never one line however the rows around
    it run across."""
    return all(
        len(part) <= SETTINGS.matching.max_heading_words + 1
        and heading_term(" ".join(w["text"] for w in part))[0] is not None
        for part in (piece, rest)
    )


def _checklist_gap(
    rows: list[list[Word]], r: int, left: Word, right: Word, size: float, settings: LayoutSettings
) -> bool:
    """Whether the wide gap between `left` and `right` in row `r` parts the cells of a checklist: one
    of the two is a mark alone (`glyphs.is_mark_alone`: a ✓ or ✗ typed in a cell beside its
    label), or a mark alone stands inside the gap in a row above or below, the rows between
    keeping a band of the gap white (at least `word_gap` font sizes wide) down to it, within
    `gutter_river_rows` rows: the column of marks of a table of two (mark, label) pairs a row, this
    row's mark cell blank ("✓ Sociolaboral      Acogida"). A column of marks beside a column of
    labels is a checklist whatever the gap; no justified line's space holds a mark below it."""
    if is_mark_alone(left["text"], left["font"]) or is_mark_alone(right["text"], right["font"]):
        return True
    for step in (-1, 1):
        band: tuple[float, float] | None = (left["x1"], right["x0"])
        j = r + step
        while band is not None and 0 <= j < len(rows) and abs(j - r) <= settings.gutter_river_rows:
            lo, hi = band
            marks = [w for w in rows[j] if is_mark_alone(w["text"], w["font"])]
            if any(lo <= w["x0"] and w["x1"] <= hi for w in marks):
                return True
            white = _white_in([w for w in rows[j] if w not in marks], lo, hi)
            band = white if white is not None and white[1] - white[0] > settings.word_gap * size else None
            j += step
    return False


def _beside_row(row: list[Word], edges: Sequence[Box], settings: LayoutSettings) -> list[Box]:
    """The drawn `edges` tall enough to stand between some two words of `row` (`_edge_between`'s test
    of height, taken for the row's highest top, lowest bottom and largest slack), in their order: the
    only ones the row's word pairs need asking about (a designed page draws hundreds of shapes)."""
    if not edges:
        return []
    slack = max(settings.divider_slack * word["size"] for word in row)
    top = max(word["top"] for word in row) + slack
    bottom = min(word["bottom"] for word in row) - slack
    return [edge for edge in edges if edge["top"] <= top and edge["bottom"] >= bottom]


def _baselines_apart(left: Word, right: Word, settings: LayoutSettings) -> bool:
    """Whether two words of one font and size stand on baselines more than `line_apart_rise` font
    sizes apart (their bottoms; one font's descent is one), however narrow the gap between them:
    the lines of two flows side by side (a floating text box's line beside a table cell's, a word
    space apart, or touching: LibreOffice printed a text box's "CATEGORÍA" ending where the
    municipality label beside it starts, Word seed 10806, read "CATEGORÍAMunicipalidad"), whose
    row only the `line_baseline` tolerance made one. Words of one line share their baseline; a
    change of font inside a word is no change of line; a word overlapping the one before by more
    than `touching_gap` font sizes is drawn over it (a raised accent), not beside it."""
    if left["font"] != right["font"]:
        return False
    if left["size"] != right["size"]:
        return _sizes_on_baselines_apart(left, right, settings)
    return (
        right["x0"] - left["x1"] > -settings.touching_gap * left["size"]
        and abs(left["bottom"] - right["bottom"]) > settings.line_apart_rise * left["size"]
    )


def _sizes_on_baselines_apart(left: Word, right: Word, settings: LayoutSettings) -> bool:
    """Whether two words of one font and different sizes, a word space apart or more (`touching_gap`
    font sizes of the smaller: no change of size inside a word), stand on baselines of their own
    (`_one_baseline`), neither a note mark of the other: a label set in small capitals beside its
    value in the text's size, the value's line set higher in its cell (browser seed 30487:
    "DEPARTAMENTO/" and "Unidad de Migrantes" were read as one line, and the label's wrapped lines
    under it as a title). A larger initial or a small capital shares its line's baseline."""
    gap = right["x0"] - left["x1"]
    return (
        gap > settings.touching_gap * min(left["size"], right["size"])
        and not _note_mark(left, right, settings)
        and not _note_mark(right, left, settings)
        and not _one_baseline(left, right, settings)
    )


def _beside_its_cell(rows: list[list[Word]], r: int, left: Word, right: Word, settings: LayoutSettings) -> bool:
    """Whether `right` starts a value cell beside the label cell that `left` ends, in row `r`: the
    two differ in font or size and stand more than `cell_gap` font sizes (of the smaller) apart,
    and a row at most `cell_rows` above or below shows the same cell: a word in `right`'s font and
    size starts where `right` does (within `gutter_align` font sizes), with nothing before it or a
    word in `left`'s font that ends more than `cell_gap` font sizes before it. A label wrapped in a
    cell too narrow for more than its longest word stands as close to its value as the cell's
    padding; a run-in label ("Grupo prioritario: Personas ...") has a word space after it, and the
    lines of its paragraph above and below are in the text's font from their start. A bullet is no
    label (the text after it hangs at one edge too)."""
    size = min(left["size"], right["size"])
    if (
        right["x0"] - left["x1"] <= settings.cell_gap * size
        or is_bullet(left["text"], left["font"])
        or (left["font"] == right["font"] and abs(left["size"] - right["size"]) <= settings.para_size_diff)
    ):
        return False
    reach, gap = settings.gutter_align * size, settings.cell_gap * size
    for j in range(max(0, r - settings.cell_rows), min(len(rows), r + settings.cell_rows + 1)):
        for n, word in enumerate(rows[j]):
            if (
                j != r
                and abs(word["x0"] - right["x0"]) <= reach
                and word["font"] == right["font"]
                and abs(word["size"] - right["size"]) <= settings.para_size_diff
            ):
                before = rows[j][n - 1] if n else None
                if before is None or (before["font"] == left["font"] and word["x0"] - before["x1"] > gap):
                    return True
    return False


_NOTE_MARK = re.compile(r"\d{1,3}|[*†‡]{1,3}")


def _note_mark(before: Word, word: Word, settings: LayoutSettings) -> bool:
    """Whether `word` is a note reference mark printed after `before`: digits (or *, †, ‡) touching it,
    at most `note_mark_size` of its size, its bottom raised `note_mark_rise` of its size or more (a
    superscript: "ACNUR¹", Word's and LibreOffice's footnote references); a mark is no letter of the word."""
    size = before["size"]
    return (
        _NOTE_MARK.fullmatch(word["text"]) is not None
        and not _NOTE_MARK.fullmatch(before["text"])
        and word["size"] <= settings.note_mark_size * size
        and before["bottom"] - word["bottom"] >= settings.note_mark_rise * size
        and word["x0"] - before["x1"] < settings.touching_gap * size
    )


def _fragment(words: list[Word], page_number: int, settings: LayoutSettings) -> Unit:
    """One line fragment; a bullet that starts it is left out, and the line marked `bullet`; so are
    note reference marks after a word (`_note_mark`), named in `Line.note_marks`."""
    bullet = len(words) > 1 and is_bullet(words[0]["text"], words[0]["font"])
    if bullet:
        words = words[1:]
    marks = {n for n in range(1, len(words)) if _note_mark(words[n - 1], words[n], settings)}
    note_marks = tuple((words[n]["text"], words[n - 1]["text"]) for n in sorted(marks))
    before = ["", *_spaces(words, settings)]  # what stands before each word: after a mark, what stood after it
    kept = [n for n in range(len(words)) if n not in marks]
    spaces = [before[n] for n in kept[1:]]
    words = [words[n] for n in kept]
    box = union(words)
    sizes = [w["size"] for w in words]
    texts = [w["text"] for w in words]
    text = _joined(texts, spaces)
    cuts = [n for n in range(1, len(words)) if words[n]["x0"] - words[n - 1]["x1"] > settings.line_apart_gap * sizes[n]]
    ends = [0, *cuts, len(words)]
    apart = tuple(_joined(texts[a:b], spaces[a : b - 1]) for a, b in pairwise(ends)) if cuts else ()
    bold_lead = _set_apart_lead(words, texts, spaces)
    bold = all(w["bold"] for w in words)
    cased, small = _small_capitals(words, spaces, settings)
    line = Line(
        text=text,
        size=max(sizes, key=sizes.count),
        bold=bold,
        bold_lead="" if bold else bold_lead,
        font=words[0]["font"],
        prov=Provenance(page_number, bbox(box)),
        bullet=bullet,
        cased=cased,
        small_capitals=small,
        note_marks=note_marks,
        apart=apart,
    )
    return Unit(box, payload=line)


def _set_apart_lead(words: list[Word], texts: list[str], spaces: list[str]) -> str:
    """`Line.bold_lead` of a line: its opening words in bold, else in italics (`page.is_italic`: a
    run-in label set apart by its slant alone), when the line's other words are not; "" otherwise."""
    for face in (lambda w: w["bold"], lambda w: is_italic(w["font"]) and not w["bold"]):
        leading = len(list(takewhile(face, words)))
        if 0 < leading < len(words) and not any(face(w) for w in words[leading:]):
            return _joined(texts[:leading], spaces)
        if leading:
            return ""
    return ""


def _capitals(text: str) -> bool:
    return any(c.isalpha() for c in text) and text == text.upper()


def _small_capitals(words: list[Word], spaces: list[str], settings: LayoutSettings) -> tuple[str, float]:
    """`Line.cased` and `Line.small_capitals` of a line of `words` (joined by `spaces`, `_spaces`):
    its text with its small capitals in lower case and their size (points), ("", 0.0) when it holds
    none told apart. A word printed in
    small capitals is a capital touching capitals of its font `small_capitals_min` to
    `small_capitals_max` of its size ("M" 20 pt + "ESA" 14 pt: "Mesa"); the line's other words
    in capitals of that smaller size, in that font, are small capitals too ("DE": "de").
    Capitals of one size say nothing."""
    lo, hi = settings.small_capitals_min, settings.small_capitals_max
    pairs = [
        (prev["size"], word["size"])
        for prev, word in pairwise(words)
        if prev["font"] == word["font"]
        and word["x0"] - prev["x1"] < settings.touching_gap * prev["size"]
        and _capitals(prev["text"])
        and _capitals(word["text"])
        and lo * prev["size"] <= word["size"] <= hi * prev["size"]
    ]
    if not pairs:
        return "", 0.0
    small = {round(size, 1) for _, size in pairs}
    fonts = {w["font"] for w in words}
    pieces = [
        w["text"].lower() if round(w["size"], 1) in small and _capitals(w["text"]) and w["font"] in fonts else w["text"]
        for w in words
    ]
    return _joined(pieces, spaces), min(size for _, size in pairs)


def _spaces(words: list[Word], settings: LayoutSettings) -> list[str]:
    """What stands before each word of a line after its first: "" where it touches the word before
    (closer than `touching_gap` of its size: words split only by a change of font, "colaborativo"
    bold + "," regular; of the capital's size between a capital and its small capitals,
    `_small_capital_sizes`, however letter-spaced: "M" + "UNICIPALIDAD"), else a space."""
    small_capitals = _small_capital_sizes(words, settings)
    letter_gap = _small_capital_letter_gap(words, small_capitals)
    return [
        ""
        if word["x0"] - prev["x1"] < settings.touching_gap * word["size"]
        or (
            (prev["font"], prev["size"], word["size"]) in small_capitals
            and word["x0"] - prev["x1"] < settings.touching_gap * prev["size"]
        )
        or (
            word["x0"] - prev["x1"] <= settings.spaced_word_ratio * letter_gap
            and _one_small_capital_line(prev, word, small_capitals, settings, same_size=True)
        )
        else " "
        for prev, word in pairwise(words)
    ]


def _small_capital_letter_gap(words: list[Word], small_capitals: set[tuple[str, float, float]]) -> float:
    """The letter spacing of a line's words in small capitals (points): the widest gap between a
    capital and the small capitals it touches (`_small_capital_sizes`), 0 when none. Letters of one
    word so far apart are words of their own to PDFium, which puts spaces between them ("D E")."""
    return max(
        (
            word["x0"] - prev["x1"]
            for prev, word in pairwise(words)
            if (prev["font"], prev["size"], word["size"]) in small_capitals
        ),
        default=0.0,
    )


def _joined(texts: list[str], spaces: list[str]) -> str:
    """`texts` (a line's words, or its first ones) joined by `spaces` (`_spaces`)."""
    return texts[0] + "".join(space + text for space, text in zip(spaces, texts[1:], strict=False))


def drawn_bullets(
    units: list[Unit], shapes: Sequence[Shape], taken: Sequence[Box], settings: LayoutSettings = LAYOUT
) -> list[Unit]:
    """`units` with each line a drawn bullet starts marked `bullet` (as a bullet glyph marks it,
    `_fragment`): a filled shape with no outline, its sides from `bullet_min` to `bullet_max` of the
    line's font size (a dot or a square, as Chromium draws a list's disc and designers a list's
    square), its centre within the line's height, ending left of the line's first word by at most
    `bullet_gap` font sizes with no other line between; a shape in a checkbox (`taken`: the page's
    marks) or under a word is none."""
    lines = [u for u in units if isinstance(u.payload, Line)]
    largest = max((u.payload.size or 10.0 for u in units if isinstance(u.payload, Line)), default=0.0)
    dots = [
        s
        for s in shapes
        if s["fill"]
        and not s["stroke"]
        and max(width(s), height(s)) <= settings.bullet_max * largest  # a bullet of some line's size (`started`)
        and not any(intersection(s, box) > 0 for box in taken)
        and not any(intersection(s, u.box) > 0 for u in lines)
    ]

    def started(unit: Unit, line: Line) -> bool:
        size = line.size or 10.0
        middle = (unit.box["top"] + unit.box["bottom"]) / 2
        for dot in dots:
            gap = unit.box["x0"] - dot["x1"]
            if not (
                settings.bullet_min * size <= min(width(dot), height(dot))
                and max(width(dot), height(dot)) <= settings.bullet_max * size
                and 0 <= gap <= settings.bullet_gap * size
                and unit.box["top"] <= (dot["top"] + dot["bottom"]) / 2 <= unit.box["bottom"]
            ):
                continue
            if not any(
                o is not unit
                and dot["x1"] <= o.box["x0"] < unit.box["x0"]
                and o.box["top"] <= middle <= o.box["bottom"]
                for o in lines
            ):
                return True
        return False

    return [
        replace(u, payload=replace(u.payload, bullet=True))
        if isinstance(u.payload, Line) and not u.payload.bullet and started(u, u.payload)
        else u
        for u in units
    ]


def panels(
    shapes: list[Shape], page_w: float, page_h: float, settings: LayoutSettings = LAYOUT, units: Sequence[Unit] = ()
) -> list[Shape]:
    """Shapes big enough to hold text and smaller than a share of the page: at least
    `panel_min_height` high, or, printed above every other unit of the page, holding a whole line
    of `units` with room around it (a band `panel_line_room` times the line's font size high or
    more: a box cut by the page break before it, holding its last line alone; a highlight tight
    around a line, or a table's cell amid the page, is no panel)."""
    return [
        s
        for s in shapes
        if width(s) >= settings.panel_min_width
        and (height(s) >= settings.panel_min_height or _holds_a_line(s, units, settings))
        and area(s) < settings.panel_max_share * page_w * page_h
    ]


def _holds_a_line(shape: Shape, units: Sequence[Unit], settings: LayoutSettings) -> bool:
    return not any(u.box["bottom"] <= shape["top"] for u in units) and any(
        isinstance(u.payload, Line)
        and height(shape) >= settings.panel_line_room * u.payload.size
        and contains(shape, u.box, pad=0.0)
        for u in units
    )


def _in_panels(units: list[Unit], boxes: Sequence[Box], settings: LayoutSettings) -> list[Unit]:
    """The units, each with the smallest panel that holds it (`boxes` sorted by area)."""
    return [replace(unit, panel=_panel_of(unit.box, boxes, settings)) for unit in units]


def _panel_of(box: Box, panels: Sequence[Box], settings: LayoutSettings) -> int | None:
    inside = settings.panel_inside * max(area(box), 1e-6)
    return next((i for i, panel in enumerate(panels) if intersection(panel, box) >= inside), None)


def _parents(boxes: Sequence[Box], settings: LayoutSettings) -> dict[int, int | None]:
    """Each panel's smallest enclosing panel (`boxes` sorted by area), None for an outermost one."""
    return {
        i: next(
            (
                j
                for j in range(i + 1, len(boxes))
                if contains(boxes[j], b, pad=settings.panel_nest_pad) and area(boxes[j]) > area(b)
            ),
            None,
        )
        for i, b in enumerate(boxes)
    }


def _with_regions(units: list[Unit], parent: dict[int, int | None]) -> list[Unit]:
    """The units, each with its panel's path (`Unit.region`): a panel nested in another (a table
    cell inside a cell, a card inside a side panel) is part of it."""

    def path(i: int) -> str:
        up = parent[i]
        return str(i) if up is None else f"{path(up)}/{i}"

    return [unit if unit.panel is None else replace(unit, region=path(unit.panel)) for unit in units]


def _tree(units: list[Unit], boxes: Sequence[Box], settings: LayoutSettings) -> list[Node]:
    """The units as leaves under the panels that hold them (`units` placed in `boxes`, sorted by area)."""
    nodes = [Node(b) for b in boxes]
    parent = _parents(boxes, settings)
    roots: list[Node] = []
    for unit in units:
        (nodes[unit.panel].children if unit.panel is not None else roots).append(Node(unit.box, unit=unit))
    for i in range(len(boxes)):  # smallest first, so a child is complete before its parent takes it
        if _has_units(nodes[i]):
            up = parent[i]
            (nodes[up].children if up is not None else roots).append(nodes[i])
    return roots


def _has_units(node: Node) -> bool:
    return node.unit is not None or any(_has_units(c) for c in node.children)


def _units_in(node: Node) -> int:
    return (node.unit is not None) + sum(_units_in(c) for c in node.children)


_Low = Literal["top", "x0"]  # a box's low edge along one axis
_High = Literal["bottom", "x1"]  # its high edge


def _all_gaps(nodes: list[Node], lo: _Low, hi: _High) -> list[tuple[float, float, float]]:
    """(size, start, end) of every gap between the nodes along one axis."""
    spans = sorted((n.box[lo], n.box[hi]) for n in nodes)
    gaps: list[tuple[float, float, float]] = []
    end = spans[0][1]
    for start, stop in spans[1:]:
        if start > end:
            gaps.append((start - end, end, start))
        end = max(end, stop)
    return gaps


def _gaps(nodes: list[Node], lo: _Low, hi: _High) -> tuple[float, float] | None:
    """(gap size, cut position) of the widest gap along one axis."""
    gaps = _all_gaps(nodes, lo, hi)
    if not gaps:
        return None
    size, start, end = max(gaps, key=lambda g: (g[0], -g[1]))
    return size, (start + end) / 2


def _band_break(nodes: list[Node], cut: float, min_gap: float) -> float | None:
    """A row gap of at least `min_gap` where the side of a column gutter that holds only
    drawn panels has ended (or not begun) while the other side runs past it; or any row gap
    with a row of drawn panels on both sides of the gutter above it or below it (the panels
    are a band: the columns beside them start or end at the panels' edge).

    What follows such a gap is a new band: a heading printed below a side
    panel is read after the panel, not before it. Two columns of text never
    break this way (a column's paragraphs stay together).
    """
    left = [n for n in nodes if n.box["x1"] <= cut]
    right = [n for n in nodes if n.box["x1"] > cut]
    best: tuple[float, float] | None = None
    for size, start, end in _all_gaps(nodes, "top", "bottom"):
        above = [n for n in nodes if n.box["bottom"] <= start]
        below = [n for n in nodes if n.box["top"] >= end]
        for row in (above, below):
            # a row of drawn panels across the gutter: its edge closes it, however narrow the gap
            # (a panel holding one line is that line's band, a heading's: the columns go on below)
            if (
                all(n.unit is None and _units_in(n) > 1 for n in row)
                and any(n.box["x1"] <= cut for n in row)
                and any(n.box["x1"] > cut for n in row)
                and (best is None or best[0] < size)
            ):
                best = (size, (start + end) / 2)
        if size < min_gap or (best and best[0] >= size):
            continue
        for side, other in ((left, right), (right, left)):
            side_ends = all(n.unit is None for n in side) and (
                all(n.box["bottom"] <= start for n in side) or all(n.box["top"] >= end for n in side)
            )
            other_spans = any(n.box["bottom"] <= start for n in other) and any(n.box["top"] >= end for n in other)
            if side_ends and other_spans:
                best = (size, (start + end) / 2)
    return best[1] if best else None


def _cut(
    nodes: list[Node], first: list[Node], band_gap: float, settings: LayoutSettings, rules: Sequence[Box] = ()
) -> list[Node]:
    """`first` in reading order, then the rest; when a cut leaves one side empty (inverted boxes
    of a damaged file make gaps no box ends at), top-to-bottom order instead of endless cutting."""
    taken = {id(n) for n in first}
    rest = [n for n in nodes if id(n) not in taken]
    if not first or not rest:
        return top_to_bottom(nodes, settings)
    return xy_cut(first, band_gap, settings, rules) + xy_cut(rest, band_gap, settings, rules)


def _above_then_below(
    nodes: list[Node], y: float, band_gap: float, settings: LayoutSettings, rules: Sequence[Box] = ()
) -> list[Node]:
    return _cut(nodes, [n for n in nodes if n.box["bottom"] <= y], band_gap, settings, rules)


def xy_cut(
    nodes: list[Node], band_gap: float = float("inf"), settings: LayoutSettings = LAYOUT, rules: Sequence[Box] = ()
) -> list[Node]:
    """Nodes in reading order; `band_gap` is the row gap that can end a column of panels; `rules`, the
    page's rules (`page_rules`): a horizontal one shows where a band crosses a column gutter, a vertical one
    where nothing does."""
    if len(nodes) <= 1:
        return nodes
    if _table_with_labels_on_the_right(nodes, settings):
        return top_to_bottom(nodes, settings)
    rows = _gaps(nodes, "top", "bottom")
    cols = _gaps(nodes, "x0", "x1")
    if (
        cols
        and cols[0] >= settings.column_gap
        and (
            rows is None
            or cols[0] > rows[0]
            or _inside_one_column(nodes, cols[1], rows[1])
            or _flows_past(nodes, cols[1], rows[1], band_gap, settings)
            or _band_white_across(nodes, rows, band_gap, settings)
        )
    ):
        band = _band_break(nodes, cols[1], band_gap)
        if band is None:
            band = _ruled_band(nodes, (cols[1] - cols[0] / 2, cols[1] + cols[0] / 2), rules, band_gap, settings)
        if band is not None:
            return _above_then_below(nodes, band, band_gap, settings, rules)
        left = [n for n in nodes if n.box["x1"] <= cols[1]]
        foot = _foot_line(nodes, left, band_gap, settings)
        if foot is not None and _ruled_beside(foot, (cols[1] - cols[0] / 2, cols[1] + cols[0] / 2), rules, settings):
            foot = None  # the gutter's rule runs on beside it: a line of the left column, as read
        return _said_around(_cut(nodes, left, band_gap, settings, rules), foot)
    if rows:
        return _above_then_below(nodes, _row_cut(nodes, band_gap, settings), band_gap, settings, rules)
    if cols:
        # no white across: a white band down the whole region, however narrow, is all that parts it (a
        # side panel set closer to the text than `column_gap`); read row by row, two columns interleave
        return _cut(nodes, [n for n in nodes if n.box["x1"] <= cols[1]], band_gap, settings, rules)
    return top_to_bottom(nodes, settings)


def _foot_line(nodes: list[Node], left: list[Node], body: float, settings: LayoutSettings) -> Node | None:
    """The line closing the left side (`left`) of a column gutter when nothing tells whether it is the
    left column's last line or a line set across both columns after them: a line set apart as a
    heading is (`_set_apart`: bold or larger than the body size `body`), the lowest of the left side,
    under a line of running text (a column's last; not a wrapped heading's line in a column of labels
    beside their values: browser seeds 25107, 25126), standing wholly below everything right of the
    gutter (text), whose first
    line is running text (a heading's or a heading's last words there follow the line read before
    them, whichever way it was set: a heading broken by the column break is one; and one opening in
    lower case goes on from the foot line, `_goes_on_in_lower_case`). Read after
    the left column and before the right one, as a column's line, it takes the right column's text
    when it was set full width after the column block (trial 24 e04 without its rule); read after both,
    it would take the text of a heading at a column's foot whose text opens the next column. None
    when the geometry tells (a rule across the gutter under it: `_ruled_band`), or no such line."""
    taken = {id(n) for n in left}
    right = [n for n in nodes if id(n) not in taken]
    if len(left) < 2 or not [line for _, line in _text_lines(right) if not _marks_alone(line)]:
        return None  # nothing but marks right of the gutter (a table's row of marks): no column of text
    foot = max(left, key=lambda n: (n.box["bottom"], n.box["top"]))
    line = foot.unit.payload if foot.unit is not None else None
    if not isinstance(line, Line) or not _set_apart(foot, body, settings):
        return None
    above = [n for n in left if n is not foot]
    if any(n.box["bottom"] > foot.box["top"] for n in above) or any(n.box["bottom"] > foot.box["top"] for n in right):
        return None
    last = max(above, key=lambda n: (n.box["bottom"], n.box["top"]))
    opening = min(right, key=lambda n: (n.box["top"], n.box["x0"]))
    if last.unit is None or not isinstance(last.unit.payload, Line) or _set_apart(last, body, settings):
        return None
    if _set_apart(opening, body, settings) or _goes_on_in_lower_case(opening):
        return None
    return foot


def _ruled_beside(line: Node, gutter: tuple[float, float], rules: Sequence[Box], settings: LayoutSettings) -> bool:
    """Whether a vertical rule (at most `cell_rule` points wide) stands in a column gutter (`gutter`:
    its white, x from and to, points) from above `line` down to its middle or lower: a column rule
    running on beside the line, so nothing at its level is set across the gutter; the line is
    the left column's, not a full-width line after the columns (trial 27 ed04: a heading at the
    left column's foot of three columns parted by rules, its text opening the next column)."""
    lo, hi = gutter
    middle = (line.box["top"] + line.box["bottom"]) / 2
    return any(
        width(rule) <= settings.cell_rule
        and lo <= rule["x0"]
        and rule["x1"] <= hi
        and rule["top"] <= line.box["top"]
        and rule["bottom"] >= middle
        for rule in rules
    )


def _goes_on_in_lower_case(node: Node) -> bool:
    """Whether a line of text opens with a lower-case letter: a sentence going on from the line read
    before it (the right column's first line after a line broken at the left column's foot, "Acceso a
    la información y orientación" | "integral, ya que ...": reportlab seed 169)."""
    line = node.unit.payload if node.unit is not None else None
    first = next((c for c in line.text if c.isalpha()), "") if isinstance(line, Line) else ""
    return first.islower()


def _said_around(ordered: list[Node], foot: Node | None) -> list[Node]:
    """`ordered` with a note (`lectura_dudosa`) right before and right after `foot` (`_foot_line`): on
    the section the left column ends in and on the line's own, either of which the right column's
    text may belong to."""
    if foot is None or foot.unit is None or not isinstance(foot.unit.payload, Line):
        return ordered
    line = foot.unit.payload
    message = (
        f"«{line.text}» está al pie de la columna izquierda, más abajo que el fin de la columna derecha: no se"
        " pudo decidir si va a todo el ancho después de ambas columnas o si el texto de la columna derecha le"
        " sigue; se leyó antes de la columna derecha"
    )
    note = Node(foot.box, unit=Unit(foot.box, payload=ReaderNote(UNCLEAR, message, line.prov)))
    at = next(i for i, n in enumerate(ordered) if n is foot)
    return [*ordered[:at], note, foot, replace(note), *ordered[at + 1 :]]


def page_rules(drawn: Sequence[Box], settings: LayoutSettings = LAYOUT) -> list[Box]:
    """The horizontal and vertical rules among drawn shapes and strokes: no thicker than `cell_rule`
    points, at least `column_gap` points long."""
    return [
        box_only(d)
        for d in drawn
        if (height(d) <= settings.cell_rule and width(d) >= settings.column_gap)
        or (width(d) <= settings.cell_rule and height(d) >= settings.column_gap)
    ]


def _ruled_band(
    nodes: list[Node], gutter: tuple[float, float], rules: Sequence[Box], body: float, settings: LayoutSettings
) -> float | None:
    """Where a rule drawn across a column gutter (`gutter`: its white, x from and to, points) opens a
    band: the row gap right above the line the rule underlines (its bottom within `rule_underline`
    font sizes above the rule, within the rule's length, on one side of the gutter with nothing of
    the other side level with it or between it and the rule), under a row gap `rule_band_white` body
    sizes (`body`, points) high or more: a heading's space before (a form's row rule under a wrapped
    label's last line, a line pitch under its first, opens no band: trial 24 e06). A line of a column is never
    underlined past the column's edge, so such a line is set across the columns' width: a heading
    printed after a column block, under the shorter column's end and level with none of the other's
    (trial 24 e04: a full-width "Líneas Sello" at the page's foot, under a left column longer than
    the right, was read between the two columns, and the right column's text went to it). None when
    no rule does so, or no row gap stands right above its line."""
    lo, hi = gutter
    gaps = _all_gaps(nodes, "top", "bottom")
    for rule in rules:
        if height(rule) > settings.cell_rule or not (rule["x0"] < lo and rule["x1"] > hi):
            continue
        lines = [
            n
            for n in nodes
            if n.unit is not None
            and isinstance(n.unit.payload, Line)
            and -0.5 <= rule["top"] - n.box["bottom"] <= settings.rule_underline * n.unit.payload.size
            and n.box["x0"] >= rule["x0"] - 0.5
            and n.box["x1"] <= rule["x1"] + 0.5
        ]
        if not lines or not (all(n.box["x1"] <= lo for n in lines) or all(n.box["x0"] >= hi for n in lines)):
            continue
        top = min(n.box["top"] for n in lines)
        if any(n.box["top"] < rule["top"] and n.box["bottom"] > top and n not in lines for n in nodes):
            continue
        above = [g for g in gaps if abs(g[2] - top) <= 0.5 and g[0] >= settings.rule_band_white * body]
        if above:
            return (above[0][1] + above[0][2]) / 2
    return None


def top_to_bottom(nodes: list[Node], settings: LayoutSettings = LAYOUT) -> list[Node]:
    """Nodes no white parts, row by row from the top, each row left to right: a node whose top lies
    within `row_band` font sizes (of its line, or the body's for a panel or an item) of the row's
    first node's top stands in that row. The cells of a table row are read label first, though the
    value's line is printed a hair above its label's (LibreOffice, trial 23 S3)."""
    ordered = _rows_of(nodes, settings)
    if _labels_on_the_right(ordered):
        ordered = [row[::-1] for row in ordered]
    return [node for row in ordered for node in row]


def _rows_of(nodes: list[Node], settings: LayoutSettings) -> list[list[Node]]:
    """`nodes` in rows from the top (`top_to_bottom`), each row left to right."""
    rows: list[list[Node]] = []
    for node in sorted(nodes, key=lambda n: (n.box["top"], n.box["x0"])):
        if rows and node.box["top"] - rows[-1][0].box["top"] < settings.row_band * min(
            _node_size(node, settings), _node_size(rows[-1][0], settings)
        ):
            rows[-1].append(node)
        else:
            rows.append([node])
    return [sorted(row, key=lambda n: n.box["x0"]) for row in rows]


def _table_with_labels_on_the_right(nodes: list[Node], settings: LayoutSettings) -> bool:
    """Whether `nodes` are all the rows of a two-column table whose label column is on the right
    (`_labels_on_the_right`), every row of two cells: read row by row (`top_to_bottom`), never cut
    down the rule between its columns into a column of values, then one of labels (trial 27 ed03:
    a page holding the table's last two rows, the Elemento innovador and the Líneas Sello read into
    the description above them)."""
    rows = _rows_of(nodes, settings)
    return all(len(row) == 2 for row in rows) and _labels_on_the_right(rows)


def _node_text(node: Node) -> str:
    """The text of a node's lines, and of the panels inside it, top to bottom."""
    if node.unit is not None:
        return node.unit.payload.text if isinstance(node.unit.payload, Line) else ""
    children = sorted(node.children, key=lambda n: (n.box["top"], n.box["x0"]))
    return " ".join(filter(None, map(_node_text, children)))


def _is_heading(node: Node) -> bool:
    text = _node_text(node)
    return bool(text) and heading_term(text)[0] is not None


def _labels_on_the_right(rows: list[list[Node]]) -> bool:
    """Whether `rows` (each left to right) are the rows of a two-column table whose label column is
    on the right: two rows or more of two cells each, and in every such row the right cell is a
    template heading and the left one none. Each value is read after the heading of its own row,
    not before the next row's (trial 27 ed03: every value went to the section of the row below)."""
    pairs = [row for row in rows if len(row) == 2]
    return len(pairs) >= 2 and all(_is_heading(right) and not _is_heading(left) for left, right in pairs)


def _node_size(node: Node, settings: LayoutSettings) -> float:
    """The font size of a node's line (points); the default body size for a panel or another item."""
    payload = node.unit.payload if node.unit is not None else None
    return payload.size if isinstance(payload, Line) and payload.size else settings.para_default_size


def _row_cut(nodes: list[Node], band_gap: float, settings: LayoutSettings) -> float:
    """Where to cut the region across: the widest row gap when it sets a foot band apart
    (`_foot_band`); else the widest row gap that is not the white between two lines
    of a column's running text (`_column_runs_across`) nor white space inside one column only
    (`_inside_one_column`, judged on the nodes within `column_window` body sizes of the gap: the
    columns there; or `_column_ended_beside`: a column beside them ended higher up); the widest of
    the first kind when every one is the second, the widest of all when every one is the first.
    A gap that opens a row (`_opens_a_row`: a grid's next label under white in its column) goes
    before the others, however its column's lines run across it."""
    gaps = sorted(_all_gaps(nodes, "top", "bottom"), key=lambda g: (-g[0], g[1]))
    reach = settings.column_window * (band_gap if band_gap != float("inf") else settings.para_default_size)
    body = band_gap if band_gap != float("inf") else settings.para_default_size
    if gaps and _foot_band(nodes, gaps[0], body, settings):
        return (gaps[0][1] + gaps[0][2]) / 2
    lines = _text_lines(nodes)
    headed = [
        g
        for g in gaps
        if not _heading_runs_across(lines, g[1], g[2], body, settings)
        and not _heading_over_its_text(lines, g[1], g[2], body, settings)
    ]
    rows = [g for g in headed if _opens_a_row(nodes, g[1], g[2], body, settings)]
    body_lines = _body_lines(lines, body, settings)
    # white round a band in one column, the other column's text running past it: no edge of the page's columns
    banded = [g for g in headed if g not in rows and _band_white_in_its_column(nodes, body_lines, g[1], g[2], settings)]
    headed = [g for g in headed if g not in banded]
    across = rows + [g for g in headed if g not in rows and not _column_runs_across(body_lines, g[1], g[2], settings)]
    for _, start, end in across:
        cut = (start + end) / 2
        near = [n for n in nodes if n.box["bottom"] >= start - reach and n.box["top"] <= end + reach]
        cols = _gaps(near, "x0", "x1") if near else None
        if not (cols and cols[0] >= settings.column_gap and _inside_one_column(near, cols[1], cut)) and not (
            near and _column_ended_beside(nodes, near, start, settings)
        ):
            return cut
    if not across:  # every gap is white between lines of running text: not where a heading beside it goes on too
        other = [(box, line) for box, line in lines if abs(line.size - body) > settings.para_size_diff]
        clear = [g for g in headed or gaps if not _even_lines_across(other, g[1], g[2], settings)]
        if other and clear:
            return (clear[0][1] + clear[0][2]) / 2
    rest = across or [g for g in gaps if g not in banded] or gaps
    return (rest[0][1] + rest[0][2]) / 2


def _band_white_across(nodes: list[Node], row: tuple[float, float], band_gap: float, settings: LayoutSettings) -> bool:
    """Whether the row gap `row` (size, middle: points), the widest across the region, is white round
    a drawn band in one column that the other column's text runs past (`_band_white_in_its_column`,
    against the body size `band_gap`): white of one column, like white inside one column only, so
    a column gutter narrower than it still parts the region first."""
    if band_gap == float("inf"):
        return False
    size, middle = row
    lines = _body_lines(_text_lines(nodes), band_gap, settings)
    return _band_white_in_its_column(nodes, lines, middle - size / 2, middle + size / 2, settings)


def _band_white_in_its_column(
    nodes: list[Node], body_lines: list[tuple[Box, Line]], start: float, end: float, settings: LayoutSettings
) -> bool:
    """Whether the row gap from y `start` to `end` (points) lies in the white round a drawn band
    within one column only (a filled rectangle behind a template heading, a CSS `background` on an
    h2: a drawn panel whose text is a heading, `_is_heading`; a side panel or a card holding a
    section is none): nothing of the band's column (what stands across its width) between
    it and the gap, above it (its space before) or under it; the nearest thing of that column on the
    gap's far side a line of body text (`body_lines`: the region's lines of the body size,
    `_body_lines`: the section before the band's space before, or the band's own text under it); and
    the body lines wholly beside the band, left or right, running across the gap as one column's
    lines do (`_column_runs_across`). The band says where its own column's section starts, not
    where the page's columns end: cut across there, the other column's lines level with the band
    and under it were read after the band's section (browser seed 24345: the description's column
    foot, level with the Líneas Sello band in the next column with 2 points of white between, went
    to the Sello lines). A grid's label column (pills or bands over the next label, no text of
    their own) is no such column, nor is a band over another band."""
    body = {id(box) for box, _ in body_lines}
    for band in nodes:
        if band.unit is not None or not _is_heading(band):
            continue
        top, bottom, x0, x1 = band.box["top"], band.box["bottom"], band.box["x0"], band.box["x1"]
        column = [n for n in nodes if n is not band and n.box["x0"] < x1 and n.box["x1"] > x0]
        if end <= top + 0.5:  # its space before: the section before it ends above the gap in its column
            if any(n.box["bottom"] > end - 0.5 and n.box["top"] < top for n in column):
                continue
            far = max(
                (n for n in column if n.box["bottom"] <= start + 0.5), key=lambda n: n.box["bottom"], default=None
            )
        elif start >= bottom - 0.5:  # under it: its own text starts under the gap
            if any(n.box["top"] < start + 0.5 and n.box["bottom"] > bottom for n in column):
                continue
            far = min((n for n in column if n.box["top"] >= end - 0.5), key=lambda n: n.box["top"], default=None)
        else:
            continue
        if far is None or id(far.box) not in body:
            continue
        for beside in (
            [(box, line) for box, line in body_lines if box["x1"] <= x0],
            [(box, line) for box, line in body_lines if box["x0"] >= x1],
        ):
            if beside and _column_runs_across(beside, start, end, settings):
                return True
    return False


def _foot_band(nodes: list[Node], gap: tuple[float, float, float], body: float, settings: LayoutSettings) -> bool:
    """Whether the row gap `gap` (size, start, end) sets the region's last row apart as a foot band:
    it is `foot_band_white` body sizes (`body`) or more, and everything under it stands in one band
    (all of it level with all of it: a line, a panel round a line, a page number beside them): a
    page's footer (the municipality in a coloured band beside the page number), read after the whole
    body above it, whatever columns the body has. White inside one column (a column ended earlier)
    is never that wide over a lone row."""
    size, _, end = gap
    below = [n for n in nodes if n.box["top"] >= end]
    if size < settings.foot_band_white * body or not below or len(below) == len(nodes):
        return False
    return max(n.box["top"] for n in below) < min(n.box["bottom"] for n in below)


def _opens_a_row(nodes: list[Node], start: float, end: float, body: float, settings: LayoutSettings) -> bool:
    """Whether something set apart as a label is (`_set_apart`) starts right under the row gap from
    y `start` to `end` (points; within `body`, the body text's size) under white in its own column
    reaching `row_open_white` body sizes or more above the gap, up to something set apart too (the
    row above's label: a column of running text is no grid's), while the text right above the gap beside it goes on,
    in one column, from content standing level with that label (`_row_content_top`): the next row
    of a grid of headings beside their content (a heading's pill under the white beside the row
    above's content). The row above ends at that gap, though the content's lines beside it run on
    at one edge and pitch as one column's (the dates' text under a month table, then the next
    row's text set in CSS columns): cutting at a wider white between the content's own parts would
    read that text with the next row's columns (browser seed 12712: the dates' text was read at
    the head of the description's second CSS column). A column of running text whose top stands
    apart from the rows above (the next section's text in CSS columns, beside its heading's space
    before) opens no row."""
    white = settings.row_open_white * body
    for below in nodes:
        if not end - 0.5 <= below.box["top"] <= end + body or not _set_apart(below, body, settings):
            continue
        label = max(
            (
                n
                for n in nodes
                if n is not below
                and n.box["bottom"] <= below.box["top"]
                and n.box["x0"] < below.box["x1"]
                and n.box["x1"] > below.box["x0"]
            ),
            key=lambda n: n.box["bottom"],
            default=None,
        )
        if (
            label is not None
            and _set_apart(label, body, settings)
            and label.box["bottom"] <= start - white
            and _row_content_top(nodes, below, start, body, white) <= label.box["bottom"]
        ):
            return True
    return False


def _row_content_top(nodes: list[Node], below: Node, start: float, body: float, white: float) -> float:
    """The top (points) of the content that ends at y `start` beside `below` (clear of its columns
    across), followed up through the nodes of one column (left edges within `body` points of the
    lowest's) while no white taller than `white` points parts them."""
    beside = sorted(
        (
            n
            for n in nodes
            if n.box["bottom"] <= start + 0.5 and (n.box["x1"] <= below.box["x0"] or n.box["x0"] >= below.box["x1"])
        ),
        key=lambda n: -n.box["bottom"],
    )
    if not beside:
        return start
    top, edge = start, beside[0].box["x0"]
    for n in beside:
        if n.box["bottom"] < top - white or abs(n.box["x0"] - edge) > body:
            break
        top = min(top, n.box["top"])
    return top


def _set_apart(node: Node, body: float, settings: LayoutSettings) -> bool:
    """Whether a node is set apart from running text as a label is: a drawn panel (a pill, a band),
    or a line in bold or larger than the body size `body` (by more than `para_size_diff` points)."""
    if node.unit is None:
        return True
    line = node.unit.payload
    return isinstance(line, Line) and (line.bold or line.size > body + settings.para_size_diff)


def _column_ended_beside(nodes: list[Node], near: list[Node], start: float, settings: LayoutSettings) -> bool:
    """Whether the text `near` a row gap starting at y `start` stands in one column beside which a
    column of text ended above the gap: two lines or more of it wholly above the gap, at least
    `column_gap` points right or left of all the `near` text, and nothing from the top of the first
    of them down to the gap printed in the white between. The gap is then white inside the column
    that goes on (a flow's second column holding the few lines the first could not), and cutting
    there would read that column's rest after the other column."""
    left, right = min(n.box["x0"] for n in near), max(n.box["x1"] for n in near)
    for on_the_right in (True, False):
        column = [
            n.box
            for n in nodes
            if n.unit is not None
            and isinstance(n.unit.payload, Line)
            and n.box["bottom"] <= start
            and (
                n.box["x0"] >= right + settings.column_gap
                if on_the_right
                else n.box["x1"] <= left - settings.column_gap
            )
        ]
        if len({box["top"] for box in column}) < 2:
            continue
        top = min(box["top"] for box in column)
        white = (right, min(b["x0"] for b in column)) if on_the_right else (max(b["x1"] for b in column), left)
        if not any(
            n.box["bottom"] > top and n.box["top"] < start and n.box["x0"] < white[1] and n.box["x1"] > white[0]
            for n in nodes
        ):
            return True
    return False


def _marks_alone(line: Line) -> bool:
    """A line of check marks alone ("X", "✓ ✓"): a table's mark cells, no running text."""
    chars = [ch for ch in line.text if not ch.isspace()]
    return bool(chars) and all(is_check_mark(ch, line.font) for ch in chars)


def _text_lines(nodes: list[Node]) -> list[tuple[Box, Line]]:
    """The lines of text among `nodes`, each with its box (a drawn panel is no line)."""
    return [(n.box, n.unit.payload) for n in nodes if n.unit is not None and isinstance(n.unit.payload, Line)]


def _body_lines(text_lines: list[tuple[Box, Line]], body: float, settings: LayoutSettings) -> list[tuple[Box, Line]]:
    """The lines of `text_lines` (`_text_lines`) of the body size `body` (within `para_size_diff` points)."""
    return [(box, line) for box, line in text_lines if abs(line.size - body) <= settings.para_size_diff]


def _column_runs_across(lines: list[tuple[Box, Line]], start: float, end: float, settings: LayoutSettings) -> bool:
    """Whether the row gap from y `start` to `end` (points) lies in the white between two lines of
    one column of running text (`lines`: the region's lines of the body size, `_body_lines`, found
    once for all its gaps): a line of them
    ends at or above its top and a line of that size starts at or below its bottom, their left
    edges within `gutter_indent` font sizes (a first-line indent), the white between them
    narrower than `column_line_gap` font sizes, and their line pitch that of the line above the
    first or below the second in their column, within `gutter_even` font sizes (a paragraph's
    even leading; a stack of labels or headings of rows steps by its rows' heights). Two columns
    of running text set at their own pitches leave row gaps where their line gaps overlap by
    chance; cutting there would read the bottom of the left column after the right column's top."""
    for a_box, a in lines:
        if a_box["bottom"] > start + 0.5:  # the cheap half of the test first: most lines end below the gap
            continue
        room, even, indent = (
            settings.column_line_gap * a.size,
            settings.gutter_even * a.size,
            settings.gutter_indent * a.size,
        )
        if not start - max(room, settings.paragraph_gap * a.size) < a_box["bottom"]:
            continue
        column = [box for box, _ in lines if abs(box["x0"] - a_box["x0"]) <= indent]
        for b_box in column:
            pitch = b_box["top"] - a_box["top"]
            if end - 0.5 <= b_box["top"] < a_box["bottom"] + room and any(
                abs(pitch - (a_box["top"] - c["top"])) <= even or abs(pitch - (c["top"] - b_box["top"])) <= even
                for c in column
                if c is not a_box and c is not b_box
            ):
                return True
            if end - 0.5 <= b_box["top"] < a_box["bottom"] + settings.paragraph_gap * a.size and _paragraph_break(
                a_box, b_box, column, a.size, settings
            ):
                return True
    return False


def _even_lines_across(lines: list[tuple[Box, Line]], start: float, end: float, settings: LayoutSettings) -> bool:
    """Whether the row gap from y `start` to `end` (points) lies between two lines of one block set at
    its own even pitch (`lines`: lines of other sizes than the body's): a line ends at or above its
    top and a line of its size starts at or below its bottom, their left edges within `gutter_align`
    font sizes, the white between them narrower than `paragraph_gap` font sizes, at the pitch of a
    third line of theirs above or below them (baseline to baseline, within `gutter_even` font
    sizes). A heading in small capitals wrapped over lines beside its text, its leading wider than
    the text's (browser seed 27408: cut between its third and fourth lines, "ACTIVIDAD" was read
    amid its text)."""
    for a_box, a in lines:
        room = settings.paragraph_gap * a.size
        if not start - room < a_box["bottom"] <= start + 0.5:
            continue
        column = [
            box
            for box, line in lines
            if abs(box["x0"] - a_box["x0"]) <= settings.gutter_align * a.size
            and abs(line.size - a.size) <= settings.para_size_diff
        ]
        for b_box in column:
            pitch = b_box["bottom"] - a_box["bottom"]  # baselines: a small-capital line's taller initial aside
            if end - 0.5 <= b_box["top"] < a_box["bottom"] + room and any(
                abs(pitch - (a_box["bottom"] - c["bottom"])) <= settings.gutter_even * a.size
                or abs(pitch - (c["bottom"] - b_box["bottom"])) <= settings.gutter_even * a.size
                for c in column
                if c is not a_box and c is not b_box
            ):
                return True
    return False


def _paragraph_break(a: Box, b: Box, column: list[Box], size: float, settings: LayoutSettings) -> bool:
    """Whether `a` (a paragraph's last line) and `b` (the next one's first), one under the other in
    `column` (the boxes of the body lines at their left edge), part two paragraphs of running text:
    the line right above `a` and the line right below `b` stand at one line pitch from them (within
    `gutter_even` font sizes: one leading on both sides), and that line above and `b` are full lines
    of running text, `paragraph_line` font sizes wide or more (a stack of labels or short rows is
    narrower), or, in a narrow column, `paragraph_line_share` of the widest of the lines above,
    `b` and below, and `paragraph_line_least` font sizes or more (ragged lines of a column 16 ems
    wide: browser seed 9856's next paragraph opened with a line of 14.7 ems, and the break, level
    with the white under a heading in the column beside it, cut both columns across)."""
    above = max(
        (c for c in column if c["bottom"] <= a["top"] + 0.5 and c is not a), key=lambda c: c["top"], default=None
    )
    below = min(
        (c for c in column if c["top"] >= b["bottom"] - 0.5 and c is not b), key=lambda c: c["top"], default=None
    )
    if above is None or below is None:
        return False
    measure = max(width(above), width(b), width(below))
    wide = min(
        settings.paragraph_line * size,
        max(settings.paragraph_line_share * measure, settings.paragraph_line_least * size),
    )
    return (
        abs((a["top"] - above["top"]) - (below["top"] - b["top"])) <= settings.gutter_even * size
        and (a["top"] - above["top"]) < b["top"] - a["top"]
        and width(above) >= wide
        and width(b) >= wide
    )


def _heading_runs_across(
    text_lines: list[tuple[Box, Line]], start: float, end: float, body: float, settings: LayoutSettings
) -> bool:
    """Whether the row gap from y `start` to `end` (points) lies between two lines of one heading or
    title wrapped in its column: a line larger than the body size `body` (by more than
    `para_size_diff` points) ends at or above its top, a line of its size (within `para_size_diff`)
    starts at or below its bottom, their left edges within `gutter_indent` font sizes, the white
    between them narrower than `heading_line_gap` font sizes (a heading's own leading). Cutting
    there, where the other column has a paragraph break by chance, would read the heading's first
    line with the text above the gap in both columns and its other lines after them (browser seed
    6528); a label beside a two-line title, its own lines' white by chance over the title's, did
    the same to the title (6490)."""
    lines = [(box, line) for box, line in text_lines if line.size > body + settings.para_size_diff]
    return any(
        a_box["bottom"] <= start + 0.5
        and b_box["top"] >= end - 0.5
        and b_box["top"] - a_box["bottom"] < settings.heading_line_gap * a.size
        and abs(a.size - b.size) <= settings.para_size_diff
        and abs(a_box["x0"] - b_box["x0"]) <= settings.gutter_indent * a.size
        for a_box, a in lines
        for b_box, b in lines
    )


def _heading_over_its_text(
    lines: list[tuple[Box, Line]], start: float, end: float, body: float, settings: LayoutSettings
) -> bool:
    """Whether the row gap from y `start` to `end` (points) is the white between a heading and its
    text's first line under it, while a line of another column stands beside the heading: a line
    larger than the body size `body` (by more than `para_size_diff` points) ends at or above the
    gap's top, a smaller line starts at or below its bottom, their left edges within
    `gutter_indent` font sizes, the white between them narrower than `heading_text_gap` of the
    heading's size (its space after), and a line wholly left or right of both stands level with
    the heading. Cutting there would read that other column's lines between the heading and its
    text: CSS columns set the first column's heading lower by its space before, the second
    column's top (the flow going on) level with it (browser seed 12317: the description's last
    paragraph, at the second column's head, was read as its first)."""
    headings = [(box, line) for box, line in lines if line.size > body + settings.para_size_diff]
    for a_box, a in headings:
        if not a_box["bottom"] <= start + 0.5:
            continue
        for b_box, b in lines:
            if not (
                b_box["top"] >= end - 0.5
                and b_box["top"] - a_box["bottom"] < settings.heading_text_gap * a.size
                and b.size < a.size - settings.para_size_diff
                and abs(a_box["x0"] - b_box["x0"]) <= settings.gutter_indent * a.size
            ):
                continue
            left, right = min(a_box["x0"], b_box["x0"]), max(a_box["x1"], b_box["x1"])
            if any(
                c["top"] < a_box["bottom"] and c["bottom"] > a_box["top"] and (c["x0"] >= right or c["x1"] <= left)
                for c, _ in lines
            ):
                return True
    return False


def _inside_one_column(nodes: list[Node], col_cut: float, row_cut: float) -> bool:
    """Whether the row gap at `row_cut` is white space inside one column only: one side of the
    column gutter at `col_cut` has text above it and below it, the other side text only above or
    only below (a column that ended earlier, or began later; one line is a column too: a paragraph's
    last line carried over to the top of the next page's right column). Such a gap, however wide
    (the space above a heading), does not cut across the columns."""

    def spans(side: list[Node]) -> bool:
        return any(n.box["bottom"] <= row_cut for n in side) and any(n.box["top"] >= row_cut for n in side)

    left = [n for n in nodes if n.box["x1"] <= col_cut]
    right = [n for n in nodes if n.box["x1"] > col_cut]
    # the side that ended (or begins) is a column, however few lines it holds; not one that begins
    # with a drawn panel
    return (spans(left) and not spans(right) and any(map(_units_in, right)) and not _opens_a_band(right, row_cut)) or (
        spans(right) and not spans(left) and any(map(_units_in, left)) and not _opens_a_band(left, row_cut)
    )


def _flows_past(nodes: list[Node], col_cut: float, row_cut: float, body: float, settings: LayoutSettings) -> bool:
    """Whether the row gap at `row_cut` is white that two columns flowing one into the other share by
    chance: both sides of the column gutter at `col_cut` hold text above and below it, and the right
    side opens with running text (a line not set apart as a heading is, `_set_apart`, against the
    body size `body`) level with the left side's first line or above its bottom: text going on from
    the left column's foot, under no heading of its own. Cut across there, its first lines would
    join the section the left column holds above the gap (CSS columns with their default gap, one
    font size: the space before a heading in each column fell level, wider than the gutter)."""
    left = [n for n in nodes if n.box["x1"] <= col_cut]
    right = [n for n in nodes if n.box["x1"] > col_cut]
    if not all(
        any(n.box["bottom"] <= row_cut for n in side) and any(n.box["top"] >= row_cut for n in side)
        for side in (left, right)
    ):
        return False
    first = min(left, key=lambda n: (n.box["top"], n.box["x0"]))
    opening = min(right, key=lambda n: (n.box["top"], n.box["x0"]))
    return (
        opening.unit is not None
        and isinstance(opening.unit.payload, Line)
        and not _set_apart(opening, body, settings)
        and opening.box["top"] <= first.box["bottom"]
    )


def _opens_a_band(side: list[Node], row_cut: float) -> bool:
    """Whether a side of a column gutter begins below the row gap at `row_cut` (nothing of it
    above) with a drawn panel holding text: a card of a grid, a heading's band. A drawn region
    starts a band of its own, so the gap over it is that band's edge, not white inside a column
    that began later: the text above the gap on the other side is read before the region (browser
    seed 11780: a title over the left half only, the cards' and the text columns' gutters in line
    below it, read the right cards and the innovation element's text at the right column's head
    after the whole left half, into the last right card)."""
    if not side or any(n.box["top"] < row_cut for n in side):
        return False
    first = min(side, key=lambda n: (n.box["top"], n.box["x0"]))
    return first.unit is None and _units_in(first) > 0


def _leaves(nodes: list[Node], band_gap: float, settings: LayoutSettings, rules: Sequence[Box] = ()) -> list[Unit]:
    out = []
    for node in xy_cut(nodes, band_gap, settings, rules):
        out.extend([node.unit] if node.unit is not None else _leaves(node.children, band_gap, settings, rules))
    return out


def reading_order(
    units: list[Unit],
    shapes: list[Shape],
    page_w: float,
    page_h: float,
    settings: LayoutSettings = LAYOUT,
    rules: Sequence[Box] = (),
    outlines: Sequence[Shape] = (),
) -> list[Unit]:
    """Units in reading order; a band break needs a row gap of a blank line of body text; `rules`: the
    page's horizontal and vertical rules (`page_rules`); `outlines`: ruled tables' outlines
    (`cells.ruled_tables`), each read whole like a panel but naming no region (`_read_outlined`)."""
    fold = sheet_fold(units, shapes, page_w, page_h, settings)
    if fold is not None:  # two pages side by side: each read whole, the left one first
        left = [u for u in units if (u.box["x0"] + u.box["x1"]) / 2 < fold]
        right = [u for u in units if (u.box["x0"] + u.box["x1"]) / 2 >= fold]
        left_outlines = [o for o in outlines if (o["x0"] + o["x1"]) / 2 < fold]
        right_outlines = [o for o in outlines if (o["x0"] + o["x1"]) / 2 >= fold]
        return reading_order(left, shapes, fold, page_h, settings, rules, left_outlines) + reading_order(
            right, shapes, page_w - fold, page_h, settings, rules, right_outlines
        )
    sizes = [u.payload.size for u in units if isinstance(u.payload, Line)]
    band_gap = statistics.median(sizes) if sizes else float("inf")
    boxes = sorted(panels(shapes, page_w, page_h, settings, units), key=area)
    layered = [u for u in units if u.layer is not None]
    if not layered:
        placed = _with_regions(_in_panels(units, boxes, settings), _parents(boxes, settings))
        outlined = panels(list(outlines), page_w, page_h, settings)
        if outlined:
            return _read_outlined(placed, boxes, outlined, band_gap, settings, rules)
        return _leaves(_tree(placed, boxes, settings), band_gap, settings, rules)
    layers, parent = _layer_panels(layered, boxes, settings)
    placed = _in_panels([u for u in units if u.layer is None], boxes, settings)
    placed += [replace(u, panel=layers[u.layer]) for u in layered if u.layer is not None]
    all_boxes = [*boxes, *(union(u.box for u in layered if u.layer == k) for k in layers)]
    return _leaves(_tree(_with_regions(placed, parent), all_boxes, settings), band_gap, settings, rules)


def sheet_fold(
    units: Sequence[Unit], shapes: Sequence[Shape], page_w: float, page_h: float, settings: LayoutSettings = LAYOUT
) -> float | None:
    """The x (points) of the fold of a landscape sheet holding two pages side by side (a 2-up
    imposition of two fichas, a spread of one ficha's two pages), None when the sheet is no such:
    the x nearest the sheet's middle, within `sheet_fold_band` of its width either side of it, that no
    unit and no drawn shape (but a background across the sheet, `sheet_background` of its width)
    reaches across by more than `sheet_fold_overlap` points, with at least `sheet_half_lines` of the
    sheet's text lines on each side. Each page is then read whole, the left one first: read across,
    one page's rows would interleave with the other's, and a ficha's text would go to the other."""
    lines = [u for u in units if isinstance(u.payload, Line)]
    if page_w <= page_h or not lines:
        return None
    middle, reach = page_w / 2, settings.sheet_fold_band * page_w
    boxes = [u.box for u in units] + [s for s in shapes if width(s) < settings.sheet_background * page_w]
    pad = settings.sheet_fold_overlap
    edges = {middle} | {x for b in boxes for x in (b["x0"], b["x1"]) if abs(x - middle) <= reach}
    for x in sorted(edges, key=lambda e: abs(e - middle)):
        if any(b["x0"] < x - pad and b["x1"] > x + pad for b in boxes):
            continue
        left = sum((u.box["x0"] + u.box["x1"]) / 2 < x for u in lines)
        least = settings.sheet_half_lines * len(lines)
        return x if min(left, len(lines) - left) >= least else None
    return None


def _read_outlined(
    placed: list[Unit],
    boxes: Sequence[Box],
    outlines: Sequence[Box],
    band_gap: float,
    settings: LayoutSettings,
    rules: Sequence[Box],
) -> list[Unit]:
    """`placed` (their panels and regions named among `boxes`) in reading order with each of
    `outlines` read whole as a panel around the panels and units it holds: a line under a ruled
    table's last rule is never read as a line of one of its columns (a heading set with no space
    before it, trial 28 ed20), while the units keep their panels and regions (a table's cells stay
    regions of their own, no cell of the outline)."""
    both = sorted([*boxes, *outlines], key=area)
    ordered = [replace(u, panel=_panel_of(u.box, both, settings)) for u in placed]
    back = {id(t): u for t, u in zip(ordered, placed, strict=True)}
    return [back[id(t)] for t in _leaves(_tree(ordered, both, settings), band_gap, settings, rules)]


def _layer_panels(
    layered: list[Unit], boxes: Sequence[Box], settings: LayoutSettings
) -> tuple[dict[int, int], dict[int, int | None]]:
    """Each floating layer of `layered` (its units' `layer`s, in order) with its panel index after
    `boxes`, and the panels' parents: a layer holds its own units only, so it is no panel's parent
    (the body's table cells under a box stay the body's), and its own parent is none (read where it
    stands among the page's outermost panels)."""
    layers = {k: len(boxes) + i for i, k in enumerate(sorted({u.layer for u in layered if u.layer is not None}))}
    parent = _parents(boxes, settings)
    parent.update({panel: None for panel in layers.values()})
    return layers, parent


def in_reading_order(ordered: list[Unit], page_number: int) -> list[Item]:
    """The page's items in reading order: each line a one-line `TextBlock` (its box, the panel holding
    it as `region`, a bullet that started it as `Line.bullet`); checkboxes, tables and notes as they
    are. The reader groups no lines into paragraphs: that is `segment/paragraphs.py`'s, which needs
    the whole document (its body size, the template's headings, text going on over a page break)."""
    out: list[Item] = []
    for unit in ordered:
        payload = unit.payload
        if isinstance(payload, Line):
            region = None if unit.region is None else f"p{page_number}-{unit.region}"
            out.append(TextBlock([payload], prov=payload.prov, region=region))
        elif isinstance(payload, (Checkbox, Table)) and unit.region is not None:
            out.append(replace(payload, region=f"p{page_number}-{unit.region}"))
        else:
            out.append(payload)
    return out
