"""Marks no other step reads: ink in a month table's body cells that is no glyph, box, fill or text.

A month table (`grid.py`) whose body holds no mark, no check glyph and no shading may still
print something in some of its cells: the common CSS tick (an empty inline-block with two of its
borders, turned 45°: two short strokes, no glyph), a small drawn icon, or a glyph with no usable
character (the .notdef box a browser prints for an emoji its fonts lack: U+FFFD in the text
layer). That ink differs between cells, and the cells it splits in two are the display's marks:

- each body cell's ink is read as a signature: its glyphs with no usable character, or the
  small shapes and strokes drawn inside it (not its borders nor its background), their count,
  colours and the size of their union in points (`month_ink_step`);
- when the cells holding ink all show the same signature and the others none, the inked cells
  are marked (method "vector" for drawings, "glyph" for unreadable glyphs; glyphs with no usable
  character read as marks are said by a note all the same: a page source may drop some of them);
- when every cell holds the same drawing and that drawing is a mark by its shape (`positive_drawing`:
  a tick or a cross of two slanted strokes or bars that meet; a solid dot), every month is active
  (trial 30: a cross drawn in all twelve cells read as none); a dot may be the design's ornament,
  so that reading is said by a note (aviso `lectura_dudosa`);
- when the inked cells show different signatures, or every cell holds the same ink that is no
  mark by its shape (an empty box, a ring), which months are active cannot be decided: nothing is
  marked and a note says so on `fechas_implementacion.meses` (aviso `lectura_dudosa`), never a
  silent empty reading;
- when some cells hold a mark another step read and others hold ink none read (a cross's bars
  read as a filled box beside a tick drawn as two bars), which months are active is in doubt:
  a note says so on the months (`_unread_beside_marks`).

A month grid (`month_grid.py`: names in aligned rows, each over or beside its mark) reads its
cells' glyphs with no usable character the same way (`unreadable_marks`); its drawings it reads
itself (fills, drawn ticks). Raster pictures are not read here.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...layout import MONTHS, UNCLEAR, Cell, Checkbox, CheckMethod, ReaderNote, Table
from ...settings import LAYOUT, LayoutSettings
from .geometry import box_of, box_only, center, contains_point, height, union, width
from .marks import Mark
from .objects import Box, Shape, Stroke, Word
from .page import UNREADABLE, PageObjects

Signature = tuple[object, ...]
# said whenever glyphs with no usable character are read as marks: the reading is the display's
# split, but a page source may drop some such glyphs (PDFium's text page leaves out some .notdef
# boxes Chromium prints), so a reviewer should look
UNREADABLE_MARKS = (
    "las marcas de la grilla de meses son símbolos ilegibles (la fuente no dice qué son): "
    "se leyeron como marcas los meses que los tienen"
)


def _unreadable_only(text: str) -> bool:
    """A cell's text made only of glyphs with no usable character (spaces aside)."""
    letters = text.replace(" ", "")
    return bool(letters) and set(letters) == {UNREADABLE}


def _is_border(obj: Stroke, cell: Box, objects: Sequence[Stroke], settings: LayoutSettings) -> bool:
    """A rule along or across the cell (no thicker than `month_grid_rule`), or a piece of one: the
    thin pieces on its line (a dashed or dotted rule's dashes: centres within `cell_snap` of its
    line, `objects` the page's) reach across `month_cell_share` of the cell's side they run along.
    Its border or a rule, no mark."""
    if min(width(obj), height(obj)) > settings.month_grid_rule:
        return False
    share, snap = settings.month_cell_share, settings.cell_snap
    across = width(obj) >= height(obj)
    line = center(obj)[1] if across else center(obj)[0]
    low, high = (cell["x0"], cell["x1"]) if across else (cell["top"], cell["bottom"])
    pieces = [
        o
        for o in objects
        if min(width(o), height(o)) <= settings.month_grid_rule
        and (width(o) >= height(o)) == across
        and abs((center(o)[1] if across else center(o)[0]) - line) <= snap
    ]
    start = max(low, min(o["x0"] if across else o["top"] for o in pieces))
    end = min(high, max(o["x1"] if across else o["bottom"] for o in pieces))
    return end - start >= share * (high - low)


