"""The category list printed as chips: each category's name in a drawn pill (a rounded or square
shape hugging one line of text), the selected ones set apart by their fill.

A chip is a drawn shape (the shapes drawing one outline and fill are one chip) whose only words are
one line naming a category of the template's vocabulary (`vocab.categories`; "Otra: X" names
otra), no taller than `chip_max_height` font sizes and padded at most `chip_side_pad` font sizes
each side; a shape with a checkbox beside it on its row, or sharing an edge with another shape
round words, is a label's or a table's cell, never a chip. Chips
within `chip_group_gap` font sizes of each other are one display. Each chip's look is its fill's
contrast with what lies behind it (the smallest filled shape holding it, else the white page): an
outlined chip has none. The states are read within the display:

- two looks, split by one clear gap of at least `chip_contrast_split`: the chips that stand out
  more are selected;
- one look, and the chips name only some categories: the display prints the selected ones alone
  (a list of tags): every chip is selected, and the categories it leaves unprinted are not (as a
  list of the selected names alone, `segment.fichas._named_category_list`). A chip the reader
  missed leaves its name as text in the section, which says the list was not read whole (aviso
  `lectura_dudosa` naming the categories no chip was read for, `fields.record`);
- one look over every category, looks too near to tell (a pale tint beside no fill: the greyed
  ones may be the unselected) or looks that no one gap splits: nothing can be told; no chip is
  read as selected and a note says why.

"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from ...layout import CATEGORIES, UNCLEAR, Provenance, ReaderNote
from ...settings import LAYOUT, LayoutSettings
from ...text import fold
from ...vocab import Term, categories
from .geometry import (
    area,
    bbox,
    box_only,
    center,
    contains,
    contains_point,
    height,
    intersection,
    iou,
    runs_by_gap,
    union,
    width,
)
from .marks import Mark
from .objects import Box, Shape, Word


@dataclass(frozen=True)
class Chip:
    """One chip: its box, the category it names, its words and its look (fill contrast, None when
    the fill's colour is unknown)."""

    box: Box
    term: Term
    words: tuple[Word, ...]
    contrast: float | None

    @property
    def text(self) -> str:
        return " ".join(w["text"] for w in self.words)


def category_of(text: str) -> Term | None:
    """The category whose printed name `text` is, folded (its part before a colon: "Otra: X" names
    otra), else None: a chip prints the name and nothing more ("Sociolaboral X", a table row's
    label and its typed mark, is none)."""
    head = fold(text.partition(":")[0])
    return next((t for t in categories() if head in t.folded), None)


def _outlines(shapes: Sequence[Shape], settings: LayoutSettings) -> list[list[Shape]]:
    """The shapes, those drawing one outline (a fill and its stroke) together."""
    groups: list[list[Shape]] = []
    for shape in shapes:
        home = next((g for g in groups if iou(g[0], shape) > settings.chip_same_iou), None)
        if home is None:
            groups.append([shape])
        else:
            home.append(shape)
    return groups


class _Lines:
    """A page's words by the height of their centres, to find those inside a box at once."""

    def __init__(self, words: Sequence[Word]) -> None:
        self.words = sorted(words, key=lambda w: center(w)[1])
        self.heights = [center(w)[1] for w in self.words]

    def inside(self, box: Box) -> list[Word]:
        lo, hi = bisect.bisect_left(self.heights, box["top"]), bisect.bisect_right(self.heights, box["bottom"])
        return [w for w in self.words[lo:hi] if contains_point(box, center(w))]


def _chip_words(box: Box, lines: _Lines, settings: LayoutSettings, wrap: bool = False) -> list[Word] | None:
    """The words of a chip's box when they are one line hugged by it, else None; with `wrap`, also
    those of a tile of a grid: two lines (a name wrapped in it, their left edges within a font size
    of each other) or one, in a tile up to `chip_wrap_height` font sizes taller (stretched to its
    grid row's tallest tile) and as wide as its column (the words within `chip_side_pad` font sizes
    of one side); the words line by line, left to right."""
    inside = lines.inside(box)
    if not inside:
        return None
    size = max(w["size"] for w in inside)
    text_box = union(inside)
    rows = _lines_of(inside)
    aligned = len(rows) == 1 or (wrap and len(rows) == 2 and abs(rows[0][0]["x0"] - rows[1][0]["x0"]) <= size)
    tallest = (settings.chip_max_height + (settings.chip_wrap_height if wrap else 0.0)) * size
    pad = settings.chip_side_pad * size
    sides = (text_box["x0"] - box["x0"], box["x1"] - text_box["x1"])
    hugged = (
        height(box) <= tallest
        and height(box) >= height(text_box)
        and (sum(sides) <= 2 * pad or (wrap and min(sides) <= pad))  # a tile: its grid column's width
        and contains(box, text_box, pad=0.2 * size)
    )
    return [w for row in rows for w in row] if aligned and hugged else None


def _behind(box: Box, shapes: Sequence[Shape]) -> float:
    """The luminance behind a chip: the smallest filled shape of known colour holding it, else white."""
    holders = [
        s
        for s in shapes
        if s["fill"] and s["fill_lum"] is not None and area(s) > 2 * area(box) and contains(s, box, pad=1.0)
    ]
    return min(holders, key=area)["fill_lum"] if holders else 1.0  # type: ignore[return-value]


def _contrast(outline: list[Shape], behind: float) -> float | None:
    filled = [s for s in outline if s["fill"]]
    if not filled:
        return 0.0
    lum = filled[-1]["fill_lum"]
    return None if lum is None else abs(lum - behind)


def _beside_a_mark(box: Box, marks: Sequence[Mark], size: float, settings: LayoutSettings) -> bool:
    """Whether a checkbox stands on the shape's row within `chip_mark_reach` font sizes of it."""
    reach = settings.chip_mark_reach * size
    mid = center(box)[1]
    return any(
        m.box["top"] <= mid <= m.box["bottom"] and box["x0"] - reach <= center(m.box)[0] <= box["x1"] + reach
        for m in marks
    )


@dataclass(frozen=True)
class Pill:
    """A drawn shape hugging one line of words (see the module's rules): the shapes drawing it
    (its fill and its outline), its box and its words, left to right."""

    outline: list[Shape]
    box: Box
    words: list[Word]


def pills(
    shapes: Sequence[Shape], words: Sequence[Word], settings: LayoutSettings = LAYOUT, wrap: bool = False
) -> list[Pill]:
    """The page's pills: shapes lying on their side round one line of `words`, hugging it
    (`chip_max_height`, `chip_side_pad`), none sharing an edge with another (a table's cells); with
    `wrap`, also tiles round a name wrapped over two lines, or stretched to their row's tallest
    (`_chip_words`)."""
    if not words:
        return []
    extra = settings.chip_wrap_height if wrap else 0.0
    tallest = (settings.chip_max_height + extra) * max(w["size"] for w in words)
    lines = _Lines(words)
    low = [s for s in shapes if height(s) <= tallest]  # a cell's neighbours: words in them or not
    candidates = [s for s in low if width(s) >= height(s) and lines.inside(s)]  # a pill lies on its side round words
    outlines = _outlines(candidates, settings)
    boxes = [union(outline) for outline in outlines]
    out = []
    for outline, box in zip(outlines, boxes, strict=True):
        mine = {id(s) for s in outline}
        if any(id(other) not in mine and _adjacent(box, other, settings) for other in low):
            continue  # a table's cell: its neighbour (an empty mark cell too) shares an edge
        inside = _chip_words(box, lines, settings, wrap)
        if inside is not None:
            out.append(Pill(outline, box, inside))
    return out


def _chips(
    shapes: Sequence[Shape], words: Sequence[Word], marks: Sequence[Mark], settings: LayoutSettings
) -> list[Chip]:
    out = []
    for pill in pills(shapes, words, settings, wrap=True):
        outline, box, inside = pill.outline, pill.box, pill.words
        term = category_of(" ".join(w["text"] for w in inside))
        if term is None or _beside_a_mark(box, marks, inside[0]["size"], settings):
            continue
        out.append(Chip(box_only(box), term, tuple(inside), _contrast(outline, _behind(box, shapes))))
    return out


def _adjacent(a: Box, b: Box, settings: LayoutSettings) -> bool:
    """Whether two shapes share an edge, `chip_touch` points apart at most (a table's cells, side by
    side or one above the other), not one over the other (a chip's outline drawn a little outside
    its fill)."""
    return boxes_near(a, b, settings.chip_touch) and intersection(a, b) < 0.5 * min(area(a), area(b))


def boxes_near(a: Box, b: Box, gap: float) -> bool:
    """Whether boxes `a` and `b` (points) overlap or stand within `gap` points of each other."""
    return (
        a["x0"] - gap <= b["x1"]
        and b["x0"] - gap <= a["x1"]
        and a["top"] - gap <= b["bottom"]
        and b["top"] - gap <= a["bottom"]
    )


def _displays(chips: list[Chip], settings: LayoutSettings) -> list[list[Chip]]:
    """Chips within `chip_group_gap` font sizes of each other, one display each (in page order)."""
    groups: list[list[Chip]] = []
    for chip in sorted(chips, key=lambda c: (c.box["top"], c.box["x0"])):
        gap = settings.chip_group_gap * chip.words[0]["size"]
        near = [g for g in groups if any(boxes_near(chip.box, c.box, gap) for c in g)]
        merged = [c for g in near for c in g] + [chip]
        groups = [g for g in groups if not any(g is n for n in near)] + [merged]
    return groups


def _selected(looks: list[float | None], settings: LayoutSettings) -> list[bool] | None:
    """Which chips stand out (see the module's rules): all when their looks are alike; None when
    a look is unknown or no one gap splits them."""
    known = [look for look in looks if look is not None]
    if len(known) < len(looks):
        return None
    values = sorted(set(known))
    if values[-1] - values[0] < settings.chip_same_look:
        return [True] * len(known)
    if values[-1] - values[0] < settings.chip_contrast_split:  # a pale tint beside none: which marks?
        return None
    gaps = [(b - a, a) for a, b in itertools.pairwise(values)]
    widest, below = max(gaps)
    if any(g > widest / 2 for g, a in gaps if a != below):
        return None
    return [look > below for look in known]


def chip_marks(
    shapes: Sequence[Shape],
    words: list[Word],
    marks: Sequence[Mark],
    page_number: int,
    settings: LayoutSettings = LAYOUT,
) -> tuple[list[Mark], list[ReaderNote], list[Word]]:
    """The page's category chips as checkboxes (method "chip", labelled by their words), the notes
    of what could not be told (on `categorias`), and the words they left."""
    found: list[Mark] = []
    notes: list[ReaderNote] = []
    taken: set[int] = set()
    displays = _displays(_chips(shapes, words, marks, settings), settings)
    plain = _plain_names(displays, words, settings)
    if plain:  # the list's other names printed plain among its chips: a list whose chips mark the selected
        displays = [[c for d in displays for c in d]]
    for display in displays:
        named = {c.term.id for c in display} | {c.term.id for c in plain}
        every = [t.id for t in categories()]
        unprinted = [t for t in every if t not in named]
        states = _selected([c.contrast for c in display], settings)
        alike = states is not None and all(states)
        where = Provenance(page_number, bbox(union([c.box for c in display])))
        if plain:  # filled against the plain names beside them: the chips are the selected
            states = [True] * len(display)
        elif states is None or (alike and not unprinted):
            states = [False] * len(display)
            why = "con el mismo aspecto" if alike else "con rellenos que no se separan con claridad en dos grupos"
            notes.append(
                ReaderNote(
                    UNCLEAR,
                    f"las categorías están impresas como etiquetas {why}: no se distingue cuáles están "
                    f"marcadas ({', '.join(c.text for c in display)}); ninguna se leyó marcada",
                    where,
                    campo=CATEGORIES,
                )
            )
        found += [
            Mark(c.box, on, "chip", label=c.text, label_box=union(c.words))
            for c, on in zip(display, states, strict=True)
        ]
        taken |= {id(w) for c in display for w in c.words}
    found += [Mark(c.box, False, "chip", label=c.text, label_box=union(c.words)) for c in plain]
    taken |= {id(w) for c in plain for w in c.words}
    return found, notes, [w for w in words if id(w) not in taken]


def _plain_names(displays: list[list[Chip]], words: Sequence[Word], settings: LayoutSettings) -> list[Chip]:
    """The category names printed plain (no shape round them) that complete a list of chips all of
    one look, as unselected chips (contrast 0): each a line of free words naming one category and
    nothing else (`category_of`), its left edge within a font size of a chip's words' (one column
    of names) or on a chip's row, between the list's first and last rows within `chip_group_gap`
    line heights; only when they name every category the chips do not, once each (the highlighter
    over some names of the template's list: trial 26 x21). [] otherwise: a list of tags printing the
    selected categories alone stays so."""
    chips = [c for d in displays for c in d]
    if not chips or any(_selected([c.contrast for c in d], settings) != [True] * len(d) for d in displays):
        return []
    named = {c.term.id for c in chips}
    size = max(w["size"] for c in chips for w in c.words)
    lefts = [min(w["x0"] for w in c.words) for c in chips]
    reach = settings.chip_group_gap * size
    used = {id(w) for c in chips for w in c.words}
    candidates: list[Chip] = []
    for line in _lines_of([w for w in words if id(w) not in used]):
        for run in runs_by_gap(line, settings.label_word_gap):
            term = category_of(" ".join(w["text"] for w in run))
            aligned = any(abs(run[0]["x0"] - x) <= size for x in lefts) or any(
                c.box["top"] <= center(run[0])[1] <= c.box["bottom"] for c in chips
            )
            if term is not None and aligned:
                candidates.append(Chip(union(run), term, tuple(run), 0.0))
    found: list[Chip] = []
    top, bottom = min(c.box["top"] for c in chips), max(c.box["bottom"] for c in chips)
    while near := [c for c in candidates if c not in found and top - reach <= c.box["top"] <= bottom + reach]:
        found += near  # the list grows down (and up) a name at a time
        top, bottom = min(top, *(c.box["top"] for c in near)), max(bottom, *(c.box["bottom"] for c in near))
    terms = [c.term.id for c in found]
    every = {t.id for t in categories()}
    if not found or len(set(terms)) != len(terms) or named & set(terms) or named | set(terms) != every:
        return []
    return found


def _lines_of(words: Sequence[Word]) -> list[list[Word]]:
    """The words by line (their centres within half a font size of the line's first word's), each left
    to right."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (center(w)[1], w["x0"])):
        if lines and abs(center(word)[1] - center(lines[-1][0])[1]) < 0.5 * word["size"]:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]
