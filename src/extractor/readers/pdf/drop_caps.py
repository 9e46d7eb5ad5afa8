"""Drop caps: a paragraph's first letter printed large, its first lines set beside it.

A designer's initial (CSS `::first-letter` floated, an InDesign drop cap) is the first
letter of the word its paragraph's first line opens with: read apart, it becomes a block of
its own and, standing across the lines beside it, looks printed over them. Here it goes back
into that word, before the page's words become lines (`order.line_fragments`). The first line
beside it is often set in small capitals (CSS `::first-line { font-variant: small-caps }`):
capitals of some 0.7 of the text's size (`small_capitals_min` to `small_capitals_max`) stand for
lower-case letters, so they are read in lower case at the text's size, as the paragraph's Word
file spells them ("El año 2022 la municipalidad"); capitals of the text's size stay capitals.
"""

from __future__ import annotations

from itertools import pairwise

from ...settings import LayoutSettings
from ...vocab import one_letter_word
from .geometry import union
from .objects import Box, Word


def _is_letter(word: Word) -> bool:
    return len(word["text"]) == 1 and word["text"].isalpha() and word["text"].isupper()


def _rows(cap: Word, words: list[Word], settings: LayoutSettings) -> list[list[Word]]:
    """The lines of `words` opening beside `cap`: each word starting at most `drop_cap_gap` of its
    size right of the letter opens one (the leftmost of those on one baseline), and holds the words
    right of it whose bottoms lie within `line_baseline` font sizes plus `line_baseline_pad` points
    of its own, left to right; top to bottom. A line of another column, on a baseline of its own,
    opens no row (it starts farther right)."""
    openers = sorted(
        (w for w in words if w["x0"] - cap["x1"] <= settings.drop_cap_gap * w["size"]), key=lambda w: w["x0"]
    )
    rows: list[list[Word]] = []
    for opener in sorted(openers, key=lambda w: w["bottom"]):
        reach = settings.line_baseline * opener["size"] + settings.line_baseline_pad
        if rows and abs(rows[-1][0]["bottom"] - opener["bottom"]) <= reach:
            continue  # another word opening the same line
        row = [w for w in words if w["x0"] >= opener["x0"] and abs(w["bottom"] - opener["bottom"]) <= reach]
        rows.append(sorted(row, key=lambda w: w["x0"]))
    return rows


def _beside(cap: Word, words: list[Word], settings: LayoutSettings) -> list[list[Word]]:
    """The rows of `words` standing beside `cap` (each word right of it, its middle within the
    letter's height) that open at most `drop_cap_gap` of the text's size right of it, top to bottom
    (rows opening farther right are another column's); [] when they are fewer than `drop_cap_lines`,
    the letter is less than `drop_cap_size` times the text's size, or the first row stands lower
    than `drop_cap_top`."""
    near = [
        w
        for w in words
        if w is not cap and w["x0"] >= cap["x1"] and cap["top"] <= (w["top"] + w["bottom"]) / 2 <= cap["bottom"]
    ]
    rows = _rows(cap, near, settings)
    text_size = max((row[0]["size"] for row in rows), default=0.0)
    if not text_size or cap["size"] < settings.drop_cap_size * text_size or len(rows) < settings.drop_cap_lines:
        return []
    if any(row[0]["x0"] - cap["x1"] > settings.drop_cap_gap * text_size for row in rows):
        return []
    if min(w["top"] for w in rows[0]) - cap["top"] > settings.drop_cap_top * text_size:
        return []
    return rows


def _own_line(row: list[Word], text_size: float, settings: LayoutSettings) -> list[Word]:
    """The words of `row` (left to right) up to its first gap wider than `word_gap` times
    `text_size` and than `drop_cap_space_ratio` times the row's narrowest other space (a gap of at
    least `touching_gap` times `text_size`; with no other space, `word_gap` alone): the paragraph's
    own line, not another column's words on the same baseline. A justified line stretches all its
    spaces alike: a first line in small capitals, narrower than the text, past `word_gap` (browser
    seeds 47342, 47727), yet no space of it stands apart from the others as a column's gutter does."""
    gaps = [word["x0"] - before["x1"] for before, word in pairwise(row)]
    spaces = [g if g >= settings.touching_gap * text_size else None for g in gaps]
    out = row[:1]
    for k, (word, gap) in enumerate(zip(row[1:], gaps, strict=True)):
        others = [g for j, g in enumerate(spaces) if g is not None and j != k]
        if gap > settings.word_gap * text_size and gap > settings.drop_cap_space_ratio * min(others, default=0.0):
            break
        out.append(word)
    return out


def _small_capitals(row: list[Word], text_size: float, settings: LayoutSettings) -> list[Word]:
    """`row` (the first line beside a drop cap) with its words in capitals of small capitals' size
    (`small_capitals_min` to `small_capitals_max` of `text_size`) in lower case at `text_size`, their
    boxes as high as the text's (from their bottoms): the line's pitch to the next is its paragraph's."""
    lo, hi = settings.small_capitals_min * text_size, settings.small_capitals_max * text_size
    return [
        {
            **w,
            "text": w["text"].lower(),
            "size": text_size,
            "top": w["bottom"] - (w["bottom"] - w["top"]) * text_size / w["size"],
        }
        if lo <= w["size"] <= hi and w["text"] == w["text"].upper() and any(c.isalpha() for c in w["text"])
        else w
        for w in row
    ]


def joined_drop_caps(words: list[Word], settings: LayoutSettings) -> tuple[list[Word], list[tuple[Box, str]]]:
    """`words` with each drop cap joined to the first word of the line it stands beside at its top,
    and a doubt (box, message) where the letter may be a word of its own (`vocab.one_letter_word`:
    "A" before "la"). A drop cap is one capital letter at least `drop_cap_size` times the size of the
    text beside it, `drop_cap_lines` lines or more of which open right of it (`_beside`). The first
    line's small capitals are read in lower case at the text's size (`_small_capitals`); the joined
    word takes the letter's left edge, and so do the first words of the other lines beside it: the
    letter stands in their paragraph, whose lines all open at its edge (no first-line indent)."""
    out = list(words)
    doubts: list[tuple[Box, str]] = []
    for cap in [w for w in words if _is_letter(w)]:
        rows = _beside(cap, out, settings)
        if not rows:
            continue
        openers = [row[0]["size"] for row in rows[1:]]
        text_size = max(set(openers), key=openers.count)  # the size the lines beside the letter open in
        first = _small_capitals(_own_line(rows[0], text_size, settings), text_size, settings)
        head = first[0]
        joined: Word = {**head, "text": cap["text"] + head["text"], "x0": cap["x0"]}
        if one_letter_word(cap["text"], head["text"]):
            doubts.append(
                (
                    union([cap, head]),
                    f"la letra capital «{cap['text']}» puede ser una palabra sola o la primera letra de "
                    f"«{head['text']}»: se leyó «{joined['text']}»",
                )
            )
        replaced = {id(w): new for w, new in zip(rows[0], [joined, *first[1:]], strict=False)}
        replaced.update({id(row[0]): {**row[0], "x0": cap["x0"]} for row in rows[1:]})
        out = [replaced.get(id(w), w) for w in out if w is not cap]
    return out, doubts
