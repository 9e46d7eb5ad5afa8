"""Whether a PDF's cross-reference data matches its bytes: a sign the file was damaged and an engine
had to repair it (rebuild its object table by scanning the file) to read it.

PDFium repairs such a file silently and pdfminer often refuses it (or falls back to its own scan),
so a record read from it may hold content-stream garbage while nothing says the file was damaged.
Neither engine reports that it repaired; this check is the engines' common signal: the last
`startxref` must point at a cross-reference table (`xref`) or stream (`N G obj`), and every in-use
entry of that table at its object's `N G obj` header (ISO 32000-1 7.5.4, 7.5.5). An xref stream's
entries are not checked (they are compressed), nor damage that keeps every offset (a flipped byte
inside a stream).
"""

from __future__ import annotations

import mmap
import re

from ..checks import EOF_WINDOW as TAIL  # bytes at the file's end searched for the last `startxref`

_STARTXREF = re.compile(rb"startxref\s+(\d+)")
_SUBSECTION = re.compile(rb"\s*(\d+)\s+(\d+)[ \t]*\r?\n?")
_ENTRY = re.compile(rb"\s*(\d{10}) (\d{5}) ([nf])")
_HEADER = re.compile(rb"\s*(\d+)\s+(\d+)\s+obj\b")  # an object's header, its number and generation as written


def xref_damage(path: str) -> str | None:
    """What does not match in the PDF's cross-reference data (a Spanish phrase for the reviewer),
    None when it matches or cannot be checked; OSError when the file cannot be read."""
    with open(path, "rb") as handle:
        try:
            data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)  # only the pages read are read
        except ValueError:  # an empty file
            return "está vacío"
        with data:
            return _damage(data)


def _damage(data: mmap.mmap) -> str | None:
    found = list(_STARTXREF.finditer(data, max(0, len(data) - TAIL)))
    if not found:
        return "no tiene «startxref»"
    offset = int(found[-1].group(1))
    if offset >= len(data):
        return "«startxref» apunta fuera del archivo"
    table = re.match(rb"\s*xref", data[offset : offset + 16])  # whitespace before it is tolerated
    if table:
        return _table_damage(data, offset + table.end())
    if re.match(rb"\s*\d+\s+\d+\s+obj\b", data[offset : offset + 64]):
        return None  # a cross-reference stream: its entries are compressed, not checked here
    return "«startxref» no apunta a la tabla de referencias cruzadas"


def _table_damage(data: mmap.mmap, at: int) -> str | None:
    """The first in-use entry of a classic cross-reference table (starting at `at`, after `xref`)
    whose offset is not its object's header."""
    while True:
        section = _SUBSECTION.match(data, at)
        if section is None:
            return None  # the trailer follows
        first, count = int(section.group(1)), int(section.group(2))
        at = section.end()
        for number in range(first, first + count):
            entry = _ENTRY.match(data, at)
            if entry is None:
                return "la tabla de referencias cruzadas está cortada"
            at = entry.end()
            if entry.group(3) != b"n":
                continue
            offset, generation = int(entry.group(1)), int(entry.group(2))
            if not _is_header(data[offset : offset + 40], number, generation):
                return f"el objeto {number} no está donde dice la tabla de referencias cruzadas"


def _is_header(data: bytes, number: int, generation: int) -> bool:
    """Whether `data` starts with object `number` `generation`'s header (`N G obj`, whitespace before
    it tolerated), the numbers written as `%d` writes them (no leading zeros, no sign)."""
    header = _HEADER.match(data)
    return header is not None and header.group(1) == b"%d" % number and header.group(2) == b"%d" % generation
