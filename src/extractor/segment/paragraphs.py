"""How lines become paragraphs: the one owner of paragraph grouping.

A Word reader gives the document's own paragraphs; a PDF reader gives lines,
one `TextBlock` each in reading order, with what only the page's geometry
knows (`readers/pdf/order.py`): the line's box, the drawn panel holding it
(`region`), whether a bullet started it (`Line.bullet`). Here, and nowhere
else, lines become paragraphs, by what the template and typesetting say,
relative to the font size (ems), never to one design's coordinates.
`paragraphs` applies the rules in this order, each once:

1. `group_lines`: a PDF page's lines run on as one paragraph while the next
   line is close (under the page's paragraph gap, `paragraph_gap`), of one
   size and weight (or a bold lead-in that wraps), in the same panel,
   overlapping it across, and no bullet starts it. Tables other than month
   tables are then read cell by cell (`layout.flatten_tables`).
2. `split_label_value`: "Label: value", the label a template heading, is a
   heading block and a value block. The document's body size is measured on
   these blocks (the `Judge` segmentation answers with knows it).
3. `split_paragraphs`: a run of lines is cut where a template heading stands
   (`split_stacked_headings`: a bold heading right under the bold
   municipality line, stacked label cells), where the leading grows
   (`split_spaced_paragraphs`) and at a first-line indent
   (`split_indented_paragraphs`; a list item's hanging indent is none).
4. `merge_wrapped_headings`: a heading wrapped over two blocks is one;
   `rows.join_stacked_headings`: a heading's lines read one by one between
   its value's lines (stacked at one edge, one font) are one heading again.
5. `attach_row_values`: the value cell of a label | value row follows its
   label (a template heading, then a Sello line's name), its lines taken
   from the blocks they were read into, cut into paragraphs by rule 3's
   leading and indent; the cell ends at the next text of the label's column
   (of the label's region, or standing across that column) and above a line
   whose paragraph runs on past that text (the top of a column of running
   text beside a heading set above its text); `rows.rows_beside_headings`:
   beside a column of template headings, each item goes to the heading of
   its row. The labels of a ficha's name and municipality head rows too
   (`_head_label`); a label column shaded by one fill behind all its cells
   is no side panel (`_label_like`); a cell opening with a table or boxes
   has its text right under them (`_under_a_placed_item`), unless that text
   runs on past the row at its own leading (`_runs_past_the_row`).
6. `join_continued_paragraphs`: a paragraph cut by a page or column break
   is one again (`_continues`: its sentence runs on, or a new sentence
   starts unindented where the document's paragraphs start indented), also
   past what was read of other drawn regions between the two parts (a side
   panel read after the column beside it); a table row cut by the page
   break goes on cell by cell (`_cell_cut_by_the_page`; a block already gone
   on into a next column is no cell), a row's next cell is never its cell's
   text going on (`_next_cell`), nor is a line a bullet starts (a list's next
   item), nor is a block of marks alone (a checklist's ✓ cells).
7. `split_category_column`: the label column of a category table (every
   line a category's name) is one label a row, no paragraph.

Blocks without line boxes (DOCX) pass through the geometric rules (1, 3's
leading and indent, 5, 6) unchanged. Which block is a heading, body text or
a category label is segmentation's decision (`fichas.BlockJudge`), asked
through `Judge`.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Protocol, TypeGuard, TypeVar

from ..glyphs import is_mark_alone, list_number
from ..layout import (
    UNCLEAR,
    BBox,
    Item,
    Line,
    Provenance,
    ReaderNote,
    TextBlock,
    bbox_union,
    flatten_tables,
)
from ..settings import SETTINGS
from ..template import (
    is_bare_prefix,
    is_sello_lead_in,
    names_heading,
    opens_with_title_label,
    whole_heading_opening,
    without_number,
)
from ..text import clean, ending
from .regions import continued_regions, drawn_region, root
from .rows import join_stacked_headings, rows_beside_headings

Predicate = Callable[[TextBlock], bool]
Score = Callable[[TextBlock], float | None]  # a block's score as a template heading (0-100), None for none

LIST_MARKER = re.compile(r"\s*(?:[–—\-•·▪■●○◦*]|\d{1,2}[.)])\s")  # a list item's first line
SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*\s*$")
FULL_STOP = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")  # a sentence's end, not a clause's
CLAUSE_END = re.compile(r"[:;][\"'”’»)\]]*\s*$")  # a sentence's clause ends: a list or a clause may follow


class Judge(Protocol):
    """What segmentation decides about a block, as the paragraph rules ask it (`fichas.BlockJudge`)."""

    def heading(self, block: TextBlock) -> tuple[str, float] | None:
        """(section key, score) when the block is one of the template's headings."""
        ...

    def emphasised(self, block: TextBlock) -> bool:
        """Set apart from body text: bold, a heading style, larger, a trailing colon, capitals."""
        ...

    def body_text(self, block: TextBlock) -> bool: ...

    def lead_in(self, block: TextBlock) -> bool:
        """A bold line that is no heading and no title: the name a list item or paragraph starts with."""
        ...

    def sello_name(self, block: TextBlock) -> bool:
        """A Sello line's name alone: the left cell of a name | justification row."""
        ...

    def sello_item(self, block: TextBlock) -> bool:
        """The block opens a Sello line: its name, then a comma, a colon or a semicolon."""
        ...

    def anchor(self, block: TextBlock) -> bool:
        """What a section's text never is: a title, a municipality label."""
        ...

    def category_column(self, block: TextBlock) -> bool:
        """The label column of a category table: every line a category's name alone."""
        ...


J = TypeVar("J", bound=Judge)


def paragraphs(
    items: list[Item], judge_of: Callable[[list[Item]], J], orphan_control: bool = False
) -> tuple[list[Item], J]:
    """A document's items (a reader's `Layout.items`) with their lines grouped into paragraphs by
    the rules 1 to 7 of this module, in that order; and the judge `judge_of` made from the blocks
    of rule 2 (the document's body size is measured on them). `orphan_control`: the document's producer
    keeps a paragraph's first line from standing alone at a column's foot (`Layout.orphan_control`)."""
    grouped = flatten_tables(group_lines(items))
    plain = plain_run_ins(grouped)
    grouped = hanging_values_rejoined(grouped, plain)
    runs = [
        part for item in grouped for part in (split_label_value(item, plain) if isinstance(item, TextBlock) else [item])
    ]
    judge = judge_of(runs)

    def is_heading(block: TextBlock) -> bool:
        return judge.heading(block) is not None

    def heading_score(block: TextBlock) -> float | None:
        match = judge.heading(block)
        return match[1] if match else None

    unmarked = paragraphs_unmarked(runs, judge.body_text) and any(
        len(split_unfilled_paragraphs(b)) > 1 for b in runs if isinstance(b, TextBlock)
    )  # paragraphs run together with no mark between them, as some line left unfilled shows
    flat = join_stacked_headings(
        merge_wrapped_headings(split_paragraphs(runs, is_heading, heading_score, unmarked), judge), heading_score
    )
    flat = attach_row_values(flat, lambda b: is_heading(b) or _head_label(b))
    flat = attach_row_values(flat, judge.sello_name)  # a Sello line's name | its justification
    flat = rows_beside_headings(flat, is_heading, judge.anchor, _paragraphs_of)
    flat = join_continued_paragraphs(
        flat,
        judge.body_text,
        judge.lead_in,
        judge.sello_item,
        _regions_going_on(flat, judge),
        judge.anchor,
        heading_dress(flat, is_heading),
        orphan_control,
    )
    return [part for item in flat for part in split_category_column(item, judge)], judge


def _head_label(block: TextBlock) -> bool:
    """The label of a ficha's name ("Nombre de la práctica") or of its municipality ("Municipalidad"
    alone): a form's head row, its value in the cell beside it."""
    text = clean(" ".join(line.text for line in block.lines))
    return (opens_with_title_label(text) and not text.partition(":")[2].strip()) or is_bare_prefix(text)


def _regions_going_on(items: list[Item], judge: Judge) -> dict[str, str]:
    """The drawn regions of PDF `items` that go on a region of an earlier page
    (`regions.continued_regions`: a side panel cut by a page break), each with that region's name;
    anchors are the judge's (headings, titles, municipality labels), the em the body text's median
    size."""
    anchors = [isinstance(i, TextBlock) and (judge.anchor(i) or judge.heading(i) is not None) for i in items]
    sizes = [i.size for i in items if isinstance(i, TextBlock) and i.size and judge.body_text(i)]
    return continued_regions(items, anchors, statistics.median(sizes) if sizes else SETTINGS.paragraphs.default_size)


def heading_dress(items: list[Item], is_heading: Predicate) -> set[str]:
    """The outermost drawn regions of PDF `items` (names, "p3-7") that hold template headings
    (`is_heading`) and nothing else: a band or pill drawn round a heading, which prints the heading
    in the page's flow as much as a bare one (a side panel's "Categoría" band, nested in the panel
    holding its list, is none)."""
    alone: dict[str, bool] = {}
    for item in items:
        region = drawn_region(item)
        if region is None or item.prov.page is None:
            continue
        name = root(region)
        alone[name] = alone.get(name, True) and isinstance(item, TextBlock) and is_heading(item)
    return {name for name, only in alone.items() if only}


def paragraphs_unmarked(items: list[Item], is_body: Predicate) -> bool:
    """Whether a document sets its paragraphs apart by neither space nor indent: no body block of
    two lines or more (running text, not a list's lines) is followed, next in reading order, by a
    body block of its page and region standing right under it (their lines grouped apart by
    spacing, `group_lines`: the second's first line within SETTINGS.paragraphs.spacing_max_lines line heights of the
    first's last, the two overlapping across), no body block holds paragraphs set apart by space
    (`split_spaced_paragraphs`), and no body block starts a paragraph with an indent
    (`_starts_indented`, `split_indented_paragraphs`). False for a document without such blocks (a
    Word document's paragraphs are its own)."""
    blocks = [i for i in items if _body_lines(i, is_body)]
    if not blocks:
        return False
    if any(isinstance(b, TextBlock) and len(split_spaced_paragraphs(b)) > 1 for b in blocks):
        return False  # space sets paragraphs apart inside a block (a table cell's margin, under the page's gap)
    for a, b in pairwise(items):
        if not (_body_lines(a, is_body) and _body_lines(b, is_body)):
            continue
        assert isinstance(a, TextBlock) and isinstance(b, TextBlock)
        if a.prov.page != b.prov.page or a.region != b.region or len(a.lines) < 2:
            continue
        above, below = _line_box_of(a), _line_box_of(replace(b, lines=b.lines[:1]))
        spaced = 0 < below[1] - above[3] <= SETTINGS.paragraphs.spacing_max_lines * _height(above)
        if spaced and below[0] < above[2] and below[2] > above[0]:
            return False
    return not any(
        isinstance(b, TextBlock) and (_starts_indented(b) or len(split_indented_paragraphs(b)) > 1) for b in blocks
    )


def _body_lines(item: Item, is_body: Predicate) -> bool:
    """A body block whose lines all have boxes (a PDF's)."""
    return isinstance(item, TextBlock) and is_body(item) and _line_boxes(item.lines) is not None


