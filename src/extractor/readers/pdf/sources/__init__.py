"""Page sources: the engines that open a PDF and give each page's objects (`objects.SourcePage`).

A source is a module of this package holding `SOURCE`, an object with `name` (its key in
`SOURCES`), `page_count(path, password)` and `pages(path, password, numbers)` (an iterator of
`SourcePage`, each page released once given). It maps its engine's failures to the reader's error
kinds: `encrypted_pdf` (a password is needed or wrong) and `damaged_pdf`, through
`problems.document_error`. Sources are imported on first use.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Protocol

from ..objects import SourcePage

DEFAULT = "pdfplumber"
SOURCES = {"pdfplumber": "pdfplumber_source"}  # name -> module in this package


class PageSource(Protocol):
    name: str

    def page_count(self, path: str, password: str | None) -> int: ...

    def pages(self, path: str, password: str | None, numbers: range | None) -> Iterator[SourcePage]: ...


def page_source(name: str = DEFAULT) -> PageSource:
    """The registered source called `name`; ValueError naming the known ones otherwise."""
    if name not in SOURCES:
        raise ValueError(f"unknown PDF engine {name!r} (known: {', '.join(sorted(SOURCES))})")
    source: PageSource = importlib.import_module(f"{__name__}.{SOURCES[name]}").SOURCE
    return source
