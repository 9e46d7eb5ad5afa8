"""One document as the pipeline sees it: items in reading order, each placed in a ficha and section.

The items are those `segment.prepare` makes of the reader's `Layout` (tables
other than month tables read cell by cell, "Label: value" split, wrapped
headings joined), and `segment.segment` runs on exactly those items (preparing
them again changes nothing), so each item of a ficha can be found again by
identity. A ficha's title block is rebuilt from the title lines, so text
blocks are found by their first line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..fields.categories import category_of, is_category_list
from ..fields.months import table_header
from ..fields.record import build_record
from ..source import Source
from ..layout import Cell, Checkbox, Item, Layout, ReaderNote, Table, TextBlock
from ..source import source_of
from ..readers import read
from ..segment import FichaParts, block_text, heading_match, is_month_table, prepare, segment


@dataclass
class Entry:
    """One item, where segmentation put it and how it was recognised."""

    item: Item
    ficha: int | None = None  # 1-based; None outside every ficha (cover, introduction)
    part: str | None = None  # "title", "head" or the section key
    heading: tuple[str, float] | None = None  # (section key, score) when the block is a heading
    reads_as: str | None = None  # the category a checkbox of a category list names

    @property
    def page(self) -> int | None:
        return self.item.prov.page


@dataclass
class MonthCell:
    """A body cell of a month table, with the months it covers."""

    cell: Cell
    months: list[int]
    table: Entry


@dataclass
class FichaView:
    number: int
    id: str
    titulo: str | None
    pages: list[int]
    sections: list[tuple[str, float]]  # (key, heading score) in reading order


@dataclass
class Inspection:
    path: Path
    format: str
    n_pages: int | None
    entries: list[Entry] = field(default_factory=list)
    fichas: list[FichaView] = field(default_factory=list)
    pages: list[int] | None = None  # the pages shown (PDF); None shows everything

    def shown(self) -> list[Entry]:
        if self.pages is None:
            return self.entries
        return [e for e in self.entries if e.page in self.pages]

    def checkboxes(self) -> list[Entry]:
        return [e for e in self.shown() if isinstance(e.item, Checkbox)]

    def month_cells(self) -> list[MonthCell]:
        return [cell for e in self.shown() if is_month_table(e.item) for cell in month_cells_of(e)]


def month_cells_of(entry: Entry) -> list[MonthCell]:
    table: Table = entry.item
    header = table_header(table) or []
    return [MonthCell(c, header[c.col:c.col + c.colspan], entry) for c in table.cells if c.row > 0]


def _key(item: Item) -> int:
    """Identity of an item that survives the title being rebuilt from its blocks' lines."""
    return id(item.lines[0]) if isinstance(item, TextBlock) and item.lines else id(item)


def _places(fichas: list[FichaParts]) -> dict[int, tuple[int, str]]:
    places: dict[int, tuple[int, str]] = {}
    for n, parts in enumerate(fichas, start=1):
        if parts.title is not None:
            places.update((id(line), (n, "title")) for line in parts.title.lines)
        places.update((_key(item), (n, "head")) for item in parts.head)
        for section in parts.sections:
            places.update((_key(item), (n, section.key)) for item in (section.heading, *section.items))
    return places


def _category_names(fichas: list[FichaParts]) -> dict[int, str]:
    """The category each checkbox of a category list was read as (as `fields.record` reads them)."""
    names: dict[int, str] = {}
    for parts in fichas:
        boxes = [i for i in parts.all_items() if isinstance(i, Checkbox)]
        if is_category_list(boxes):
            for box in boxes:
                term, _ = category_of(box.label)
                if term is not None:
                    names[id(box)] = term.id
    return names


def _ficha_view(n: int, parts: FichaParts, source: Source) -> FichaView:
    record = build_record(parts, source)
    sections = [(s.key, s.score) for s in parts.sections]
    return FichaView(n, record["id"], record["titulo"], parts.pages(), sections)


def inspect_layout(layout: Layout, source: Source) -> Inspection:
    items, body = prepare(layout.items)
    fichas = segment(Layout(layout.path, layout.format, items, layout.n_pages))
    places, categories = _places(fichas), _category_names(fichas)
    inspection = Inspection(Path(layout.path), layout.format, layout.n_pages)
    for item in items:
        ficha, part = places.get(_key(item), (None, None))
        heading = heading_match(item, body) if isinstance(item, TextBlock) else None
        inspection.entries.append(Entry(item, ficha, part, heading, categories.get(id(item))))
    inspection.fichas = [_ficha_view(n, parts, source) for n, parts in enumerate(fichas, start=1)]
    return inspection


def inspect_document(path: Path) -> Inspection:
    """Read and segment one whole document (a page selection limits what is shown, never what is read)."""
    return inspect_layout(read(path), source_of(path))


def entry_text(entry: Entry) -> str:
    """The words of a text block, or the label of a checkbox."""
    if isinstance(entry.item, TextBlock):
        return block_text(entry.item)
    if isinstance(entry.item, Checkbox):
        return entry.item.label or ""
    if isinstance(entry.item, ReaderNote):
        return entry.item.mensaje
    return ""