def _paragraphs_of(block: TextBlock) -> list[TextBlock]:
    """A block cut where the leading grows and at first-line indents (step 3's geometric rules)."""
    return [p for spaced in split_spaced_paragraphs(block) for p in split_indented_paragraphs(spaced)]


def _reader_line(item: Item) -> TypeGuard[TextBlock]:
    """A PDF reader's line: a one-line block with its page and box."""
    return (
        isinstance(item, TextBlock)
        and len(item.lines) == 1
        and item.prov.page is not None
        and item.lines[0].prov.bbox is not None
    )


def _height(box: BBox) -> float:
    return box[3] - box[1]


def _line_box_of(block: TextBlock) -> BBox:
    box = block.lines[-1].prov.bbox
    if box is None:
        raise ValueError("a reader's line without a box")
    return box


def paragraph_gap(page: list[Item]) -> float:
    """The vertical gap (points) above which two lines of one page (its items in reading order)
    belong to different paragraphs: SETTINGS.paragraphs.paragraph_gap_spacings times the page's usual line spacing
    (the lower quartile of the gaps between consecutive lines of one size, under
    SETTINGS.paragraphs.spacing_max_lines line heights: lines within a paragraph are the closest, and a page of short
    paragraphs spaced apart, a Word export, has more gaps between paragraphs than within them),
    at least SETTINGS.paragraphs.paragraph_gap_ems ems of the page's median line size."""
    gaps = []
    for a, b in pairwise(page):
        if _reader_line(a) and _reader_line(b):
            above, below = _line_box_of(a), _line_box_of(b)
            gap = below[1] - above[3]
            if abs(
                a.lines[0].size - b.lines[0].size
            ) < SETTINGS.paragraphs.spacing_size_points and 0 < gap < SETTINGS.paragraphs.spacing_max_lines * _height(
                above
            ):
                gaps.append(gap)
    size = statistics.median([i.lines[0].size for i in page if _reader_line(i)] or [SETTINGS.paragraphs.default_size])
    typical = (
        statistics.quantiles(gaps, n=4, method="inclusive")[0]
        if len(gaps) > 1
        else gaps[0]
        if gaps
        else SETTINGS.paragraphs.default_spacing_ems * size
    )
    return max(SETTINGS.paragraphs.paragraph_gap_ems * size, SETTINGS.paragraphs.paragraph_gap_spacings * typical)


def _wrapped(prev: BBox, nxt: BBox, text: str) -> bool:
    """Whether the line boxed `prev` broke only because the first word of the next line (`nxt`,
    `text`) would not fit on it, the sentence running on: the next line starts in lower case and
    its first word (its share of the line's width) is wider than the room right of `prev` within
    the two lines' measure. So a bold lead-in that fills its line ("Acceso a la información y
    orientación" / "integral, ya que ...") stays in its paragraph; a bold heading, short or
    followed by a capital, does not."""
    if not text[:1].islower():
        return False
    first = text.split(" ", 1)[0]
    first_width = (nxt[2] - nxt[0]) * len(first) / len(text)
    return max(prev[2], nxt[2]) - prev[2] < first_width


def _runs_on(prev: TextBlock, nxt: TextBlock, max_gap: float) -> bool:
    """Whether the reader's line `nxt` goes on the paragraph whose last line is `prev`'s."""
    a, b = prev.lines[-1], nxt.lines[0]
    above, below = _line_box_of(prev), _line_box_of(nxt)
    gap = below[1] - above[3]
    return (
        prev.region == nxt.region
        and not b.bullet
        and not _next_numbered_item(prev, b)
        and -SETTINGS.paragraphs.line_rise * _height(above) < gap <= max_gap
        and abs(a.size - b.size) <= SETTINGS.paragraphs.same_size_points
        and (a.bold == b.bold or _wrapped(above, below, b.text))
        and below[0] < above[2]
        and below[2] > above[0]
        and _is_mark_line(a) == _is_mark_line(b)
    )


def _next_numbered_item(prev: TextBlock, line: Line) -> bool:
    """Whether `line` opens the next item of a numbered list whose item `prev` is: both open with a
    list number of one form (`glyphs.list_number`: "1." then "2."; a word processor's numbered list,
    each item its own paragraph however close the lines)."""
    first, own = list_number(prev.lines[0].text), list_number(line.text)
    return bool(first) and bool(own) and first[-1] == own[-1]


def _holds_marks(block: TextBlock) -> bool:
    """A block of marks alone (`_is_mark_line`): a checklist's mark cells, no paragraph's part."""
    return any(_is_mark_line(line) for line in block.lines)


def _is_mark_line(line: Line) -> bool:
    """A line that is a mark alone (✓, ✗: `glyphs.is_mark_alone`; or the letter X typed alone, a
    sheet's or a form's mark), a checklist's mark cell: it runs on with no line of words (a heading
    above it, the label of the row below, the label heading the next column), only with marks."""
    return is_mark_alone(line.text, line.font) or line.text.strip() in ("X", "x")


def _pages(items: list[Item]) -> list[list[Item]]:
    """The items in runs of one page each (items without a page: one run)."""
    runs: list[list[Item]] = []
    for item in items:
        if runs and runs[-1][0].prov.page == item.prov.page:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


def group_lines(items: list[Item]) -> list[Item]:
    """Step 1: a PDF reader's lines (`_reader_line`), page by page, grouped into paragraphs by
    spacing (`_runs_on`, under the page's `paragraph_gap`): consecutive lines of one paragraph
    become one `TextBlock` (the union of their boxes, the first line's region); everything else
    (checkboxes, tables, DOCX paragraphs) passes through and ends a paragraph; a reader's note
    placed amid a paragraph (words struck through, `readers.pdf.struck`) follows it and ends none. Lines of
    another drawn region read amid a paragraph (`_read_amid`: a text box the paragraph's first
    lines wrap around, read after the lines beside it) are set aside while the paragraph runs on,
    and grouped after it."""
    out: list[Item] = []
    for page in _pages(items):
        out += _grouped(page, paragraph_gap(page))
    return out


def _grouped(page: list[Item], max_gap: float) -> list[Item]:
    """One page's items with its reader's lines grouped into paragraphs (`group_lines`)."""
    out: list[Item] = []
    run: list[TextBlock] = []
    aside: list[Item] = []  # another region's lines read amid `run`'s paragraph
    held: list[Item] = []  # notes read amid `run`'s paragraph (`ReaderNote.amid`): they follow it
    for item in [*page, None]:
        if item is not None and _reader_line(item) and run:
            if _runs_on(run[-1], item, max_gap):
                run.append(item)
                continue
            if _read_amid(run[-1], item):
                aside.append(item)
                continue
        if item is not None and _amid(item) and run:
            held.append(item)  # a note met amid a paragraph (struck words quoted) does not end it
            continue
        if run:
            out.append(_joined(run))
            run = []
        out += held
        held = []
        if aside:
            out += _grouped(aside, max_gap)
            aside = []
        if item is not None and _reader_line(item):
            run.append(item)
        elif item is not None:
            out.append(item)
    return out


def _read_amid(prev: TextBlock, line: TextBlock) -> bool:
    """Whether the reader's line `line`, read after `prev` (a paragraph's last line so far), is of
    another drawn region (`region`, a panel: a text box, a side panel) that stands beside it, not
    across it: the paragraph may go on after that region's lines (its first lines wrapped around
    the box, the box read after the lines level with it)."""
    if line.region is None or line.region == prev.region:
        return False
    above, box = _line_box_of(prev), _line_box_of(line)
    return box[0] >= above[2] or box[2] <= above[0]


def _joined(run: list[TextBlock]) -> TextBlock:
    """The reader's lines `run` as one paragraph, boxed by the union of theirs."""
    if len(run) == 1:
        return run[0]
    boxes = [_line_box_of(b) for b in run]
    box = bbox_union(boxes)
    return TextBlock([b.lines[0] for b in run], prov=Provenance(run[0].prov.page, box), region=run[0].region)


def plain_run_ins(items: Sequence[Item]) -> bool:
    """Whether the document sets its headings run-in in the body's own face: paragraphs opening
    with a template heading's printed name whole, then a period, a colon or a dash
    (`whole_heading_opening`: "Grupo prioritario. Se focaliza ..."), no face setting the name
    apart, name SETTINGS.paragraphs.run_in_min_headings headings or more. One such sentence ("... Forma de
    financiamiento. Recursos ..." in a description) shows no style and opens nothing."""
    keys: set[str] = set()
    for item in items:
        if not isinstance(item, TextBlock):
            continue
        lines = item.lines
        for i, line in enumerate(lines):
            if i and not _ends_a_paragraph(lines[i - 1], line, lines):
                continue
            found = whole_heading_opening(line.text)
            if found is not None and found[2] and run_in_label(line) is None:
                keys.add(found[0])
    return len(keys) >= SETTINGS.paragraphs.run_in_min_headings


def hanging_values_rejoined(items: list[Item], plain: bool = False) -> list[Item]:
    """Step 2's first part: `items` with the lines of a value set on a hanging indent brought back
    under the "Label: value" line opening it, where the label ran past the value's tab stop: the
    value's first words follow the label on its line, its next lines hang at the value column's
    edge right under that line ("Elemento innovador/creativo del proyecto o actividad: Se destaca
    el trabajo realizado" over "acompañando la creación ..."), and reading order, taking the label
    column first, read them after the next label. A block is the value's rest
    (`_hangs_under`) when its first line stands right under the label's line at the body's
    leading, right of the label's start, its right edge at the line's, in the line's size, and
    nothing is printed left of it at its first line's level."""
    out = list(items)
    for i, item in enumerate(out):
        if not isinstance(item, TextBlock) or item.prov.page is None or not item.lines:
            continue
        if run_in_label(item.lines[-1], plain) is None:
            continue
        rest = next(
            (j for j in range(i + 1, len(out)) if _hangs_under(item, out[j]) and _alone_at_its_level(out, j, item)),
            None,
        )
        if rest is not None and rest > i + 1:
            out.insert(i + 1, out.pop(rest))
    return out


def _hangs_under(block: TextBlock, other: Item) -> bool:
    """Whether `other` is a block whose first line goes on `block`'s last line on a hanging indent:
    on its page, its top within SETTINGS.paragraphs.paragraph_gap_ems of the line's size under it, starting over
    SETTINGS.paragraphs.max_hang_ems right of the line's start and left of its end, its column reaching the line's end
    within SETTINGS.paragraphs.continuation_ems (`_measure_reached`), its first line ending right of the
    line's end by no more than its own first word and SETTINGS.paragraphs.word_fit_ems (the word that did
    not fit on the line), and set in the line's size (SETTINGS.paragraphs.same_size_points)."""
    if not isinstance(other, TextBlock) or other.prov.page != block.prov.page or not other.lines:
        return False
    line, first = block.lines[-1], other.lines[0]
    box, top = line.prov.bbox, first.prov.bbox
    if box is None or top is None or abs(line.size - first.size) > SETTINGS.paragraphs.same_size_points:
        return False
    em = max(line.size, 1.0)
    reach = _measure_reached(other.lines)
    return (
        -SETTINGS.paragraphs.line_rise * (box[3] - box[1])
        <= top[1] - box[3]
        <= SETTINGS.paragraphs.paragraph_gap_ems * em
        and box[0] + SETTINGS.paragraphs.max_hang_ems * em < top[0] < box[2]
        and box[2] - SETTINGS.paragraphs.continuation_ems * em <= reach
        and top[2] <= box[2] + _first_word_width(first) + SETTINGS.paragraphs.word_fit_ems * em
    )


