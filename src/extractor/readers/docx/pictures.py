"""Pictures standing as marks in a Word document: a tick icon in a month cell, a box drawn as an image
before a category's name.

A picture in a run (DrawingML `w:drawing` with `a:blip`, inline or anchored; VML `v:imagedata` in
`w:pict`) of a mark's size is a `CheckboxToken` checked, of method "picture", carrying its design
(a digest of the image part's bytes) and its ink (the share of dark pixels over white,
`readers.pdf.sources.pictures.dark_share`); the display it stands in reads it
(`layout.settle_pictures`), as the PDF reader does (`readers/pdf/pictures.py`). A mark's size: both
sides `MIN_SIDE` points or more, at most `MARK_SIZE` times the run's font size (`DEFAULT_SIZE` when
no style says), near square (`SQUARENESS`). A photo or a logo is larger: no token, as before.
"""

from __future__ import annotations

import re
from io import BytesIO
from typing import Any

from docx.oxml.ns import qn
from PIL import Image, UnidentifiedImageError

from ...layout import MONTHS, UNCLEAR, ReaderNote, Table
from ...settings import LAYOUT
from ..pdf.sources.pictures import dark_share, digest, measured
from .ooxml import Element, local

EMU_PER_POINT = 12700  # English Metric Units in a point (ECMA-376 Part 1, 20.1.2.1)
MIN_SIDE = LAYOUT.box_min  # points: smallest side of a picture read as a mark (as the PDF reader's boxes)
MARK_SIZE = LAYOUT.picture_mark_size  # font sizes: largest side of a picture read as a mark
SQUARENESS = LAYOUT.picture_mark_squareness  # fraction of the longer side the two sides may differ by
DEFAULT_SIZE = 11.0  # points: the font size assumed when no style gives one (Word's default body size)
LIST_MIN = LAYOUT.picture_list_min  # pictures before text that make a list of boxes (`PictureParts.labelled`)
VML_IMAGE = "{urn:schemas-microsoft-com:vml}imagedata"
_VML_LENGTH = re.compile(r"(width|height)\s*:\s*([\d.]+)\s*(pt|in|cm|mm|px)?", re.IGNORECASE)
_UNIT_POINTS = {"pt": 1.0, "in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "px": 0.75, "": 0.75}


class PictureParts:
    """The image parts a document part relates to (`r:embed`, `r:id`), each read once: its digest
    and ink (None when not measured: too large, or no raster Pillow reads)."""

    def __init__(self, part: Any, body: Element | None = None) -> None:
        """`body`: the document's body, whose paragraphs say whether pictures before text are a list's
        boxes (`labelled`)."""
        self.part = part
        self.known: dict[str, tuple[str, float | None] | None] = {}
        self.labelled = body is not None and self._boxes_before_text(body)

    def _boxes_before_text(self, body: Element) -> bool:
        """Whether the mark-sized pictures of the paragraphs holding text make a list of boxes:
        `LIST_MIN` or more, of exactly two designs (a box and a ticked box). Of one design they are
        bullets, of many icons (one before each heading): such a picture marks nothing and its
        paragraph stays text."""
        designs: list[str] = []
        for paragraph in body.iter(qn("w:p")):
            if not any((t.text or "").strip() for t in paragraph.iter(qn("w:t"))):
                continue
            for tag in (qn("a:blip"), VML_IMAGE):
                for element in paragraph.iter(tag):
                    found = picture_mark(element, 0.0, self)
                    if found is not None:
                        designs.append(found[0])
        return len(designs) >= LIST_MIN and len(set(designs)) == 2

    def facts(self, rid: str) -> tuple[str, float | None] | None:
        if rid not in self.known:
            self.known[rid] = self._read(rid)
        return self.known[rid]

    def _read(self, rid: str) -> tuple[str, float | None] | None:
        try:
            blob: bytes = self.part.related_parts[rid].blob
        except (KeyError, AttributeError):
            return None
        return digest(blob), _ink(blob)


def _ink(blob: bytes) -> float | None:
    try:
        with Image.open(BytesIO(blob)) as picture:
            if not measured(picture.size[0] * picture.size[1]):
                return None
            picture.load()
            return dark_share(picture)
    except (UnidentifiedImageError, OSError, ValueError):
        return None


def _extent(element: Element) -> tuple[float, float] | None:
    """The printed size (points) of the drawing or VML shape holding `element` (an `a:blip` or a
    `v:imagedata`), None when it says none."""
    node: Element | None = element
    while node is not None:
        tag = local(node)
        if tag in ("inline", "anchor"):
            extent = next((c for c in node if local(c) == "extent"), None)
            if extent is None:
                return None
            cx, cy = extent.get("cx") or "", extent.get("cy") or ""
            return (int(cx) / EMU_PER_POINT, int(cy) / EMU_PER_POINT) if cx.isdigit() and cy.isdigit() else None
        if tag in ("shape", "rect", "roundrect", "oval") and node.get("style"):
            found = {
                k.lower(): float(v) * _UNIT_POINTS[(u or "").lower()]
                for k, v, u in _VML_LENGTH.findall(node.get("style") or "")
            }
            return (found["width"], found["height"]) if "width" in found and "height" in found else None
        if tag in ("drawing", "pict", "r"):
            return None
        node = node.getparent()
    return None


def mark_sized(extent: tuple[float, float], size: float) -> bool:
    """Whether a picture printed `extent` points wide and tall is a mark's size beside text of `size` points."""
    low, high = sorted(extent)
    return low >= MIN_SIDE and high <= MARK_SIZE * (size or DEFAULT_SIZE) and high - low <= SQUARENESS * high


def picture_mark(element: Element, size: float, parts: PictureParts | None) -> tuple[str, float | None] | None:
    """The design and ink of the picture `element` (`a:blip`, `v:imagedata`) when it is printed at a
    mark's size (`mark_sized`) beside text of `size` points; None when it is no mark (larger, or
    no size given: `DEFAULT_SIZE`)."""
    extent = _extent(element)
    if extent is None or not mark_sized(extent, size):
        return None
    rid = element.get(qn("r:embed")) or element.get(qn("r:id")) or ""
    facts = parts.facts(rid) if parts is not None and rid else None
    return facts if facts is not None else (f"part:{rid}", None)


def unread_month_pictures(table: Table) -> list[ReaderNote]:
    """A note on `fechas_implementacion.meses` when body cells of a month table, unmarked, print a
    picture read as no mark (`Cell.picture`: no mark's size or shape): the months may be marked by it."""
    header = {c.col: c.text for c in table.cells if c.row == 0}
    held = [header.get(c.col, "?") for c in table.cells if c.row > 0 and c.mark is None and c.picture]
    if not held:
        return []
    message = (
        f"una imagen en la celda de {', '.join(f'«{m}»' for m in held)} no se leyó como marca: puede marcar el mes"
    )
    return [ReaderNote(UNCLEAR, message, table.prov, campo=MONTHS)]
