"""Analyst outputs built from the JSON records: CSV, XLSX, JSON Lines and an HTML catalogue.

One module per format, each with `render(fichas) -> bytes`; all share the flat row of
`table.py` and take the fichas in catalogue order (`records.py`). Same records, same bytes.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the record model loads when records are (`extractor --help` lists the formats without it)
    from ..model import Ficha
    from .records import Catalogue, Omitted, load_catalogue, one_per_ficha

__all__ = ["FORMATS", "Catalogue", "ExportFormat", "Omitted", "load_catalogue", "one_per_ficha"]


@dataclass(frozen=True)
class ExportFormat:
    name: str
    module: str  # the module of this package that renders it
    default_out: str | None  # file written when no --out is given; None: standard output
    names_omitted: bool = False  # the file names the records left out as invalid (else its shape has no room)

    def render(self, fichas: list[Ficha], omitted: Sequence[Omitted] = ()) -> bytes:
        """The file's bytes; `omitted` (records left out as invalid) is named in it when `names_omitted`."""
        module = importlib.import_module(f"{__name__}.{self.module}")
        rendered: bytes = module.render(fichas, omitted) if self.names_omitted else module.render(fichas)
        return rendered


FORMATS = {
    f.name: f
    for f in (
        ExportFormat("csv", "csv_file", None),
        ExportFormat("xlsx", "xlsx_file", "fichas.xlsx", names_omitted=True),
        ExportFormat("jsonl", "jsonl_file", None),
        ExportFormat("html", "html_page", None, names_omitted=True),
    )
}


def __getattr__(name: str) -> Any:
    """`Catalogue`, `Omitted`, `load_catalogue`, `one_per_ficha`: from `records`, imported on first use."""
    if name in {"Catalogue", "Omitted", "load_catalogue", "one_per_ficha"}:
        from . import records

        return getattr(records, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