def _measure_reached(lines: list[Line]) -> float:
    """The right edge (points) a ragged block's lines show their column reaches: a line's end and the
    next line's first word (which did not fit on it), the widest of them."""
    reach = 0.0
    for line, below in zip(lines, [*lines[1:], None], strict=True):
        if (box := line.prov.bbox) is not None:
            reach = max(reach, box[2] + (_first_word_width(below) if below is not None else 0.0))
    return reach


def _alone_at_its_level(items: list[Item], j: int, block: TextBlock) -> bool:
    """Whether nothing else on the page of `items[j]` is printed left of its first line, level with
    it, from `block`'s start: the white of the label column under a label that ran past its stop."""
    item = items[j]
    assert isinstance(item, TextBlock)
    top, start = item.lines[0].prov.bbox, block.lines[-1].prov.bbox
    assert top is not None and start is not None
    for other in items:
        box = other.prov.bbox if other is not item and other is not block else None
        if box is None or other.prov.page != item.prov.page:
            continue
        if box[1] < top[3] and box[3] > top[1] and box[2] <= top[0] and box[2] > start[0]:
            return False
    return True


def split_label_value(block: TextBlock, plain: bool = False) -> list[TextBlock]:
    """Step 2: "Grupo prioritario: Mujeres haitianas" (the label a template heading,
    `template.names_heading`) opening the block's first line, or a later line right after a line
    that ends a sentence (a run-in label opening the next paragraph, which spacing alone did not set
    apart: "... y SJM." over "Grupo prioritario: Personas migrantes ...") -> the lines before it,
    then a heading block (the label, bold) and a value block (the rest of the line and the lines
    after it, up to the next such label); a label in bold, the rest of its line not, opens a part
    wherever it stands; in a document that sets its headings run-in in the body's face (`plain`:
    `plain_run_ins`), a heading's name whole then a period or a dash opens a paragraph's part too
    ("Grupo prioritario. Se focaliza ..."); [block] otherwise."""
    lines = block.lines
    cuts = [
        i
        for i, line in enumerate(lines)
        if run_in_label(line, plain) is not None
        and (i == 0 or _set_apart(line) or _ends_a_paragraph(lines[i - 1], line, lines))
    ]
    if not cuts:
        return [block]
    out = [block_of(block.lines[: cuts[0]], block)] if cuts[0] else []
    for n, i in enumerate(cuts):
        end = cuts[n + 1] if n + 1 < len(cuts) else len(block.lines)
        out += _label_and_value(block.lines[i:end], block, plain)
    return out


SENTENCE_ENDS = (".", "!", "?", ":", ";")  # a line ending so ends its sentence: a run-in label may open the next


def _ends_a_paragraph(line: Line, next_line: Line, lines: list[Line]) -> bool:
    """Whether `line`, followed by `next_line` in a block of `lines`, ends a paragraph: it ends a
    sentence, or (lines with boxes, a PDF's) it stops short of the block's right edge by more than
    the next line's first word and a space would take (at the next line's mean character width):
    the typesetter broke it there on purpose ("... (SECPLAC)" over "Grupo prioritario: ...")."""
    if line.text.rstrip().endswith(SENTENCE_ENDS):
        return True
    box, next_box = line.prov.bbox, next_line.prov.bbox
    edges = [b[2] for b in (other.prov.bbox for other in lines) if b is not None]
    if box is None or next_box is None or not next_line.text:
        return False
    per_char = (next_box[2] - next_box[0]) / len(next_line.text)
    first_word = next_line.text.split()[0] if next_line.text.split() else ""
    return max(edges) - box[2] > per_char * (len(first_word) + 1)


# what may end a run-in label set apart by its weight, before its value on the same line
RUN_IN_ENDS = (":", ".", "\u2014", "\u2013", "-")  # colon, period, em dash, en dash, hyphen


def _set_apart(line: Line) -> bool:
    """Whether the line opens with a run-in label in bold (or italics), the rest of it not: its face
    sets the label apart wherever the line stands in its paragraph."""
    return bool(line.bold_lead) and line.text.startswith(line.bold_lead.rstrip())


def run_in_label(line: Line, plain: bool = False) -> tuple[str, str] | None:
    """(label, value) of a line opening with a template heading's name as a run-in label: the name
    and a colon ("Forma de financiamiento: ..."), or the name in bold (or, the line holding no bold
    word, in italics) with the rest of the line not (`Line.bold_lead`), ended by a colon, a period or
    a dash (`RUN_IN_ENDS`: "Forma de financiamiento. Recursos ..."), or by the face alone before a
    capital ("*Forma de financiamiento* Municipal ..."); `plain` (a document setting its headings
    run-in in the body's face, `plain_run_ins`): a heading's name whole in any face, then a period
    or a dash (`whole_heading_opening`); None otherwise."""
    label, colon, value = line.text.partition(":")
    if colon and names_heading(label):
        return label, value
    if plain and (whole := whole_heading_opening(line.text)) is not None:
        return whole[1], whole[2]
    lead = line.bold_lead.rstrip()
    if not lead or not line.text.startswith(lead):
        return None
    rest = line.text[len(lead) :]
    name = lead.rstrip("".join(RUN_IN_ENDS)).rstrip()
    # no mark ends it: the face alone sets it apart, before a sentence of its own ("*Forma de
    # financiamiento* Municipal ...")
    ended = name != lead or rest.lstrip().startswith(RUN_IN_ENDS) or rest.lstrip()[:1].isupper()
    if not ended or not name or not names_heading(name):
        return None
    return name, line.text[len(name) :].lstrip().lstrip("".join(RUN_IN_ENDS))


def _label_and_value(lines: list[Line], block: TextBlock, plain: bool = False) -> list[TextBlock]:
    """Lines opening with a run-in label (of `block`: `run_in_label`, `plain` as there) -> the
    label's heading block and the value's."""
    found = run_in_label(lines[0], plain)
    assert found is not None
    label, value = found
    head_line = Line(clean(label), size=lines[0].size, bold=True, font=lines[0].font, prov=lines[0].prov)
    rest = ([Line(clean(value), size=lines[0].size, prov=lines[0].prov)] if clean(value) else []) + lines[1:]
    # each part its own lines' box (a PDF's): a heading alone on the first line, the next
    # heading under it, are two rows of a label column, not one
    out = [block_of([head_line], TextBlock([head_line], style=block.style, prov=block.prov, region=block.region))]
    if rest:
        out.append(block_of(rest, TextBlock(rest, style=None, prov=block.prov, region=block.region)))
    return out


def split_stacked_headings(block: TextBlock, is_heading: Predicate, score: Score | None = None) -> list[TextBlock]:
    """A block that is no heading but whose lines hold headings -> the headings and the runs of
    other lines between them, in order. Spacing alone (step 1) grouped them: a bold heading set right
    under the bold municipality line, or the label cells of a label | value table stacked
    one under the other. A heading here is a run of up to SETTINGS.paragraphs.max_heading_lines lines, starting
    with a capital (after its number: "5. Forma de" over "financiamiento:"), that matches a heading:
    the best match (`score`, when given), of equal ones the longest. So a block that matches a
    heading only loosely as a whole ("6. SOSTENIBILIDAD EN EL TIEMPO:" over "7. BREVE", the next
    heading's first line set a line pitch under it) is cut after the run that matches it better."""
    if len(block.lines) < 2:
        return [block]
    if is_heading(block):
        whole = score(block) if score is not None else None
        if whole is None or _best_run(block, 0, is_heading, score) in (None, (whole, len(block.lines))):
            return [block]
    out: list[TextBlock] = []
    other: list[Line] = []
    i = 0
    while i < len(block.lines):
        best = _best_run(block, i, is_heading, score)
        if best is None:
            other.append(block.lines[i])
            i += 1
            continue
        run = best[1]
        if other:
            out.append(block_of(other, block))
            other = []
        lines = block.lines[i:run]
        out.append(block_of(lines, block))
        i = run
    if not out:
        return [block]
    if other:
        out.append(block_of(other, block))
    return out


def _best_run(block: TextBlock, i: int, is_heading: Predicate, score: Score | None) -> tuple[float, int] | None:
    """(score, end) of the run of lines from `i` that matches a heading best (`score`; all
    alike without it), of equal ones the longest (up to SETTINGS.paragraphs.max_heading_lines); None when none does."""
    if not without_number(block.lines[i].text)[:1].isupper():  # a capital, after a heading's number
        return None
    best: tuple[float, int] | None = None
    for j in range(min(len(block.lines), i + SETTINGS.paragraphs.max_heading_lines), i, -1):
        part = replace(block, lines=block.lines[i:j])
        if not is_heading(part):
            continue
        found = (score(part) or 0.0) if score is not None else 0.0
        if best is None or found > best[0]:
            best = (found, j)
    return best


def split_paragraphs(
    items: list[Item], is_heading: Predicate, score: Score | None = None, unmarked: bool = False
) -> list[Item]:
    """Step 3: each block cut where a template heading stands (`split_stacked_headings`, the best
    match by `score` when given), then each part where the leading grows
    (`split_spaced_paragraphs`), then at first-line indents (`split_indented_paragraphs`), then
    after lines left unfilled (`split_unfilled_paragraphs`; `unmarked`: the document sets its
    paragraphs apart by neither space nor indent, `paragraphs_unmarked`). Blocks without line boxes
    are cut only at headings."""
    leadings = document_leadings(items)
    return [
        paragraph
        for item in items
        for part in (split_stacked_headings(item, is_heading, score) if isinstance(item, TextBlock) else [item])
        for spaced in (split_spaced_paragraphs(part, leadings) if isinstance(part, TextBlock) else [part])
        for indented in (split_indented_paragraphs(spaced) if isinstance(spaced, TextBlock) else [spaced])
        for paragraph in (
            split_unfilled_paragraphs(indented, unmarked) if isinstance(indented, TextBlock) else [indented]
        )
    ]


def _indent(line: Line, left: float) -> bool:
    """`line` starts SETTINGS.paragraphs.indent_ems..MAX_INDENT_EMS ems right of `left` (farther is another column
    or centred text)."""
    box, em = _line_box(line), line.size
    return (
        box is not None
        and em > 0
        and SETTINGS.paragraphs.indent_ems * em <= box[0] - left <= SETTINGS.paragraphs.max_indent_ems * em
    )


def split_indented_paragraphs(block: TextBlock) -> list[TextBlock]:
    """Paragraphs set apart by a first-line indent rather than space (kind 7 of issue 15): an
    indented line starts a paragraph when the line before it is at the block's left edge or
    is a whole one-line paragraph (it started one, or the block, and ends a sentence). A list item's hanging
    indent (the line before has a list marker, or is an indented line that started nothing or
    goes on) splits nothing. Indents are measured from the block's left edge and from that of
    the lines from the last cut on: where a block's later lines stand right of its first ones (a
    text column's lines read under a narrower one's, at one pitch), their paragraphs' indents are
    measured from their own edge too."""
    lines = block.lines
    boxes = _line_boxes(lines)
    if len(lines) < 2 or boxes is None:
        return [block]
    edges = [min(box[0] for box in boxes)]
    cuts: list[int] = []
    for k in range(1, len(lines)):
        if cuts and cuts[-1] == k - 1:
            edges = [edges[0], min(box[0] for box in boxes[k - 1 :])]
        if any(_starts_paragraph(lines, k, left, cuts) for left in edges):
            cuts.append(k)
    if not cuts:
        return [block]
    return [block_of(lines[a:b], block) for a, b in pairwise([0, *cuts, len(lines)])]


