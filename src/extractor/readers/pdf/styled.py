"""The category list told by style alone: the template's category names printed as a list with no
box, mark or chip, the selected ones set apart by their look (bold, a colour) and the others
greyed or struck through.

A list is the page's free words (those no checkbox, month display or chip took) in runs naming a
category each (`chips.category_of`: the name and nothing more; "Otra: X" names otra): the words of
one line, no farther apart than `label_word_gap` font sizes, in one look (weight and colour). Runs
whose lines stand within `styled_list_gap` font sizes of each other are one list; a list naming at
least `styled_list_min` categories is read as the month grids read their names
(`month_grid.read_looks`): the runs split by their look into two groups, and the selected group is
the unstruck one, the filled one, the bold one, the coloured (else the darker) one. A list whose
runs all look alike is no list of marks (a list of names: left as text), nor is a list of which at least
half the names have a mark on their line (a ✓ / ✗ column whose names a scan's OCR measured apart). When the ways they
differ do not split them cleanly into two groups, no category is read as selected and a note on
`categorias` says so (aviso `lectura_dudosa`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from ...glyphs import is_check_mark
from ...layout import CATEGORIES, UNCLEAR, Provenance, ReaderNote
from ...settings import LAYOUT, LayoutSettings
from ...text import fold
from ...vocab import categories
from .chips import category_of
from .geometry import bbox, box_only, overlap_lines, union
from .marks import Mark
from .month_grid import GridCell, read_looks
from .objects import Word
from .page import PageObjects


def _lines(words: Sequence[Word]) -> list[list[Word]]:
    """The words by line (sharing half their height with the line's first word), each left to right."""
    ordered = sorted(words, key=lambda w: (w["top"], w["x0"]))
    return [sorted(line, key=lambda w: w["x0"]) for line in overlap_lines(ordered, 0.5)]


def _may_list(words: Sequence[Word], settings: LayoutSettings) -> bool:
    """Whether the words hold `styled_list_min` first words of categories' names: a page with fewer
    holds no list told by style (most pages: the step costs one pass over the words)."""
    firsts = _first_words()
    return sum(fold(w["text"]).strip(":") in firsts for w in words) >= settings.styled_list_min


@functools.cache
def _first_words() -> frozenset[str]:
    """The first word of each printed name of the categories, folded."""
    return frozenset(name.split()[0] for term in categories() for name in term.folded if name.split())


def _look(word: Word) -> tuple[bool, str | None]:
    return bool(word["bold"]), word.get("ink")


def _runs(words: Sequence[Word], settings: LayoutSettings) -> list[list[Word]]:
    """The words of each line in runs: a gap wider than `label_word_gap` font sizes, or another look
    (weight, colour), starts the next run."""
    runs: list[list[Word]] = []
    for line in _lines(words):
        run = [line[0]]
        for word in line[1:]:
            gap = word["x0"] - run[-1]["x1"]
            if gap > settings.label_word_gap * word["size"] or _look(word) != _look(run[-1]):
                runs.append(run)
                run = [word]
            else:
                run.append(word)
        runs.append(run)
    return runs


def wrapped_names(runs: list[list[Word]], settings: LayoutSettings = LAYOUT) -> list[list[Word]]:
    """`runs` with each name wrapped over two lines in its cell joined into one run: a run naming
    no category (`chips.category_of`) and the run just below it, in the same look, starting within
    `wrap_indent` font sizes of its left edge, its line at most `wrap_line_gap` font sizes under
    it, that names none either, when the two together name a category ("Intermediación" over
    "laboral" in a narrow column of a grid of names). Other runs stay as they are."""
    out: list[list[Word]] = []
    joined: set[int] = set()
    for n, run in enumerate(runs):
        if n in joined:
            continue
        if category_of(" ".join(w["text"] for w in run)) is None:
            below = _under(run, runs, joined | {n}, settings)
            if below is not None:
                joined.add(below)
                run = run + runs[below]
        out.append(run)
    return out


def _under(run: list[Word], runs: list[list[Word]], used: set[int], settings: LayoutSettings) -> int | None:
    """The index of the run in `runs` (none of `used`) continuing `run`'s name on the line below it
    (see `wrapped_names`), else None."""
    size = run[0]["size"]
    bottom = max(w["bottom"] for w in run)
    for k, other in enumerate(runs):
        if k in used or _look(other[0]) != _look(run[0]):
            continue
        if abs(other[0]["x0"] - run[0]["x0"]) > settings.wrap_indent * size:
            continue
        if not 0 <= other[0]["top"] - bottom <= settings.wrap_line_gap * size:
            continue
        if category_of(" ".join(w["text"] for w in other)) is None and category_of(
            " ".join(w["text"] for w in [*run, *other])
        ):
            return k
    return None


def _as_word(run: list[Word]) -> Word:
    """A run as one word: its box and text, the first word's font and look."""
    box = union(run)
    return {**run[0], **box, "text": " ".join(w["text"] for w in run)}


def _lists(runs: list[Word], settings: LayoutSettings) -> list[list[Word]]:
    """Runs whose lines stand within `styled_list_gap` font sizes of another's, one list each."""
    groups: list[list[Word]] = []
    for run in sorted(runs, key=lambda r: (r["top"], r["x0"])):
        reach = settings.styled_list_gap * run["size"]
        near = [
            g for g in groups if any(run["top"] - reach <= r["bottom"] and r["top"] - reach <= run["bottom"] for r in g)
        ]
        merged = [r for g in near for r in g] + [run]
        groups = [g for g in groups if not any(g is n for n in near)] + [merged]
    return groups


def _on_line(mark: Word, name: Word) -> bool:
    """Whether `mark` shares at least half its height with `name`'s line."""
    shared = min(mark["bottom"], name["bottom"]) - max(mark["top"], name["top"])
    return shared >= (mark["bottom"] - mark["top"]) / 2


def styled_marks(
    page: PageObjects, words: list[Word], settings: LayoutSettings = LAYOUT
) -> tuple[list[Mark], list[ReaderNote], list[Word]]:
    """The category lists of the page told by style alone as checkboxes (method "style", labelled by
    their names), the notes of what could not be told (on `categorias`), and the words they left."""
    if not _may_list(words, settings):
        return [], [], words
    named: list[tuple[Word, list[Word]]] = []
    for run in wrapped_names(_runs(words, settings), settings):
        word = _as_word(run)
        if category_of(word["text"]) is not None:
            named.append((word, run))
    parts = {id(word): run for word, run in named}
    found: list[Mark] = []
    notes: list[ReaderNote] = []
    taken: set[int] = set()
    marks = [w for w in words if len(w["text"]) == 1 and is_check_mark(w["text"], w["font"])]
    for group in _lists([word for word, _ in named], settings):
        terms = {term.id for w in group if (term := category_of(w["text"])) is not None}
        if len(terms) < settings.styled_list_min or len(group) > 12:
            continue
        if 2 * sum(any(_on_line(mark, name) for mark in marks) for name in group) >= len(group):
            continue  # a mark beside its name (✓ / ✗, X): a list of marks, however the names look
        # each name's look is its first line's (a wrapped name's box spans two lines: a strike-through is per line)
        firsts = [_as_word([w for w in parts[id(word)] if _level(w, parts[id(word)][0])]) for word in group]
        cells = [GridCell(n, first, word) for n, (first, word) in enumerate(zip(firsts, group, strict=True), start=1)]
        reading, splits = read_looks(cells, page, settings)
        if not splits:
            continue  # every name looks alike: a list of names, no marks
        active = reading.active
        if reading.doubt or not active:
            active = set()
            notes.append(
                ReaderNote(
                    UNCLEAR,
                    "las categorías se distinguen sólo por su estilo (negrita, color, tachado) y su aspecto "
                    f"no las separa con claridad en dos grupos ({', '.join(w['text'] for w in group)}): "
                    "ninguna se leyó marcada",
                    Provenance(page.number, bbox(union(group))),
                    campo=CATEGORIES,
                )
            )
        found += [
            Mark(box_only(word), n in active, "style", label=word["text"], label_box=box_only(word))
            for n, word in enumerate(group, start=1)
        ]
        taken |= {id(w) for word in group for w in parts[id(word)]}
        taken |= {id(w) for w in _separators(group, words)}
    return found, notes, [w for w in words if id(w) not in taken]


SEPARATORS = frozenset("·•|/,;–—-")  # what a line of names sets between them ("Sociolaboral · Acogida")


def _separators(group: list[Word], words: Sequence[Word]) -> list[Word]:
    """The words of `words` printing a separator alone (`SEPARATORS`: "·", "|") between two names of
    the list `group`: on their line (sharing half the line's height), between two of them in x, or
    after its line's last one when the list goes on on a line below (a wrapped list), or before its
    line's first one when the list began on a line above. The list's punctuation, as commas between
    a sentence's items: no text of any field."""
    out = []
    for word in words:
        if not word["text"] or any(ch not in SEPARATORS for ch in word["text"]):
            continue
        line = [g for g in group if _level(g, word)]
        before = any(g["x1"] <= word["x0"] for g in line)
        after = any(word["x1"] <= g["x0"] for g in line)
        below = any(g["top"] >= word["bottom"] for g in group)
        above = any(g["bottom"] <= word["top"] for g in group)
        if (before and after) or (before and below) or (after and above):
            out.append(word)
    return out


def _level(a: Word, b: Word) -> bool:
    """Whether two words share at least half the smaller one's height."""
    shared = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    return shared >= 0.5 * min(a["bottom"] - a["top"], b["bottom"] - b["top"])
