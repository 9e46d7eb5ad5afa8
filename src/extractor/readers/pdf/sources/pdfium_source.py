"""The PDFium page source (pypdfium2): pdfplumber's object model, built from PDFium's text page and
page objects, at about a third of pdfminer's parsing time.

What the pipeline reads is made to match pdfplumber's dicts (`sources/pdfplumber_source.py`, the
reference; the engines' agreement test compares both on every PDF the tests hold):
- characters: PDFium's text page gives each character's Unicode text, baseline origin, matrix, font
  and loose box. pdfminer's box is [origin, origin + advance] wide and one font size tall from the
  font's /Descent under the baseline (`pdfminer.layout.LTChar`); `FPDFFont_GetDescent` gives the
  font's descent, and a font whose descriptor says /Descent 0 or a positive one (pdfminer takes
  0, or the negated value) is read from the descriptor's own /Descent through `FPDFFont_GetDescent`
  only when PDFium took it from there; a font is looked up by name among the fonts of the page
  being read (`FontDictionaries`: producers tag subsets alike, so a merged PDF's pages may hold
  different fonts of one name); a simple font's advance is its /Widths entry, and as PDFium keeps
  those whole, its origins are moved on by the fractions it dropped (`_Fonts.shortfalls_at`);
  page coordinates run from the /MediaBox's corner (`page_view`), as pdfminer's; coordinates are
  PDFium's float32 rounded to 1/1000 pt, enough to keep pdfminer's ties (a month header's letters
  on one baseline);
- spaces: PDFium drops some space glyphs and generates spaces of its own (`FPDFText_IsGenerated`)
  between words it finds apart; a generated space becomes a space character spanning the gap
  between its neighbours (the word steps read a space only as a word break), as do the line-end
  marks PDFium adds (dropped);
- a line-end hyphen PDFium reports as U+0002 (and no character code) is read as "-", or as a soft
  hyphen U+00AD when the font's /ToUnicode maps a code to U+00AD and none to "-" (`_hyphen`);
- a character PDFium finds no Unicode for (`FPDFText_HasUnicodeMapError`: a font without a
  /ToUnicode map or an encoding it reads) comes back as its bare code, a control character for low
  codes; it is given as pdfminer gives it, "(cid:N)", and its width is its loose box's (`unmapped`);
- text never shown (render mode 3 or 7, `never_shown`) is marked `invisible`, as the reference
  source marks it, and the one character (spaces aside) a text object shows `alone`;
- ZapfDingbats without a /ToUnicode map: PDFium gives real Unicode ("❚"), pdfminer the code ("z",
  its glyph names are in no glyph list pdfminer knows); the code is restored (`zapf_code`), as
  `extractor.glyphs` and its avisos expect;
- paths: PDFium's segments become pdfminer's path operators (m, l, c, h) and the same rule makes a
  line, a rect or a curve of each painted subpath (`pdfminer.converter.PDFLayoutAnalyzer.paint_path`);
  form XObjects are entered with their matrices. Fill colours come back as sRGB bytes (PDFium
  converts grey and CMYK), given as (r, g, b) fractions: the reader takes a luminance and a hex
  colour of them, equal to pdfminer's for grey and RGB fills;
- pages shown turned (/Rotate 90, 180, 270, content drawn turned to show upright): coordinates are
  the shown page's (`page_view`), a ligature's loose box is measured along its baseline's page axis
  (`_Style.scale`, `along_x`), and float noise of a quarter turn's matrix is read as 0 by both
  sources alike (`shapes`: rects, upright, turn);
- text in a form XObject: an /ActualText span's characters, which PDFium gives in the form's space,
  are placed on the page (`_ActualTextForms`); fonts of one name on one page (two pages imposed on
  one sheet, each a form) are told apart by their embedded programs (`FontDictionaries.by_program`);
- form widgets: read from the page's /Annots by the reference source's own reader over pdfminer's
  objects, only on pages where PDFium counts a widget annotation.
Errors: a file PDFium cannot load (a password needed or wrong, damage) is handed to the reference
source, which reads it or reports its error (so such files get the same kind and message whichever
engine is chosen); a page PDFium fails on -> `damaged_pdf`.
"""

from __future__ import annotations

import ctypes
import struct
from collections.abc import Callable, Iterator, Set
from io import BytesIO
from typing import TYPE_CHECKING, Any, NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as raw
from pdfminer.cmapdb import CMapParser, FileUnicodeMap
from pdfminer.fontmetrics import FONT_METRICS
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import PDFObjRef, PDFStream, resolve1
from pdfminer.psparser import PSLiteral

from ....glyphs import symbol_font_key
from ....problems import Kind, describe, input_error
from ....settings import SETTINGS
from ....text import SOFT_HYPHEN
from ..objects import Char, Graphic, Picture, SourcePage
from . import base14  # noqa: F401  # pdfminer's ZapfDingbats widths made right, before any font is read
from .pictures import READ_FILTERS, dark_share, digest, measured
from .shapes import PRECISION, flat, is_rect, is_upright, rect_shape, turn_of

if TYPE_CHECKING:
    from _ctypes import _CArgObject
else:
    _CArgObject = Any

HYPHEN_MARK = 0x02  # what PDFium's text page gives for a hyphen at a line end
# ZapfDingbats codes 0x21-0x7E whose Unicode lies outside U+2701-U+275E (Adobe's zapfdingbats glyph
# list; inside that range a code is its Unicode less 0x2700 plus 0x20: U+275A <- 0x7A "z").
_ZAPF_OUTSIDE = {
    "☎": "%", "☛": "*", "☞": "+", "★": "H", "●": "l", "■": "n", "▲": "s", "▼": "t", "◆": "u", "◗": "w",
}  # fmt: skip


def _open(path: str, password: str | None) -> Any:
    """pypdfium2's document; None when PDFium cannot load the file (a password needed or wrong,
    or damage: then the reference source reads it, or says what is wrong with it, so such a file
    gets the reference's kinds and messages; PDFium's error code is process-wide state, left over
    from an earlier file when a load fails without setting it, so it is not relied on)."""
    try:
        return pdfium.PdfDocument(path, password=password or None)
    except MemoryError:
        raise
    except Exception:
        return None


def _reference() -> Any:
    from . import pdfplumber_source

    return pdfplumber_source.SOURCE


class FontFacts(NamedTuple):
    """What the characters of one font need, as pdfminer reads the font."""

    name: str  # pdfminer's `fontname`: the descriptor's /FontName, subset tag kept
    descent: float  # per unit of size, <= 0
    codes: bool  # its characters are given as codes, not Unicode (ZapfDingbats without /ToUnicode)
    widths: dict[str, int] | None = None  # a base-14 font's AFM widths by text (pdfminer's `FONT_METRICS`)
    to_unicode: bytes | None = None  # its /ToUnicode CMap (what a line-end hyphen is: `_hyphen`, when met)
    advances: dict[int, float] | None = None  # a simple font's /Widths (per 1000 of size) by Unicode code point


_NO_FONT = FontFacts("", 0.0, False)
FontNames = dict[str, FontFacts | None]  # base font name (no subset tag) -> facts; None: fonts of the name differ


class PageFonts(NamedTuple):
    """What `FontDictionaries` reads of one page."""

    names: FontNames  # its fonts' (and its forms' fonts') by name
    mediabox: tuple[float, float, float, float] | None  # its /MediaBox, inherited from the page tree or not
    # a name different fonts of the page share (None in `names`: two pages imposed on one sheet, each
    # a form, their subsets named alike) -> their facts by their embedded program's digest (`_program`)
    programs: dict[str, dict[str, FontFacts]] | None = None


FontTable = list[PageFonts]  # `FontDictionaries`' reading, page by page
Matrix = tuple[float, float, float, float, float, float]


def _is_zapf(name: str) -> bool:
    """A ZapfDingbats font: without a /ToUnicode map pdfminer gives its codes, PDFium Unicode."""
    return symbol_font_key(name) in ("zapfdingbats", "dingbats")


def _strip_tag(name: str) -> str:
    """A base font name less its subset tag ("ABCDEF+Arial" -> "Arial")."""
    return name[7:] if len(name) > 7 and name[6] == "+" and name[:6].isalpha() and name[:6].isupper() else name