def _starts_paragraph(lines: list[Line], k: int, left: float, cuts: list[int]) -> bool:
    """Whether line `k` starts a paragraph by its indent from `left` (`split_indented_paragraphs`)."""
    return (
        _indent(lines[k], left)
        and not LIST_MARKER.match(lines[k - 1].text)
        and (
            not _indent(lines[k - 1], left)
            or ((k == 1 or k - 1 in cuts) and SENTENCE_END.search(lines[k - 1].text) is not None)
        )
    )


def split_spaced_paragraphs(block: TextBlock, leadings: Mapping[float, float] | None = None) -> list[TextBlock]:
    """Paragraphs set apart by space that the page's paragraph gap (step 1, one for the whole page)
    missed (kind 7 of issue 15):
    where one line's pitch (top to top) exceeds the block's leading (its smallest pitch between
    lines of one size) by SETTINGS.paragraphs.paragraph_space_ems ems, a paragraph starts; so it does by
    SETTINGS.paragraphs.sentence_space_ems ems after a sentence's end where the block's leading is even
    (`_even_leading`: a table cell's paragraphs set apart by a small margin). Needs three lines or
    more (two lines tell no leading of their own: then the document's leading for their size,
    `leadings`, when its blocks show one, and the sentence rule alone)."""
    lines = block.lines
    boxes = _line_boxes(lines)
    if len(lines) == 2 and boxes is not None and leadings:
        return _two_spaced_paragraphs(block, boxes, leadings)
    if len(lines) < 3 or boxes is None:
        return [block]
    pitches = [b[1] - a[1] for a, b in pairwise(boxes)]
    same = [p for p, (a, b) in zip(pitches, pairwise(lines), strict=True) if abs(a.size - b.size) < 0.5 and p > 0]
    if len(same) < 2:
        return [block]
    leading = min(same)
    even = _even_leading(lines, pitches, leading)
    cuts = [
        k + 1
        for k, (p, (a, b)) in enumerate(zip(pitches, pairwise(lines), strict=True))
        if abs(a.size - b.size) < 0.5
        and (
            p - leading >= SETTINGS.paragraphs.paragraph_space_ems * (a.size or SETTINGS.paragraphs.default_size)
            or (
                even
                and p - leading >= SETTINGS.paragraphs.sentence_space_ems * (a.size or SETTINGS.paragraphs.default_size)
                and _sentence_then_start(a, b)
            )
        )
    ]
    if not cuts:
        return [block]
    return [block_of(lines[a:b], block) for a, b in pairwise([0, *cuts, len(lines)])]


def _size_key(size: float) -> float:
    return round(size * 2) / 2


def document_leadings(items: list[Item]) -> dict[float, float]:
    """Each text size's leading in a PDF's blocks (points, by size to half a point): the median of
    the smallest pitch of every block of three lines or more of that size set at an even leading
    (`_even_leading`); a size no such block shows has none."""
    found: dict[float, list[float]] = {}
    for item in items:
        if not isinstance(item, TextBlock) or len(item.lines) < 3:
            continue
        boxes = _line_boxes(item.lines)
        if boxes is None or any(abs(line.size - item.lines[0].size) >= 0.5 for line in item.lines):
            continue
        pitches = [b[1] - a[1] for a, b in pairwise(boxes)]
        if min(pitches) > 0 and _even_leading(item.lines, pitches, min(pitches)):
            found.setdefault(_size_key(item.lines[0].size), []).append(min(pitches))
    return {size: statistics.median(values) for size, values in found.items()}


def _two_spaced_paragraphs(block: TextBlock, boxes: list[BBox], leadings: Mapping[float, float]) -> list[TextBlock]:
    """A block of two lines of one size cut in two where the second line's pitch exceeds the
    document's leading for that size by SETTINGS.paragraphs.sentence_space_ems ems after a sentence's end: two one-line
    paragraphs of a table cell set a small margin apart (`split_spaced_paragraphs`)."""
    a, b = block.lines
    leading = leadings.get(_size_key(a.size))
    em = a.size or SETTINGS.paragraphs.default_size
    if leading is None or abs(a.size - b.size) >= 0.5 or not _sentence_then_start(a, b):
        return [block]
    if boxes[1][1] - boxes[0][1] - leading < SETTINGS.paragraphs.sentence_space_ems * em:
        return [block]
    return [block_of([a], block), block_of([b], block)]


def _even_leading(lines: list[Line], pitches: list[float], leading: float) -> bool:
    """Whether a block's lines (`pitches` top to top, points; `leading` its smallest) are set at one
    even leading wherever they are not spaced apart: every pitch between lines of one size is within
    SETTINGS.paragraphs.even_pitch_ems ems of the leading or SETTINGS.paragraphs.sentence_space_ems ems past it
    or more, nothing between
    (two kinds of pitch, the line's and the paragraph's: a space that small is then set on purpose, as
    a table cell's paragraph margin, not a line's taller glyphs)."""
    for p, (a, b) in zip(pitches, pairwise(lines), strict=True):
        em = a.size or SETTINGS.paragraphs.default_size
        if (
            abs(a.size - b.size) < 0.5
            and SETTINGS.paragraphs.even_pitch_ems * em < p - leading < SETTINGS.paragraphs.sentence_space_ems * em
        ):
            return False
    return True


def _sentence_then_start(a: Line, b: Line) -> bool:
    """Line `a` ends a sentence (`FULL_STOP`) and `b` starts one: a capital, a digit or a list marker."""
    return FULL_STOP.search(a.text) is not None and (
        b.text[:1].isupper() or b.text[:1].isdigit() or LIST_MARKER.match(b.text) is not None
    )


def split_unfilled_paragraphs(block: TextBlock, unmarked: bool = False) -> list[Item]:
    """Paragraphs set apart by neither space nor indent, told by a line left unfilled: a line
    ending a sentence (`FULL_STOP`) and followed by a line starting with a capital or a list
    marker ends its paragraph when its column could have taken more (`_left_unfilled`): in
    justified text, it stops short of the edge the column's other lines are stretched to (only a
    paragraph's last line does); in ragged text, the next line's first word would have fitted in
    the room left on it (a line breaks early only where its paragraph ends). Lines are compared
    within one page and one left edge (within an em), SETTINGS.paragraphs.measure_min_lines other lines or more.
    In a document that sets its paragraphs apart by neither space nor indent, one paragraph running
    on into the next elsewhere (`unmarked`: a line left unfilled inside a block), such a
    line that nothing tells about (ragged and full, or too few lines to show the measure) may end
    its paragraph or not: a note after the block says so (aviso `lectura_dudosa`)."""
    lines = block.lines
    boxes = _line_boxes(lines)
    if len(lines) < 2 or boxes is None:
        return [block]
    ends = {
        k: _left_unfilled(lines, boxes, k)
        for k in range(len(lines) - 1)
        if FULL_STOP.search(lines[k].text) and (lines[k + 1].text[:1].isupper() or LIST_MARKER.match(lines[k + 1].text))
    }
    cuts = [k + 1 for k, end in ends.items() if end]
    unsure = [k for k, end in ends.items() if end is None] if unmarked else []
    out: list[Item] = [block_of(lines[a:b], block) for a, b in pairwise([0, *cuts, len(lines)])] if cuts else [block]
    if unsure:
        out.append(_unmarked_paragraph_end(block, lines[unsure[0]]))
    return out


def _unmarked_paragraph_end(block: TextBlock, line: Line) -> ReaderNote:
    """The note after `block` when its `line`, ending a sentence at a full line, may end its
    paragraph or not (`split_unfilled_paragraphs`): the paragraph goes on there."""
    return ReaderNote(
        UNCLEAR,
        f"no se sabe si el párrafo termina en «{ending(clean(line.text), 40)}»: el documento no separa sus "
        "párrafos con espacio ni sangría, y se leyó como un solo párrafo",
        block.prov,
        paragraphs=True,
    )


def _left_unfilled(lines: list[Line], boxes: list[BBox], k: int) -> bool | None:
    """Whether line `k` (box `boxes[k]`) ends its paragraph by its length
    (`split_unfilled_paragraphs`): in a justified column (SETTINGS.paragraphs.justified_min_lines or more of its other
    lines, and more than half of those before its last, end at its widest edge within
    SETTINGS.paragraphs.justified_edge_ems), it ends over SETTINGS.paragraphs.continuation_ems / 2 ems short of
    that edge; otherwise the
    next line's first word, a space before it and SETTINGS.paragraphs.word_fit_ems to spare, fits between it and the
    widest line's right edge (a lower bound of the column's measure): None when it does not (nothing
    tells), or when fewer than SETTINGS.paragraphs.measure_min_lines other lines show the measure; False for a
    justified line stretched to the edge (it goes on)."""
    em = lines[k].size or SETTINGS.paragraphs.default_size
    page, left = lines[k].prov.page, boxes[k][0]
    column = [
        box[2]
        for i, (line, box) in enumerate(zip(lines, boxes, strict=True))
        if i != k and line.prov.page == page and abs(box[0] - left) <= em
    ]
    if len(column) < SETTINGS.paragraphs.measure_min_lines:
        return None
    edge = max(column)
    room = edge - boxes[k][2]
    stretched = sum(edge - right <= SETTINGS.paragraphs.justified_edge_ems * em for right in column)
    if stretched >= SETTINGS.paragraphs.justified_min_lines and 2 * stretched > len(column) - 1:
        return room > SETTINGS.paragraphs.continuation_ems * em / 2
    nxt, text = boxes[k + 1], lines[k + 1].text
    first = text.split(" ", 1)[0]
    first_width = (nxt[2] - nxt[0]) * len(first) / max(len(text), 1)
    return True if room > first_width + SETTINGS.paragraphs.word_fit_ems * em else None


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


def _wrapped_heading(item: Item, nxt: Item | None, judge: Judge, first: Item | None = None) -> TextBlock | None:
    """`item` and `nxt` joined, when both are emphasised and together they are a heading
    that matches better than `item` alone ("Elemento innovador/creativo del" + "proyecto o
    actividad"), or the same heading as well as `item` alone does (a heading whose first words
    match it fully, its last line carried to the next column: "ELEMENTO INNOVADOR/CREATIVO" +
    "DEL PROYECTO O ACTIVIDAD:"; words of another text lower the match); `nxt` must not be a
    heading of its own, nor hold a mark alone (a checklist's ✓ under "CATEGORÍA" is no word of it).
    `first`: the block the heading starts with when `item` is already it joined with others (the
    match is then weighed against `first` alone)."""
    if not (
        isinstance(item, TextBlock)
        and isinstance(nxt, TextBlock)
        and judge.emphasised(item)
        and judge.emphasised(nxt)
        and judge.heading(nxt) is None
        and not any(_is_mark_line(line) for line in nxt.lines)
    ):
        return None
    joined = TextBlock(item.lines + nxt.lines, style=item.style, prov=_heading_prov(item, nxt), region=item.region)
    if first is not None and first is not item:  # a third or fourth block: matched against the first alone
        if not isinstance(first, TextBlock):
            return None
        item = first
    alone, together = judge.heading(item), judge.heading(joined)
    if together and (alone is None or together[1] > alone[1] or together == alone):
        return joined
    return None


