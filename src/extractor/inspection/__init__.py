"""Inspection: what the reader and the segmenter saw in one document, shown.

`inspect_document(path)` runs the pipeline's own stages (readers -> `Layout`,
`segment.segment`, the records of `fields`) and shows the decisions
segmentation took for every item in reading order (`segment.Placed`): its
role, the heading it was recognised as, the ficha and section it went to,
the category a checkbox names. The
renderers turn that into text (`text.py`), JSON (`as_json.py`) and page
pictures (`pictures.py`).
"""

from ..segment.fichas import Placed
from .build import Inspection, MonthCell, inspect_document
from .pages import parse_pages

__all__ = ["Inspection", "MonthCell", "Placed", "inspect_document", "parse_pages"]
