"""Readers: one per source format, each turning a file into a `Layout`.

`read(path)` picks the format by the file's extension from the registry
(`formats.FORMATS`, one `Format` entry per format: see `base` for the
protocol), checks that the bytes agree with it and are safe to parse, and
runs the format's reader. A reader's failure on bad input becomes a
`DocumentError` naming the file and the problem; an exception raised in the
extractor's own code stays an exception (a bug, not bad input).

Reader modules are imported on first use: pdfplumber and python-docx are
heavy, and commands that read no document should not pay for them.
"""

from __future__ import annotations

from pathlib import Path

from ..layout import Layout
from ..problems import DocumentError, Kind, input_error
from .checks import FileLimits
from .formats import FORMATS, format_of
from .options import ReadOptions

__all__ = ["FORMATS", "ReadOptions", "format_of", "read"]


def read(
    path: str | Path,
    password: str | None = None,
    limits: FileLimits = FileLimits(),
    options: ReadOptions = ReadOptions(),
) -> Layout:
    """The document's layout, read with `options` (PDF engine, OCR); a `DocumentError` when its
    bytes are wrong, unsafe or damaged."""
    name = format_of(path)
    if name is None:
        raise DocumentError(Kind.unsupported, f"{path}: no reader for files of this kind")
    fmt = FORMATS[name]
    fmt.check(Path(path), limits)
    try:
        return fmt.reader().read(str(path), password, options)
    except Exception as error:
        raise input_error(error, fmt.damaged, path, f"damaged {name.upper()}") from error