def _cell_drawing(cell: Box, page: PageObjects, settings: LayoutSettings) -> list[Stroke]:
    """The shapes and strokes drawn inside `cell` (their centres in it, each wholly within it
    give or take `cell_snap`) that are neither its borders nor its frame or background (a shape
    spanning `month_cell_share` of its width and height) nor white."""
    pad = settings.cell_snap
    found: list[Stroke] = []
    objects: Sequence[Stroke] = [*page.shapes, *page.strokes]
    for obj in objects:  # the tests cheapest first: a border's test looks at every object of the page
        if not contains_point(cell, center(obj)):
            continue
        if obj["x0"] < cell["x0"] - pad or obj["x1"] > cell["x1"] + pad:
            continue
        if obj["top"] < cell["top"] - pad or obj["bottom"] > cell["bottom"] + pad:
            continue
        share = settings.month_cell_share
        if width(obj) >= share * width(cell) and height(obj) >= share * height(cell):
            continue  # the cell's own frame or background
        if _is_border(obj, cell, objects, settings):
            continue
        shape: Shape | None = obj if "fill" in obj else None  # type: ignore[assignment]
        if shape is not None and shape["fill"] and not shape["stroke"]:
            lum = shape["fill_lum"]
            if lum is not None and lum >= settings.month_white:
                continue  # white on white: no ink
        found.append(obj)
    return found


def _signature(cell: Cell, page: PageObjects, settings: LayoutSettings) -> Signature | None:
    """What ink a body cell holds that no other step read: ("glyph", text) for glyphs with no usable
    character, ("drawing", pieces, colours, width, height) for small drawings (size in steps of
    `month_ink_step` points); None when it holds none (or holds text: read elsewhere)."""
    if cell.text:
        return ("glyph", cell.text.replace(" ", "")) if _unreadable_only(cell.text) else None
    if cell.prov.bbox is None:
        return None
    box: Box = box_of(cell.prov.bbox)
    drawing = _cell_drawing(box, page, settings)
    if not drawing:
        return None
    step = settings.month_ink_step
    whole = union(drawing)
    colours = tuple(sorted({str(obj.get("fill_color") or "") for obj in drawing}))
    return ("drawing", len(drawing), colours, round(width(whole) / step), round(height(whole) / step))


def _slanted(obj: Stroke, settings: LayoutSettings) -> bool:
    """A piece that runs on a slant: no rectangle, its box's shorter side at least `month_ink_slant`
    of its longer (a line or bar at 20 to 70 degrees, not a rule, a dash or a frame)."""
    long = max(width(obj), height(obj))
    return obj["kind"] != "rect" and long > 0 and min(width(obj), height(obj)) >= settings.month_ink_slant * long


def _meet(a: Box, b: Box, pad: float) -> bool:
    return (
        a["x0"] - pad <= b["x1"]
        and b["x0"] - pad <= a["x1"]
        and a["top"] - pad <= b["bottom"]
        and b["top"] - pad <= a["bottom"]
    )


def positive_drawing(drawing: Sequence[Stroke], settings: LayoutSettings = LAYOUT) -> str | None:
    """What a cell's drawing (`_cell_drawing`) is by its shape, when it is a mark: "cross" or "tick"
    for two slanted pieces (lines, open paths or filled bars) whose boxes meet (`cell_snap`): their
    boxes alike an X, else a V; "dot" for one solid filled shape no rectangle (a disc); None for
    anything else (an empty box, a ring, a dash, an icon of many pieces)."""
    if len(drawing) == 2 and all(_slanted(obj, settings) for obj in drawing):
        a, b = drawing
        if not _meet(a, b, settings.cell_snap):
            return None
        whole = union(drawing)
        alike = min(width(a), width(b)) >= 0.5 * width(whole) and min(height(a), height(b)) >= 0.5 * height(whole)
        return "cross" if alike else "tick"
    if len(drawing) == 1:
        (obj,) = drawing
        shape: Shape | None = obj if "fill" in obj else None  # type: ignore[assignment]
        if shape is not None and shape["fill"] and shape["kind"] != "rect" and _slanted(shape, settings):
            return "dot"
    return None


DOT_IN_EVERY_CELL = (
    "todas las celdas de la tabla de meses tienen un mismo punto relleno: se leyeron todos los meses activos, "
    "pero el punto puede ser un adorno de la tabla"
)


