"""The inside of a Word paragraph: runs, symbols and checkbox encodings as tokens.

A paragraph becomes a list of tokens: `(char, bold, size)` for text and `Box`
for a checkbox, whatever its encoding: a w14 content control (state from
`w14:checked`, not from the glyph shown), a legacy FORMCHECKBOX field
(`w:checked`, else `w:default`), a `w:sym` character of a symbol font, or a
ballot-box glyph typed as text. Boldness and size come from the run, its
character style, or the paragraph style (through based-on chains).
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.oxml.ns import qn

from ..layout import Line, Provenance, TextBlock
from ..text import clean
from .glyphs import CHECK_MARKS, box_glyph_state

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_OFF = {"0", "false", "off"}
_CONTAINERS = {"hyperlink", "smartTag", "ins", "fldSimple", "customXml", "sdtContent", "moveTo", "dir", "bdo"}
TEXT_MARKS = CHECK_MARKS | {"•", "●", "■"}


@dataclass
class Box:
    """A checkbox token inside a paragraph."""

    checked: bool
    method: str


def _local(el) -> str:
    return el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""


def _on(el) -> bool:
    """A w:b / w:checked-like toggle: on unless its value says off."""
    if el is None:
        return False
    val = el.get(qn("w:val"))
    return val is None or val.lower() not in _OFF


class _Styles:
    """Paragraph style names, boldness and sizes, resolved through based-on chains."""

    def __init__(self, document):
        self._by_id = {s.style_id: s for s in document.styles}

    def name(self, style_id: str | None) -> str | None:
        style = self._by_id.get(style_id or "")
        return style.name if style is not None else None

    def _chain(self, style_id: str | None):
        style, seen = self._by_id.get(style_id or ""), 0
        while style is not None and seen < 20:
            yield style
            style, seen = style.base_style, seen + 1

    def bold(self, style_id: str | None) -> bool:
        return bool(self.explicit_bold(style_id))

    def explicit_bold(self, style_id: str | None) -> bool | None:
        """The boldness a (paragraph or character) style sets, or None when it sets none."""
        for style in self._chain(style_id):
            font = getattr(style, "font", None)
            if font is not None and font.bold is not None:
                return bool(font.bold)
        return None

    def size(self, style_id: str | None) -> float:
        for style in self._chain(style_id):
            font = getattr(style, "font", None)
            if font is not None and font.size is not None:
                return font.size.pt
        return 0.0


def _w14_checkbox(sdt) -> Box | None:
    props = sdt.find(qn("w:sdtPr"))
    box = props.find(f"{{{W14}}}checkbox") if props is not None else None
    if box is None:
        return None
    checked = box.find(f"{{{W14}}}checked")
    if checked is None:
        return Box(False, "w14")
    value = checked.get(f"{{{W14}}}val")  # an on/off toggle: no value means on
    return Box(value is None or value.lower() not in _OFF, "w14")


def _legacy_checkbox(fld_char) -> Box | None:
    data = fld_char.find(qn("w:ffData"))
    box = data.find(qn("w:checkBox")) if data is not None else None
    if box is None:
        return None
    checked = box.find(qn("w:checked"))
    if checked is not None:
        return Box(_on(checked), "legacy")
    return Box(_on(box.find(qn("w:default"))), "legacy")


def _run_tokens(run, bold: bool, size: float, styles: _Styles | None = None) -> list:
    props = run.find(qn("w:rPr"))
    if props is not None:
        char_style = props.find(qn("w:rStyle"))
        if char_style is not None and styles is not None:  # a character style ("Strong")
            style_bold = styles.explicit_bold(char_style.get(qn("w:val")))
            bold = bold if style_bold is None else style_bold
        if props.find(qn("w:b")) is not None:
            bold = _on(props.find(qn("w:b")))
        size_el = props.find(qn("w:sz"))
        if size_el is not None and (size_el.get(qn("w:val")) or "").isdigit():
            size = int(size_el.get(qn("w:val"))) / 2
    fonts = props.find(qn("w:rFonts")) if props is not None else None
    font = (fonts.get(qn("w:ascii")) or fonts.get(qn("w:hAnsi")) or "") if fonts is not None else ""
    out: list = []
    for child in run:
        tag = _local(child)
        if tag == "t":
            for ch in child.text or "":
                state = box_glyph_state(ch, font)
                out.append(Box(state, "glyph") if state is not None else (ch, bold, size))
        elif tag in ("tab", "noBreakHyphen"):
            out.append((" " if tag == "tab" else "-", bold, size))
        elif tag in ("br", "cr"):
            out.append(("\n", bold, size))
        elif tag == "sym":
            char = chr(int(child.get(qn("w:char"), "0"), 16))
            state = box_glyph_state(char, child.get(qn("w:font"), ""))
            if state is not None:
                out.append(Box(state, "sym"))
        elif tag == "fldChar" and child.get(qn("w:fldCharType")) == "begin":
            box = _legacy_checkbox(child)
            if box is not None:
                out.append(box)
    return out


def _tokens(element, bold: bool, size: float, styles: _Styles | None = None) -> list:
    out: list = []
    for child in element:
        tag = _local(child)
        if tag == "r":
            out.extend(_run_tokens(child, bold, size, styles))
        elif tag == "sdt":
            box = _w14_checkbox(child)
            if box is not None:
                out.append(box)
            else:
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    out.extend(_tokens(content, bold, size, styles))
        elif tag in _CONTAINERS:
            out.extend(_tokens(child, bold, size, styles))
    return out


def _text_block(chars: list[tuple], style: str | None, prov: Provenance) -> TextBlock | None:
    text = "".join(c[0] for c in chars)
    lines = []
    for piece in text.split("\n"):
        if clean(piece):
            lines.append(piece)
    if not lines:
        return None
    visible = [c for c in chars if not c[0].isspace()]
    bold = bool(visible) and all(c[1] for c in visible)
    size = max((c[2] for c in visible), default=0.0)
    return TextBlock([Line(clean(line), size=size, bold=bold, prov=prov) for line in lines], style=style, prov=prov)
