"""A PDF sheet holding two pages side by side (a 2-up imposition of two fichas, a spread of one
ficha's two pages: `readers.pdf.order.sheet_fold`) read as those two pages.

Segmentation asks of every item the page it stands on: a ficha's head is gathered on its title's
page, text goes on over a page break to the next page, a page holding two titles holds two fichas'
heads. On such a sheet each half is a page: every item is given the number of the page (leaf) it
stands on, the sheets' pages counted in order (`on_leaves`), and a ficha's pages are given back
as the sheets' (`FichaParts.pages`). Elements belong to the ficha on whose page they stand."""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace
from typing import Any

from ..layout import Item, Provenance

Leaves = dict[int, int]  # a leaf's number -> the number of the sheet (PDF page) it is half of


def on_leaves(items: list[Item], folds: dict[int, float]) -> tuple[list[Item], Leaves]:
    """`items` with each provenance's page the leaf it stands on (the left half of a folded sheet,
    `folds`: page -> x of its fold in points, is one leaf, the right half the next; a sheet with no
    fold one leaf), and each leaf's sheet. Items, lines and cells are copied, never changed."""
    if not folds:
        return items, {}
    last = max([*folds, *(p for it in items for p in _pages(it))], default=0)
    first_leaf: dict[int, int] = {}
    leaves: Leaves = {}
    leaf = 1
    for page in range(1, last + 1):
        first_leaf[page] = leaf
        for _ in range(2 if page in folds else 1):
            leaves[leaf] = page
            leaf += 1

    def moved(prov: Provenance) -> Provenance:
        if prov.page is None or prov.page not in first_leaf:
            return prov
        fold = folds.get(prov.page)
        right = fold is not None and prov.bbox is not None and (prov.bbox[0] + prov.bbox[2]) / 2 >= fold
        return replace(prov, page=first_leaf[prov.page] + int(right))

    return [_with(item, moved) for item in items], leaves


def _pages(obj: Any) -> list[int]:
    prov = getattr(obj, "prov", None)
    return [prov.page] if isinstance(prov, Provenance) and prov.page is not None else []


def _with(obj: Any, moved: Any) -> Any:
    """`obj` (an item, line, cell or a list of them) with every provenance in it `moved`."""
    if isinstance(obj, Provenance):
        return moved(obj)
    if isinstance(obj, list):
        return [_with(v, moved) for v in obj]
    if is_dataclass(obj) and not isinstance(obj, type):
        changes = {}
        for f in fields(obj):
            value = getattr(obj, f.name)
            if isinstance(value, (Provenance, list)) or (is_dataclass(value) and not isinstance(value, type)):
                changes[f.name] = _with(value, moved)
        return replace(obj, **changes) if changes else obj
    return obj