def _heading_prov(item: TextBlock, nxt: TextBlock) -> Provenance:
    """Where a heading wrapped over two blocks stands: round both when `nxt` goes on under `item`
    on its page (a box round its first lines only leaves its last lines' space unheaded: the
    heading's text under them reads as no text under it, `rows._over_its_text`); `item`'s place
    when `nxt` opens the next column or page (a box across the columns would cover what stands
    between)."""
    own, more = item.prov.bbox, nxt.prov.bbox
    if own is None or more is None or nxt.prov.page != item.prov.page or more[1] < own[1]:
        return item.prov
    return replace(item.prov, bbox=bbox_union([own, more]))


def merge_wrapped_headings(items: list[Item], judge: Judge) -> list[Item]:
    """Step 4: emphasised blocks that together form a heading become one block: a block and the one
    to three next (`_wrapped_heading` step by step), as many as make the best match, of equal ones
    the most (a heading in small capitals wrapped over four lines beside its text, its wide leading
    read as three paragraphs: "ELEMENTO INNOVADOR/CREATIVO" matches a printed name whole, with
    "DEL PROYECTO O" less well, with "ACTIVIDAD" too whole again: browser seed 27408)."""
    out: list[Item] = []
    i = 0
    while i < len(items):
        best: tuple[float, int, TextBlock] | None = None
        current: Item = items[i]
        for k in range(1, SETTINGS.paragraphs.wrap_lookahead + 1):
            if i + k >= len(items):
                break
            joined = _wrapped_heading(current, items[i + k], judge, items[i])
            if joined is None:
                break
            score = (judge.heading(joined) or ("", 0.0))[1]
            if best is None or score >= best[0]:
                best = (score, k, joined)
            current = joined
        if best is None:
            out.append(items[i])
            i += 1
            continue
        out.append(best[2])
        i += best[1] + 1
    return out


def _moves_on(a: TextBlock, b: TextBlock) -> bool:
    """`b` starts a new page, or a new column (it starts above where `a`'s last line stands) of one
    page. `a` may already hold pieces of several columns or pages."""
    page = a.lines[-1].prov.page or a.prov.page
    last = _line_box(a.lines[-1]) or a.prov.bbox
    if page is None or b.prov.page is None or last is None or b.prov.bbox is None:
        return False
    return b.prov.page > page or (b.prov.page == page and b.prov.bbox[1] < last[1])


def _first_word_width(line: Line) -> float:
    """The printed width (points) of the line's first word, estimated from the line's width."""
    box = _line_box(line)
    words = line.text.split()
    if box is None or not words:
        return 0.0
    return (box[2] - box[0]) * len(words[0]) / max(1, len(line.text))


def _ends_open(a: TextBlock, b: TextBlock) -> bool:
    """`a`'s last line ends no sentence and is full (`_full`), or `b`'s first word would not have
    fitted after it (ragged text). Then the paragraph goes on in `b`."""
    if SENTENCE_END.search(a.lines[-1].text):
        return False
    return _full(a, b, _first_word_room(a, b))


def _first_word_room(a: TextBlock, b: TextBlock) -> float:
    """The room (points) `b`'s first word would take after `a`'s last line: its width and a space
    (a quarter of an em of `a`'s last line)."""
    return _first_word_width(b.lines[0]) + (a.lines[-1].size or a.size) / 4


def _full(a: TextBlock, b: TextBlock, room: float = 0.0, edge: float = SETTINGS.paragraphs.continuation_ems) -> bool:
    """`a`'s last line runs to its column's right edge (the column as wide as the widest of `a`'s
    lines in the last line's column and `b`: a one-line block tells nothing alone) but for less
    than `room` points plus `edge` ems. `a` may already hold pieces of several columns."""
    last = _line_box(a.lines[-1])
    if last is None or b.prov.bbox is None:
        return False
    em = a.lines[-1].size or a.size
    return last[2] + room >= last[0] + _column_width(a, last, em, b.prov.bbox) - edge * em


def _ragged(a: TextBlock) -> bool | None:
    """Whether `a`'s lines before its last, in the last line's column, end at ragged right edges:
    half of them or more end over SETTINGS.paragraphs.continuation_ems / 2 ems short of the widest. False (justified:
    a last line short of the edge ends its paragraph whatever would have fitted; a line left
    unstretched, such as one opening with a bold name, does not make it ragged) when more than
    half of them end at the widest one's edge, within SETTINGS.paragraphs.justified_edge_ems (stretched to it; ragged
    lines end within half an em of each other by chance, never at one point). None when fewer
    than two such lines tell, or neither holds."""
    last = _line_box(a.lines[-1])
    if last is None:
        return None
    em = a.lines[-1].size or a.size
    rights = [box[2] for box in _column_boxes(a, last, em)[:-1]]
    if len(rights) < 2:
        return None
    short = sum(max(rights) - right > SETTINGS.paragraphs.continuation_ems * em / 2 for right in rights)
    if 2 * short >= len(rights):
        return True
    stretched = sum(max(rights) - right <= SETTINGS.paragraphs.justified_edge_ems * em for right in rights)
    return False if 2 * stretched > len(rights) else None


def _column_boxes(a: TextBlock, last: BBox, em: float) -> list[BBox]:
    """The boxes of `a`'s lines in the column its last line (`last`) stands in: on that line's page,
    starting within `em` points of it; the last line's own last."""
    page = a.lines[-1].prov.page
    return [
        box
        for line in a.lines
        if line.prov.page == page and (box := _line_box(line)) is not None and abs(box[0] - last[0]) <= em
    ]


def _column_width(a: TextBlock, last: BBox, em: float, b: BBox) -> float:
    """The width (points) of the column `a`'s last line (`last`) stands in: the widest of `a`'s
    lines in it (`_column_boxes`), or `b` (the text that follows)."""
    return max([*(box[2] - box[0] for box in _column_boxes(a, last, em)), b[2] - b[0]])


def _continues(a: TextBlock, b: TextBlock, dress: Dress) -> bool | None:
    """Whether the paragraph ending with `a` (at a column's or page's foot) goes on in `b` (at the
    next one's head). Never when `b` starts indented (a new paragraph) or with a bullet (a list's
    next item, `Line.bullet`). When `a` ends no sentence:
    when it ends open (`_ends_open`) or `b` starts in lower case (the sentence runs on). When `a`
    ends a sentence (the document's `Dress` decides): where paragraphs start with an indent, `b`
    goes on when its lines show it starts unindented (two or more) or `a`'s last line is full
    (`_full`); in justified text, when `a`'s last line was stretched to the edge
    (SETTINGS.paragraphs.justified_edge_ems); in ragged text, it ended its paragraph when `b`'s first word would have
    fitted after it, or when `a` is one lone line at the foot of a producer's page keeping orphans off
    (`_lone_line_at_the_foot`), and nothing tells otherwise (None: the caller keeps the break and says
    so); and never when `b` starts with a bold line after `a`'s plain one (a list item's bold name,
    a run-in heading: a new paragraph). When `a` ends with a colon or a semicolon and `b` starts
    in lower case, the sentence runs on (`_clause_runs_on`: "talleres:" | "prevención de ...")."""
    if _starts_indented(b) or b.lines[0].bullet:
        return False
    if _clause_runs_on(a, b):
        return True
    if not SENTENCE_END.search(a.lines[-1].text):
        return _ends_open(a, b) or b.lines[0].text[:1].islower()
    if b.lines[0].bold and not a.lines[-1].bold:
        return False
    if dress.indented:  # `b` of two lines or more starts unindented: no new paragraph's first line
        return len(b.lines) > 1 or _full(a, b)
    ragged = _ragged(a)
    if not (dress.ragged if ragged is None else ragged):
        return _full(a, b, edge=SETTINGS.paragraphs.justified_edge_ems)
    if _full(a, b, _first_word_room(a, b)):
        return False if dress.orphan_control and _lone_line_at_the_foot(a) else None
    return False


def _lone_line_at_the_foot(a: TextBlock) -> bool:
    """`a`, at a column's or page's foot, holds fewer lines than SETTINGS.paragraphs.kept_lines: had
    the paragraph run on across the break, `a` would be its first line alone at the foot (an orphan),
    which a producer keeping orphans off (`Dress.orphan_control`) moves across the break. So the
    paragraph ended at the break. A lone line at the next one's head (a widow) tells nothing:
    reportlab allows widows by default (`allowWidows=1`)."""
    return len(a.lines) < SETTINGS.paragraphs.kept_lines


@dataclass(frozen=True)
class Dress:
    """How a document sets its running text, decided once from all its body blocks: `indented`,
    its paragraphs start with a first-line indent (`indent_dress`); `ragged`, its lines end at
    ragged right edges, not justified (`ragged_dress`); `orphan_control`, its producer never leaves a
    paragraph's first line alone at a column's foot (`Layout.orphan_control`)."""

    indented: bool
    ragged: bool
    orphan_control: bool = False


def indent_dress(items: list[Item], is_body: Predicate) -> bool:
    """Whether the document marks its paragraphs with a first-line indent: of its body blocks of
    two lines or more that follow another body block of their page and region, at least half
    start indented (`_starts_indented`); False when there are none."""
    starts = [
        _starts_indented(b)
        for a, b in pairwise(items)
        if isinstance(a, TextBlock)
        and isinstance(b, TextBlock)
        and len(b.lines) > 1
        and a.prov.page == b.prov.page
        and a.region == b.region
        and is_body(a)
        and is_body(b)
    ]
    return bool(starts) and 2 * sum(starts) >= len(starts)


def ragged_dress(items: list[Item], is_body: Predicate) -> bool:
    """Whether the document sets its running text ragged right: of its body blocks whose lines
    tell (`_ragged`), more than half are ragged; False (justified) when none tells."""
    told = [r for item in items if isinstance(item, TextBlock) and is_body(item) and (r := _ragged(item)) is not None]
    return 2 * sum(told) > len(told)


def _starts_indented(b: TextBlock) -> bool:
    """The block's first line is indented against its next one (a new paragraph)."""
    if len(b.lines) < 2:
        return False
    first, second = _line_box(b.lines[0]), _line_box(b.lines[1])
    if first is None or second is None:
        return False
    return first[0] - second[0] > SETTINGS.paragraphs.continuation_ems * (b.lines[0].size or b.size) / 2