def _unseen(entries: Any, seen: set[int]) -> Iterator[Any]:
    """The resolved values of a resource dictionary (/Font, /XObject), each indirect object once:
    `seen` holds the object numbers met so far (resources shared by pages and forms, or a cycle)."""
    entries = resolve1(entries)
    for ref in entries.values() if isinstance(entries, dict) else ():
        if isinstance(ref, PDFObjRef):
            if ref.objid in seen:
                continue
            seen.add(ref.objid)
        yield resolve1(ref)


class FontDictionaries:
    """What pdfminer would call each font of the document (`PDFFont.fontname`: the descriptor's
    /FontName, the subset tag kept) and its descent per unit of size (/Descent / 1000, made negative;
    a base-14 font's from its AFM metrics), read from the font dictionaries of each page's (and its
    form XObjects') resources; keyed, page by page, by the base font name less its subset tag, which
    is what PDFium names a font by. Names are looked up among the fonts of the page being read:
    producers tag subsets alike (LibreOffice and Chromium both start at AAAAAA+, BAAAAA+), so the
    pages of a merged PDF may hold different fonts of one name. A name two different fonts of one
    page share maps to None (PDFium's own values are kept)."""

    def __init__(self, path: str, password: str | None, table: FontTable | None = None) -> None:
        """`table`: the document's table read before (`read_all`), else it is read when first asked."""
        self.path, self.password = path, password
        self.table: FontTable | None = table

    def get(self, name: str, page: int) -> FontFacts | None:
        """The facts of the font named `name` on page `page` (0-based), None when unsure."""
        table = self.read_all()
        return table[page].names.get(_strip_tag(name)) if 0 <= page < len(table) else None

    def mediabox(self, page: int) -> tuple[float, float, float, float] | None:
        """Page `page`'s (0-based) /MediaBox as pdfminer reads it (inherited from the page tree when
        the page has none: PDFium's `FPDFPage_GetMediaBox` does not inherit it, and gives US Letter)."""
        table = self.read_all()
        return table[page].mediabox if 0 <= page < len(table) else None

    def read_all(self) -> FontTable:
        """The whole table, read on first use (empty when pdfminer cannot read the file)."""
        if self.table is None:
            self.table = []
            try:
                self._read()
            except MemoryError:
                raise
            except Exception:  # a file PDFium reads and pdfminer cannot: PDFium's values stand
                self.table = []
        return self.table

    def _read(self) -> None:

        assert self.table is not None
        read: dict[int, tuple[list[str], FontFacts] | None] = {}  # a font object -> its names and facts
        with open(self.path, "rb") as handle:
            document = PDFDocument(PDFParser(handle), password=self.password or "")
            for page in PDFPage.create_pages(document):
                names: FontNames = {}
                met: dict[str, list[tuple[Any, FontFacts]]] = {}
                self._resources(page.resources, set(), names, read, met)
                programs = {name: _by_program(met[name]) for name, facts in names.items() if facts is None}
                self.table.append(PageFonts(names, _box(page.mediabox), {k: v for k, v in programs.items() if v}))

    def by_program(self, name: str, page: int) -> dict[str, FontFacts] | None:
        """The facts of the fonts named `name` on page `page` (0-based) that share the name, by their
        embedded program's digest; None when the name is no such."""
        table = self.read_all()
        programs = table[page].programs if 0 <= page < len(table) else None
        return programs.get(_strip_tag(name)) if programs else None

    def _resources(
        self,
        resources: Any,
        seen: set[int],
        names: FontNames,
        read: dict[int, tuple[list[str], FontFacts] | None],
        met: dict[str, list[tuple[Any, FontFacts]]],
    ) -> None:
        """The fonts of `resources` and its forms' into `names`, each font's dictionary and facts into
        `met` by name; `seen`: the objects met on this page."""
        resources = resolve1(resources)
        if not isinstance(resources, dict):
            return
        fonts = resolve1(resources.get("Font"))
        for ref in fonts.values() if isinstance(fonts, dict) else ():
            key = ref.objid if isinstance(ref, PDFObjRef) else None
            if key is not None and key in seen:
                continue
            if key is not None:
                seen.add(key)
            found = read.get(key) if key is not None and key in read else self._font(resolve1(ref))
            if key is not None:
                read[key] = found
            if found is not None:
                keys, value = found
                for name in keys:
                    met.setdefault(name, []).append((ref, value))
                    if name in names and names[name] != value:
                        names[name] = None
                    else:
                        names.setdefault(name, value)
        for form in _unseen(resources.get("XObject"), seen):
            if isinstance(form, PDFStream) and _literal(form.attrs.get("Subtype")) == "Form":
                self._resources(form.attrs.get("Resources"), seen, names, read, met)

    def _font(self, spec: Any) -> tuple[list[str], FontFacts] | None:
        """A pdfminer font dictionary's names (less the subset tag) and facts; None for a Type3 font."""
        if not isinstance(spec, dict):
            return None

        base = _literal(spec.get("BaseFont")) or ""
        subtype = _literal(spec.get("Subtype"))
        inner = spec
        if subtype == "Type0":
            descendants = resolve1(spec.get("DescendantFonts"))
            inner = resolve1(descendants[0]) if isinstance(descendants, list) and descendants else {}
            if not isinstance(inner, dict):
                return None
        if subtype == "Type3":
            return None  # its glyph space is its own matrix's: PDFium's values stand
        inner_base = _literal(inner.get("BaseFont")) or base
        widths = None
        if subtype in ("Type1", "MMType1", "TrueType", None) and inner_base in FONT_METRICS:
            descriptor, widths = FONT_METRICS[inner_base]
        else:
            descriptor = resolve1(inner.get("FontDescriptor")) or {}
        if not isinstance(descriptor, dict):
            descriptor = {}
        fontname = _literal(descriptor.get("FontName")) or "unknown"
        descent = resolve1(descriptor.get("Descent", 0))
        descent = float(descent) if isinstance(descent, (int, float)) else 0.0
        codes = _is_zapf(fontname) and "ToUnicode" not in spec
        to_unicode = resolve1(spec.get("ToUnicode"))
        cmap = to_unicode.get_data() if isinstance(to_unicode, PDFStream) else None  # parsed when needed
        advances = _advances(spec, cmap) if widths is None and subtype in ("Type1", "MMType1", "TrueType") else None
        value = FontFacts(fontname, -abs(descent) / 1000, codes, widths, cmap, advances)
        return sorted({_strip_tag(base), _strip_tag(inner_base)}), value


def _program(spec: Any) -> bytes | None:
    """A font dictionary's embedded font program (/FontFile, /FontFile2 or /FontFile3 of its, or its
    descendant's, descriptor), decoded; None when it embeds none."""
    spec = resolve1(spec)
    if not isinstance(spec, dict):
        return None
    descendants = resolve1(spec.get("DescendantFonts"))
    inner = resolve1(descendants[0]) if isinstance(descendants, list) and descendants else spec
    descriptor = resolve1(inner.get("FontDescriptor")) if isinstance(inner, dict) else None
    for key in ("FontFile", "FontFile2", "FontFile3"):
        stream = resolve1(descriptor.get(key)) if isinstance(descriptor, dict) else None
        if isinstance(stream, PDFStream):
            return bytes(stream.get_data())
    return None


def _by_program(fonts: list[tuple[Any, FontFacts]]) -> dict[str, FontFacts] | None:
    """The facts of fonts of one name by their program's digest (as PDFium gives the program:
    `FPDFFont_GetFontData`), None unless every one embeds its own."""
    found: dict[str, FontFacts] = {}
    for spec, facts in fonts:
        program = _program(spec)
        if program is None:
            return None
        key = digest(program)
        if found.setdefault(key, facts) != facts:
            return None
    return found


def _box(value: Any) -> tuple[float, float, float, float] | None:
    """Four numbers, or None."""
    values = [resolve1(v) for v in value] if isinstance(value, (list, tuple)) and len(value) == 4 else []
    if len(values) != 4 or not all(isinstance(v, (int, float)) for v in values):
        return None
    return float(values[0]), float(values[1]), float(values[2]), float(values[3])


