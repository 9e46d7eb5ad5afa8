"""Regrouping a PDF reader's text blocks by geometry, before segmentation (issue 15).

A reader groups lines into blocks by spacing and orders them by position;
designs and producers fool both. These rules regroup lines by what the
template and typesetting say, relative to the font size (ems), never to one
design's coordinates: headings that spacing grouped with other lines are
split off; paragraphs set apart by a little space or by a first-line indent
are split; a paragraph cut by a page or column break is joined again; the
value cell of a label | value row follows its heading. Blocks without line
boxes (DOCX) pass through unchanged. Which block is a heading, or body text,
is segmentation's decision, passed in as a predicate.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise
from typing import TypeGuard

from ..layout import BBox, Item, Line, TextBlock

Predicate = Callable[[TextBlock], bool]

MAX_HEADING_LINES = 4  # a heading wrapped over more lines is body text
PARAGRAPH_SPACE_EMS = 0.35  # space above a line beyond the leading that starts a paragraph
INDENT_EMS, MAX_INDENT_EMS = 0.8, 6.0  # a first-line indent, in ems of its line
LIST_MARKER = re.compile(r"\s*(?:[–—\-•·▪■●○◦*]|\d{1,2}[.)])\s")  # a list item's first line
CONTINUATION_EMS = 1.0  # a line this close (in ems) to its column's right edge is full
MAX_VALUE_RATIO = 1.3  # a value cell's first line is at most this many times its label's size
BESIDE_GAP_EMS = 0.25  # white space (in ems of the label) between a label's widest line and its value
SAME_SIZE_POINTS = 0.6  # two lines of one paragraph differ in font size by this many points at most
VALUE_GAP_EMS = 1.5  # white space (in ems of the label) between two lines that no value cell holds
SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*\s*$")


def split_stacked_headings(block: TextBlock, is_heading: Predicate) -> list[TextBlock]:
    """A block that is no heading but whose lines hold headings -> the headings and the runs of
    other lines between them, in order. Spacing alone grouped them: a bold heading set right
    under the bold municipality line, or the label cells of a label | value table stacked
    one under the other. A heading here is a run of up to MAX_HEADING_LINES lines, starting
    with a capital, that matches a heading (the longest such run wins)."""
    if len(block.lines) < 2 or is_heading(block):
        return [block]
    out: list[TextBlock] = []
    other: list[Line] = []
    i = 0
    while i < len(block.lines):
        run = next(
            (
                j
                for j in range(min(len(block.lines), i + MAX_HEADING_LINES), i, -1)
                if block.lines[i].text[:1].isupper() and is_heading(replace(block, lines=block.lines[i:j]))
            ),
            None,
        )
        if run is None:
            other.append(block.lines[i])
            i += 1
            continue
        if other:
            out.append(_block_of(other, block))
            other = []
        lines = block.lines[i:run]
        out.append(_block_of(lines, block))
        i = run
    if not out:
        return [block]
    if other:
        out.append(_block_of(other, block))
    return out


def _indent(line: Line, left: float) -> bool:
    """`line` starts INDENT_EMS..MAX_INDENT_EMS ems right of `left` (farther is another column
    or centred text)."""
    box, em = _line_box(line), line.size
    return box is not None and em > 0 and INDENT_EMS * em <= box[0] - left <= MAX_INDENT_EMS * em


def split_indented_paragraphs(block: TextBlock) -> list[TextBlock]:
    """Paragraphs set apart by a first-line indent rather than space (kind 7 of issue 15): an
    indented line starts a paragraph when the line before it is at the block's left edge or
    is a whole one-line paragraph (it started one and ends a sentence). A list item's hanging
    indent (the line before has a list marker, or is an indented line that started nothing or
    goes on) splits nothing."""
    lines = block.lines
    boxes = _line_boxes(lines)
    if len(lines) < 2 or boxes is None:
        return [block]
    left = min(box[0] for box in boxes)
    cuts: list[int] = []
    for k in range(1, len(lines)):
        if (
            _indent(lines[k], left)
            and not LIST_MARKER.match(lines[k - 1].text)
            and (not _indent(lines[k - 1], left) or (k - 1 in cuts and SENTENCE_END.search(lines[k - 1].text)))
        ):
            cuts.append(k)
    if not cuts:
        return [block]
    return [_block_of(lines[a:b], block) for a, b in pairwise([0, *cuts, len(lines)])]


def split_spaced_paragraphs(block: TextBlock) -> list[TextBlock]:
    """Paragraphs set apart by space that the reader's gap estimate missed (kind 7 of issue 15):
    where one line's pitch (top to top) exceeds the block's leading (its smallest pitch between
    lines of one size) by PARAGRAPH_SPACE_EMS ems, a paragraph starts. Needs three lines or
    more (two lines tell no leading)."""
    lines = block.lines
    boxes = _line_boxes(lines)
    if len(lines) < 3 or boxes is None:
        return [block]
    pitches = [b[1] - a[1] for a, b in pairwise(boxes)]
    same = [p for p, (a, b) in zip(pitches, pairwise(lines), strict=True) if abs(a.size - b.size) < 0.5 and p > 0]
    if len(same) < 2:
        return [block]
    leading = min(same)
    cuts = [
        k + 1
        for k, (p, (a, b)) in enumerate(zip(pitches, pairwise(lines), strict=True))
        if abs(a.size - b.size) < 0.5 and p - leading >= PARAGRAPH_SPACE_EMS * (a.size or 10.0)
    ]
    if not cuts:
        return [block]
    return [_block_of(lines[a:b], block) for a, b in pairwise([0, *cuts, len(lines)])]


def _line_box(line: Line) -> BBox | None:
    return line.prov.bbox


def _line_boxes(lines: list[Line]) -> list[BBox] | None:
    """The box of each line, or None when a line has none (DOCX)."""
    boxes = [line.prov.bbox for line in lines if line.prov.bbox is not None]
    return boxes if len(boxes) == len(lines) else None


def _box(item: Line | TextBlock) -> BBox:
    """The box of a line or block the label | value row rules work on (all have one: `boxed`)."""
    if item.prov.bbox is None:
        raise ValueError("a line or block without a box reached the label | value row rules")
    return item.prov.bbox


def _moves_on(a: TextBlock, b: TextBlock) -> bool:
    """`b` starts a new page, or a new column (it starts above where `a` ends) of one page."""
    if a.prov.page is None or b.prov.page is None or a.prov.bbox is None or b.prov.bbox is None:
        return False
    return b.prov.page > a.prov.page or (b.prov.page == a.prov.page and b.prov.bbox[1] < a.prov.bbox[1])


def _first_word_width(line: Line) -> float:
    """The printed width (points) of the line's first word, estimated from the line's width."""
    box = _line_box(line)
    words = line.text.split()
    if box is None or not words:
        return 0.0
    return (box[2] - box[0]) * len(words[0]) / max(1, len(line.text))


def _ends_open(a: TextBlock, b: TextBlock) -> bool:
    """`a`'s last line ends no sentence and is full: it runs to its column's right edge (the
    column as wide as the wider of `a` and `b`), or
    `b`'s first word would not have fitted after it (ragged text). Then the paragraph goes on
    in `b`. Tolerance: CONTINUATION_EMS ems."""
    last = _line_box(a.lines[-1])
    if last is None or a.prov.bbox is None or b.prov.bbox is None or SENTENCE_END.search(a.lines[-1].text):
        return False
    em = a.lines[-1].size or a.size
    # the column's width: the wider of the two blocks (a one-line block tells nothing alone)
    right = a.prov.bbox[0] + max(a.prov.bbox[2] - a.prov.bbox[0], b.prov.bbox[2] - b.prov.bbox[0])
    return last[2] + em / 4 + _first_word_width(b.lines[0]) >= right - CONTINUATION_EMS * em


def _starts_indented(b: TextBlock) -> bool:
    """The block's first line is indented against its next one (a new paragraph)."""
    if len(b.lines) < 2:
        return False
    first, second = _line_box(b.lines[0]), _line_box(b.lines[1])
    if first is None or second is None:
        return False
    return first[0] - second[0] > CONTINUATION_EMS * (b.lines[0].size or b.size) / 2


