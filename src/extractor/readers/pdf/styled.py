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
runs all look alike is no list of marks (a list of names: left as text). When the ways they
differ do not split them cleanly into two groups, no category is read as selected and a note on
`categorias` says so (aviso `lectura_dudosa`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from ...layout import CATEGORIES, UNCLEAR, Provenance, ReaderNote
from ...text import fold
from ...vocab import categories
from .chips import category_of
from .geometry import bbox, box_only, overlap_lines, union
from .marks import Mark
from .month_grid import GridCell, read_looks
from .objects import Word
from .page import PageObjects
from .settings import LAYOUT, LayoutSettings


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


def styled_marks(
    page: PageObjects, words: list[Word], settings: LayoutSettings = LAYOUT
) -> tuple[list[Mark], list[ReaderNote], list[Word]]:
    """The category lists of the page told by style alone as checkboxes (method "style", labelled by
    their names), the notes of what could not be told (on `categorias`), and the words they left."""
    if not _may_list(words, settings):
        return [], [], words
    named: list[tuple[Word, list[Word]]] = []
    for run in _runs(words, settings):
        word = _as_word(run)
        if category_of(word["text"]) is not None:
            named.append((word, run))
    parts = {id(word): run for word, run in named}
    found: list[Mark] = []
    notes: list[ReaderNote] = []
    taken: set[int] = set()
    for group in _lists([word for word, _ in named], settings):
        terms = {term.id for w in group if (term := category_of(w["text"])) is not None}
        if len(terms) < settings.styled_list_min or len(group) > 12:
            continue
        cells = [GridCell(n, word, word) for n, word in enumerate(group, start=1)]
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
