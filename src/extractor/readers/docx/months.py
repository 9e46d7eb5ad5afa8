"""Month displays of a Word document beyond a header row of names over marks: grids of names rows
each over its row of mark cells (`stacked_month_rows`), and cells holding the names alone, told apart
by their look (`style_marks`).

A month is active when its cell holds a mark; in a display without marks, when its cell differs from
the others in the one way that splits the twelve into two groups: struck through (its text, or the
cell crossed by a diagonal rule: the unstruck are active), shaded (the filled ones; of two fills the
more saturated, else the darker), bold (the bold ones), or the text's colour (a colour against black
or grey, else the darker: greyed names are inactive). A pale grey tint against unshaded cells says
nothing of which group is active (a designer greys the inactive months as often as the active ones),
nor do ways that split the cells differently, or into more than two groups: then no month is read as
marked and a note says why (aviso `lectura_dudosa`). These are the rules of the PDF reader's month
grids (`readers/pdf/month_grid.py`) read from the document's properties instead of its drawing.
"""

from __future__ import annotations

import colorsys
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from docx.oxml.ns import qn

from ...layout import (
    MONTHS,
    UNCLEAR,
    Cell,
    Checkbox,
    CheckMethod,
    Provenance,
    ReaderNote,
    Table,
    greyed_ink,
    ink_groups,
    standing_out_ink,
)
from ...settings import LAYOUT, SETTINGS
from ...text import fold
from ...vocab import header_months, month_forms, month_number
from .ooxml import Element, local, on
from .runs import TEXT_MARKS

DIAGONALS = ("tl2br", "tr2bl")  # a cell's diagonal borders (17.4.74, 17.4.80)


def turned(table: Table) -> Table:
    """The table read down its columns: column c becomes row c (spans are not kept)."""
    cells = [replace(c, row=c.col, col=c.row, colspan=1) for c in table.cells]
    return Table(cells, table.n_rows, table.prov)


# -- a cell's look --------------------------------------------------------------------------


def _text_runs(tc: Element) -> list[Element]:
    return [r for r in tc.iter(qn("w:r")) if any((t.text or "").strip() for t in r.iter(qn("w:t")))]


def _run_colour(run: Element) -> str | None:
    colour = run.find(f"{qn('w:rPr')}/{qn('w:color')}")
    value = ((colour.get(qn("w:val")) if colour is not None else None) or "auto").upper()
    return None if value == "AUTO" else value


def cell_ink(tc: Element) -> str | None:
    """The colour ("RRGGBB") the cell's text runs set directly (`w:color`), when they all set the same
    one; in a cell whose text ends on a mark typed after a name ("Ene ●": `name_and_mark`), the colour
    of the run printing the mark; None when automatic, mixed or the cell holds no text."""
    runs = _text_runs(tc)
    last = "".join(t.text or "" for t in runs[-1].iter(qn("w:t"))).split() if runs else []
    words = "".join(t.text or "" for run in runs for t in run.iter(qn("w:t"))).split()
    if len(words) > 1 and last and last[-1] == words[-1] and words[-1] in TEXT_MARKS:
        return _run_colour(runs[-1])
    colours = {_run_colour(run) for run in runs}
    return colours.pop() if len(colours) == 1 else None


def cell_struck(tc: Element, props: Element | None) -> bool:
    """The cell's text all struck through (`w:strike`, `w:dstrike`), or the cell crossed by a diagonal
    border (`w:tcBorders/w:tl2br`, `w:tr2bl`, not "nil" or "none")."""
    borders = props.find(qn("w:tcBorders")) if props is not None else None
    for name in DIAGONALS:
        line = borders.find(qn(f"w:{name}")) if borders is not None else None
        if line is not None and (line.get(qn("w:val")) or "nil") not in ("nil", "none"):
            return True
    runs = _text_runs(tc)
    return bool(runs) and all(
        on(run.find(f"{qn('w:rPr')}/{qn('w:strike')}")) or on(run.find(f"{qn('w:rPr')}/{qn('w:dstrike')}"))
        for run in runs
    )


# -- which cells are active -----------------------------------------------------------------


