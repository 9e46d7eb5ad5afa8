"""Which files have a reader, decided by extension alone (imports no parser)."""

from __future__ import annotations

from pathlib import Path

FORMATS = ("pdf", "docx")


def format_of(path: str | Path) -> str | None:
    """The reader key for a path ("pdf", "docx"), or None when no reader handles it."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else None
