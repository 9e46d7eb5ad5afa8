"""Image analysis of a scanned page (OpenCV, `opencv-python-headless`): what the PDF reader's page
steps need besides words, drawn the way a born-digital page draws it.

- `skew_angle`: the page's skew, the angle whose rotation makes the rows of ink sharpest (the
  variance of the row profile of a reduced ink mask; coarse-to-fine search up to `scan_skew_max`);
  `straighten` turns the page by it.
- `fills`: filled regions (panels, bars, cells, bullets): the non-white parts of the smoothed page
  that an opening `scan_fill_min` points wide keeps (text strokes are thinner), with their median
  colour; a part much darker than the region holding it (`scan_fill_levels`) is a fill of its own
  (a month bar on its track).
- `boxes`: checkboxes, found by their inner hole: a square hole of a box's size whose convex hull
  fills its bounding box (`scan_box_fill`; the hole of an O does not), ringed by ink; checked when
  ink covers `scan_box_ink` of the box's inner part. A checked box gives the box (a stroked rect)
  and a stroke over its mark, so `marks.py` reads it as a box with strokes inside (`vector`).
- `rules`: horizontal and vertical rules, kept by openings `scan_rule_min` points long.
- `outlines`: outlined panels (a hole at least `scan_outline_min` points wide ringed by ink).
- `readable`: the page with the text of dark regions made dark on white (each dark fill's pixels
  set apart from its colour become black, the rest white), so OCR reads light text on panels.

Every function takes images as numpy arrays (grey 0-255, or RGB) and the scale `k` in points per
pixel, and gives objects in points, top-left origin (`objects.Graphic`).
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import cv2
import numpy as np

from ...settings import LAYOUT, SCAN, LayoutSettings, ScanSettings
from .objects import Box as Points
from .objects import Graphic


def _profile_score(ink: np.ndarray, angle: float) -> float:
    h, w = ink.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    turned = cv2.warpAffine(ink, matrix, (w, h), flags=cv2.INTER_NEAREST, borderValue=0)
    return float(np.var(turned.sum(axis=1, dtype=np.float64)))


def skew_angle(gray: np.ndarray, settings: LayoutSettings = LAYOUT) -> float:
    """Degrees (counter-clockwise, OpenCV's sense) that `straighten` turns the page by: the slope of
    the page's lines of text (`_line_slope`) when it has `scan_skew_lines` of them, refined to
    `scan_skew_step` by the row profile; else the row profile's alone (searched coarse to fine
    within `scan_skew_max`). The profile alone can peak at the mirrored angle on a page of two
    columns whose lines are not level with each other."""
    factor = min(1.0, SCAN.skew_width / gray.shape[1])
    small = cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
    ink = (small < settings.scan_ink * 255).astype(np.uint8)
    if not ink.any():
        return 0.0
    slope = _line_slope(ink, settings)
    best, span, step = 0.0, settings.scan_skew_max, 0.5
    if slope is not None:
        best, span, step = slope, 2 * settings.scan_skew_step, settings.scan_skew_step
    while True:
        count = round(span / step)
        candidates = [best + i * step for i in range(-count, count + 1)]
        best = max(candidates, key=lambda a: _profile_score(ink, a))
        if step <= settings.scan_skew_step:
            return best
        span, step = step, max(step / 5, settings.scan_skew_step)


def _line_slope(ink: np.ndarray, settings: LayoutSettings) -> float | None:
    """Degrees: the median slope (weighted by length) of the lines of text in `ink` (a reduced
    page): words joined across their gaps into long thin blobs, each fitted by a straight line;
    None with fewer than `scan_skew_lines` of them."""
    joined = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, np.ones((1, 9), np.uint8))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    slopes, weights = [], []
    shortest = ink.shape[1] / 15
    for label in range(1, count):
        x, y, w, h, _ = stats[label]
        if w < shortest or w < 8 * h:
            continue
        ys, xs = np.nonzero(labels[y : y + h, x : x + w] == label)
        slopes.append(float(np.degrees(np.arctan(np.polyfit(xs, ys, 1)[0]))))
        weights.append(float(w))
    if len(slopes) < settings.scan_skew_lines:
        return None
    order = np.argsort(slopes)
    cumulative = np.cumsum(np.array(weights)[order])
    return float(np.array(slopes)[order][np.searchsorted(cumulative, cumulative[-1] / 2)])


def straighten(image: np.ndarray, angle: float) -> np.ndarray:
    """`image` turned by `angle` degrees about its centre, white where the turn uncovers."""
    if abs(angle) < 1e-6:
        return image
    h, w = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    white = (255, 255, 255) if image.ndim == 3 else 255
    return cv2.warpAffine(image, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=white)


def _box(x: float, y: float, w: float, h: float, k: float) -> Points:
    return {"x0": float(x * k), "top": float(y * k), "x1": float((x + w) * k), "bottom": float((y + h) * k)}


def graphic(box: Points, *, fill: bool = False, color: tuple[float, float, float] | None = None) -> Graphic:
    """A rect or line as page sources give them: `box` (points), filled with `color`, else stroked."""
    out = Graphic(x0=box["x0"], top=box["top"], x1=box["x1"], bottom=box["bottom"], fill=fill, stroke=not fill)
    if color is not None:
        out["non_stroking_color"] = color
    return out


@dataclass(frozen=True)
class Fill:
    """A filled region: its box in pixels (x, y, w, h), its mask within that box, its colour (0-1 RGB)."""

    x: int
    y: int
    w: int
    h: int
    mask: np.ndarray
    color: tuple[float, float, float]

    @property
    def lum(self) -> float:
        r, g, b = self.color
        return 0.299 * r + 0.587 * g + 0.114 * b

    def graphic(self, k: float) -> Graphic:
        return graphic(_box(self.x, self.y, self.w, self.h, k), fill=True, color=self.color)


def _edge(region: np.ndarray, width: int) -> np.ndarray:
    """The pixels of `region` (a boolean mask) between `width` and twice `width` pixels inside its
    outline (the outermost ones are the blurred border a scan gives every edge)."""

    def eroded(times: int) -> np.ndarray:
        kernel = np.ones((2 * times * width + 1, 2 * times * width + 1), np.uint8)
        return cv2.erode(region.astype(np.uint8), kernel, borderValue=0).astype(bool)

    edge: np.ndarray = eroded(1) & ~eroded(2)
    return edge if edge.any() else region


def _regions(
    smooth: np.ndarray,
    rgb: np.ndarray,
    limit: float,
    where: tuple[int, int, int, int],
    side: int,
    solid: float,
    settings: LayoutSettings = LAYOUT,
    bar: int = 0,
    close: int = 3,
    rules: np.ndarray | None = None,
) -> list[Fill]:
    """The regions of `smooth` (within `where`: x, y, w, h) darker than `limit` (0-255) that an
    opening `side` pixels wide keeps, with the median colour of their edge (a quarter of `side`
    wide: a panel's own colour, not that of a darker bar or text inside it). A dark region (darker
    than `scan_dark_panel`, at least `scan_panel_min` a side, covering `scan_panel_box` of its
    bounding box, most of it nearer its colour than white) holding light text is one region with
    its text (`_with_text`): light letters that fill a heading's pill line to line left it as
    strips thinner than the opening. Gaps of the mask up to `close` pixels are closed first (the
    specks of noise in a pale fill). A region's colour is measured without the `rules` (a page's
    mask of drawn rules, `drawn_rules`) on it (`_edge_colour`)."""
    x0, y0, w0, h0 = where
    crop = smooth[y0 : y0 + h0, x0 : x0 + w0]
    mask: np.ndarray = (crop < limit).astype(np.uint8)
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((close, close), np.uint8))  # specks of noise in a pale fill
    plain = _components(cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((side, side), np.uint8)), side, solid)
    out = []
    taken: list[tuple[int, int, int, int]] = []
    panel = side * settings.scan_panel_min / settings.scan_fill_min  # pixels: a dark panel's smallest side
    if bar > 0:
        for box, region in _with_text(mask, side, bar, settings.scan_panel_text):
            x, y, w, h = box
            if min(w, h) < panel or region.mean() < settings.scan_panel_box:
                continue  # a panel holds a line of text and its margins; a bold O with its counter filled is none
            own = region & mask[y : y + h, x : x + w].astype(bool)  # its colour is its pixels', not its letters'
            lum = _edge_colour(rgb, own, x0 + x, y0 + y, side, rules)[1]
            if lum >= settings.scan_dark_panel:
                continue
            if float(np.median(crop[y : y + h, x : x + w][region])) > (lum + 1) / 2 * 255:
                continue  # mostly paper: cells with dark letters in them, not a panel with light text
            inner = [p for p in plain if _within(p[0], box)]
            if not inner:
                continue
            taken += [p[0] for p in inner]
            out.append(_fill(rgb, region, x0 + x, y0 + y, side, own, rules))
    for box, region in plain:
        if box not in taken:
            out.append(_fill(rgb, region, x0 + box[0], y0 + box[1], side, rules=rules))
    return out


def _components(mask: np.ndarray, side: int, solid: float) -> list[tuple[tuple[int, int, int, int], np.ndarray]]:
    """The connected parts of `mask` at least `side` pixels a side filling `solid` of their box:
    ((x, y, w, h), their mask within that box)."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=4)
    out = []
    for label in range(1, count):
        x, y, w, h, _ = (int(v) for v in stats[label])
        if w < side or h < side:
            continue
        region = labels[y : y + h, x : x + w] == label
        if region.mean() < solid:
            continue
        out.append(((x, y, w, h), region))
    return out


