"""Drawn regions of PDF pages going on past a page break.

A PDF reader names the drawn region holding an item (`TextBlock.region`, "p3-7/2": the panel 2
nested in the panel 7 of page 3). A side panel, band or card cut by a page break is two regions
of two pages. Its part on the later page is the same region going on when (`continued_regions`):

- the part holds no anchor before its text (its first item is no heading, title or municipality
  label) and no anchor is set level with its top left of it (a row's label, read after its value):
  it carries on, it does not start anything;
- it is not the region read right before it on its page going on past that page's column break
  (`_goes_on_from_its_page`: a band headed on the page, set in CSS columns, its last paragraph at
  the next column's head, right of it and as wide);
- it opens its column on its page (nothing of the ficha is printed above it across its width) and
  the earlier part closes its column on the ficha's page before (nothing printed below it across
  its width): a box cut by the page's foot; the earlier part did not go on on its own page (the
  next region read after it opens with no anchor: a card set in CSS columns, going on in the
  next column);
- when a region closing its column on that page went on in its next column there (its own
  text past a column break, or the next region read after it: the page is a flow of CSS
  columns), its last column goes on at the first column of the part's page: only the region
  read first there among those opening with no anchor may go on it (a region opening with no
  anchor read after it is a card of its own page going on past a column break);
- the earlier part is the last read of the regions closing their columns on that page, holds more
  than anchors (a heading's band read last holds no text to go on: what follows it is its section's
  by reading order), and the two stand in one column: their printed text overlaps across by
  `SETTINGS.regions.same_column` of the narrower one's width (a region read after it, cut by the page's foot in
  another column, is what a flow of CSS columns carries over; then nothing is said here), or the
  earlier part is one of the regions closing their columns that stand in the later part's column,
  its printed text starting level (within an em) with the one read last: cards of one row of a
  grid, each cut by the page's foot, each going on in its own column.

Geometry is that of the items' printed boxes (points), never of one design. Segmentation reads
such a part with the section the earlier part was read with last (`fichas._ficha`), never with
the section whose heading stands outside the region.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..layout import BBox, Checkbox, Item, Table, TextBlock, bbox_union
from ..settings import SETTINGS


@dataclass(frozen=True)
class RegionPart:
    """One outermost drawn region of one page, as its items print it."""

    name: str  # the region's outermost name ("p3-7")
    page: int
    box: BBox  # the union of its items' boxes (points)
    head: BBox  # the union of the boxes read before its first column break (`_column_breaks`)
    tail: BBox  # the union of the boxes read after its last column break
    opens_with_anchor: bool  # its first item (in reading order) is an anchor
    first: int  # the index of its first item in reading order
    last: int  # the index of its last item
    anchors_only: bool = False  # every item of it is an anchor (a heading's band): no text to go on


Printed = dict[int, list[BBox]]  # a page -> the boxes printed on it (`_printed` of each item)


def drawn_region(item: Item) -> str | None:
    """The drawn region (PDF) or table cell (DOCX) holding the item, None outside any."""
    return item.region if isinstance(item, (TextBlock, Checkbox, Table)) else None


def root(region: str) -> str:
    """The outermost region of a region's path ("p3-7" of "p3-7/2")."""
    return region.split("/", 1)[0]


def region_parts(items: Sequence[Item], anchors: Sequence[bool]) -> dict[str, RegionPart]:
    """Each outermost drawn region of PDF `items` (in reading order; `anchors` says which item is
    an anchor) by name, with its page, box and whether its first item is an anchor."""
    boxes: dict[str, list[BBox]] = {}
    pages: dict[str, int] = {}
    opens: dict[str, bool] = {}
    spans: dict[str, tuple[int, int]] = {}
    texts: set[str] = set()
    for n, (item, anchor) in enumerate(zip(items, anchors, strict=True)):
        region = _held_in(item)
        if region is None or item.prov.page is None:
            continue
        name = root(region)
        page = pages.setdefault(name, item.prov.page)
        boxes.setdefault(name, []).extend(box for on, box in _printed(item) if on == page)
        opens.setdefault(name, anchor)
        if not anchor:
            texts.add(name)
        spans[name] = (spans.get(name, (n, n))[0], n)
    out: dict[str, RegionPart] = {}
    for name, found in boxes.items():
        if found:
            breaks = _column_breaks(found)
            head, tail = found[: breaks[0]] if breaks else found, found[breaks[-1] :] if breaks else found
            out[name] = RegionPart(
                name,
                pages[name],
                bbox_union(found),
                bbox_union(head),
                bbox_union(tail),
                opens[name],
                *spans[name],
                anchors_only=name not in texts,
            )
    return out


