"""Checkboxes on a PDF page: drawn boxes, ballot-box glyphs and AcroForm widgets.

A drawn box is a square shape of `box_min`-`box_max` pt (several shapes
drawing the same square are one box). Its state, in order of evidence:
  glyph  - a check glyph (✓ ✔ ✗ X, a symbol-font or private-use glyph) inside;
  vector - strokes inside it that are not its own edges (an X, a tick path);
  fill   - the innermost filled shape over its centre is dark (on a dark panel: differs from
           the panel; the boxes of one coloured panel are read by their looks beside each other,
           a box in the panel's own colour looking hollow: `_settle_panel_looks`);
  empty  - none of these.
A filled square with no outline (drawn, or a ■ glyph) is a bullet unless it
lines up with boxes of its size: then it is a box of the list, filled.

Each step takes the page's free words and returns what it found and the
words it left (a glyph that starts a word gives it up: the rest of the word
stays free); no step changes its inputs. Tolerances: `LayoutSettings`.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from ...glyphs import is_check_mark, is_filled_square, radio_glyph_state, read_glyph_box
from ...layout import CheckMethod, ink_luminance, ink_saturation
from ...settings import LAYOUT, LayoutSettings
from ...template import heading_term
from .geometry import (
    area,
    box_only,
    center,
    contains,
    contains_point,
    height,
    iou,
    overlap_lines,
    union,
    vertical_overlap,
    width,
)
from .objects import Box, Shape, Word
from .order import divided
from .page import PageObjects


@dataclass
class Mark:
    """A checkbox found on a page; `label` and `label_box` once its label is attached. The display
    that takes a drawn box may settle its state and doubt by its fill beside its other boxes'
    (`settle_fills`), before the reader notes the doubts left."""

    box: Box  # the box (or glyph)
    checked: bool
    method: CheckMethod
    label: str | None = None
    label_box: Box | None = None  # the box of the label's words
    doubt: str | None = None  # what could not be read in it (the reader notes it: aviso lectura_dudosa)
    picture: str = ""  # a picture mark's design (`pictures.design`), "" for any other mark
    picture_ink: float | None = None  # a picture mark's ink (`objects.Picture`)
    fill: str | None = None  # a drawn box's fill over its centre as "RRGGBB" (`_fills_over`), None when none or unknown
    glyph: str = ""  # a glyph read as a box (■ among boxes, ☒): the glyph as printed, "" for any other mark
    ink: str | None = None  # such a glyph's text colour as "RRGGBB", None when unknown or not a glyph


def box_shaped(shape: Box, settings: LayoutSettings = LAYOUT) -> bool:
    """Whether a drawn shape has a checkbox's size and squareness (`box_min`..`box_max` points a side)."""
    w, h = width(shape), height(shape)
    low, high = settings.box_min, settings.box_max
    return low <= w <= high and low <= h <= high and abs(w - h) <= settings.box_squareness * max(w, h)


def label_start(box: Box, words: Sequence[Word], settings: LayoutSettings = LAYOUT) -> Word | None:
    """The first word right of `box` on its line, within a label's first gap of it, else None."""
    row = [
        w
        for w in words
        if w["x0"] >= box["x1"] - settings.label_edge_pad
        and vertical_overlap(w, box) > settings.label_row_overlap
        and w["x0"] - box["x1"]
        <= max(settings.label_first_gap * w["size"], settings.label_first_gap_boxes * width(box))
    ]
    return min(row, key=lambda w: w["x0"], default=None)


def _ends_label(box: Box, words: Sequence[Word], settings: LayoutSettings) -> bool:
    """Whether `box` follows a label on its line ("NNA ■"): a word ends within a label's first gap
    left of it, and none starts right of it (`label_start`)."""
    before = any(
        w["x1"] <= box["x0"] + settings.label_edge_pad
        and vertical_overlap(w, box) > settings.label_row_overlap
        and box["x0"] - w["x1"]
        <= max(settings.label_first_gap * w["size"], settings.label_first_gap_boxes * width(box))
        for w in words
    )
    return before and label_start(box, words, settings) is None


def _labels_alike(a: Word | None, b: Word | None, settings: LayoutSettings) -> bool:
    """Whether two label starts are set alike (size and weight); two missing ones are (a row of
    month boxes), one missing is not (an accent square before a heading, in line with a box that
    labels nothing)."""
    if a is None or b is None:
        return a is None and b is None
    return abs(a["size"] - b["size"]) <= settings.para_size_diff and a["bold"] == b["bold"]


def _closes_a_row_of_labelled_boxes(obj: Box, box: Box, words: Sequence[Word], settings: LayoutSettings) -> bool:
    """Whether `obj`, with no word right of it on its line, closes a row of boxes that `box` stands
    in (sharing `list_row_overlap` of their height) after a label: a word between the two, ending
    left of `obj`, is set like the label after `box` (size and weight). The last box of a row of
    "label │ box" cells ("Emprendimiento ■ │ Capacitaciones ■" after "Acogida/atención ☐"), whose
    label may stand far from it in its cell; a bullet starts its line, and an end mark closes a
    paragraph, in line with no box."""
    if box["x1"] > obj["x0"] or vertical_overlap(box, obj) <= settings.list_row_overlap:
        return False
    line = [w for w in words if vertical_overlap(w, obj) > settings.label_row_overlap]
    if any(w["x0"] >= obj["x1"] - settings.label_edge_pad for w in line):
        return False
    between = [w for w in line if box["x1"] - settings.label_edge_pad <= w["x0"] and w["x1"] <= obj["x0"]]
    last = max(between, key=lambda w: w["x1"], default=None)
    return last is not None and _labels_alike(last, label_start(box, words, settings), settings)


def in_box_list(obj: Box, boxes: Sequence[Box], settings: LayoutSettings = LAYOUT, words: Sequence[Word] = ()) -> bool:
    """Whether `obj` lines up with a box of about its size: same column (left edges) or same row,
    or (given the page's `words`) both ending their labels' lines ("NNA ■" under "Cooperativas ☐",
    `_ends_label`) within `list_after_reach` box heights of each other; and the text after it is
    set like the text after that box. Or, nothing after it, it closes a row of labelled boxes
    (`_closes_a_row_of_labelled_boxes`). So an accent square before a heading, bold or larger than
    the list's labels, is no box of the list."""
    label = label_start(obj, words, settings) if words else None
    after = bool(words) and _ends_label(obj, words, settings)
    for box in boxes:
        if box is obj or abs(height(box) - height(obj)) > settings.list_height_diff * max(height(box), height(obj)):
            continue
        if label is None and words and _closes_a_row_of_labelled_boxes(obj, box, words, settings):
            return True
        if (
            abs(box["x0"] - obj["x0"]) <= settings.list_column_shift * height(obj)
            or vertical_overlap(box, obj) > settings.list_row_overlap
            or (
                after
                and abs(center(box)[1] - center(obj)[1]) <= settings.list_after_reach * height(obj)
                and _ends_label(box, words, settings)
            )
        ) and _labels_alike(label, label_start(box, words, settings) if words else None, settings):
            return True
    return False


def drawn_boxes(page: PageObjects, settings: LayoutSettings = LAYOUT) -> list[tuple[Box, list[Shape]]]:
    """(box, the shapes drawing it): square shapes merged into boxes, smaller shapes inside a box its parts.
    A lone filled square is a box only in line with outlined ones (`in_box_list`, on the page's words)."""
    boxes: list[tuple[Box, list[Shape]]] = []
    for shape in sorted((s for s in page.shapes if box_shaped(s, settings)), key=area, reverse=True):
        home = next(
            (
                parts
                for box, parts in boxes
                if iou(box, shape) > settings.box_same_iou or contains(box, shape, pad=settings.box_part_pad)
            ),
            None,
        )
        if home is None:
            boxes.append((box_only(shape), [shape]))
        else:
            home.append(shape)
    outlined = [(box, parts) for box, parts in boxes if any(p["stroke"] for p in parts) or len(parts) > 1]
    outlined_boxes = [box for box, _ in outlined]
    worded = [box for box in outlined_boxes if _holds_a_word(box, page.words)]
    # A lone filled square with no outline is an icon or a bullet, unless it stands in a list of boxes;
    # one holding a word of its own is a label's shading (a month's name on its header cell), no box,
    # unless it lines up with outlined boxes holding words too (a row of month initials in squares, the
    # active ones filled)
    return outlined + [
        (box, parts)
        for box, parts in boxes
        if box not in outlined_boxes
        and in_box_list(box, outlined_boxes, settings, page.words)
        and (not _holds_a_word(box, page.words) or in_box_list(box, worded, settings, page.words))
    ]


def _holds_a_word(box: Box, words: Sequence[Word]) -> bool:
    """Whether a word of letters or digits other than a check mark (`glyphs.is_check_mark`: X) stands
    inside `box` (its centre within it): a name printed on a filled square ("F" white on a month's
    navy header cell) makes the square that name's shading, not a box that a mark fills (browser seed
    47546: two such cells level with a card's category boxes were read as filled boxes closing their
    rows, and marked February and April in an empty month column)."""
    return any(
        contains_point(box, center(w))
        and any(c.isalnum() for c in w["text"])
        and not all(is_check_mark(c, w["font"]) for c in w["text"])
        for w in words
    )


def _inner_shapes(box: Box, parts: list[Shape], page: PageObjects, settings: LayoutSettings) -> list[Shape]:
    small = [s for s in page.shapes if not box_shaped(s, settings) and contains(box, s, pad=settings.box_part_pad)]
    return parts + small