def join_continued_paragraphs(
    items: list[Item],
    is_body: Predicate,
    is_lead_in: Predicate = lambda block: False,
    is_item: Predicate = lambda block: False,
    continued: Mapping[str, str] | None = None,
    is_anchor: Predicate = lambda block: False,
    dressed: Collection[str] = (),
    orphan_control: bool = False,
) -> list[Item]:
    """A paragraph cut by a page or column break is one block again (kind 7 of issue 15): a body
    block (or a bold lead-in, `is_lead_in`, when the text goes on in lower case) followed, on the
    next page or column, by a body block it goes on in (`_continues`: the sentence runs on, or a
    new sentence of the paragraph starts unindented in a document whose paragraphs start indented).
    Between the two may stand what was read of other drawn regions of the first one's page
    (`_behind_other_regions`: a side panel read after the column it stands beside, before the
    next page); the block then goes on before them, but never past a heading in its dress
    (`dressed`: the regions holding a heading alone, `heading_dress`), which opens its section
    in the page's flow as a bare heading does. Where nothing tells whether the paragraph ends
    at the break (`_continues` None), two blocks that each open an item of the template's list
    (`is_item`: a Sello line's name and its punctuation) are two items: the Sello field cuts the
    text before each such sentence either way, so no doubt is noted. The first block of a drawn
    region that goes on a region of an earlier page (`continued`: region name -> the earlier
    region's, `regions.continued_regions`: a side panel cut by the page break) goes on, if
    anywhere, in that region's last block (`_earlier_part`), never in what was read between (a
    table's last cell in the column beside the panel, read before it).
    An anchor (`is_anchor`: a municipality label opening the next ficha's page) goes on no paragraph.
    The lines keep their own provenance (pages)."""

    dress = Dress(indent_dress(items, is_body), ragged_dress(items, is_body), orphan_control)

    def goes_on(prev: Item, item: TextBlock) -> bool | None:
        if not (
            isinstance(prev, TextBlock)
            and _moves_on(prev, item)
            and not _next_cell(prev, item)
            and not _holds_marks(prev)
            and not _holds_marks(item)
            and (drawn_region(prev) is None) == (drawn_region(item) is None)
            and not _regions_apart(prev, item)
            and is_body(item)
            and not is_anchor(item)
            and (
                is_body(prev) or (is_lead_in(prev) and item.lines[0].text[:1].islower()) or _clause_runs_on(prev, item)
            )
        ):
            return False
        verdict = _continues(prev, item, dress)
        return False if verdict is None and is_item(prev) and is_item(item) else verdict

    def cell_goes_on(prev: Item, item: TextBlock) -> bool:
        """A cell's text going on in the same cell of a row cut by the page break: a bold name
        goes on in lower case, body text as a paragraph does."""
        return (
            isinstance(prev, TextBlock)
            and not _holds_marks(prev)
            and not _holds_marks(item)
            and (is_body(prev) or is_lead_in(prev))
            and (is_body(item) or (is_lead_in(item) and item.lines[0].text[:1].islower()))
            and bool(_continues(prev, item, dress))
        )

    out: list[Item] = []
    pages: set[int | None] = set()  # the pages of what `out` holds (a block joined keeps its own page)
    for item in items:
        if isinstance(item, TextBlock) and out:
            cell = _cell_cut_by_the_page(out, item, pages)
            above = out[cell] if cell is not None else None
            if cell is not None and isinstance(above, TextBlock) and cell_goes_on(above, item):
                out[cell] = replace(above, lines=above.lines + item.lines)
                continue
            home = _earlier_part(out, item, continued or {})
            candidates = (
                [home]
                if home is not None
                else [
                    k
                    for k in (
                        _last_text(out),
                        _behind_other_regions(out, item, is_body, dressed),
                        _over_a_foot_label(out, item, is_anchor),
                    )
                    if k is not None
                ]
            )
            verdicts = [(k, goes_on(out[k], item)) for k in candidates]
            at = next((k for k, verdict in verdicts if verdict), None)
            prev = out[at] if at is not None else None
            if isinstance(prev, TextBlock) and at is not None:
                out[at] = replace(prev, lines=prev.lines + item.lines)
                continue
            lone = _clause_before(out[-1], item, is_body)
            if lone and dress.indented and len(item.lines) > 1 and _indented_clause(out):
                last = out[-1]
                assert isinstance(last, TextBlock)
                if _starts_indented(item):
                    out.append(item)  # a new paragraph's first line, indented: the clause's ended
                else:
                    out[-1] = replace(last, lines=last.lines + item.lines)  # its sentence goes on
                pages.add(item.prov.page)
                continue
            if any(verdict is None for _, verdict in verdicts) or lone:
                out += [item, _paragraph_end_unsure(item)]  # after it: the block, not the note, opens its page
                pages.add(item.prov.page)
                continue
        out.append(item)
        pages.add(item.prov.page)
    return out


def _regions_apart(a: TextBlock, b: TextBlock) -> bool:
    """Whether `b` opens with a form field's caption in a drawn region of `a`'s PDF page other than
    `a`'s, neither holding the other: its first line set smaller than `a`'s text by more than
    SETTINGS.paragraphs.caption_size_points (a caption over its box, `readers/pdf/captions.py`: the
    next box of a form's row). Text stays in the region it stands in; a card going on in the next
    column goes on in text of its own size."""
    ra, rb = drawn_region(a), drawn_region(b)
    if ra is None or rb is None or a.prov.page is None or a.prov.page != b.prov.page or ra == rb:
        return False
    if b.lines[0].size >= a.size - SETTINGS.paragraphs.caption_size_points:
        return False
    return not (rb.startswith(ra + "/") or ra.startswith(rb + "/"))


def _last_text(out: list[Item]) -> int:
    """The index of `out`'s last item, notes on words amid a paragraph's lines (`ReaderNote.amid`) aside."""
    k = len(out) - 1
    while k > 0 and _amid(out[k]):
        k -= 1
    return k


def _amid(item: Item) -> bool:
    """A reader's note on words inside a paragraph's line (`ReaderNote.amid`)."""
    return isinstance(item, ReaderNote) and item.amid


def _earlier_part(out: list[Item], item: TextBlock, continued: Mapping[str, str]) -> int | None:
    """The index in `out` of the last item of the region that `item`'s region goes on
    (`continued`), when `item` is the first item read of its region; else None."""
    region = drawn_region(item)
    if region is None or (earlier := continued.get(root(region))) is None:
        return None
    if any((r := drawn_region(o)) is not None and root(r) == root(region) for o in out):
        return None
    return next(
        (k for k in range(len(out) - 1, -1, -1) if (r := drawn_region(out[k])) is not None and root(r) == earlier),
        None,
    )


def _cell_cut_by_the_page(out: list[Item], item: TextBlock, pages: set[int | None]) -> int | None:
    """The index in `out` of the cell `item` goes on in, when `item` is read first of its page's
    text (what `out` holds of its page was joined to earlier blocks) and `out` ends with the cells
    of one row cut by the page break: SETTINGS.paragraphs.row_cells text blocks or more of the page before, the last
    read on it one after the other, their first lines level (tops within SETTINGS.paragraphs.row_level_ems ems; text
    read between them, a heading over a second column's last paragraph, makes them two columns)
    and side by side; the one standing in `item`'s column (overlapping it across by
    SETTINGS.paragraphs.same_cell_column of the narrower width), and in no other's. A row's cells are read one after
    the other (label, then value), so the label's words wrapped past the page break go on in the
    label's cell, not in the value read just before them (Word's table rows may break across
    pages). A block whose lines already go on into a next column of the page (`_turns_column`:
    running text joined across a column break) is no cell: a cell's lines stand one under the
    other. `pages`: the pages of what `out` holds (kept by the caller, so the document is not
    searched again for each block)."""
    page, box = item.prov.page, item.prov.bbox
    if page is None or box is None or page in pages:
        return None
    row: list[int] = []
    for k in range(len(out) - 1, -1, -1):
        other = out[k]
        if (
            not isinstance(other, TextBlock)
            or other.prov.page != page - 1
            or other.prov.bbox is None
            or (row and not _level(other, out[row[0]]))
        ):
            break
        row.append(k)
    if (
        len(row) < SETTINGS.paragraphs.row_cells
        or not _side_by_side([b for k in row if (b := out[k].prov.bbox) is not None])
        or any(_turns_column(out[k]) for k in row)
    ):
        return None
    under = [k for k in row if (b := out[k].prov.bbox) is not None and _one_column(b, box)]
    return under[0] if len(under) == 1 else None


def _turns_column(block: Item) -> bool:
    """Some line of the block starts above the line before it on one page: its text went on at the
    head of a next column (`_moves_on`, joined by `join_continued_paragraphs`)."""
    if not isinstance(block, TextBlock):
        return False
    for upper, lower in pairwise(block.lines):
        box_u, box_l = _line_box(upper), _line_box(lower)
        if box_u is not None and box_l is not None and upper.prov.page == lower.prov.page and box_l[1] < box_u[1]:
            return True
    return False


def _next_cell(a: TextBlock, b: TextBlock) -> bool:
    """`b` stands right of `a` on `a`'s page, its first line level with `a`'s first (`_level`): the
    next cell of `a`'s row (a name | its justification), never the next column of `a`'s text."""
    box_a, box_b = a.prov.bbox, b.prov.bbox
    return (
        box_a is not None and box_b is not None and a.prov.page == b.prov.page and box_b[0] >= box_a[2] and _level(a, b)
    )


def _level(a: Item, b: Item) -> bool:
    """The two blocks' first lines stand level: tops within SETTINGS.paragraphs.row_level_ems ems of the larger size."""
    box_a, box_b = a.prov.bbox, b.prov.bbox
    em = (
        max(a.size, b.size)
        if isinstance(a, TextBlock) and isinstance(b, TextBlock)
        else SETTINGS.paragraphs.default_size
    )
    return (
        box_a is not None and box_b is not None and abs(box_a[1] - box_b[1]) <= SETTINGS.paragraphs.row_level_ems * em
    )


def _side_by_side(boxes: list[BBox]) -> bool:
    """No two of `boxes` overlap across."""
    ordered = sorted(boxes)
    return all(a[2] <= b[0] for a, b in pairwise(ordered))


def _one_column(a: BBox, b: BBox) -> bool:
    overlap = min(a[2], b[2]) - max(a[0], b[0])
    return overlap >= SETTINGS.paragraphs.same_cell_column * min(a[2] - a[0], b[2] - b[0])


def _paragraph_end_unsure(b: TextBlock) -> ReaderNote:
    """The note (aviso `lectura_dudosa`) standing after `b` when nothing tells whether the
    paragraph before the break ended there: ragged text whose last line ends a sentence too near
    the edge for `b`'s first word to have fitted after it. The break is kept."""
    return ReaderNote(
        UNCLEAR,
        f"no se sabe si el párrafo termina en el salto de columna o de página antes de «{clean(b.lines[0].text)}»: "
        "se leyó como fin de párrafo",
        b.prov,
    )


def _clause_before(a: Item, b: TextBlock, is_body: Predicate) -> bool:
    """Plain text at the body's size ending with a colon or a semicolon (no body text by its last
    character, `Judge.body_text`), at a column's or page's foot, before body text at the next
    one's head (`_moves_on`) that does not go on in lower case (`_clause_runs_on` joins that): a
    paragraph's sentence that may go on past the break ("... Academia Municipal Abierta:" | "AMA
    Integración, son ..."), a paragraph ending with a colon before the next, or a label of its own
    (one line); nothing tells which (the caller keeps the break and says so, unless the
    paragraphs' indents tell, `_indented_clause`). The template's sentence opening the Sello lines
    (`template.is_sello_lead_in`: "Se destaca el trabajo en las líneas de acción de Sello:") is
    none: the list it opens starts after it; nor is a line before a mark alone (a checklist's
    "Otra:" beside the column of marks read after it: no sentence goes on in a ✓)."""
    return (
        isinstance(a, TextBlock)
        and not any(line.bold for line in a.lines)
        and CLAUSE_END.search(a.lines[-1].text) is not None
        and not is_sello_lead_in(CLAUSE_END.sub("", " ".join(line.text for line in a.lines)))
        and abs(a.size - b.size) <= SETTINGS.paragraphs.same_size_points
        and not is_body(a)
        and is_body(b)
        and not _holds_marks(b)
        and _moves_on(a, b)
        and (drawn_region(a) is None) == (drawn_region(b) is None)
    )