def _column_breaks(boxes: list[BBox]) -> list[int]:
    """The indexes of the boxes (in reading order) that start a next column: right of the box
    before and above its top (a card set in CSS columns, going on at the next column's head)."""
    return [k for k in range(1, len(boxes)) if boxes[k][0] >= boxes[k - 1][2] and boxes[k][1] < boxes[k - 1][1]]


def continued_regions(items: Sequence[Item], anchors: Sequence[bool], em: float) -> dict[str, str]:
    """The regions of `items` that go on a region of an earlier page (see the module), each with
    that earlier region's name. `em` is the body text's size (points)."""
    parts = region_parts(items, anchors)
    printed: Printed = {}  # each page's boxes, so a region is checked against its page's only
    for item in items:
        for page, box in _printed(item):
            printed.setdefault(page, []).append(box)
    pages = sorted(printed)
    out: dict[str, str] = {}
    headings = [
        (item.prov.page, item.prov.bbox, n)
        for n, (item, anchor) in enumerate(zip(items, anchors, strict=True))
        if anchor and item.prov.page is not None and item.prov.bbox is not None
    ]
    for part in parts.values():
        earlier = [p for p in pages if p < part.page]
        if part.opens_with_anchor or not earlier or not _opens_column(part, printed, em):
            continue
        if any(
            page == part.page and (_level_beside(box, part.head, em) or _label_read_before(box, n, part, em))
            for page, box, n in headings
        ):
            continue  # an anchor set level with it heads its row: the region is that row's value
        if _goes_on_from_its_page(part, parts.values(), printed, em):
            continue  # a section headed on its page going on past a column break
        cut = [p for p in parts.values() if p.page == earlier[-1] and _closes_column(p, printed, em)]
        if not cut:
            continue
        last = max(cut, key=lambda p: p.last)
        flowing = any(p.head != p.tail or _went_on(p, parts.values()) for p in cut)
        if flowing and part is not _first_carried(parts.values(), part.page):
            continue  # the page before is a flow of columns: it goes on in the region read first, if anywhere
        if last.anchors_only:
            continue  # a heading's band read last: what follows is its section's by reading order
        if _same_column(last.tail, part.head) and not _went_on(last, parts.values()):
            out[part.name] = last.name
            continue
        beside = [
            p
            for p in cut
            if p is not last
            and not p.anchors_only
            and _same_column(p.tail, part.head)
            and abs(p.box[1] - last.box[1]) <= em  # cards of one grid row start level
        ]
        if beside and not _went_on(above := max(beside, key=lambda p: p.last), parts.values()):
            out[part.name] = above.name
    return out


def _goes_on_from_its_page(part: RegionPart, parts: Iterable[RegionPart], printed: Printed, em: float) -> bool:
    """Whether `part` is the region read right before it on its page going on past a column break:
    that region opens with an anchor (a section headed on this page, a band or card set in CSS
    columns), closes its column, and `part` stands right of its last column, starting above that
    column's foot, as wide as it (columns of one flow are of one width, by `SETTINGS.regions.same_column`); or that
    region holds its heading alone (a heading at a column's foot: its text opens the next column,
    and the heading's width is not its column's)."""
    before = [p for p in parts if p.page == part.page and p.last < part.first]
    if not before:
        return False
    last = max(before, key=lambda p: p.last)
    widths = sorted((last.tail[2] - last.tail[0], part.head[2] - part.head[0]))
    return (
        last.opens_with_anchor
        and (last.anchors_only or widths[0] >= SETTINGS.regions.same_column * widths[1])
        and part.head[0] >= last.tail[2]
        and part.head[1] < last.tail[3]
        and _closes_column(last, printed, em)
    )


