"""The records a generated document gives, for tests that read one document whole."""

from __future__ import annotations

import contextlib
from pathlib import Path

from extractor.pipeline import extract_document


def records(path: Path) -> list[dict]:
    """The document's records as JSON data ({field: value}), read with the document's folder as the
    working directory; fails when any record breaks the contract."""
    with contextlib.chdir(path.parent):
        result = extract_document(path)
    assert result.invalid == []
    return [f.model_dump(mode="json") for f in result.fichas]
