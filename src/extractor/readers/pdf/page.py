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

import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, NotRequired, cast

from pdfminer.psparser import PSLiteral
from pdfplumber.utils.text import WordExtractor

from ...glyphs import substituted_wingdings
from ...layout import OcrPage
from ...settings import LAYOUT, LayoutSettings
from .geometry import box_only
from .objects import Box, Char, Graphic, Picture, Shape, SourcePage, Stroke, Widget, Word
from .overlay import starts_run

_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
# a slanted face's name: "Helvetica-Oblique", "LiberationSans-Italic", "Garamond-BoldIt", "MinionPro-It"
_ITALIC = re.compile(r"(?i:italic|oblique|kursiv)|(?<=[a-z-])It(?![a-z])")


@dataclass
class PageObjects:
    number: int  # 1-based
    width: float
    height: float
    words: list[Word] = field(default_factory=list)
    shapes: list[Shape] = field(default_factory=list)  # rects and closed curves
    strokes: list[Stroke] = field(default_factory=list)  # lines and open curves
    widgets: list[Widget] = field(default_factory=list)  # AcroForm checkboxes
    pictures: list[Picture] = field(default_factory=list)  # placed images (`objects.Picture`)
    skipped: list[str] = field(default_factory=list)  # optional parts that could not be read, said at --verbose
    ocr: OcrPage | None = None  # how the page was read by OCR, when it was
    trimmed: list[str] = field(default_factory=list)  # lines printed wholly outside the page's /TrimBox
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


@functools.cache  # a page's words are set in a few fonts
def is_bold(fontname: str) -> bool:
    return bool(_BOLD.search(fontname or ""))


@functools.cache
def is_italic(fontname: str) -> bool:
    """Whether a font's name says its face is slanted (italic or oblique)."""
    return bool(_ITALIC.search(fontname or ""))


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
    seq: int
    hyphen_apart: bool  # ends in a hyphen drawn on its own after a letter (`_hyphen_apart`)
    upright: NotRequired[bool]  # pdfplumber's: False for text set up or down the page
    direction: NotRequired[str]  # pdfplumber's: the way the word's characters read ("ltr", "btt", "ttb", ...)


