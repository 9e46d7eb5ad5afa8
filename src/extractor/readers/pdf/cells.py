"""Table cells drawn by ruling lines: each cell is a region of the page, read whole.

A table printed from a word processor or a browser draws its borders as rules (stroked lines or
thin filled rects), not as filled panels. The cells those rules close are regions like a drawn
panel: their text is read cell by cell, row by row (a label | value row read as a row, not the
label column then the value column), and a paragraph never runs from one cell into the next.

The cells come from pdfplumber's lattice table finder (`pdfplumber.table`: rules merged and
snapped, their crossings, the smallest rectangle each crossing opens), the well-kept
implementation of the classic "lattice" method (Tabula, Camelot).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

from ...settings import LAYOUT, LayoutSettings
from .geometry import height, width
from .objects import Box, Shape


def _edge(obj: Box, settings: LayoutSettings) -> dict[str, Any] | None:
    """A rule as pdfplumber's edge dict (orientation "h" or "v"), or None for anything else: a
    stroke or shape at most `cell_rule` points thick and at least `cell_rule_min` points long."""
    thick, short = settings.cell_rule, settings.cell_rule_min
    w, h = width(obj), height(obj)
    if h <= thick and w >= short:
        y = (obj["top"] + obj["bottom"]) / 2
        return {"x0": obj["x0"], "x1": obj["x1"], "top": y, "bottom": y, "width": w, "height": 0.0, "orientation": "h"}
    if w <= thick and h >= short:
        x = (obj["x0"] + obj["x1"]) / 2
        return {"x0": x, "x1": x, "top": obj["top"], "bottom": obj["bottom"], "width": 0.0, "height": h} | {
            "orientation": "v"
        }
    return None


def _cell_boxes(graphics: Sequence[Box], settings: LayoutSettings) -> list[tuple[float, float, float, float]]:
    edges = [e for e in (_edge(g, settings) for g in graphics) if e is not None]
    if len(edges) < 4:
        return []
    snap = settings.cell_snap
    edges = merge_edges(edges, snap, snap, snap, snap)
    return list(intersections_to_cells(edges_to_intersections(edges, snap, snap)))


def _shape(x0: float, top: float, x1: float, bottom: float) -> Shape:
    return Shape(
        x0=float(x0),
        top=float(top),
        x1=float(x1),
        bottom=float(bottom),
        kind="cell",
        fill=False,
        stroke=False,
        fill_lum=None,
        fill_color=None,
    )


def ruled_cells(graphics: Sequence[Box], settings: LayoutSettings = LAYOUT) -> list[Shape]:
    """The cells the page's rules close (`graphics`: its strokes and shapes, pdfplumber-style
    boxes in points), each a shape dict (x0, top, x1, bottom; `kind` "cell", neither filled nor
    stroked), in no particular order. Rules within `cell_snap` points of one line are one line."""
    return [_shape(*cell) for cell in _cell_boxes(graphics, settings)]


def _grids(cells: Sequence[Box]) -> list[list[tuple[float, float, float, float]]]:
    """`cells` grouped into ruled grids by the corners they share (`pdfplumber.table.cells_to_tables`)."""
    return cells_to_tables([(c["x0"], c["top"], c["x1"], c["bottom"]) for c in cells])


def ruled_tables(cells: Sequence[Box]) -> list[Shape]:
    """The outline of each ruled grid of two rows and two columns or more among `cells`
    (`ruled_cells`), a shape like a cell's: a region read whole, so a line printed right under the
    grid's last rule (a heading set with no space before it) is never read as a line of one of its
    columns."""
    outlines = []
    for group in _grids(cells):
        tops, lefts = {round(c[1], 1) for c in group}, {round(c[0], 1) for c in group}
        if len(tops) >= 2 and len(lefts) >= 2:
            x0, top = min(c[0] for c in group), min(c[1] for c in group)
            outlines.append(_shape(x0, top, max(c[2] for c in group), max(c[3] for c in group)))
    return outlines


@dataclass(frozen=True)
class RuledColumns:
    """A ruled grid of one cell to a column in every row (no merged cell) on a page: its box (x0,
    top, x1, bottom, points) and the x of its vertical rules, left to right (points). A page's
    item for the document's reading, never a layout item (`comparison.comparison_fichas`)."""

    page: int
    box: tuple[float, float, float, float]
    edges: tuple[float, ...]
    rows: tuple[float, ...]  # the y of its horizontal rules, top to bottom (points)


def ruled_columns(cells: Sequence[Box], page: int, settings: LayoutSettings = LAYOUT) -> list[RuledColumns]:
    """The grids among `cells` (`ruled_cells`) of two rows and three columns or more whose every
    cell spans one column: no vertical rule of the grid (within `cell_snap` points) crosses a cell."""
    found = []
    snap = settings.cell_snap
    for group in _grids(cells):
        edges, rows = _rules([x for c in group for x in (c[0], c[2])], snap), _rules([c[1] for c in group], snap)
        rows.append(max(c[3] for c in group))
        spans_one = all(not any(c[0] + snap < x < c[2] - snap for x in edges) for c in group)
        if len(rows) >= 3 and len(edges) >= 4 and spans_one:
            box = (edges[0], rows[0], edges[-1], rows[-1])
            found.append(RuledColumns(page, box, tuple(edges), tuple(rows)))
    return found


def _rules(coordinates: list[float], snap: float) -> list[float]:
    """`coordinates` sorted, those within `snap` of the one before them left out (one rule)."""
    out: list[float] = []
    for x in sorted(coordinates):
        if not out or x - out[-1] > snap:
            out.append(x)
    return out
