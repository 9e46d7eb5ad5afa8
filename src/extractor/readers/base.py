"""The reader protocol: what one source format provides, and its registry entry.

After docling's backend registry (`docling.document_converter.FormatOption`:
one entry per input format naming its backend; `PaginatedDocumentBackend`
adds `page_count`): each format is one `Format` entry in `formats.FORMATS`
holding its file check (bytes checked before any parser sees them), the
kind of error a parser failure becomes, and the module of its `Reader`.

A `Reader` reads a whole document into a `Layout`. A format with pages may
also offer the `PagedReader` capability, with which the batch (`jobs`)
spreads one long document over workers: count the pages (and read once
what every part shares), read each page range apart, merge what needs every page (running headers), turn each part
into layout items, and join the items into the layout. Reading in parts
gives the same layout as reading the whole document. Both are given the
read's `ReadOptions` (PDF engine, OCR) explicitly: no reader keeps them
as module state.

Reader modules import heavy parsers (pdfplumber, python-docx), so a
`Format` names its module and imports it on first use (`Format.reader`).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

from ..layout import Layout
from ..problems import Kind
from .checks import FileLimits
from .options import ReadOptions

Part = TypeVar("Part")
Context = TypeVar("Context")
PageItem = TypeVar("PageItem")


class PagedReader(Protocol[Part, Context, PageItem]):
    """Reading a document by page ranges, each in a worker of its own.

    A `Part` (some pages read), a `Context` (what the merge found) and a
    `PageItem` (a page's layout items, with what the reader says beside
    them: the PDF reader's skipped parts and OCR pages) are the reader's
    own picklable objects; the batch only carries them from one step to
    the next.
    """

    def page_count(self, path: str, password: str | None) -> int:
        """How many pages the document has (a `DocumentError` when it cannot be opened)."""
        ...

    def surveyed(self, path: str, password: str | None) -> PagedReader[Part, Context, PageItem]:
        """This paged reader holding what every part of the document shares (the PDF reader: its
        damage check, producer and font dictionaries), read once: the batch's survey asks for it
        before splitting the document, and each part is read with it."""
        ...

    def read_part(self, path: str, password: str | None, pages: range) -> Part:
        """The pages `pages` (1-based) read into a part."""
        ...

    def merge(self, parts: Sequence[Part], label: str) -> Context:
        """What needs every page (running headers, text-layer check), from all parts in page order;
        a `DocumentError` naming `label` when the document as a whole is unreadable."""
        ...

    def part_items(self, part: Part, context: Context) -> list[list[PageItem]]:
        """The part's layout items, one list per page, given the merged context."""
        ...

    def layout(self, path: str, items_per_page: list[list[PageItem]]) -> Layout:
        """The document's layout from every page's items, in page order."""
        ...


@dataclass(frozen=True)
class Reader:
    """What a reader module exposes as its `READER`."""

    read: Callable[[str, str | None, ReadOptions], Layout]  # (path, password, options) -> the whole layout
    # for formats with pages: the paged capability reading with the given options (it pickles: the
    # batch hands it to each task)
    paged: Callable[[ReadOptions], PagedReader[Any, Any, Any]] | None = None


@dataclass(frozen=True)
class Format:
    """One source format: its name (also its file suffix and `fuente.formato`), its check, its reader."""

    name: str
    check: Callable[[Path, FileLimits], None]  # raises a `DocumentError` when the bytes do not fit the format
    damaged: Kind  # what a parser's failure on the file is reported as
    module: str  # the reader module, relative to this package; imported on first use

    def reader(self) -> Reader:
        reader: Reader = importlib.import_module(self.module, __package__).READER
        return reader
