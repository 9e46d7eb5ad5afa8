"""The `categorias` field: checked categories of the ficha's category list, and "Otra: ..." text.

Which checkboxes form the list, and the category each names, is decided by
segmentation (`segment.FichaParts.categories`).
"""

from __future__ import annotations

import re

from ..layout import Checkbox
from ..segment.fichas import CategoryBox
from ..text import clean
from ..vocab import categories

_BLANK = re.compile(r"[\s_.…\-–—]*")  # "Otra: ______" / "Otra: …": a blank left to fill in


def filled_in(label: str | None) -> str | None:
    """The text written after a label's colon ("Otra: X" -> X), None when none or a blank."""
    _, colon, rest = (label or "").partition(":")
    rest = clean(rest)
    return rest if colon and not _BLANK.fullmatch(rest) else None


def read_categories(boxes: list[CategoryBox]) -> tuple[list[str], str | None, list[Checkbox]]:
    """(checked ids in vocabulary order, categoria_otra, boxes that are no category)."""
    checked: set[str] = set()
    otra_text = None
    strays = []
    for named in boxes:
        if named.category is None:
            strays.append(named.box)
            continue
        if named.box.checked:
            checked.add(named.category)
            rest = filled_in(named.box.label)
            if named.category == "otra" and rest:
                otra_text = rest
    order = [t.id for t in categories()]
    return [c for c in order if c in checked], otra_text, strays
