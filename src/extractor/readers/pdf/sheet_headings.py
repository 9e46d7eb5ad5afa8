"""A printed spreadsheet's own headings: its column letters and row numbers.

A ficha kept in a spreadsheet and printed with the sheet's headings shows a row of column letters
over the grid (A, B, C, ...) and a column of row numbers left of it (1, 2, 3, ...). They are the
sheet's furniture, as a page number is the page's: no text of any field. Read as text, the letters
went into the head and the numbers into the field read last ("... liderado por la OMIL. 5 6 7 8").
Both together tell a sheet (`sheet_headings`): a letters row alone could be a list, a numbers column
alone a numbered table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ...settings import LayoutSettings
from .objects import Word


def _runs(words: list[Word], step: Callable[[Word, Word], bool], least: int) -> list[list[Word]]:
    """The runs of `least` or more words of `words` (in order) each following the one before (`step`)."""
    runs: list[list[Word]] = []
    run: list[Word] = []
    for word in words:
        run = [*run, word] if run and step(run[-1], word) else [word]
        if len(run) == least:
            runs.append(run)
        elif len(run) > least:
            runs[-1] = run
    return runs


def _letters_rows(words: Sequence[Word], settings: LayoutSettings) -> list[list[Word]]:
    """Runs of column letters: one-letter capitals on one baseline (bottoms within `line_baseline` font
    sizes plus `line_baseline_pad` points), left to right, each the letter after the one before."""
    letters = sorted((w for w in words if len(w["text"]) == 1 and "A" <= w["text"] <= "Z"), key=lambda w: w["bottom"])
    rows: list[list[Word]] = []
    for word in letters:
        if (
            rows
            and word["bottom"] - rows[-1][0]["bottom"]
            <= settings.line_baseline * word["size"] + settings.line_baseline_pad
        ):
            rows[-1].append(word)
        else:
            rows.append([word])
    least = settings.sheet_min_headings
    return [
        run
        for row in rows
        for run in _runs(sorted(row, key=lambda w: w["x0"]), lambda a, b: ord(b["text"]) == ord(a["text"]) + 1, least)
    ]


def _number_columns(words: Sequence[Word], settings: LayoutSettings) -> list[list[Word]]:
    """Runs of row numbers: whole numbers centred on one x (within `gutter_align` font sizes), top
    to bottom, each one more than the one above."""
    numbers = sorted((w for w in words if w["text"].isdigit() and len(w["text"]) <= 5), key=lambda w: w["top"])
    columns: list[list[Word]] = []
    for word in numbers:
        middle = (word["x0"] + word["x1"]) / 2
        home = next(
            (c for c in columns if abs((c[0]["x0"] + c[0]["x1"]) / 2 - middle) <= settings.gutter_align * word["size"]),
            None,
        )
        if home is None:
            columns.append([word])
        else:
            home.append(word)
    least = settings.sheet_min_headings
    return [
        run for column in columns for run in _runs(column, lambda a, b: int(b["text"]) == int(a["text"]) + 1, least)
    ]


def sheet_headings(words: Sequence[Word], settings: LayoutSettings) -> list[Word]:
    """The words of `words` that are a printed spreadsheet's headings: a row of column letters
    (`_letters_rows`) over a column of row numbers (`_number_columns`) standing left of the first
    letter, below the letters' row, left of every other word beside it (the sheet's first column);
    each run at least `sheet_min_headings` long. [] when the page shows no such pair."""
    out: list[Word] = []
    columns = _number_columns(words, settings)
    for letters in _letters_rows(words, settings):
        for numbers in columns:
            right = max(w["x1"] for w in numbers)
            top, bottom = numbers[0]["top"], numbers[-1]["bottom"]
            if (
                right < letters[0]["x0"]
                and max(w["bottom"] for w in letters) <= top
                and not any(
                    w["x0"] < right and w["bottom"] > top and w["top"] < bottom and w not in numbers for w in words
                )
            ):
                out += [*letters, *numbers]
    return out
