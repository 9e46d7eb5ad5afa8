"""PDF reader: pdfplumber pages -> one `Layout` in reading order.

Per page: words and graphics are copied out and the page is closed; running
headers, footers and page numbers are dropped (lines in the top or bottom
band that repeat across pages, or a lone number there); checkboxes and month
tables are found and take their words; what is left becomes line fragments,
ordered by panel-aware XY-cut and grouped into paragraphs.
"""

from __future__ import annotations

import re
from collections import Counter

import pdfplumber

from ..layout import Checkbox, Layout, Provenance
from ..text import fold
from .pdf_grid import month_tables
from .pdf_marks import Mark, attach_labels, find_marks
from .pdf_order import Unit, blocks, line_fragments, paragraph_gap, reading_order
from .pdf_page import PageObjects, read_page

MARGIN_BAND = 0.09  # top and bottom share of the page where running headers live


def read_pages(path: str, password: str | None = None) -> list[PageObjects]:
    pages = []
    with pdfplumber.open(path, password=password or "") as pdf:
        for page in pdf.pages:
            pages.append(read_page(page))
            page.close()
    return pages


def _margin_key(unit: Unit) -> str:
    return re.sub(r"\d+", "#", fold(unit.payload.text))


def _in_margin(unit: Unit, page: PageObjects) -> bool:
    return unit.bottom < MARGIN_BAND * page.height or unit.top > (1 - MARGIN_BAND) * page.height


def running_keys(pages: list[PageObjects]) -> set[str]:
    """Margin lines that repeat on several pages: running headers and footers."""
    seen: Counter[str] = Counter()
    for page in pages:
        keys = {_margin_key(u) for u in line_fragments(page.words, page.number) if _in_margin(u, page)}
        seen.update(keys)
    needed = max(2, int(0.4 * len(pages)))
    return {key for key, count in seen.items() if count >= needed}


def _is_running(unit: Unit, page: PageObjects, keys: set[str]) -> bool:
    if not _in_margin(unit, page):
        return False
    return _margin_key(unit) in keys or bool(re.fullmatch(r"[\d\W]*\d[\d\W]*", unit.payload.text))


def _running_words(page: PageObjects, keys: set[str]) -> set[int]:
    """Indices of the words that make up running headers, footers and page numbers."""
    running = set()
    for unit in line_fragments(page.words, page.number):
        if _is_running(unit, page, keys):
            running.update(i for i, w in enumerate(page.words) if w["x0"] >= unit.x0 - 0.5 and w["x1"] <= unit.x1 + 0.5
                           and w["top"] >= unit.top - 0.5 and w["bottom"] <= unit.bottom + 0.5)
    return running


def _checkbox_item(mark: Mark, page_number: int) -> Unit:
    box = mark if mark.label_box is None else {
        "x0": min(mark.x0, mark.label_box["x0"]), "top": min(mark.top, mark.label_box["top"]),
        "x1": max(mark.x1, mark.label_box["x1"]), "bottom": max(mark.bottom, mark.label_box["bottom"]),
    }
    item = Checkbox(mark.checked, mark.label, mark.method, Provenance(page_number, (mark.x0, mark.top, mark.x1, mark.bottom)))
    return Unit(box["x0"], box["top"], box["x1"], box["bottom"], payload=item)


def page_items(page: PageObjects, keys: set[str]) -> list:
    """The page's items in reading order."""
    used = _running_words(page, keys)
    marks = find_marks(page, used)
    tables, marks = month_tables(page, marks, used)
    attach_labels(marks, page, used)
    free = [w for i, w in enumerate(page.words) if i not in used]
    fragments = line_fragments(free, page.number)
    units = fragments + [_checkbox_item(m, page.number) for m in marks]
    units += [Unit(*t.prov.bbox, payload=t) for t in tables]
    ordered = reading_order(units, page.shapes, page.width, page.height)
    return blocks(ordered, page.number, paragraph_gap(ordered))


def read_pdf(path: str, password: str | None = None) -> Layout:
    pages = read_pages(path, password)
    keys = running_keys(pages)
    layout = Layout(path=str(path), format="pdf", n_pages=len(pages))
    for page in pages:
        layout.items.extend(page_items(page, keys))
    return layout
