"""Month tables on a PDF page.

A month table is a header line of month names (full, 3-letter, or the twelve
initials E F M A M J J A S O N D read by position) over a body row. Columns
are read from the header's positions; the body row's cells from its vertical
rules and fills (a merged cell spans the columns it covers). A cell is active
when it holds a checked box or a check glyph, when a dark bar covers a
column, or when it is shaded while other cells are not.
"""

from __future__ import annotations

from collections import Counter

from ..layout import Cell, Checkbox, Provenance, Table
from ..vocab import header_months
from .geometry import center, contains_point, height, width
from .glyphs import is_check_mark
from .pdf_marks import Mark
from .pdf_page import PageObjects

MIN_MONTHS = 6
WHITE = 0.97
DARK_BAR = 0.6


def _lines(words: list[dict], indices: list[int]) -> list[list[int]]:
    rows: list[list[int]] = []
    for i in sorted(indices, key=lambda i: (words[i]["top"], words[i]["x0"])):
        word = words[i]
        for row in rows:
            ref = words[row[0]]
            if abs(ref["top"] - word["top"]) < 0.5 * max(height(ref), 1.0):
                row.append(i)
                break
        else:
            rows.append([i])
    return [sorted(row, key=lambda i: words[i]["x0"]) for row in rows]


def _find_header(words: list[dict], line: list[int]) -> tuple[list[int], list[int]] | None:
    """(word indices, month numbers) of a month header within one line of words."""
    tokens = [words[i]["text"] for i in line]
    for start in range(len(tokens)):
        for end in range(len(tokens), start + MIN_MONTHS - 1, -1):
            months = header_months(tokens[start:end], MIN_MONTHS)
            if months and (end - start) >= 0.8 * len(tokens):
                return line[start:end], months
    return None


def _column_edges(centers: list[float]) -> list[float]:
    mids = [(a + b) / 2 for a, b in zip(centers, centers[1:])]
    step = (centers[-1] - centers[0]) / (len(centers) - 1)
    return [centers[0] - step / 2, *mids, centers[-1] + step / 2]


def _header_bottom(page: PageObjects, header: list[dict]) -> float:
    bottom = max(w["bottom"] for w in header)
    for shape in page.shapes:
        if shape["fill"] and any(contains_point(shape, center(w)) for w in header) and height(shape) < 40:
            bottom = max(bottom, shape["bottom"])
    return bottom


def _body_bottom(page: PageObjects, x0: float, x1: float, top: float, row_height: float) -> float:
    """Lowest edge of the rules and fills that hang from the header's bottom."""
    bottom = None
    for obj in page.shapes + page.strokes:
        starts_here = top - 3 <= obj["top"] <= top + 6
        inside = obj["x0"] >= x0 - 4 and obj["x1"] <= x1 + 4
        if starts_here and inside and obj["bottom"] - top < 80:
            bottom = max(bottom or 0.0, obj["bottom"])
    if bottom is None or bottom - top < 4:
        return top + 1.6 * row_height
    return bottom


def _boundaries(page: PageObjects, body: dict) -> list[float]:
    """x of vertical rules and of cell-fill edges inside the body row."""
    xs = []
    for obj in page.shapes + page.strokes:
        overlap = min(obj["bottom"], body["bottom"]) - max(obj["top"], body["top"])
        if overlap < 0.5 * height(body) or obj["x1"] < body["x0"] - 4 or obj["x0"] > body["x1"] + 4:
            continue
        if width(obj) <= 2.5:
            xs.append((obj["x0"] + obj["x1"]) / 2)
        elif obj.get("fill"):
            xs.extend((obj["x0"], obj["x1"]))
    return xs


def _segments(edges: list[float], boundaries: list[float]) -> list[tuple[int, int]]:
    """Runs of columns not separated by a boundary: (first column, column count)."""
    n = len(edges) - 1
    if not boundaries:
        return [(i, 1) for i in range(n)]
    segments, start = [], 0
    for i in range(1, n):
        tolerance = max(3.0, 0.15 * (edges[i + 1] - edges[i]))
        if any(abs(x - edges[i]) <= tolerance for x in boundaries):
            segments.append((start, i - start))
            start = i
    segments.append((start, n - start))
    return segments


