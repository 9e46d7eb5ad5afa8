"""The inside of a Word paragraph: runs, symbols and checkbox encodings as tokens.

A paragraph becomes a list of tokens: `Char` (a character, its boldness and size) for
text and `Box` for a checkbox, whatever its encoding: a w14 content control (state from
`w14:checked`, not from the glyph shown), a legacy FORMCHECKBOX field
(`w:checked`, else `w:default`), a `w:sym` character of a symbol font, or a
ballot-box glyph typed as text. A `w:sym` check mark or cross (Wingdings ✓,
Symbol √; `glyphs.SYMBOL_FONT_GLYPHS`) is text, as if the mark were typed.
Boldness, size and hidden text come from the run, its character style, the
paragraph style (through based-on chains) or the document defaults.

The paragraph is read as the accepted, printed document (ECMA-376 Part 1,
17.13 and 17.3.2): tracked deletions and moves away (`w:del`, `w:moveFrom`)
are dropped, insertions and moves here (`w:ins`, `w:moveTo`) kept; hidden
runs (`w:vanish`; `w:webHidden` hides only in web view, so it prints) are left
out of the text and collected in `Unread.hidden`. Wrappers (content controls,
custom XML, smart tags, hyperlinks, fields) are read through at any depth; an
element the reader does not know that holds text is read through too and named
in `Unread.unknown`, so the record can say so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, TypeVar

from docx.document import Document
from docx.oxml.ns import qn
from docx.styles.style import BaseStyle, CharacterStyle
from docx.text.font import Font

from ...layout import CheckMethod, Line, Provenance, TextBlock
from ...text import clean
from ..glyphs import CHECK_MARKS, FILLED_MARKS, box_glyph_state, is_symbol_font, symbol_mark
from .ooxml import Element, as_element

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_OFF = {"0", "false", "off"}
# Elements read through for the runs they hold.
CONTAINERS = {"hyperlink", "smartTag", "ins", "fldSimple", "customXml", "sdtContent", "moveTo", "dir", "bdo"}
# Tracked deletions and moves away: not in the accepted document.
DROPPED = {"del", "moveFrom"}
# Elements that hold no text of their own wherever they stand: properties of content controls,
# custom XML and smart tags, range markers, proofing marks, math.
SILENT_MARKUP = frozenset(
    {
        "sdtPr",
        "sdtEndPr",
        "customXmlPr",
        "smartTagPr",
        "bookmarkStart",
        "bookmarkEnd",
        "proofErr",
        "commentRangeStart",
        "commentRangeEnd",
        "permStart",
        "permEnd",
        "moveFromRangeStart",
        "moveFromRangeEnd",
        "moveToRangeStart",
        "moveToRangeEnd",
        "customXmlInsRangeStart",
        "customXmlInsRangeEnd",
        "customXmlDelRangeStart",
        "customXmlDelRangeEnd",
        "customXmlMoveFromRangeStart",
        "customXmlMoveFromRangeEnd",
        "customXmlMoveToRangeStart",
        "customXmlMoveToRangeEnd",
        "oMath",
        "oMathPara",
    }
)
# Paragraph content that holds no text of its own: the above, paragraph properties, sub-documents.
_SILENT = SILENT_MARKUP | {"pPr", "subDoc"}
TEXT_MARKS = CHECK_MARKS | FILLED_MARKS
_T = TypeVar("_T")


class Char(NamedTuple):
    """A text token inside a paragraph: one printed character ("\\n" for a line break)."""

    text: str
    bold: bool
    size: float  # points; 0.0 when no style says


@dataclass(frozen=True)
class Box:
    """A checkbox token inside a paragraph."""

    checked: bool
    method: CheckMethod  # "w14", "legacy", "sym" or "glyph"


Token = Char | Box


@dataclass
class Unread:
    """What reading paragraphs met and did not take as printed content (each becomes a `ReaderNote`)."""

    hidden: list[str] = field(default_factory=list)  # hidden text, one piece per hidden run stretch
    unknown: set[str] = field(default_factory=set)  # tags of unknown elements holding text
    unread_symbols: list[str] = field(default_factory=list)  # "Wingdings F0A1": symbol codes no table knows
    placeholders: list[str] = field(default_factory=list)  # prompts of content controls never filled in


def local(el: Element) -> str:
    return el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""


def on(el: Element | None) -> bool:
    """A w:b / w:checked-like toggle: on unless its value says off."""
    if el is None:
        return False
    val = el.get(qn("w:val"))
    return val is None or val.lower() not in _OFF


class Styles:
    """Paragraph and character style names, boldness, sizes and hiddenness, resolved through
    based-on chains; the document defaults (`w:docDefaults`) last."""

    def __init__(self, document: Document) -> None:
        self._by_id: dict[str, BaseStyle] = {s.style_id: s for s in document.styles}
        self._bold: dict[str | None, bool | None] = {}
        self._hidden: dict[str | None, bool | None] = {}
        self._size: dict[str | None, float | None] = {}
        self._font: dict[str | None, str | None] = {}
        styles_part = as_element(document.styles.element)
        defaults = styles_part.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
        vanish = defaults.find(qn("w:vanish")) if defaults is not None else None
        self.hidden_default = on(vanish) if vanish is not None else False

    def name(self, style_id: str | None) -> str | None:
        style = self._by_id.get(style_id or "")
        name: object = style.name if style is not None else None  # python-docx leaves it untyped
        return name if isinstance(name, str) else None

    def _chain(self, style_id: str | None) -> Iterator[BaseStyle]:
        style, seen = self._by_id.get(style_id or ""), 0
        while style is not None and seen < 20:
            yield style
            base: object = style.base_style if isinstance(style, CharacterStyle) else None
            style, seen = (base if isinstance(base, BaseStyle) else None), seen + 1

    def _font_value(
        self, cache: dict[str | None, _T | None], style_id: str | None, read: Callable[[Font], _T | None]
    ) -> _T | None:
        """The first value a style or its bases set for a font attribute (`read` from a style's
        font), None when none does (kept per style in `cache`: python-docx resolves each
        attribute from the XML on every call). Numbering styles have no font."""
        if style_id not in cache:
            cache[style_id] = next(
                (
                    value
                    for style in self._chain(style_id)
                    if isinstance(style, CharacterStyle) and (value := read(style.font)) is not None
                ),
                None,
            )
        return cache[style_id]

    def bold(self, style_id: str | None) -> bool:
        return bool(self.explicit_bold(style_id))

    def explicit_bold(self, style_id: str | None) -> bool | None:
        """The boldness a (paragraph or character) style sets, or None when it sets none."""
        value = self._font_value(self._bold, style_id, lambda font: font.bold)
        return None if value is None else bool(value)

    def explicit_hidden(self, style_id: str | None) -> bool | None:
        """Whether a style (or its bases) hides text (`w:vanish`), None when it does not say."""
        value = self._font_value(self._hidden, style_id, lambda font: font.hidden)
        return None if value is None else bool(value)

    def hidden(self, style_id: str | None) -> bool:
        """Whether text of a paragraph style is hidden, the document defaults included."""
        value = self.explicit_hidden(style_id)
        return self.hidden_default if value is None else value

    def size(self, style_id: str | None) -> float:
        """The font size in points a style or its bases set, 0.0 when none does."""
        value = self._font_value(self._size, style_id, _points)
        return value if value is not None else 0.0

    def font(self, style_id: str | None) -> str:
        """The font name (`w:rFonts w:ascii`) a style or its bases set, "" when none does."""
        return self._font_value(self._font, style_id, lambda font: font.name) or ""


def _points(font: Font) -> float | None:
    size = font.size
    return None if size is None else size.pt


@dataclass
class RunStyle:
    """The run properties a paragraph gives its runs before their own."""

    bold: bool
    size: float
    hidden: bool
    font: str = ""  # the font name, so a symbol font's codes are read as the glyphs they print


def _w14_checkbox(sdt: Element) -> Box | None:
    props = sdt.find(qn("w:sdtPr"))
    box = props.find(f"{{{W14}}}checkbox") if props is not None else None
    if box is None:
        return None
    checked = box.find(f"{{{W14}}}checked")
    if checked is None:
        return Box(False, "w14")
    value = checked.get(f"{{{W14}}}val")  # an on/off toggle: no value means on
    return Box(value is None or value.lower() not in _OFF, "w14")


def _legacy_checkbox(fld_char: Element) -> Box | None:
    data = fld_char.find(qn("w:ffData"))
    box = data.find(qn("w:checkBox")) if data is not None else None
    if box is None:
        return None
    checked = box.find(qn("w:checked"))
    if checked is not None:
        return Box(on(checked), "legacy")
    return Box(on(box.find(qn("w:default"))), "legacy")


def _run_style(run: Element, base: RunStyle, styles: Styles | None) -> tuple[RunStyle, str]:
    """The run's boldness, size, hiddenness and font (direct, else character style, else
    paragraph), and its font again (the name symbol-font codes are read against)."""
    bold, size, hidden, font = base.bold, base.size, base.hidden, base.font
    props = run.find(qn("w:rPr"))
    if props is None:
        return RunStyle(bold, size, hidden, font), font
    char_style = props.find(qn("w:rStyle"))
    if char_style is not None and styles is not None:  # a character style ("Strong")
        style_bold = styles.explicit_bold(char_style.get(qn("w:val")))
        bold = bold if style_bold is None else style_bold
        style_hidden = styles.explicit_hidden(char_style.get(qn("w:val")))
        hidden = hidden if style_hidden is None else style_hidden
        font = styles.font(char_style.get(qn("w:val"))) or font
    if props.find(qn("w:b")) is not None:
        bold = on(props.find(qn("w:b")))
    if props.find(qn("w:vanish")) is not None:
        hidden = on(props.find(qn("w:vanish")))
    size_el = props.find(qn("w:sz"))
    half_points = (size_el.get(qn("w:val")) or "") if size_el is not None else ""
    if half_points.isdigit():
        size = int(half_points) / 2
    fonts = props.find(qn("w:rFonts"))
    if fonts is not None:
        font = fonts.get(qn("w:ascii")) or fonts.get(qn("w:hAnsi")) or font
    return RunStyle(bold, size, hidden, font), font


def _symbol_tokens(sym: Element, style: RunStyle, found: Unread) -> list[Token]:
    """A `w:sym`: a box, a check mark as text, or nothing (a decoration), noted when unknown."""
    code, font = sym.get(qn("w:char")), sym.get(qn("w:font")) or style.font  # w:font is optional
    code = "0" if code is None else code
    try:
        char = chr(int(code, 16))
    except ValueError:
        char = ""
    state = box_glyph_state(char, font)
    if state is not None:
        return [Box(state, "sym")]
    mark = symbol_mark(char, font)
    if mark is not None:
        return [Char(mark, style.bold, style.size)]
    if is_symbol_font(font):
        found.unread_symbols.append(f"{font} {code}")
    return []


def _run_tokens(run: Element, base: RunStyle, styles: Styles | None, found: Unread) -> list[Token]:
    style, font = _run_style(run, base, styles)
    if style.hidden:
        text = "".join(t.text or "" for t in run.iter(qn("w:t")))
        if text.strip():
            found.hidden.append(text)
        return []
    bold, size = style.bold, style.size
    out: list[Token] = []
    for child in run:
        tag = local(child)
        if tag == "t":
            for ch in child.text or "":  # a symbol font's code is the glyph it prints: "ü" in Wingdings is ✓
                state = box_glyph_state(ch, font)
                out.append(Box(state, "glyph") if state is not None else Char(symbol_mark(ch, font) or ch, bold, size))
        elif tag in ("tab", "noBreakHyphen"):
            out.append(Char(" " if tag == "tab" else "-", bold, size))
        elif tag in ("br", "cr"):
            out.append(Char("\n", bold, size))
        elif tag == "sym":
            out.extend(_symbol_tokens(child, style, found))
        elif tag == "fldChar" and child.get(qn("w:fldCharType")) == "begin":
            box = _legacy_checkbox(child)
            if box is not None:
                out.append(box)
    return out


def _hidden_content(sdt: Element, base: RunStyle, styles: Styles | None) -> bool:
    """Every run of a content control's content is hidden (`w:vanish`): Word does not print it."""
    content = sdt.find(qn("w:sdtContent"))
    runs = list(content.iter(qn("w:r"))) if content is not None else []
    return bool(runs) and all(_run_style(run, base, styles)[0].hidden for run in runs)