def _with_text(
    mask: np.ndarray, side: int, bar: int, share: float
) -> list[tuple[tuple[int, int, int, int], np.ndarray]]:
    """The parts of `mask` with their thin holes filled (the light letters on a panel: enclosed
    areas of which an opening `bar` pixels wide keeps nothing, and an opening `side` wide less than
    half: a large dark letter's counter, round paper, is no light letter, and its bowl no panel),
    opened `side` wide, where the
    mask's own pixels cover at least `share` of the part (a panel with text on it, not a grid of
    thin rules around its cells)."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats((mask == 0).astype(np.uint8), connectivity=4)
    holes = np.zeros(mask.shape, np.uint8)
    height, width = mask.shape
    for label in range(1, count):
        x, y, w, h, _ = (int(v) for v in stats[label])
        if x == 0 or y == 0 or x + w >= width or y + h >= height:
            continue  # open to the outside: no hole
        hole = (labels[y : y + h, x : x + w] == label).astype(np.uint8)
        if 2 * int(cv2.morphologyEx(hole, cv2.MORPH_OPEN, np.ones((side, side), np.uint8)).sum()) > int(hole.sum()):
            continue  # mostly wider than `side`: a round counter of paper (a large "g"'s bowl), no light letter
        thick = cv2.morphologyEx(hole, cv2.MORPH_OPEN, np.ones((bar, bar), np.uint8))
        holes[y : y + h, x : x + w] |= hole & (1 - thick)
    if not holes.any():
        return []
    filled = cv2.morphologyEx(mask | holes, cv2.MORPH_OPEN, np.ones((side, side), np.uint8))
    return [
        (box, region)
        for box, region in _components(filled, side, 0.0)
        if mask[box[1] : box[1] + box[3], box[0] : box[0] + box[2]][region].mean() >= share
    ]


def _within(inner: tuple[int, int, int, int], outer: tuple[int, int, int, int]) -> bool:
    return (
        inner[0] >= outer[0]
        and inner[1] >= outer[1]
        and inner[0] + inner[2] <= outer[0] + outer[2]
        and inner[1] + inner[3] <= outer[1] + outer[3]
    )


def _edge_colour(
    rgb: np.ndarray, region: np.ndarray, x: int, y: int, side: int, rules: np.ndarray | None = None
) -> tuple[tuple[float, ...], float]:
    """The median colour (0-1 RGB) of `region`'s edge (placed at x, y) and its luminance. When
    `rules` (a page's mask of drawn rules, `drawn_rules`) cover at least `ruled_edge` of that edge,
    the edge of the region without them: a table's shaded column is one region with the black
    rules around it, and its edge then lay on the rules (a light tint measured as a mid grey: a
    dark panel, whose dark labels were made light and read as junk)."""
    width = max(1, side // 4)
    edge = _edge(region, width)
    if rules is not None:
        ruled = rules[y : y + region.shape[0], x : x + region.shape[1]].astype(bool)
        own = region & ~ruled
        if own.any() and float(ruled[edge].mean()) >= SCAN.ruled_edge:
            edge = _edge(own, width)
    pixels = rgb[y : y + region.shape[0], x : x + region.shape[1]][edge]
    color = tuple(float(v) / 255 for v in np.median(pixels, axis=0))
    return color, 0.299 * color[0] + 0.587 * color[1] + 0.114 * color[2]


def _fill(
    rgb: np.ndarray,
    region: np.ndarray,
    x: int,
    y: int,
    side: int,
    own: np.ndarray | None = None,
    rules: np.ndarray | None = None,
) -> Fill:
    """The fill of `region` (a mask placed at x, y), coloured as the edge of `own` (its own pixels,
    without the letters filled in; `region` when None) without `rules` (`_edge_colour`)."""
    color, _ = _edge_colour(rgb, region if own is None else own, x, y, side, rules)
    return Fill(x, y, region.shape[1], region.shape[0], region, color)  # type: ignore[arg-type]


def negative_of_dark_paper(
    gray: np.ndarray, rgb: np.ndarray, scan: ScanSettings = SCAN
) -> tuple[np.ndarray, np.ndarray, bool]:
    """The page (grey, RGB) as its negative when its paper is dark (a dark theme: light text on a
    page printed dark edge to edge), and whether it was turned: the paper is the page's commonest
    level, so a page whose median grey level is under `dark_paper` is dark paper. Its negative is
    dark text on light paper, as every later step reads a page; a dark panel on it turns light and
    the light paper around it dark (then read as a dark panel's text, `readable`). Read as it was,
    the page was one dark panel, and its letters' gaps and boxes were lost in it."""
    if float(np.median(gray[::4, ::4])) >= scan.dark_paper:
        return gray, rgb, False
    return 255 - gray, 255 - rgb, True


def paper_white(gray: np.ndarray, rgb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The page with its paper made white: every level scaled so that the paper's (the 95th
    percentile of the grey levels) becomes 255; a scanner's grey paper is no panel."""
    paper = float(np.percentile(gray[::4, ::4], 95))
    if paper >= 254 or paper < 128:
        return gray, rgb
    scale = 255.0 / paper
    white_gray: np.ndarray = np.clip(gray.astype(np.float32) * scale, 0, 255).astype(np.uint8)
    white_rgb: np.ndarray = np.clip(rgb.astype(np.float32) * scale, 0, 255).astype(np.uint8)
    return white_gray, white_rgb


def fills(rgb: np.ndarray, gray: np.ndarray, k: float, settings: LayoutSettings = LAYOUT) -> list[Fill]:
    """Filled regions, outermost first, each followed by the darker regions inside it (two levels
    deep); a region must fill `scan_fill_solid` of its bounding box (a panel, a bar; not the
    specks that noise leaves on a pale one). The page is smoothed by a median `scan_fill_blur`
    wide first: it removes noise without widening strokes (a Gaussian blur merged the strokes of
    small bold letters and glyphs into blobs that passed for fills). Colours within
    `scan_same_colour` of a larger fill's are that fill's (one ink prints one colour; a scan's
    medians differ by a level or two). The palest level's gaps are closed as wide as the smoothing:
    a panel a few levels darker than the paper is about as dark as the threshold, and its noise
    left it as specks, each taken for a fill (a box), the panel lost."""
    blur = max(3, round(settings.scan_fill_blur / k)) | 1
    smooth = cv2.medianBlur(gray, blur)
    side = max(3, round(settings.scan_fill_min / k))
    found: list[Fill] = []
    solid = settings.scan_fill_solid
    bar = max(3, round(settings.scan_bar_min / k))
    whole = (0, 0, gray.shape[1], gray.shape[0])
    drawn = drawn_rules(gray, k, settings)
    level = _regions(smooth, rgb, settings.scan_fill * 255, whole, side, solid, settings, bar, rules=drawn)
    closed = _regions(smooth, rgb, settings.scan_fill * 255, whole, side, solid, settings, bar, blur, drawn)
    pale = _pale_panels(level, closed, side)
    level = [f for f in level if not any(_centre_in(f, p) for p in pale)] + pale
    for _ in range(3):
        found += level
        inner = []
        for fill in level:
            limit = (fill.lum - settings.scan_fill_levels) * 255
            if limit > 0:
                where = (fill.x, fill.y, fill.w, fill.h)
                inner += _regions(smooth, rgb, limit, where, side, solid, settings, bar, rules=drawn)
        level = inner
    return same_colours(found, settings.scan_same_colour)


def drawn_rules(gray: np.ndarray, k: float, settings: LayoutSettings = LAYOUT) -> np.ndarray:
    """1 on the page's drawn rules: runs of ink (`ink_mask`) at least `scan_rule_min` points long
    and no thicker than `scan_rule_width` (`long_runs`); a panel is thicker, a letter shorter."""
    return long_runs(ink_mask(gray, settings), k, settings)


def _pale_panels(found: list[Fill], closed: list[Fill], side: int) -> list[Fill]:
    """The regions of `closed` (the palest level with its gaps closed as wide as the smoothing) that
    are panels `found` (gaps closed three pixels wide) missed: at least `pale_panel` times `side`
    (pixels: a fill's smallest side) each way (a card, not a word's letters closed into a blob) and
    no region of `found` covering half of it. A panel a few levels darker than the paper is
    about as dark as the threshold: its noise left it as specks, each taken for a fill (a box); the
    found regions whose centre lies in such a panel are dropped (its specks; a darker fill on it is
    found again inside it, as the next level)."""

    def area(f: Fill) -> int:
        return f.w * f.h

    def common(a: Fill, b: Fill) -> int:
        w = min(a.x + a.w, b.x + b.w) - max(a.x, b.x)
        h = min(a.y + a.h, b.y + b.h) - max(a.y, b.y)
        return max(w, 0) * max(h, 0)

    smallest = SCAN.pale_panel * side
    return [c for c in closed if min(c.w, c.h) >= smallest and not any(2 * common(c, f) >= area(c) for f in found)]


def _centre_in(inner: Fill, outer: Fill) -> bool:
    cx, cy = inner.x + inner.w / 2, inner.y + inner.h / 2
    return outer.x <= cx <= outer.x + outer.w and outer.y <= cy <= outer.y + outer.h


def cells_of(fill: Fill, gray: np.ndarray, k: float, settings: LayoutSettings = LAYOUT) -> list[Graphic]:
    """`fill` as the rects of its cells (points): a dark fill (darker than `scan_dark_panel`) is cut
    along the rows (columns) across it whose median level over its width (height) lies at least
    `scan_cell_rule` of the way from its colour to the paper's on all but `rule_share` of their
    pixels (a table's cells filled alike and drawn edge to edge, their borders a lighter or darker
    rule between them, are found as one fill); pieces under `scan_fill_min` points are dropped with
    the rules. A fill without such rules is one rect. A letter on a cell covers no row's width."""
    smallest = settings.scan_fill_min / k
    if fill.lum >= settings.scan_dark_panel or max(fill.w, fill.h) < 2 * smallest:
        return [fill.graphic(k)]  # too small for two cells of `scan_fill_min` either way
    crop = gray[fill.y : fill.y + fill.h, fill.x : fill.x + fill.w].astype(np.float32)
    level = fill.lum * 255
    limit = settings.scan_cell_rule * max(255 - level, 1.0)

    def spans(distances: np.ndarray) -> list[tuple[int, int]]:
        plain = distances < limit
        out, start = [], None
        for i, ok in enumerate([*plain, False]):
            if ok and start is None:
                start = i
            elif not ok and start is not None:
                if i - start >= smallest:
                    out.append((start, i))
                start = None
        return out

    off = np.abs(crop - level)  # how far each pixel is from the fill's colour
    rows = spans(masked_quantile(off, fill.mask, SCAN.rule_share, axis=1, empty=255.0))
    columns = spans(masked_quantile(off, fill.mask, SCAN.rule_share, axis=0, empty=255.0))
    if len(rows) <= 1 and len(columns) <= 1:
        return [fill.graphic(k)]
    return [
        graphic(_box(fill.x + c0, fill.y + r0, c1 - c0, r1 - r0, k), fill=True, color=fill.color)
        for r0, r1 in rows
        for c0, c1 in columns
    ]


def masked_quantile(values: np.ndarray, mask: np.ndarray, q: float, axis: int, empty: float) -> np.ndarray:
    """The `q` quantile (0-1, linear between order statistics, as `np.quantile`) of each row
    (`axis` 1) or column (`axis` 0) of `values` over the pixels `mask` keeps; `empty` for a row or
    column `mask` keeps none of. One sort of the whole array: `np.nanquantile` along an axis
    loops in Python over its rows, and took most of a scanned page's image analysis."""
    ordered = np.sort(np.where(mask, values, np.inf), axis=axis)
    count = mask.sum(axis=axis)
    position = q * np.maximum(count - 1, 0)
    below = np.floor(position).astype(np.intp)
    above = np.minimum(below + 1, np.maximum(count - 1, 0))
    low = np.take_along_axis(ordered, np.expand_dims(below, axis), axis).squeeze(axis).astype(np.float64)
    high = np.take_along_axis(ordered, np.expand_dims(above, axis), axis).squeeze(axis).astype(np.float64)
    low[count == 0] = high[count == 0] = empty
    out: np.ndarray = low + (high - low) * (position - below)
    return out


def same_colours(regions: list[Fill], tolerance: float) -> list[Fill]:
    """`regions` with each colour within `tolerance` (0-1, on every channel) of a larger region's
    made that region's colour."""
    palette: list[tuple[float, float, float]] = []
    out = list(regions)
    for i in sorted(range(len(regions)), key=lambda i: -int(regions[i].mask.sum())):
        colour = regions[i].color
        same = next((c for c in palette if max(abs(a - b) for a, b in zip(c, colour, strict=True)) <= tolerance), None)
        if same is None:
            palette.append(colour)
        else:
            out[i] = dataclasses.replace(regions[i], color=same)
    return out


def dark_panels(
    regions: list[Fill], k: float, settings: LayoutSettings = LAYOUT, gray: np.ndarray | None = None
) -> list[Fill]:
    """The fills that may hold light text: darker than `scan_dark_panel`, at least `scan_panel_min`
    points on each side (a bold letter's stroke, as dark as a panel, is narrower), convex (their
    outline encloses `scan_panel_convex` of their convex hull: a large bold letter is not) and, on
    the page `gray` when it is given, solid (`solid_share` at least `scan_panel_solid`: a title's
    two bold letters a scan blurred into one convex blob, "te", are strokes with paper between them,
    and were read inverted as nothing, the title's word cut in two)."""
    smallest = settings.scan_panel_min / k
    return [
        f
        for f in regions
        if f.lum < settings.scan_dark_panel
        and min(f.w, f.h) >= smallest
        and convex_share(f) >= settings.scan_panel_convex
        and (
            gray is None or solid_share(gray, f, max(3, round(settings.scan_bar_min / k))) >= settings.scan_panel_solid
        )
    ]


def convex_share(fill: Fill) -> float:
    """The share of `fill`'s convex hull that its outline encloses (holes inside it count as
    enclosed): about 1 for a panel, light text on it or not; much less for a bold letter's shape."""
    contours, _ = cv2.findContours(fill.mask.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return 0.0
    outline = max(contours, key=cv2.contourArea)
    hull = cv2.contourArea(cv2.convexHull(outline))
    return float(cv2.contourArea(outline) / hull) if hull > 0 else 0.0


def readable(gray: np.ndarray, regions: list[Fill], k: float, settings: LayoutSettings = LAYOUT) -> np.ndarray:
    """A copy of `gray` in which each dark panel (darker than `scan_dark_panel`, at least
    `scan_panel_min` points on each side) shows its text dark on white: each pixel of its convex
    hull (light text that reaches its edge notches its outline) as dark as it is
    far from the panel's colour (by the distance from that colour to white: anti-aliased edges
    kept), and its edge (`scan_fill_blur` wide, the blur a scan gives it) white, so that the panel
    leaves no outline; areas of another colour on it `scan_bar_min` wide or more (a lighter bar
    below a dark band, one fill with it) are white too: text is strokes. OCR reads dark text on
    light paper; white text on a panel it does not."""
    out = gray.copy()
    band = max(1, round(settings.scan_fill_blur / k))
    side = max(3, round(settings.scan_bar_min / k))
    panels = sorted(dark_panels(regions, k, settings, gray), key=lambda f: -f.w * f.h)  # outermost first
    hulls = [_hull(fill) for fill in panels]
    for number, fill in enumerate(panels):
        crop = out[fill.y : fill.y + fill.h, fill.x : fill.x + fill.w]
        before = crop.copy()
        hull = hulls[number]
        inside = hull.astype(bool)
        inner = _inner_hulls(fill, panels[number + 1 :], hulls[number + 1 :])
        far = np.abs(crop.astype(np.float32) - fill.lum * 255) / max(255 * (1 - fill.lum), 64.0)
        if two_colours(far[inside & ~inner], settings):
            far = lighter_than_around(crop, side)  # cells of two colours: each letter against its own
        dark = np.clip((far[inside] - SCAN.noise) / (1 - 2 * SCAN.noise), 0, 1)  # the panel's noise is paper, not ink
        crop[inside] = (255 * (1 - dark)).astype(np.uint8)
        crop[_bars(_thick(crop, side), k, settings)] = 255  # a region of another colour on it (a bar below a band)
        kernel = np.ones((2 * band + 1, 2 * band + 1), np.uint8)
        crop[inside & ~cv2.erode(hull, kernel, borderValue=0).astype(bool)] = 255  # its blurred edge: no ring
        crop[edge_rules(crop, round(settings.scan_panel_border / k), settings.scan_panel_border_run)] = 255
        y0, x0 = max(0, fill.y - band), max(0, fill.x - band)
        around = out[y0 : fill.y + fill.h + band, x0 : fill.x + fill.w + band]
        placed = np.zeros(around.shape, np.uint8)
        placed[fill.y - y0 : fill.y - y0 + fill.h, fill.x - x0 : fill.x - x0 + fill.w] = hull
        grown: np.ndarray = cv2.dilate(placed, kernel)
        around[grown.astype(bool) & ~placed.astype(bool)] = 255  # and the blur just outside it
        crop[inner] = before[inner]  # a darker panel inside it is read against its own colour
    return out


def _hull(fill: Fill) -> np.ndarray:
    """1 on the convex hull of `fill`'s mask (its box's pixels): light text that reaches a panel's
    edge notches its outline."""
    hull = np.zeros(fill.mask.shape, np.uint8)
    contours, _ = cv2.findContours(fill.mask.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if contours:
        cv2.fillConvexPoly(hull, cv2.convexHull(np.vstack(contours)), 1)
    return hull


def _inner_hulls(outer: Fill, others: Sequence[Fill], hulls: Sequence[np.ndarray]) -> np.ndarray:
    """True (on `outer`'s box) on the hulls of the panels of `others` (with their `hulls`) that lie
    within `outer`'s box and are darker than it: a month table's navy band of white names inside
    the grey of its row of cells, one fill with it. Made dark against the grey, the band and its
    letters came out alike dark, read as nonsense taken for a title."""
    out = np.zeros((outer.h, outer.w), bool)
    for fill, hull in zip(others, hulls, strict=True):
        if fill.lum >= outer.lum or not _within((fill.x, fill.y, fill.w, fill.h), (outer.x, outer.y, outer.w, outer.h)):
            continue
        x, y = fill.x - outer.x, fill.y - outer.y
        out[y : y + fill.h, x : x + fill.w] |= hull.astype(bool)
    return out


def two_colours(far: np.ndarray, settings: LayoutSettings = LAYOUT) -> bool:
    """Whether a dark panel is of cells of two colours: at least `scan_panel_colours` of its pixels
    lie between a third and two thirds of the way from its colour to white (`far`, 0-1 a pixel)."""
    return float(np.mean((far > 0.3) & (far < 0.7))) >= settings.scan_panel_colours


def two_colour_cells(
    gray: np.ndarray, panels: list[Fill], k: float, settings: LayoutSettings = LAYOUT
) -> dict[int, list[Pixels]]:
    """The light cells (`light_cells`: x, y, w, h in pixels of the panel's box) of each panel of
    `panels` of cells of two colours (`two_colours`), by the panel's `id`; OCR reads them apart
    from the rest of the panel (`scan_source.read_words`)."""
    side = max(3, round(settings.scan_bar_min / k))
    out: dict[int, list[Pixels]] = {}
    for fill in panels:
        crop = gray[fill.y : fill.y + fill.h, fill.x : fill.x + fill.w]
        far = np.abs(crop.astype(np.float32) - fill.lum * 255) / max(255 * (1 - fill.lum), 64.0)
        if two_colours(far[fill.mask], settings):
            out[id(fill)] = light_cells(crop, side)
    return out


Pixels = tuple[int, int, int, int]  # a box in pixels: x, y, w, h


def lighter_than_around(crop: np.ndarray, side: int) -> np.ndarray:
    """How far each pixel of `crop` (grey levels) is lighter than the panel around it (0 as dark as
    it, 1 white): its level above the crop opened `side` pixels wide (light strokes thinner than
    that are taken off: what is left is each area's own colour), over the way from that colour to
    white. A panel of cells of two colours (a month table's dark header band joined to its active
    cells in orange) has no one colour to measure its letters from: against the mean of the two,
    both came out grey and its text was read as junk. In its light cells (`light_cells`) the text
    is dark: there, how far each pixel is darker than its cell, over the way to black."""
    level = crop.astype(np.float32)
    around = cv2.morphologyEx(crop, cv2.MORPH_OPEN, np.ones((side, side), np.uint8)).astype(np.float32)
    far: np.ndarray = np.clip(level - around, 0, None) / np.maximum(255 - around, 64.0)
    for x, y, w, h in light_cells(crop, side):
        cell = crop[y : y + h, x : x + w]
        paper = cv2.morphologyEx(cell, cv2.MORPH_CLOSE, np.ones((side, side), np.uint8)).astype(np.float32)
        far[y : y + h, x : x + w] = np.clip(paper - level[y : y + h, x : x + w], 0, None) / np.maximum(paper, 64.0)
    return far


def light_cells(crop: np.ndarray, side: int) -> list[Pixels]:
    """The boxes (x, y, w, h in pixels of `crop`, a dark panel of cells of two colours) of its
    cells lighter than mid grey (`mid_grey`): the parts of that level an opening `side` pixels wide
    keeps (no light letter is that thick), each as its bounding box (a cell is a rectangle; its
    dark letters along its edge notch what the opening keeps). Such a cell holds dark text (an
    amber municipality label beside a navy title): `lighter_than_around` measures it as darker
    than the cell's colour there (the crop closed `side` wide: dark strokes taken off). Measured
    as light text, the amber cell's dark letters were lost and its line read into the title."""
    mask = (crop >= SCAN.mid_grey).astype(np.uint8)
    opened = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((side, side), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(opened, connectivity=4)
    return [(int(x), int(y), int(w), int(h)) for x, y, w, h, _ in stats[1:count]]


def edge_rules(crop: np.ndarray, zone: int, share: float) -> np.ndarray:
    """True on the rows (columns) of `crop` (a dark panel's box on the page made readable, pixels)
    within `zone` pixels of its top or bottom (left or right side) that ink (anything darker than
    paper, `paper_level`: the rule comes out a light grey) covers for at least `share` of its width
    (height): a rule along the panel's edge (a table cell's border, lighter than the panel, made a
    grey line by the inversion). Letters leave paper between them along any row; read with a header
    cell's word, the line took the word's box to the cell's height (the word then a title)."""
    ink = crop < SCAN.paper_level
    out = np.zeros(crop.shape, bool)
    height, width = crop.shape
    rows = [i for i in range(height) if i < zone or i >= height - zone]
    columns = [j for j in range(width) if j < zone or j >= width - zone]
    out[[i for i in rows if ink[i].mean() >= share]] = True
    out[:, [j for j in columns if ink[:, j].mean() >= share]] = True
    return out


def _bars(thick: np.ndarray, k: float, settings: LayoutSettings = LAYOUT) -> np.ndarray:
    """`thick` (a mask of areas on a dark panel, `_thick`) without its parts shaped as a box: square
    (`box_squareness`), `box_min`-`box_max` points a side. A light square on a panel is a box printed
    white (`light_squares`), no bar of another colour: wiped, a panel's boxes were lost."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(thick.astype(np.uint8), connectivity=8)
    low, high = settings.box_min / k, settings.box_max / k
    out = thick.copy()
    for label in range(1, count):
        w, h = int(stats[label][2]), int(stats[label][3])
        if low <= w <= high and low <= h <= high and abs(w - h) <= settings.box_squareness * max(w, h):
            out[labels == label] = False
    return out


def _thick(image: np.ndarray, side: int) -> np.ndarray:
    """True on the ink of `image` (smoothed, darker than a quarter grey: a scan's noise leaves a
    grey area patchy) that an opening `side` pixels wide keeps: areas, not strokes."""
    ink = (cv2.medianBlur(image, 5) < 192).astype(np.uint8)
    kept: np.ndarray = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((side, side), np.uint8)).astype(bool)
    return kept


def without_drawings(
    legible: np.ndarray,
    ink: np.ndarray,
    regions: list[Fill],
    found: list[ScannedCheckbox],
    k: float,
    settings: LayoutSettings = LAYOUT,
) -> np.ndarray:
    """A copy of `legible` (the page OCR reads) with the drawings that are no text painted white, so
    that OCR reads no word from them: small fills (a heading's square, a bullet: at most `box_max`
    points a side, `scan_fill_min` at least, at most `scan_icon_aspect` times as long as wide;
    solid: ink covers `scan_icon_solid` of it, which the blob a noisy scan makes of a letter and its
    halo does not; even: its pixels spread by at most `scan_icon_even` (`spread`), as small letters
    blurred into one grey region do not; without a hole, as the counter of an "a" or "o"; starting a line: no ink within
    `scan_icon_lead` of its height left of it and `scan_icon_clear` right of it, as a short word in a
    line or a bold letter of a title has), checkboxes with their marks, and frames (`frames`). They
    stay on the page model, found by the image analysis. Pixels lighter than `scan_paper` are paper."""
    out = legible.copy()
    grow = np.ones((3, 3), np.uint8)
    largest = settings.box_max / k
    for fill in regions:
        square = max(fill.w, fill.h) <= settings.scan_icon_aspect * min(fill.w, fill.h)  # not the stem of an l
        if (
            square
            and max(fill.w, fill.h) <= largest
            and solid_share(legible, fill) >= settings.scan_icon_solid
            and spread(legible, fill) <= settings.scan_icon_even
            and not _has_hole(legible, fill)
            and _clear_beside(
                ink, fill, round(settings.scan_icon_lead * fill.h), round(settings.scan_icon_clear * fill.h)
            )
        ):
            area = out[fill.y : fill.y + fill.h, fill.x : fill.x + fill.w]
            area[cv2.dilate(fill.mask.astype(np.uint8), grow).astype(bool)] = 255
    for box in found:
        drawn = box.extent or box.box  # with the mark drawn past it
        x0, y0 = int(drawn["x0"] / k), int(drawn["top"] / k)
        x1, y1 = int(np.ceil(drawn["x1"] / k)), int(np.ceil(drawn["bottom"] / k))
        out[max(0, y0 - 1) : y1 + 2, max(0, x0 - 1) : x1 + 2] = 255
    out[cv2.dilate(straight_parts(frames(ink, k, settings), k, settings), grow).astype(bool)] = 255
    out[out >= settings.scan_paper * 255] = 255  # the paper's noise: a light panel made white leaves no edge
    return out


def _clear_beside(ink: np.ndarray, fill: Fill, left: int, right: int) -> bool:
    """Whether no ink lies within `left` pixels left of `fill` and `right` pixels right of it (its
    rows), a sixth of its height aside on each side (its own blurred edge) and specks aside (less
    ink than a stroke across its height)."""
    rows = ink[fill.y : fill.y + fill.h]
    edge = max(1, fill.h // 6)
    before = rows[:, max(0, fill.x - edge - left) : max(0, fill.x - edge)]
    after = rows[:, fill.x + fill.w + edge : fill.x + fill.w + edge + right]
    return int(before.sum()) < fill.h and int(after.sum()) < fill.h


def _has_hole(gray: np.ndarray, fill: Fill) -> bool:
    """Whether the ink of `fill` (pixels nearer its colour than the paper's) rings a hole of paper
    at least two pixels big (the counter of a letter)."""
    crop = gray[fill.y : fill.y + fill.h, fill.x : fill.x + fill.w]
    ink = (crop < (fill.lum + 1) / 2 * 255).astype(np.uint8)
    contours, hierarchy = cv2.findContours(ink, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_NONE)
    if hierarchy is None:
        return False
    return any(
        parent >= 0 and cv2.contourArea(c) >= 2 for c, (_, _, _, parent) in zip(contours, hierarchy[0], strict=True)
    )


def spread(gray: np.ndarray, fill: Fill) -> float:
    """Luminance (0-1): the standard deviation of `fill`'s pixels inside its blurred edge (a sixth of
    its smaller side). Low for a drawing printed in one ink; high for small letters a scan blurred
    into one grey region (dark strokes and light paper between them)."""
    band = max(1, min(fill.w, fill.h) // 6)
    core = cv2.erode(fill.mask.astype(np.uint8), np.ones((2 * band + 1, 2 * band + 1), np.uint8), borderValue=0)
    crop = gray[fill.y : fill.y + fill.h, fill.x : fill.x + fill.w][core.astype(bool)]
    return float(np.std(crop)) / 255 if crop.size else 0.0


def solid_share(gray: np.ndarray, fill: Fill, side: int = 0) -> float:
    """The share of `fill`'s region whose pixels are nearer its colour than the paper's (white), or,
    with `side` (pixels, the width no letter's stroke reaches), lie in one of its light cells
    (`light_cells`) and are not paper (under `paper_level`): a panel of cells of two colours (a navy
    title cell beside an amber label cell, one fill whose colour is their mean) is solid, though its
    amber is nearer white than that mean; paper between strokes is not."""
    crop = gray[fill.y : fill.y + fill.h, fill.x : fill.x + fill.w]
    if not fill.mask.any():
        return 0.0
    near = crop < (fill.lum + 1) / 2 * 255
    if side:
        tinted = np.zeros(crop.shape, bool)
        for x, y, w, h in light_cells(crop, side):
            tinted[y : y + h, x : x + w] = True
        near |= tinted & (crop < SCAN.paper_level)
    return float(np.mean(near[fill.mask]))


def frames(ink: np.ndarray, k: float, settings: LayoutSettings = LAYOUT) -> np.ndarray:
    """1 on the ink of frames: connected lines at least `scan_outline_min` points each way, no
    thicker than `scan_rule_width` on average (their ink is at most that width times the length of
    their box's sides), around other ink anywhere within their sides (a panel's outline, a label's
    pill, a table's rules, a tall card whose text fills its top part; a large letter O holds no
    ink)."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    smallest, thick = settings.scan_outline_min / k, settings.scan_rule_width / k
    out = np.zeros(ink.shape, np.uint8)
    for label in range(1, count):
        x, y, w, h, area = stats[label]
        if w < smallest or h < smallest or area > thick * 2 * (w + h):
            continue
        m = int(np.ceil(thick))  # within its sides: a card's text fills its top part, not its middle
        inside = labels[y + m : y + h - m, x + m : x + w - m]
        if np.count_nonzero((inside != label) & (inside != 0)) >= area // 20:
            out[y : y + h, x : x + w][labels[y : y + h, x : x + w] == label] = 1
    return out


def straight_parts(mask: np.ndarray, k: float, settings: LayoutSettings = LAYOUT) -> np.ndarray:
    """1 on the pixels of `mask` (frames) on a horizontal or vertical run at least `scan_rule_min`
    points long (a frame's sides), or within half the shape's smaller side (at least half that
    length) of a rounded corner of its box (a pill's round end: no ink within `scan_corner_tip`
    of the box's corner): the letters whose descenders or ascenders touch a frame's side away from
    its rounded corners are part of its ink but not of its sides nor corners, and stay on the page
    OCR reads (a table's square corner left a label's last line "participan" read "icipan")."""
    long = max(3, round(settings.scan_rule_min / k))
    across = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((1, long), np.uint8))
    down = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((long, 1), np.uint8))
    out: np.ndarray = np.maximum(across, down)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    tip = max(2, round(settings.scan_corner_tip / k))
    for label in range(1, count):
        x, y, w, h, _ = stats[label]
        reach = max(long // 2, min(w, h) // 2)  # a pill's round end spans half its height
        for cx, cy in ((x, y), (x + w - reach, y), (x, y + h - reach), (x + w - reach, y + h - reach)):
            x0, y0 = max(x, cx), max(y, cy)
            tx, ty = (x if cx == x else x + w - tip), (y if cy == y else y + h - tip)
            if (labels[ty : ty + tip, tx : tx + tip] == label).any():
                continue  # a square corner (a table's): its sides are painted out, the letters it touches stay
            corner = labels[y0 : y0 + reach, x0 : x0 + reach] == label
            out[y0 : y0 + reach, x0 : x0 + reach][corner] = 1
    return out


def ink_mask(gray: np.ndarray, settings: LayoutSettings = LAYOUT) -> np.ndarray:
    """1 where a pixel is ink (darker than `scan_ink`), else 0."""
    mask: np.ndarray = (cv2.medianBlur(gray, 3) < settings.scan_ink * 255).astype(np.uint8)
    return mask


def line_mask(
    gray: np.ndarray, regions: list[Fill], settings: LayoutSettings = LAYOUT, k: float | None = None
) -> np.ndarray:
    """1 where a pixel may belong to a drawn line (darker than `scan_line_ink`: a pale rule or outline
    too), except inside dark fills (their gaps between letters are no rules; the fill is a shape)
    larger than a box (`box_max` points, when `k` is given): a smaller one may be a box's mark."""
    mask: np.ndarray = (cv2.medianBlur(gray, 3) < settings.scan_line_ink * 255).astype(np.uint8)
    largest = settings.box_max / k if k else 0.0
    for fill in regions:
        if fill.lum < settings.scan_line_ink and max(fill.w, fill.h) > largest:
            area = mask[fill.y : fill.y + fill.h, fill.x : fill.x + fill.w]
            area[fill.mask] = 0
    return mask


@dataclass(frozen=True)
class ScannedCheckbox:
    """A checkbox found on the image (points): its box, the box of the mark inside when checked, and
    whether its state is in doubt (`unsure_ink`)."""

    box: Points
    mark: Points | None
    unsure: bool = False
    extent: Points | None = None  # the ink's whole box when its mark reaches past it (a tick over its corner)


def panel_ink(legible: np.ndarray, panels: list[Fill], settings: LayoutSettings = LAYOUT) -> np.ndarray:
    """1 where a pixel inside a dark panel's box is dark on `legible` (its light strokes made dark by
    `readable`: the lines of a table drawn light on the panel, its boxes, its letters), else 0."""
    out = np.zeros(legible.shape, np.uint8)
    for panel in panels:
        crop = legible[panel.y : panel.y + panel.h, panel.x : panel.x + panel.w]
        out[panel.y : panel.y + panel.h, panel.x : panel.x + panel.w] = line_mask(crop, [], settings)
    return out


def long_runs(mask: np.ndarray, k: float, settings: LayoutSettings = LAYOUT) -> np.ndarray:
    """1 on the pixels of `mask` on a horizontal or vertical run at least `scan_rule_min` points long
    and no thicker than `scan_rule_width` (a table's rules; no letter has one: a large letter's stem
    is thicker), grown by a pixel (their blur)."""
    long = max(3, round(settings.scan_rule_min / k))
    thick = max(1, round(settings.scan_rule_width / k)) + 1
    across = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((1, long), np.uint8))
    across[cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((thick, long), np.uint8)) > 0] = 0
    down = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((long, 1), np.uint8))
    down[cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((long, thick), np.uint8)) > 0] = 0
    grown: np.ndarray = cv2.dilate(np.maximum(across, down), np.ones((3, 3), np.uint8))
    return grown


def panel_boxes(
    legible: np.ndarray, panels: list[Fill], k: float, settings: LayoutSettings = LAYOUT
) -> list[ScannedCheckbox]:
    """Checkboxes drawn light on dark panels (`boxes` of each panel's area on `legible`, the page with
    each dark panel's light strokes made dark on white by `readable`), in points on the page. The
    page's own ink leaves out a dark panel's inside (its letters' gaps are no rules): a side panel's
    light boxes were not found, and OCR read their outlines as junk ("[O", "l=]")."""
    out: list[ScannedCheckbox] = []
    for panel in panels:
        crop = legible[panel.y : panel.y + panel.h, panel.x : panel.x + panel.w]
        dx, dy = panel.x * k, panel.y * k
        ink = line_mask(crop, [], settings)
        squares = _solid_squares(ink, k, settings)
        outlined = [b for b in boxes(ink, k, settings) if not any(_holds(b.box, q) for q in squares)]
        for found in outlined + light_squares(ink, outlined, k, settings):
            out.append(
                ScannedCheckbox(
                    _shifted(found.box, dx, dy),
                    None if found.mark is None else _shifted(found.mark, dx, dy),
                    found.unsure,
                    None if found.extent is None else _shifted(found.extent, dx, dy),
                )
            )
    return out


def light_squares(
    ink: np.ndarray, outlined: list[ScannedCheckbox], k: float, settings: LayoutSettings = LAYOUT
) -> list[ScannedCheckbox]:
    """The boxes printed as light squares on a dark panel (`ink`: the panel's light strokes made
    dark on white by `readable`, so each is a solid square there): shapes of a box's size
    (`box_min`-`box_max` points, `box_squareness`) whose ink fills `scan_box_solid` of their box.
    A white box on a coloured panel is an empty box filled with the paper's colour (its outline,
    if any, is about as dark as the panel), so they are empty; but among boxes drawn as outlines
    (`outlined`, the panel's other boxes) with one of them empty in its list (□ beside ■, `_in_line`),
    a solid square is a filled box, checked. No letter's strokes fill their box so; a bold letter's counters and the
    gaps between its strokes leave it at most about two thirds ink."""
    empty = [b.box for b in outlined if b.mark is None]
    out: list[ScannedCheckbox] = []
    for box in _solid_squares(ink, k, settings):
        if any(_overlap(box, b.box) for b in outlined):
            continue  # a box found by its outline (its mark a light cross cut through the square)
        inset = (box["x1"] - box["x0"]) * settings.scan_box_inner
        mark: Points = {
            "x0": box["x0"] + inset,
            "top": box["top"] + inset,
            "x1": box["x1"] - inset,
            "bottom": box["bottom"] - inset,
        }
        filled = any(_in_line(box, other, settings) for other in empty)
        out.append(ScannedCheckbox(box, mark if filled else None))
    return out


def _in_line(box: Points, other: Points, settings: LayoutSettings = LAYOUT) -> bool:
    """Whether `other` is a box of `box`'s list: of its size (sides within `box_squareness` of
    each other) and in line with it (left sides or tops within a third of its side). A round
    letter read as an empty outline (the O of "Otra") is neither."""
    side = box["x1"] - box["x0"]
    own = other["x1"] - other["x0"]
    alike = abs(side - own) <= settings.box_squareness * max(side, own)
    return alike and (abs(box["x0"] - other["x0"]) <= side / 3 or abs(box["top"] - other["top"]) <= side / 3)


def _solid_squares(ink: np.ndarray, k: float, settings: LayoutSettings = LAYOUT) -> list[Points]:
    """The boxes (points) of the shapes of `ink` of a box's size (`box_min`-`box_max` points,
    `box_squareness`) whose ink fills `scan_box_solid` of their box (`light_squares`). An outline
    of a box's size around one of them is a table's cell around a box printed light (its sides
    light rules on the panel): no box, and the square in it no mark (`panel_boxes`)."""
    low, high = settings.box_min / k, settings.box_max / k
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    out: list[Points] = []
    for label in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[label])
        if not (low <= w <= high and low <= h <= high) or abs(w - h) > settings.box_squareness * max(w, h):
            continue
        if area >= settings.scan_box_solid * w * h:
            out.append(_box(x, y, w, h, k))
    return out


