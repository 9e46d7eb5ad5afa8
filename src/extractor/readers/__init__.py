"""Readers: one per source format, each turning a file into a `Layout`.

`read(path)` picks the reader by the file's extension; `READERS` is the
registry (format -> function), so a new format is one module and one entry.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..layout import Layout
from .docx import read_docx
from .pdf import read_pdf

READERS: dict[str, Callable[[str], Layout]] = {"pdf": read_pdf, "docx": read_docx}


def format_of(path: str | Path) -> str | None:
    """The reader key for a path ("pdf", "docx"), or None when no reader handles it."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return suffix if suffix in READERS else None


def read(path: str | Path) -> Layout:
    fmt = format_of(path)
    if fmt is None:
        raise ValueError(f"{path}: no reader for files of this kind")
    return READERS[fmt](str(path))
