"""One PDF page reduced to plain dicts: words, graphics and form widgets.

A page source (`sources/`) gives the page's objects (`objects.SourcePage`);
we make what the later steps need (pdfplumber's own dict shape: x0, top, x1,
bottom) and let the page go.

Words are made from the page's characters, not with a fixed tolerance:
- a character drawn again at (almost) the same spot (fake bold, a shadow)
  counts once: pdfplumber's `dedupe_chars` rule (same text, font and size,
  position within a tolerance), the tolerance a fraction of the font size;
- a space character, or a gap wider than `touching_gap` font sizes, breaks
  a word (text set word by word without spaces has one space's width of
  gap, about 0.28 em; letters of one word touch, kerning aside);
- letter-spaced text ("G R U P O  P R I O R I T A R I O", by character
  spacing or by spaces) is a run of letters none of which touch: its usual
  gap (a low quantile of the run's gaps) is the letter gap, and only a gap
  `spaced_word_ratio` times wider breaks a word. The letters of ordinary
  words touch, and prose never has `spaced_run_letters` one-letter words
  alone in a row, so it is not affected; letters far apart (month initials
  in their cells, marks in a row) are no run.

Characters that decode to nothing readable (a font without a Unicode map: pdfminer's "(cid:N)",
PDFium's code as a control character, which the pdfium source gives as "(cid:N)" too) are made
U+FFFD (`UNREADABLE`), so no control character or code reaches a record; the reader notes each
word holding one (`reader.unreadable_notes`, aviso lectura_dudosa).

The page comes from a page source (`sources/`), whichever engine read it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, cast

from pdfminer.psparser import PSLiteral
from pdfplumber.utils.text import WordExtractor

from ...layout import OcrPage
from .geometry import box_only
from .objects import Box, Char, Graphic, Shape, SourcePage, Stroke, Widget, Word
from .settings import LAYOUT, LayoutSettings

_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)


@dataclass
class PageObjects:
    number: int  # 1-based
    width: float
    height: float
    words: list[Word] = field(default_factory=list)
    shapes: list[Shape] = field(default_factory=list)  # rects and closed curves
    strokes: list[Stroke] = field(default_factory=list)  # lines and open curves
    widgets: list[Widget] = field(default_factory=list)  # AcroForm checkboxes
    skipped: list[str] = field(default_factory=list)  # optional parts that could not be read, said at --verbose
    ocr: OcrPage | None = None  # how the page was read by OCR, when it was
    damage: str | None = None  # what of the file's structure was damaged (`damage.xref_damage`), if anything
    hidden: list[Word] = field(default_factory=list)  # words never shown (render mode 3 or 7): notes, not text


UNREADABLE = "\ufffd"  # what a character that decodes to nothing readable becomes
_NO_TEXT = re.compile(r"\(cid:\d+\)|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # codes and control characters


def readable_chars(chars: Sequence[Char]) -> list[Char]:
    """`chars`, each whose text is a font code without Unicode ("(cid:12)") or holds a control
    character given as U+FFFD (one character for the glyph)."""
    out: list[Char] = []
    for char in chars:
        text = char.get("text", "")
        if (len(text) != 1 or not ("\x20" <= text < "\x7f" or text > "\x9f")) and _NO_TEXT.search(text):
            char = {**char, "text": UNREADABLE}
        out.append(char)
    return out


def is_bold(fontname: str) -> bool:
    return bool(_BOLD.search(fontname or ""))


def luminance(color: object) -> float | None:
    """0 (black) .. 1 (white) for a pdfplumber colour, None when unknown (ITU-R BT.601 luma weights)."""
    if color is None or isinstance(color, (str, PSLiteral)):
        return None
    given: list[Any] = list(color) if isinstance(color, (list, tuple)) else [color]
    try:
        values = [float(v) for v in given]
    except (TypeError, ValueError):
        return None
    if len(values) == 1:
        return values[0]
    if len(values) == 3:
        r, g, b = values
        return 0.299 * r + 0.587 * g + 0.114 * b
    if len(values) == 4:
        c, m, y, k = values
        return (1 - k) * (1 - (0.299 * c + 0.587 * m + 0.114 * y))
    return None


def hex_color(color: object) -> str | None:
    lum = luminance(color)
    if lum is None:
        return None
    values: list[Any] = list(color) if isinstance(color, (list, tuple)) else [color]
    if len(values) == 3:
        return "".join(f"{round(float(v) * 255):02X}" for v in values)
    grey = round(lum * 255)
    return f"{grey:02X}" * 3


class _MergedWord(Box):
    """A word as pdfplumber's `WordExtractor.merge_chars` makes it (the keys read here), with its
    text colour's luminance and RRGGBB hex (`lum`, `ink`; None when unknown)."""

    text: str
    fontname: str
    size: float
    lum: float | None
    ink: str | None