def _advances(spec: dict[str, Any], to_unicode: bytes | None) -> dict[int, float] | None:
    """A simple font's advance widths (/Widths, per 1000 of size) by the code point its /ToUnicode map
    gives each code: the widths pdfminer gives its characters, where PDFium's `FPDFFont_GetGlyphWidth`
    measures the glyph in the font program (whole units, or its own table: up to 0.6 pt short at
    11 pt on fonts whose /Widths are fractional). A code point two codes of different widths map to
    is left out (PDFium's width stands), as is any font without both."""
    widths, first = resolve1(spec.get("Widths")), resolve1(spec.get("FirstChar"))
    if not to_unicode or not isinstance(widths, list) or not isinstance(first, int):
        return None
    unicode_map = FileUnicodeMap()
    CMapParser(unicode_map, BytesIO(to_unicode)).run()
    found: dict[int, float] = {}
    clashes: set[int] = set()
    for code, text in unicode_map.cid2unichr.items():
        width = resolve1(widths[code - first]) if 0 <= code - first < len(widths) else None
        if len(text) != 1 or not isinstance(width, (int, float)):
            continue
        point = ord(text)
        if found.setdefault(point, float(width)) != float(width):
            clashes.add(point)
    for point in clashes:
        del found[point]
    return found or None


def _hyphen(to_unicode: bytes | None) -> str:
    """What a line-end hyphen of a font is: a soft hyphen (U+00AD) when its /ToUnicode map gives
    that and never a hyphen-minus; else "-" (PDFium gives either as U+0002; a font that maps codes
    to both keeps its soft hyphens apart only in pdfminer, the agreement test names the case)."""
    if not to_unicode:
        return "-"
    unicode_map = FileUnicodeMap()
    CMapParser(unicode_map, BytesIO(to_unicode)).run()
    texts = set(unicode_map.cid2unichr.values())
    return SOFT_HYPHEN if SOFT_HYPHEN in texts and "-" not in texts else "-"


def _literal(value: Any) -> str | None:

    value = resolve1(value)
    if isinstance(value, PSLiteral):
        name = value.name
        return name.decode("latin-1") if isinstance(name, bytes) else str(name)
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return value if isinstance(value, str) else None


def _prototype(function: Any, restype: Any, *argtypes: Any) -> Any:
    """`function` of pypdfium2's raw API called with handles as plain addresses (ints): one handle
    per text object or font can then key a dict, and no ctypes cast is paid per character. Called
    holding the GIL (`ctypes.PYFUNCTYPE`; a `CFUNCTYPE` call releases it and takes it back, a
    twentieth of a page's reading when a page makes 20 000 calls): these functions return at once
    and never call back into Python, and no other thread of a worker runs Python meanwhile."""
    return ctypes.PYFUNCTYPE(restype, *argtypes)(ctypes.cast(function, ctypes.c_void_p).value or 0)


def _unchecked(function: Any, restype: Any) -> Any:
    """`function` as `_prototype` gives it, but with no argument types: ctypes then converts no
    argument through a type's `from_param` (half the cost of a call of two arguments, 0.25 -> 0.15
    us). For the calls made per character, text object or path segment only: a caller passes a
    handle or an out-parameter as a ctypes object (`ctypes.c_void_p(address)`,
    `ctypes.byref(array, offset)`) and an index as a Python int (passed as a C int). A bare address
    would be cut to a C int (a crash, not an error), so each such function is declared with its
    argument types (`ctypes.c_void_p`, `_Out`) and mypy checks every call."""
    return ctypes.PYFUNCTYPE(restype)(ctypes.cast(function, ctypes.c_void_p).value or 0)


_Out = _CArgObject  # an out-parameter: `ctypes.byref(array, offset)`
_VOID, _FLOAT_P = ctypes.c_void_p, ctypes.POINTER(ctypes.c_float)
_INT, _UINT = ctypes.c_int, ctypes.c_uint
# per character: (text page, index[, out-parameters]), `_unchecked`
_text_object: Callable[[ctypes.c_void_p, int], int | None] = _unchecked(raw.FPDFText_GetTextObject, _VOID)
_unicode: Callable[[ctypes.c_void_p, int], int] = _unchecked(raw.FPDFText_GetUnicode, _UINT)
_is_generated: Callable[[ctypes.c_void_p, int], int] = _unchecked(raw.FPDFText_IsGenerated, _INT)
_char_origin: Callable[[ctypes.c_void_p, int, _Out, _Out], int] = _unchecked(raw.FPDFText_GetCharOrigin, _INT)
_char_matrix: Callable[[ctypes.c_void_p, int, _Out], int] = _unchecked(raw.FPDFText_GetMatrix, _INT)
_loose_box: Callable[[ctypes.c_void_p, int, _Out], int] = _unchecked(raw.FPDFText_GetLooseCharBox, _INT)
# per text object: (object[, out-parameters]), `_unchecked`
_object_font: Callable[[ctypes.c_void_p], int | None] = _unchecked(raw.FPDFTextObj_GetFont, _VOID)
_object_font_size: Callable[[ctypes.c_void_p, _Out], int] = _unchecked(raw.FPDFTextObj_GetFontSize, _INT)
_base_font_name = _prototype(raw.FPDFFont_GetBaseFontName, ctypes.c_size_t, _VOID, ctypes.c_char_p, ctypes.c_size_t)
_font_descent = _prototype(raw.FPDFFont_GetDescent, _INT, _VOID, ctypes.c_float, _FLOAT_P)
_glyph_width = _prototype(raw.FPDFFont_GetGlyphWidth, _INT, _VOID, _UINT, ctypes.c_float, _FLOAT_P)
_object_fill = _prototype(raw.FPDFPageObj_GetFillColor, _INT, _VOID, _VOID, _VOID, _VOID, _VOID)
_object_stroke = _prototype(raw.FPDFPageObj_GetStrokeColor, _INT, _VOID, _VOID, _VOID, _VOID, _VOID)
_text_object_fill: Callable[[ctypes.c_void_p, _Out, _Out, _Out, _Out], int] = _unchecked(
    raw.FPDFPageObj_GetFillColor, _INT
)
_count_marks: Callable[[ctypes.c_void_p], int] = _unchecked(raw.FPDFPageObj_CountMarks, _INT)
_get_mark = _prototype(raw.FPDFPageObj_GetMark, _VOID, _VOID, ctypes.c_ulong)  # takes a ctypes.c_void_p too
_mark_param_type = _prototype(raw.FPDFPageObjMark_GetParamValueType, _INT, _VOID, ctypes.c_char_p)


class _Fonts:
    """Per PDFium font (its address): pdfminer's facts of it (from the font dictionaries,
    `FontDictionaries`; PDFium's base font name and descent when those are unsure), and the advance
    widths asked of it."""

    def __init__(self, dictionaries: FontDictionaries) -> None:
        self.dictionaries = dictionaries
        self.page = 0  # the page being read (0-based): its fonts are the ones names are looked up among
        self.known: dict[tuple[int, int], FontFacts] = {}
        self.widths: dict[tuple[int, float], dict[int, float | None]] = {}
        self.shortfalls: dict[tuple[int, float], dict[int, float] | None] = {}
        self.hyphens: dict[bytes, str] = {}  # a /ToUnicode map -> its line-end hyphen
        self.buffer = ctypes.create_string_buffer(512)
        self.value = ctypes.c_float()

    def of(self, font: int) -> FontFacts:
        """The facts of PDFium's font `font` on the page being read (`page`; asked once per style)."""
        key = (self.page, font)
        found = self.known.get(key)
        if found is None:
            size = _base_font_name(font, self.buffer, len(self.buffer))
            name = self.buffer.raw[: max(size - 1, 0)].decode("utf-8", "replace") if size else ""
            found = self.dictionaries.get(name, self.page)
            if found is None:
                programs = self.dictionaries.by_program(name, self.page)
                found = programs.get(digest(_font_data(font))) if programs else None
            if found is None:
                descent = self.value.value if _font_descent(font, 1.0, ctypes.byref(self.value)) else 0.0
                found = FontFacts(name, min(float(descent), 0.0), _is_zapf(name))
            self.known[key] = found
        return found

    def hyphen(self, facts: FontFacts) -> str:
        """What a line-end hyphen of the font is (`_hyphen`)."""
        key = facts.to_unicode or b""
        if key not in self.hyphens:
            self.hyphens[key] = _hyphen(facts.to_unicode)
        return self.hyphens[key]

    def widths_at(self, font: int, size: float) -> dict[int, float | None]:
        """The advances (text space) of the font's characters at `size` known so far, by Unicode
        code: a simple font's /Widths (`FontFacts.advances`), the rest asked of PDFium (`width`)."""
        known = self.widths.get((font, size))
        if known is None:
            advances = self.of(font).advances if font else None
            scale = size * 0.001
            known = {point: width * scale for point, width in advances.items()} if advances else {}
            self.widths[(font, size)] = known
        return known

    def shortfalls_at(self, font: int, size: float) -> dict[int, float] | None:
        """How much less than its /Widths entry PDFium advances after each character of a simple font
        at `size` (text space, by Unicode code; None when it advances by them all): PDFium keeps a
        simple font's /Widths as whole numbers (`CPDF_SimpleFont`, truncated), so the origins of a
        string's later characters lag behind pdfminer's by the fractions (0.6 pt across a line)."""
        key = (font, size)
        if key not in self.shortfalls:
            advances = self.of(font).advances if font else None
            found = {p: (w - int(w)) * size * 0.001 for p, w in (advances or {}).items() if w != int(w)}
            self.shortfalls[key] = found or None
        return self.shortfalls[key]

    def width(self, font: int, code: int, size: float) -> float | None:
        """The advance of `code` (Unicode) at `size` in text space (PDFium's widths), None unknown."""
        known = self.widths_at(font, size)
        if code not in known:
            found = _glyph_width(font, code, size, ctypes.byref(self.value))
            known[code] = self.value.value if found else None
        return known[code]


