"""Page sources: the engines that open a PDF and give each page's objects (`objects.SourcePage`).

A source is a module of this package holding `SOURCE`, an object with `name` (its key in
`SOURCES`), `page_count(path, password)`, `pages(path, password, numbers)` (an iterator of
`SourcePage`, each page released once given) and `for_document(path, password)` (the source
bound to one document, holding what it reads once for all that document's pages: the reader's
`DocumentFacts` keep it, so the parts of a long PDF each read with it; a source with nothing to
hold gives itself). It maps its engine's failures to the reader's error
kinds: `encrypted_pdf` (a password is needed or wrong) and `damaged_pdf`, through
`problems.document_error`. Sources are imported on first use.

`SOURCES` is the one registry: its keys are what `--pdf-engine` offers, `pdfium` (pypdfium2, the
fast one, `DEFAULT`) and `pdfplumber` (pdfminer.six underneath, the reference the other is tested
against). Which one reads a document travels with the read (`readers.options.ReadOptions`), never
as state of this module. The image source (`scan_source`, OCR) is not in `SOURCES`: it is not
chosen by the user but per page, by the OCR decision (`reader.needs_ocr`), for pages whose text
layer the chosen source found unusable.
"""

from __future__ import annotations

import importlib
import sys
import types
from collections.abc import Iterator
from typing import Any, Protocol

from ..objects import SourcePage


class Deferred(types.ModuleType):
    """A module that is imported when one of its attributes is first read: until then `import name`
    gives this stand-in (in `sys.modules`), after that the real module (its attributes are copied
    here too, for those who kept the stand-in)."""

    def __getattr__(self, attribute: str) -> Any:
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        module = importlib.import_module(self.__name__)
        vars(self).update(vars(module))
        return getattr(module, attribute)


def defer_import(name: str, importer: str) -> None:
    """Let `importer` import the module `name` without loading it (`Deferred`), when neither was
    imported yet: for a dependency's import that the reading never uses."""
    if name not in sys.modules and importer not in sys.modules:
        sys.modules[name] = Deferred(name)


# pdfminer.six (the reference engine, and the pdfium source's reader of font dictionaries) imports
# charset_normalizer when it starts, for `pdfminer.utils.make_compat_str`, which only its HTML and XML
# converters call: none of the reader's steps. Loading it was 32 million instructions (about 5 ms, 1.7%)
# of every batch's start-up before its first worker (valgrind --tool=callgrind, 2026-12-07).
defer_import("charset_normalizer", "pdfminer.utils")

SOURCES = {"pdfium": "pdfium_source", "pdfplumber": "pdfplumber_source"}  # name -> module in this package
DEFAULT = "pdfium"  # the source a read uses unless told otherwise


class PageSource(Protocol):
    name: str

    def page_count(self, path: str, password: str | None) -> int: ...

    def pages(self, path: str, password: str | None, numbers: range | None) -> Iterator[SourcePage]: ...

    def for_document(self, path: str, password: str | None) -> PageSource: ...


def known(name: str) -> str:
    """`name` when it is a registered source; ValueError naming the known ones otherwise."""
    if name not in SOURCES:
        raise ValueError(f"unknown PDF engine {name!r} (known: {', '.join(sorted(SOURCES))})")
    return name


def page_source(name: str = DEFAULT) -> PageSource:
    """The registered source called `name`; ValueError naming the known ones otherwise."""
    module = SOURCES[known(name)]
    source: PageSource = importlib.import_module(f"{__name__}.{module}").SOURCE
    return source
