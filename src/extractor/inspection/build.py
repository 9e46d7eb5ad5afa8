"""One document as the pipeline sees it: items in reading order, each placed in a ficha and section.

The items, their roles, headings, fichas, sections and the categories their
checkboxes name are `segment.segment`'s own decisions (`segment.Placed`),
shown as they were taken: nothing is decided again here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..fields.record import build_records
from ..layout import Cell, Checkbox, Layout, ReaderNote, Table, TextBlock, is_month_table
from ..normalize.catalogs import Catalogs
from ..readers import read
from ..segment.fichas import FichaParts, Placed, block_text, segment
from ..source import Source, source_of


@dataclass
class MonthCell:
    """A body cell of a month table, with the months it covers."""

    cell: Cell
    months: list[int]
    table: Placed


@dataclass
class FichaView:
    number: int
    id: str
    titulo: str | None
    pages: list[int]
    sections: list[tuple[str, float]]  # (key, heading score) in reading order
    municipality: str | None = None  # the municipality label segmentation found, as printed


@dataclass
class Inspection:
    path: Path
    format: str
    n_pages: int | None
    entries: list[Placed] = field(default_factory=list)
    fichas: list[FichaView] = field(default_factory=list)
    pages: list[int] | None = None  # the pages shown (PDF); None shows everything
    engine: str | None = None  # the PDF engine (page source) that read the pages; None for a Word document

    def shown(self) -> list[Placed]:
        if self.pages is None:
            return self.entries
        return [e for e in self.entries if e.page in self.pages]

    def checkboxes(self) -> list[Placed]:
        return [e for e in self.shown() if isinstance(e.item, Checkbox)]

    def month_cells(self) -> list[MonthCell]:
        return [cell for e in self.shown() if is_month_table(e.item) for cell in month_cells_of(e)]


def month_cells_of(entry: Placed) -> list[MonthCell]:
    table = entry.item
    assert isinstance(table, Table), "month cells of a month table only"
    return [MonthCell(c, table.months[c.col : c.col + c.colspan], entry) for c in table.cells if c.row > 0]


def _ficha_views(fichas: list[FichaParts], source: Source, catalogs: Catalogs | None) -> list[FichaView]:
    records = build_records(fichas, source, catalogs=catalogs)
    return [
        FichaView(
            n,
            record["id"],
            record["titulo"],
            ficha.pages(),
            [(s.key, s.score) for s in ficha.sections],
            ficha.municipality.text if ficha.municipality else None,
        )
        for n, (ficha, record) in enumerate(zip(fichas, records, strict=True), start=1)
    ]


def inspect_layout(layout: Layout, source: Source, catalogs: Catalogs | None = None) -> Inspection:
    """What the pipeline decides on `layout`, with `catalogs` (the shipped ones when None)."""
    segmentation = segment(layout, catalogs)
    return Inspection(
        Path(layout.path),
        layout.format,
        layout.n_pages,
        entries=segmentation.items,
        fichas=_ficha_views(segmentation.fichas, source, catalogs),
    )


def inspect_document(path: Path) -> Inspection:
    """Read and segment one whole document (a page selection limits what is shown, never what is read)."""
    return inspect_layout(read(path), source_of(path))


def entry_text(entry: Placed) -> str:
    """The words of a text block, or the label of a checkbox."""
    if isinstance(entry.item, TextBlock):
        return block_text(entry.item)
    if isinstance(entry.item, Checkbox):
        return entry.item.label or ""
    if isinstance(entry.item, ReaderNote):
        return entry.item.mensaje
    return ""