def _indented_clause(out: list[Item]) -> bool:
    """Whether the clause ending `out` (`_clause_before`) opens a paragraph: two lines or more (a
    label is one), or one line starting indented against the block right above it in its column
    (a paragraph's first line; a label is set flush). In a document whose paragraphs start with a
    first-line indent, the next block's own first line then tells whether the paragraph goes on
    past the break: unindented (two lines or more) it goes on ("... Academia Municipal Abierta:"
    | "AMA Integración, son ..."), indented a new paragraph starts."""
    if isinstance(out[-1], TextBlock) and len(out[-1].lines) > 1:
        return True
    if len(out) < 2:
        return False
    clause, above = out[-1], out[-2]
    if not isinstance(clause, TextBlock) or not isinstance(above, TextBlock) or clause.prov.page != above.prov.page:
        return False
    own, over = _line_box(clause.lines[0]), _line_box(above.lines[-1])
    if own is None or over is None or not over[1] < own[1] or not _one_column(own, over):
        return False
    em = clause.lines[0].size or clause.size
    return own[0] - over[0] > SETTINGS.paragraphs.continuation_ems * em / 2


def _clause_runs_on(a: TextBlock, b: TextBlock) -> bool:
    """A plain paragraph of two lines or more ending with a colon or a semicolon (so no body text
    by its last character alone, `Judge.body_text`), its sentence going on in `b` in lower case
    at its size: no label (a label is one line, or bold)."""
    return (
        len(a.lines) > 1
        and not any(line.bold for line in a.lines)
        and CLAUSE_END.search(a.lines[-1].text) is not None
        and b.lines[0].text[:1].islower()
        and abs(a.size - b.size) <= SETTINGS.paragraphs.same_size_points
    )


def _behind_other_regions(out: list[Item], item: Item, is_body: Predicate, dressed: Collection[str] = ()) -> int | None:
    """The index in `out` of the last item of `item`'s drawn region (or of none, as `item`) before
    a run of items that all stand in other drawn regions on that item's page, `item` on a later
    page: a side panel read after the column beside it, before the column's next page; or body
    text (`is_body`) of other regions on `item`'s page (a side panel going on past the page break,
    read before the column). (A heading of another region read on `item`'s own page, a heading's
    pill at the page's head, stands between the two.) None when `out` does not end with such a
    run, when one of the run on the first one's page stands under it, in its column
    (`_below_in_column`): it ends no column, or when one stands in a region of `dressed` (a
    heading's pill or band, `heading_dress`): a heading printed in the flow after the block, its
    section's text opening the next page (a label | value row's value, then the next heading's
    pill alone at the page's foot: browser seed 24070)."""
    region = drawn_region(item)
    at = len(out) - 1
    while at >= 0 and drawn_region(out[at]) not in (None, region):
        at -= 1
    if not 0 <= at < len(out) - 1 or drawn_region(out[at]) != region:
        return None
    page, after = out[at].prov.page, item.prov.page
    if page is None or after is None or after <= page:
        return None
    if any(o.prov.page != page and not (o.prov.page == after and _body_block(o, is_body)) for o in out[at + 1 :]):
        return None
    if any((r := drawn_region(o)) is not None and root(r) in dressed for o in out[at + 1 :]):
        return None
    return None if any(o.prov.page == page and _below_in_column(o, out[at]) for o in out[at + 1 :]) else at


def _over_a_foot_label(out: list[Item], item: Item, is_anchor: Predicate) -> int | None:
    """The index in `out` of the text block right before a run of anchors (`is_anchor`: a
    municipality label) and notes that `out` ends with, each anchor standing under that block in
    its column (`_below_in_column`), `item` on the same page above the anchors' tops (the next
    column): a label at the foot of a leaflet's panel, read between the panel's text and its next
    panel, where the paragraph it interrupts goes on (the label stays after it). None otherwise."""

    def in_run(o: Item) -> bool:
        return isinstance(o, ReaderNote) or (isinstance(o, TextBlock) and is_anchor(o))

    at = len(out) - 1
    while at >= 0 and in_run(out[at]):
        at -= 1
    run = out[at + 1 :]
    anchors = [o for o in run if isinstance(o, TextBlock)]
    if at < 0 or not anchors or not isinstance(out[at], TextBlock) or item.prov.bbox is None:
        return None
    page = out[at].prov.page
    if item.prov.page != page or any(a.prov.page != page or not _below_in_column(a, out[at]) for a in anchors):
        return None
    return at if all(a.prov.bbox is not None and item.prov.bbox[1] < a.prov.bbox[1] for a in anchors) else None


def _below_in_column(other: Item, block: Item) -> bool:
    """`other` starts below `block`'s bottom and across its width (PDF boxes): `block` is no text
    at its column's foot (a municipality label over a side panel's categories), so no paragraph
    cut by the page break."""
    box, under = block.prov.bbox, other.prov.bbox
    return box is not None and under is not None and under[1] >= box[3] and under[0] < box[2] and under[2] > box[0]


def _body_block(item: Item, is_body: Predicate) -> bool:
    return isinstance(item, TextBlock) and is_body(item)


def _beside(box: BBox, label: BBox, em: float) -> bool:
    """`box` starts right of the label's text, past a gap of SETTINGS.paragraphs.beside_gap_ems."""
    return box[0] >= label[2] + SETTINGS.paragraphs.beside_gap_ems * em


def _in_column(box: BBox, label: BBox) -> bool:
    return box[0] < label[2] and box[2] > label[0]


def _under(box: BBox, label: BBox) -> bool:
    """`box` spans at least half the narrower of its width and the label's, across: it stands
    in the label's column, not merely touching its edge (a side panel's heading overflowing its
    panel)."""
    overlap = min(box[2], label[2]) - max(box[0], label[0])
    return overlap >= min(box[2] - box[0], label[2] - label[0]) / 2


def _content_right_under(label: TextBlock, boxes: list[BBox], em: float) -> bool:
    """A checkbox or table starts within an em under the label, in its column: the label heads
    what is below it (a "Categorías" heading over its list), it is no row's left cell."""
    box = _box(label)
    return any(_in_column(other, box) and 0 <= other[1] - box[3] <= em for other in boxes)


def _under_a_placed_item(
    label: TextBlock, lines: list[tuple[Line, bool]], em: float, placed: Sequence[BBox]
) -> tuple[Line, bool] | None:
    """The first text line of a value cell that opens with a table or checkboxes (a month grid, a
    checklist) beside the label, level with it (their tops within an em): the line right under
    those items (within SETTINGS.paragraphs.under_items_ems of its ems), in their column; None when no such item stands
    beside the label."""
    box = _box(label)
    items = [b for b in placed if _beside(b, box, em) and abs(b[1] - box[1]) <= em]
    if not items:
        return None
    left, bottom = min(b[0] for b in items), max(b[3] for b in items)
    group = [b for b in placed if _beside(b, box, em) and b[1] >= box[1] - em and b[0] >= left - em]
    bottom = max(bottom, *(b[3] for b in group if b[1] - bottom <= 2 * em))
    under = [
        (line, heading)
        for line, heading in lines
        if abs(_box(line)[0] - left) <= SETTINGS.paragraphs.max_indent_ems * em
        and -em / 4 <= _box(line)[1] - bottom <= SETTINGS.paragraphs.under_items_ems * max(em, line.size)
    ]
    return min(under, key=lambda found: (_box(found[0])[1], _box(found[0])[0]), default=None)