def _hsv(colour: str | None) -> tuple[float, float]:
    """(saturation, value) of "RRGGBB" (None: black)."""
    if colour is None or len(colour) != 6:
        return 0.0, 0.0
    try:
        r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4))
    except ValueError:
        return 0.0, 0.0
    _, s, v = colorsys.rgb_to_hsv(r, g, b)
    return s, v


def _coloured_else_darker(a: str | None, b: str | None) -> str | None:
    (sat_a, val_a), (sat_b, val_b) = _hsv(a), _hsv(b)
    if abs(sat_a - sat_b) >= LAYOUT.month_grid_saturation:
        return a if sat_a > sat_b else b
    return a if val_a < val_b else b


class Undecided(Exception):
    """The cells' look does not say which group is active (the message says why)."""


def _filled(a: str | None, b: str | None) -> str | None:
    """The active of two fills: the filled one, unless it is a pale grey tint; of two fills, the more
    saturated, else the darker. Raises Undecided for a pale grey against none."""
    fill = a if b is None else b if a is None else None
    if fill is None:
        return _coloured_else_darker(a, b)
    sat, val = _hsv(fill)
    if sat < LAYOUT.month_grid_saturation and val >= SETTINGS.docx.pale_fill:
        raise Undecided("unas celdas de la tabla de meses tienen un sombreado gris claro y otras ninguno")
    return fill


V = Hashable


@dataclass(frozen=True)
class _Way:
    name: str
    method: CheckMethod
    values: Sequence[V]
    active: Callable[[V, V], V]


def _ways(cells: Sequence[Cell]) -> list[_Way]:
    return [
        _Way("tachado", "style", [c.struck for c in cells], lambda a, b: False),
        _Way("relleno", "shading", [c.fill for c in cells], _filled),  # type: ignore[arg-type]
        _Way("negrita", "style", [c.bold for c in cells], lambda a, b: True),
        _Way("color", "style", [c.ink for c in cells], _coloured_else_darker),  # type: ignore[arg-type]
    ]


def active_by_look(cells: Sequence[Cell]) -> tuple[list[bool], CheckMethod]:
    """Which of `cells` (one a month) are active by the one way their look splits them in two
    (module doc), and how; none when nothing splits them. Raises Undecided when the ways disagree,
    one splits them into more than two groups, or the split does not say which group is active."""
    return _active_by(_ways(cells), len(cells))


def _active_by(ways: Sequence[_Way], n: int) -> tuple[list[bool], CheckMethod]:
    """Which of `n` cells are active by the one of `ways` that splits them in two (`active_by_look`)."""
    splits = [way for way in ways if len(set(way.values)) > 1]
    if not splits:
        return [False] * n, "empty"
    many = [way.name for way in splits if len(set(way.values)) > 2]
    if many:
        raise Undecided(f"las celdas de la tabla de meses difieren de más de dos maneras ({', '.join(many)})")
    groups = {frozenset(i for i, v in enumerate(way.values) if v == way.values[0]) for way in splits}
    everyone = frozenset(range(n))
    if len(groups | {everyone - g for g in groups}) > 2:
        names = ", ".join(way.name for way in splits)
        raise Undecided(f"las celdas de la tabla de meses se dividen de maneras que no coinciden ({names})")
    way = splits[0]
    a, b = set(way.values)
    chosen = way.active(a, b)
    return [v == chosen for v in way.values], way.method


def reads_by_look(table: Table) -> bool:
    """A month table whose body cells hold no mark and no text: its cells' look marks it (`mark_by_look`)."""
    return not any(c.mark is not None or c.text for c in table.cells if c.row > 0)


def mark_by_look(table: Table) -> list[ReaderNote]:
    """Mark the body cells of a month table that holds no mark at all by their look (`active_by_look`);
    a note when it does not decide."""
    body = sorted((c for c in table.cells if c.row > 0), key=lambda c: (c.row, c.col))
    if not body or not reads_by_look(table):
        return []
    try:
        active, method = active_by_look(body)
    except Undecided as doubt:
        return [ReaderNote(UNCLEAR, f"{doubt}: no se leen como marcas", table.prov)]
    for cell, is_active in zip(body, active, strict=True):
        if is_active:
            cell.mark = Checkbox(True, None, method, cell.prov)
    return []


class _InksAlike(Undecided):
    """Two glyph colours of which neither stands out (said as the PDF reader says it)."""