def _font_data(font: int) -> bytes:
    """The font program PDFium reads `font` from (`FPDFFont_GetFontData`), b"" when none."""
    handle = ctypes.cast(ctypes.c_void_p(font), raw.FPDF_FONT)
    size = ctypes.c_size_t()
    if not raw.FPDFFont_GetFontData(handle, None, 0, ctypes.byref(size)) or not size.value:
        return b""
    buffer = (ctypes.c_uint8 * size.value)()
    if not raw.FPDFFont_GetFontData(handle, buffer, size.value, ctypes.byref(size)):
        return b""
    return bytes(buffer)


def zapf_code(text: str) -> str:
    """The ZapfDingbats code (as pdfminer gives it, "z") of the Unicode PDFium gives ("❚")."""
    point = ord(text)
    if 0x2701 <= point <= 0x275E:
        return chr(point - 0x2700 + 0x20)
    return _ZAPF_OUTSIDE.get(text, text)


_unmapped: Callable[[ctypes.c_void_p, int], int] = _unchecked(raw.FPDFText_HasUnicodeMapError, _INT)


def unmapped(textpage: int, index: int) -> bool:
    """Whether PDFium found no Unicode for the character (a font without a /ToUnicode map or an
    encoding it can read): its "Unicode" is then the bare code, a control character for low codes
    (and code 2 is no line-end hyphen). Such a character is given as pdfminer gives it, "(cid:N)"."""
    return bool(_unmapped(ctypes.c_void_p(textpage), index))


_render_mode: Callable[[ctypes.c_void_p], int] = _unchecked(raw.FPDFTextObj_GetTextRenderMode, ctypes.c_int)
INVISIBLE_MODES = (raw.FPDF_TEXTRENDERMODE_INVISIBLE, raw.FPDF_TEXTRENDERMODE_CLIP)  # modes 3 and 7


def never_shown(obj: int) -> bool:
    """Whether a text object paints nothing (render mode 3, invisible, or 7, clip only)."""
    return int(_render_mode(ctypes.c_void_p(obj))) in INVISIBLE_MODES


class _Style(NamedTuple):
    """What the characters of one text object share (PDFium gives each character its object's
    matrix, font, size and fill): the reading of its font, its matrix turned into pdfminer's page
    space (`a`, `b`, `c`, `d`), and the offsets of the box's bottom and top edges from the origin
    along x and y (`c` and `d` times the descent and the descent plus one size)."""

    font: int
    facts: FontFacts
    size: float  # points, the object's font size
    scale: float  # page points per text-space unit along the baseline's page axis (the loose box's extent
    # along it is divided by it): the character's matrix's a, or its b for a baseline running up or down the page
    along_x: bool  # the baseline runs more along the page's x axis than its y (the loose box's width, else height)
    a: float
    b: float
    c: float
    d: float
    upright: bool
    tilt: float  # the sine of its baseline's turn (`shapes.turn_of`: 0 unturned)
    x_low: float  # min(c * low, c * high)
    x_high: float
    y_low: float  # min(d * low, d * high)
    y_high: float
    colour: tuple[float, float, float] | None
    widths: dict[int, float | None]  # `_Fonts.widths_at` the font and size
    hidden: bool  # the object paints nothing (`never_shown`)
    actual: bool  # in an /ActualText span, drawn unturned (`_Ink` reads the glyph printed)
    shortfalls: dict[int, float] | None  # `_Fonts.shortfalls_at` the font and size; None: PDFium's origins stand


_LAYOUT = struct.Struct("=f4I6f")  # `_Styles.buffer`: font size, fill r g b a, the character's matrix a-f
_KEYED = _LAYOUT.size - 8  # its bytes but the matrix's translation (e, f)


class _Unturned(NamedTuple):
    """The styles of objects alike whose matrix is unturned: outside and inside an /ActualText span."""

    plain: _Style
    actual: _Style


class _Styles:
    """Each text object's `_Style`, shared by objects alike (a designed page sets nearly every
    character as an object of its own, in a few fonts, sizes and colours).

    What PDFium is asked of each object lands in one buffer (`_LAYOUT`): its font size, fill
    (r, g, b, a) and the character's matrix (a, b, c, d, e, f), so that the bytes of all but the
    matrix's translation key the style as they are, with no float read back per object; an object
    is asked its /ActualText marks only when its matrix is unturned (`_Unturned`)."""

    def __init__(self, fonts: _Fonts, view: Matrix) -> None:
        self.fonts, self.view = fonts, view
        self.known: dict[tuple[int, int, int, bool, bytes], _Style | _Unturned] = {}
        self.buffer = ctypes.create_string_buffer(_LAYOUT.size)
        buffer = self.buffer
        self.size_ref = ctypes.byref(buffer)
        self.rgba_refs = (
            ctypes.byref(buffer, 4),
            ctypes.byref(buffer, 8),
            ctypes.byref(buffer, 12),
            ctypes.byref(buffer, 16),
        )
        self.matrix_ref = ctypes.byref(buffer, 20)
        self.actual_marks: dict[int, bool] = {}  # a content mark (its address) -> it carries /ActualText

    def of(self, textpage: ctypes.c_void_p, index: int, obj: int) -> _Style:
        """The style of `obj`, the text object of character `index` (not a generated one)."""
        handle = ctypes.c_void_p(obj)
        font = _object_font(handle) or 0
        sized = _object_font_size(handle, self.size_ref)
        r, g, b, alpha = self.rgba_refs
        filled = _text_object_fill(handle, r, g, b, alpha)
        _char_matrix(textpage, index, self.matrix_ref)
        hidden = _render_mode(handle) in INVISIBLE_MODES  # `never_shown`, inline: asked of nearly every character
        key = (font, sized, filled, hidden, self.buffer.raw[:_KEYED])
        style = self.known.get(key)
        if style is None:
            style = self.known[key] = self._read(font, sized, filled, hidden)
        if isinstance(style, _Unturned):
            return style.actual if self._in_actual_text(handle) else style.plain
        return style

    def _read(self, font: int, sized: int, filled: int, hidden: bool) -> _Style | _Unturned:
        """The style the buffer holds (and, for an unturned matrix, the style in an /ActualText span)."""
        size, r, g, b, _, a, mb, mc, md, _, _ = _LAYOUT.unpack(self.buffer.raw)
        size_pt = size if sized else 0.0
        rgb = (r, g, b) if filled else None
        matrix = (a, mb, mc, md)
        plain = self._style(font, size_pt, matrix, rgb, hidden, False)
        if plain.a > 0 and flat(plain.b, size_pt) and flat(plain.c, size_pt):  # unturned as the page is shown
            return _Unturned(plain, self._style(font, size_pt, matrix, rgb, hidden, True))
        return plain

    def _in_actual_text(self, obj: ctypes.c_void_p) -> bool:
        """`_actual_text(obj)`, each content mark asked once per page: the objects of one marked-content
        sequence share its marks (a designed page sets nearly every character as an object of its own,
        each in the sequence of its paragraph or span)."""
        known = self.actual_marks
        for n in range(_count_marks(obj)):
            mark = _get_mark(obj, n)
            if not mark:
                continue
            found = known.get(mark)
            if found is None:
                found = known[mark] = _mark_param_type(mark, b"ActualText") != raw.FPDF_OBJECT_UNKNOWN
            if found:
                return True
        return False

    def _style(
        self,
        font: int,
        size_pt: float,
        matrix: tuple[float, float, float, float],
        rgb: tuple[int, ...] | None,
        hidden: bool,
        actual: bool,
    ) -> _Style:
        facts = self.fonts.of(font) if font else _NO_FONT
        ma, mb, mc, md = matrix
        va, vb, vc, vd, _, _ = self.view
        a, b = ma * va + mb * vc, ma * vb + mb * vd
        c, d = mc * va + md * vc, mc * vb + md * vd
        low, high = facts.descent * size_pt, (facts.descent + 1) * size_pt
        colour = None if rgb is None else (rgb[0] / 255, rgb[1] / 255, rgb[2] / 255)
        widths = self.fonts.widths_at(font, size_pt)
        shortfalls = self.fonts.shortfalls_at(font, size_pt)
        x_edges, y_edges = (c * low, c * high), (d * low, d * high)
        along_x = abs(ma) >= abs(mb)
        scale = abs(ma) if along_x else abs(mb)
        return _Style(
            font, facts, size_pt, scale, along_x, a, b, c, d, is_upright(a, b, c, d, size_pt), turn_of(a, b, size_pt),
            min(x_edges), max(x_edges), min(y_edges), max(y_edges), colour, widths, hidden, actual, shortfalls,
        )  # fmt: skip


