"""A month display typed as text by a clerk: each month's name with a box typed beside it.

"Ene [ ]  Feb [X]  Mar [ ] …", "Abr (X) May (X) …", in one paragraph or two (a line of six
months each), names full or of three letters, the box before or after its name: the same typed
boxes the category list is read from (`segment.fichas.typed_boxes`), here beside months' names.
A Word box glyph beside a month's name ("Ene ☐  Feb ☒", read by the Word reader as a checkbox
labelled with the month) is the same display. Such a display is read like a month table: the
months whose box is marked; its lines are no text of the section.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from ..layout import Checkbox, Item, TextBlock, is_month_table
from ..segment.fichas import block_text, typed_boxes
from ..settings import SETTINGS
from ..vocab import month_number

TYPED_BOX = re.compile(r"[(\[]\s*[^\s()\[\]]{0,2}\s*[)\]]")  # a box typed in brackets: "[ ]", "(X)", "[x]"


@dataclass(frozen=True)
class TypedMonths:
    """A month display typed as text: `parts` the paragraphs (and Word box items) printing it,
    `rest` each paragraph of `parts` that goes on with other lines (a paragraph of prose read
    joined to the display's lines) -> those lines, `named` the months its boxes name in printed
    order (1..12, repeats kept), `marked` the months whose box is marked (sorted), `doubt` why the
    reading is unsure ("" when it is not)."""

    parts: tuple[Item, ...]
    rest: dict[int, TextBlock]
    named: tuple[int, ...]
    marked: tuple[int, ...]
    doubt: str = ""

    def without(self, items: list[Item]) -> list[Item]:
        """`items` without the display: its paragraphs left out, those going on with prose kept
        as that prose alone."""
        out: list[Item] = []
        for item in items:
            if not any(item is part for part in self.parts):
                out.append(item)
            elif id(item) in self.rest:
                out.append(self.rest[id(item)])
        return out


def typed_month_boxes(text: str) -> list[tuple[bool, int]] | None:
    """(checked, month) of each box of `text` when it is nothing but typed boxes each beside a
    month's name ("Ene [ ]  Feb [X]", "Abr (X) May ( )"); None otherwise."""
    boxes = typed_boxes(text)
    if not boxes:
        return None
    months = [month_number(label) for _, label in boxes]
    if any(m is None for m in months):
        return None
    return [(checked, m) for (checked, _), m in zip(boxes, months, strict=True) if m is not None]


def _display_lines(item: Item) -> tuple[list[tuple[bool, int]], TextBlock | None] | None:
    """The boxes of `item` when it prints a typed month display (`typed_month_boxes`), with its
    other lines as a paragraph of their own (None when it has none): a paragraph that is the
    display, or whose first lines are (a paragraph of prose read joined to the display's lines), or
    a Word box item labelled with one month's name ("☒ Mar"). None when it prints none."""
    if isinstance(item, Checkbox):
        month = month_number((item.label or "").strip())
        return ([(item.checked, month)], None) if month is not None else None
    if not isinstance(item, TextBlock):
        return None
    if (whole := typed_month_boxes(block_text(item))) is not None:
        return whole, None
    boxes: list[tuple[bool, int]] = []
    lines = list(item.lines)
    while lines and (found := typed_month_boxes(lines[0].text)) is not None:
        boxes += found
        lines.pop(0)
    if not boxes:
        return None
    return boxes, replace(item, lines=lines)


def typed_month_display(items: list[Item]) -> TypedMonths | None:
    """The month display typed among `items` (a section's): every paragraph, or paragraph's first
    lines, of typed boxes beside months' names (`typed_month_boxes`), and Word box items labelled
    with a month, when they name at least two months; None when there is none. The reading is
    unsure (`TypedMonths.doubt`) when a month is named twice, or when the names are not the twelve
    months (some missing: a box not beside its name, a name read apart)."""
    found = [(item, read) for item in items if (read := _display_lines(item)) is not None]
    named = [month for _, (boxes, _) in found for _, month in boxes]
    if len(named) < 2:
        return None
    marked = sorted({month for _, (boxes, _) in found for checked, month in boxes if checked})
    repeated = sorted(m for m, n in Counter(named).items() if n > 1)
    missing = sorted(set(range(1, 13)) - set(named))
    doubt = ""
    if repeated:
        doubt = f"los meses {repeated} se nombran más de una vez"
    elif missing:
        doubt = f"los meses {missing} no se nombran (una casilla puede no estar junto a su mes)"
    rest = {id(item): kept for item, (_, kept) in found if kept is not None}
    return TypedMonths(tuple(item for item, _ in found), rest, tuple(named), tuple(marked), doubt)


def section_typed_months(items: list[Item]) -> TypedMonths | None:
    """The typed month display of the dates section `items` (`typed_month_display`), when no month
    table was read there (a table is the display; lines typed beside it are its words); else None."""
    return None if any(is_month_table(i) for i in items) else typed_month_display(items)


def unread_typed_months(text: str | None) -> bool:
    """Whether `text` holds SETTINGS.fields.min_unread_boxes or more boxes typed in brackets and as many months'
    names (words), not read as a typed display (`typed_month_boxes`: a box not beside its name,
    a caption or a sentence on the same line): a month display whose marks were not read."""
    words = (text or "").split()
    names = sum(1 for w in words if w.isalpha() and month_number(w) is not None)
    return (
        len(TYPED_BOX.findall(text or "")) >= SETTINGS.fields.min_unread_boxes
        and names >= SETTINGS.fields.min_unread_boxes
    )
