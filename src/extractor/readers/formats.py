"""The registry of source formats (one `Format` entry each), and which files have a reader.

Adding a format is one reader module (exposing `READER`, see `base`) and one
line here. Importing this module imports no parser.
"""

from __future__ import annotations

from pathlib import Path

from ..problems import Kind
from .base import Format
from .checks import check_docx_file, check_pdf_file

FORMATS: dict[str, Format] = {
    fmt.name: fmt
    for fmt in (
        Format("pdf", check_pdf_file, Kind.damaged_pdf, ".pdf"),
        Format("docx", check_docx_file, Kind.damaged_docx, ".docx"),
    )
}


def format_of(path: str | Path) -> str | None:
    """The reader key for a path ("pdf", "docx"), or None when no reader handles it."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else None


def unsupported_message() -> str:
    """What a file of no registered format is: "not a .pdf or .docx file"."""
    return f"not a {' or '.join('.' + name for name in FORMATS)} file"