def page_chars(
    page: Any, fonts: _Fonts, view: Matrix, height: float, text_objects: set[int] | None = None
) -> list[Char]:
    """The page's characters in drawing order as pdfplumber's dicts (see the module's note); `view`
    turns page space into pdfminer's (the page's /Rotate), `height` is the turned page's;
    `text_objects`, when given, gets the address of every text object a character was read from
    (`page_graphics` then skips them without asking PDFium their type)."""
    textpage = page.get_textpage()
    try:
        return _chars(textpage.raw, fonts, view, height, set() if text_objects is None else text_objects)
    finally:
        textpage.close()


def _chars(tp: Any, fonts: _Fonts, view: Matrix, height: float, text_objects: set[int]) -> list[Char]:
    """The characters of text page `tp` (the addresses of their text objects added to
    `text_objects`). The box of a character is pdfminer's: its origin, plus its
    advance along the matrix's x axis and the font's descent and top along its y axis, so its
    extremes are the origin's (or the advance's end's) coordinates plus the style's low and high
    offsets: the same sums pdfminer's corner-by-corner box takes its minimum and maximum of."""
    count = raw.FPDFText_CountChars(tp)
    textpage = ctypes.c_void_p(ctypes.cast(tp, ctypes.c_void_p).value)  # as the `_unchecked` calls take it
    chars: list[Char] = []
    pending_space = False  # a generated space waits for its right neighbour
    origin = (ctypes.c_double * 2)()
    origin_x, origin_y = ctypes.byref(origin), ctypes.byref(origin, 8)
    loose = (ctypes.c_float * 4)()  # left, top, right, bottom
    loose_ref = ctypes.byref(loose)
    va, vb, vc, vd, ve, vf = view
    styles = _Styles(fonts, view)
    last = 0  # the text object of the last character looked at, with its style
    style: _Style | None = None
    ink = _Ink(view)
    forms = _ActualTextForms()
    last_char_object, last_x, last_y = 0, 0.0, 0.0  # the text object and origin of the last character kept
    rounded: dict[float, float] = {}  # y (pdfminer's page space) -> round(height - y, PRECISION)
    drift_object, drift = 0, 0.0  # a text object and how far PDFium's origins in it lag (text space)
    spelled = ""  # the code points of the glyph being read (a ligature's several, at one origin)
    shown: dict[int, int | None] = {}  # text object -> index of its one non-space character (None: several)
    for i in range(count):
        code = _unicode(textpage, i)
        obj = _text_object(textpage, i)
        if not obj or (code == 0x20 and _is_generated(textpage, i)):  # PDFium generates spaces, CR and LF
            if code == 0x20:
                pending_space = True
            continue
        # no Unicode found (`unmapped`), or code 0 (a glyph a map sends to nothing: the .notdef box a
        # browser prints for a character its fonts lack): given as "(cid:N)", whatever its code
        blank = _unmapped(textpage, i) or not code
        if not blank and (code == 0x0D or code == 0x0A):
            continue
        if obj != last or style is None:
            last = obj
            text_objects.add(obj)
            found = styles.of(textpage, i, obj)
            if found is not style:  # its fields as locals, read by every character until the style changes
                style = found
                (font, facts, size, scale, along_x, a, b, _, _, upright, tilt, x_low, x_high, y_low, y_high, colour,
                 widths, hidden, actual, shortfalls) = style  # fmt: skip
        if blank:
            text = f"(cid:{code})"
        elif code == HYPHEN_MARK:
            text, code = fonts.hyphen(facts), 0x2D
        else:
            text = zapf_code(chr(code)) if facts.codes else chr(code)
        _char_origin(textpage, i, origin_x, origin_y)
        ox, oy = origin[0], origin[1]
        ligature = obj == last_char_object and ox == last_x and oy == last_y and bool(chars)
        last_char_object, last_x, last_y = obj, ox, oy
        placement = forms.of(textpage, i, obj, ox, oy) if actual else None
        if placement is not None:  # given in its form's space: placed on the page
            ox, oy = _apply(placement, (ox, oy))
        spelled = spelled + text if ligature else text  # the glyph's code points so far, as PDFium gives them
        if ligature:  # one glyph giving several code points ("fi" as f + i at one origin): its whole box
            width: float | None = None
        elif facts.widths is not None and (facts.codes or text in facts.widths):  # a base-14 font: its AFM
            width = facts.widths.get(text, 0) * 0.001 * size  # widths as pdfminer has them; ties alike
        elif font and not blank:  # PDFium's width (a text glyph pdfminer's AFM metrics lack, "€")
            width = widths.get(code, _UNASKED)
            if width is _UNASKED:
                width = fonts.width(font, code, size)
            if actual and width is not None:
                read, width = ink.read(tp, i, text, (ox, oy), a, size, width, placement)
                if read != text:  # a small capital: the capital's advance, as pdfminer reads the glyph
                    capital = fonts.width(font, ord(read), size)
                    width = width if capital is None else max(width, capital)
                text = read
        else:
            width = None
        if width is None:
            _loose_box(textpage, i, loose_ref)
            left, top_edge, right, bottom_edge = loose
            if placement is not None:
                left, top_edge = _apply(placement, (left, top_edge))
                right, bottom_edge = _apply(placement, (right, bottom_edge))
            extent = abs(right - left) if along_x else abs(top_edge - bottom_edge)
            width = extent / max(scale, 1e-9)
        x, y = ox * va + oy * vc + ve, ox * vb + oy * vd + vf
        if shortfalls is not None:  # PDFium's origin lags by the fractions of the object's widths so far
            if obj != drift_object:
                drift_object, drift = obj, 0.0
            x, y = x + a * drift, y + b * drift
            if not ligature:  # a ligature's code points after its first share its glyph's one advance
                drift += shortfalls.get(code, 0.0)
        x_end, y_end = x + a * width, y + b * width
        y0 = (y if y <= y_end else y_end) + y_low
        y1 = (y if y >= y_end else y_end) + y_high
        x0 = round((x if x <= x_end else x_end) + x_low, PRECISION)
        x1 = round((x if x >= x_end else x_end) + x_high, PRECISION)
        top = rounded.get(y1)  # the characters of a line share their tops and bottoms: rounded once
        if top is None:
            top = rounded[y1] = round(height - y1, PRECISION)
        bottom = rounded.get(y0)
        if bottom is None:
            bottom = rounded[y0] = round(height - y0, PRECISION)
        if ligature:  # pdfminer's one character of the glyph, its text all the code points
            prev = chars[-1]
            x0, x1 = min(x0, prev["x0"]), max(x1, prev["x1"])
            form = LIGATURE_FORMS.get(spelled) if actual else None
            if form is not None and font:  # in an /ActualText span: the glyph is the presentation form
                advance = fonts.width(font, ord(form), size)
                if advance is not None and upright:
                    x1 = max(x1, round(prev["x0"] - x_low + a * advance + x_high, PRECISION))
            joined = form or spelled
            chars[-1] = {**prev, "text": joined, "x0": x0, "x1": x1, "width": x1 - x0}
            continue
        if pending_space and chars:
            prev = chars[-1]
            chars.append(_char(" ", prev["x1"], prev["top"], max(x0, prev["x1"]), prev["bottom"], prev))
        pending_space = False
        chars.append(
            {
                "text": text,
                "x0": x0,
                "top": top,
                "x1": x1,
                "bottom": bottom,
                "doctop": top,
                "upright": upright,
                "fontname": facts.name,
                "size": y1 - y0,  # the box's height, as pdfminer's `LTChar.size`
                "height": bottom - top,
                "width": x1 - x0,
                "non_stroking_color": colour,
            }
        )
        if hidden:
            chars[-1]["invisible"] = True
        if tilt:  # set at an angle: the sine of its baseline's turn (pdfminer's page space, counter-clockwise)
            chars[-1]["turn"] = tilt
        if not text.isspace():
            shown[obj] = None if obj in shown else len(chars) - 1
    for only in shown.values():  # the one character its text object shows, spaces aside
        if only is not None:
            chars[only]["alone"] = True
    return chars