def showing_placeholder(sdt: Element) -> bool:
    """A content control that shows its placeholder prompt (`w:showingPlcHdr`, 17.5.2.39)."""
    return sdt.find(f"{qn('w:sdtPr')}/{qn('w:showingPlcHdr')}") is not None


def element_text(el: Element) -> str:
    return clean("".join(t.text or "" for t in el.iter(qn("w:t"))))


def has_text(el: Element) -> bool:
    return next(el.iter(qn("w:t")), None) is not None


def tokens(parent: Element, base: RunStyle, styles: Styles | None, found: Unread) -> list[Token]:
    """The tokens of a paragraph (or of a wrapper inside one), in document order."""
    out: list[Token] = []
    for child in parent:
        tag = local(child)
        if tag == "r":
            out.extend(_run_tokens(child, base, styles, found))
        elif tag in DROPPED or tag in _SILENT:
            continue
        elif tag == "sdt":
            box = _w14_checkbox(child)
            if box is not None and _hidden_content(child, base, styles):  # not printed: no box
                found.hidden.append("☒" if box.checked else "☐")
            elif box is not None:
                out.append(box)
            elif showing_placeholder(child):  # the prompt of a control never filled in: no content
                found.placeholders.append(element_text(child))
            else:
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    out.extend(tokens(content, base, styles, found))
        elif tag in CONTAINERS:
            out.extend(tokens(child, base, styles, found))
        elif tag == "AlternateContent":  # markup compatibility: the first choice, never the fallback
            choice = child.find(f"{{{MC}}}Choice")
            if choice is not None:
                out.extend(tokens(choice, base, styles, found))
        elif has_text(child):
            found.unknown.add(tag)
            out.extend(tokens(child, base, styles, found))
    return out


def chars_text(toks: Sequence[Token]) -> str:
    """The text of the tokens (boxes print no text)."""
    return "".join(t.text for t in toks if isinstance(t, Char))


def text_block(toks: Sequence[Token], style: str | None, prov: Provenance) -> TextBlock | None:
    """The tokens' text as a block, one line per line break (blank lines left out); bold when
    every printed character is, sized by the largest; None when no line holds text."""
    chars = [t for t in toks if isinstance(t, Char)]
    text = "".join(c.text for c in chars)
    lines = []
    for piece in text.split("\n"):
        if clean(piece):
            lines.append(piece)
    if not lines:
        return None
    visible = [c for c in chars if not c.text.isspace()]
    bold = bool(visible) and all(c.bold for c in visible)
    size = max((c.size for c in visible), default=0.0)
    return TextBlock([Line(clean(line), size=size, bold=bold, prov=prov) for line in lines], style=style, prov=prov)
