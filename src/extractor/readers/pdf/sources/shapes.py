"""What both page sources decide alike from coordinates and matrices, compared as the sources keep
coordinates (`PRECISION`): which painted subpath is a rect (pdfminer's rule,
`PDFLayoutAnalyzer.paint_path`), and whether a character is set upright or turned.

pdfminer asks a closed four-sided path's corners to be exactly equal in x and y: a rectangle drawn
under a matrix that turns it a quarter turn (a page drawn turned, then shown upright by its /Rotate:
cos(pi/2) is 6e-17, not 0) misses that by float noise, in some corners and not in others, and
PDFium's float32 misses it in others again. Compared at 1/1000 pt, either engine reads every such
rectangle as a rect. Likewise a character's matrix under such a turn has entries of 1e-16 where
a quarter turn has 0: pdfminer's `upright` (b * c <= 0) then holds for some characters of a word
and not for others, and its words break there; an entry that moves a glyph by less than 1/1000 pt
is read as 0 (`flat`)."""

from __future__ import annotations

from collections.abc import Sequence

PRECISION = 3  # decimals kept of PDFium's float32 coordinates (1/1000 pt)

Point = tuple[float, float]


def _same(p: Point, q: Point) -> bool:
    return round(p[0] - q[0], PRECISION) == 0 and round(p[1] - q[1], PRECISION) == 0


def rect_shape(shape: str, pts: Sequence[Point]) -> tuple[str, list[Point]]:
    """A subpath's shape ("m", "l", "c", "h" operators) and end points, a redundant last "l" before
    "h" dropped (pdfminer: the "l" back to the start)."""
    out = list(pts)
    if len(shape) > 3 and shape[-2:] == "lh" and _same(out[-2], out[0]):
        return shape[:-2] + "h", out[:-2] + out[-1:]
    return shape, out


def is_rect(shape: str, pts: Sequence[Point]) -> bool:
    """Whether a subpath (its shape after `rect_shape`, its end points, the start again for "h") is
    an axis-aligned closed four-sided path: pdfminer's rect, corners equal at `PRECISION`."""
    if shape not in ("mlllh", "mllll") or len(pts) != 5:
        return False
    (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts

    def eq(u: float, v: float) -> bool:
        return round(u - v, PRECISION) == 0

    square = (eq(x0, x1) and eq(y1, y2) and eq(x2, x3) and eq(y3, y0)) or (
        eq(y0, y1) and eq(x1, x2) and eq(y2, y3) and eq(x3, x0)
    )
    return square and _same(pts[0], pts[4])


def flat(entry: float, size: float) -> bool:
    """Whether a character matrix's entry that turns a glyph of `size` points moves it by less than
    the coordinates keep (`PRECISION`): float noise, as cos(pi/2) in a quarter turn's matrix."""
    return round(entry * size, PRECISION) == 0


def is_upright(a: float, b: float, c: float, d: float, size: float) -> bool:
    """pdfminer's `LTChar.upright` (a * d > 0 and b * c <= 0) of a character's matrix (page space,
    pdfminer's: the page's /Rotate applied), its float noise read as 0 (`flat`)."""
    return a * d > 0 and (flat(b, size) or flat(c, size) or b * c <= 0)


def turn_of(a: float, b: float, size: float) -> float:
    """The sine of a character's baseline's turn (counter-clockwise) from its matrix's a and b, 0 for
    float noise (`flat`)."""
    return 0.0 if flat(b, size) else b / (a * a + b * b) ** 0.5
