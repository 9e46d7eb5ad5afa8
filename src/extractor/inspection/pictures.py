"""Page pictures: each PDF page rendered by pdfplumber (pypdfium2) with what was read drawn over it.

Section regions in blue (the union of the section's items on that page),
ficha titles in purple, recognised headings in orange, other text blocks in a
thin grey line, checkboxes in green (checked) or grey (unchecked), month
tables in teal with each month cell green (marked) or grey.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
from PIL import ImageFont

from ..layout import BBox, Checkbox, TextBlock, bbox_union, is_month_table
from ..segment.fichas import Placed
from .build import Inspection, month_cells_of

RESOLUTION = 110
SECTION = ((40, 110, 230), (40, 110, 230, 28))
TITLE = ((130, 40, 170), (130, 40, 170, 30))
HEADING = ((235, 120, 0), (235, 120, 0, 45))
TEXT = ((150, 150, 150), (0, 0, 0, 0))
CHECKED = ((0, 160, 60), (0, 200, 70, 110))
UNCHECKED = ((120, 120, 120), (150, 150, 150, 60))
TABLE = ((0, 140, 140), (0, 0, 0, 0))
Colours = tuple[tuple[int, int, int], tuple[int, int, int, int]]  # outline RGB, fill RGBA


def section_regions(entries: list[Placed]) -> dict[tuple[int, str | None], BBox]:
    """(ficha, section) -> the bbox around that section's items on one page."""
    boxes: dict[tuple[int, str | None], list[BBox]] = {}
    for entry in entries:
        if entry.ficha is not None and entry.item.prov.bbox is not None:
            boxes.setdefault((entry.ficha, entry.section), []).append(entry.item.prov.bbox)
    return {key: bbox_union(found) for key, found in boxes.items()}


class _Canvas:
    """A pdfplumber PageImage with captions."""

    def __init__(self, page: pdfplumber.page.Page) -> None:
        self.image = page.to_image(resolution=RESOLUTION)
        self.font_size = max(9, RESOLUTION // 9)
        self.font = ImageFont.load_default(size=self.font_size)

    def box(self, bbox: BBox, colours: Colours, width: int = 1) -> None:
        stroke, fill = colours
        pad = 1.0  # a hair outside the box, so the outline does not hide what it outlines
        self.image.draw_rect(
            (bbox[0] - pad, bbox[1] - pad, bbox[2] + pad, bbox[3] + pad), fill=fill, stroke=stroke, stroke_width=width
        )

    def caption(self, x: float, top: float, text: str, colour: tuple[int, int, int], above: bool = False) -> None:
        """Text at (x, top) in PDF points, or just above that point, on a white ground."""
        px = (x - self.image.bbox[0]) * self.image.scale
        py = (top - self.image.bbox[1]) * self.image.scale - (self.font_size + 3 if above else 0)
        ground = self.image.draw.textbbox((px, max(0, py)), text, font=self.font)
        self.image.draw.rectangle(ground, fill=(255, 255, 255, 210))
        self.image.draw.text((px, max(0, py)), text, fill=colour, font=self.font)

    def save(self, path: Path) -> None:
        self.image.save(path, format="PNG")


def _draw_entry(canvas: _Canvas, entry: Placed) -> None:
    item, bbox = entry.item, entry.item.prov.bbox
    if bbox is None:
        return
    if isinstance(item, Checkbox):
        canvas.box(bbox, CHECKED if item.checked else UNCHECKED, width=2)
    elif isinstance(item, TextBlock) and entry.heading is not None:
        canvas.box(bbox, HEADING, width=2)
    elif isinstance(item, TextBlock):
        canvas.box(bbox, TITLE if entry.section == "title" else TEXT, width=1)
    elif is_month_table(item):
        canvas.box(bbox, TABLE, width=2)
        for cell in month_cells_of(entry):
            marked = cell.cell.mark is not None and cell.cell.mark.checked
            if cell.cell.prov.bbox is not None:
                canvas.box(cell.cell.prov.bbox, CHECKED if marked else UNCHECKED, width=1)


def page_picture(page: pdfplumber.page.Page, entries: list[Placed], path: Path) -> None:
    canvas = _Canvas(page)
    for bbox in section_regions(entries).values():
        canvas.box((bbox[0] - 3, bbox[1] - 3, bbox[2] + 3, bbox[3] + 3), SECTION)
    for entry in entries:
        _draw_entry(canvas, entry)
    scores = {(e.ficha, e.section): e.heading[1] for e in entries if e.heading is not None and e.ficha is not None}
    for key, bbox in section_regions(entries).items():  # captions last, over every outline
        heading = f"  (heading {scores[key]:.0f})" if key in scores else ""
        canvas.caption(bbox[0] - 3, bbox[1] - 3, f"ficha {key[0]} · {key[1]}{heading}", SECTION[0], above=True)
    canvas.save(path)


def write_pictures(inspection: Inspection, folder: Path, password: str | None = None) -> list[Path]:
    """One PNG per shown page of a PDF, named <document>-page-NNN.png; returns the files written.
    `password` opens an encrypted PDF (the one it was read with)."""
    folder.mkdir(parents=True, exist_ok=True)
    shown = inspection.shown()
    written = []
    with pdfplumber.open(inspection.path, password=password or "") as pdf:
        for number in inspection.pages or range(1, len(pdf.pages) + 1):
            page = pdf.pages[number - 1]
            path = folder / f"{inspection.path.stem}-page-{number:03d}.png"
            page_picture(page, [e for e in shown if e.page == number], path)
            page.close()
            written.append(path)
    return written
