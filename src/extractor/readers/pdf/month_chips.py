"""Month displays printed as chips: each month's name alone in a drawn pill, the twelve flowing
left to right and line after line as the text does (not in the aligned columns of a grid), the
active months set apart by their pill's fill or their name's colour or weight.

A display is twelve pills (`chips.pills`: a shape hugging one line of words) each holding one
month's name (full or 3-letter), together January to December once each in reading order, every
pill within `chip_group_gap` font sizes of another; or fewer pills, all alike, their months rising
in reading order with no other month's name printed on their lines: a list of tags printing the
active months alone, each active (`_tags`; as a list of the selected categories printed as chips).
A display of twelve is read by the pills' looks as a month grid is (`month_grid.read_looks`: a
fill, a text colour, a weight, a strike-through; the one way that splits them into two groups);
when the looks cannot be read, a note says so on `fechas_implementacion.meses` and no month is
read as marked.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from ...layout import MONTHS, UNCLEAR, Provenance, ReaderNote, Table
from ...settings import LAYOUT, LayoutSettings
from ...vocab import month_number
from .chips import Pill, boxes_near, pills
from .geometry import bbox, union
from .month_grid import GridCell, Reading, read_looks, table_of_cells
from .objects import Word
from .page import PageObjects


def _month_pills(page: PageObjects, words: Sequence[Word], settings: LayoutSettings) -> list[tuple[int, Pill]]:
    """(month, pill) of each pill holding one month's name alone."""
    found = []
    for pill in pills(page.shapes, words, settings):
        if len(pill.words) == 1 and (month := month_number(pill.words[0]["text"])) is not None:
            found.append((month, pill))
    return found


def _groups(found: list[tuple[int, Pill]], settings: LayoutSettings) -> list[list[tuple[int, Pill]]]:
    """The month pills within `chip_group_gap` font sizes of each other, one group each."""
    groups: list[list[tuple[int, Pill]]] = []
    for item in sorted(found, key=lambda mp: (mp[1].box["top"], mp[1].box["x0"])):
        gap = settings.chip_group_gap * item[1].words[0]["size"]
        near = [g for g in groups if any(boxes_near(item[1].box, p.box, gap) for _, p in g)]
        groups = [g for g in groups if not any(g is n for n in near)] + [[x for g in near for x in g] + [item]]
    return groups


def _in_reading_order(group: list[tuple[int, Pill]]) -> bool:
    """Whether the group's months run January to December line by line, left to right (a pill's line:
    its top within half its height of the line's first pill)."""
    return _reading_order(group) == list(range(1, 13))


def _reading_order(group: list[tuple[int, Pill]]) -> list[int]:
    """The group's months line by line, left to right (a pill's line: its top within half its height
    of the line's first pill)."""
    lines: list[list[tuple[int, Pill]]] = []
    for item in sorted(group, key=lambda mp: mp[1].box["top"]):
        box = item[1].box
        line = next(
            (ln for ln in lines if abs(ln[0][1].box["top"] - box["top"]) < 0.5 * (box["bottom"] - box["top"])), None
        )
        if line is None:
            lines.append([item])
        else:
            line.append(item)
    return [m for line in lines for m, _ in sorted(line, key=lambda mp: mp[1].box["x0"])]


def _tags(group: list[tuple[int, Pill]], words: Sequence[Word]) -> bool:
    """Whether a group of fewer than twelve month pills is a list of tags printing the active months
    alone: its months rise in reading order, none twice, and no other month's name stands on the
    display's lines, beside it or among its pills (a month printed without a pill, or in a pill of
    another group: a row of twelve names whose pills mark some, read as a month grid)."""
    order = _reading_order(group)
    if len(group) >= 12 or any(a >= b for a, b in itertools.pairwise(order)):
        return False
    mine = {id(w) for _, p in group for w in p.words}
    return not any(
        id(w) not in mine
        and month_number(w["text"]) is not None
        and any(p.box["top"] <= (w["top"] + w["bottom"]) / 2 <= p.box["bottom"] for _, p in group)
        for w in words
    )


def month_chips(
    page: PageObjects, words: list[Word], settings: LayoutSettings = LAYOUT
) -> tuple[list[Table], list[ReaderNote], list[Word]]:
    """The page's month chip displays as month tables (their active months marked by the way their
    looks split), notes where the looks could not be read (on `fechas_implementacion.meses`), and the
    words they left."""
    tables: list[Table] = []
    notes: list[ReaderNote] = []
    taken: set[int] = set()
    for group in _groups(_month_pills(page, words, settings), settings):
        whole = len(group) == 12 and _in_reading_order(group)
        if not whole and not _tags(group, words):
            continue
        cells = [GridCell(month, pill.words[0], pill.box) for month, pill in group]
        reading, splits = read_looks(cells, page, settings)
        if not whole:  # tags of the active months alone, all alike: each printed month is active
            if splits:
                continue
            reading = Reading({month for month, _ in group}, "chip")
        extent = union(c.box for c in cells)
        tables.append(table_of_cells(cells, reading, page.number, extent["x1"]))
        if reading.doubt:
            notes.append(ReaderNote(UNCLEAR, reading.doubt, Provenance(page.number, bbox(extent)), campo=MONTHS))
        elif not reading.active:
            message = (
                "los meses están impresos como etiquetas con el mismo aspecto: no se distingue cuáles están activos"
            )
            notes.append(ReaderNote(UNCLEAR, message, Provenance(page.number, bbox(extent)), campo=MONTHS))
        taken |= {id(c.name) for c in cells}
    return tables, notes, [w for w in words if id(w) not in taken]
