"""Inspection: what the reader and the segmenter saw in one document, shown.

`inspect_document(path)` runs the pipeline's own stages (readers -> `Layout`,
`segment.prepare` / `segment.segment` / `segment.heading_match`, the
category reader of `fields`) and keeps, for every item in reading order, the
ficha and section it went to and the heading it was recognised as. The
renderers turn that into text (`text.py`), JSON (`as_json.py`) and page
pictures (`pictures.py`).
"""

from .build import Entry, Inspection, MonthCell, inspect_document
from .pages import parse_pages

__all__ = ["Entry", "Inspection", "MonthCell", "inspect_document", "parse_pages"]
