"""The PDF reader: page objects from a page source -> words, marks, month grids, reading order -> one `Layout`.

Modules, in the order a page flows through them:

- `page`: one page's objects (words made from characters, shapes, strokes, form widgets), copied out of
  the PDF engine so the page can be closed;
- `running`: running headers, footers and page numbers, found across pages and dropped;
- `marks`: checkboxes (drawn boxes, ballot glyphs, widgets) and their labels;
- `month_grid`, `grid`: month grids (names in rows) and month tables, and their marked cells;
- `order`: reading order (panel-aware XY-cut); lines leave the reader one by one (`segment.paragraphs`
  groups them into paragraphs);
- `reader`: the steps put together, whole or by page ranges (`PdfPages`);
- `settings` (`LayoutSettings`, every tolerance) and `geometry` (pdfplumber-style boxes).
"""

from __future__ import annotations

from typing import Any

__all__ = ["READER", "read_pdf"]


def __getattr__(name: str) -> Any:
    """`READER` and `read_pdf`, imported on first use: the command line reads `sources` (the engines
    `--pdf-engine` offers) without paying for the reader's modules."""
    if name in __all__:
        from . import reader

        return getattr(reader, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