def join_continued_paragraphs(
    items: list[Item], is_body: Predicate, is_lead_in: Predicate = lambda block: False
) -> list[Item]:
    """A paragraph cut by a page or column break is one block again (kind 7 of issue 15): a body
    block (or a bold lead-in, `is_lead_in`, when the text goes on in lower case) that ends open
    (`_ends_open`) followed, on the next page or column, by a body block that is not indented.
    The lines keep their own provenance (pages)."""
    out: list[Item] = []
    for item in items:
        prev = out[-1] if out else None
        if (
            isinstance(prev, TextBlock)
            and isinstance(item, TextBlock)
            and _moves_on(prev, item)
            and is_body(item)
            and (is_body(prev) or (is_lead_in(prev) and item.lines[0].text[:1].islower()))
            and _ends_open(prev, item)
            and not _starts_indented(item)
        ):
            out[-1] = replace(prev, lines=prev.lines + item.lines)
        else:
            out.append(item)
    return out


def _beside(box: BBox, label: BBox, em: float) -> bool:
    """`box` starts right of the label's text, past a gap of BESIDE_GAP_EMS."""
    return box[0] >= label[2] + BESIDE_GAP_EMS * em


def _in_column(box: BBox, label: BBox) -> bool:
    return box[0] < label[2] and box[2] > label[0]


