"""Segmentation looks for what stands on one page among that page's items, by an index built once per
document, not by searching the whole document again for each ficha or region (quadratic in a long
publication): the item read right before a ficha (`fichas._read_right_before`, the title's doubt, by
`fichas._on_page`), what is printed above or below a drawn region on its page (`regions._opens_column`,
`regions._closes_column`). The answers are those of the whole search, also when a page's items are not
read together."""

from __future__ import annotations

import random

from extractor.layout import Line, Provenance, TextBlock
from extractor.segment import regions
from extractor.segment.fichas import Placed, Role, _bbox, _on_page, _read_right_before
from extractor.settings import SETTINGS


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


def test_what_is_printed_above_or_below_a_region_is_that_of_the_whole_search():
    chance = random.Random(11)

    def box() -> tuple[float, float, float, float]:
        x, top = chance.uniform(0, 500), chance.uniform(0, 750)
        return (x, top, x + chance.uniform(5, 300), top + chance.uniform(5, 60))

    printed = [(chance.randint(1, 8), box()) for _ in range(400)]
    by_page: regions.Printed = {}
    for page, found in printed:
        by_page.setdefault(page, []).append(found)
    em, opened, closed = 10.0, [], []
    for n in range(300):
        head, tail = box(), box()
        part = regions.RegionPart(f"p{n}", chance.randint(1, 9), head, head, tail, False, 0, 0)
        opened.append(regions._opens_column(part, by_page, em))
        closed.append(regions._closes_column(part, by_page, em))
        assert opened[-1] == (
            not any(
                page == part.page and b[3] <= head[1] + SETTINGS.regions.edge_ems * em and regions._across(b, head)
                for page, b in printed
                if not regions._inside(b, head)
            )
        )
        assert closed[-1] == (
            not any(
                page == part.page and b[1] >= tail[3] - SETTINGS.regions.edge_ems * em and regions._across(b, tail)
                for page, b in printed
                if not regions._inside(b, tail)
            )
        )
    assert 0 < sum(opened) < len(opened) and 0 < sum(closed) < len(closed), "both answers were asked for"