def _glyph_ink(a: str, b: str) -> str:
    """The active of two glyph colours (`layout.standing_out_ink`); _InksAlike when neither stands out."""
    chosen = standing_out_ink(a, b)
    if chosen is None:
        raise _InksAlike(f"en 2 colores distintos (#{', #'.join(sorted((a, b)))}) y ninguno destaca")
    return chosen


def settle_alike_marks(table: Table) -> list[ReaderNote]:
    """A month table whose every body cell holds the same glyph mark and no text ("●" in all twelve,
    "■", "X"): the glyph says nothing, the one way the cells' look splits them into two groups says
    which are active, as the PDF reader reads a display's glyph colours (`layout.settle_glyph_inks`):
    the glyph's colour (its runs' `w:color`, automatic black; colours alike in tone one colour: the
    group that stands out, the saturated against grey, else the darker), the glyph in bold. The
    cells' shading alone splitting them is no reading: a mark in every cell under bands of shading
    (quarters, alternate columns) is a table's design as often as its marks. When no way splits
    them, every month is marked, unless the glyphs are all a pale grey (an empty display's, greyed
    out: none). Ways that split them differently, into more than two groups, or a split that does
    not say which group is active: no month, and a note on `fechas_implementacion.meses` says why."""
    body = sorted((c for c in table.cells if c.row > 0), key=lambda c: (c.row, c.col))
    marks = [c.mark for c in body if c.mark is not None and c.mark.checked and c.mark.glyph and not c.text]
    if len(body) < 2 or len(marks) < len(body) or len({m.glyph for m in marks}) > 1:
        return []
    inks = [c.ink or "000000" for c in body]
    groups = ink_groups(sorted(set(inks)))
    one_of = {ink: group[0] for group in groups for ink in group}
    ways = [
        _Way("color", "style", [one_of[ink] for ink in inks], _glyph_ink),  # type: ignore[arg-type]
        _Way("relleno", "shading", [c.fill for c in body], _filled),  # type: ignore[arg-type]
        _Way("negrita", "style", [c.bold for c in body], lambda a, b: True),
    ]
    try:
        if [way.name for way in ways if len(set(way.values)) > 1] == ["relleno"]:
            raise Undecided("y solo el relleno de las celdas las separa: puede ser el diseño de la tabla (franjas)")
        active, _ = _active_by(ways, len(body))
    except Undecided as doubt:
        for mark in marks:
            mark.checked = False
        joint = " " if isinstance(doubt, _InksAlike) else "; "
        said = f"todas las celdas de la tabla de meses llevan «{marks[0].glyph}»{joint}{doubt}"
        return [ReaderNote(UNCLEAR, f"{said}: no se sabe qué meses marca", table.prov, campo=MONTHS)]
    if not any(len(set(way.values)) > 1 for way in ways):
        active = [not greyed_ink(groups[0][0])] * len(body)  # one look: all marked, or all greyed out
    for mark, is_active in zip(marks, active, strict=True):
        mark.checked = is_active
    return []


# -- displays -------------------------------------------------------------------------------


def _is_month_word(text: str) -> bool:
    folded = fold(text).rstrip(".")
    return month_number(text) is not None or (len(folded) == 1 and folded in month_forms()["letter"])


def stacked_month_rows(table: Table) -> Table | None:
    """A grid of rows of month names, each over a row of the cells that mark them ("Ene Feb Mar" over
    "☒ ☐ ☐", "Abr May Jun" over ...; or the same down its columns), read as one header of the names,
    row by row, over the cells under them; None unless two or more such pairs read as months in
    order (`vocab.header_months`). Empty rows between pairs are passed over."""
    for grid in (table, turned(table)):
        rows = [grid.row(r) for r in range(grid.n_rows)]
        header: list[Cell] = []
        body: list[Cell] = []
        pairs, r, fits = 0, 0, True
        while fits and r < len(rows):
            names = [c for c in rows[r] if c.text or c.mark is not None]
            if not names:
                r += 1
                continue
            under = {c.col: c for c in rows[r + 1]} if r + 1 < len(rows) else {}
            fits = all(c.mark is None and _is_month_word(c.text) for c in names) and all(
                c.col in under and not _is_month_word(under[c.col].text) for c in names
            )
            for c in names if fits else ():
                n = len(header)
                header.append(Cell(0, n, c.text, prov=c.prov, fill=c.fill, bold=c.bold))
                body.append(replace(under[c.col], row=1, col=n, colspan=1))
            pairs, r = pairs + 1, r + 2
        months = header_months([c.text for c in header]) if fits and pairs >= 2 else None
        if months:
            found = Table(header + body, len(header), table.prov)
            found.as_month_table(months)
            return found
    return None


