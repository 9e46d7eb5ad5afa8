"""One PDF page reduced to plain dicts: words, graphics and form widgets.

pdfplumber's page objects are heavy and cache everything; we copy out what
the later steps need (pdfplumber's own dict shape: x0, top, x1, bottom) and
let the page go.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pdfminer.pdftypes import resolve1
from pdfminer.psparser import PSLiteral

from .settings import LAYOUT, LayoutSettings

_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)


@dataclass
class PageObjects:
    number: int  # 1-based
    width: float
    height: float
    words: list[dict] = field(default_factory=list)
    shapes: list[dict] = field(default_factory=list)  # rects and closed curves
    strokes: list[dict] = field(default_factory=list)  # lines and open curves
    widgets: list[dict] = field(default_factory=list)  # AcroForm checkboxes


def is_bold(fontname: str) -> bool:
    return bool(_BOLD.search(fontname or ""))


def luminance(color) -> float | None:
    """0 (black) .. 1 (white) for a pdfplumber colour, None when unknown (ITU-R BT.601 luma weights)."""
    if color is None or isinstance(color, (str, PSLiteral)):
        return None
    values = list(color) if isinstance(color, (list, tuple)) else [color]
    try:
        values = [float(v) for v in values]
    except (TypeError, ValueError):
        return None
    if len(values) == 1:
        return values[0]
    if len(values) == 3:
        r, g, b = values
        return 0.299 * r + 0.587 * g + 0.114 * b
    if len(values) == 4:
        c, m, y, k = values
        return (1 - k) * (1 - (0.299 * c + 0.587 * m + 0.114 * y))
    return None


def hex_color(color) -> str | None:
    lum = luminance(color)
    if lum is None:
        return None
    values = list(color) if isinstance(color, (list, tuple)) else [color]
    if len(values) == 3:
        return "".join(f"{round(float(v) * 255):02X}" for v in values)
    grey = round(lum * 255)
    return f"{grey:02X}" * 3


def _plain(obj: dict, **extra) -> dict:
    keep = {k: obj[k] for k in ("x0", "top", "x1", "bottom")}
    keep.update(extra)
    return keep


def read_page(page, settings: LayoutSettings = LAYOUT) -> PageObjects:
    """Copy what the reader needs out of a pdfplumber page."""
    out = PageObjects(page.page_number, float(page.width), float(page.height))
    for word in page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False):
        out.words.append(
            _plain(word, text=word["text"], font=word["fontname"], size=round(float(word["size"]), 2),
                   bold=is_bold(word["fontname"]))
        )
    for rect in page.rects:
        out.shapes.append(_plain(rect, fill=bool(rect.get("fill")), stroke=bool(rect.get("stroke")),
                                 fill_lum=luminance(rect.get("non_stroking_color")) if rect.get("fill") else None,
                                 fill_color=hex_color(rect.get("non_stroking_color")) if rect.get("fill") else None,
                                 kind="rect"))
    for curve in page.curves:
        pts = curve.get("pts") or []
        gap = settings.closed_curve_gap
        closed = bool(pts) and len(pts) > 3 and abs(pts[0][0] - pts[-1][0]) < gap and abs(pts[0][1] - pts[-1][1]) < gap
        if curve.get("fill") or closed:
            out.shapes.append(_plain(curve, fill=bool(curve.get("fill")), stroke=bool(curve.get("stroke")),
                                     fill_lum=luminance(curve.get("non_stroking_color")) if curve.get("fill") else None,
                                     fill_color=hex_color(curve.get("non_stroking_color")) if curve.get("fill") else None,
                                     kind="curve"))
        else:
            out.strokes.append(_plain(curve, kind="curve"))
    for line in page.lines:
        out.strokes.append(_plain(line, kind="line"))
    out.widgets = list(_checkbox_widgets(page))
    return out


def _name(value) -> str | None:
    value = resolve1(value)
    if isinstance(value, PSLiteral):
        return value.name if isinstance(value.name, str) else value.name.decode("latin-1")
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return value if isinstance(value, str) else None


def _inherited(data: dict, key: str):
    node, seen = data, 0
    while isinstance(node, dict) and seen < 20:
        if key in node:
            return resolve1(node[key])
        node, seen = resolve1(node.get("Parent")), seen + 1
    return None


def _checkbox_widgets(page):
    """AcroForm checkbox and radio widgets: checked when their state is present and not /Off."""
    for annot in page.annots or []:
        data = resolve1(annot.get("data")) or {}
        if _name(data.get("Subtype")) != "Widget" or _name(_inherited(data, "FT")) != "Btn":
            continue
        flags = _inherited(data, "Ff") or 0
        if isinstance(flags, int) and flags & (1 << 16):  # push button
            continue
        state = _name(data.get("AS")) or _name(_inherited(data, "V"))
        label = _inherited(data, "TU") or _inherited(data, "T")
        if isinstance(label, bytes):
            label = label.decode("utf-16" if label[:2] in (b"\xfe\xff", b"\xff\xfe") else "latin-1", "replace")
        yield {
            "x0": float(annot["x0"]), "top": float(annot["top"]),
            "x1": float(annot["x1"]), "bottom": float(annot["bottom"]),
            "checked": state not in (None, "Off", ""), "name": label if isinstance(label, str) else None,
        }