def _overlap(a: Points, b: Points) -> bool:
    return a["x0"] < b["x1"] and b["x0"] < a["x1"] and a["top"] < b["bottom"] and b["top"] < a["bottom"]


def _shifted(box: Points, dx: float, dy: float) -> Points:
    return {"x0": box["x0"] + dx, "top": box["top"] + dy, "x1": box["x1"] + dx, "bottom": box["bottom"] + dy}


def boxes(ink: np.ndarray, k: float, settings: LayoutSettings = LAYOUT) -> list[ScannedCheckbox]:
    """Checkboxes: square holes of a box's size ringed by ink (see the module's note); and square
    shapes of a box's size with holes whose four sides are ink inside their outline (a box whose
    cross touches its corners, as the ballot glyph ☒ draws it, has four small holes, none square).
    A box holding another box is a table's cell around it, no box (`_holds`)."""
    contours, hierarchy = cv2.findContours(ink, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    if hierarchy is None:
        return []
    found = []
    low, high = settings.box_min / k, settings.box_max / k
    stroke = max(2, round(1.0 / k))  # an outline's width, about a point
    outers = []
    for contour, (_, _, child, parent) in zip(contours, hierarchy[0], strict=True):
        x, y, w, h = cv2.boundingRect(contour)
        if parent < 0:
            if child >= 0:
                outers.append((x, y, w, h))
            continue  # an outer boundary; boxes are found by their holes first
        side_w, side_h = w + 2 * stroke, h + 2 * stroke
        if not (low <= side_w <= high and low <= side_h <= high):
            continue
        if abs(w - h) > settings.box_squareness * max(w, h):
            continue
        if cv2.contourArea(cv2.convexHull(contour)) < settings.scan_box_fill * w * h:
            continue
        if not _ringed(ink, x, y, w, h, stroke):
            continue
        found.append(_box_state(ink, x, y, w, h, k, settings))
    for x, y, w, h in outers:
        if not (low <= w <= high and low <= h <= high) or abs(w - h) > settings.box_squareness * max(w, h):
            continue
        if any(_overlap_px(b.box, x, y, w, h, k) and not _holds_px(b.box, x, y, w, h, k) for b in found):
            continue
        if _cornered(ink, x, y, w, h, stroke) and _ringed(
            ink, x + stroke, y + stroke, w - 2 * stroke, h - 2 * stroke, stroke - 1
        ):
            found.append(_box_state(ink, x + stroke, y + stroke, w - 2 * stroke, h - 2 * stroke, k, settings))
    for x, y, w, h in outers:  # a mark drawn past the box's outline (☑: the tick leaves over a corner)
        if not (low <= min(w, h) and max(w, h) <= settings.scan_box_overdrawn * high):
            continue
        if any(_overlap_px(b.box, x, y, w, h, k) and not _holds_px(b.box, x, y, w, h, k) for b in found):
            continue
        sides = _four_sides(ink[y : y + h, x : x + w], low, high, k, settings)
        if sides is None:
            continue
        bx, by, bw, bh = sides[0] + x, sides[1] + y, sides[2], sides[3]
        if _cornered(ink, bx, by, bw, bh, stroke) and _ringed(
            ink, bx + stroke, by + stroke, bw - 2 * stroke, bh - 2 * stroke, stroke - 1
        ):
            state = _box_state(ink, bx + stroke, by + stroke, bw - 2 * stroke, bh - 2 * stroke, k, settings)
            found.append(state)
    for x, y, w, h in outers:  # a box printed filled, its mark light inside it (a browser's ticked checkbox)
        if not (low <= w <= high and low <= h <= high) or abs(w - h) > settings.box_squareness * max(w, h):
            continue
        if any(_overlap_px(b.box, x, y, w, h, k) for b in found):
            continue
        if not _apart(ink, x, y, w, h):
            continue  # a bold letter of a word (a B, its counters holes): its neighbours stand close
        filled_box = _filled_box(ink[y : y + h, x : x + w], x, y, k, settings)
        if filled_box is not None:
            found.append(filled_box)
    found = [b for b in found if not any(o is not b and _holds(b.box, o.box) for o in found)]  # a cell round a box
    return [_with_extent(b, outers, k, settings.scan_box_overdrawn * high) for b in found]


def _apart(ink: np.ndarray, x: int, y: int, w: int, h: int) -> bool:
    """Whether the columns within a quarter of its width left and right of the shape at (x, y, w,
    h) on `ink` hold no ink over its rows (a speck's few pixels aside): a box stands apart from its
    label, a letter of a word beside its neighbours (a bold capital's gaps are a point or less)."""
    gap = max(2, w // 4)
    rows = ink[y : y + h]
    left, right = rows[:, max(0, x - gap) : x], rows[:, x + w : x + w + gap]
    return all(side.size == 0 or float(side.mean()) <= SCAN.specks for side in (left, right))


def _filled_box(shape: np.ndarray, x: int, y: int, k: float, settings: LayoutSettings) -> ScannedCheckbox | None:
    """The checked box that `shape` (the ink mask of one outline of a box's size, placed at x, y)
    is when it is a square printed solid with a light mark cut out of it: its outline with its
    holes filled covers `scan_box_fill` of its box (a square, its corners rounded or not; an O or a
    D does not), its ink `scan_box_solid` of that (most letters' counters and gaps leave them
    less), and its holes at least `scan_box_ink` of its inner part (`scan_box_inner` left out on
    each side): the mark, as `_box_state` measures ink in an outlined box; and the mark a stroke,
    no letter's bowl (`_bowls`: the bold B of a word in a heading, set a little apart from its
    neighbours at 300 dpi, passed the rest, and was painted out before OCR). The caller keeps
    those standing apart (`_apart`). A browser prints a ticked checkbox so (a coloured square, the
    tick white); its rounded corners fail `_cornered`."""
    outline = np.zeros(shape.shape, np.uint8)
    contours, _ = cv2.findContours(shape.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    cv2.drawContours(outline, contours, -1, 1, cv2.FILLED)
    h, w = shape.shape
    whole = int(outline.sum())
    if whole < settings.scan_box_fill * w * h or int(shape.sum()) < settings.scan_box_solid * whole:
        return None
    holes = outline.astype(bool) & ~shape.astype(bool)
    dx, dy = round(w * settings.scan_box_inner), round(h * settings.scan_box_inner)
    inner = holes[dy : h - dy, dx : w - dx]
    share = float(inner.mean()) if inner.size else 0.0
    if share < settings.scan_box_ink or _bowls(holes):
        return None
    rows, cols = np.nonzero(holes)
    mark = _box(x + cols.min(), y + rows.min(), cols.max() - cols.min() + 1, rows.max() - rows.min() + 1, k)
    return ScannedCheckbox(_box(x, y, w, h, k), mark, unsure_ink(share, settings))


def _bowls(holes: np.ndarray, scan: ScanSettings = SCAN) -> bool:
    """Whether the largest hole of `holes` (a mask of the paper inside a shape's outline) fills at
    least `mark_bowl` of its convex hull (`hull_share`): a letter's counter (the bowls of a bold B
    or 8, the round counter of an O), not the light strokes of a tick or a cross cut out of a
    filled box, which fill about half of theirs or less."""
    return hull_share(holes) >= scan.mark_bowl


def hull_share(mask: np.ndarray) -> float:
    """The share (0-1) of its convex hull that the largest shape of `mask` (8-connected) fills: about
    1 for a dot, a square or a letter's counter; less for a letter's strokes round its notches and
    counters, or a tick's; 0 when `mask` is empty."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask.astype(np.uint8), connectivity=8)
    if count < 2:
        return 0.0
    largest = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    points = cv2.findNonZero((labels == largest).astype(np.uint8))
    hull = np.zeros(mask.shape, np.uint8)
    cv2.fillConvexPoly(hull, cv2.convexHull(points), 1)
    return int(stats[largest, cv2.CC_STAT_AREA]) / max(1, int(hull.sum()))


def _holds(outer: Points, inner: Points) -> bool:
    """Whether box `outer` holds box `inner` whole and is larger than it (a table's cell of a box's
    size around a checkbox: the cell is no box, and the ink of the box inside it no mark)."""
    inside = outer["x0"] <= inner["x0"] and outer["top"] <= inner["top"]
    inside = inside and inner["x1"] <= outer["x1"] and inner["bottom"] <= outer["bottom"]
    return inside and (outer["x1"] - outer["x0"]) * (outer["bottom"] - outer["top"]) > (inner["x1"] - inner["x0"]) * (
        inner["bottom"] - inner["top"]
    )


def _holds_px(box: Points, x: int, y: int, w: int, h: int, k: float) -> bool:
    """Whether `box` (points) holds the pixel box (x, y, w, h) at `k` points a pixel (`_holds`)."""
    return _holds(box, _box(x, y, w, h, k))


def _with_extent(
    found: ScannedCheckbox, outers: list[tuple[int, int, int, int]], k: float, most: float
) -> ScannedCheckbox:
    """`found` with `extent`, the box of its ink shape (an outer outline, pixels), when that shape
    holds the box and reaches past it (a mark drawn over its corner) and spans at most `most` pixels."""
    box = found.box
    for x, y, w, h in outers:
        shape = _box(x, y, w, h, k)
        holds = shape["x0"] <= box["x0"] + k and shape["top"] <= box["top"] + k
        holds = holds and shape["x1"] >= box["x1"] - k and shape["bottom"] >= box["bottom"] - k
        past = shape["x0"] < box["x0"] - k or shape["top"] < box["top"] - k
        past = past or shape["x1"] > box["x1"] + k or shape["bottom"] > box["bottom"] + k
        if holds and past and max(w, h) <= most:
            return dataclasses.replace(found, extent=shape)
    return found


def _four_sides(
    shape: np.ndarray, low: float, high: float, k: float, settings: LayoutSettings
) -> tuple[int, int, int, int] | None:
    """The box (x, y, w, h in pixels of `shape`, an ink mask) drawn by four straight sides within
    an ink shape that also holds strokes reaching past them: the outermost columns and rows whose
    ink runs at least `scan_box_side` of the shape's fullest column or row (a box's sides; a
    tick's slanted strokes cover a column or row only over their width), square (`box_squareness`),
    `low`-`high` pixels a side, each side at most `scan_box_side_width` of the box's side thick (a
    box's outline is thin; a bold o's strokes are not), two of them the shape's own edges (the mark
    leaves over one corner; a round letter's fullest columns and rows lie inside its edges, by more
    than `scan_box_edge` points); None
    when the shape has no such four sides (a letter)."""
    columns, rows = shape.sum(axis=0), shape.sum(axis=1)
    if columns.max() == 0:
        return None
    xs = np.nonzero(columns >= settings.scan_box_side * columns.max())[0]
    ys = np.nonzero(rows >= settings.scan_box_side * rows.max())[0]
    if len(xs) < 2 or len(ys) < 2:
        return None
    x0, x1, y0, y1 = int(xs[0]), int(xs[-1]), int(ys[0]), int(ys[-1])
    w, h = x1 - x0 + 1, y1 - y0 + 1
    if not (low <= w <= high and low <= h <= high) or abs(w - h) > settings.box_squareness * max(w, h):
        return None
    thickest = max(_run_at_ends(xs), _run_at_ends(ys))
    if thickest > settings.scan_box_side_width * min(w, h):
        return None  # thick round strokes (a bold o), not a box's thin outline
    edge = round(settings.scan_box_edge / k)
    own = [x0 <= edge, y0 <= edge, x1 >= shape.shape[1] - 1 - edge, y1 >= shape.shape[0] - 1 - edge]
    if sum(own) < 2:
        return None  # a mark leaves over one corner: two sides are the shape's edges (a round letter has none)
    return x0, y0, w, h


def _run_at_ends(indices: np.ndarray) -> int:
    """The longer of the runs of consecutive `indices` (sorted) at their start and at their end; all
    of them when they make one run (a solid shape: no two sides)."""
    breaks = np.nonzero(np.diff(indices) > 1)[0]
    if breaks.size == 0:
        return len(indices)
    return int(max(breaks[0] + 1, len(indices) - breaks[-1] - 1))


def _cornered(ink: np.ndarray, x: int, y: int, w: int, h: int, stroke: int) -> bool:
    """Whether ink fills each corner of the box (x, y, w, h) a stroke wide (a round letter's does not)."""
    corners = [ink[b : b + stroke, a : a + stroke] for a in (x, x + w - stroke) for b in (y, y + h - stroke)]
    return all(corner.size > 0 and float(corner.mean()) > 0.5 for corner in corners)


def _overlap_px(box: Points, x: int, y: int, w: int, h: int, k: float) -> bool:
    """Whether `box` (points) overlaps the pixel box (x, y, w, h) at `k` points a pixel."""
    return bool(box["x0"] < (x + w) * k and x * k < box["x1"] and box["top"] < (y + h) * k and y * k < box["bottom"])


def _ringed(ink: np.ndarray, x: int, y: int, w: int, h: int, stroke: int) -> bool:
    """Whether ink runs along the four sides just outside the hole (x, y, w, h)."""
    pad = stroke + 1
    top = ink[max(0, y - pad) : y, x : x + w]
    bottom = ink[y + h : y + h + pad, x : x + w]
    left = ink[y : y + h, max(0, x - pad) : x]
    right = ink[y : y + h, x + w : x + w + pad]
    sides = [top.any(axis=0), bottom.any(axis=0), left.any(axis=1), right.any(axis=1)]
    return all(side.size and side.mean() > 0.8 for side in sides)


def _box_state(ink: np.ndarray, x: int, y: int, w: int, h: int, k: float, settings: LayoutSettings) -> ScannedCheckbox:
    dx, dy = round(w * settings.scan_box_inner), round(h * settings.scan_box_inner)
    inner = ink[y + dy : y + h - dy, x + dx : x + w - dx]
    stroke = max(2, round(1.0 / k))
    box = _box(x - stroke, y - stroke, w + 2 * stroke, h + 2 * stroke, k)
    share = float(inner.mean()) if inner.size else 0.0
    unsure = unsure_ink(share, settings)
    if share < settings.scan_box_ink:
        return ScannedCheckbox(box, None, unsure)
    hole = ink[y : y + h, x : x + w]
    rows, cols = np.nonzero(hole)
    mark = _box(x + cols.min(), y + rows.min(), cols.max() - cols.min() + 1, rows.max() - rows.min() + 1, k)
    return ScannedCheckbox(box, mark, unsure)


def over_pale_fill(
    found: ScannedCheckbox, gray: np.ndarray, k: float, settings: LayoutSettings = LAYOUT
) -> ScannedCheckbox:
    """`found` (points) with its state read again when the box is filled with a pale colour (a
    form field's light blue): the median grey of its inner part (`scan_box_inner` left out on each
    side) on `gray` lies between the line level (`scan_line_ink`: what `boxes` took for ink) and
    the text's (`scan_ink`), so its fill passed for a mark covering it. Then the mark is the ink
    darker than text's level there (a tick printed over the fill), checked when it covers
    `scan_box_ink` of the inner part, in doubt as `unsure_ink` says. A mark printed dark (a solid
    square in the box) has a dark median and keeps its state."""
    if found.mark is None:
        return found
    box = found.box
    x0, y0 = int(np.ceil(box["x0"] / k)), int(np.ceil(box["top"] / k))
    x1, y1 = int(box["x1"] / k), int(box["bottom"] / k)
    dx, dy = round((x1 - x0) * settings.scan_box_inner), round((y1 - y0) * settings.scan_box_inner)
    inner = gray[y0 + dy : y1 - dy, x0 + dx : x1 - dx]
    if inner.size == 0:
        return found
    middle = float(np.median(inner))
    if not settings.scan_ink * 255 <= middle < settings.scan_line_ink * 255:
        return found
    dark = inner < settings.scan_ink * 255
    share = float(dark.mean())
    if share < settings.scan_box_ink:
        return dataclasses.replace(found, mark=None, unsure=unsure_ink(share, settings))
    rows, cols = np.nonzero(dark)
    left, top = x0 + dx + int(cols.min()), y0 + dy + int(rows.min())
    mark = _box(left, top, int(cols.max() - cols.min()) + 1, int(rows.max() - rows.min()) + 1, k)
    return dataclasses.replace(found, mark=mark, unsure=unsure_ink(share, settings))


def unsure_ink(share: float, settings: LayoutSettings = LAYOUT) -> bool:
    """Whether a box whose inner part ink covers `share` (0-1) of leaves its state in doubt: the
    share lies within `scan_box_unsure` times `scan_box_ink` either way (a faint or small tick, or
    specks a scan left in an empty box). An empty box has no ink inside; a tick or a cross covers
    several times the threshold."""
    low, high = settings.scan_box_ink / settings.scan_box_unsure, settings.scan_box_ink * settings.scan_box_unsure
    return low <= share < high


def rules(ink: np.ndarray, k: float, settings: LayoutSettings = LAYOUT, regions: list[Fill] = ()) -> list[Graphic]:  # type: ignore[assignment]
    """Horizontal and vertical rules at least `scan_rule_min` points long and at most
    `scan_rule_width` thick, as lines; a vertical rule is cut where it crosses the top or bottom
    edge of a fill of `regions`, on it or along its side within `scan_fill_blur` (a table's side
    drawn through its header bar and its body: two sides, as a born-digital table draws them)."""
    long, thick = max(3, round(settings.scan_rule_min / k)), settings.scan_rule_width / k
    blur = max(1, round(settings.scan_fill_blur / k))  # a fill's box may stop short of a side on its edge
    out: list[Graphic] = []
    for kernel in (np.ones((1, long), np.uint8), np.ones((long, 1), np.uint8)):
        kept = cv2.morphologyEx(ink, cv2.MORPH_OPEN, kernel)
        count, _, stats, _ = cv2.connectedComponentsWithStats(kept, connectivity=8)
        for x, y, w, h, _ in stats[1:count]:
            if min(w, h) <= thick:
                crossed = [f for f in regions if f.x - blur <= x + w and x <= f.x + f.w + blur] if h > w else []
                cuts = [f.y + f.h for f in crossed if y < f.y + f.h < y + h]
                cuts += [f.y for f in crossed if y < f.y < y + h]
                edges = [y, *sorted(set(cuts)), y + h]
                for top, bottom in itertools.pairwise(edges):
                    if bottom - top >= long or len(edges) == 2:
                        out.append(graphic(_box(x, top, w, bottom - top, k)))
    return out


def outlines(ink: np.ndarray, k: float, settings: LayoutSettings = LAYOUT) -> list[Graphic]:
    """Outlined panels: holes at least `scan_outline_min` points on each side ringed by ink, as
    stroked rects (the outline's outer box)."""
    contours, hierarchy = cv2.findContours(ink, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    if hierarchy is None:
        return []
    smallest = settings.scan_outline_min / k
    out: list[Graphic] = []
    stroke = max(2, round(1.0 / k))
    for contour, (_, _, _, parent) in zip(contours, hierarchy[0], strict=True):
        if parent < 0:
            continue
        x, y, w, h = cv2.boundingRect(contour)
        if w < smallest or h < smallest or cv2.contourArea(contour) < settings.scan_box_fill * w * h:
            continue
        if max(w, h) + 2 * stroke <= settings.box_max / k and abs(w - h) <= settings.box_squareness * max(w, h):
            continue  # a box (`boxes`)
        if _ringed(ink, x, y, w, h, stroke):
            out.append(graphic(_box(x - stroke, y - stroke, w + 2 * stroke, h + 2 * stroke, k)))
    return out


def marks(ink: np.ndarray, k: float, settings: LayoutSettings = LAYOUT) -> list[Points]:
    """Hand or printed marks standing alone (a tick or a cross in a table's cell): ink blobs
    `scan_mark_min`-`scan_mark_max` points high, about as wide as high, whose ink covers at most
    `scan_mark_ink` of their box (strokes, not a filled dot); boxes in points. The caller keeps those
    no word was read from."""
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    low, high = settings.scan_mark_min / k, settings.scan_mark_max / k
    out = []
    for x, y, w, h, area in stats[1:count]:
        if low <= h <= high and 0.5 * h <= w <= 1.5 * h and area <= settings.scan_mark_ink * w * h:
            out.append(_box(x, y, w, h, k))
    return out


MarkShape = Literal["tick", "cross"]


def _ink_runs(profile: np.ndarray, gap: int) -> list[tuple[int, int]]:
    """(first, last) index of each run of true values of `profile`, runs parted by fewer than `gap`
    false values joined."""
    out: list[tuple[int, int]] = []
    for i in np.flatnonzero(profile):
        if out and i - out[-1][1] <= gap:
            out[-1] = (out[-1][0], int(i))
        else:
            out.append((int(i), int(i)))
    return out


def mark_shape(ink: np.ndarray, settings: LayoutSettings = LAYOUT) -> MarkShape | None:
    """The shape of one mark's ink (`ink`: a box cut from an ink mask, pixels; the ink's own box is
    measured): "cross" when the band of its bottom `scan_mark_band` of its height holds two stroke
    ends at least `scan_mark_apart` of its width apart (an X, a ✗: two feet) and so does its top band
    (two arms' ends: a letter A standing alone in a cell, one apex, is no cross); "tick" when that band
    holds one run ending left of 1.5 `scan_tick_reach` of the width (the vertex) and its top band one
    run starting right of `scan_tick_reach` (the long arm's end: a ✓, a ✔); None for any other shape.
    OCR reads ✗ and ✓ alike ("X", "Y"): the shape tells the two glyphs of a ✓ / ✗ display apart."""
    mask = ink > 0
    if not mask.any():
        return None
    rows, cols = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
    mask = mask[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]  # the ink's own box
    height, width = mask.shape
    if height < 4 or width < 4:
        return None
    band = max(1, round(settings.scan_mark_band * height))
    gap = max(1, round(settings.scan_mark_apart * width))
    feet = _ink_runs(np.any(mask[height - band :], axis=0), gap)
    tops = _ink_runs(np.any(mask[:band], axis=0), gap)
    if len(feet) >= 2 and len(tops) >= 2:  # four stroke ends: a letter A's apex (two feet, one top) is no cross
        return "cross"
    reach = settings.scan_tick_reach * width
    if len(feet) == 1 and len(tops) == 1 and feet[0][1] <= 1.5 * reach and tops[0][0] >= reach:
        return "tick"
    return None


def stroke_width(ink: np.ndarray) -> float:
    """Pixels: the usual width of the strokes in `ink` (twice the ink over its boundary pixels)."""
    area = int(ink.sum())
    if area == 0:
        return 0.0
    inner = cv2.erode(ink, np.ones((3, 3), np.uint8))
    boundary = area - int(inner.sum())
    return 2.0 * area / max(boundary, 1)


def split_at_rules(fills: list[Graphic], lines: list[Graphic], settings: LayoutSettings = LAYOUT) -> list[Graphic]:
    """`fills` (points) cut where a rule of `lines` crosses one from side to side (within
    `scan_word_pad`), with at least `scan_fill_min` of it on each side: the shading of a table's
    column is read as one fill with the rules between its cells (as dark as its letters); cut, it
    is the cells' shading, one fill a cell, as a born-digital table draws it. One fill over two
    rows was taken for a panel, whose labels were read before the values beside them."""
    out: list[Graphic] = []
    for fill in fills:
        pieces = [fill]
        for rule in lines:
            pieces = [part for piece in pieces for part in _cut(piece, rule, settings)]
        out += pieces
    return out


def _cut(piece: Graphic, rule: Graphic, settings: LayoutSettings) -> list[Graphic]:
    """`piece` cut in two by `rule` when it crosses it (see `split_at_rules`), else `piece`."""
    pad, least = settings.scan_word_pad, settings.scan_fill_min
    if rule["x1"] - rule["x0"] >= rule["bottom"] - rule["top"]:  # across
        spans = rule["x0"] <= piece["x0"] + pad and rule["x1"] >= piece["x1"] - pad
        if spans and piece["top"] + least <= rule["top"] and rule["bottom"] <= piece["bottom"] - least:
            return [{**piece, "bottom": rule["top"]}, {**piece, "top": rule["bottom"]}]
        return [piece]
    spans = rule["top"] <= piece["top"] + pad and rule["bottom"] >= piece["bottom"] - pad
    if spans and piece["x0"] + least <= rule["x0"] and rule["x1"] <= piece["x1"] - least:
        return [{**piece, "x1": rule["x0"]}, {**piece, "x0": rule["x1"]}]
    return [piece]
