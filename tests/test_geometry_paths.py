"""`geometry.intersection`, `geometry.vertical_overlap` and `geometry.area` write their min and max out (they are asked
tens of thousands of times a document): they must give what their definitions give on any boxes,
touching, nested, apart, flat (no height) and inverted ones included."""

import random

from extractor.readers.pdf.geometry import area, intersection, vertical_overlap


def _intersection_by_definition(a: dict, b: dict) -> float:
    w = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
    h = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    return w * h if w > 0 and h > 0 else 0.0


def _vertical_overlap_by_definition(a: dict, b: dict) -> float:
    shared = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    smaller = min(a["bottom"] - a["top"], b["bottom"] - b["top"]) or 1.0
    return max(0.0, shared) / smaller


def _area_by_definition(a: dict) -> float:
    return max(0.0, a["x1"] - a["x0"]) * max(0.0, a["bottom"] - a["top"])


def _random_boxes(seed: int, count: int) -> list[dict]:
    rnd = random.Random(seed)
    boxes = []
    for _ in range(count):
        x0, top = rnd.choice([0.0, 10.0, 10.5, rnd.uniform(0, 20)]), rnd.choice([0.0, 10.0, rnd.uniform(0, 20)])
        w, h = rnd.choice([0.0, 5.0, rnd.uniform(-2, 12)]), rnd.choice([0.0, 5.0, 10.0, rnd.uniform(-2, 12)])
        boxes.append({"x0": x0, "top": top, "x1": x0 + w, "bottom": top + h})
    return boxes


def test_intersection_and_vertical_overlap_are_their_definitions() -> None:
    boxes = _random_boxes(11, 300)
    for a in boxes:
        for b in boxes[:60]:
            assert intersection(a, b) == _intersection_by_definition(a, b), (a, b)
            assert vertical_overlap(a, b) == _vertical_overlap_by_definition(a, b), (a, b)


def test_area_is_its_definition() -> None:
    boxes = [
        *_random_boxes(12, 300),
        {"x0": 0, "top": 0, "x1": 3, "bottom": 2},
        {"x0": 1, "top": 1, "x1": 1, "bottom": 0},
    ]
    for a in boxes:
        assert area(a) == _area_by_definition(a), a
        assert type(area(a)) is type(_area_by_definition(a)), a