def _content_right_under(label: TextBlock, boxes: list[BBox], em: float) -> bool:
    """A checkbox or table starts within an em under the label, in its column: the label heads
    what is below it (a "Categorías" heading over its list), it is no row's left cell."""
    box = _box(label)
    return any(_in_column(other, box) and 0 <= other[1] - box[3] <= em for other in boxes)


def _row_values(
    label: TextBlock, lines: list[tuple[Line, bool]], em: float, regions: dict[int, str | None] | None = None
) -> list[Line] | None:
    """The lines of the value cell of a label | value row whose left cell is the heading `label`,
    or None when `label` heads no such row. `lines` are the other text lines of its page, each
    with whether it is a heading's.

    A row: a line beside the label (`_beside`) sets its first baseline at the label's (within
    half an em), is no more than MAX_VALUE_RATIO times the label's size (a title level with the
    heading of a side panel is no value of it) and does not go on with text begun above it
    (`_continues_from_above`). Its value
    runs down to the next text in the label's column (the next label, or the end of the table);
    when that next text is body text, starting within an em under the label (the heading's own
    text) or with right-hand text beside it, the page holds columns of running text, not a row
    (a line level with the heading at the top of the next column goes on with the text at the
    bottom of the column before). `regions` gives each line's drawn region (by id): when the
    value's first line stands in one (a ruled cell), the value is that region's lines alone (a
    table nested in the cell is the cell's own content, not more of its first paragraph)."""
    box = _box(label)
    first = min(  # the nearest to the label: text further right on its row is another column's
        (
            line
            for line, heading in lines
            if not heading and _beside(_box(line), box, em) and abs(_box(line)[1] - box[1]) <= em / 2
        ),
        key=lambda line: _box(line)[0],
        default=None,
    )
    if first is None or _continues_from_above(first, [line for line, _ in lines], em):
        return None
    if label.size and first.size > MAX_VALUE_RATIO * label.size:  # a title level with a panel's heading
        return None
    below = [
        (line, heading) for line, heading in lines if _in_column(_box(line), box) and _box(line)[1] >= box[3] - em / 4
    ]
    end = min((_box(line)[1] for line, _ in below), default=float("inf"))
    nxt = next(((line, heading) for line, heading in below if _box(line)[1] == end), None)
    if nxt is not None and not nxt[1]:
        top, bottom = _box(nxt[0])[1], _box(nxt[0])[3]
        if top - box[3] <= em:  # the heading's own text right under it: a column's heading, its text below
            return None
        if any(
            _beside(_box(line), box, em) and _box(line)[1] < bottom and _box(line)[3] > top - em / 2
            for line, _ in lines
        ):
            return None
    home = (regions or {}).get(id(first))
    beside = [
        line
        for line, heading in lines
        if not heading
        and _beside(_box(line), box, em)
        and box[1] - em / 2 <= _box(line)[1] < end - em / 4
        and (home is None or (regions or {}).get(id(line)) == home)
    ]
    return _one_cell(first, sorted(beside, key=lambda line: (_box(line)[1], _box(line)[0])), em)


def _one_cell(first: Line, lines: list[Line], em: float) -> list[Line]:
    """The lines of the value cell that `first` opens, top to bottom: lines starting at its left
    edge (or right of it by up to a first-line indent, MAX_INDENT_EMS), down to the first white
    gap taller than VALUE_GAP_EMS or the first line that starts off that edge under the cell; text
    off the edge level with `first` or right of the cell is another column's (a side panel), and
    what starts below such
    a gap or off the edge is other text beside the label's column (the top of a column of running
    text set under the table), not the cell's."""
    left, level = _box(first)[0], _box(first)[1] + em / 2
    cell: list[Line] = []
    for line in lines:
        x0, top = _box(line)[0], _box(line)[1]
        on_edge = left - em / 2 <= x0 <= left + MAX_INDENT_EMS * em
        right = max((_box(c)[2] for c in cell), default=_box(first)[2])
        if not on_edge and (top <= level or x0 > right + em / 2):
            continue
        if not on_edge or (cell and top - max(_box(c)[3] for c in cell) > VALUE_GAP_EMS * em):
            break
        cell.append(line)
    return cell