def _strokes_inside(box: Box, page: PageObjects, settings: LayoutSettings) -> bool:
    share = settings.box_stroke_share
    for stroke in page.strokes:
        if (
            contains(box, stroke, pad=settings.box_stroke_pad)
            and width(stroke) > share * width(box)
            and height(stroke) > share * height(box)
        ):
            return True
    return False


def _fills_over(
    box: Box, parts: list[Shape], page: PageObjects, settings: LayoutSettings
) -> tuple[Shape, float] | None:
    """(the innermost filled shape of the box over its centre, the luminance behind it: the next
    filled shape out that holds it, a panel or a box's own fill, or 1.0 for the paper), None when no
    filled shape of known colour of the box covers its centre."""
    mid = center(box)
    covering = [
        s
        for s in _inner_shapes(box, parts, page, settings)
        if s["fill"] and s["fill_lum"] is not None and contains_point(s, mid)
    ]
    if not covering:
        return None
    inner = min(covering, key=area)
    least = area(inner)
    behind = [
        s
        for s in page.shapes
        if s is not inner
        and s["fill"]
        and s["fill_lum"] is not None
        and area(s) > least
        and contains(s, inner, pad=settings.box_part_pad)
    ]
    back = min(behind, key=area)["fill_lum"] if behind else None
    return inner, 1.0 if back is None else back


def _panel_under(box: Box, page: PageObjects, settings: LayoutSettings) -> Shape | None:
    """The coloured filled shape the box stands on, its smallest filled shape larger than the box
    holding it (a side panel, a band, a card) when its luminance is under `box_panel_light`; None on
    paper or a light card."""
    least = area(box)
    holding = [
        s
        for s in page.shapes
        if s["fill"]
        and s["fill_lum"] is not None
        and area(s) > least
        and not box_shaped(s, settings)
        and contains(s, box, pad=settings.box_part_pad)
    ]
    panel = min(holding, key=area) if holding else None
    lum = panel["fill_lum"] if panel is not None else None
    return panel if lum is not None and lum < settings.box_panel_light else None


def _fill_doubt(lum: float | None, checked: bool, settings: LayoutSettings) -> str | None:
    """What is unsure of a box read by its fill: a fill within `box_dark_doubt` of the `box_dark`
    threshold is neither clearly dark nor clearly light (a mid grey, a CMYK tint whose luminance
    depends on the colour conversion), so the reading is flagged, not guessed."""
    if lum is None or abs(lum - settings.box_dark) >= settings.box_dark_doubt:
        return None
    return (
        f"una casilla está rellena de un tono intermedio (luminancia {lum:.2f}), ni claramente oscuro "
        f"ni claramente claro: se leyó {'marcada' if checked else 'sin marcar'}"
    )


def _is_check_glyph_in(box: Box, word: Word, settings: LayoutSettings) -> bool:
    return (
        len(word["text"]) <= settings.box_glyph_chars
        and contains_point(box, center(word), pad=settings.box_glyph_pad)
        and all(is_check_mark(ch, word["font"]) for ch in word["text"])
    )


def drawn_box_marks(
    page: PageObjects, words: list[Word], settings: LayoutSettings = LAYOUT
) -> tuple[list[Mark], list[Word]]:
    """Marks of the drawn boxes, and the words left once each box took the check glyphs inside it.
    On a dark panel (`_panel_under`, darker than `box_dark`) a box's fill is read against the panel,
    not against the paper: a fill differing from it by `box_panel_contrast` marks the box (a box
    filled yellow on a navy panel, the others hollow). The boxes of one panel are then read by their
    looks beside each other (`_settle_panel_looks`): a box in the panel's own colour looks hollow."""
    marks: list[Mark] = []
    method: CheckMethod
    panels: dict[int, tuple[Shape, list[int]]] = {}  # a panel -> (the panel, its boxes)
    looks: list[Shape | None] = []  # each mark's own fill over its centre, None for none
    outlines: list[float | None] = []  # each mark's outline's luminance, None when unknown
    for box, parts in drawn_boxes(page, settings):
        lum: float | None = None
        glyphs = [w for w in words if _is_check_glyph_in(box, w, settings)]
        panel = _panel_under(box, page, settings)
        fills = _fills_over(box, parts, page, settings)
        behind = panel["fill_lum"] if panel is not None else None
        dark = behind is not None and behind < settings.box_dark
        if glyphs:
            state, method = True, "glyph"
        elif _strokes_inside(box, page, settings):
            state, method = True, "vector"
        elif dark and fills is not None:
            lum = fills[0]["fill_lum"]
            state = abs((lum or 0.0) - (behind or 0.0)) >= settings.box_panel_contrast
            method = "fill" if state else "empty"
        elif fills is not None and (lum := fills[0]["fill_lum"]) is not None and lum < settings.box_dark:
            state, method = True, "fill"
        else:
            state, method = False, "empty"
        if dark and fills is not None and method in ("fill", "empty"):
            doubt = _contrast_doubt(lum, behind or 0.0, state, settings)
        else:
            doubt = _fill_doubt(lum, state, settings) if method in ("fill", "empty") else None
        if glyphs:
            taken = {id(w) for w in glyphs}
            words = [w for w in words if id(w) not in taken]
        fill = fills[0] if fills is not None and method in ("fill", "empty") else None
        if panel is not None:
            panels.setdefault(id(panel), (panel, []))[1].append(len(marks))
        marks.append(Mark(box, state, method, doubt=doubt, fill=None if fill is None else fill["fill_color"]))
        looks.append(fill)
        outlines.append(_outline_lum(parts, fills[0] if fills is not None else None))
    return _settle_panel_looks(marks, panels.values(), looks, outlines, settings), words


def _outline_lum(parts: list[Shape], inner: Shape | None) -> float | None:
    """The luminance of the ink a box is drawn in: its stroked part's outline, else the fill of a
    larger part under its own fill (an outline drawn as a filled square); None when unknown."""
    for part in parts:
        lum = part.get("stroke_lum")
        if part["stroke"] and lum is not None:
            return lum
    under = [p for p in parts if p is not inner and p["fill"] and p["fill_lum"] is not None]
    if inner is None or not under:
        return None
    return max(under, key=area)["fill_lum"]


def _contrast_doubt(lum: float | None, behind: float, checked: bool, settings: LayoutSettings) -> str | None:
    """What is unsure of a box on a dark panel read by its fill: a fill whose difference from the
    panel behind it is within `box_dark_doubt` of `box_panel_contrast`."""
    if lum is None or abs(abs(lum - behind) - settings.box_panel_contrast) >= settings.box_dark_doubt:
        return None
    return (
        f"una casilla sobre un fondo oscuro está rellena de un tono poco distinto del fondo (luminancia {lum:.2f}, "
        f"fondo {behind:.2f}): se leyó {'marcada' if checked else 'sin marcar'}"
    )


BARE = "bare"  # a box's look: no fill of its own over its centre
PANEL = "panel"  # filled in its panel's own colour (it looks hollow)
WHITE = "white"  # filled white (`box_white`): the printed blank box
BLANK_LOOKS = (BARE, PANEL, WHITE)  # the looks of a box left unmarked; any other look is a fill colour


def _colours_alike(a: Shape, b: Shape, settings: LayoutSettings) -> bool:
    """Whether two filled shapes are filled in one colour: each RGB channel within `box_panel_alike`
    of full scale (their luminances when a colour is unknown)."""
    ca, cb = a["fill_color"], b["fill_color"]
    if ca and cb and len(ca) == 6 and len(cb) == 6:
        return all(
            abs(int(ca[i : i + 2], 16) - int(cb[i : i + 2], 16)) <= settings.box_panel_alike * 255 for i in (0, 2, 4)
        )
    la, lb = a["fill_lum"], b["fill_lum"]
    return la is not None and lb is not None and abs(la - lb) <= settings.box_panel_alike


def _look(fill: Shape | None, panel: Shape, settings: LayoutSettings) -> str | Shape:
    """A box's look on its panel: `BARE`, `PANEL` (filled in the panel's colour), `WHITE`, else its fill."""
    if fill is None or fill["fill_lum"] is None:
        return BARE
    if _colours_alike(fill, panel, settings):
        return PANEL
    if fill["fill_lum"] >= settings.box_white:
        return WHITE
    return fill


def _look_groups(
    indices: list[int], looks: Sequence[Shape | None], panel: Shape, settings: LayoutSettings
) -> list[tuple[str | Shape, list[int]]]:
    """The boxes `indices` grouped by look (`_look`): the blank looks by name, fills by colour alike."""
    groups: list[tuple[str | Shape, list[int]]] = []
    for i in indices:
        look = _look(looks[i], panel, settings)
        home = next(
            (
                members
                for key, members in groups
                if key == look
                or (not isinstance(key, str) and not isinstance(look, str) and _colours_alike(key, look, settings))
            ),
            None,
        )
        if home is None:
            groups.append((look, [i]))
        else:
            home.append(i)
    return groups


PANEL_DOUBT = "las casillas sobre un fondo de color no dicen por su relleno cuáles están marcadas"


