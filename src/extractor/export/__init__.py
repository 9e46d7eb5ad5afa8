"""Analyst outputs built from the JSON records: CSV, XLSX, JSON Lines and an HTML catalogue.

One module per format, each with `render(fichas) -> bytes`; all share the flat row of
`table.py` and take the fichas in catalogue order (`records.py`). Same records, same bytes.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from ..model import Ficha
from .records import Loaded, load_records, one_per_ficha

__all__ = ["FORMATS", "Format", "Loaded", "load_records", "one_per_ficha"]


@dataclass(frozen=True)
class Format:
    name: str
    module: str  # the module of this package that renders it
    default_out: str | None  # file written when no --out is given; None: standard output

    def render(self, fichas: list[Ficha]) -> bytes:
        rendered: bytes = importlib.import_module(f"{__name__}.{self.module}").render(fichas)
        return rendered


FORMATS = {
    f.name: f
    for f in (
        Format("csv", "csv_file", None),
        Format("xlsx", "xlsx_file", "fichas.xlsx"),
        Format("jsonl", "jsonl_file", None),
        Format("html", "html_page", None),
    )
}
