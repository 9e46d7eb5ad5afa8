"""CSV: the flat table, UTF-8 with a byte-order mark so that Excel shows the accents."""

from __future__ import annotations

import csv
import io

from ..model import Ficha
from .table import columns, flat_rows


def render(fichas: list[Ficha]) -> bytes:
    """Comma-separated, RFC 4180 quoting and CRLF line ends (what Excel and pandas expect)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns())
    writer.writerows(flat_rows(fichas))
    return buffer.getvalue().encode("utf-8-sig")
