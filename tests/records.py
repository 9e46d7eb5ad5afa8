"""The records a generated document gives, for tests that read one document whole."""

from __future__ import annotations

import contextlib
from pathlib import Path

from extractor.pipeline import extract_document
from extractor.readers.options import ReadOptions


def records(path: Path) -> list[dict]:
    """The document's records as JSON data ({field: value}), read with the document's folder as the
    working directory; fails when any record breaks the contract."""
    with contextlib.chdir(path.parent):
        result = extract_document(path)
    assert result.invalid == []
    return [f.model_dump(mode="json") for f in result.fichas]


def records_by_engine(path: Path) -> list[dict]:
    """The record of a one-ficha PDF read by each engine (pdfium, then pdfplumber), as JSON data."""
    out = []
    for engine in ("pdfium", "pdfplumber"):
        (got,) = [f.model_dump(mode="json") for f in extract_document(path, options=ReadOptions(engine)).fichas]
        out.append(got)
    return out
