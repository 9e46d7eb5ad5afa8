"""Text printed over other text: a floating text box drawn over the body, read apart from it.

A word processor that cannot wrap the body around a floating text box (LibreOffice printing a
Word VML text box) prints the box's lines over the body's: words of the two stand on the same
baselines, over each other or touching, and no reading of rows or columns can tell whose each
word is. The content stream can: a box's text is drawn in one stretch of its own, apart from the
body's (before or after it), and within that stretch it runs down the page, line after line.

So a page whose words overprint each other (two words covering `overlay_word_share` of the
smaller's area, not the same text drawn twice: `page.unique_chars` dropped those) is cut into
stream runs (`stream_runs`: a run goes on while each word stands on the line of the one drawn
before it, right of it, or lower; a baseline rising by more than `overlay_rise` font sizes starts
a new run, as a table's next cell or a floating box's first line does, and so does going back
left along the same line: text drawn over text just drawn). Runs printed over each other are in
conflict; of the runs set in from one they conflict with (a box beside or over the body's column
starts right of its left edge), the run in conflict with the most others (a box lies over several
of the body's runs: paragraphs, table cells), then the narrower, then the one drawn later is the
floating one, until no such conflict is left. Floating runs drawn one after the other are one
layer; what stays in conflict is `unseparated`.

`overlaid_layers` gives the page's words as layers: the body first, then each floating layer.
Each layer is read on its own (`reader.page_items`) and a floating one is a region of its own
(`order.Unit.layer`): its words never join a body line, and its lines are read together.
Words without a drawing order (an OCR source's) are never split. Words printed over each other
that stay in one layer (drawn in one run, or without a drawing order) are `unseparated`: the
reader notes each pair (aviso `lectura_dudosa`), never merging them letter by letter in silence.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...settings import LAYOUT, LayoutSettings
from .geometry import intersection, vertical_overlap
from .objects import Box, Word


def overprinted_pairs(words: Sequence[Word], settings: LayoutSettings = LAYOUT) -> list[tuple[int, int]]:
    """Index pairs of words printed over each other: sharing `overlay_word_share` of the smaller's
    area and `overlay_word_share` of the smaller's height. Words sweep top to bottom; the words still
    open (reaching below the current word's top) are pruned only when one of them no longer does."""
    order = sorted(range(len(words)), key=lambda i: words[i]["top"])
    pairs: list[tuple[int, int]] = []
    open_: list[int] = []
    lowest_top = float("inf")  # the least bottom among the open words: none closes above it
    share = settings.overlay_word_share
    for i in order:
        word = words[i]
        if lowest_top <= word["top"]:
            open_ = [j for j in open_ if words[j]["bottom"] > word["top"]]
            lowest_top = min((words[j]["bottom"] for j in open_), default=float("inf"))
        for j in open_:
            other = words[j]
            if other["x1"] <= word["x0"] or other["x0"] >= word["x1"]:
                continue
            smaller = min(_area(word), _area(other))
            if smaller > 0 and intersection(word, other) >= share * smaller and vertical_overlap(word, other) >= share:
                pairs.append((j, i))
        open_.append(i)
        lowest_top = min(lowest_top, word["bottom"])
    return pairs


def _area(word: Word) -> float:
    return max(0.0, word["x1"] - word["x0"]) * max(0.0, word["bottom"] - word["top"])


def starts_run(prev: Box, size_prev: float, cur: Box, size: float, settings: LayoutSettings = LAYOUT) -> bool:
    """Whether `cur`, drawn right after `prev` (characters or words, their font sizes given), starts
    a new stream run: its baseline rises above `prev`'s by more than `overlay_rise` font sizes (of
    the larger), or it stands on `prev`'s baseline (within that) starting more than that left of
    `prev`'s start (the stream goes back along the line: text drawn over text already drawn)."""
    reach = settings.overlay_rise * max(size, size_prev)
    if cur["bottom"] < prev["bottom"] - reach:
        return True
    return cur["bottom"] <= prev["bottom"] + reach and cur["x0"] < prev["x0"] - reach


def stream_runs(words: Sequence[Word], settings: LayoutSettings = LAYOUT) -> list[int]:
    """Each word's stream run (0, 1, ... in drawing order): words taken in drawing order (`seq`), a
    new run where one `starts_run`."""
    runs = [0] * len(words)
    run = 0
    prev: Word | None = None
    for i in sorted(range(len(words)), key=lambda i: words[i].get("seq", 0)):
        word = words[i]
        if prev is not None and starts_run(prev, prev["size"], word, word["size"], settings):
            run += 1
        runs[i] = run
        prev = word
    return runs


def _floating_runs(
    words: Sequence[Word], runs: list[int], pairs: list[tuple[int, int]], settings: LayoutSettings
) -> set[int]:
    """The runs read as floating: while runs conflict, of those whose left edge stands right of
    another's they conflict with (by `overlay_rise` font sizes: a box set in from the body's column;
    two runs both starting at the column's edge are no box over text), the one in conflict with the
    most others, then the narrower, then the later drawn."""
    conflicts: dict[int, set[int]] = {}
    for i, j in pairs:
        a, b = runs[i], runs[j]
        if a != b:
            conflicts.setdefault(a, set()).add(b)
            conflicts.setdefault(b, set()).add(a)
    spans: dict[int, tuple[float, float, float]] = {}  # run -> (x0, x1, largest size)
    for word, run in zip(words, runs, strict=True):
        lo, hi, size = spans.get(run, (word["x0"], word["x1"], word["size"]))
        spans[run] = (min(lo, word["x0"]), max(hi, word["x1"]), max(size, word["size"]))

    def inset(run: int) -> bool:
        reach = settings.overlay_rise * spans[run][2]
        return spans[run][0] > min(spans[other][0] for other in conflicts[run]) + reach

    floating: set[int] = set()
    while candidates := [r for r in conflicts if conflicts[r] and inset(r)]:
        pick = max(candidates, key=lambda r: (len(conflicts[r]), -(spans[r][1] - spans[r][0]), r))
        floating.add(pick)
        for other in conflicts.pop(pick):
            conflicts[other].discard(pick)
    return floating


def overlaid_layers(words: list[Word], settings: LayoutSettings = LAYOUT) -> list[list[Word]]:
    """The page's words as layers, the body's first, then each floating layer's (runs drawn one after
    the other, each printed over the body: see the module's note); `[words]` when nothing is printed
    over anything, or a word has no drawing order (`seq`)."""
    return layers_and_unseparated(words, settings)[0]


def layers_and_unseparated(
    words: list[Word], settings: LayoutSettings = LAYOUT
) -> tuple[list[list[Word]], list[tuple[Word, Word]]]:
    """(`overlaid_layers(words)`, `unseparated` of those layers) with the page's overprinted pairs
    found once: when no layer floats, the pairs found to layer the words are the unseparated ones."""
    if len(words) < 2:
        return [words], []
    pairs = overprinted_pairs(words, settings)
    one = ([words], [(words[i], words[j]) for i, j in pairs])
    if not pairs or any("seq" not in w for w in words):
        return one
    runs = stream_runs(words, settings)
    floating = _floating_runs(words, runs, pairs, settings)
    if not floating:
        return one
    layer_of: dict[int, int] = {}
    for run in sorted(floating):
        layer_of[run] = layer_of[run - 1] if run - 1 in layer_of else len(set(layer_of.values())) + 1
    layers: list[list[Word]] = [[] for _ in range(len(set(layer_of.values())) + 1)]
    for word, run in zip(words, runs, strict=True):
        layers[layer_of.get(run, 0)].append(word)
    kept = [layer for k, layer in enumerate(layers) if layer or k == 0]
    return kept, unseparated(kept, settings)


def unseparated(layers: Sequence[list[Word]], settings: LayoutSettings = LAYOUT) -> list[tuple[Word, Word]]:
    """The pairs of words printed over each other within one layer (`overprinted_pairs`): what
    `overlaid_layers` could not read apart."""
    return [(layer[i], layer[j]) for layer in layers for i, j in overprinted_pairs(layer, settings)]