def _two_looks(
    a: tuple[str | Shape, list[int]],
    b: tuple[str | Shape, list[int]],
    panel: Shape,
    outlines: Sequence[float | None],
    settings: LayoutSettings,
) -> tuple[list[int], str | None]:
    """Of a panel's boxes in two looks, (the boxes marked, the doubt of the reading or None): a box
    with no fill, in the panel's colour or white shows the unmarked look, so the other look marks
    (a yellow box beside navy ones on a navy panel, a coloured one beside white ones); the panel's
    colour beside white reads as on paper, the panel's colour marking, in doubt (a browser's checkbox
    filled in the panel's accent beside white ones, or white boxes marked beside hollow-looking ones);
    but when the boxes are all drawn in one ink (`outlines`: each box's outline luminance) that is
    the tone of one of the two fills and not of the other, the box filled with its own ink is the
    filled one, no doubt (white outlines: the white boxes mark; dark outlines: the boxes in the dark
    panel's colour); a box with no fill beside one in the panel's colour looks alike in print (both
    unmarked, in doubt); two colours neither blank mark by the darker, in doubt."""
    (key_a, members_a), (key_b, members_b) = sorted((a, b), key=lambda g: _blank_rank(g[0]))
    if isinstance(key_a, str) and isinstance(key_b, str):
        if {key_a, key_b} == {PANEL, WHITE}:
            inked = _filled_with_ink({key_a: members_a, key_b: members_b}, panel["fill_lum"] or 0.0, outlines, settings)
            if inked is not None:
                return inked, None
            return (members_a if key_a == PANEL else members_b), (
                f"{PANEL_DOUBT}: unas rellenas del color del fondo, otras blancas; "
                "se leyeron marcadas las del color del fondo"
            )
        if {key_a, key_b} == {BARE, WHITE}:
            return (members_a if key_a == WHITE else members_b), None
        return [], f"{PANEL_DOUBT}: unas sin relleno, otras del color del fondo; se leyeron sin marcar"
    if isinstance(key_a, str) or isinstance(key_b, str):
        return members_b, None
    darker = members_a if (key_a["fill_lum"] or 0.0) < (key_b["fill_lum"] or 0.0) else members_b
    return darker, f"{PANEL_DOUBT}: rellenas de dos colores; se leyeron marcadas las más oscuras"


def _filled_with_ink(
    groups: dict[str, list[int]], panel_lum: float, outlines: Sequence[float | None], settings: LayoutSettings
) -> list[int] | None:
    """Of boxes filled white or in the panel's colour (`groups` by `WHITE`, `PANEL`), the group filled
    in the tone of the ink every box is outlined in (within `box_panel_contrast`) when the other is
    not; None when the outlines are unknown or unlike, or tell neither group."""
    inks = [outlines[i] for members in groups.values() for i in members]
    if any(ink is None for ink in inks):
        return None
    known = [ink for ink in inks if ink is not None]
    if max(known) - min(known) >= settings.box_panel_contrast:
        return None
    ink = sum(known) / len(known)
    white = abs(ink - 1.0) < settings.box_panel_contrast
    dark = abs(ink - panel_lum) < settings.box_panel_contrast
    if white == dark:
        return None
    return groups[WHITE] if white else groups[PANEL]


def _blank_rank(key: str | Shape) -> int:
    return BLANK_LOOKS.index(key) if isinstance(key, str) else len(BLANK_LOOKS)


def _settle_panel_looks(
    marks: list[Mark],
    panels: Collection[tuple[Shape, list[int]]],
    looks: Sequence[Shape | None],
    outlines: Sequence[float | None],
    settings: LayoutSettings,
) -> list[Mark]:
    """`marks` with the boxes of each panel read by fill (`panels`: the panel and the indices of its
    boxes; `looks`: each mark's own fill, None for none) read again by their looks (`_look_groups`)
    when two or more are: in two looks, one blank (`_two_looks`); all in one blank look (no fill, the
    panel's colour, white) unmarked; all filled alike in a colour of their own, that is the boxes'
    style, read unmarked, and when no box of the panel was read by a glyph or strokes inside it the
    fill cannot tell: each says so (`doubt`); in more looks, the first reading in doubt."""
    settled = list(marks)
    for panel, indices in panels:
        owned = [i for i in indices if marks[i].method in ("fill", "empty")]
        if len(owned) < 2:
            continue
        groups = _look_groups(owned, looks, panel, settings)
        if len(groups) == 2:
            first, second = groups
            marked, doubt = _two_looks(first, second, panel, outlines, settings)
            for i in owned:
                checked = i in marked
                settled[i] = replace(marks[i], checked=checked, method="fill" if checked else "empty", doubt=doubt)
            continue
        if len(groups) > 2:
            for i in owned:
                settled[i] = replace(marks[i], doubt=f"{PANEL_DOUBT}: rellenas de más de dos colores")
            continue
        ((key, _),) = groups
        other = any(marks[i].method in ("glyph", "vector") for i in indices)
        doubt = (
            None
            if other or key in (BARE, PANEL)
            else "todas las casillas sobre un fondo de color están rellenas de un mismo tono distinto del fondo: "
            "el relleno no dice cuáles están marcadas; se leyeron sin marcar"
        )
        for i in owned:
            settled[i] = replace(marks[i], checked=False, method="empty", doubt=doubt)
    return settled


def settle_fills(marks: Sequence[Mark], settings: LayoutSettings = LAYOUT) -> None:
    """A display's drawn boxes (`marks`: its own) read by their fills against each other (issue 20:
    the one way its cells split into two groups): when every mark is a drawn box read by its fill,
    and the fills make two groups, unfilled (none or white, `month_white`) and one colour that is no
    pale grey (saturated, `month_grid_saturation`, or darker than `month_grid_pale`), the coloured
    boxes are marked and the others not, and the mid tone's doubt (`_fill_doubt`) is settled: an
    orange or violet circle beside white ones marks its month whatever its luminance. Else unchanged."""
    if not marks or any(m.method not in ("fill", "empty") for m in marks):
        return
    filled = [m for m in marks if m.fill is not None and ink_luminance(m.fill) < settings.month_white]
    colours = {m.fill for m in filled if m.fill is not None}
    if not filled or len(filled) == len(marks) or len(colours) != 1:
        return
    (colour,) = colours
    if ink_saturation(colour) < settings.month_grid_saturation and ink_luminance(colour) >= settings.month_grid_pale:
        return
    for mark in marks:
        mark.checked = any(mark is f for f in filled)
        mark.method = "fill" if mark.checked else "empty"
        mark.doubt = None


def _first_glyph(word: Word) -> Word:
    """The box of a word's first glyph: the word's own when it is that glyph alone, else taken as
    square (a font's line height wide: wider than the glyph, so it never stands over its label's
    first letter when the word is known)."""
    if len(word["text"]) == 1:
        return word
    return {**word, "x1": word["x0"] + height(word)}


def _glyph_mark(word: Word, state: bool, count: int = 1, unread: str = "") -> tuple[Mark, Word | None]:
    """A mark for the `count` glyphs that start `word` (a box, with any mark printed over it),
    and what is left of the word (None when nothing)."""
    text = word["text"]
    glyph_x1 = word["x0"] + (word["x1"] - word["x0"]) * count / max(len(text), 1)
    box: Box = {"x0": word["x0"], "top": word["top"], "x1": glyph_x1, "bottom": word["bottom"]}
    doubt = None
    if unread:
        doubt = (
            f"una casilla dibujada con la fuente {word['font']} lleva símbolos sin significado conocido "
            f"(«{unread}»): se leyó {'marcada' if state else 'sin marcar'}"
        )
    # "☐Sociolaboral": the rest of the word is the label's start.
    rest: Word | None = {**word, "text": text[count:].lstrip(), "x0": glyph_x1} if len(text) > count else None
    return Mark(box, state, "glyph", doubt=doubt, glyph=text[:count], ink=word.get("ink")), rest


def glyph_box_marks(
    words: list[Word], boxes: list[Mark], settings: LayoutSettings = LAYOUT
) -> tuple[list[Mark], list[Word]]:
    """Ballot-box glyphs (☐ ☒, Wingdings boxes, a box glyph with a tick glyph printed over it)
    standing as checkboxes by themselves, and the words left (`glyphs.read_glyph_box`).

    A black square (■) is a checked box only in a list of boxes (`boxes` or
    the glyph boxes found here); on its own it is a bullet.
    """
    readings = [read_glyph_box(word["text"], word["font"]) for word in words]  # per word: (state, count, unread)
    found = {i: (state, count, unread) for i, (state, count, unread) in enumerate(readings) if state is not None}
    glyph_marks = [_glyph_mark(words[i], *found[i])[0] for i in found]
    squares = [
        i
        for i, (word, (state, _, _)) in enumerate(zip(words, readings, strict=True))
        if state is None and word["text"] and is_filled_square(word["text"][0], word["font"])
    ]
    listed = [
        i for i in squares if in_box_list(_first_glyph(words[i]), [m.box for m in glyph_marks + boxes], settings, words)
    ]
    radios = _paired_radios(words, settings)
    marks: dict[int, Mark] = {}
    left: list[Word | None] = list(words)
    for i in found:
        marks[i], left[i] = _glyph_mark(words[i], *found[i])
    for i in listed:
        marks[i], left[i] = _glyph_mark(words[i], True)
    for i, state in radios.items():
        marks[i], left[i] = _glyph_mark(words[i], state)
    kept = [*found, *listed, *radios]
    return [marks[i] for i in kept], [w for w in left if w is not None]


def _paired_radios(words: list[Word], settings: LayoutSettings) -> dict[int, bool]:
    """The radio glyphs of a list of marks (word index -> checked): words starting with a filled dot
    (● ⬤ •) or a hollow one (○ ◯: `glyphs.radio_glyph_state`), each in line with another of them
    (`in_box_list`: same column or row, the text after set alike), kept only when the lined-up dots
    print both kinds: the pair is the mark (● on, ○ off). A filled dot alone is a bullet; hollow
    dots alone mark nothing."""
    dots = {
        i: state
        for i, w in enumerate(words)
        if w["text"] and (state := radio_glyph_state(w["text"][0], w["font"])) is not None
    }
    boxes = {i: _first_glyph(words[i]) for i in dots}
    lined = {i: dots[i] for i in dots if in_box_list(boxes[i], [boxes[j] for j in dots if j != i], settings, words)}
    return lined if len(set(lined.values())) == 2 else {}