def _actual_text(obj: int) -> bool:
    """Whether a text object lies in a marked-content span carrying /ActualText (whose text PDFium's
    text page gives instead of the glyphs')."""
    handle = ctypes.c_void_p(obj)
    for n in range(_count_marks(handle)):
        mark = _get_mark(handle, n)
        if mark and _mark_param_type(mark, b"ActualText") != raw.FPDF_OBJECT_UNKNOWN:
            return True
    return False


# A ligature glyph's code points -> its Unicode presentation form (U+FB00-FB06): what pdfminer reads
# of the glyph through the font's /ToUnicode map where PDFium gives an /ActualText span's letters
# (Chromium prints "fi" in DejaVu so); the form's advance is the glyph's, and `text.clean` spells it out.
LIGATURE_FORMS = {"ff": "\ufb00", "fi": "\ufb01", "fl": "\ufb02", "ffi": "\ufb03", "ffl": "\ufb04", "st": "\ufb06"}


class _Ink:
    """A glyph's inked box (`FPDFText_GetCharBox`, page space, turned as the page is shown by `view`),
    its four out-parameters made once.

    In an /ActualText span PDFium gives the span's text and measures its advance by that text,
    not by the glyph drawn. Chromium prints `font-variant: small-caps` so: "e" drawn as a capital
    E at a smaller size, in a span whose /ActualText is "e". pdfminer reads the glyph ("E", its
    advance by the character code). `read` gives what the glyph shows: a lowercase letter whose
    ink reaches `SETTINGS.sources.small_capital_ink` font sizes over the baseline is the capital printed, and the
    ink's right edge bounds the advance from below (the letters of a word keep touching)."""

    def __init__(self, view: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)) -> None:
        self.sides = [ctypes.c_double() for _ in range(4)]  # left, right, bottom, top
        self.view = view

    def read(
        self,
        tp: Any,
        index: int,
        text: str,
        origin: tuple[float, float],
        scale: float,
        size: float,
        width: float,
        form: Matrix | None = None,
    ) -> tuple[str, float]:
        """(text, advance in text space) of the glyph at `index`, its origin in page space, `scale`
        shown page points per text-space unit along its (unturned) baseline, `size` the font size and
        `width` the advance of `text`; `form`: the matrix of the form XObject whose space PDFium gives
        the glyph's box in (`_ActualTextForms`), None when page space."""
        if not raw.FPDFText_GetCharBox(tp, index, *(ctypes.byref(side) for side in self.sides)):
            return text, width
        left, right, bottom, top = (float(side.value) for side in self.sides)
        shown = self.view if form is None else _multiply(form, self.view)
        corners = [_apply(shown, point) for point in ((left, bottom), (right, top))]
        right, top = max(x for x, _ in corners), max(y for _, y in corners)
        ox, oy = _apply(self.view, origin)
        if text.islower() and len(text) == 1 and top - oy >= SETTINGS.sources.small_capital_ink * size * scale:
            text = text.upper()
        return text, max(width, (right - ox) / scale)


_char_matrix_of = _prototype(raw.FPDFText_GetMatrix, _INT, _VOID, _INT, _VOID)


class _ActualTextForms:
    """Where PDFium places the characters of an /ActualText span inside a form XObject: it gives their
    origin and boxes in the form's space (the text object's own position, `FPDFPageObj_GetMatrix`),
    not the page's, while their matrix (`FPDFText_GetMatrix`) has the form's matrix applied. A 2-up
    sheet that places each page as a form on half of it had its Chromium ligatures ("fi" in
    DejaVu) a half sheet away from their words. `of` gives the form's matrix that takes such a
    character to page space (the object's matrix undone from the character's), None when the
    character is already in page space; asked once per text object."""

    def __init__(self) -> None:
        self.known: dict[int, Matrix | None] = {}
        self.buffer = (ctypes.c_float * 6)()

    def of(self, textpage: ctypes.c_void_p, index: int, obj: int, ox: float, oy: float) -> Matrix | None:
        """The form's matrix for character `index` of text object `obj` whose origin PDFium gives as
        (ox, oy), or None."""
        if obj in self.known:
            return self.known[obj]
        own = _object_matrix(obj)
        found: Matrix | None = None
        at_own = round(own[4] - ox, PRECISION) == 0 and round(own[5] - oy, PRECISION) == 0
        if at_own and _char_matrix_of(textpage.value, index, ctypes.addressof(self.buffer)):
            placed = (*self.buffer,)
            form = _multiply(_inverse(own), (placed[0], placed[1], placed[2], placed[3], placed[4], placed[5]))
            identity = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
            if any(round(u - v, PRECISION) for u, v in zip(form, identity, strict=True)):
                found = form
        self.known[obj] = found
        return found


def _inverse(matrix: Matrix) -> Matrix:
    """The matrix undoing `matrix` (identity when it cannot be undone)."""
    a, b, c, d, e, f = matrix
    det = a * d - b * c
    if not det:
        return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    return (d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det)


def _apply(matrix: Matrix, point: tuple[float, float]) -> tuple[float, float]:
    """`point` moved by `matrix` (PDF row-vector convention)."""
    a, b, c, d, e, f = matrix
    x, y = point
    return a * x + c * y + e, b * x + d * y + f


_UNASKED = -1.0  # not a width: `_Style.widths` has no entry for the code yet


def _char(text: str, x0: float, top: float, x1: float, bottom: float, like: Char) -> Char:
    """A character at a box, of the font, size and direction of `like`."""
    return {
        "text": text,
        "x0": x0,
        "top": top,
        "x1": x1,
        "bottom": bottom,
        "doctop": top,
        "upright": like["upright"],
        "fontname": like["fontname"],
        "size": like["size"],
        "height": bottom - top,
        "width": x1 - x0,
    }


