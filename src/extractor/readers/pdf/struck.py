"""Struck-through text: words printed with a horizontal rule across their middle.

A rule drawn across a word's middle (between a quarter of its height under its top and a sixth over
its bottom: the x-height's middle, not an underline at the baseline) covering most of its width
(`strike_cover`), no thicker than `strike_rule` font sizes, strikes it: the text is deleted (a
tracked deletion LibreOffice or Word prints, a correction) and is no section's prose. Such words
leave the page's text (a word of a line that goes on keeps its place with no text, so the line's
edge and indent stay as printed); a note (aviso `texto_sin_ubicar`) quotes each run of them on a line where
it stands, so the field they were printed in says so and nothing printed goes without a trace.
Month displays read a strike as their own mark (`month_grid`): their names are taken before this
step runs.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ...avisos import Aviso
from ...layout import Provenance, ReaderNote
from ...settings import LAYOUT, LayoutSettings
from .geometry import bbox, height, union, width
from .grid import word_lines
from .objects import Box, Word
from .order import Unit
from .page import PageObjects


def is_struck(word: Word, rules: Sequence[Box], settings: LayoutSettings = LAYOUT) -> bool:
    """Whether a thin horizontal rule of `rules` runs across `word`'s middle over `strike_cover` of its width."""
    return _struck_by(word, rules, settings)


def _struck_by(
    word: Word, rules: Sequence[Box], settings: LayoutSettings, cover: float | None = None, scanned: bool = False
) -> bool:
    """Whether a rule of `rules` strikes `word`: across its middle, thin, over `cover` of its width
    (`strike_cover` unless given). On a `scanned` page the middle is the x-height's middle
    (`scan_strike_low` to `scan_strike_high` font sizes over the baseline OCR's word box gives):
    the tops or feet of a line's small letters and their serifs, blurred into one run, read as a
    rule over each word of it."""
    cover = settings.strike_cover if cover is None else cover
    low, high = word["top"] + 0.25 * height(word), word["bottom"] - 0.15 * height(word)
    if scanned and word["size"]:
        baseline = word["bottom"] - settings.scan_descent * word["size"]
        low, high = (
            baseline - settings.scan_strike_high * word["size"],
            baseline - settings.scan_strike_low * word["size"],
        )
    thickest = settings.strike_rule * (word["size"] or height(word))
    return width(word) > 0 and any(
        height(r) <= thickest
        and width(r) > height(r)
        and low <= (r["top"] + r["bottom"]) / 2 <= high
        and min(r["x1"], word["x1"]) - max(r["x0"], word["x0"]) >= cover * width(word)
        for r in rules
    )


class _Rules:
    """A page's horizontal rules by the height of their middles, so each word asks only the rules
    whose middles fall within its own height (`is_struck` over all of them is quadratic)."""

    def __init__(self, rules: Sequence[Box]) -> None:
        ordered = sorted(rules, key=lambda r: (r["top"] + r["bottom"]) / 2)
        self.middles = [(r["top"] + r["bottom"]) / 2 for r in ordered]
        self.rules = ordered

    def across(self, word: Word) -> list[Box]:
        start = bisect.bisect_left(self.middles, word["top"])
        end = bisect.bisect_right(self.middles, word["bottom"])
        return self.rules[start:end]


def struck_text(
    page: PageObjects, words: list[Word], settings: LayoutSettings = LAYOUT
) -> tuple[list[Word], list[Unit]]:
    """`words` without the struck ones (`is_struck`), and a note quoting each run of struck words of a line."""
    rules: list[Box] = [r for r in (*page.strokes, *page.shapes) if height(r) < width(r)]
    if not rules:
        return words, []
    by_middle = _Rules(rules)
    # on a scan a rule's piece is as often a letter's bar or an underline's noise: a strike runs across the word
    cover = settings.scan_strike_cover if page.ocr is not None else settings.strike_cover
    scanned = page.ocr is not None
    struck = {id(w) for w in words if _struck_by(w, by_middle.across(w), settings, cover, scanned)}
    if not struck:
        return words, []
    notes: list[Unit] = []
    kept: dict[int, Word] = {}  # a struck word of a line that goes on: its place kept, its text gone
    for line in word_lines(words, settings):
        whole = all(id(w) in struck for w in line)
        run: list[Word] = []
        for word in [*line, None]:
            if word is not None and id(word) in struck:
                run.append(word)
                if not whole:
                    kept[id(word)] = {**word, "text": ""}
                continue
            if run:
                notes.append(_struck_note(run, page.number))
                run = []
    return [kept.get(id(w), w) for w in words if id(w) not in struck or id(w) in kept], notes


def _struck_note(run: list[Word], page_number: int) -> Unit:
    box = union(run)
    text = " ".join(w["text"] for w in run)
    message = f"texto tachado (una eliminación o corrección), no se puso en el campo: «{text}»"
    return Unit(box, payload=ReaderNote(Aviso.texto_sin_ubicar, message, Provenance(page_number, bbox(box)), amid=True))