def widget_marks(page: PageObjects) -> list[Mark]:
    return [Mark(box_only(w), w["checked"], "acroform", label=w["name"]) for w in page.widgets]


def find_marks(
    page: PageObjects, words: list[Word], settings: LayoutSettings = LAYOUT
) -> tuple[list[Mark], list[Word]]:
    """Every checkbox on the page, and the page's words the marks left (`words`: the free ones)."""
    drawn, words = drawn_box_marks(page, words, settings)
    glyphs, words = glyph_box_marks(words, drawn, settings)
    marks = drawn + glyphs
    for widget in widget_marks(page):
        # the widget's drawn look may be in the content too: then the widget gives its state
        if not any(iou(widget.box, m.box) > settings.widget_same_iou for m in marks):
            marks.append(widget)
        else:
            marks = [
                replace(m, checked=widget.checked, method="acroform")
                if iou(widget.box, m.box) > settings.widget_same_iou
                else m
                for m in marks
            ]
    return marks, words


def _label_words(
    mark: Mark,
    marks: list[Mark],
    words: list[Word],
    page_width: float,
    settings: LayoutSettings,
    dividers: Sequence[Box] = (),
) -> list[Word]:
    """The words right of `mark` on its line, up to the next mark, a wide gap or a word set apart
    from the label (another font size, a panel's edge between them: text of the next panel that
    a long label nearly touches), left to right."""
    box, pad = mark.box, settings.label_edge_pad
    limit = _next_box_left(mark, marks, page_width, settings)
    row = sorted(
        (
            w
            for w in words
            if w["x0"] >= box["x1"] - pad
            and w["x1"] <= limit + pad
            and vertical_overlap(w, box) > settings.label_row_overlap
            and abs(center(w)[1] - center(box)[1]) < height(box)
        ),
        key=lambda w: w["x0"],
    )
    taken: list[Word] = []
    right = box["x1"]
    for word in row:
        # Between words of one label a space is under an em (justified lines stretch to ~0.8 em);
        # a wider gap starts the next thing on the line (a form's question after "Yes [ ] No").
        gap_limit = (
            settings.label_word_gap * word["size"]
            if taken
            else max(settings.label_first_gap * word["size"], settings.label_first_gap_boxes * width(box))
        )
        if (
            word["x0"] - right > gap_limit
            or (taken and divided(taken[-1], word, dividers, settings))
            or (not taken and _panel_side_between(box, word, dividers, settings))
        ):
            break
        taken.append(word)
        right = word["x1"]
    return taken + _wrapped_lines(mark, taken, marks, words, limit, settings, dividers) if taken else taken


def _panel_side_between(box: Box, word: Word, dividers: Sequence[Box], settings: LayoutSettings) -> bool:
    """Whether a side of a drawn shape wider than a rule (`cell_rule`: a panel, a card) stands
    between a box and a word right of it, as tall as both (but `divider_slack` font sizes): the
    next panel's text is no label of a box at the edge of its own. A table's rule between a box's
    cell and its label's is no such side."""
    return _side_within(box["x1"] + settings.label_edge_pad, word["x0"], box, word, dividers, settings)


def _side_within(
    left: float, right: float, box: Box, word: Word, dividers: Sequence[Box], settings: LayoutSettings
) -> bool:
    """Whether a side of one of `dividers` wider than a rule (`cell_rule`) stands at an x after `left`
    and up to `right` (points), as tall as `box` and `word` both (but `divider_slack` of the word's
    size): the check of `_panel_side_between` and `_side_between`."""
    slack = settings.divider_slack * word["size"]
    top, bottom = min(box["top"], word["top"]) + slack, max(box["bottom"], word["bottom"]) - slack
    return any(
        width(d) > settings.cell_rule
        and d["top"] <= top
        and d["bottom"] >= bottom
        and any(left < x <= right for x in (d["x0"], d["x1"]))
        for d in dividers
    )


def _line_below(words: list[Word], above: list[Word], x0: float, x1: float, settings: LayoutSettings) -> list[Word]:
    """The words of the line right under `above` (a top within `label_wrap_gap` font sizes of its
    bottom) between x0 and x1, from the first up to a gap wider than `label_word_gap`, left to right."""
    first, bottom = above[0], max(w["bottom"] for w in above)
    size = first["size"]
    line = sorted(
        (
            w
            for w in words
            if w not in above
            and x0 <= w["x0"]
            and w["x1"] <= x1
            and -settings.line_overlap * size < w["top"] - bottom <= settings.label_wrap_gap * size
        ),
        key=lambda w: w["x0"],
    )
    return _first_run(line, size, settings)


def _first_run(line: list[Word], size: float, settings: LayoutSettings) -> list[Word]:
    """The words of `line` (left to right) that follow on from its first one: up to a gap wider than
    `label_word_gap` times `size` (points)."""
    for n in range(1, len(line)):
        if line[n]["x0"] - line[n - 1]["x1"] > settings.label_word_gap * size:
            return line[:n]
    return line


def _next_box_left(mark: Mark, marks: list[Mark], page_width: float, settings: LayoutSettings) -> float:
    """The left edge (points) of the nearest other box right of `mark` on its row (overlapping it by
    more than `label_stop_overlap`), where its label must end; `page_width` when none."""
    box = mark.box
    stops = [
        m.box["x0"]
        for m in marks
        if m is not mark and m.box["x0"] > box["x1"] and vertical_overlap(m.box, box) > settings.label_stop_overlap
    ]
    return min(stops, default=page_width)


def _line_opener_at(box: Box, words: list[Word], settings: LayoutSettings, below: bool) -> Word | None:
    """The one word starting within `label_edge_pad` of `box`'s left edge on the line right under it
    (`below`) or right over it (a gap of at most `label_wrap_gap` of its font size, an overlap of at
    most `line_overlap` of it); None when no word or several do."""
    found = [
        w
        for w in words
        if abs(w["x0"] - box["x0"]) <= settings.label_edge_pad
        and -settings.line_overlap * w["size"]
        < (w["top"] - box["bottom"] if below else box["top"] - w["bottom"])
        <= settings.label_wrap_gap * w["size"]
    ]
    return found[0] if len(found) == 1 else None


def _would_have_fit(above: list[Word], line: list[Word], settings: LayoutSettings) -> bool:
    """Whether the first word of `line` would have fit at the end of the line `above` it, within the
    width the two lines prove the label's cell has (the farther right edge of theirs), with
    `label_wrap_room` font sizes to spare: a line breaks only when the next word does not fit, so
    such a line is no wrap of the one above."""
    first, size = line[0], line[0]["size"]
    right = max(w["x1"] for w in [*above, *line])
    end = max(w["x1"] for w in above)
    return end + (first["x1"] - first["x0"]) + settings.label_wrap_room * size <= right


def _wrapped_lines(
    mark: Mark,
    taken: list[Word],
    marks: list[Mark],
    words: list[Word],
    limit: float,
    settings: LayoutSettings,
    dividers: Sequence[Box] = (),
) -> list[Word]:
    """The lines a label wraps onto (a narrow grid cell: "Otra:" over "Regularización"): right
    under it, starting at its left edge or at the box's, before the next box of the row, in the
    label's font and size, with no box of their own and no rule of `dividers` between them and the
    line above (`_rule_under`: the next cell's text, trial 28 ed16); at most `label_wrap_lines`,
    and none when more text follows right under them (a paragraph after the list is no part of a
    label) or a line's first word would have fit on the line above (`_would_have_fit`: text set
    under the label, the next row's value beside a column of labels, is no wrap of it)."""
    pad = settings.label_edge_pad
    x0, first = mark.box["x0"] - pad, taken[0]
    lines: list[list[Word]] = []
    above = taken
    for _ in range(settings.label_wrap_lines + 1):
        line = _line_below(words, above, x0, limit + pad, settings)
        if not line or line[0]["x0"] > first["x0"] + pad or _rule_under(above[0], line[0], dividers, settings):
            break
        if any(w["font"] != first["font"] or abs(w["size"] - first["size"]) > settings.para_size_diff for w in line):
            break
        if any(
            m is not mark
            and vertical_overlap(m.box, line[0]) > 0
            and m.box["x0"] < line[0]["x0"] + pad
            and m.box["x1"] > x0
            for m in marks
        ):
            break  # the next box's row (its label, however long, is no wrap of this one's last line)
        if _would_have_fit(above, line, settings):
            return []  # text set right under the label (the next row's value, a paragraph): no wrap of it
        if _follows_on(line[0], words, marks, settings):
            break  # the line's start is the end of the label before it ("☐ Intermediación laboral")
        lines.append(line)
        above = line
    if len(lines) > settings.label_wrap_lines:
        return []
    return [w for line in lines for w in line]


def _rule_under(upper: Word, lower: Word, dividers: Sequence[Box], settings: LayoutSettings) -> bool:
    """Whether a horizontal rule of `dividers` (no thicker than `cell_rule` points) runs under
    `lower`'s start between the middles of `upper` and `lower`: a table row's rule, `lower` is
    another cell's text."""
    x = lower["x0"] + min(width(lower), lower["size"]) / 2
    return any(
        height(d) <= settings.cell_rule
        and d["x0"] <= x <= d["x1"]
        and center(upper)[1] < (d["top"] + d["bottom"]) / 2 < center(lower)[1]
        for d in dividers
    )