def _continues_from_above(line: Line, lines: list[Line], em: float) -> bool:
    """A line right under it (within an em) in its column: `line` goes on with text begun above
    (running text that merely lines up with a heading beside it). `lines` are the page's lines
    not yet taken by a row, so the value of the row above does not count; nor does a line of
    another size (the title above the first row: text of one paragraph shares its size)."""
    x0, top, x1, _ = _box(line)
    return any(
        other is not line
        and _box(other)[0] < x1
        and _box(other)[2] > x0
        and 0 <= top - _box(other)[3] <= em
        and abs(other.size - line.size) <= SAME_SIZE_POINTS
        for other in lines
    )


def _block_of(lines: list[Line], like: TextBlock) -> TextBlock:
    """A block of `lines` with `like`'s style and region, its box the union of theirs (`like`'s
    box when a line has none)."""
    boxes = [line.prov.bbox for line in lines if line.prov.bbox is not None]
    if len(boxes) < len(lines):
        return replace(like, lines=lines)
    box = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    return replace(like, lines=lines, prov=replace(like.prov, bbox=box))


def attach_row_values(items: list[Item], is_heading: Predicate) -> list[Item]:
    """Label | value tables printed to PDF (kind 5 of issue 15): the left cell is a heading, the
    lines of the right cell (however either wraps, in whatever order the page was read) follow
    it as one block (one per paragraph, set apart by space or indent), taken from the blocks they
    were read into. Works on line geometry, so
    only on items with boxes (PDF); anything else passes through."""

    def boxed(b: Item) -> TypeGuard[TextBlock]:
        return isinstance(b, TextBlock) and b.prov.bbox is not None and all(line.prov.bbox for line in b.lines)

    heading = {id(b): is_heading(b) for b in items if boxed(b)}
    values: dict[int, list[Line]] = {}
    value_regions: dict[int, str | None] = {}  # the region of each value's first line's block
    taken: set[int] = set()
    labels = sorted((b for b in items if boxed(b) and heading[id(b)]), key=lambda b: (b.prov.page, _box(b)[1]))
    on_page: dict[int | None, list[TextBlock]] = {}  # each page's blocks, once: a page is searched, not the document
    for b in items:
        if boxed(b):
            on_page.setdefault(b.prov.page, []).append(b)
    placed_items: dict[int | None, list[BBox]] = {}  # each page's boxes, checkboxes and tables
    for item in items:
        if not isinstance(item, TextBlock) and item.prov.bbox is not None and item.prov.page is not None:
            placed_items.setdefault(item.prov.page, []).append(item.prov.bbox)
    for label in labels:
        if _content_right_under(label, placed_items.get(label.prov.page, []), label.size or 10.0):
            continue  # a column's heading over its boxes (a panel's category list), not a row's label
        lines = [
            (line, heading[id(b)])
            for b in on_page[label.prov.page]
            if b is not label
            for line in b.lines
            if id(line) not in taken
        ]
        regions = {id(line): b.region for b in on_page[label.prov.page] for line in b.lines}
        row = _row_values(label, lines, label.size or 10.0, regions)
        if row:
            values[id(label)] = sorted(row, key=lambda line: (_box(line)[1], _box(line)[0]))
            value_regions[id(label)] = regions.get(id(values[id(label)][0]))
            taken.update(id(line) for line in row)
    if not values:
        return items
    out: list[Item] = []
    for item in items:
        if isinstance(item, TextBlock) and id(item) in values:
            value = _block_of(values[id(item)], replace(item, style=None, region=value_regions[id(item)]))
            out += [item, *(p for spaced in split_spaced_paragraphs(value) for p in split_indented_paragraphs(spaced))]
        elif boxed(item) and any(id(line) in taken for line in item.lines):
            rest = [line for line in item.lines if id(line) not in taken]
            if rest:
                out.append(_block_of(rest, item))
        else:
            out.append(item)
    return out
