"""CSV: the flat table, UTF-8 with a byte-order mark so that Excel shows the accents."""

from __future__ import annotations

import csv
import io

from ..model import Ficha
from .table import Value, columns, flat_rows

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet may take for a formula


def render(fichas: list[Ficha]) -> bytes:
    """Comma-separated, RFC 4180 quoting and CRLF line ends (what Excel and pandas expect).

    Texts come from third-party documents: a text cell that starts like a
    formula gets a leading apostrophe (OWASP's rule against CSV injection),
    so no spreadsheet runs it.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns())
    writer.writerows([[inert(value) for value in row] for row in flat_rows(fichas)])
    return buffer.getvalue().encode("utf-8-sig")


def inert(value: Value) -> Value:
    """A text cell that a spreadsheet cannot take for a formula; numbers as they are."""
    return f"'{value}" if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value
