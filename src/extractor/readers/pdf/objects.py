"""The page objects every page source gives the PDF reader: one typed shape whoever produced them.

Boxes are pdfplumber's: `x0`, `top`, `x1`, `bottom` in PDF points (1/72 inch) from the page's top
left corner (pdfplumber's `_typing.py` and object dicts are the model). A page source (`sources/`)
fills a `SourcePage`; the reader's page steps (`page.read_page` onwards) read nothing else, so a
new engine or an image page source (OCR) touches only `sources/` and their registry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypedDict

from ...layout import OcrPage


class Char(TypedDict, total=False):
    """One character as drawn. Required by the word steps: text, x0, top, x1, bottom, doctop,
    upright, fontname, size; `non_stroking_color` when known (engine-specific colour tuple)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    doctop: float
    upright: bool
    fontname: str
    size: float
    height: float
    width: float
    non_stroking_color: Any


class Graphic(TypedDict, total=False):
    """A rect, line or curve: its box; `fill` / `stroke` flags; the fill colour as the engine gives
    it (grey float, RGB or CMYK tuple); `pts` the points of a curve, (x, top) pairs."""

    x0: float
    top: float
    x1: float
    bottom: float
    fill: bool
    stroke: bool
    non_stroking_color: Any
    pts: list[tuple[float, float]]


class Word(TypedDict):
    """A ready-made word (an image source's: OCR gives words, not characters): its box, text, font
    name, size in points and whether it is bold; `read_page` takes it as is."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    font: str
    size: float
    bold: bool


class Widget(TypedDict):
    """An AcroForm checkbox or radio widget: its /Rect on the page, whether its state is on, its name."""

    x0: float
    top: float
    x1: float
    bottom: float
    checked: bool
    name: str | None


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
    skipped: list[str] = field(default_factory=list)  # optional parts that could not be read, said at --verbose
    words: list[Word] | None = None  # ready-made words (OCR), taken instead of words made from `chars`
    ocr: OcrPage | None = None  # how the page was read by OCR, when it was
