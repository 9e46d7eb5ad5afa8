"""A form's fields: a caption set small right above a drawn box that holds the answer.

A form sets its fields' boxes side by side in rows ("Forma de financiamiento" | "Sostenibilidad
en el tiempo"), each caption over its own box. The gap between two boxes of a row is often
narrower than a column gutter, so the page's reading order alone reads both captions, then both
answers, each answer after the other's caption. Text belongs to the region it stands in: each
captioned box of such a row, with its caption, is a region of its own (`captioned_boxes`), read
whole before the next; and a caption line running on above the next box is cut there
(`order.line_fragments`, `order.captions_apart`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ...layout import Line
from ...settings import LayoutSettings
from .geometry import area, contains, height, union, width
from .objects import Box, Shape
from .order import Unit


def _caption_of(box: Box, lines: Sequence[Unit], settings: LayoutSettings) -> Unit | None:
    """The line captioning `box`: right above it (at most `caption_gap` of its size of white),
    starting at its left edge (within `caption_indent` of its size), not reaching past its right
    edge, set smaller than every line the box holds (`para_size_diff`); None when there is none or
    the box holds no line."""
    pad = settings.panel_nest_pad
    inside = [u for u in lines if contains(box, u.box, pad=pad)]
    if not inside:
        return None
    smallest = min(u.payload.size for u in inside if isinstance(u.payload, Line))
    for unit in lines:
        line = unit.payload
        if not isinstance(line, Line) or unit in inside:
            continue
        size = line.size or 1.0
        if (
            0 <= box["top"] - unit.box["bottom"] <= settings.caption_gap * size
            and box["x0"] - pad <= unit.box["x0"] <= box["x0"] + settings.caption_indent * size
            and unit.box["x1"] <= box["x1"] + pad
            and size < smallest - settings.para_size_diff
        ):
            return unit
    return None


def captioned_boxes(
    units: Sequence[Unit], shapes: Sequence[Shape], page_w: float, page_h: float, settings: LayoutSettings
) -> list[Shape]:
    """A region (a shape box) for each form field of a row of them: a drawn box (at least
    `panel_min_width` wide, thicker than a rule, less than `panel_max_share` of the page) holding
    text, its caption right above it (`_caption_of`), beside another such captioned box (their tops
    within `caption_gap` of the caption's size, side by side). The region is the box and its
    caption, so the reading order reads each field whole."""
    lines = [u for u in units if isinstance(u.payload, Line)]
    fields: list[tuple[Shape, Unit]] = []
    boxes = [
        s
        for s in shapes
        if width(s) >= settings.panel_min_width
        and height(s) > settings.cell_rule
        and area(s) < settings.panel_max_share * page_w * page_h
    ]
    for box in boxes:
        caption = _caption_of(box, lines, settings)
        if caption is not None:
            fields.append((box, caption))
    out: list[Shape] = []
    for box, caption in fields:
        reach = settings.caption_gap * (caption.payload.size if isinstance(caption.payload, Line) else 0.0)
        if any(
            other is not box
            and abs(other["top"] - box["top"]) <= reach
            and (other["x0"] >= box["x1"] or other["x1"] <= box["x0"])
            for other, _ in fields
        ):
            region = union([box, caption.box])
            out.append({**box, **region, "fill": False, "stroke": False})
    return out