def unique_chars(chars: Sequence[Char], settings: LayoutSettings = LAYOUT) -> list[Char]:
    """The characters in drawing order, less each one drawn again within `duplicate_char_shift`
    font sizes of an earlier one with the same text, font and size (the first drawn is kept).

    pdfplumber's `dedupe_chars` rule with a tolerance relative to the size; its own
    implementation orders its result with `list.index` (quadratic: as slow as parsing the
    page on the template's publication), so the rule runs here on rows of `shift` points.
    A copy is dropped when it is text drawn again (`_drawn_again`: a letter right after its
    original, a word or line drawn whole again: fake bold, a shadow). Letters that land on the same
    letters inside other text are kept: a floating box's text printed over the body's
    (`overlay.py`) keeps every letter of both.
    """
    copies: dict[int, Char] = {}  # index -> the earlier character it repeats
    rows: dict[tuple[object, ...], dict[int, list[Char]]] = {}  # (text, font, size, upright) -> row -> chars kept
    sizes: dict[float, tuple[float, float]] = {}  # size -> (shift, size rounded to 0.01 pt), as met
    for i, char in enumerate(chars):
        size = float(char.get("size") or 0)
        known = sizes.get(size)
        if known is None:
            known = sizes[size] = (settings.duplicate_char_shift * size, round(size, 2))
        shift, rounded = known
        text = char["text"]
        if shift <= 0 or text.isspace():
            continue
        key = (text, char.get("fontname"), rounded, char.get("upright"))
        by_row = rows.get(key)
        if by_row is None:
            by_row = rows[key] = {}
        row = int(char["top"] // shift)
        original = _copy_of(char, shift, by_row, row) if by_row else None
        if original is None:
            kept = by_row.get(row)
            if kept is None:
                by_row[row] = [char]
            else:
                kept.append(char)
        else:
            copies[i] = original
    if not copies:
        return list(chars)
    dropped = _drawn_again(chars, copies)
    return [char for i, char in enumerate(chars) if i not in dropped]


def _drawn_again(chars: Sequence[Char], copies: dict[int, Char]) -> set[int]:
    """The copies that are text drawn again: each drawn right after its original, and each stretch
    of copies drawn one after another (spaces between them aside) that stands whole, from where its
    drawing began (the stream's start, a space, a new line, or a character some copy repeats: the
    first pass just ended) to where it ends (the stream's end, a space or a new line). A stretch
    inside other text (a box's letters landing on the same letters of the body) is none."""
    dropped = {i for i, original in copies.items() if i > 0 and chars[i - 1] is original}
    every_original = {id(original) for original in copies.values()}
    ordered = sorted(copies)
    start = 0
    while start < len(ordered):
        end = start
        while end + 1 < len(ordered) and all(
            j in copies or chars[j]["text"].isspace() for j in range(ordered[end] + 1, ordered[end + 1])
        ):
            end += 1
        first, last = ordered[start], ordered[end]
        before = chars[first - 1] if first > 0 else None
        after = chars[last + 1] if last + 1 < len(chars) else None
        if (before is None or id(before) in every_original or _breaks(before, chars[first])) and (
            after is None or _breaks(chars[last], after)
        ):
            dropped.update(range(first, last + 1))
        start = end + 1
    return dropped


def _breaks(prev: Char, char: Char) -> bool:
    """Whether a space or a new line stands between two characters drawn one after the other."""
    if prev["text"].isspace() or char["text"].isspace():
        return True
    size = max(float(prev.get("size") or 0), float(char.get("size") or 0))
    return abs(char["bottom"] - prev["bottom"]) > size / 2


def _copy_of(char: Char, shift: float, by_row: dict[int, list[Char]], row: int) -> Char | None:
    """A character kept in row `row` or a row next to it lying within `shift` of `char`, if any."""
    if not by_row:
        return None
    x0, top = char["x0"], char["top"]
    for near in (row - 1, row, row + 1):
        for other in by_row.get(near, ()):
            if abs(other["x0"] - x0) <= shift and abs(other["top"] - top) <= shift:
                return other
    return None


_FONT = itemgetter("upright", "fontname", "size")


def stream_runs(chars: Sequence[Char], settings: LayoutSettings = LAYOUT) -> list[int]:
    """Each character's stream run (0, 1, ...): a new run where a character `starts_run` after the one
    drawn before it (its baseline rises: the next cell of a table, the next column, a floating box's
    text drawn after the body's; or it goes back left along the line: text drawn over text). Turned
    text (not upright) never starts a run: its baselines are no rows."""
    runs: list[int] = []
    run = 0
    prev: Char | None = None
    prev_size, prev_upright = 0.0, True
    for char in chars:
        size, upright = float(char.get("size") or 0), char.get("upright", True)
        if prev is not None and upright and prev_upright and starts_run(prev, prev_size, char, size, settings):
            run += 1
        runs.append(run)
        prev, prev_size, prev_upright = char, size, upright
    return runs


_WORDS = WordExtractor(extra_attrs=["fontname", "size"])  # pdfplumber's line clustering and word merging
_WORDS_UP = WordExtractor(extra_attrs=["fontname", "size"], char_dir_rotated="btt")  # text set bottom to top


def _size(*chars: Char) -> float:
    return max(float(c.get("size") or 0) for c in chars)


def _pair_sizes(chars: list[Char]) -> list[float]:
    """The larger size of each two neighbouring characters (`_size` of each pair)."""
    sizes = [float(c.get("size") or 0) for c in chars]
    return [a if a >= b else b for a, b in itertools.pairwise(sizes)]


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

    sizes = _pair_sizes(chars)

    def fits(j: int) -> bool:
        size = sizes[j]
        return settings.spaced_gap_min * size <= gaps[j] <= settings.spaced_run_gap * size

    def touches(j: int) -> bool:
        return 0 <= j < len(gaps) and gaps[j] < settings.spaced_gap_min * sizes[j]

    runs = []
    for fit, group in itertools.groupby(range(len(gaps)), key=fits):
        run = list(group)
        if not fit or touches(run[0] - 1) or touches(run[-1] + 1):
            continue
        if sum(c["text"].isalpha() for c in chars[run[0] : run[-1] + 2]) >= settings.spaced_run_letters:
            runs.append(range(run[0], run[-1] + 1))
    return runs


def upright_rules(graphics: Iterable[Graphic], settings: LayoutSettings = LAYOUT) -> list[Box]:
    """The thin upright rules among drawn rects and lines (a table's cell borders): at most
    `cell_rule` points wide and taller than wide."""
    rules: list[Box] = []
    for shape in graphics:
        width = shape["x1"] - shape["x0"]
        if width <= settings.cell_rule and shape["bottom"] - shape["top"] > width:
            rules.append(box_only(shape))
    return rules


def _ruled_apart(left: Char, right: Char, rules: Sequence[Box]) -> bool:
    """Whether one of `rules` (upright, across the two characters' middles) stands between them."""
    for rule in rules:
        half = (rule["x1"] - rule["x0"]) / 2
        middle = rule["x0"] + half
        if not left["x1"] - half <= middle <= right["x0"] + half:
            continue
        if all(rule["top"] <= (c["top"] + c["bottom"]) / 2 <= rule["bottom"] for c in (left, right)):
            return True
    return False


def split_line(line: list[Char], settings: LayoutSettings = LAYOUT, rules: Sequence[Box] = ()) -> list[list[Char]]:
    """One line's characters (left to right) as words: cut at spaces, at gaps wider than
    `touching_gap` font sizes and at an upright rule between two characters (`upright_rules`: a
    cell's border, however close the letters come to it); in letter-spaced runs only at gaps
    `spaced_word_ratio` times the run's letter gap (a low quantile of its gaps), see the module's note."""
    chars, gaps, spaced = _visible(line)
    touching = settings.touching_gap
    cuts = [space or gap > touching * size for size, gap, space in zip(_pair_sizes(chars), gaps, spaced, strict=True)]
    if rules and chars:
        top, bottom = min(c["top"] for c in chars), max(c["bottom"] for c in chars)
        near = [r for r in rules if r["top"] < bottom and r["bottom"] > top]
        if near:
            cuts = [cut or _ruled_apart(chars[j], chars[j + 1], near) for j, cut in enumerate(cuts)]
    for run in _spaced_runs(chars, gaps, settings):
        inner = sorted(gaps[j] for j in run)
        letter_gap = inner[len(inner) // 3]
        size = _size(*chars[run[0] : run[-1] + 2])
        if letter_gap > settings.spaced_letter_max * size:
            continue
        limit = max(settings.spaced_word_ratio * letter_gap, settings.touching_gap * size)
        for j in run:
            cuts[j] = gaps[j] > limit or (bool(rules) and _ruled_apart(chars[j], chars[j + 1], rules))
    words: list[list[Char]] = [[chars[0]]] if chars else []
    for char, cut in zip(chars[1:], cuts, strict=True):
        if cut:
            words.append([char])
        else:
            words[-1].append(char)
    return words


def page_words(
    chars: Sequence[Char], settings: LayoutSettings = LAYOUT, rules: Sequence[Box] = ()
) -> list[_MergedWord]:
    """pdfplumber-style words (text, x0, top, x1, bottom, fontname, size, ...) of the page's
    characters: duplicates dropped, a word per stretch of one font and size drawn in one stream run
    (`stream_runs`: the letters of a box printed over the body are never the body's), cut by
    `split_line` (also at `rules`, `upright_rules`); `seq` the drawing order (index in `chars`) of
    its first drawn character."""
    words: list[_MergedWord] = []
    drawn = {id(char): i for i, char in enumerate(chars)}
    inks: dict[object, tuple[float | None, str | None]] = {}  # colour -> (luminance, hex), as met
    kept = unique_chars(chars, settings)
    keyed = zip(stream_runs(kept, settings), kept, strict=True)
    for _, run in itertools.groupby(keyed, key=lambda pair: (pair[0], *_FONT(pair[1]))):
        group = [char for _, char in run]
        extractor = _WORDS_UP if not group[0].get("upright", True) and group[0].get("turn", 0.0) > 0 else _WORDS
        for found, direction in extractor.iter_chars_to_lines(group):  # type: ignore[arg-type]  # reads, never writes
            line = cast(list[Char], found)  # pdfplumber's lists of the chars it was given
            pieces: Iterable[list[Char]] = (
                split_line(line, settings, rules)
                if direction == "ltr"
                else cast(Iterator[list[Char]], extractor.iter_chars_to_words(found, direction))
            )
            words.extend(
                cast(  # pdfplumber's word dict (`T_obj`), with the keys `_MergedWord` reads
                    _MergedWord,
                    {
                        **extractor.merge_chars(piece),  # type: ignore[arg-type]  # reads, never writes
                        **_ink(piece[0].get("non_stroking_color"), inks),
                        "seq": min(drawn[id(char)] for char in piece),
                        "hyphen_apart": _hyphen_apart(piece),
                    },
                )
                for piece in pieces
            )
    return words


def _hyphen_apart(piece: list[Char]) -> bool:
    """Whether a word ends in a hyphen drawn on its own (`alone` in its text showing) after a letter
    drawn with others (a producer that shows each glyph alone tells nothing by it)."""
    if len(piece) < 2 or piece[-1]["text"] != "-" or not piece[-1].get("alone"):
        return False
    return piece[-2]["text"].isalpha() and not piece[-2].get("alone")


def _ink(colour: object, inks: dict[object, tuple[float | None, str | None]]) -> dict[str, float | str | None]:
    """A word's `lum` and `ink` of its text colour (`luminance`, `hex_color`), kept in `inks` by
    colour (a page has few)."""
    try:
        lum, ink = inks[colour]
    except KeyError:
        lum, ink = inks[colour] = (luminance(colour), hex_color(colour))
    except TypeError:  # a colour given as a list: not kept
        lum, ink = luminance(colour), hex_color(colour)
    return {"lum": lum, "ink": ink}


def _stroke(obj: Graphic, kind: str) -> Stroke:
    return {**box_only(obj), "kind": kind}


def _shape(obj: Graphic, kind: str) -> Shape:
    """A drawn rect or curve as a plain shape: its box, whether it is filled and stroked, and
    its fill's luminance and colour (None when not filled)."""
    filled = bool(obj.get("fill"))
    stroked = bool(obj.get("stroke"))
    colour = obj.get("non_stroking_color")
    return {
        **box_only(obj),
        "fill": filled,
        "stroke": stroked,
        "fill_lum": luminance(colour) if filled else None,
        "fill_color": hex_color(colour) if filled else None,
        "stroke_lum": luminance(obj.get("stroking_color")) if stroked else None,
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


def level_chars(chars: list[Char], settings: LayoutSettings = LAYOUT) -> list[Char]:
    """`chars` with the text set at a slight angle (a stamp turned a few degrees: its `turn` between
    `text_turn_min` and `text_turn_max`) turned level about the middle of the characters sharing its
    angle, each box the upright box of its glyph (the box a turned glyph's corners span, undone), so
    its lines are read as lines, one under the other, not printed over each other. Others as they are."""
    turns: dict[float, list[int]] = {}
    for n, char in enumerate(chars):
        turn = char.get("turn", 0.0)
        if settings.text_turn_min <= abs(turn) <= settings.text_turn_max:
            turns.setdefault(round(turn, 3), []).append(n)
    if not turns:
        return chars
    out = list(chars)
    for turn, members in turns.items():
        sin, cos = turn, (1 - turn * turn) ** 0.5
        pivot_x = sum(chars[n]["x0"] + chars[n]["x1"] for n in members) / (2 * len(members))
        pivot_y = sum(chars[n]["top"] + chars[n]["bottom"] for n in members) / (2 * len(members))
        for n in members:
            char = chars[n]
            wide, tall = char["x1"] - char["x0"], char["bottom"] - char["top"]
            cx, cy = (char["x0"] + char["x1"]) / 2 - pivot_x, (char["top"] + char["bottom"]) / 2 - pivot_y
            mx, my = pivot_x + cx * cos - cy * sin, pivot_y + cx * sin + cy * cos  # top-down: turned by +angle
            s, c = abs(sin), cos
            w = max((wide * c - tall * s) / (c * c - s * s), 0.0)
            h = max((tall * c - wide * s) / (c * c - s * s), 0.1)
            box = {"x0": mx - w / 2, "x1": mx + w / 2, "top": my - h / 2, "bottom": my + h / 2}
            box = {k: round(v, 3) for k, v in box.items()}
            doctop = char.get("doctop", char["top"]) + box["top"] - char["top"]
            tall = box["bottom"] - box["top"]
            level: Char = {**char, "x0": box["x0"], "x1": box["x1"], "top": box["top"], "bottom": box["bottom"]}
            level["doctop"], level["size"], level["height"] = doctop, tall, tall
            level["width"] = box["x1"] - box["x0"]
            out[n] = level
    return out


def set_across(chars: list[Char], settings: LayoutSettings = LAYOUT) -> list[Char]:
    """`chars` with the text set across, up or down the page (its `turn` beyond `text_turn_max`,
    not upright) given its font size as its box's width (its line's height across the page): the
    box's height, the size an engine gives (pdfminer's `LTChar.size`), is each glyph's advance, so a
    turned word's letters would each be a word of its own size. Others as they are."""
    return [
        {**c, "size": c["x1"] - c["x0"]}
        if not c.get("upright", True) and abs(c.get("turn", 0.0)) > settings.text_turn_max
        else c
        for c in chars
    ]


def _words(chars: Sequence[Char], settings: LayoutSettings, rules: Sequence[Box] = ()) -> list[Word]:
    return [
        {
            **box_only(word),
            "text": word["text"],
            "font": word["fontname"],
            "size": round(float(word["size"]), 2),
            "bold": is_bold(word["fontname"]),
            "lum": word.get("lum"),  # the text colour's luminance (0 black .. 1 white), None when unknown
            "ink": word.get("ink"),  # the text colour as RRGGBB hex, None when unknown
            "seq": word["seq"],  # drawing order of its first character
            "hyphen_apart": word["hyphen_apart"],  # ends in a hyphen drawn on its own after a letter
            "across": None if word.get("upright", True) else word.get("direction"),  # set up or down the page
        }
        for word in page_words(readable_chars(chars), settings, rules)
    ]


def read_page(page: SourcePage, settings: LayoutSettings = LAYOUT) -> PageObjects:
    """The reader's copy of a page source's page: words made from its characters (or its ready-made
    words, as they are), shapes and strokes from its graphics, its widgets and pictures as they are."""
    out = PageObjects(
        page.number, page.width, page.height, widgets=list(page.widgets), skipped=list(page.skipped), ocr=page.ocr
    )
    if page.words is not None:
        out.words = [word.copy() for word in page.words]
    shown, hidden = shown_and_hidden(page.chars)
    shown = set_across(level_chars(shown, settings), settings)
    if page.words is None:
        rules = upright_rules([*page.rects, *page.lines], settings)
        out.words = _words(shown, settings, rules)
        out.hidden = _words(hidden, settings, rules)
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
    out.words = [w for w in out.words if _on_page(w, page.height)]
    substituted = substituted_wingdings([w["text"] for w in out.words], [w["font"] for w in out.words])
    for n, glyph in substituted.items():
        out.words[n] = {**out.words[n], "text": glyph}
    out.shapes = [s for s in out.shapes if _on_page(s, page.height)]
    out.strokes = [s for s in out.strokes if _on_page(s, page.height)]
    out.pictures = [p for p in page.pictures if _on_page(p, page.height)]
    return _trimmed(out, page.trim, settings) if page.trim is not None else out


def _trimmed(page: PageObjects, trim: tuple[float, float, float, float], settings: LayoutSettings) -> PageObjects:
    """`page` without what stands wholly outside its /TrimBox `trim` (x0, top, x1, bottom): a printer's
    marks, colour bars and slug line around the finished page ("ficha.indd 1 07-12-2026 18:32 Pliego
    1 de 1") are no content of it. Its words are kept as lines in `trimmed` (the run report quotes
    them as text outside every ficha); its shapes and strokes (crop marks) go."""
    x0, top, x1, bottom = trim
    if x1 - x0 <= 0 or bottom - top <= 0:
        return page

    def inside(obj: Box) -> bool:
        return obj["x1"] > x0 and obj["x0"] < x1 and obj["bottom"] > top and obj["top"] < bottom

    outside = [w for w in page.words if not inside(w)]
    if outside:
        page.words = [w for w in page.words if inside(w)]
        page.trimmed = _lines_said(outside, settings)
    page.shapes = [s for s in page.shapes if inside(s)]
    page.strokes = [s for s in page.strokes if inside(s)]
    page.pictures = [p for p in page.pictures if inside(p)]
    return page


def _lines_said(words: list[Word], settings: LayoutSettings) -> list[str]:
    """`words` as the lines they print, top to bottom, each left to right (a word whose bottom is
    within `line_baseline` of its size, plus `line_baseline_pad`, of a line's first word's is on it)."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        reach = settings.line_baseline * word["size"] + settings.line_baseline_pad
        line = next((ln for ln in lines if abs(ln[0]["bottom"] - word["bottom"]) <= reach), None)
        if line is None:
            lines.append([word])
        else:
            line.append(word)
    return [" ".join(w["text"] for w in sorted(ln, key=lambda w: w["x0"])) for ln in lines]


def _on_page(obj: Box, page_height: float) -> bool:
    """Whether a word or shape is on the page's height: what a producer placed wholly above its top
    edge or below its bottom (a text box's copy pushed off the page) is on no page, so never read. A
    line running past the right edge stays its page's text (letter-spaced lines overflow so)."""
    return obj["bottom"] > 0 and obj["top"] < page_height
