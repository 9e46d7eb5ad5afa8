"""Page sources: the engines that open a PDF and give each page's objects (`objects.SourcePage`).

A source is a module of this package holding `SOURCE`, an object with `name` (its key in
`SOURCES`), `page_count(path, password)` and `pages(path, password, numbers)` (an iterator of
`SourcePage`, each page released once given). It maps its engine's failures to the reader's error
kinds: `encrypted_pdf` (a password is needed or wrong) and `damaged_pdf`, through
`problems.document_error`. Sources are imported on first use.

`ENGINES` are the sources a user may choose (`--pdf-engine`): `pdfium` (pypdfium2, the fast one)
and `pdfplumber` (pdfminer.six underneath, the reference the other is tested against). The choice
is made once per process (`choose`, before any worker is forked: workers inherit it); a call that
names no engine reads with the chosen one.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Protocol

from ...base import DEFAULT_PDF_ENGINE, PDF_ENGINES
from ..objects import SourcePage

DEFAULT = DEFAULT_PDF_ENGINE
SOURCES = {"pdfplumber": "pdfplumber_source", "pdfium": "pdfium_source"}  # name -> module in this package
ENGINES = PDF_ENGINES  # what --pdf-engine offers
_chosen = DEFAULT


class PageSource(Protocol):
    name: str

    def page_count(self, path: str, password: str | None) -> int: ...

    def pages(self, path: str, password: str | None, numbers: range | None) -> Iterator[SourcePage]: ...


def choose(name: str) -> None:
    """Make `name` this process's engine (ValueError naming the known ones otherwise)."""
    global _chosen
    _known(name)
    _chosen = name


def chosen() -> str:
    """The engine this process reads with when a call names none."""
    return _chosen


def _known(name: str) -> str:
    if name not in SOURCES:
        raise ValueError(f"unknown PDF engine {name!r} (known: {', '.join(sorted(SOURCES))})")
    return name


def page_source(name: str | None = None) -> PageSource:
    """The registered source called `name` (the chosen engine when None); ValueError naming the
    known ones otherwise."""
    module = SOURCES[_known(name or _chosen)]
    source: PageSource = importlib.import_module(f"{__name__}.{module}").SOURCE
    return source
