"""Pictures standing as marks: a placed image of a mark's size in a month cell or before a label.

A designer may mark the active months, or the chosen categories, with a picture (a tick icon, a
box drawn as an image) instead of a glyph or a drawn box. A placed image (`objects.Picture`) is a
mark candidate when it is about a mark's size: its sides `box_min` points or more and at most
`picture_mark_size` font sizes of the page's usual text (`usual_size`), near square
(`picture_mark_squareness`). A photo or a logo is larger and stays no mark. A candidate is a
`Mark` checked (a picture stands there), of method "picture", carrying its design (the digest of
its bytes) and ink; the display it stands in reads it (`layout.settle_pictures`: pictures among
blank cells mark theirs; in every cell, the inkier of two designs marks, else a doubt).

The month displays take the candidates in their cells first; of those left, only pictures lined up
with others in two designs (`listed_pictures`: a list of `picture_list_min` or more, `marks.in_box_list`)
are a list's marks. A lone small picture elsewhere, or icons before headings, mark nothing.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from ...layout import MONTHS, UNCLEAR, ReaderNote, Table, is_month_table
from ...settings import LAYOUT, LayoutSettings
from .geometry import box_of, box_only, contains, height, width
from .marks import Mark, in_box_list
from .objects import Picture, Word
from .page import PageObjects


def usual_size(words: Sequence[Word]) -> float | None:
    """The page's usual font size (the median of its words' sizes, points); None without words."""
    sizes = [w["size"] for w in words if w.get("size")]
    return statistics.median(sizes) if sizes else None


def mark_sized(picture: Picture, size: float, settings: LayoutSettings = LAYOUT) -> bool:
    """Whether a placed picture is about a mark's size for text of `size` points (see the module's note)."""
    w, h = width(picture), height(picture)
    low, high = min(w, h), max(w, h)
    return (
        low >= settings.box_min
        and high <= settings.picture_mark_size * size
        and high - low <= settings.picture_mark_squareness * high
    )


def design(picture: Picture) -> str:
    """A picture's design key: its digest, else its pixel size (an image too large to read)."""
    return picture["digest"] or f"{picture['px_width']}x{picture['px_height']}"


def picture_marks(page: PageObjects, words: Sequence[Word], settings: LayoutSettings = LAYOUT) -> list[Mark]:
    """The page's pictures of a mark's size (`mark_sized`) as checked marks of method "picture"."""
    size = usual_size(words)
    if size is None or not page.pictures:
        return []
    return [
        Mark(box_only(p), True, "picture", picture=design(p), picture_ink=p["ink"])
        for p in page.pictures
        if mark_sized(p, size, settings)
    ]


def listed_pictures(marks: list[Mark], words: Sequence[Word], settings: LayoutSettings = LAYOUT) -> list[Mark]:
    """`marks` less the picture marks that make no list of boxes: a picture mark stays when it lines
    up with another (`marks.in_box_list`), `picture_list_min` or more of them line up on the page,
    and they show two designs (a box and a ticked box). Pictures of one design lined up are bullets
    or icons (one before each heading), of many designs icons: no marks."""
    pictures = [m for m in marks if m.method == "picture"]
    if not pictures:
        return marks
    boxes = [m.box for m in pictures]
    lined = [m for m in pictures if in_box_list(m.box, boxes, settings, words)]
    kept = {id(m) for m in lined} if len(lined) >= settings.picture_list_min and two_designs(lined) else set()
    return [m for m in marks if m.method != "picture" or id(m) in kept]


def two_designs(marks: Sequence[Mark]) -> bool:
    """Whether picture marks show exactly two designs (a list's checked and unchecked boxes)."""
    return len({m.picture for m in marks}) == 2


def unread_month_pictures(tables: Sequence[Table], page: PageObjects) -> list[ReaderNote]:
    """A note on `fechas_implementacion.meses` for each month table whose body cells, unmarked, hold
    a picture that no display read as a mark (standing in the cell, `LAYOUT.picture_cell_pad` aside: a picture of no
    mark's size or shape, `mark_sized`): the months may be marked by it. A larger picture under the
    table (a logo, a photo) stands in no cell."""
    notes = []
    for table in tables:
        if not is_month_table(table):
            continue
        header = {c.col: c.text for c in table.cells if c.row == 0}
        held = [
            header.get(cell.col, "?")
            for cell in table.cells
            if cell.row > 0
            and cell.mark is None
            and cell.prov.bbox is not None
            and any(contains(box_of(cell.prov.bbox), p, LAYOUT.picture_cell_pad) for p in page.pictures)
        ]
        if held:
            message = f"una imagen en la celda de {', '.join(f'«{m}»' for m in held)} no se leyó como marca"
            notes.append(ReaderNote(UNCLEAR, message + ": puede marcar el mes", table.prov, campo=MONTHS))
    return notes