def ink_marks(table: Table, page: PageObjects, settings: LayoutSettings = LAYOUT) -> ReaderNote | None:
    """Read a month table's body by the ink of its cells when nothing else marks it (see the
    module's rules): the inked cells get a checked mark when their ink is alike and some cells
    hold none. Returns a note (on `fechas_implementacion.meses`) when ink differs between cells
    but does not say which months are active; None otherwise."""
    body = [c for c in table.cells if c.row > 0]
    if not body:
        return None
    if any(c.mark is not None for c in body):
        return _unread_beside_marks(table, body, page, settings)
    signatures = [_signature(c, page, settings) for c in body]
    kinds = {s for s in signatures if s is not None}
    if not kinds:
        return None
    blank = [c for c, s in zip(body, signatures, strict=True) if s is None and not c.text]
    if len(kinds) == 1 and blank:
        (kind,) = kinds
        for cell, signature in zip(body, signatures, strict=True):
            if signature is None:
                continue
            method: CheckMethod = "glyph" if kind[0] == "glyph" else "vector"
            cell.mark = Checkbox(True, None, method, cell.prov, glyph=cell.text if method == "glyph" else "")
            cell.text = ""
        return ReaderNote(UNCLEAR, UNREADABLE_MARKS, table.prov, campo=MONTHS) if kind[0] == "glyph" else None
    inked = sum(1 for s in signatures if s is not None)
    if len(kinds) == 1 and inked == len(body) and next(iter(kinds))[0] == "drawing":
        box = body[0].prov.bbox
        shape = positive_drawing(_cell_drawing(box_of(box), page, settings), settings) if box else None
        if shape is not None:
            for cell in body:
                cell.mark = Checkbox(True, None, "vector", cell.prov)
            return ReaderNote(UNCLEAR, DOT_IN_EVERY_CELL, table.prov, campo=MONTHS) if shape == "dot" else None
    why = (
        "todas las celdas de la tabla de meses tienen el mismo dibujo"
        if len(kinds) == 1
        else f"las celdas de la tabla de meses tienen dibujos de {len(kinds)} clases"
    )
    for cell in body:
        if _unreadable_only(cell.text):
            cell.text = ""  # said by the note: no cell's own note besides
    return ReaderNote(
        UNCLEAR,
        f"{why} ({inked} de {len(body)}), que no se leen como marcas: no se sabe qué meses están activos",
        table.prov,
        campo=MONTHS,
    )


def _unread_beside_marks(
    table: Table, body: list[Cell], page: PageObjects, settings: LayoutSettings
) -> ReaderNote | None:
    """A note when some body cells hold a mark and others none but ink no step read (a drawing, a
    glyph with no usable character): the marks read may be the other half of a pair (a cross
    beside a tick the reader does not see), so which months are active is in doubt."""
    unread = [c for c in body if c.mark is None and _signature(c, page, settings) is not None]
    if not unread:
        return None
    header = {c.col: c.text for c in table.row(0)}
    names = ", ".join(f"«{header.get(c.col, '?')}»" for c in unread)
    for cell in unread:
        if _unreadable_only(cell.text):
            cell.text = ""  # said by the note
    return ReaderNote(
        UNCLEAR,
        f"las celdas de {names} de la tabla de meses tienen un dibujo que no se lee como marca, "
        "junto a celdas marcadas: no se sabe qué meses están activos",
        table.prov,
        campo=MONTHS,
    )


def unreadable_marks(words: Sequence[Word], cells: Sequence[Box]) -> tuple[list[Mark], str | None, list[Word]]:
    """The glyphs with no usable character (`words` made only of U+FFFD) standing in a month grid's
    `cells` (one box a month), read as the grid's marks when they are all alike and stand in some
    of its cells, not all: checked marks (method "glyph"), said by a note all the same
    (`UNREADABLE_MARKS`: a page source may miss some of them). Glyphs of several kinds, or one in
    every cell (an emoji tick and an emoji box both printed as the same .notdef box), give no mark
    and a doubt. The doubt is the message for a note on `fechas_implementacion.meses`. Also the
    words taken (the glyphs in the cells, no text of the section either way)."""
    inside = [w for w in words if _unreadable_only(w["text"]) and any(contains_point(c, center(w)) for c in cells)]
    if not inside:
        return [], None, []
    held = {i for i, c in enumerate(cells) for w in inside if contains_point(c, center(w))}
    kinds = {w["text"].replace(" ", "") for w in inside}
    if len(kinds) == 1 and len(held) < len(cells):
        return [Mark(box_only(w), True, "glyph") for w in inside], UNREADABLE_MARKS, inside
    why = "todas las celdas" if len(held) == len(cells) else f"{len(held)} celdas"
    doubt = (
        f"{why} de la grilla de meses tienen un símbolo ilegible (la fuente no dice qué es): "
        "no se sabe qué meses están activos"
    )
    return [], doubt, inside
