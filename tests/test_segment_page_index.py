"""The item read right before a ficha (`fichas._read_right_before`, the title's doubt) is looked for
among its page's items by an index of the document's items by page (`fichas._on_page`), built once per
document: searching every item before the ficha, for each ficha, was quadratic in a long publication.
The answers are those of the whole search, also when a page's items are not read together."""

from __future__ import annotations

import random

from extractor.layout import Line, Provenance, TextBlock
from extractor.segment.fichas import Placed, Role, _bbox, _on_page, _read_right_before


def block(page: int | None, top: float, bottom: float) -> TextBlock:
    prov = Provenance(page=page, bbox=(10.0, top, 100.0, bottom))
    return TextBlock(lines=[Line(text="texto", size=10.0, prov=prov)], prov=prov)


def searched(placed: list[Placed], start: int) -> list[Placed]:
    """What `_read_right_before` answers, by searching every item before the ficha (the rule's words)."""
    k = next((k for k in range(start - 1, -1, -1) if placed[k].role is not Role.municipality), None)
    if k is None:
        return []
    last, box = placed[k], _bbox(placed[k])
    if box is None:
        return [last]
    level = [
        p
        for p in placed[:k]
        if p.page == last.page
        and p.role is not Role.municipality
        and (other := _bbox(p)) is not None
        and other[1] < box[3]
        and other[3] > box[1]
    ]
    return [last, *reversed(level)]


def test_the_items_read_right_before_a_ficha_are_those_of_the_whole_search():
    chance = random.Random(7)
    placed = []
    for n in range(300):  # pages read in runs, some coming back (a floating box read later), some items of no page
        page = None if n % 37 == 0 else n // 12 + chance.choice((0, 0, 0, -1))
        top = chance.uniform(0, 700)
        role = Role.municipality if chance.random() < 0.1 else chance.choice((Role.body, Role.title, Role.heading))
        placed.append(Placed(block(page, top, top + chance.uniform(5, 40)), role))
    on_page = _on_page(placed)
    answers = [_read_right_before(placed, start, on_page) for start in range(len(placed))]
    assert answers == [searched(placed, start) for start in range(len(placed))]
    assert sum(len(a) > 1 for a in answers) > 50, "items level with the one read right before were found"
    assert answers == [_read_right_before(placed, start) for start in range(len(placed))]