def _row_values(
    label: TextBlock,
    lines: list[tuple[Line, bool]],
    em: float,
    regions: dict[int, str | None] | None = None,
    placed: Sequence[BBox] = (),
) -> list[Line] | None:
    """The lines of the value cell of a label | value row whose left cell is the heading `label`,
    or None when `label` heads no such row. `lines` are the other text lines of its page, each
    with whether it is a heading's.

    A row: a line beside the label (`_beside`) sets its first baseline at the label's (within
    half an em), is no more than SETTINGS.paragraphs.max_value_ratio times the label's size (a title level with the
    heading of a side panel is no value of it) and does not go on with text begun above it
    (`_continues_from_above`). Its value
    runs down to the next text in the label's column (the next label, or the end of the table);
    when that next text is body text, starting within an em under the label (the heading's own
    text) or with right-hand text beside it, the page holds columns of running text, not a row
    (a line level with the heading at the top of the next column goes on with the text at the
    bottom of the column before). The next text in the label's column is of the label's region
    or stands across the column (`_under`): a side panel's heading overflowing its panel ends no
    row beside the panel. When that next text is a heading set above its own text, the cell
    ends above a line whose paragraph runs on past the heading's top (`_before_running_text`).
    `regions` gives each line's drawn region (by id): when the
    value's first line stands in one (a ruled cell), the value is that region's lines alone (a
    table nested in the cell is the cell's own content, not more of its first paragraph)."""
    box = _box(label)
    nearest = min(  # the nearest to the label: text further right on its row is another column's
        (
            (line, heading)
            for line, heading in lines
            if _beside(_box(line), box, em) and abs(_box(line)[1] - box[1]) <= em / 2
        ),
        key=lambda found: _box(found[0])[0],
        default=None,
    )
    after_items = False
    if nearest is None:  # a cell opening with a table or checkboxes: its text starts under them
        nearest, after_items = _under_a_placed_item(label, lines, em, placed), True
    if nearest is None or nearest[1]:  # nothing beside, or another heading first: its row, not this one's
        return None
    first = nearest[0]
    if not after_items and _continues_from_above(first, [line for line, _ in lines], em):
        return None
    if _column_flows_past(box, first, lines, em):
        return None
    if (
        label.size and first.size > SETTINGS.paragraphs.max_value_ratio * label.size
    ):  # a title level with a panel's heading
        return None
    below = [
        (line, heading)
        for line, heading in lines
        if _in_column(_box(line), box)
        and _box(line)[1] >= box[3] - em / 4
        and (regions is None or regions.get(id(line)) == label.region or _under(_box(line), box))
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
    cell = _one_cell(first, sorted(beside, key=lambda line: (_box(line)[1], _box(line)[0])), em)
    if after_items and _runs_past_the_row(cell, [line for line, _ in lines], em):
        return None
    if nxt is not None and nxt[1] and _heads_running_text(nxt[0], lines, em):
        return _before_running_text(cell, [line for line, _ in lines], end, em)
    return cell


def _runs_past_the_row(cell: list[Line], lines: list[Line], em: float) -> bool:
    """Whether the text under a table or boxes beside a label (`_under_a_placed_item`) runs on past
    its row: a line goes on under the cell's last line, in its column, at the cell's own leading
    (its smallest pitch, within SETTINGS.paragraphs.even_pitch_ems ems): a column of running text set under the items,
    no row's cell (the next row's value stands farther down, past the cells' padding and rule)."""
    if len(cell) < 2:
        return False
    pitches = [_box(b)[1] - _box(a)[1] for a, b in pairwise(cell)]
    leading = min(pitches)
    x0, top, x1, bottom = _box(cell[-1])
    return any(
        line not in cell
        and _box(line)[0] < x1
        and _box(line)[2] > x0
        and 0 <= _box(line)[1] - bottom <= cell[-1].size
        and abs(_box(line)[1] - top - leading) <= SETTINGS.paragraphs.even_pitch_ems * em
        for line in lines
    )


def _heads_running_text(heading: Line, lines: list[tuple[Line, bool]], em: float) -> bool:
    """Body text starts within an em under the heading's line (or under the last line of the
    heading's lines stacked under it, each within an em: a wrapped heading), in its column: the
    heading is set above its text (a column's heading), not at the left of a row."""
    box = _box(heading)
    stacked = True
    while stacked:
        stacked = False
        for line, is_heading in lines:
            other = _box(line)
            if is_heading and _in_column(other, box) and 0 <= other[1] - box[3] <= em and other[3] > box[3]:
                box, stacked = (box[0], box[1], max(box[2], other[2]), other[3]), True
    return any(
        not is_heading and line is not heading and _in_column(_box(line), box) and 0 <= _box(line)[1] - box[3] <= em
        for line, is_heading in lines
    )


def _before_running_text(cell: list[Line], lines: list[Line], end: float, em: float) -> list[Line]:
    """The value cell's lines down to the first that goes on in a line below `end` (the top of the
    heading that ends the table, set above its text): a row's cell ends above the next text of the
    label's column, so a line whose paragraph runs on past it is the top of a column of running
    text beside that heading (read after the other column), not the cell's. Goes on: a line of its
    size in its column, starting at most an em (of the line) under it."""
    for k, line in enumerate(cell):
        x0, _, x1, bottom = _box(line)
        if any(
            other is not line
            and _box(other)[1] >= end - em / 4
            and _box(other)[0] < x1
            and _box(other)[2] > x0
            and 0 <= _box(other)[1] - bottom <= line.size
            and abs(other.size - line.size) <= SETTINGS.paragraphs.same_size_points
            for other in lines
        ):
            return cell[:k]
    return cell


def _one_cell(first: Line, lines: list[Line], em: float) -> list[Line]:
    """The lines of the value cell that `first` opens, top to bottom: lines starting at its left
    edge (or right of it by up to a first-line indent, SETTINGS.paragraphs.max_indent_ems), down to the first white
    gap taller than SETTINGS.paragraphs.value_gap_ems or the first line that starts off that edge under the cell; text
    off the edge level with `first` or right of the cell is another column's (a side panel), and
    what starts below such
    a gap or off the edge is other text beside the label's column (the top of a column of running
    text set under the table), not the cell's."""
    left, level = _box(first)[0], _box(first)[1] + em / 2
    cell: list[Line] = []
    for line in lines:
        x0, top = _box(line)[0], _box(line)[1]
        on_edge = left - em / 2 <= x0 <= left + SETTINGS.paragraphs.max_indent_ems * em
        right = max((_box(c)[2] for c in cell), default=_box(first)[2])
        if not on_edge and (top <= level or x0 > right + em / 2):
            continue
        if not on_edge or (cell and top - max(_box(c)[3] for c in cell) > SETTINGS.paragraphs.value_gap_ems * em):
            break
        cell.append(line)
    return cell


def _column_flows_past(label: BBox, first: Line, lines: list[tuple[Line, bool]], em: float) -> bool:
    """Whether the text beside a label (`label`, its box) that opens with `first` is a column of a
    flow going on past the label, not a row's value: the text right of the label's column runs up
    from `first` (no white taller than SETTINGS.paragraphs.value_gap_ems of the label's ems, `em`, between its lines, as
    in one value cell) to stand level with SETTINGS.paragraphs.flow_min_lines lines or more of running text (no
    heading's) in the label's column, above the label and wholly left of `first`, and reaches half
    an em or more below that running text's last line (beside the label's space before). Two
    columns of one flow: the label is a heading at the left column's foot, and the line level with
    it a table's row or a list's item in the right column, which began at the column's head
    (browser seed 30415: a Sello table's last row was read first, beside the heading). A grid's
    label has labels above it in its column, and a grid under two columns starts under both."""
    x0, first_top = _box(first)[0], _box(first)[1]
    side = sorted(
        (_box(line) for line, _ in lines if _box(line)[0] >= x0 - em / 2 and _box(line)[1] < first_top),
        key=lambda b: -b[3],
    )
    top, run = first_top, []
    for b in side:
        if b[3] < top - SETTINGS.paragraphs.value_gap_ems * em:
            break
        top = min(top, b[1])
        run.append(b)
    running = [
        _box(line)
        for line, heading in lines
        if not heading
        and _in_column(_box(line), label)
        and _box(line)[3] <= label[1] + em / 4
        and _box(line)[2] < x0
        and _box(line)[3] > top
    ]
    if len(running) < SETTINGS.paragraphs.flow_min_lines:
        return False
    foot = max(b[3] for b in running)
    return any(b[3] > foot + em / 2 and b[1] < label[1] - em / 2 for b in run)


def _continues_from_above(line: Line, lines: list[Line], em: float) -> bool:
    """A line right under it (within an em) in its column: `line` goes on with text begun above
    (running text that merely lines up with a heading beside it). `lines` are the page's lines
    not yet taken by a row, so the value of the row above does not count; nor does a line of
    another size (the title above the first row: text of one paragraph shares its size), nor a
    line starting more than SETTINGS.paragraphs.max_hang_ems left of it (a paragraph set across the label's column
    too, above the row: a paragraph's lines start at one edge, or a hanging indent right of it)."""
    x0, top, x1, _ = _box(line)
    return any(
        other is not line
        and _box(other)[0] < x1
        and _box(other)[2] > x0
        and _box(other)[0] >= x0 - SETTINGS.paragraphs.max_hang_ems * em
        and 0 <= top - _box(other)[3] <= em
        and abs(other.size - line.size) <= SETTINGS.paragraphs.same_size_points
        for other in lines
    )


def block_of(lines: list[Line], like: TextBlock) -> TextBlock:
    """A block of `lines` with `like`'s style and region, its box the union of theirs (`like`'s
    box when a line has none)."""
    boxes = [line.prov.bbox for line in lines if line.prov.bbox is not None]
    if len(boxes) < len(lines):
        return replace(like, lines=lines)
    box = bbox_union(boxes)
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
    regions_on_page: dict[int | None, dict[int, str | None]] = {}  # each page's line (id) -> its block's region
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
        regions = regions_on_page.get(label.prov.page)
        if regions is None:  # each page's once: a page holds many labels
            regions = regions_on_page[label.prov.page] = {
                id(line): b.region for b in on_page[label.prov.page] for line in b.lines
            }
        row = _row_values(label, lines, label.size or 10.0, regions, placed_items.get(label.prov.page, []))
        first = min(row, key=lambda line: (_box(line)[1], _box(line)[0])) if row else None
        if first is not None and _out_of_its_panel(label, first, regions.get(id(first)), items):
            continue
        if first is not None and _into_a_headed_panel(label, regions.get(id(first)), on_page[label.prov.page], heading):
            continue
        if row:
            values[id(label)] = sorted(row, key=lambda line: (_box(line)[1], _box(line)[0]))
            value_regions[id(label)] = regions.get(id(values[id(label)][0]))
            taken.update(id(line) for line in row)
    if not values:
        return items
    leadings = document_leadings(items)
    out: list[Item] = []
    for item in items:
        if isinstance(item, TextBlock) and id(item) in values:
            value = block_of(values[id(item)], replace(item, style=None, region=value_regions[id(item)]))
            out += [item, *_value_paragraphs(value, leadings)]
        elif boxed(item) and any(id(line) in taken for line in item.lines):
            rest = [line for line in item.lines if id(line) not in taken]
            if rest:
                out.append(block_of(rest, item))
        else:
            out.append(item)
    return out


def _value_paragraphs(value: TextBlock, leadings: Mapping[float, float] | None = None) -> list[Item]:
    """A row's value cell cut into paragraphs as step 3 cuts a block: where the leading grows, at
    first-line indents and after lines left unfilled (a cut step 3 made in the blocks the cell's lines
    were read into holds in the cell; step 3's notes of doubt stay where they were)."""
    return [
        p
        for spaced in split_spaced_paragraphs(value, leadings)
        for indented in split_indented_paragraphs(spaced)
        for p in split_unfilled_paragraphs(indented)
    ]


def _out_of_its_panel(label: TextBlock, value: Line, value_region: str | None, items: list[Item]) -> bool:
    """The label stands in a drawn panel holding more than it (a side panel's heading, over the
    panel's boxes and lines), and the value's first line outside that panel, clear of all the
    panel holds across (right of it, or left): text of the column beside the panel, level with the
    label by chance, is no cell of its row (text belongs to the panel it stands in). A label alone
    in its panel (a filled label cell) may have its value beside it, outside; so may a label whose
    panel's other rows' values reach as far (a value overflowing its card)."""
    if label.region is None:
        return False
    panel = root(label.region)
    if value_region is not None and root(value_region) == panel:
        return False
    held = [
        item
        for item in items
        if item is not label
        and item.prov.page == label.prov.page
        and (region := drawn_region(item)) is not None
        and root(region) == panel
        and item.prov.bbox is not None
    ]
    first = _box(value)
    if not held or all(_label_like(item, label) for item in held):
        return False  # the panel is a label column (one fill drawn behind all its cells): values stand beside it
    return not any(_in_column(first, box) for box in (i.prov.bbox for i in held) if box is not None)


def _into_a_headed_panel(
    label: TextBlock, value_region: str | None, blocks: list[TextBlock], heading: dict[int, bool]
) -> bool:
    """The value's first line stands in a drawn panel the label stands outside of, and that panel
    holds a template heading of its own (`heading`, by block id, among the page's `blocks`): text of
    a side panel that carries its own sections (a shaded data cell's month text, set level with a
    heading of the column beside it by chance) is no cell of a row outside it; a region's text
    never joins a section outside it (issue 20; trial 30 ed84). A value cell drawn alone (a ruled
    cell holding the value only) holds no heading and stays the row's."""
    if value_region is None or (label.region is not None and root(label.region) == root(value_region)):
        return False
    panel = root(value_region)
    return any(b.region is not None and root(b.region) == panel and heading.get(id(b), False) for b in blocks)


def _label_like(item: Item, label: TextBlock) -> bool:
    """Another cell of the label's column: text starting within an em of the label's left edge, set
    as the label is (its weight, its size within SETTINGS.paragraphs.same_size_points)."""
    if not isinstance(item, TextBlock) or item.prov.bbox is None or not item.lines:
        return False
    em = label.size or SETTINGS.paragraphs.default_size
    return (
        abs(item.prov.bbox[0] - _box(label)[0]) <= em
        and item.lines[0].bold == label.lines[0].bold
        and abs(item.size - label.size) <= SETTINGS.paragraphs.same_size_points
    )


def split_category_column(item: Item, judge: Judge) -> list[Item]:
    """Step 7: the label column of a category table (`Judge.category_column`), its rows evenly
    spaced so that spacing grouped them, is one block a line, each a label segmentation pairs with
    the mark on its row; [item] otherwise."""
    if not isinstance(item, TextBlock) or not judge.category_column(item):
        return [item]
    return [TextBlock([line], style=item.style, prov=line.prov, region=item.region) for line in item.lines]