def unique_chars(chars: Sequence[Char], settings: LayoutSettings = LAYOUT) -> list[Char]:
    """The characters in drawing order, less each one drawn again within `duplicate_char_shift`
    font sizes of an earlier one with the same text, font and size (the first drawn is kept).

    pdfplumber's `dedupe_chars` rule with a tolerance relative to the size; its own
    implementation orders its result with `list.index` (quadratic: as slow as parsing the
    page on the template's publication), so the rule runs here on rows of `shift` points.
    """
    kept: list[Char] = []
    rows: dict[tuple[object, ...], list[Char]] = {}  # (text, font, size, upright, row of `shift` points) -> chars kept
    for char in chars:
        size = float(char.get("size") or 0)
        shift = settings.duplicate_char_shift * size
        if shift <= 0 or char["text"].isspace():
            kept.append(char)
            continue
        key = (char["text"], char.get("fontname"), round(size, 2), char.get("upright"))
        row = int(char["top"] // shift)
        if not _has_copy(char, shift, [rows.get((*key, r), ()) for r in (row - 1, row, row + 1)]):
            rows.setdefault((*key, row), []).append(char)
            kept.append(char)
    return kept


def _has_copy(char: Char, shift: float, groups: Sequence[Sequence[Char]]) -> bool:
    x0, top = char["x0"], char["top"]
    for group in groups:
        for other in group:
            if abs(other["x0"] - x0) <= shift and abs(other["top"] - top) <= shift:
                return True
    return False


_WORDS = WordExtractor(extra_attrs=["fontname", "size"])  # pdfplumber's line clustering and word merging


def _size(*chars: Char) -> float:
    return max(float(c.get("size") or 0) for c in chars)


def _visible(line: list[Char]) -> tuple[list[Char], list[float], list[bool]]:
    """A line's visible characters (left to right), the gap (points) after each but the last,
    and whether a space character stands in that gap."""
    chars: list[Char] = []
    gaps: list[float] = []
    spaced: list[bool] = []
    space = False
    for char in line:
        if char["text"].isspace():
            space = True
            continue
        if chars:
            gaps.append(char["x0"] - chars[-1]["x1"])
            spaced.append(space)
        chars.append(char)
        space = False
    return chars, gaps, spaced


def _spaced_runs(chars: list[Char], gaps: list[float], settings: LayoutSettings) -> list[range]:
    """Ranges of gap indices that may be letter-spaced text: the gaps, each between
    `spaced_gap_min` and `spaced_run_gap` font sizes, join at least `spaced_run_letters`
    letters, and no letter of the run touches a letter outside it (then it is a run of
    one-letter words before an ordinary word, "o a y a la")."""

    def fits(j: int) -> bool:
        size = _size(chars[j], chars[j + 1])
        return settings.spaced_gap_min * size <= gaps[j] <= settings.spaced_run_gap * size

    def touches(j: int) -> bool:
        return 0 <= j < len(gaps) and gaps[j] < settings.spaced_gap_min * _size(chars[j], chars[j + 1])

    runs = []
    for fit, group in itertools.groupby(range(len(gaps)), key=fits):
        run = list(group)
        if not fit or touches(run[0] - 1) or touches(run[-1] + 1):
            continue
        if sum(c["text"].isalpha() for c in chars[run[0] : run[-1] + 2]) >= settings.spaced_run_letters:
            runs.append(range(run[0], run[-1] + 1))
    return runs


def split_line(line: list[Char], settings: LayoutSettings = LAYOUT) -> list[list[Char]]:
    """One line's characters (left to right) as words: cut at spaces and at gaps wider than
    `touching_gap` font sizes; in letter-spaced runs only at gaps `spaced_word_ratio` times the
    run's letter gap (a low quantile of its gaps), see the module's note."""
    chars, gaps, spaced = _visible(line)
    cuts = [
        space or gap > settings.touching_gap * _size(a, b)
        for (a, b), gap, space in zip(itertools.pairwise(chars), gaps, spaced, strict=True)
    ]
    for run in _spaced_runs(chars, gaps, settings):
        inner = sorted(gaps[j] for j in run)
        letter_gap = inner[len(inner) // 3]
        size = _size(*chars[run[0] : run[-1] + 2])
        if letter_gap > settings.spaced_letter_max * size:
            continue
        limit = max(settings.spaced_word_ratio * letter_gap, settings.touching_gap * size)
        for j in run:
            cuts[j] = gaps[j] > limit
    words: list[list[Char]] = [[chars[0]]] if chars else []
    for char, cut in zip(chars[1:], cuts, strict=True):
        if cut:
            words.append([char])
        else:
            words[-1].append(char)
    return words


def page_words(chars: Sequence[Char], settings: LayoutSettings = LAYOUT) -> list[_MergedWord]:
    """pdfplumber-style words (text, x0, top, x1, bottom, fontname, size, ...) of the page's
    characters: duplicates dropped, a word per run of one font and size, cut by `split_line`."""
    words: list[_MergedWord] = []
    for _, group in itertools.groupby(unique_chars(chars, settings), key=itemgetter("upright", "fontname", "size")):
        for found, direction in _WORDS.iter_chars_to_lines(group):  # type: ignore[arg-type]  # reads, never writes
            line = cast(list[Char], found)  # pdfplumber's lists of the chars it was given
            pieces: Iterable[list[Char]] = (
                split_line(line, settings)
                if direction == "ltr"
                else cast(Iterator[list[Char]], _WORDS.iter_chars_to_words(found, direction))
            )
            words.extend(
                cast(  # pdfplumber's word dict (`T_obj`), with the keys `_MergedWord` reads
                    _MergedWord,
                    {
                        **_WORDS.merge_chars(piece),  # type: ignore[arg-type]  # reads, never writes
                        "lum": luminance(piece[0].get("non_stroking_color")),
                        "ink": hex_color(piece[0].get("non_stroking_color")),
                    },
                )
                for piece in pieces
            )
    return words


def _stroke(obj: Graphic, kind: str) -> Stroke:
    return {**box_only(obj), "kind": kind}


def _shape(obj: Graphic, kind: str) -> Shape:
    """A drawn rect or curve as a plain shape: its box, whether it is filled and stroked, and
    its fill's luminance and colour (None when not filled)."""
    filled = bool(obj.get("fill"))
    colour = obj.get("non_stroking_color")
    return {
        **box_only(obj),
        "fill": filled,
        "stroke": bool(obj.get("stroke")),
        "fill_lum": luminance(colour) if filled else None,
        "fill_color": hex_color(colour) if filled else None,
        "kind": kind,
    }


def shown_and_hidden(chars: Sequence[Char]) -> tuple[list[Char], list[Char]]:
    """The characters that are painted, and those never shown (`invisible`: render mode 3 or 7).
    A page whose only text is never shown holds an OCR text layer over a scanned picture (render
    mode 3 is how OCR tools lay their text under the image): it is the page's text, all shown."""
    hidden = [c for c in chars if c.get("invisible")]
    if not hidden:
        return list(chars), []
    shown = [c for c in chars if not c.get("invisible")]
    if not any(c["text"].strip() for c in shown):
        return list(chars), []
    return shown, hidden


def _words(chars: Sequence[Char], settings: LayoutSettings) -> list[Word]:
    return [
        {
            **box_only(word),
            "text": word["text"],
            "font": word["fontname"],
            "size": round(float(word["size"]), 2),
            "bold": is_bold(word["fontname"]),
            "lum": word.get("lum"),  # the text colour's luminance (0 black .. 1 white), None when unknown
            "ink": word.get("ink"),  # the text colour as RRGGBB hex, None when unknown
        }
        for word in page_words(readable_chars(chars), settings)
    ]


def read_page(page: SourcePage, settings: LayoutSettings = LAYOUT) -> PageObjects:
    """The reader's copy of a page source's page: words made from its characters (or its ready-made
    words, as they are), shapes and strokes from its graphics, its widgets as they are."""
    out = PageObjects(
        page.number, page.width, page.height, widgets=list(page.widgets), skipped=list(page.skipped), ocr=page.ocr
    )
    if page.words is not None:
        out.words = [word.copy() for word in page.words]
    shown, hidden = shown_and_hidden(page.chars)
    if page.words is None:
        out.words = _words(shown, settings)
        out.hidden = _words(hidden, settings)
    for rect in page.rects:
        out.shapes.append(_shape(rect, "rect"))
    for curve in page.curves:
        pts = curve.get("pts") or []
        gap = settings.closed_curve_gap
        closed = bool(pts) and len(pts) > 3 and abs(pts[0][0] - pts[-1][0]) < gap and abs(pts[0][1] - pts[-1][1]) < gap
        if curve.get("fill") or closed:
            out.shapes.append(_shape(curve, "curve"))
        else:
            out.strokes.append(_stroke(curve, "curve"))
    for line in page.lines:
        out.strokes.append(_stroke(line, "line"))
    return out
