"""The pdfplumber page source (pdfminer.six underneath): the reference engine.

Characters, rects, lines and curves are pdfplumber's own object dicts (the shape `objects` types).
Form widgets are read from the page's /Annots one object at a time (each resolved one level,
/Parent chains guarded against cycles), never through pdfplumber's `page.annots`, which resolves
every object recursively and overflows on some valid files (pdfplumber issue 638). Widgets are
optional: when they cannot be read the page goes on without them and `skipped` says so.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdftypes import PDFObjRef, resolve1
from pdfminer.psparser import PSLiteral
from pdfplumber.page import Page

from ....problems import Kind, describe, document_error, input_error
from ..objects import Box, Char, Graphic, SourcePage, Widget


def _open(path: str, password: str | None, numbers: list[int] | None = None) -> Any:
    """pdfplumber's PDF, or a `DocumentError` saying it is encrypted or damaged."""
    try:
        return pdfplumber.open(path, password=password or "", pages=numbers)
    except MemoryError:
        raise
    except Exception as error:  # pdfplumber wraps pdfminer's errors in PdfminerException
        cause = error.args[0] if error.args and isinstance(error.args[0], BaseException) else error
        if isinstance(cause, PDFPasswordIncorrect):
            problem = "the password given does not open it" if password else "it needs a password (--password)"
            raise document_error(Kind.encrypted_pdf, path, f"encrypted PDF: {problem}") from error
        if isinstance(cause, PDFEncryptionError):
            raise document_error(
                Kind.encrypted_pdf, path, f"encrypted PDF with an unsupported scheme: {cause}"
            ) from error
        raise document_error(Kind.damaged_pdf, path, f"damaged PDF: {describe(cause)}") from error


def _source_page(page: Page) -> SourcePage:
    out = SourcePage(page.page_number, float(page.width), float(page.height))
    # pdfplumber's object dicts, of the shapes `objects` types
    out.chars = cast(list[Char], page.chars)
    out.rects = cast(list[Graphic], page.rects)
    out.curves = cast(list[Graphic], page.curves)
    out.lines = cast(list[Graphic], page.lines)
    try:
        out.widgets = list(checkbox_widgets(page))
    except MemoryError:
        raise
    except Exception as error:  # an optional part: the page goes on without it
        out.skipped.append(f"page {out.number}: form widgets not read ({describe(error)})")
    return out


class PdfplumberSource:
    name = "pdfplumber"

    def page_count(self, path: str, password: str | None) -> int:
        with _open(path, password) as pdf:
            return len(pdf.pages)

    def pages(self, path: str, password: str | None, numbers: range | None) -> Iterator[SourcePage]:
        """Pages `numbers` (1-based; all when None), each closed once given."""
        with _open(path, password, list(numbers) if numbers is not None else None) as pdf:
            for page in pdf.pages:
                try:
                    read = _source_page(page)
                except Exception as error:
                    raise input_error(
                        error, Kind.damaged_pdf, path, f"damaged PDF: page {page.page_number} cannot be read"
                    ) from error
                yield read
                page.close()


SOURCE = PdfplumberSource()


def _name(value: object) -> str | None:
    value = resolve1(value)
    if isinstance(value, PSLiteral):
        return value.name if isinstance(value.name, str) else value.name.decode("latin-1")
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return value if isinstance(value, str) else None


MAX_PARENTS = 32  # /Parent links followed at most (a longer chain is a cycle or nonsense)


def _inherited(data: dict[str, Any], key: str) -> Any:  # a pdfminer field dictionary and its value
    """`key` of a field dictionary or of the nearest /Parent that has it; each object resolved one
    level, a chain that comes back to an object it passed (a cycle) ends."""
    node: object = data
    seen: set[int] = set()
    while isinstance(node, dict) and len(seen) < MAX_PARENTS:
        if key in node:
            return resolve1(node[key])
        parent = node.get("Parent")
        mark = parent.objid if isinstance(parent, PDFObjRef) else id(parent)
        if mark in seen:
            return None
        seen.add(mark)
        node = resolve1(parent)
    return None


def _text(value: object) -> str | None:
    if isinstance(value, bytes):
        return value.decode("utf-16" if value[:2] in (b"\xfe\xff", b"\xff\xfe") else "latin-1", "replace")
    return value if isinstance(value, str) else None


def _rect(annot: dict[str, Any], page: Page) -> Box | None:
    """The annotation's /Rect in page coordinates (x0, top, x1, bottom), as pdfplumber places it."""
    rect = resolve1(annot.get("Rect"))
    if not isinstance(rect, (list, tuple)) or len(rect) != 4:
        return None
    values = [resolve1(v) for v in rect]
    if not all(isinstance(v, (int, float)) for v in values):
        return None
    points = [(float(values[0]), float(values[1])), (float(values[2]), float(values[3]))]
    turns = int(page.rotation or 0) // 90
    for i in range(turns):  # as pdfplumber's `Page.annots` turns them
        side = float(page.width) if i == turns % 2 else float(page.height)
        points = [(y, side - x) for x, y in points]
    (xa, ya), (xb, yb) = points
    height = float(page.root_page.height)
    return {"x0": min(xa, xb), "top": height - max(ya, yb), "x1": max(xa, xb), "bottom": height - min(ya, yb)}


def page_annotations(page: Page) -> list[dict[str, Any]]:
    """The dictionaries of the page's /Annots, each resolved one level (nothing inside them is
    resolved, unlike pdfplumber's `page.annots`, which overflows on some files: pdfplumber issue 638)."""
    annots = resolve1(page.page_obj.annots)
    if annots is None:
        return []
    if not isinstance(annots, list):
        raise ValueError(f"/Annots is a {type(annots).__name__}, not an array")
    return [a for a in (resolve1(ref) for ref in annots) if isinstance(a, dict)]


def checkbox_widgets(page: Page) -> Iterator[Widget]:
    """AcroForm checkbox and radio widgets: checked when their state is present and not /Off."""
    for data in page_annotations(page):
        if _name(data.get("Subtype")) != "Widget" or _name(_inherited(data, "FT")) != "Btn":
            continue
        flags = _inherited(data, "Ff") or 0
        if isinstance(flags, int) and flags & (1 << 16):  # push button
            continue
        box = _rect(data, page)
        if box is None:
            continue
        state = _name(data.get("AS")) or _name(_inherited(data, "V"))
        label = _text(_inherited(data, "TU")) or _text(_inherited(data, "T"))
        yield {**box, "checked": state not in (None, "Off", ""), "name": label}