def _follows_on(word: Word, words: list[Word], marks: list[Mark], settings: LayoutSettings) -> bool:
    """Whether a word or a box ends right before `word` on its line, within `label_word_gap` font
    sizes: the word goes on with what stands there (an inline list wrapped at a justified line's
    end: "☐ Intermediación" over "laboral"), so no label of the line above wraps onto it."""
    reach = settings.label_word_gap * word["size"]
    before = [w for w in words if w is not word] + [m.box for m in marks]
    return any(
        vertical_overlap(b, word) > settings.label_row_overlap and 0 <= word["x0"] - b["x1"] <= reach for b in before
    )


def _rows(marks: list[Mark], settings: LayoutSettings) -> list[list[Mark]]:
    """The marks grouped into rows (sharing `label_stop_overlap` of their height), each left to right."""
    rows: list[list[Mark]] = []
    for mark in sorted(marks, key=lambda m: (m.box["top"], m.box["x0"])):
        row = next((r for r in rows if vertical_overlap(r[0].box, mark.box) > settings.label_stop_overlap), None)
        if row is None:
            rows.append([mark])
        else:
            row.append(mark)
    return [sorted(r, key=lambda m: m.box["x0"]) for r in rows]


def _left_label_words(
    mark: Mark,
    row: list[Mark],
    marks: list[Mark],
    words: list[Word],
    settings: LayoutSettings,
    dividers: Sequence[Box] = (),
    page_words: Sequence[Word] | None = None,
    across_rules: bool = False,
    list_left: float | None = None,
) -> list[Word]:
    """The words of a label printed before its box ("Sociolaboral ☐"), in reading order: left of
    the box and right of the row's previous box (the first box of a row of several reaches as far
    left as the row's box pitch, or to `list_left` when given: the left edge of the list's other
    rows' labels, `_list_left_edges`), their line's centre within `label_left_band` font sizes of the
    box's centre and nearer it than any other box right of their start (a wrapped line above a
    box reaches past it), set at most `label_left_size` box
    heights large (a title's last word over a column of boxes is none), each line's words from the box leftwards up
    to a gap wider than `label_word_gap` (the first word within `label_first_gap` font sizes of
    the box, or as far as the farthest such gap in a column of boxes (labels set left in their
    cells, boxes right), or anywhere in its cell when the row has a box pitch); never across a
    vertical rule (a table's border: the heading in the row's label cell is no box's label) unless
    `across_rules` (the box stands in a table of label | box cells, `_ruled_label_cells`), nor
    a drawn edge (a panel's side); its lines in one column (`_one_column`), none running on under
    or over the box (`_runs_past`) nor in from left of its cell (`_runs_in`), none but the box's own
    line the last of a paragraph over the list (`_under_running_text`) or a template heading
    (`_a_heading`). The gaps of a column of boxes are measured on `page_words` (the words before any
    label was taken, default `words`): a box whose label was taken already would measure the gap to
    the next column's text."""
    box, pad = mark.box, settings.label_edge_pad
    at = row.index(mark)
    pitch = (row[-1].box["x0"] - row[0].box["x0"]) / (len(row) - 1) if len(row) > 1 else None
    if at > 0:
        left = row[at - 1].box["x1"]
    elif list_left is not None:
        left = list_left
    elif pitch is not None:
        left = box["x0"] - pitch + width(box)
    else:
        left = -1e9
    cy = center(box)[1]
    own_row = {id(m) for m in row}

    def nearest(word: Word) -> bool:
        # the boxes of other rows only: a box of the mark's own row stands at its height (a checked
        # box drawn a fraction of a point lower is no nearer row)
        wy = center(word)[1]
        return all(
            abs(center(m.box)[1] - wy) >= abs(cy - wy)
            for m in marks
            if id(m) not in own_row and word["x0"] <= m.box["x0"] + pad
        )

    near = [
        w
        for w in words
        if w["x1"] <= box["x0"] + pad
        and w["x0"] >= left - pad
        and abs(center(w)[1] - cy) <= settings.label_left_band * w["size"]
        and w["size"] <= settings.label_left_size * height(box)
        and nearest(w)
        and (across_rules or not _rule_between(w["x1"], box["x0"], cy, dividers, settings))
    ]
    column = [
        m
        for m in marks
        if abs(m.box["x0"] - box["x0"]) <= settings.list_column_shift * height(box)
        and abs(m.box["x1"] - box["x1"]) <= settings.list_column_shift * height(box)
    ]
    measured = words if page_words is None else page_words
    gaps = [g for g in (_left_gap(m, measured, settings) for m in column) if g is not None] if len(column) > 1 else []
    lines: list[list[Word]] = []
    for line in _lines_of(near, settings):
        line = sorted(line, key=lambda w: -w["x1"])
        size = line[0]["size"]
        reach = max([settings.label_first_gap * size, *gaps])
        if pitch is None and box["x0"] - line[0]["x1"] > reach + pad:
            continue
        kept = [line[0]]
        for word in line[1:]:
            if kept[-1]["x0"] - word["x1"] > settings.label_word_gap * size or divided(
                word, kept[-1], dividers, settings
            ):
                break
            kept.append(word)
        if not _runs_past(kept[0], words, box, settings) and not _runs_in(kept[-1], words, left, settings):
            lines.append(sorted(kept, key=lambda w: w["x0"]))
    kept_lines = [
        ln
        for ln in _one_column(lines, box, settings, dividers)
        if vertical_overlap(union(ln), box) > settings.label_row_overlap
        or not (_under_running_text(ln, words, box, settings) or _a_heading(ln))
    ]
    if kept_lines:
        kept_lines = _wrapped_before(kept_lines, mark, marks, words, settings, dividers) + kept_lines
    return [w for line in kept_lines for w in line]


def _runs_past(end: Word, words: list[Word], box: Box, settings: LayoutSettings) -> bool:
    """Whether the line `end` ends runs on under or over `box`: followed word by word rightwards (on
    its line, each within `label_word_gap` font sizes of the last), a word of it stands in the box's
    width (a word starting past the box is the next label of the row).
    A label before its box ends before it; a line going on past it is the text of a row below or
    above (the value of the next heading, close under the list's last box: "2015: se gesta la
    idea...", not "Otra: 2015:")."""
    reach, pad = settings.label_word_gap * end["size"], settings.label_edge_pad
    line = sorted((w for w in words if vertical_overlap(w, end) > settings.line_overlap), key=lambda w: w["x0"])
    right = end["x1"]
    for w in line:
        if w["x0"] < end["x1"]:
            continue
        if w["x0"] - right > reach or w["x0"] >= box["x1"] - pad:
            return False  # a gap, or the next label after the box: the line ended before the box
        if w["x1"] > box["x0"] + pad:
            return True  # a word standing under or over the box
        right = max(right, w["x1"])
    return False


def _words_above(line: list[Word], words: list[Word], first: Word, settings: LayoutSettings) -> list[Word]:
    """The words of the line right above `line` (their bottoms within `label_wrap_gap` of `first`'s
    font sizes over its top, overlapping it by `line_overlap` at most), from `first`'s left edge
    (less `label_edge_pad`) rightwards, left to right."""
    size, top = first["size"], min(w["top"] for w in line)
    return sorted(
        (
            w
            for w in words
            if w not in line
            and w["x0"] >= first["x0"] - settings.label_edge_pad
            and -settings.line_overlap * size < top - w["bottom"] <= settings.label_wrap_gap * size
        ),
        key=lambda w: w["x0"],
    )


def _under_running_text(line: list[Word], words: list[Word], box: Box, settings: LayoutSettings) -> bool:
    """Whether the line right above `line` (its bottom within `label_wrap_gap` font sizes over the
    line's top) starts at the line's left edge and, followed word by word rightwards (each within
    `label_word_gap` font sizes of the last), runs on past `box`'s right edge by more than
    `label_wrap_past` font sizes: `line` is the last line of a paragraph set over the list, no line
    of the box's label ("irregular." alone on its line right over "Sociolaboral ☐": browser seed
    24427)."""
    first, pad = line[0], settings.label_edge_pad
    size = first["size"]
    above = _words_above(line, words, first, settings)
    if not above or abs(above[0]["x0"] - first["x0"]) > pad:
        return False
    right = above[0]["x1"]
    for word in above[1:]:
        if word["x0"] - right > settings.label_word_gap * size:
            break
        right = word["x1"]
    return right > box["x1"] + settings.label_wrap_past * size


def _runs_in(start: Word, words: list[Word], left: float, settings: LayoutSettings) -> bool:
    """Whether the line `start` begins runs in from left of its box's cell (`left`, points: the
    right edge of the row's box before, or as far left as the row's box pitch reaches): followed
    word by word leftwards (on its line, each within `label_word_gap` font sizes of the last), a
    word of it starts left of the cell and ends inside it, across its edge.
    A label before its box starts in the box's cell; a line coming from further left is the text
    of a row above or below (a paragraph's last line right over a grid of "label ☐" cells, its
    words from the second cell on read as that cell's label: browser seed 24042); a word ending
    before the cell's edge is the cell before's own (its box, its label)."""
    reach, pad = settings.label_word_gap * start["size"], settings.label_edge_pad
    line = sorted((w for w in words if vertical_overlap(w, start) > settings.line_overlap), key=lambda w: -w["x1"])
    edge = start["x0"]
    for w in line:
        if w["x1"] > start["x0"]:
            continue
        if edge - w["x1"] > reach or w["x1"] <= left + pad:
            return False  # a gap, or the cell before's own text or box: the line starts in the cell
        if w["x0"] < left - pad:
            return True  # a word standing across the cell's left edge
        edge = min(edge, w["x0"])
    return False


