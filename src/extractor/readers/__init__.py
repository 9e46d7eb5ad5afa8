"""Readers: one per source format, each turning a file into a `Layout`.

`read(path)` picks the reader by the file's extension, after `checks`
made sure the bytes agree with it and are safe to parse; `READERS` is the
registry (format -> function), so a new format is one module and one entry.
A reader's failure on bad input becomes a `DocumentError` naming the file
and the problem; an exception raised in the extractor's own code stays an
exception (a bug, not bad input).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..layout import Layout
from ..problems import DocumentError, Kind, input_error
from .checks import FileLimits, check_file
from .formats import format_of


# Each reader module is imported on first use: pdfplumber and python-docx are
# heavy, and commands that read no document should not pay for them.
def _read_pdf(path: str, password: str | None = None) -> Layout:
    from .pdf import read_pdf

    return read_pdf(path, password)


def _read_docx(path: str, password: str | None = None) -> Layout:
    """A password-protected DOCX is an OLE container, refused by `checks` before this."""
    from .docx import read_docx

    return read_docx(path)


READERS: dict[str, Callable[[str, str | None], Layout]] = {"pdf": _read_pdf, "docx": _read_docx}
DAMAGED = {"pdf": Kind.damaged_pdf, "docx": Kind.damaged_docx}


def read(path: str | Path, password: str | None = None, limits: FileLimits = FileLimits()) -> Layout:
    """The document's layout; a `DocumentError` when its bytes are wrong, unsafe or damaged."""
    fmt = format_of(path)
    if fmt is None:
        raise DocumentError(Kind.unsupported, f"{path}: no reader for files of this kind")
    check_file(Path(path), fmt, limits)
    try:
        return READERS[fmt](str(path), password)
    except Exception as error:
        raise input_error(error, DAMAGED[fmt], path, f"damaged {fmt.upper()}") from error
