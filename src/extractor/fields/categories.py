"""The category checkbox list: checked ids in vocabulary order, and "Otra: ..." text."""

from __future__ import annotations

import re

from ..layout import Checkbox
from ..text import clean, fold
from ..vocab import Term, best_term, categories

MIN_LIST = 3  # boxes with category labels that make a category list
_BLANK = re.compile(r"[\s_.…\-–—]*")  # "Otra: ______" / "Otra: …": a blank left to fill in


def category_of(label: str | None) -> tuple[Term | None, str | None]:
    """The category a checkbox label names, and the text after its colon ("Otra: X" -> X)."""
    if not label:
        return None, None
    head, colon, rest = label.partition(":")
    term, _ = best_term(head, categories(), 85.0)
    if term is None:
        folded = fold(head)
        term = next((t for t in categories() for name in t.folded if folded.startswith(name + " ")), None)
    rest = clean(rest)
    return term, rest if colon and not _BLANK.fullmatch(rest) else None


def is_category_list(boxes: list[Checkbox]) -> bool:
    found = {category_of(b.label)[0] for b in boxes} - {None}
    return len(found) >= MIN_LIST


def read_categories(boxes: list[Checkbox]) -> tuple[list[str], str | None, list[Checkbox]]:
    """(checked ids in vocabulary order, categoria_otra, boxes that are no category)."""
    checked: set[str] = set()
    otra_text = None
    strays = []
    for box in boxes:
        term, rest = category_of(box.label)
        if term is None:
            strays.append(box)
            continue
        if box.checked:
            checked.add(term.id)
            if term.id == "otra" and rest:
                otra_text = rest
    order = [t.id for t in categories()]
    return [c for c in order if c in checked], otra_text, strays
