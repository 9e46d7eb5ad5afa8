"""Page selections such as "3", "3-4", "5-" or "1,3-4" (1-based, inclusive)."""

from __future__ import annotations

import re

_PART = re.compile(r"^\s*(\d+)\s*(?:(-)\s*(\d*)\s*)?$")


def parse_pages(spec: str, n_pages: int) -> list[int]:
    """The sorted page numbers a selection names; ValueError says what is wrong with it."""
    pages: set[int] = set()
    for part in spec.split(","):
        match = _PART.match(part)
        if not match:
            raise ValueError(f"page selection {spec!r}: expected N, N-M or N- (for example 3-4)")
        first = int(match.group(1))
        last = int(match.group(3)) if match.group(3) else (n_pages if match.group(2) else first)
        if first < 1 or last < first:
            raise ValueError(f"page selection {spec!r}: {part.strip()} is not a range of pages")
        if last > n_pages:
            raise ValueError(f"page selection {spec!r}: the document has {n_pages} page(s)")
        pages.update(range(first, last + 1))
    return sorted(pages)
