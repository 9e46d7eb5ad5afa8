"""XLSX: the flat table as sheet `fichas` (frozen header, filters, fitted widths) and each long
table as its own sheet, so pivot tables work.

Deterministic: the document's dates and the zip entries' times are fixed, so the same
records give the same bytes.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..model import Ficha
from .records import Omitted
from .table import LONG_TABLES, Value, columns, flag_columns, flat_rows

if TYPE_CHECKING:
    from _typeshed import SizedBuffer
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

FIXED_DATE = datetime.datetime(2000, 1, 1)
MAX_WIDTH = 60
FLAG_WIDTH = 4.5  # characters: a 0/1 column, its header turned upright
HEADER_POINTS_PER_CHAR = 7.0  # points along an upright bold 11 pt header, per character (wide letters included)
HEADER_PADDING = 10.0  # points above and below an upright header


class _FixedTimeZip(zipfile.ZipFile):
    """A zip whose entries all carry `FIXED_DATE` instead of the time of writing."""

    def writestr(
        self, zinfo_or_arcname: str | zipfile.ZipInfo, data: SizedBuffer | str, *args: Any, **kwargs: Any
    ) -> None:
        if not isinstance(zinfo_or_arcname, zipfile.ZipInfo):
            zinfo_or_arcname = zipfile.ZipInfo(zinfo_or_arcname, date_time=FIXED_DATE.timetuple()[:6])
            zinfo_or_arcname.compress_type = self.compression
        super().writestr(zinfo_or_arcname, data, *args, **kwargs)

    def write(
        self, filename: str | os.PathLike[str], arcname: str | os.PathLike[str] | None = None, *args: Any, **kwargs: Any
    ) -> None:
        """openpyxl writes worksheets through temporary files: take their bytes, not their times."""
        self.writestr(os.fspath(arcname) if arcname else Path(filename).name, Path(filename).read_bytes())


def render(fichas: list[Ficha], omitted: Sequence[Omitted] = ()) -> bytes:
    """The workbook; records left out as invalid (`omitted`) get a last sheet `omitidos` (archivo, problema)."""
    from openpyxl import Workbook  # imported here: only this format needs it

    book = Workbook()
    fill_sheet(book.active, "fichas", columns(), flat_rows(fichas))
    for table in LONG_TABLES:
        fill_sheet(book.create_sheet(), table.name, table.columns, table.rows(fichas))
    if omitted:
        fill_sheet(book.create_sheet(), "omitidos", ["archivo", "problema"], [[o.file, o.problem] for o in omitted])
    return workbook_bytes(book)


def fill_sheet(sheet: Worksheet, title: str, header: list[str], rows: list[list[Value]]) -> None:
    """Header in bold (flag headers turned upright), frozen, with an autofilter over the table.

    Text cells are written as strings: openpyxl would store one starting with "=" as a live formula."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheet.title = title
    sheet.append(header)
    for row in rows:
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # a text from a document is a string, never a formula ("=...")
    flags = flag_columns()
    for index, name in enumerate(header):
        cell = sheet.cell(row=1, column=index + 1)
        cell.font = Font(bold=True)
        if name in flags:
            cell.alignment = Alignment(text_rotation=90, horizontal="center")
        width = FLAG_WIDTH if name in flags else column_width(name, [row[index] for row in rows])
        sheet.column_dimensions[get_column_letter(index + 1)].width = width
    upright = [name for name in header if name in flags]
    if upright:  # an upright header runs down the header row: the row is as tall as the longest one
        sheet.row_dimensions[1].height = header_height(upright)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def header_height(upright: list[str]) -> float:
    """The header row's height in points, for headers turned upright (text_rotation 90)."""
    return max(len(name) for name in upright) * HEADER_POINTS_PER_CHAR + HEADER_PADDING


def column_width(name: str, values: list[Value]) -> float:
    """Wide enough for the header and the longest value, within `MAX_WIDTH`."""
    longest = max([len(name), *(len(str(value)) for value in values)])
    return min(longest + 2, MAX_WIDTH)


def workbook_bytes(book: Workbook) -> bytes:
    from openpyxl.writer.excel import ExcelWriter

    book.properties.creator = "extractor"
    book.properties.created = book.properties.modified = FIXED_DATE
    buffer = io.BytesIO()
    with _FixedTimeZip(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(book, archive).write_data()
    return buffer.getvalue()
