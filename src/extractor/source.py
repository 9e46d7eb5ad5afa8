"""A document's `fuente` facts (path as shown, format, digest): cheap to compute, no parsing."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from .readers.formats import format_of


@dataclass(frozen=True)
class Source:
    archivo: str
    formato: str
    sha256: str


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def display_path(path: Path) -> str:
    """The path relative to the current folder when it is below it, with forward slashes."""
    try:
        return Path(os.path.relpath(path.resolve(), Path.cwd())).as_posix()
    except ValueError:  # another drive
        return path.as_posix()


def source_of(path: Path, sha256: str | None = None) -> Source:
    """The record's `fuente` facts of a document (the digest computed unless given)."""
    return Source(display_path(path), format_of(path) or "", sha256 or sha256_of(path))


def page_count(path: Path, password: str | None = None) -> int | None:
    """The number of pages of a PDF from its page tree (PDFium loads no page for it); None for other
    files or when the file cannot be opened (the worker that reads the file reports why)."""
    if format_of(path) != "pdf":
        return None
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(str(path), password=password or None)
    except Exception:  # any open error: unknown here, reported by the reader
        try:  # a PDF with only an owner password opens without the one given for other files
            document = pypdfium2.PdfDocument(str(path)) if password else None
        except Exception:
            document = None
        if document is None:
            return None
    try:
        return len(document)
    finally:
        document.close()