def name_and_mark(cell: Cell) -> tuple[str, Checkbox | None]:
    """A cell's month name and its mark: a box in it, or an "X"-like mark typed after the name
    ("Ene X")."""
    words = cell.text.split()
    if cell.mark is None and len(words) > 1 and words[-1] in TEXT_MARKS:
        return " ".join(words[:-1]), Checkbox(True, None, "text", cell.prov, glyph=words[-1])
    return cell.text, cell.mark


def named_month_cells(table: Table) -> tuple[Table, list[ReaderNote]] | None:
    """A month table of one header row (the cells' month names, in calendar order) over one row of
    their marks, when every cell of `table` holding anything holds a month's name (and a mark, if any
    cell holds one) and the names read row by row (or, a grid printed down its columns, column by
    column) are months in order (`vocab.header_months`); else None. Each mark is its own cell's
    month's: a header read off the first row would give the second row's marks to the first row's
    months. Without marks (every cell then a name), the names' look marks them (`active_by_look`)."""
    for grid in (table, turned(table)):
        cells = sorted((c for c in grid.cells if c.text or c.mark is not None), key=lambda c: (c.row, c.col))
        parts = [name_and_mark(c) for c in cells]
        if not cells or any(not name for name, _ in parts):
            continue
        marks = [mark for _, mark in parts]
        unmarked = all(m is None for m in marks)
        if unmarked and len(cells) < len(grid.cells):
            continue
        months = header_months([name for name, _ in parts])
        if months is None:
            continue
        notes: list[ReaderNote] = []
        if unmarked:
            try:
                active, method = active_by_look(cells)
            except Undecided as doubt:
                active, method = [False] * len(cells), "empty"
                notes.append(ReaderNote(UNCLEAR, f"{doubt}: no se leen como marcas", table.prov))
            marks = [Checkbox(True, None, method, c.prov) if on else None for c, on in zip(cells, active, strict=True)]
        header = [
            Cell(0, n, name, prov=c.prov, fill=c.fill, bold=c.bold)
            for n, (c, (name, _)) in enumerate(zip(cells, parts, strict=True))
        ]
        body = [
            Cell(1, n, "", mark=m, prov=c.prov, ink=None if unmarked else c.ink)  # a typed mark's (`cell_ink`)
            for n, (c, m) in enumerate(zip(cells, marks, strict=True))
        ]
        found = Table(header + body, len(cells), table.prov)
        found.as_month_table(months)
        return found, notes
    return None


# -- names and marks set at tab stops ------------------------------------------------------------

DEFAULT_TAB_STOP = 720  # twips: Word's default tab stop interval (half an inch)


def _tab_fields(p: Element) -> list[str]:
    """The paragraph's text cut at its tabs (`w:tab` in its runs), each field stripped."""
    fields = [""]
    for run in p.iter(qn("w:r")):
        for el in run:
            if local(el) == "tab":
                fields.append("")
            elif local(el) == "t":
                fields[-1] += el.text or ""
    return [f.strip() for f in fields]


def _tab_stops(p: Element) -> list[tuple[int, str]]:
    """The paragraph's own tab stops (`w:pPr/w:tabs`): (position in twips, alignment), in order."""
    tabs = p.find(f"{qn('w:pPr')}/{qn('w:tabs')}")
    stops = [] if tabs is None else [(int(t.get(qn("w:pos")) or 0), t.get(qn("w:val")) or "") for t in tabs]
    return sorted(stops)


def _layout_key(p: Element) -> tuple[object, ...]:
    """What sets where a paragraph's tabs land: its tab stops, indents and style."""
    ind = p.find(f"{qn('w:pPr')}/{qn('w:ind')}")
    style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    indents = () if ind is None else tuple(ind.get(qn(f"w:{k}")) for k in ("left", "start", "hanging", "firstLine"))
    return (tuple(_tab_stops(p)), indents, None if style is None else style.get(qn("w:val")))


