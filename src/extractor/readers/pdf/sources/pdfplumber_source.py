"""The pdfplumber page source (pdfminer.six underneath): the reference engine.

Characters, rects, lines and curves are pdfplumber's own object dicts (the shape `objects` types),
except that a DeviceCMYK fill colour is given as PDFium converts it to sRGB (`device_colour`).
Form widgets are read from the page's /Annots one object at a time (each resolved one level,
/Parent chains guarded against cycles), never through pdfplumber's `page.annots`, which resolves
every object recursively and overflows on some valid files (pdfplumber issue 638). Widgets are
optional: when they cannot be read the page goes on without them and `skipped` says so.

pdfminer's WinAnsiEncoding table is corrected on import to the PDF specification's (ISO 32000-1
Annex D.2, `spec_win_ansi`), as PDFium reads it: code 0xAD is the hyphen (pdfminer: a space) and
the unused codes 0x7F, 0x81, 0x8D, 0x8F, 0x90 and 0x9D are the bullet (pdfminer: "(cid:N)").
And pdfplumber's pages are interpreted by `FormInheritingInterpreter`: a form XObject starts from
the graphics state, text state included, in force where it is painted (ISO 32000-1 8.10.1), as
PDFium does; pdfminer starts it from the defaults (character and word spacing set before `Do`
were lost); it also marks the characters of text never shown (render modes 3 and 7) `invisible`,
and the one character a text showing (Tj, TJ: PDFium's text object) shows, spaces aside, `alone`
(a word processor draws the hyphen it adds at a hyphenation break so: `producer.py`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, cast

import pdfplumber
from pdfminer.encodingdb import EncodingDB
from pdfminer.fontmetrics import FONT_METRICS
from pdfminer.layout import LTChar
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.pdftypes import PDFObjRef, resolve1
from pdfminer.psparser import PSLiteral
from pdfplumber import page as pdfplumber_page
from pdfplumber.page import Page

from ....problems import Kind, describe, document_error, input_error
from ....settings import SETTINGS
from ..geometry import center, contains_point
from ..objects import Box, Char, Graphic, Picture, SourcePage, Widget
from . import base14  # noqa: F401  # pdfminer's ZapfDingbats widths made right, before any font is read
from .device_colour import as_pdfium
from .pictures import digest, measured, stream_ink
from .shapes import PRECISION, is_rect, is_upright, rect_shape, turn_of

WIN_ANSI_BULLETS = (0x7F, 0x81, 0x8D, 0x8F, 0x90, 0x9D)  # Annex D.2 note 3: unused codes above 0x20 are bullets
WIN_ANSI_HYPHEN = 0xAD  # Annex D.2 note 5: the hyphen is also encoded as 0xAD (octal 255) in WinAnsiEncoding


def spec_win_ansi() -> None:
    """Make pdfminer's WinAnsiEncoding (`EncodingDB.win2unicode`, shared by every simple font of
    that encoding, /Differences applied over a copy) the specification's: 0xAD the hyphen "-", the
    unused codes the bullet "•" (whose standard-14 widths pdfminer then finds in its AFM metrics).
    PDFium reads these codes so; idempotent."""
    table = EncodingDB.win2unicode
    table[WIN_ANSI_HYPHEN] = "-"
    for code in WIN_ANSI_BULLETS:
        table[code] = "\u2022"


spec_win_ansi()


class FormInheritingInterpreter(PDFPageInterpreter):
    """pdfminer's content interpreter, except that a form XObject's content starts from the text
    state (Tc, Tw, Tz, TL, Tf, Tr, Ts) and graphics state (colours, line width) in force at its
    `Do`, as ISO 32000-1 8.10.1 says ("the form's content stream inherits the graphics state in
    effect at the time Do is invoked") and PDFium does; pdfminer's own resets both."""

    inherited: tuple[Any, Any] | None = None  # pdfminer's (PDFTextState, PDFGraphicState) to start from

    def subinterp(self) -> Any:
        child = super().subinterp()
        if isinstance(child, FormInheritingInterpreter):
            child.inherited = (self.textstate.copy(), self.graphicstate.copy())
        return child

    def init_state(self, ctm: Any) -> None:
        super().init_state(ctm)
        if self.inherited is not None:
            self.textstate, self.graphicstate = self.inherited

    def do_TJ(self, seq: Any) -> None:
        """pdfminer's text showing; the characters of text never shown (render mode 3, invisible,
        or 7, clip only: ISO 32000-1 9.3.6) marked `invisible` (pdfminer keeps no render mode), and
        the one character a showing shows, spaces aside, `alone` (PDFium's text object)."""
        container = getattr(self.device, "cur_item", None)  # the layout device's page or figure
        objects: list[Any] = container._objs if container is not None else []
        start = len(objects)
        super().do_TJ(seq)
        drawn = [item for item in objects[start:] if isinstance(item, LTChar)]
        if self.textstate.render in INVISIBLE_MODES:
            for item in drawn:
                vars(item)["invisible"] = True  # pdfplumber copies the object's attributes
        shown = [item for item in drawn if not item.get_text().isspace()]
        if len(shown) == 1:
            vars(shown[0])["alone"] = True


INVISIBLE_MODES = (3, 7)  # text render modes that paint nothing: invisible, clip only (ISO 32000-1 table 106)


pdfplumber_page.PDFPageInterpreter = FormInheritingInterpreter  # type: ignore[attr-defined]  # what Page.layout uses
pdfplumber_page.ALL_ATTRS = pdfplumber_page.ALL_ATTRS | {"invisible", "alone"}  # the marks kept in the char dicts


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


def _pdfium_colours(objects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """pdfplumber's objects, a DeviceCMYK fill colour given as PDFium converts it (`device_colour`):
    one fill, one luminance whichever engine read it."""
    out = []
    for obj in objects:
        for key in ("non_stroking_color", "stroking_color"):
            colour = obj.get(key)
            if isinstance(colour, (list, tuple)) and len(colour) == 4:
                obj = {**obj, key: as_pdfium(colour)}
        out.append(obj)
    return out


def _from_origin(objects: list[dict[str, Any]], page: Page) -> list[dict[str, Any]]:
    """pdfplumber's objects placed from the top-left corner of the page's box. pdfminer places them
    from the /MediaBox's own corner, and pdfplumber moves them back by the box's origin (`page.bbox`
    is (x0, -y0, x1, height - y0) for a /MediaBox [x0 y0 x1 y1]; its issue 1181): a page whose box does
    not start at (0, 0) would have its top above the page and its left edge beyond x0."""
    dx, dy = float(page.bbox[0]), float(page.bbox[1])
    if not dx and not dy:
        return objects
    out = []
    for obj in objects:
        moved = {**obj, "x0": obj["x0"] - dx, "x1": obj["x1"] - dx, "top": obj["top"] - dy}
        moved["bottom"], moved["doctop"] = obj["bottom"] - dy, obj["doctop"] - dy
        if "pts" in obj:
            moved["pts"] = [(x - dx, top - dy) for x, top in obj["pts"]]
        out.append(moved)
    return out


def _turned(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The characters, each set at an angle given its `turn` (`objects.Char`) from its matrix, and
    `upright` and `size` as pdfminer's but for float noise in the matrix (`shapes.is_upright`: a page
    drawn turned a quarter turn, by a matrix whose cos(pi/2) is 6e-17; pdfminer's sizes of one word's
    characters then differ by 1e-13, and its words broke there)."""
    out = []
    for char in chars:
        a, b, c, d = char.get("matrix", (1.0, 0.0, 0.0, 1.0))[:4]
        size = float(char.get("size") or 0.0)
        tilt = turn_of(a, b, size)
        if tilt:
            char = {**char, "turn": tilt}
        if (b or c) and not tilt:  # float noise in its matrix: pdfminer's `upright` with it read as 0
            # (`shapes.is_upright`), and its size (its box's height, off by the noise) kept as coordinates are
            char = {**char, "upright": is_upright(a, b, c, d, size), "size": round(size, PRECISION)}
        out.append(char)
    return out


def _drawn_rect(curve: dict[str, Any]) -> bool:
    """Whether pdfminer's curve is a rect but for float noise in its corners (`shapes.is_rect`)."""
    path = curve.get("path") or []
    shape = "".join(str(op[0]) for op in path)
    if len(shape) not in (5, 6) or set(shape) - {"m", "l", "h"}:
        return False
    return is_rect(*rect_shape(shape, curve.get("pts") or []))


def _shapes(page: Page) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """pdfplumber's rects and curves, the curves that are rects at 1/1000 pt (`_drawn_rect`) among the rects."""
    curves = _pdfium_colours(page.curves)
    drawn = [curve for curve in curves if _drawn_rect(curve)]
    rects = _pdfium_colours(page.rects) + [{**curve, "object_type": "rect"} for curve in drawn]
    moved = {id(curve) for curve in drawn}
    return rects, [curve for curve in curves if id(curve) not in moved]


def _source_page(page: Page) -> SourcePage:
    out = SourcePage(page.page_number, float(page.width), float(page.height))
    # pdfplumber's object dicts, of the shapes `objects` types
    out.chars = cast(list[Char], _turned(_from_origin(_pdfium_colours(page.chars), page)))
    rects, curves = _shapes(page)
    out.rects = cast(list[Graphic], _from_origin(rects, page))
    out.curves = cast(list[Graphic], _from_origin(curves, page))
    out.lines = cast(list[Graphic], _from_origin(_pdfium_colours(page.lines), page))
    out.pictures = [_picture(image) for image in _from_origin(page.images, page)]
    out.trim = _trim(page)
    try:
        out.widgets = list(checkbox_widgets(page))
        out.chars += field_value_chars(page, out.chars, float(page.initial_doctop))
    except MemoryError:
        raise
    except Exception as error:  # an optional part: the page goes on without it
        out.skipped.append(f"page {out.number}: form widgets not read ({describe(error)})")
    return out


def _picture(image: dict[str, Any]) -> Picture:
    """pdfplumber's image dict as a `Picture`: its box, pixel size, and for a small one (`measured`)
    its digest and ink (`sources/pictures`)."""
    width, height = (int(v) for v in image.get("srcsize") or (0, 0))
    stream = image.get("stream")
    facts = _stream_facts(stream) if stream is not None and measured(width * height) else (None, None)
    return {
        "x0": float(image["x0"]),
        "top": float(image["top"]),
        "x1": float(image["x1"]),
        "bottom": float(image["bottom"]),
        "px_width": width,
        "px_height": height,
        "digest": facts[0],
        "ink": facts[1],
    }


_FACTS = "_picture_facts"  # the attribute a read image stream keeps its (digest, ink) in


def _stream_facts(stream: Any) -> tuple[str | None, float | None]:
    """An image stream's digest and ink, read once: pdfminer lets go of a stream's encoded bytes once
    it decoded them, and a document's stream objects are shared by every placement of the image."""
    known = vars(stream).get(_FACTS)
    if known is None:
        rawdata = stream.get_rawdata()
        known = (digest(rawdata) if rawdata is not None else None, stream_ink(stream))
        vars(stream)[_FACTS] = known
    return cast(tuple[str | None, float | None], known)


class PdfplumberSource:
    name = "pdfplumber"

    def page_count(self, path: str, password: str | None) -> int:
        with _open(path, password) as pdf:
            return len(pdf.pages)

    def for_document(self, path: str, password: str | None) -> PdfplumberSource:
        """Itself: pdfminer reads what a page needs with the page."""
        return self

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
    x0, y0 = _box_origin(page)  # default user space, placed from the box's corner as the objects are
    points = [(float(values[0]) - x0, float(values[1]) - y0), (float(values[2]) - x0, float(values[3]) - y0)]
    turns = int(page.rotation or 0) // 90
    for i in range(turns):  # as pdfplumber's `Page.annots` turns them
        side = float(page.width) if i == turns % 2 else float(page.height)
        points = [(y, side - x) for x, y in points]
    (xa, ya), (xb, yb) = points
    height = float(page.root_page.height)
    return {"x0": min(xa, xb), "top": height - max(ya, yb), "x1": max(xa, xb), "bottom": height - min(ya, yb)}


def _trim(page: Page) -> tuple[float, float, float, float] | None:
    """The page's own /TrimBox placed as its objects are (x0, top, x1, bottom, from the top-left
    corner of its /MediaBox); None when it has none, or is turned (`/Rotate`)."""
    box = resolve1(page.page_obj.attrs.get("TrimBox"))
    values = [resolve1(v) for v in box] if isinstance(box, (list, tuple)) and len(box) == 4 else []
    if len(values) != 4 or not all(isinstance(v, (int, float)) for v in values) or page.rotation % 360:
        return None
    x0, y0 = _box_origin(page)
    top = y0 + float(page.height)
    left, right = sorted(float(v) for v in (values[0], values[2]))
    low, high = sorted(float(v) for v in (values[1], values[3]))
    return left - x0, top - high, right - x0, top - low


def _box_origin(page: Page) -> tuple[float, float]:
    """The lower-left corner of the page's /MediaBox in default user space (pdfminer's page origin;
    `PDFPage.mediabox` is the box inherited from the page tree when the page has none)."""
    box = resolve1(getattr(page.page_obj, "mediabox", None))
    values = [resolve1(v) for v in box] if isinstance(box, (list, tuple)) and len(box) == 4 else []
    if not all(isinstance(v, (int, float)) for v in values) or not values:
        return 0.0, 0.0
    return float(min(values[0], values[2])), float(min(values[1], values[3]))


def page_annotations(page: Page) -> list[dict[str, Any]]:
    """The dictionaries of the page's /Annots, each resolved one level (nothing inside them is
    resolved, unlike pdfplumber's `page.annots`, which overflows on some files: pdfplumber issue 638)."""
    annots = resolve1(page.page_obj.annots)
    if annots is None:
        return []
    if not isinstance(annots, list):
        raise ValueError(f"/Annots is a {type(annots).__name__}, not an array")
    return [a for a in (resolve1(ref) for ref in annots) if isinstance(a, dict)]


MULTILINE = 1 << 12  # /Ff bit 13 of a text field: its value wraps over lines (PDF 32000-1:2008, table 228)
_FONT_SIZE = re.compile(rb"([0-9]*\.?[0-9]+)\s+Tf")


def field_value_chars(page: Page, chars: list[Char], doctop: float = 0.0) -> list[Char]:
    """The values typed into the page's AcroForm text fields (/FT /Tx, /V), as characters placed the
    way a viewer shows them: a fillable form filled and not flattened keeps each answer only in its
    field, whose appearance is no part of the page's content, so neither engine reads it as text.

    Each value is set in Helvetica (the standard 14 font widths pdfminer ships) at the size of the
    field's /DA (0, auto: fitted to a one-line box's height, `SETTINGS.sources.field_auto_size` in a multiline one),
    from the box's top-left inside `field_padding`, one line per line break of the value and, in a
    multiline field (/Ff bit 13), wrapped to the box's width; a one-line field's line is centred
    in its box's height (PDF 32000-1:2008, 12.7.4.3, variable text). A field whose box already holds
    some of `chars` (the page's own characters: a form flattened, its answers printed) gives none.
    `doctop`: what the engine adds to a character's top for its `doctop`. Boxes in points, from the
    page's top-left corner."""
    out: list[Char] = []
    for data in page_annotations(page):
        if _name(data.get("Subtype")) != "Widget" or _name(_inherited(data, "FT")) != "Tx":
            continue
        value, box = _text(_inherited(data, "V")), _rect(data, page)
        if not value or not value.strip() or box is None or any(contains_point(box, center(c)) for c in chars):
            continue
        flags = _inherited(data, "Ff")
        multiline = isinstance(flags, int) and bool(flags & MULTILINE)
        size = _field_font_size(_inherited(data, "DA"), box, multiline)
        out += _value_chars(value, box, size, multiline, doctop)
    return out


def _field_font_size(appearance: object, box: Box, multiline: bool) -> float:
    """The size a field's default appearance string (/DA: "/Helv 9 Tf 0 g") sets; 0 or none is auto."""
    found = _FONT_SIZE.search(appearance if isinstance(appearance, bytes) else str(appearance or "").encode())
    size = float(found.group(1)) if found else 0.0
    if size > 0:
        return size
    settings = SETTINGS.sources
    return settings.field_auto_size if multiline else max(1.0, box["bottom"] - box["top"] - 2 * settings.field_padding)


def _value_chars(value: str, box: Box, size: float, multiline: bool, doctop: float) -> list[Char]:
    widths = FONT_METRICS["Helvetica"][1]
    advance = {ch: widths.get(ch, 556) * size / 1000 for ch in set(value)}
    padding, leading = SETTINGS.sources.field_padding, SETTINGS.sources.field_leading
    room = box["x1"] - box["x0"] - 2 * padding
    lines = [
        line
        for paragraph in value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        for line in (_wrapped(paragraph, advance, room) if multiline else [paragraph])
    ]
    if multiline:
        top = box["top"] + padding
    else:
        top = box["top"] + max(0.0, (box["bottom"] - box["top"] - size) / 2)
        lines = [" ".join(lines)]
    out: list[Char] = []
    for n, line in enumerate(lines):
        x, line_top = box["x0"] + padding, top + n * size * leading
        for ch in line:
            width = advance.get(ch, 0.556 * size)
            out.append(
                {
                    "text": ch,
                    "x0": x,
                    "x1": x + width,
                    "top": line_top,
                    "bottom": line_top + size,
                    "doctop": line_top + doctop,
                    "upright": True,
                    "fontname": "Helvetica",
                    "size": size,
                    "height": size,
                    "width": width,
                    "non_stroking_color": (0.0,),
                }
            )
            x += width
    return out


def _wrapped(paragraph: str, advance: dict[str, float], room: float) -> list[str]:
    """`paragraph` broken at spaces into lines no wider than `room` points (a longer word alone on its
    line); [""] for an empty one (a blank line between paragraphs)."""
    lines: list[str] = []
    line = ""
    for word in paragraph.split(" "):
        tried = f"{line} {word}" if line else word
        if line and sum(advance.get(ch, 0.0) for ch in tried) > room:
            lines.append(line)
            line = word
        else:
            line = tried
    return [*lines, line]


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