# Paths ------------------------------------------------------------------------------------------


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    """m then n (PDF row-vector matrices: m x n)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


# The page objects' functions, called with handles and out-parameters as addresses (`_prototype`),
# but the one asked of every object (`_unchecked`: the page, an index under its count)
_page_object: Callable[[ctypes.c_void_p, int], int] = _unchecked(raw.FPDFPage_GetObject, _VOID)
_object_type = _prototype(raw.FPDFPageObj_GetType, _INT, _VOID)
_object_matrix_of = _prototype(raw.FPDFPageObj_GetMatrix, _INT, _VOID, _VOID)
_form_count = _prototype(raw.FPDFFormObj_CountObjects, _INT, _VOID)
_form_object = _prototype(raw.FPDFFormObj_GetObject, _VOID, _VOID, ctypes.c_ulong)
_draw_mode = _prototype(raw.FPDFPath_GetDrawMode, _INT, _VOID, _VOID, _VOID)
_segment_count = _prototype(raw.FPDFPath_CountSegments, _INT, _VOID)


class _Handle(ctypes.c_void_p):
    """A handle as PDFium returns it, kept a ctypes object (ctypes turns a plain `c_void_p` result into
    an int, not a subclass's), to be passed on to `_unchecked` calls as it is."""


# per path segment (a designed page's paths have thousands), `_unchecked`
_segment: Callable[[ctypes.c_void_p, int], _Handle] = _unchecked(
    raw.FPDFPath_GetPathSegment, _Handle
)  # (path as a ctypes.c_void_p, index)
_segment_point: Callable[[ctypes.c_void_p, _Out, _Out], int] = _unchecked(raw.FPDFPathSegment_GetPoint, _INT)
_segment_type: Callable[[ctypes.c_void_p], int] = _unchecked(raw.FPDFPathSegment_GetType, _INT)
_segment_close: Callable[[ctypes.c_void_p], int] = _unchecked(raw.FPDFPathSegment_GetClose, _INT)


def _object_matrix(obj: int) -> Matrix:
    m = (ctypes.c_float * 6)()
    if not _object_matrix_of(obj, ctypes.addressof(m)):
        return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    return (m[0], m[1], m[2], m[3], m[4], m[5])


def _segments(obj: int, matrix: Matrix) -> list[tuple[str, tuple[float, float]]]:
    """The path as pdfminer's operators with their end points in page space: m, l, c (a Bézier's
    three PDFium segments as one), h after a closing segment."""
    a, b, c, d, e, f = matrix
    ops: list[tuple[str, tuple[float, float]]] = []
    xy = (ctypes.c_float * 2)()
    x_ref, y_ref = ctypes.byref(xy), ctypes.byref(xy, 4)
    bezier = 0
    start: tuple[float, float] = (0.0, 0.0)
    moveto, bezierto = raw.FPDF_SEGMENT_MOVETO, raw.FPDF_SEGMENT_BEZIERTO
    path = ctypes.c_void_p(obj)
    for i in range(_segment_count(obj)):
        seg = _segment(path, i)
        _segment_point(seg, x_ref, y_ref)
        x, y = xy[0], xy[1]
        point = (a * x + c * y + e, b * x + d * y + f)
        kind = _segment_type(seg)
        if kind == moveto:
            ops.append(("m", point))
            start = point
        elif kind == bezierto:
            bezier += 1
            if bezier == 3:
                ops.append(("c", point))
                bezier = 0
        else:
            ops.append(("l", point))
        if _segment_close(seg):
            ops.append(("h", start))
    return ops


def _painted(ops: list[tuple[str, tuple[float, float]]]) -> Iterator[tuple[str, list[tuple[float, float]]]]:
    """pdfminer's split of a painted path into subpaths, each as (shape, end points)."""
    current: list[tuple[str, tuple[float, float]]] = []
    for op in ops:
        if op[0] == "m" and current:
            yield "".join(o for o, _ in current), [p for _, p in current]
            current = []
        current.append(op)
    if current:
        yield "".join(o for o, _ in current), [p for _, p in current]


def _graphic(
    pts: list[tuple[float, float]], height: float, fill: bool, stroke: bool, colour: Any, stroke_colour: Any = None
) -> Graphic:
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return {
        "x0": round(min(xs), PRECISION),
        "top": round(height - max(ys), PRECISION),
        "x1": round(max(xs), PRECISION),
        "bottom": round(height - min(ys), PRECISION),
        "fill": fill,
        "stroke": stroke,
        "non_stroking_color": colour,
        "stroking_color": stroke_colour,
        "pts": [(round(px, PRECISION), round(height - py, PRECISION)) for px, py in pts],
    }


def _classify(
    shape: str,
    pts: list[tuple[float, float]],
    out: SourcePage,
    height: float,
    fill: bool,
    stroke: bool,
    colour: Any,
    stroke_colour: Any = None,
) -> None:
    """pdfminer's rule (`PDFLayoutAnalyzer.paint_path`): one segment is a line, an axis-aligned
    closed four-sided path a rect (corners compared at `PRECISION`: `shapes.is_rect`), anything else a curve."""
    if not shape.startswith("m"):
        return
    shape, pts = rect_shape(shape, pts)
    if shape in ("mlh", "ml"):
        out.lines.append(_graphic(pts[:2], height, fill, stroke, colour, stroke_colour))
        return
    if is_rect(shape, pts):
        out.rects.append(_graphic([pts[0], pts[2]], height, fill, stroke, colour, stroke_colour))
        return
    out.curves.append(_graphic(pts, height, fill, stroke, colour, stroke_colour))


def _fill_colour(obj: int) -> tuple[float, float, float] | None:
    rgba = (ctypes.c_uint * 4)()
    at = ctypes.addressof(rgba)
    if not _object_fill(obj, at, at + 4, at + 8, at + 12):
        return None
    return (rgba[0] / 255, rgba[1] / 255, rgba[2] / 255)


def _stroke_colour(obj: int) -> tuple[float, float, float] | None:
    rgba = (ctypes.c_uint * 4)()
    at = ctypes.addressof(rgba)
    if not _object_stroke(obj, at, at + 4, at + 8, at + 12):
        return None
    return (rgba[0] / 255, rgba[1] / 255, rgba[2] / 255)


def _walk(
    objects: Iterator[int],
    matrix: Matrix,
    out: SourcePage,
    height: float,
    text_objects: Set[int] = frozenset(),
    images: list[tuple[int, Matrix]] | None = None,
) -> None:
    """The painted paths of `objects` (addresses), forms entered, into `out`, and the image objects
    with their matrices in page space into `images`; the objects of
    `text_objects` are known text objects, passed over (a designed page sets nearly every character
    as a text object of its own: asking each its type was a sixth of the page's calls into PDFium)."""
    form, path, no_fill = raw.FPDF_PAGEOBJ_FORM, raw.FPDF_PAGEOBJ_PATH, raw.FPDF_FILLMODE_NONE
    image = raw.FPDF_PAGEOBJ_IMAGE
    modes = (ctypes.c_int * 2)()  # fill mode, stroke
    mode_ref = ctypes.addressof(modes)
    for obj in objects:
        if obj in text_objects:
            continue
        kind = _object_type(obj)
        if kind == form:
            inner = _multiply(_object_matrix(obj), matrix)
            count = _form_count(obj)
            _walk((_form_object(obj, i) for i in range(count)), inner, out, height, text_objects, images)
        elif kind == image:
            if images is not None:
                images.append((obj, _multiply(_object_matrix(obj), matrix)))
        elif kind == path:
            if not _draw_mode(obj, mode_ref, mode_ref + 4):
                continue
            fill, stroke = modes[0] != no_fill, bool(modes[1])
            if not fill and not stroke:
                continue
            colour = _fill_colour(obj)
            stroke_colour = _stroke_colour(obj) if stroke else None
            ops = _segments(obj, _multiply(_object_matrix(obj), matrix))
            for shape, pts in _painted(ops):
                _classify(shape, pts, out, height, fill, stroke, colour, stroke_colour)


def page_graphics(
    page: Any,
    out: SourcePage,
    view: Matrix,
    height: float,
    text_objects: Set[int] = frozenset(),
    images: list[tuple[int, Matrix]] | None = None,
) -> None:
    """The page's painted paths as lines, rects and curves into `out`, its image objects (address,
    matrix) into `images`; `text_objects`: addresses of the page's text objects (`page_chars`), passed over."""
    handle = ctypes.c_void_p(ctypes.cast(page.raw, ctypes.c_void_p).value)
    count = raw.FPDFPage_CountObjects(page.raw)
    _walk((_page_object(handle, i) for i in range(count)), view, out, height, text_objects, images)


# Image objects ----------------------------------------------------------------------------------

_READ_SPACES = (  # PDFium's colour spaces whose images both engines decode alike (`sources/pictures`)
    raw.FPDF_COLORSPACE_DEVICEGRAY,
    raw.FPDF_COLORSPACE_DEVICERGB,
    raw.FPDF_COLORSPACE_CALGRAY,
    raw.FPDF_COLORSPACE_CALRGB,
    raw.FPDF_COLORSPACE_ICCBASED,
)


def _image_filters(obj: Any) -> list[str]:
    names = []
    for i in range(raw.FPDFImageObj_GetImageFilterCount(obj)):
        size = raw.FPDFImageObj_GetImageFilter(obj, i, None, 0)
        buffer = ctypes.create_string_buffer(size)
        raw.FPDFImageObj_GetImageFilter(obj, i, buffer, size)
        names.append(buffer.value.decode("latin-1"))
    return names


def _raw_bytes(obj: Any) -> bytes:
    size = raw.FPDFImageObj_GetImageDataRaw(obj, None, 0)
    buffer = ctypes.create_string_buffer(size)
    raw.FPDFImageObj_GetImageDataRaw(obj, buffer, size)
    return buffer.raw[:size]


def _rendered_ink(doc: Any, page: Any, obj: Any) -> float | None:
    """The ink (`pictures.dark_share`) of an image object as PDFium renders it at (about) its own pixel
    size, its mask applied; None when its kind is not read (`sources/pictures`)."""
    meta = raw.FPDF_IMAGEOBJ_METADATA()
    if not raw.FPDFImageObj_GetImageMetadata(obj, page.raw, ctypes.byref(meta)):
        return None
    if meta.colorspace not in _READ_SPACES or meta.bits_per_pixel not in (8, 24):
        return None
    if not set(_image_filters(obj)) <= READ_FILTERS:
        return None
    try:  # pypdfium2 scales the image to its pixel size for the rendering, then puts its matrix back
        bitmap = pdfium.PdfImage(obj, page=page, pdf=doc).get_bitmap(render=True)
    except pdfium.PdfiumError:
        return None
    return dark_share(bitmap.to_pil())  # the bitmap is let go with its object (closing it by hand warns)


def page_pictures(doc: Any, page: Any, images: list[tuple[int, Matrix]], height: float) -> list[Picture]:
    """The image objects (address, matrix in page space) as `Picture`s: the box their unit square is
    placed on, their pixel size, and for a small one (`pictures.measured`) its digest and ink."""
    out: list[Picture] = []
    width_px, height_px = ctypes.c_uint(), ctypes.c_uint()
    for address, (a, b, c, d, e, f) in images:
        obj = ctypes.cast(ctypes.c_void_p(address), raw.FPDF_PAGEOBJECT)
        corners = [(e, f), (a + e, b + f), (c + e, d + f), (a + c + e, b + d + f)]
        xs, ys = [x for x, _ in corners], [y for _, y in corners]
        if not raw.FPDFImageObj_GetImagePixelSize(obj, ctypes.byref(width_px), ctypes.byref(height_px)):
            width_px.value = height_px.value = 0
        small = measured(width_px.value * height_px.value)
        out.append(
            {
                "x0": round(min(xs), PRECISION),
                "top": round(height - max(ys), PRECISION),
                "x1": round(max(xs), PRECISION),
                "bottom": round(height - min(ys), PRECISION),
                "px_width": width_px.value,
                "px_height": height_px.value,
                "digest": digest(_raw_bytes(obj)) if small else None,
                "ink": _rendered_ink(doc, page, obj) if small else None,
            }
        )
    return out


def _has_widgets(page: Any) -> bool:
    for i in range(raw.FPDFPage_GetAnnotCount(page.raw)):
        annot = raw.FPDFPage_GetAnnot(page.raw, i)
        try:
            if raw.FPDFAnnot_GetSubtype(annot) == raw.FPDF_ANNOT_WIDGET:
                return True
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return False


def _widgets(path: str, password: str | None, number: int, out: SourcePage) -> None:
    """The reference source's widgets of page `number` (pdfminer reads only the page's /Annots)."""
    from . import pdfplumber_source

    try:
        with pdfplumber_source._open(path, password, [number]) as pdf:
            page = pdf.pages[0]
            out.widgets = list(pdfplumber_source.checkbox_widgets(page))
            out.chars += pdfplumber_source.field_value_chars(page, out.chars)
    except MemoryError:
        raise
    except Exception as error:  # an optional part: the page goes on without it
        out.skipped.append(f"page {out.number}: form widgets not read ({describe(error)})")


def page_view(mediabox: tuple[float, float, float, float], turns: int) -> tuple[Matrix, float, float]:
    """pdfminer's page matrix for a page's /MediaBox and rotation (`FPDFPage_GetRotation`: quarter
    turns clockwise), with the turned page's width and height (`PDFPageInterpreter.process_page`)."""
    x0, y0, x1, y1 = (float(v) for v in mediabox)
    if turns % 4 == 1:
        return (0.0, -1.0, 1.0, 0.0, -y0, x1), y1 - y0, x1 - x0
    if turns % 4 == 2:
        return (-1.0, 0.0, 0.0, -1.0, x1, y1), x1 - x0, y1 - y0
    if turns % 4 == 3:
        return (0.0, 1.0, -1.0, 0.0, y1, -x0), y1 - y0, x1 - x0
    return (1.0, 0.0, 0.0, 1.0, -x0, -y0), x1 - x0, y1 - y0


def _source_page(doc: Any, index: int, fonts: _Fonts, path: str, password: str | None) -> SourcePage:
    page = doc[index]
    try:
        mediabox = fonts.dictionaries.mediabox(index) or page.get_mediabox()
        view, width, height = page_view(mediabox, raw.FPDFPage_GetRotation(page.raw))
        out = SourcePage(index + 1, width, height)
        fonts.page = index
        text_objects: set[int] = set()
        out.chars = page_chars(page, fonts, view, height, text_objects)
        images: list[tuple[int, Matrix]] = []
        page_graphics(page, out, view, height, text_objects, images)
        out.pictures = page_pictures(doc, page, images, height) if images else []
        if _has_widgets(page):
            _widgets(path, password, index + 1, out)
        out.trim = _trim(page.get_trimbox(fallback_ok=False), view, height)
        return out
    finally:
        page.close()


def _trim(
    box: tuple[float, float, float, float] | None, view: Matrix, height: float
) -> tuple[float, float, float, float] | None:
    """A page's /TrimBox `box` (user space: left, bottom, right, top; None when the page has none)
    placed as the page's objects are (`view`, from the top of a page `height` high): (x0, top, x1, bottom)."""
    if box is None:
        return None
    a, b, c, d, e, f = view
    corners = [(a * x + c * y + e, height - (b * x + d * y + f)) for x in (box[0], box[2]) for y in (box[1], box[3])]
    xs, tops = [x for x, _ in corners], [t for _, t in corners]
    return min(xs), min(tops), max(xs), max(tops)


class PdfiumSource:
    """The source (`SOURCE`), or one bound to a document's font table read before (`for_document`),
    which pages of that document only are read with."""

    name = "pdfium"

    def __init__(self, fonts: FontTable | None = None) -> None:
        self.fonts = fonts

    def for_document(self, path: str, password: str | None) -> PdfiumSource:
        """This source holding the font table of the document at `path` (`FontDictionaries`: every
        page's font dictionaries, parsed by pdfminer), so that the parts of a long PDF, each read by
        a worker of its own, do not each read the whole document's resources again."""
        return PdfiumSource(FontDictionaries(path, password).read_all())

    def page_count(self, path: str, password: str | None) -> int:
        doc = _open(path, password)
        if doc is None:
            return int(_reference().page_count(path, password))
        try:
            return len(doc)
        finally:
            doc.close()

    def pages(self, path: str, password: str | None, numbers: range | None) -> Iterator[SourcePage]:
        """Pages `numbers` (1-based; all when None), each closed once given."""
        doc = _open(path, password)
        if doc is None:
            yield from _reference().pages(path, password, numbers)
            return
        fonts = _Fonts(FontDictionaries(path, password, self.fonts))
        try:
            for number in numbers if numbers is not None else range(1, len(doc) + 1):
                try:
                    read = _source_page(doc, number - 1, fonts, path, password)
                except Exception as error:
                    message = f"damaged PDF: page {number} cannot be read"
                    raise input_error(error, Kind.damaged_pdf, path, message) from error
                yield read
        finally:
            doc.close()


SOURCE = PdfiumSource()