def _tab_interval(p: Element) -> int:
    """The narrowest interval (twips) between the paragraph's tab stops (its own `w:tabs`, else Word's
    default stops)."""
    stops = [pos for pos, _ in _tab_stops(p)]
    gaps = [b - a for a, b in pairwise([0, *stops])]
    return min(gaps, default=DEFAULT_TAB_STOP) or DEFAULT_TAB_STOP


def tab_aligned_months(names_p: Element, marks_p: Element | None) -> Table | None:
    """A month table from a paragraph of months' names set at tab stops over a paragraph of marks
    set at the same stops ("Ene<TAB>Feb<TAB>Mar …" over "X<TAB>X<TAB><TAB>…": a clerk's month row),
    when the tabs' positions make it clear which name each mark is under: both paragraphs share
    their tab stops and indents, every name fits its interval (short names: SETTINGS.docx.tab_name_char twips a
    letter), the names run in calendar order, at least six of them, and every mark stands at the
    field of a name. The k-th field of each line then starts at the k-th stop. None otherwise."""
    if marks_p is None or local(marks_p) != "p" or _layout_key(names_p) != _layout_key(marks_p):
        return None
    names, marks = _tab_fields(names_p), _tab_fields(marks_p)
    if len(names) < 2 or len(marks) < 2 or len(marks) > len(names):
        return None
    shown = [(k, name) for k, name in enumerate(names) if name]
    months = header_months([name for _, name in shown])
    interval = _tab_interval(names_p)
    if not months or any(len(name) * SETTINGS.docx.tab_name_char >= interval for _, name in shown):
        return None
    if not all(not m or m in TEXT_MARKS for m in marks) or not any(marks):
        return None
    column = {k: n for n, (k, _) in enumerate(shown)}
    if any(m and k not in column for k, m in enumerate(marks)):
        return None  # a mark at no name's stop
    cells = [Cell(0, n, name) for n, (_, name) in enumerate(shown)]
    for k, n in column.items():
        mark = marks[k] if k < len(marks) else ""
        cells.append(Cell(1, n, mark=Checkbox(True, None, "text", glyph=mark) if mark else None))
    table = Table(cells, len(shown))
    table.as_month_table(months)
    return table


# -- a paragraph of month names -------------------------------------------------------------


def _run_look(run: Element, bold: bool) -> tuple[bool, bool, str | None]:
    """(bold, struck, colour "RRGGBB" or None) of a run: its own properties, else the paragraph's
    boldness `bold`."""
    props = run.find(qn("w:rPr"))
    own_bold = props.find(qn("w:b")) if props is not None else None
    struck = props is not None and (on(props.find(qn("w:strike"))) or on(props.find(qn("w:dstrike"))))
    colour = props.find(qn("w:color")) if props is not None else None
    value = ((colour.get(qn("w:val")) if colour is not None else None) or "auto").upper()
    return (on(own_bold) if own_bold is not None else bold), struck, (None if value == "AUTO" else value)


def paragraph_month_display(paragraph: Element, bold: bool, prov: Provenance) -> Table | None:
    """A paragraph whose words are the twelve months' names (full or 3-letter) in order, each set
    in a run of its own look ("Ene Feb Mar ..." with the active ones bold, the others grey and struck):
    a one-row month display, as a month table whose body cells carry each name's look (`bold` the
    paragraph style's boldness) for `mark_by_look`. None for any other paragraph."""
    words: list[tuple[str, Element]] = []
    for run in paragraph.iter(qn("w:r")):
        text = "".join(t.text or "" for t in run.iter(qn("w:t")))
        words.extend((word, run) for word in text.split())
    if len(words) != 12 or [month_number(w) for w, _ in words] != list(range(1, 13)):
        return None
    cells = [Cell(0, c, text=word, prov=prov) for c, (word, _) in enumerate(words)]
    for c, (_, run) in enumerate(words):
        is_bold, struck, ink = _run_look(run, bold)
        cells.append(Cell(1, c, bold=is_bold, struck=struck, ink=ink, prov=prov))
    table = Table(cells, 12, prov)
    table.as_month_table(list(range(1, 13)))
    return table
