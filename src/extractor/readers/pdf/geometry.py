"""Small pure helpers on boxes: pdfplumber-style dicts (x0, top, x1, bottom, in points from the
page's top left), the one box type of the PDF reader. Words, shapes, marks and reading-order units
are such dicts or hold one (`.box`); `bbox`/`box_of` convert to and from the Layout's tuples."""

from __future__ import annotations

from collections.abc import Iterable


def bbox(obj: dict) -> tuple[float, float, float, float]:
    return (obj["x0"], obj["top"], obj["x1"], obj["bottom"])


def box_of(bbox: tuple[float, float, float, float]) -> dict:
    """The box of a (x0, top, x1, bottom) tuple, as in `Provenance.bbox`."""
    x0, top, x1, bottom = bbox
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom}


def width(obj: dict) -> float:
    return obj["x1"] - obj["x0"]


def height(obj: dict) -> float:
    return obj["bottom"] - obj["top"]


def center(obj: dict) -> tuple[float, float]:
    return ((obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2)


def area(obj: dict) -> float:
    return max(0.0, width(obj)) * max(0.0, height(obj))


def contains_point(obj: dict, point: tuple[float, float], pad: float = 0.0) -> bool:
    x, y = point
    return obj["x0"] - pad <= x <= obj["x1"] + pad and obj["top"] - pad <= y <= obj["bottom"] + pad


def contains(outer: dict, inner: dict, pad: float = 0.0) -> bool:
    return (
        outer["x0"] - pad <= inner["x0"]
        and inner["x1"] <= outer["x1"] + pad
        and outer["top"] - pad <= inner["top"]
        and inner["bottom"] <= outer["bottom"] + pad
    )


def intersection(a: dict, b: dict) -> float:
    w = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
    h = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    return w * h if w > 0 and h > 0 else 0.0


def iou(a: dict, b: dict) -> float:
    inter = intersection(a, b)
    union = area(a) + area(b) - inter
    return inter / union if union > 0 else 0.0


def vertical_overlap(a: dict, b: dict) -> float:
    """Shared height over the smaller height (0..1)."""
    shared = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    smaller = min(height(a), height(b)) or 1.0
    return max(0.0, shared) / smaller


def union(objs: Iterable[dict]) -> dict:
    objs = list(objs)
    return {
        "x0": min(o["x0"] for o in objs),
        "top": min(o["top"] for o in objs),
        "x1": max(o["x1"] for o in objs),
        "bottom": max(o["bottom"] for o in objs),
    }