def _column_fills(page: PageObjects, body: dict, edges: list[float]) -> list[tuple[str | None, float | None]]:
    fills = []
    for a, b in zip(edges, edges[1:]):
        mid = ((a + b) / 2, (body["top"] + body["bottom"]) / 2)
        covering = [s for s in page.shapes if s["fill"] and width(s) > 3 and contains_point(s, mid)
                    and height(s) >= 0.3 * height(body) and height(s) < 3 * height(body)]
        inner = min(covering, key=lambda s: width(s) * height(s), default=None)
        fills.append((inner["fill_color"], inner["fill_lum"]) if inner else (None, None))
    return fills


def _shaded_columns(fills: list[tuple[str | None, float | None]]) -> set[int]:
    """Columns shaded while others are not, and columns under a dark bar."""
    coloured = Counter(color for color, lum in fills if color and lum is not None and lum < WHITE)
    active = set()
    for i, (color, lum) in enumerate(fills):
        if color is None or lum is None or lum >= WHITE:
            continue
        if lum < DARK_BAR or coloured[color] < len(fills):
            active.add(i)
    return active


def month_tables(page: PageObjects, marks: list[Mark], used: set[int]) -> tuple[list[Table], list[Mark]]:
    """Month tables on the page, and the marks that are not part of them."""
    tables = []
    free = [i for i in range(len(page.words)) if i not in used]
    for line in _lines(page.words, free):
        found = _find_header(page.words, line)
        if not found:
            continue
        header_idx, months = found
        header = [page.words[i] for i in header_idx]
        edges = _column_edges([center(w)[0] for w in header])
        top = _header_bottom(page, header)
        row_height = top - min(w["top"] for w in header)
        body = {"x0": edges[0], "x1": edges[-1], "top": top,
                "bottom": _body_bottom(page, edges[0], edges[-1], top, row_height)}
        in_body = lambda obj: contains_point(body, center(obj), pad=0.5)  # noqa: E731
        body_marks = [m for m in marks if in_body(m)]
        marks = [m for m in marks if not in_body(m)]
        body_words = [i for i in free if i not in header_idx and in_body(page.words[i]) and i not in used]
        used.update(header_idx, body_words)
        column_of = lambda x: max(0, min(len(months) - 1, sum(1 for e in edges[1:-1] if x > e)))  # noqa: E731
        shaded = _shaded_columns(_column_fills(page, body, edges))
        cells = [Cell(0, i, text=w["text"], bold=w["bold"], prov=Provenance(page.number, (w["x0"], w["top"], w["x1"], w["bottom"])))
                 for i, w in enumerate(header)]
        for start, span in _segments(edges, _boundaries(page, body)):
            cols = range(start, start + span)
            seg_marks = [m for m in body_marks if column_of(center(m)[0]) in cols]
            seg_words = [page.words[i] for i in body_words if column_of(center(page.words[i])[0]) in cols]
            glyphs = [w for w in seg_words if all(is_check_mark(ch, w["font"]) for ch in w["text"])]
            text = " ".join(w["text"] for w in seg_words if w not in glyphs)
            bbox = (edges[start], body["top"], edges[start + span], body["bottom"])
            if seg_marks:
                mark = Checkbox(any(m.checked for m in seg_marks), None,
                                next((m.method for m in seg_marks if m.checked), seg_marks[0].method),
                                Provenance(page.number, bbox))
            elif glyphs:
                mark = Checkbox(True, None, "glyph", Provenance(page.number, bbox))
            elif shaded & set(cols):
                mark = Checkbox(True, None, "shading", Provenance(page.number, bbox))
            else:
                mark = None
            cells.append(Cell(1, start, text=text, colspan=span, mark=mark, prov=Provenance(page.number, bbox)))
        bbox = (edges[0], min(w["top"] for w in header), edges[-1], body["bottom"])
        tables.append(Table(cells, len(months), Provenance(page.number, bbox)))
    return tables, marks