def _wrapped_before(
    lines: list[list[Word]],
    mark: Mark,
    marks: list[Mark],
    words: list[Word],
    settings: LayoutSettings,
    dividers: Sequence[Box],
) -> list[list[Word]]:
    """The lines a label printed before its box starts on, above `lines` (an inline label wrapped in
    a narrow cell: "Otra:" over "Regularización ☐", "Intermediación" over "laboral ☐", its first
    line reaching past the box): each right above the one under it (a top within `label_wrap_gap`
    font sizes), starting at its left edge, in its font and size, ending left of any box on its
    line (a box's own label line is no wrap), not across a drawn edge; and a wrap only when the
    first word of the line under it would not have fit on it (`_would_have_fit`: a heading or a
    paragraph over the list is none) and it ends at most `label_wrap_past` font sizes past the
    box's right edge (a paragraph's last line over the list runs on past the label's cell: browser
    seed 22424), nor is the last line of such a paragraph (`_under_running_text`) nor a template
    heading (`_a_heading`); at most
    `label_wrap_lines`, top to bottom."""
    pad, first = settings.label_edge_pad, lines[0][0]
    size = first["size"]
    above: list[list[Word]] = []
    under = lines[0]
    for _ in range(settings.label_wrap_lines):
        line = _words_above(under, words, first, settings)
        if not line or abs(line[0]["x0"] - first["x0"]) > pad:
            break
        kept = [line[0]]
        for word in line[1:]:
            if word["x0"] - kept[-1]["x1"] > settings.label_word_gap * size or divided(
                kept[-1], word, dividers, settings
            ):
                break
            kept.append(word)
        if any(w["font"] != first["font"] or abs(w["size"] - size) > settings.para_size_diff for w in kept):
            break
        if any(
            m is not mark
            and vertical_overlap(m.box, kept[0]) > settings.label_row_overlap
            and m.box["x0"] >= kept[0]["x0"] - pad
            for m in marks
        ):
            break  # a line ending in a box of its own: the label of the box above
        if _would_have_fit(kept, [*under, _box_word(mark.box, size)], settings):
            break
        if max(w["x1"] for w in kept) > mark.box["x1"] + settings.label_wrap_past * size:
            break  # a line running on far past the box: a paragraph's over the list, no label's cell
        if _under_running_text(kept, words, mark.box, settings):
            break  # the last line of a paragraph that runs on so
        if _edge_across(kept, under, dividers):
            break  # a cell's top rule between them: the line above ends the text over the table
        if _a_heading(kept):
            break
        above.insert(0, kept)
        under = kept
    return above


def _a_heading(line: list[Word]) -> bool:
    """Whether a line is a template heading (`template.heading_term`): the list's own heading over its
    first label ("1. CATEGORÍA:" over "Sociolaboral ☑", browser seed 35437), never a label's line."""
    return heading_term(" ".join(w["text"] for w in line))[0] is not None


def _edge_across(upper: list[Word], lower: list[Word], dividers: Sequence[Box]) -> bool:
    """Whether a drawn edge runs between two lines: the top or bottom side of a shape or stroke
    (a table's rule, a cell's border) lies between the upper line's bottom and the lower line's top,
    across the lower line's first word. A label wraps inside its cell; the line over a table's top
    rule is the paragraph before the table ("...se encuentran en situación irregular." ending
    right over "Acogida/atención ■", its first word by chance at the label's left edge: browser
    seed 6447)."""
    bottom, top, first = max(w["bottom"] for w in upper), min(w["top"] for w in lower), lower[0]
    return any(
        d["x0"] <= first["x0"] and d["x1"] >= first["x1"] and any(bottom <= y <= top for y in (d["top"], d["bottom"]))
        for d in dividers
    )


def _label_under(
    mark: Mark,
    marks: list[Mark],
    words: list[Word],
    page_width: float,
    settings: LayoutSettings,
    dividers: Sequence[Box] = (),
) -> list[Word]:
    """The words of a label set wholly on the line under its box, from the box's left edge (a narrow
    grid cell whose box ends its first line: "☐" over "Emprendimiento"): the line's first word
    starts within `label_edge_pad` of the box's left edge and within `label_wrap_gap` font sizes
    under it, beside no box of its own line; its words up to a gap wider than `label_word_gap`,
    before the row's next box; no word right of the box on the box's line as far as that line
    reaches (the box stands alone on its line); then the lines it wraps onto (`_wrapped_lines`)."""
    box, pad = mark.box, settings.label_edge_pad
    first = _line_opener_at(box, words, settings, below=True)
    if first is None:
        return []
    limit = _next_box_left(mark, marks, page_width, settings)
    if any(m is not mark and vertical_overlap(m.box, first) > 0 and m.box["x0"] < first["x1"] for m in marks):
        return []  # a box on the word's line: it is that row's text
    line = _line_below(words, [_box_word(box, first["size"])], box["x0"] - pad, limit + pad, settings)
    if not line or line[0] is not first:
        return []
    right = max(w["x1"] for w in line)
    if any(
        vertical_overlap(w, box) > settings.label_row_overlap and box["x1"] - pad <= w["x0"] <= right for w in words
    ):
        return []  # the box's line holds text of its own: the line under is no label of it
    if any(_panel_side_between(box, w, dividers, settings) for w in line[:1]):
        return []
    return line + _wrapped_lines(mark, line, marks, words, limit, settings, dividers)


def _label_over(
    mark: Mark, marks: list[Mark], words: list[Word], settings: LayoutSettings, fonts: set[tuple[str, float]]
) -> list[Word]:
    """The words of a label that ends its line with its box wrapped onto the next line, alone
    ("Intermediación laboral" over "☐" in a list of labels before their boxes): the line right
    above the box (within `label_wrap_gap` font sizes) starting within `label_edge_pad` of the
    box's left edge, its words up to a gap wider than `label_word_gap`, set in a font and size of
    the list's other labels (`fonts`: (font, size) pairs; a heading over the list is none), no box
    on that line after them within `label_first_gap` font sizes, and no word beside the box on its
    own line as far as that line reaches either way (the box stands alone on its line)."""
    box, pad = mark.box, settings.label_edge_pad
    first = _line_opener_at(box, words, settings, below=False)
    if first is None:
        return []
    size = first["size"]
    row = sorted(
        (w for w in words if w["x0"] >= first["x0"] and vertical_overlap(w, first) > settings.label_row_overlap),
        key=lambda w: w["x0"],
    )
    line = _first_run(row, size, settings)
    right = line[-1]["x1"]
    if any((w["font"], round(w["size"], 1)) not in fonts for w in line):
        return []
    if any(
        m is not mark
        and vertical_overlap(m.box, first) > 0
        and first["x0"] - pad <= m.box["x0"] <= right + settings.label_first_gap * size
        for m in marks
    ):
        return []  # a box on the line ends it: its label
    reach = settings.label_first_gap * size
    if any(
        vertical_overlap(w, box) > settings.label_row_overlap and box["x0"] - reach <= w["x1"] and w["x0"] <= right
        for w in words
    ):
        return []  # the box's line holds text of its own
    return line


def _box_word(box: Box, size: float) -> Word:
    """A box as a word of `size` (the right edge a label's line reaches with its box)."""
    return Word(
        x0=box["x0"], top=box["top"], x1=box["x1"], bottom=box["bottom"], text="", font="", size=size, bold=False
    )


def _one_column(
    lines: list[list[Word]], box: Box, settings: LayoutSettings, dividers: Sequence[Box] = ()
) -> list[list[Word]]:
    """The lines of a label before its box that stand in one column with the line nearest the box
    (the one nearest its centre, then the one ending closest to it) and are set like it, top to bottom:
    a line sharing no width with that line is the end of a line of another column (a justified
    body column's last word beside a panel's "Cooperativas ☐"), however near its baseline is; a
    line of another size or weight is a heading over the list ("Categoría" over "Sociolaboral ☐");
    a line with a drawn edge between it and that line (`_edge_across`: a cell's rule) stands in
    another cell or over the table."""
    if len(lines) < 2:
        return lines
    cy = center(box)[1]
    anchor = min(lines, key=lambda ln: (abs(center(union(ln))[1] - cy), box["x0"] - ln[-1]["x1"]))
    spread, first = union(anchor), anchor[0]

    def set_alike(line: list[Word]) -> bool:
        return all(
            abs(w["size"] - first["size"]) <= settings.para_size_diff and w["bold"] == first["bold"] for w in line
        )

    def ruled_off(line: list[Word]) -> bool:
        upper, lower = (line, anchor) if line[0]["top"] < first["top"] else (anchor, line)
        return _edge_across(upper, lower, dividers)

    return [
        ln
        for ln in lines
        if ln is anchor
        or (
            min(ln[-1]["x1"], spread["x1"]) - max(ln[0]["x0"], spread["x0"]) > 0 and set_alike(ln) and not ruled_off(ln)
        )
    ]


def _rule_between(x0: float, x1: float, y: float, dividers: Sequence[Box], settings: LayoutSettings) -> bool:
    """Whether a vertical rule (a stroke or shape at most `cell_rule` points wide) crosses the row at
    height `y` between x `x0` and `x1`."""
    return any(
        width(d) <= settings.cell_rule and x0 <= center(d)[0] <= x1 and d["top"] <= y <= d["bottom"] for d in dividers
    )


def _left_gap(mark: Mark, words: Sequence[Word], settings: LayoutSettings) -> float | None:
    """Points between a box and the nearest word ending left of it on its line; None when none does."""
    box = mark.box
    ends = [
        w["x1"]
        for w in words
        if w["x1"] <= box["x0"] + settings.label_edge_pad and vertical_overlap(w, box) > settings.label_row_overlap
    ]
    return box["x0"] - max(ends) if ends else None


