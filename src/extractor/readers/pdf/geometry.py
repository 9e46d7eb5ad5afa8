"""Small pure helpers on boxes: pdfplumber-style dicts (x0, top, x1, bottom, in points from the
page's top left), the one box type of the PDF reader. Words, shapes, marks and reading-order units
are such dicts or hold one (`.box`); `bbox`/`box_of` convert to and from the Layout's tuples."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

from .objects import Box, Word

BoxLike = Box  # any page object: words, shapes, widgets carry more keys (`objects`)


def bbox(obj: BoxLike) -> tuple[float, float, float, float]:
    return (obj["x0"], obj["top"], obj["x1"], obj["bottom"])


def box_only(obj: BoxLike) -> Box:
    """An object's box alone (x0, top, x1, bottom), without its other keys."""
    return {"x0": obj["x0"], "top": obj["top"], "x1": obj["x1"], "bottom": obj["bottom"]}


def box_of(bbox: tuple[float, float, float, float]) -> Box:
    """The box of a (x0, top, x1, bottom) tuple, as in `Provenance.bbox`."""
    x0, top, x1, bottom = bbox
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom}


def width(obj: BoxLike) -> float:
    return obj["x1"] - obj["x0"]


def height(obj: BoxLike) -> float:
    return obj["bottom"] - obj["top"]


def center(obj: BoxLike) -> tuple[float, float]:
    return ((obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2)


def area(obj: BoxLike) -> float:
    # max(0.0, ...) written out: called tens of thousands of times a document (marks, cells, chips)
    w, h = obj["x1"] - obj["x0"], obj["bottom"] - obj["top"]
    return (w if w > 0 else 0.0) * (h if h > 0 else 0.0)


def contains_point(obj: BoxLike, point: tuple[float, float], pad: float = 0.0) -> bool:
    x, y = point
    return obj["x0"] - pad <= x <= obj["x1"] + pad and obj["top"] - pad <= y <= obj["bottom"] + pad


def contains(outer: BoxLike, inner: BoxLike, pad: float = 0.0) -> bool:
    return (
        outer["x0"] - pad <= inner["x0"]
        and inner["x1"] <= outer["x1"] + pad
        and outer["top"] - pad <= inner["top"]
        and inner["bottom"] <= outer["bottom"] + pad
    )


def intersection(a: BoxLike, b: BoxLike) -> float:
    # min and max written out: called tens of thousands of times a document (the same numbers)
    ax1, bx1, ax0, bx0 = a["x1"], b["x1"], a["x0"], b["x0"]
    w = (ax1 if ax1 < bx1 else bx1) - (ax0 if ax0 > bx0 else bx0)
    if w <= 0:
        return 0.0
    ab, bb, at, bt = a["bottom"], b["bottom"], a["top"], b["top"]
    h = (ab if ab < bb else bb) - (at if at > bt else bt)
    return w * h if h > 0 else 0.0


def iou(a: BoxLike, b: BoxLike) -> float:
    inter = intersection(a, b)
    union = area(a) + area(b) - inter
    return inter / union if union > 0 else 0.0


def vertical_overlap(a: BoxLike, b: BoxLike) -> float:
    """Shared height over the smaller height (0..1)."""
    # min and max written out: called tens of thousands of times a document (the same numbers)
    ab, bb, at, bt = a["bottom"], b["bottom"], a["top"], b["top"]
    shared = (ab if ab < bb else bb) - (at if at > bt else bt)
    ha, hb = ab - at, bb - bt
    smaller = (ha if ha < hb else hb) or 1.0
    return (shared if shared > 0.0 else 0.0) / smaller


B = TypeVar("B", bound=Box)


def overlap_lines(ordered: Sequence[B], share: float) -> list[list[B]]:
    """`ordered` (objects sorted by their tops) in lines: each joins the first line whose first
    object shares more than `share` of the smaller height with it (`vertical_overlap`), else starts
    one. A line whose first object ends above an object's top shares nothing with it nor with any
    later one: only the lines still open are asked (linear on a page of body text)."""
    lines: list[list[B]] = []
    open_lines: list[list[B]] = []
    for obj in ordered:
        open_lines = [ln for ln in open_lines if ln[0]["bottom"] > obj["top"]]
        line = next((ln for ln in open_lines if vertical_overlap(ln[0], obj) > share), None)
        if line is None:
            lines.append([obj])
            open_lines.append(lines[-1])
        else:
            line.append(obj)
    return lines


def union(objs: Iterable[BoxLike]) -> Box:
    boxes = list(objs)
    return {
        "x0": min(o["x0"] for o in boxes),
        "top": min(o["top"] for o in boxes),
        "x1": max(o["x1"] for o in boxes),
        "bottom": max(o["bottom"] for o in boxes),
    }


def runs_by_gap(line: Sequence[Word], gap: float) -> list[list[Word]]:
    """The words of one line, left to right, in runs: a word starting more than `gap` times its font
    size after the end of the word before it opens the next run."""
    runs: list[list[Word]] = []
    for word in line:
        if runs and word["x0"] - runs[-1][-1]["x1"] <= gap * word["size"]:
            runs[-1].append(word)
        else:
            runs.append([word])
    return runs
