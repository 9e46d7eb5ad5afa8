"""The page objects every page source gives the PDF reader: one typed shape whoever produced them.

Boxes are pdfplumber's: `x0`, `top`, `x1`, `bottom` in PDF points (1/72 inch) from the page's top
left corner (pdfplumber's `_typing.py` and object dicts are the model). A page source (`sources/`)
fills a `SourcePage`; the reader's page steps (`page.read_page` onwards) read nothing else, so a
new engine or an image page source (OCR) touches only `sources/` and their registry.

Every kind extends `Box`, so the box helpers (`geometry`) take any of them. The page steps work on
`Word`s, `Shape`s (rects, closed curves) and `Stroke`s (lines, open curves) that `page.read_page`
makes of the source's `Char`s and `Graphic`s, and on the `Widget`s as given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NotRequired, TypedDict

from ...layout import OcrPage


class Box(TypedDict):
    """A box in points from the page's top left: the keys every page object and reader step shares
    (`geometry` works on any object holding them)."""

    x0: float
    top: float
    x1: float
    bottom: float


class Char(Box, total=False):
    """One character as drawn: its box (required) and, required by the word steps: text, doctop,
    upright, fontname, size; `non_stroking_color` when known (engine-specific colour tuple)."""

    text: str
    doctop: float
    upright: bool
    fontname: str
    size: float
    height: float
    width: float
    non_stroking_color: Any
    invisible: bool  # set (True) on text never shown: render mode 3 (invisible) or 7 (clip only)
    alone: bool  # set (True) on the only character (spaces aside) its text showing (Tj, TJ: PDFium's text object) shows
    turn: float  # set on a character whose baseline is turned: the angle's sine (counter-clockwise on the page)


class Graphic(Box, total=False):
    """A rect, line or curve: its box (required); `fill` / `stroke` flags; the fill and stroke
    colours as the engine gives them (grey float, RGB or CMYK tuple); `pts` the points of a curve,
    (x, top) pairs."""

    fill: bool
    stroke: bool
    non_stroking_color: Any
    stroking_color: Any
    pts: list[tuple[float, float]]


class Word(Box):
    """A word: its box, text, font name, size in points and whether it is bold; `lum` and `ink`
    the text colour's luminance (0 black .. 1 white) and RRGGBB hex, None when unknown, in the
    words `page.read_page` makes from characters. An image source's ready-made words (OCR gives
    words, not characters) carry no colour; `read_page` takes them as they are."""

    text: str
    font: str
    size: float
    bold: bool
    lum: NotRequired[float | None]
    ink: NotRequired[str | None]
    seq: NotRequired[int]  # drawing order of its first character on the page (words made from characters)
    hyphen_apart: NotRequired[bool]  # ends in a hyphen drawn on its own, apart from its letters (`Char.alone`)
    across: NotRequired[str | None]  # a word set up ("btt") or down ("ttb") the page: the way it reads; else None


class Picture(Box):
    """A placed image (an image XObject or inline image): its box on the page, its size in pixels,
    `digest` a hash of its stream's encoded bytes (one digest, one design; None for an image too
    large to read, `picture_ink_pixels`) and `ink` the share of its pixels that are dark over white,
    its mask applied (`sources/pictures.dark_share`; None when not measured)."""

    px_width: int
    px_height: int
    digest: str | None
    ink: float | None


class Widget(Box):
    """An AcroForm checkbox or radio widget: its /Rect on the page, whether its state is on, its name."""

    checked: bool
    name: str | None


class Stroke(Box):
    """A drawn line or open curve as the reader's page steps take it (`page.read_page`): its box
    and `kind` ("line", "curve" or "rect")."""

    kind: str


class Shape(Stroke):
    """A drawn rect or closed curve as the reader's page steps take it: its box, `kind`, whether
    it is filled and stroked, its fill's luminance (0 black .. 1 white) and RRGGBB colour
    (None when not filled or unknown), and its outline's luminance (None when not stroked or
    unknown; absent from shapes made elsewhere)."""

    fill: bool
    stroke: bool
    fill_lum: float | None
    fill_color: str | None
    stroke_lum: NotRequired[float | None]


@dataclass
class SourcePage:
    """What a page source read of one page (1-based `number`; `width`, `height` in points)."""

    number: int
    width: float
    height: float
    chars: list[Char] = field(default_factory=list)
    rects: list[Graphic] = field(default_factory=list)
    lines: list[Graphic] = field(default_factory=list)
    curves: list[Graphic] = field(default_factory=list)
    widgets: list[Widget] = field(default_factory=list)
    pictures: list[Picture] = field(default_factory=list)  # placed images
    skipped: list[str] = field(default_factory=list)  # optional parts that could not be read, said at --verbose
    words: list[Word] | None = None  # ready-made words (OCR), taken instead of words made from `chars`
    ocr: OcrPage | None = None  # how the page was read by OCR, when it was
    trim: tuple[float, float, float, float] | None = None  # the page's own /TrimBox (x0, top, x1, bottom), if any