def _lines_of(words: list[Word], settings: LayoutSettings) -> list[list[Word]]:
    """`words` in lines (sharing `label_row_overlap` of their height), top to bottom."""
    return overlap_lines(sorted(words, key=lambda w: w["top"]), settings.label_row_overlap)


def _column_of(mark: Mark, marks: list[Mark], settings: LayoutSettings) -> list[Mark]:
    """The marks standing in one column with `mark` (left and right edges within `list_column_shift`
    of its height), itself among them."""
    box, shift = mark.box, settings.list_column_shift * height(mark.box)
    return [m for m in marks if abs(m.box["x0"] - box["x0"]) <= shift and abs(m.box["x1"] - box["x1"]) <= shift]


def _ruled_label_cells(
    marks: list[Mark], words: list[Word], page_width: float, settings: LayoutSettings, dividers: Sequence[Box]
) -> set[int]:
    """ids of the marks standing in a ruled table of label | box cells ("Sociolaboral │ ☐ │ Acogida
    │ ☐"), whose labels may cross the rule before their box: every mark of the mark's row and of
    its column has words before it (across rules), and the last box of most of those rows
    (`_mostly`) has no label right of it. A heading in a form's label cell beside a column of
    [☐ │ label] rows stands before one box of its column only, so that column's boxes keep to
    their own side of the rule."""
    rows = _rows(marks, settings)
    row_of = {id(m): row for row in rows for m in row}
    open_ends = {id(row[-1]) for row in rows if not _label_words(row[-1], marks, words, page_width, settings, dividers)}
    words_before: dict[int, bool] = {}

    def has_words_before(mark: Mark) -> bool:
        if id(mark) not in words_before:
            found = _left_label_words(mark, row_of[id(mark)], marks, words, settings, dividers, across_rules=True)
            words_before[id(mark)] = bool(found)
        return words_before[id(mark)]

    ruled = set()
    for mark in marks:
        row, column = row_of[id(mark)], _column_of(mark, marks, settings)
        ends = [row_of[id(m)][-1] for m in [mark, *column]]
        if _mostly(open_ends, list({id(e): e for e in ends}.values())) and all(
            has_words_before(m) for m in [*row, *column]
        ):
            ruled.add(id(mark))
    return ruled


def _mostly(ids: Collection[int], marks: list[Mark]) -> bool:
    """Whether more than half of `marks` are among `ids`."""
    return 2 * sum(id(m) in ids for m in marks) > len(marks)


def _labels_before(
    marks: list[Mark],
    words: list[Word],
    page_width: float,
    settings: LayoutSettings,
    dividers: Sequence[Box],
    ruled: Collection[int] = (),
) -> set[int]:
    """ids of the marks whose labels stand before them: every mark of a row whose last box has no
    label right of it while its first box has words before it ("Label ☐ Label ☐"; across a rule
    for the marks in `ruled`, `_ruled_label_cells`). A list sets its labels on one side: a row with
    words both before its first box and after its last (a wrapped label's line, the next panel's
    text beside it) takes them before when more rows take them before than after (their last box
    labelled, no words before their first)."""
    rows = _rows(marks, settings)
    after = {id(row[0]) for row in rows if _label_words(row[-1], marks, words, page_width, settings, dividers)}
    ahead = {
        id(row[0])
        for row in rows
        if _left_label_words(row[0], row, marks, words, settings, dividers, across_rules=id(row[0]) in ruled)
    }
    clear_before = [row for row in rows if id(row[0]) in ahead and id(row[0]) not in after]
    clear_after = [row for row in rows if id(row[0]) in after and id(row[0]) not in ahead]
    one_side = len(clear_before) > len(clear_after)
    return {id(m) for row in rows if id(row[0]) in ahead and (id(row[0]) not in after or one_side) for m in row}


def _line_words(box: Box, words: Sequence[Word], settings: LayoutSettings) -> list[Word]:
    """The words on the line of `box` (sharing `label_row_overlap` of it, centres within its height),
    left to right."""
    return sorted(
        (
            w
            for w in words
            if vertical_overlap(w, box) > settings.label_row_overlap
            and abs(center(w)[1] - center(box)[1]) < height(box)
        ),
        key=lambda w: w["x0"],
    )


def _lead(row: list[Mark], line: list[Word], settings: LayoutSettings, dividers: Sequence[Box] = ()) -> list[Word]:
    """The words before the first box of `row` on its line, set one after another up to it (at most
    `label_lead_gap` font sizes between them: a paragraph's spaces, no column's gutter) with no
    panel's side between (`_side_between`: the body text beside a text box is none of its list's):
    a run-in label, or a label wrapped from the line above."""
    lead: list[Word] = []
    left = row[0].box["x0"]
    for word in reversed([w for w in line if w["x1"] <= left + settings.label_edge_pad]):
        if left - word["x1"] > settings.label_lead_gap * word["size"] or _side_between(
            word, row[0].box, dividers, settings
        ):
            break
        lead.insert(0, word)
        left = word["x0"]
    return lead


def _side_between(word: Word, box: Box, dividers: Sequence[Box], settings: LayoutSettings) -> bool:
    """Whether a side of a drawn shape wider than a rule (a panel, a text box's frame) stands between
    `word` and `box` right of it, as tall as both (but `divider_slack` font sizes)."""
    return _side_within(word["x1"] - settings.label_edge_pad, box["x0"], box, word, dividers, settings)


def _gaps_to_words(mark: Mark, line: list[Word]) -> tuple[float | None, float | None]:
    """(gap from the word before `mark` on its line, gap to the word after it), None where none."""
    before = [mark.box["x0"] - w["x1"] for w in line if w["x1"] <= mark.box["x0"] + 1.0]
    after = [w["x0"] - mark.box["x1"] for w in line if w["x0"] >= mark.box["x1"] - 1.0]
    return min(before, default=None), min(after, default=None)


def _wrapped_list_labels(
    marks: list[Mark], words: list[Word], page_width: float, settings: LayoutSettings, dividers: Sequence[Box]
) -> dict[int, list[Word]]:
    """Labels of the boxes of an inline list wrapped over lines ("☐ A  ☒ B  ☐" / "C  ☐ D" / "E"), by
    id of the mark: a row whose last box ends its line (no label right of it) and whose next line,
    right under it (`label_wrap_gap` font sizes), starts at the row's left edge with words, is one
    paragraph going on there; read as one stream, its boxes stand before their labels when most
    boxes stand nearer the word after them than the word before them (ties: the stream starts with
    a box), and then each box's label is the words after it up to the next box, across the line
    breaks; the line right under the last row, from the left edge, is the last label's end when its
    first word would not have fit on that row's line (`_tail_line`). Words before the stream's first
    box (a run-in label "Categoría:") stay free. Lists whose boxes stand after their labels, and a
    row that wraps onto no next row (one line shows no paragraph's width), are left to
    `attach_labels`."""
    rows = _rows(marks, settings)
    labels: dict[int, list[Word]] = {}
    lines = [_line_words(row[0].box, words, settings) for row in rows]
    n = 0
    while n < len(rows):
        chain = [n]
        while chain[-1] + 1 < len(rows) and _wraps_onto(
            rows, lines, chain[-1], chain[-1] + 1, marks, words, page_width, settings, dividers
        ):
            chain.append(chain[-1] + 1)
        n = chain[-1] + 1
        last = rows[chain[-1]]
        if all(len(rows[i]) == 1 for i in chain):
            continue  # one box a line: a list set down the page, whose labels `_label_words` wraps
        stream: list[Mark | Word] = []
        for i in chain:
            stream.extend(sorted([*rows[i], *_line_span(rows[i], lines[i], settings, dividers)], key=_x0_of))
        left = _starts(rows[chain[0]], lines[chain[0]], settings, dividers)
        right = max(t.box["x1"] if isinstance(t, Mark) else t["x1"] for t in stream)
        tail = _tail_line(left, right, last, _line_span(last, lines[chain[-1]], settings, dividers), words, settings)
        if len(chain) == 1:
            continue  # one line: nothing shows it wraps (a paragraph under a row of boxes is no label of its last)
        stream.extend(tail)
        if not _boxes_first(chain, rows, lines, stream):
            continue
        current: Mark | None = None
        for token in stream:
            if isinstance(token, Mark):
                current = token
                labels[id(current)] = []
            elif current is not None:
                labels[id(current)].append(token)
    return {key: taken for key, taken in labels.items() if taken}


def _x0_of(token: Mark | Word) -> float:
    return token.box["x0"] if isinstance(token, Mark) else token["x0"]


def _line_span(row: list[Mark], line: list[Word], settings: LayoutSettings, dividers: Sequence[Box]) -> list[Word]:
    """The words of a row's line from its lead (`_lead`) to its last box, and those after that box
    set on from it (the first within `label_first_gap` font sizes, the next within `label_word_gap`)."""
    lead = _lead(row, line, settings, dividers)
    left = lead[0]["x0"] if lead else row[0].box["x0"]
    span = [w for w in line if w["x0"] >= left - settings.label_edge_pad and w["x1"] <= row[-1].box["x0"]]
    right, gap = row[-1].box["x1"], settings.label_first_gap
    for word in (w for w in line if w["x0"] >= row[-1].box["x1"] - settings.label_edge_pad):
        if word["x0"] - right > gap * word["size"]:
            break
        span.append(word)
        right, gap = word["x1"], settings.label_word_gap
    return span


