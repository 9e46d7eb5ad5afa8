"""What a single character means as a checkbox: a ballot box, a check mark, or nothing.

Shared by the PDF and DOCX readers. Symbol fonts (Wingdings, Wingdings 2,
ZapfDingbats) put their glyphs at ASCII codes or in the private-use area
U+F0xx, so the meaning of a code depends on the font.
"""

from __future__ import annotations

import re

CHECKED_BOXES = frozenset("☑☒⊠⮽🗹🗷")
EMPTY_BOXES = frozenset("☐□▢❏❐❑❒⬜◻")
CHECK_MARKS = frozenset("✓✔✗✘✕✖×xX☓🗸")
FILLED_SQUARES = frozenset("■◼⬛")

# Codes (low byte) in symbol fonts: True = checked box or check mark, False = empty box.
_SYMBOL_FONT_CODES: dict[str, dict[int, bool]] = {
    "wingdings 2": {0x2A: False, 0xA3: False, 0x4F: True, 0x50: True, 0x51: True, 0x52: True, 0x53: True, 0x54: True},
    "wingdings": {0x6F: False, 0x70: False, 0x71: False, 0x72: False, 0xA8: False,
                  0x78: True, 0xFB: True, 0xFC: True, 0xFD: True, 0xFE: True},
    "zapfdingbats": {0x6F: False, 0x70: False, 0x71: False, 0x72: False,
                     0x33: True, 0x34: True, 0x35: True, 0x36: True, 0x37: True, 0x38: True},
    "dingbats": {0x6F: False, 0x70: False, 0x71: False, 0x72: False,
                 0x33: True, 0x34: True, 0x35: True, 0x36: True, 0x37: True, 0x38: True},
}
_FILLED_SQUARE_FONTS = ("wingdings", "zapfdingbats", "dingbats")  # "n" (0x6E) is their black square
_SYMBOL_FONT = re.compile(r"wingdings|webdings|dingbat|zapf|symbol", re.IGNORECASE)


def symbol_font_key(font: str) -> str | None:
    """The key of `_SYMBOL_FONT_CODES` for a font name ("ABCDEF+Wingdings-Regular")."""
    name = re.sub(r"^[A-Z]{6}\+", "", font or "").replace("-", " ").lower()
    for key in _SYMBOL_FONT_CODES:
        if key.replace(" ", "") in name.replace(" ", ""):
            return key
    return None


def is_symbol_font(font: str) -> bool:
    return bool(_SYMBOL_FONT.search(font or ""))


def box_glyph_state(char: str, font: str = "") -> bool | None:
    """True for a checked ballot box, False for an empty one, None for any other glyph."""
    if char in CHECKED_BOXES:
        return True
    if char in EMPTY_BOXES:
        return False
    key = symbol_font_key(font)
    if key and char:
        code = ord(char[0])
        if 0xF000 <= code <= 0xF0FF or code < 0x100:
            state = _SYMBOL_FONT_CODES[key].get(code & 0xFF)
            # A bare check mark in a symbol font is a mark, not a box.
            if state is False or (state and code & 0xFF in (0x78, 0xFD, 0xFE, 0x51, 0x52, 0x53, 0x54)):
                return state
    return None


def is_filled_square(char: str, font: str = "") -> bool:
    """■ or a symbol font's black square: a checked box among boxes, a bullet on its own."""
    if char in FILLED_SQUARES:
        return True
    if not char or symbol_font_key(font) not in _FILLED_SQUARE_FONTS:
        return False
    code = ord(char[0])
    return (code < 0x100 or 0xF000 <= code <= 0xF0FF) and code & 0xFF == 0x6E


def is_check_mark(char: str, font: str = "") -> bool:
    """A glyph that checks the box it sits in: ✓ ✔ ✗ X, or any symbol-font/private-use glyph."""
    if not char or char.isspace():
        return False
    if char in CHECK_MARKS or char in CHECKED_BOXES:
        return True
    code = ord(char[0])
    if 0xE000 <= code <= 0xF8FF:
        return True
    return is_symbol_font(font) and box_glyph_state(char, font) is not False
