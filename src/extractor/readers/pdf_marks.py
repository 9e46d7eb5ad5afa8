"""Checkboxes on a PDF page: drawn boxes, ballot-box glyphs and AcroForm widgets.

A drawn box is a square shape of 5-22 pt (several shapes drawing the same
square are one box). Its state, in order of evidence:
  glyph  - a check glyph (✓ ✔ ✗ X, a symbol-font or private-use glyph) inside;
  vector - strokes inside it that are not its own edges (an X, a tick path);
  fill   - the innermost filled shape over its centre is dark;
  empty  - none of these.
A filled square with no outline (drawn, or a ■ glyph) is a bullet unless it
lines up with boxes of its size: then it is a box of the list, filled.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .geometry import area, center, contains, contains_point, height, iou, vertical_overlap, width
from .glyphs import box_glyph_state, is_check_mark, is_filled_square
from .pdf_page import PageObjects

MIN_BOX, MAX_BOX = 5.0, 22.0
DARK = 0.5


@dataclass
class Mark:
    """A checkbox found on a page, before its label is known."""

    x0: float
    top: float
    x1: float
    bottom: float
    checked: bool
    method: str
    words: list[int] = field(default_factory=list)  # indices of words the mark consumed
    label: str | None = None
    label_box: dict | None = None

    def __getitem__(self, key: str) -> float:  # lets geometry helpers read a Mark like a dict
        return getattr(self, key)


def _is_square(shape: dict) -> bool:
    w, h = width(shape), height(shape)
    return MIN_BOX <= w <= MAX_BOX and MIN_BOX <= h <= MAX_BOX and abs(w - h) <= 0.25 * max(w, h)


def in_box_list(obj, boxes: list) -> bool:
    """Whether `obj` lines up with a box of about its size: same column (left edges) or same row."""
    for box in boxes:
        if box is obj or abs(height(box) - height(obj)) > 0.3 * max(height(box), height(obj)):
            continue
        if abs(box["x0"] - obj["x0"]) <= 0.5 * height(obj) or vertical_overlap(box, obj) > 0.6:
            return True
    return False


def drawn_boxes(page: PageObjects) -> list[dict]:
    """Square shapes merged into boxes; smaller shapes inside a box become its parts."""
    boxes: list[dict] = []
    for shape in sorted((s for s in page.shapes if _is_square(s)), key=area, reverse=True):
        home = next((b for b in boxes if iou(b, shape) > 0.5 or contains(b, shape, pad=1.0)), None)
        if home is None:
            boxes.append({**{k: shape[k] for k in ("x0", "top", "x1", "bottom")}, "parts": [shape]})
        else:
            home["parts"].append(shape)
    outlined = [b for b in boxes if any(p["stroke"] for p in b["parts"]) or len(b["parts"]) > 1]
    # A lone filled square with no outline is an icon or a bullet, unless it stands in a list of boxes.
    return outlined + [b for b in boxes if b not in outlined and in_box_list(b, outlined)]


def _inner_shapes(box: dict, page: PageObjects) -> list[dict]:
    small = [s for s in page.shapes if not _is_square(s) and contains(box, s, pad=1.0)]
    return box["parts"] + small


def _strokes_inside(box: dict, page: PageObjects) -> bool:
    bw, bh = width(box), height(box)
    for stroke in page.strokes:
        if contains(box, stroke, pad=1.5) and width(stroke) > 0.3 * bw and height(stroke) > 0.3 * bh:
            return True
    return False


def _filled_dark(box: dict, page: PageObjects) -> bool:
    mid = center(box)
    covering = [s for s in _inner_shapes(box, page) if s["fill"] and s["fill_lum"] is not None and contains_point(s, mid)]
    if not covering:
        return False
    innermost = min(covering, key=area)
    return innermost["fill_lum"] < DARK


def _glyph_words_inside(box: dict, page: PageObjects, used: set[int]) -> list[int]:
    return [
        i for i, w in enumerate(page.words)
        if i not in used and len(w["text"]) <= 2 and contains_point(box, center(w), pad=2.0)
        and all(is_check_mark(ch, w["font"]) for ch in w["text"])
    ]


def drawn_box_marks(page: PageObjects, used: set[int]) -> list[Mark]:
    marks = []
    for box in drawn_boxes(page):
        glyphs = _glyph_words_inside(box, page, used)
        if glyphs:
            state, method = True, "glyph"
        elif _strokes_inside(box, page):
            state, method = True, "vector"
        elif _filled_dark(box, page):
            state, method = True, "fill"
        else:
            state, method = False, "empty"
        used.update(glyphs)
        marks.append(Mark(box["x0"], box["top"], box["x1"], box["bottom"], state, method, glyphs))
    return marks


def _first_glyph(word: dict) -> dict:
    """The box of a word's first glyph, taken as square."""
    return {**word, "x1": word["x0"] + height(word)}