def _starts(row: list[Mark], line: list[Word], settings: LayoutSettings, dividers: Sequence[Box]) -> float:
    """x where a row's line starts: its lead's first word, else its first box."""
    lead = _lead(row, line, settings, dividers)
    return lead[0]["x0"] if lead else row[0].box["x0"]


def _ends_its_line(
    row: list[Mark],
    marks: list[Mark],
    words: list[Word],
    page_width: float,
    settings: LayoutSettings,
    dividers: Sequence[Box],
) -> bool:
    """Whether the last box of `row` has no label right of it on its line (`_label_words`)."""
    return not _label_words(row[-1], marks, words, page_width, settings, dividers)


def _wraps_onto(
    rows: list[list[Mark]],
    lines: list[list[Word]],
    i: int,
    j: int,
    marks: list[Mark],
    words: list[Word],
    page_width: float,
    settings: LayoutSettings,
    dividers: Sequence[Box],
) -> bool:
    """Whether row `i` ends its line with a box and row `j`'s line goes on right under it, from the
    same left edge, with words before its first box."""
    upper, lower = rows[i], rows[j]
    size = max((w["size"] for w in lines[j]), default=height(lower[0].box))
    return (
        _ends_its_line(upper, marks, words, page_width, settings, dividers)
        and bool(_lead(lower, lines[j], settings, dividers))
        and abs(_starts(lower, lines[j], settings, dividers) - _starts(upper, lines[i], settings, dividers))
        <= settings.label_edge_pad
        and -settings.line_overlap * size
        < min(m.box["top"] for m in lower) - max(m.box["bottom"] for m in upper)
        <= settings.label_wrap_gap * size
    )


def _tail_line(
    left: float, right: float, last: list[Mark], line: list[Word], words: list[Word], settings: LayoutSettings
) -> list[Word]:
    """The words of the line right under the last row (`last`, its line's words `line`) of a wrapped
    list whose lines run from x `left` to `right`, from that left edge, with no box: the last label
    wrapped there ("☐" / "Otra: Regularización", "☒ Otra:" / "Regularización"), when its first word
    would not have fit at the end of the row's line (else the line is the next paragraph)."""
    above = sorted([*[w for w in line if w["x0"] >= left - settings.label_edge_pad], *map(_mark_word, last)], key=_x0)
    below = _line_below(words, above, left - settings.label_edge_pad, right + settings.label_edge_pad, settings)
    if not below or abs(below[0]["x0"] - left) > settings.label_edge_pad:
        return []
    end, first = max(w["x1"] for w in above), below[0]
    if end + width(first) + settings.label_wrap_room * first["size"] <= right:
        return []
    return below


def _mark_word(mark: Mark) -> Word:
    return _box_word(mark.box, height(mark.box))


def _x0(word: Word) -> float:
    return word["x0"]


def _boxes_first(chain: list[int], rows: list[list[Mark]], lines: list[list[Word]], stream: list[Mark | Word]) -> bool:
    """Whether the boxes of a wrapped list stand before their labels: most boxes with a word on each
    side stand nearer the word after them; on a tie, the stream starts with a box. False when no box
    stands between words on its line (a row of boxes with no labels between them, a month display
    over a paragraph, is no list of labels)."""
    nearer_next = nearer_before = 0
    for i in chain:
        for mark in rows[i]:
            before, after = _gaps_to_words(mark, lines[i])
            if before is None or after is None:
                continue
            nearer_next += after < before
            nearer_before += before < after
    if nearer_next != nearer_before:
        return nearer_next > nearer_before
    return nearer_next > 0 and isinstance(stream[0], Mark)


def _list_left_edges(
    marks: list[Mark],
    words: list[Word],
    page_width: float,
    settings: LayoutSettings,
    dividers: Sequence[Box],
    before: Collection[int],
) -> dict[int, float]:
    """The left edge (points) each first box of a row whose labels stand before its boxes reaches
    to, by id, for the rows whose first label the row's box pitch cut off: a row of a list whose
    other rows print their labels before their boxes (`before`: "Sociolaboral ☐ Acogida ☐ …"), no
    label right of its last box and none found before its first within its pitch, a long first
    label and short ones after it ("Intermediación laboral ☐ NNA ☐ Otra ☐": the pitch, measured on
    the short ones, stops inside the long one, and each box was given the label after it) reaches
    as far left as the other rows' labels start, in their column (their first words' left edges,
    within `list_column_shift` box heights of the row's first box's reach)."""
    rows = _rows(marks, settings)
    starts = [
        min(w["x0"] for w in found)
        for row in rows
        if id(row[0]) in before
        and (found := _left_label_words(row[0], row, marks, words, settings, dividers, page_words=words))
    ]
    if not starts:
        return {}
    edge = min(starts) - settings.label_edge_pad
    edges = {}
    for row in rows:
        first = row[0]
        if id(first) in before or _label_words(row[-1], marks, words, page_width, settings, dividers):
            continue
        if first.box["x0"] <= edge or _left_label_words(first, row, marks, words, settings, dividers):
            continue
        if _set_against_words_before(row, words, settings) and _left_label_words(
            first, row, marks, words, settings, dividers, list_left=edge
        ):
            edges[id(first)] = edge
    return edges


def _set_against_words_before(row: list[Mark], words: list[Word], settings: LayoutSettings) -> bool:
    """Whether the boxes of `row` stand nearer the word ending before them on their line than the
    word starting after them, most of those with words on both sides: "laboral ☐   NNA ☐   Otra"
    sets each box against its label before it; "☐ Capacitaciones  ☐Cooperativas" (a list of
    boxes before their labels, wrapped) against the label after it."""
    before = after = 0
    for mark in row:
        box = mark.box
        line = [w for w in words if vertical_overlap(w, box) > settings.label_row_overlap]
        left = [box["x0"] - w["x1"] for w in line if w["x1"] <= box["x0"] + settings.label_edge_pad]
        right = [w["x0"] - box["x1"] for w in line if w["x0"] >= box["x1"] - settings.label_edge_pad]
        if left and right:
            before += min(left) < min(right)
            after += min(right) < min(left)
    return before > after


def attach_labels(
    marks: list[Mark],
    words: list[Word],
    page_width: float,
    settings: LayoutSettings = LAYOUT,
    dividers: Sequence[Box] = (),
) -> tuple[list[Mark], list[Word]]:
    """Each mark with the words right of it on its line as its label, or, in rows whose labels
    stand before their boxes (`_labels_before`), the words left of it; and the words left over;
    marks in order, each taking its label from the words the marks before it left. `dividers`:
    the page's shapes and strokes (see `_label_words`)."""
    ruled = _ruled_label_cells(marks, words, page_width, settings, dividers)
    before = _labels_before(marks, words, page_width, settings, dividers, ruled)
    wrapped = _wrapped_list_labels(marks, words, page_width, settings, dividers)
    edges = _list_left_edges(marks, words, page_width, settings, dividers, before)
    rows = {id(m): row for row in _rows(marks, settings) for m in row}
    before |= {id(m) for first in edges for m in rows[first]}
    page_words = words
    labelled = []
    taken_by: dict[int, list[Word]] = {}
    for mark in marks:
        if id(mark) in wrapped:
            free = {id(w) for w in words}
            taken = [w for w in wrapped[id(mark)] if id(w) in free]
        elif id(mark) in before:
            taken = _left_label_words(
                mark,
                rows[id(mark)],
                marks,
                words,
                settings,
                dividers,
                page_words,
                across_rules=id(mark) in ruled,
                list_left=edges.get(id(mark)),
            )
        else:
            taken = _label_words(mark, marks, words, page_width, settings, dividers)
        if taken:
            taken_by[id(mark)] = taken
            ids = {id(w) for w in taken}
            words = [w for w in words if id(w) not in ids]
            # a label wrapped at a paragraph's line end stands on two lines far apart: its box is its first line's
            shown = [w for w in taken if vertical_overlap(w, taken[0]) > 0] if id(mark) in wrapped else taken
            mark = replace(mark, label=" ".join(w["text"] for w in taken), label_box=union(shown))
        labelled.append(mark)
    return _labels_apart(labelled, taken_by, words, page_width, settings, dividers)


def _labels_apart(
    marks: list[Mark],
    taken_by: dict[int, list[Word]],
    words: list[Word],
    page_width: float,
    settings: LayoutSettings,
    dividers: Sequence[Box] = (),
) -> tuple[list[Mark], list[Word]]:
    """`marks` with each box left without a label, in a list whose other boxes have theirs, given
    the line under it (`_label_under`) or over it (`_label_over`) when that line is set in a font and
    size of those labels, a box whose state was read by its fill keeping a doubt; and the words left
    over."""
    fonts = {(w["font"], round(w["size"], 1)) for taken in taken_by.values() for w in taken}
    out = []
    for mark in marks:
        if mark.label is None and fonts:
            under = _label_under(mark, marks, words, page_width, settings, dividers)
            if any((w["font"], round(w["size"], 1)) not in fonts for w in under):
                under = []
            taken = under or _label_over(mark, marks, words, settings, fonts)
            if taken:
                ids = {id(w) for w in taken}
                words = [w for w in words if id(w) not in ids]
                # a state read by its fill stays in doubt: the fills' reading is the one thing that
                # told such lists' boxes apart (dark panels may invert it), the labels beside their
                # boxes no longer flag it
                doubt = mark.doubt or (
                    "una casilla leída por su relleno, su etiqueta en otra línea" if mark.fill is not None else None
                )
                mark = replace(mark, label=" ".join(w["text"] for w in taken), label_box=union(taken), doubt=doubt)
        out.append(mark)
    return out, words