def _first_carried(parts: Iterable[RegionPart], page: int) -> RegionPart | None:
    """The region read first on `page` among those opening with no anchor: where a flow of
    columns cut by the page before's foot goes on (the last column's text at the next page's
    first column; a region opening with no anchor in another column after it is a card of this
    page going on past its own column break)."""
    carried = [p for p in parts if p.page == page and not p.opens_with_anchor]
    return min(carried, key=lambda p: p.first) if carried else None


def _went_on(part: RegionPart, parts: Iterable[RegionPart]) -> bool:
    """Whether the next region read after `part` on its page opens with no anchor: `part` went on
    there, past a column break of its page (a card of text set in CSS columns), not past the
    page's foot."""
    after = [p for p in parts if p.page == part.page and p.first > part.last]
    return bool(after) and not min(after, key=lambda p: p.first).opens_with_anchor


def _level_beside(box: BBox, head: BBox, em: float) -> bool:
    """Whether `box` stands left of `head` (where a row's label stands), its top within an em of
    head's. (An anchor right of it heads a row of the next column.)"""
    return box[2] <= head[0] and abs(box[1] - head[1]) <= em


def _label_read_before(box: BBox, at: int, part: RegionPart, em: float) -> bool:
    """Whether the anchor at `box`, read at index `at`, is read right before the part (the item before
    its first) and stands right of it, its top within an em of the part's: the label of a row whose
    label column is on the right, read before its value (`order._labels_on_the_right`). A heading
    of the next column stands level with it too, but is read after the column it stands beside."""
    return at == part.first - 1 and box[0] >= part.head[2] and abs(box[1] - part.head[1]) <= em


def _same_column(a: BBox, b: BBox) -> bool:
    across = min(a[2], b[2]) - max(a[0], b[0])
    return across >= SETTINGS.regions.same_column * min(a[2] - a[0], b[2] - b[0])


def _across(a: BBox, b: BBox) -> bool:
    """Whether two boxes overlap across (share some x)."""
    return min(a[2], b[2]) > max(a[0], b[0])


def _opens_column(part: RegionPart, printed: Printed, em: float) -> bool:
    """Nothing is printed on the part's page above its top across its first column's width."""
    return not any(
        box[3] <= part.head[1] + SETTINGS.regions.edge_ems * em and _across(box, part.head)
        for box in printed.get(part.page, ())
        if not _inside(box, part.head)
    )


def _closes_column(part: RegionPart, printed: Printed, em: float) -> bool:
    """Nothing is printed on the part's page below its bottom across its last column's width."""
    return not any(
        box[1] >= part.tail[3] - SETTINGS.regions.edge_ems * em and _across(box, part.tail)
        for box in printed.get(part.page, ())
        if not _inside(box, part.tail)
    )


def _inside(box: BBox, outer: BBox) -> bool:
    return box[0] >= outer[0] and box[1] >= outer[1] and box[2] <= outer[2] and box[3] <= outer[3]


def _printed(item: Item) -> list[tuple[int, BBox]]:
    """Where an item of a PDF page is printed: (page, box) of each of a text block's lines (a
    paragraph joined past a page break stands on two pages), else of the item."""
    if isinstance(item, TextBlock) and item.lines:
        return [
            (line.prov.page, line.prov.bbox)
            for line in item.lines
            if line.prov.page is not None and line.prov.bbox is not None
        ]
    return [(item.prov.page, item.prov.bbox)] if item.prov.page is not None and item.prov.bbox is not None else []


def _held_in(item: Item) -> str | None:
    """The drawn region of a PDF page holding a text block, checkbox or table; None elsewhere."""
    if isinstance(item, (TextBlock, Checkbox, Table)) and item.prov.page is not None:
        return item.region
    return None