def _glyph_mark(page: PageObjects, i: int, state: bool, used: set[int]) -> Mark:
    """A mark for the glyph that starts word i; the word gives the glyph up (or is used up)."""
    word = page.words[i]
    glyph_x1 = word["x0"] + (word["x1"] - word["x0"]) / max(len(word["text"]), 1)
    if len(word["text"]) > 1:  # "☐Sociolaboral": the rest of the word is the label's start
        page.words[i] = {**word, "text": word["text"][1:].lstrip(), "x0": glyph_x1}
    else:
        used.add(i)
    return Mark(word["x0"], word["top"], glyph_x1, word["bottom"], state, "glyph", [i] if i in used else [])


def glyph_box_marks(page: PageObjects, used: set[int], boxes: list[Mark]) -> list[Mark]:
    """Ballot-box glyphs (☐ ☒, Wingdings boxes) standing as checkboxes by themselves.

    A black square (■) is a checked box only in a list of boxes (`boxes` or
    the glyph boxes found here); on its own it is a bullet.
    """
    marks, squares = [], []
    for i, word in enumerate(page.words):
        if i in used or not word["text"]:
            continue
        state = box_glyph_state(word["text"][0], word["font"])
        if state is not None:
            marks.append(_glyph_mark(page, i, state, used))
        elif is_filled_square(word["text"][0], word["font"]):
            squares.append(i)
    listed = [i for i in squares if in_box_list(_first_glyph(page.words[i]), marks + boxes)]
    return marks + [_glyph_mark(page, i, True, used) for i in listed]


def widget_marks(page: PageObjects) -> list[Mark]:
    return [Mark(w["x0"], w["top"], w["x1"], w["bottom"], w["checked"], "acroform", label=w["name"])
            for w in page.widgets]


def find_marks(page: PageObjects, used: set[int]) -> list[Mark]:
    """Every checkbox on the page; `used` collects the words the marks consumed."""
    drawn = drawn_box_marks(page, used)
    marks = drawn + glyph_box_marks(page, used, drawn)
    for widget in widget_marks(page):
        if not any(iou(widget, m) > 0.3 for m in marks):  # the widget's drawn look may be in the content too
            marks.append(widget)
        else:
            for m in marks:
                if iou(widget, m) > 0.3:
                    m.checked, m.method = widget.checked, "acroform"
    return marks


def attach_labels(marks: list[Mark], page: PageObjects, used: set[int]) -> None:
    """Give each mark the words right of it on its line, up to the next mark or a wide gap."""
    for mark in marks:
        mark_h = height(mark)
        stops = [m.x0 for m in marks if m is not mark and m.x0 > mark.x1 and vertical_overlap(m, mark) > 0.3]
        limit = min(stops, default=page.width)
        row = sorted(
            (i for i, w in enumerate(page.words)
             if i not in used and w["x0"] >= mark.x1 - 1 and w["x1"] <= limit + 1
             and vertical_overlap(w, mark) > 0.4 and abs(center(w)[1] - center(mark)[1]) < mark_h),
            key=lambda i: page.words[i]["x0"],
        )
        taken, right = [], mark.x1
        for i in row:
            word = page.words[i]
            # Between words of one label a space is under an em (justified lines stretch to ~0.8 em);
            # a wider gap starts the next thing on the line (a form's question after "Yes [ ] No").
            gap_limit = 1.0 * word["size"] if taken else max(3.0 * word["size"], 2.5 * width(mark))
            if word["x0"] - right > gap_limit:
                break
            taken.append(i)
            right = word["x1"]
        if taken:
            used.update(taken)
            words = [page.words[i] for i in taken]
            mark.label = " ".join(w["text"] for w in words)
            mark.label_box = {"x0": words[0]["x0"], "top": min(w["top"] for w in words),
                              "x1": words[-1]["x1"], "bottom": max(w["bottom"] for w in words)}
