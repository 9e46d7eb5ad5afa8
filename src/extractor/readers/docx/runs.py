"""The inside of a Word paragraph: runs, symbols and checkbox encodings as tokens.

A paragraph becomes a list of tokens: `CharToken` (a character, its boldness and size) for
text and `CheckboxToken` for a checkbox, whatever its encoding: a w14 content control (state from
`w14:checked`, not from the glyph shown), a legacy FORMCHECKBOX field
(`w:checked`, else `w:default`), a `w:sym` character of a symbol font, or a
ballot-box glyph typed as text. A `w:sym` check mark or cross (Wingdings ✓,
Symbol √; `glyphs.SYMBOL_FONT_GLYPHS`) is text, as if the mark were typed.
Boldness, size and hidden text come from the run, its character style, the
paragraph style (through based-on chains) or the document defaults.

The paragraph is read as the accepted, printed document by `ooxml.walk` (wrappers,
tracked changes, markup compatibility, placeholders and unknown elements are its rules):
its runs and checkbox content controls, then the content of each run, which gives the
tokens and the text boxes anchored in the paragraph (`Inline`). Hidden runs (`w:vanish`;
`w:webHidden` hides only in web view, so it prints) are left out of the text, text boxes
in them too, and their text collected in `Unread.hidden` (ECMA-376 Part 1, 17.3.2). Runs struck
through by their own properties (`w:strike`, `w:dstrike`) in a body paragraph are deleted text
printed as such: left out, their text collected in `Unread.struck` (a tracked deletion, `w:del`,
is no printed content at all: `ooxml.walk` reads the document with its changes accepted).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, TypeVar

from docx.document import Document
from docx.oxml.ns import qn
from docx.styles.style import BaseStyle, CharacterStyle
from docx.text.font import Font

from ...glyphs import CHECK_MARKS, FILLED_MARKS, box_glyph_state, is_symbol_font, symbol_mark
from ...layout import CheckMethod, Line, Provenance, TextBlock
from ...text import clean
from .ooxml import INLINE, NOTE_REFERENCES, RUN, W14, Element, Unread, as_element, checkbox_control, local, on, walk
from .pictures import PictureParts, picture_mark

_OFF = {"0", "false", "off"}
TEXT_MARKS = CHECK_MARKS | FILLED_MARKS
_T = TypeVar("_T")


class CharToken(NamedTuple):
    """A text token inside a paragraph: one printed character ("\\n" for a line break)."""

    text: str
    bold: bool
    size: float  # points; 0.0 when no style says
    italic: bool = False  # set in italics by the run itself or its character style (`w:i`)


@dataclass(frozen=True)
class CheckboxToken:
    """A checkbox token inside a paragraph."""

    checked: bool
    method: CheckMethod  # "w14", "legacy", "sym", "glyph" or "picture"
    picture: str = ""  # a picture mark's design (`pictures.picture_mark`), "" for any other box
    picture_ink: float | None = None  # a picture mark's ink


Token = CharToken | CheckboxToken


class Styles:
    """Paragraph and character style names, boldness, sizes and hiddenness, resolved through
    based-on chains; the document defaults (`w:docDefaults`) last."""

    def __init__(self, document: Document) -> None:
        self._by_id: dict[str, BaseStyle] = {s.style_id: s for s in document.styles}
        self._bold: dict[str | None, bool | None] = {}
        self._italic: dict[str | None, bool | None] = {}
        self._hidden: dict[str | None, bool | None] = {}
        self._size: dict[str | None, float | None] = {}
        self._font: dict[str | None, str | None] = {}
        styles_part = as_element(document.styles.element)
        defaults = styles_part.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
        vanish = defaults.find(qn("w:vanish")) if defaults is not None else None
        self.hidden_default = on(vanish) if vanish is not None else False
        self.size_default = _half_points(defaults.find(qn("w:sz")) if defaults is not None else None)

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

    def explicit_italic(self, style_id: str | None) -> bool | None:
        """The slant (italics) a character style sets, or None when it sets none."""
        value = self._font_value(self._italic, style_id, lambda font: font.italic)
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
        """The font size in points a style or its bases set, else the document's default size
        (`w:docDefaults`), 0.0 when none says (the body's size is then unknown)."""
        value = self._font_value(self._size, style_id, _points)
        return value if value is not None else self.size_default

    def caption(self, style_id: str | None) -> bool:
        """A paragraph style that is Word's caption style (built-in name "caption", which Word keeps in
        every language) or based on it."""
        return any((style.name or "").lower() == "caption" for style in self._chain(style_id))

    def font(self, style_id: str | None) -> str:
        """The font name (`w:rFonts w:ascii`) a style or its bases set, "" when none does."""
        return self._font_value(self._font, style_id, lambda font: font.name) or ""


def _half_points(size: Element | None) -> float:
    """The points a `w:sz` element sets (its value is in half-points), 0.0 when none or unreadable."""
    value = (size.get(qn("w:val")) or "") if size is not None else ""
    return int(value) / 2 if value.isdigit() else 0.0


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
    italic: bool = False  # set by the run or its character style (a run-in label set apart by its slant)
    struck: bool = False  # the run's own properties strike it through (`w:strike`, `w:dstrike`)


def _w14_checkbox(box: Element) -> CheckboxToken:
    """The state of a checkbox content control's `w14:checkbox`."""
    checked = box.find(f"{{{W14}}}checked")
    if checked is None:
        return CheckboxToken(False, "w14")
    value = checked.get(f"{{{W14}}}val")  # an on/off toggle: no value means on
    return CheckboxToken(value is None or value.lower() not in _OFF, "w14")


def _legacy_checkbox(fld_char: Element) -> CheckboxToken | None:
    data = fld_char.find(qn("w:ffData"))
    box = data.find(qn("w:checkBox")) if data is not None else None
    if box is None:
        return None
    checked = box.find(qn("w:checked"))
    if checked is not None:
        return CheckboxToken(on(checked), "legacy")
    return CheckboxToken(on(box.find(qn("w:default"))), "legacy")


def _run_style(run: Element, base: RunStyle, styles: Styles | None) -> RunStyle:
    """The run's boldness, size, hiddenness, font and slant (direct, else character style, else
    paragraph); the font is the name symbol-font codes are read against."""
    bold, size, hidden, font, italic = base.bold, base.size, base.hidden, base.font, base.italic
    props = run.find(qn("w:rPr"))
    if props is None:
        return RunStyle(bold, size, hidden, font, italic)
    char_style = props.find(qn("w:rStyle"))
    if char_style is not None and styles is not None:  # a character style ("Strong")
        style_bold = styles.explicit_bold(char_style.get(qn("w:val")))
        bold = bold if style_bold is None else style_bold
        style_hidden = styles.explicit_hidden(char_style.get(qn("w:val")))
        hidden = hidden if style_hidden is None else style_hidden
        font = styles.font(char_style.get(qn("w:val"))) or font
        style_italic = styles.explicit_italic(char_style.get(qn("w:val")))
        italic = italic if style_italic is None else style_italic
    if props.find(qn("w:i")) is not None:
        italic = on(props.find(qn("w:i")))
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
    strikes = [props.find(qn(f"w:{tag}")) for tag in ("strike", "dstrike")]
    struck = any(on(mark) for mark in strikes if mark is not None)
    return RunStyle(bold, size, hidden, font, italic, struck)


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
        return [CheckboxToken(state, "sym")]
    mark = symbol_mark(char, font)
    if mark is not None:
        return [CharToken(mark, style.bold, style.size)]
    if is_symbol_font(font):
        found.unread_symbols.append(f"{font} {code}")
    return []


@dataclass
class Inline:
    """A paragraph's printed content."""

    tokens: list[Token] = field(default_factory=list)
    text_boxes: list[Element] = field(default_factory=list)  # their w:txbxContent, in document order
    # (kind "footnote" or "endnote", the note's w:id, the number of tokens before the reference) of each
    # note reference, in document order: the note's text is printed apart (`reader._Reader.note_texts`)
    references: list[tuple[str, str, int]] = field(default_factory=list)


def inline(
    paragraph: Element,
    base: RunStyle,
    styles: Styles | None,
    found: Unread,
    strike_out: bool = False,
    pictures: PictureParts | None = None,
) -> Inline:
    """The tokens of a paragraph and the text boxes anchored in it, in document order; with
    `strike_out`, a run struck through is left out and its text collected in `Unread.struck`; a
    picture of a mark's size is a checkbox token (`pictures.picture_mark`, its part read from `pictures`)."""
    out = Inline()
    for element in walk(paragraph, INLINE, found):
        if local(element) != "r":  # a checkbox content control (`ooxml.walk` takes no other)
            _checkbox_control(element, base, styles, found, out)
        elif (style := _run_style(element, base, styles)).hidden:
            text = _hidden_text(element)
            if text.strip():
                found.hidden.append(text)
        elif strike_out and style.struck:
            text = _hidden_text(element)
            if text.strip():
                found.struck.append(text)
        else:
            _run_content(element, style, found, out, pictures)
    return out


def _checkbox_control(sdt: Element, base: RunStyle, styles: Styles | None, found: Unread, out: Inline) -> None:
    """A w14 checkbox content control: a box, or hidden text when Word does not print it."""
    checkbox = checkbox_control(sdt)
    if checkbox is None:
        return
    box = _w14_checkbox(checkbox)
    if _hidden_content(sdt, base, styles):  # not printed: no box
        found.hidden.append("☒" if box.checked else "☐")
    else:
        out.tokens.append(box)


def _run_content(
    run: Element, style: RunStyle, found: Unread, out: Inline, pictures: PictureParts | None = None
) -> None:
    """A printed run's tokens and text boxes; a picture of a mark's size a checkbox token (`pictures.picture_mark`)."""
    bold, size = style.bold, style.size
    made: dict[str, Token] = {}  # each character's token, made once per run (tokens are immutable)
    for child in walk(run, RUN, found):
        tag = local(child)
        if tag == "t":
            for ch in child.text or "":
                token = made.get(ch)
                if token is None:
                    token = made[ch] = _character(ch, style)
                out.tokens.append(token)
        elif tag in ("tab", "noBreakHyphen"):
            out.tokens.append(CharToken(" " if tag == "tab" else "-", bold, size))
        elif tag in ("br", "cr"):
            out.tokens.append(CharToken("\n", bold, size))
        elif tag == "sym":
            out.tokens.extend(_symbol_tokens(child, style, found))
        elif tag == "fldChar" and child.get(qn("w:fldCharType")) == "begin":
            box = _legacy_checkbox(child)
            if box is not None:
                out.tokens.append(box)
        elif tag == "txbxContent":
            out.text_boxes.append(child)
        elif tag in ("blip", "imagedata"):
            mark = picture_mark(child, size, pictures)
            if mark is not None:
                out.tokens.append(CheckboxToken(True, "picture", picture=mark[0], picture_ink=mark[1]))
        elif tag in NOTE_REFERENCES:
            kind = tag.removesuffix("Reference")
            out.references.append((kind, child.get(qn("w:id")) or "", len(out.tokens)))


def _character(ch: str, style: RunStyle) -> Token:
    """A typed character: a box glyph, else the character it prints (a symbol font's code is the
    glyph it prints: "ü" in Wingdings is ✓)."""
    state = box_glyph_state(ch, style.font)
    return (
        CheckboxToken(state, "glyph")
        if state is not None
        else CharToken(symbol_mark(ch, style.font) or ch, style.bold, style.size, style.italic)
    )


def _hidden_text(run: Element) -> str:
    """The text a hidden run would print, its text boxes' included (raw, as typed)."""
    return "".join(
        (child.text or "") if local(child) == "t" else "".join(t.text or "" for t in child.iter(qn("w:t")))
        for child in walk(run, RUN)
        if local(child) in ("t", "txbxContent")
    )


def _hidden_content(sdt: Element, base: RunStyle, styles: Styles | None) -> bool:
    """Every run of a content control's content is hidden (`w:vanish`): Word does not print it."""
    content = sdt.find(qn("w:sdtContent"))
    runs = [r for r in walk(content, INLINE) if local(r) == "r"] if content is not None else []
    return bool(runs) and all(_run_style(run, base, styles).hidden for run in runs)


def chars_text(toks: Sequence[Token]) -> str:
    """The text of the tokens (boxes print no text)."""
    return "".join(t.text for t in toks if isinstance(t, CharToken))


def text_block(toks: Sequence[Token], style: str | None, prov: Provenance) -> TextBlock | None:
    """The tokens' text as a block, one line per line break (blank lines left out); bold when
    every printed character is, sized by the largest; None when no line holds text."""
    chars = [t for t in toks if isinstance(t, CharToken)]
    pieces: list[list[CharToken]] = [[]]
    for c in chars:
        for n, part in enumerate(c.text.split("\n")):
            if n:
                pieces.append([])
            if part:
                pieces[-1].append(CharToken(part, c.bold, c.size, c.italic))
    lines = [piece for piece in pieces if clean("".join(c.text for c in piece))]
    if not lines:
        return None
    visible = [c for c in chars if not c.text.isspace()]
    bold = bool(visible) and all(c.bold for c in visible)
    italic = bool(visible) and all(c.italic for c in visible)
    size = max((c.size for c in visible), default=0.0)
    return TextBlock(
        [
            Line(
                clean("".join(c.text for c in line)),
                size=size,
                bold=bold,
                italic=italic,
                prov=prov,
                bold_lead=_bold_lead(line),
            )
            for line in lines
        ],
        style=style,
        prov=prov,
    )


def _bold_lead(chars: Sequence[CharToken]) -> str:
    """The cleaned text of a line's opening bold characters when some later printed one is not bold
    (a run-in label: "Forma de financiamiento." before its value); in a line with no bold, of its
    opening italic characters when no later printed one is italic (a label set apart by its slant
    alone: "*Forma de financiamiento.* Recursos ..."); "" otherwise."""
    n = next((i for i, c in enumerate(chars) if not c.bold and not c.text.isspace()), len(chars))
    if n == 0 and not any(c.bold for c in chars):  # no bold: a label set apart by its slant alone
        n = next((i for i, c in enumerate(chars) if not c.italic and not c.text.isspace()), len(chars))
        if any(c.italic for c in chars[n:] if not c.text.isspace()):
            return ""
    return clean("".join(c.text for c in chars[:n])) if n < len(chars) else ""
