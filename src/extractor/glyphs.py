"""What a single character means as a checkbox: a ballot box, a check mark, or nothing.

One table shared by the PDF and DOCX readers and by segmentation (a typed mark in a cell). Symbol fonts (Wingdings,
Wingdings 2, Webdings, Symbol, ZapfDingbats) put their glyphs at ASCII codes
or in the private-use area U+F0xx (Word's `w:sym w:char="F0FC"`, and PDF
fonts without a Unicode map), so the meaning of a code depends on the font:
`SYMBOL_FONT_GLYPHS` gives, per font, the Unicode character each box or mark
code stands for (after the Unicode 7.0 Wingdings mappings, as LibreOffice and
Microsoft's own converters read them; ZapfDingbats after Adobe's Zapf Dingbats
glyph list), and every question below is asked of that Unicode character.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Literal

from .settings import SETTINGS

CHECKED_BOXES = frozenset("☑☒⊠⮽🗹🗷🗵⌧")
EMPTY_BOXES = frozenset("☐□▢❏❐❑❒⬜◻")
CHECK_MARKS = frozenset("✓✔✗✘✕✖×xX☓🗸🗴√")
FILLED_SQUARES = frozenset("■◼⬛")
# A filled dot or square alone in a month cell or inside a box marks it (a bullet elsewhere);
# both readers read these, and the check marks, as a mark.
FILLED_MARKS = frozenset("•●⬤◉") | FILLED_SQUARES
BULLETS = frozenset("•●◦▪▸►‣⁃∙–-") | FILLED_SQUARES  # list-item markers printed as a word of their own
# A hollow circle beside filled ones (○ / ●, ◯ / ⬤) leaves its month cell unmarked, as an empty box does.
HOLLOW_MARKS = frozenset("○◯⚪❍")

# Per symbol font, code (low byte) -> the Unicode character of that box or mark glyph.
# ZapfDingbats (ITC Zapf Dingbats, the PDF base-14 symbol font): box, circle and mark codes, as Adobe's
# Zapf Dingbats glyph list (zapfdingbats.txt, Adobe Glyph List project) and ZapfDingbats.afm (Core14
# AFM, built-in encoding) give them: "l" ●, "m" ❍, "n" ■, "o"-"r" ❏ ❐ ❑ ❒, "3"-"8" ✓ ✔ ✕ ✖ ✗ ✘.
_ZAPF_DINGBATS = {
    0x6C: "●",
    0x6D: "❍",
    0x6E: "■",
    0x6F: "❏",
    0x70: "❐",
    0x71: "❑",
    0x72: "❒",
    0x33: "✓",
    0x34: "✔",
    0x35: "✕",
    0x36: "✖",
    0x37: "✗",
    0x38: "✘",
}
SYMBOL_FONT_GLYPHS: dict[str, dict[int, str]] = {
    "wingdings 2": {0x2A: "□", 0xA3: "□", 0x4F: "🗴", 0x50: "🗸", 0x51: "🗵", 0x52: "☑", 0x53: "⮽", 0x54: "☒"},
    "wingdings": {
        0x6E: "■",
        0x6F: "□",
        0x70: "◻",
        0x71: "❑",
        0x72: "❒",
        0xA8: "◻",
        0x78: "⌧",
        0xFB: "✗",
        0xFC: "✓",
        0xFD: "☒",
        0xFE: "☑",
    },
    "webdings": {0x61: "✓", 0x72: "✗"},
    "zapfdingbats": _ZAPF_DINGBATS,
    "dingbats": _ZAPF_DINGBATS,  # the same font under its other name
    "symbol": {0xD6: "√", 0xB4: "×", 0xB7: "•"},
}
# LibreOffice prints a Wingdings character with OpenSymbol, keeping its private-use code (U+F0FE
# for ☑, U+F0A8 for ◻): there those codes are Wingdings', while OpenSymbol's ASCII is plain text.
# It prints Word's Symbol list bullet (U+F0B7) with OpenSymbol too: that code (a clock face in
# Wingdings, no box or mark) is the bullet.
SYMBOL_FONT_GLYPHS = {"opensymbol": {**SYMBOL_FONT_GLYPHS["wingdings"], 0xB7: "•"}, **SYMBOL_FONT_GLYPHS}
PRIVATE_USE_ONLY = frozenset({"opensymbol"})  # fonts whose codes below U+0100 are text, not symbols
# Wingdings' box and mark codes that, typed as Latin-1 letters, are never a Spanish word by themselves
# (þ ý ¨ ü û): what a PDF shows when its exporter had no Wingdings and printed the codes in a text font
# (LibreOffice on a machine without it, trial 26 x06), each alone as a word before a label or in a cell
SUBSTITUTED_WINGDINGS = {chr(code): SYMBOL_FONT_GLYPHS["wingdings"][code] for code in (0xFE, 0xFD, 0xA8, 0xFC, 0xFB)}


def substituted_wingdings(texts: Sequence[str], fonts: Sequence[str]) -> dict[int, str]:
    """Index -> the box or mark glyph of each word of a page (its `texts`, in `fonts`) that is one of
    Wingdings' codes printed in a text font (`SUBSTITUTED_WINGDINGS`: "þ" alone, ☑), when the page
    holds at least `SETTINGS.layout.substituted_wingdings_min` of them: a box list's or a month grid's marks, which a
    reader of the Word file sees as boxes and ticks. {} otherwise (one lone "ü" is a stray letter)."""
    found = {
        n: SUBSTITUTED_WINGDINGS[text]
        for n, (text, font) in enumerate(zip(texts, fonts, strict=True))
        if text in SUBSTITUTED_WINGDINGS and symbol_font_key(font) is None
    }
    return found if len(found) >= SETTINGS.layout.substituted_wingdings_min else {}


_SYMBOL_FONT = re.compile(r"wingdings|webdings|dingbat|zapf|symbol", re.IGNORECASE)


@lru_cache(maxsize=512)  # asked for every character; a document has few font names
def symbol_font_key(font: str) -> str | None:
    """The key of `SYMBOL_FONT_GLYPHS` for a font name ("ABCDEF+Wingdings-Regular")."""
    name = re.sub(r"^[A-Z]{6}\+", "", font or "").replace("-", " ").replace(" ", "").lower()
    for key in SYMBOL_FONT_GLYPHS:  # "opensymbol" before "symbol", "wingdings 2" before "wingdings", ...
        if (key == "symbol" and name.startswith("symbol")) or (key != "symbol" and key.replace(" ", "") in name):
            return key  # "Symbol", "SymbolMT"; not "Segoe UI Symbol", a Unicode font
    return None


def is_symbol_font(font: str) -> bool:
    return bool(_SYMBOL_FONT.search(font or ""))


def symbol_glyph(char: str, font: str = "") -> str | None:
    """The Unicode box or mark a symbol-font code stands for (ASCII or U+F0xx form), else None."""
    key = symbol_font_key(font)
    if not key or not char:
        return None
    code = ord(char[0])
    if 0xF000 <= code <= 0xF0FF or (code < 0x100 and key not in PRIVATE_USE_ONLY):
        return SYMBOL_FONT_GLYPHS[key].get(code & 0xFF)
    return None


def box_glyph_state(char: str, font: str = "") -> bool | None:
    """True for a checked ballot box, False for an empty one, None for any other glyph
    (a bare check mark in a symbol font is a mark, not a box)."""
    for glyph in (char, symbol_glyph(char, font)):
        if glyph in CHECKED_BOXES:
            return True
        if glyph in EMPTY_BOXES:
            return False
    return None


def symbol_mark(char: str, font: str = "") -> str | None:
    """The check mark or cross (✓ ✗ √ ...) a symbol-font code stands for, else None."""
    glyph = symbol_glyph(char, font)
    return glyph if glyph in CHECK_MARKS else None


def mark_glyph(char: str, font: str = "") -> str | None:
    """The check mark or cross a glyph draws (✓ ✔ ✗ ×, or a symbol font's code for one), else
    None; a letter ("x", "X") is a mark only where a cell or a box asks for one, not here, but
    for a cross OCR read (`OCR_FONT`: ✗ read "X"), `READ_CROSS`."""
    if char in CHECK_MARKS and not char.isalpha():
        return char
    if char in OCR_CROSSES and is_ocr_font(font):
        return READ_CROSS
    return symbol_mark(char, font)


def is_mark_alone(text: str, font: str = "") -> bool:
    """Whether `text` is nothing but check marks or crosses drawn as glyphs (✓, ✔ ✗, "✓ ✓"; not the
    letter X, but an X that OCR read: `mark_glyph`): a mark typed in a cell of its own, beside a
    label. Such a line is a mark, never a heading's or a paragraph's words."""
    marks = False
    for ch in text:  # stops at the first character that is no mark (a line of words: its first letter)
        if ch.isspace():
            continue
        if mark_glyph(ch, font) is None:
            return False
        marks = True
    return marks


def read_glyph_box(text: str, font: str = "") -> tuple[bool | None, int, str]:
    """A ballot box drawn by the glyphs that start `text`: (state, how many characters draw it,
    the characters of a symbol font that mean nothing known); state None when no box starts it.

    Glyphs printed over one another read as one box: a box glyph with a mark printed on it
    ("q" + "4" in ZapfDingbats, ❑ + ✔) is a checked box, whichever was drawn first. In a
    symbol font every character of the word is part of the box (a label is never set in
    one); a code the table does not know leaves the state in doubt.
    """
    state: bool | None = None
    marked, count, unread = False, 0, ""
    symbol = is_symbol_font(font)
    for char in text:
        box = box_glyph_state(char, font)
        if box is not None:
            state = bool(state) or box
        elif mark_glyph(char, font) is not None:
            marked = True
        elif symbol and not char.isspace() and not is_filled_square(char, font):
            unread += char
        else:
            break
        count += 1
    if state is None:
        return None, 0, ""
    return state or marked, count, unread


def is_empty_mark(char: str, font: str = "") -> bool:
    """A glyph that leaves the cell it sits in unmarked: an empty ballot box (☐ □, or a symbol font's
    code for one) or a hollow circle (○ ◯, ZapfDingbats "m" ❍), the other half of a pair whose filled
    half marks."""
    return char in HOLLOW_MARKS or symbol_glyph(char, font) in HOLLOW_MARKS or box_glyph_state(char, font) is False


def is_filled_square(char: str, font: str = "") -> bool:
    """■ or a symbol font's black square: a checked box among boxes, a bullet on its own."""
    return char in FILLED_SQUARES or symbol_glyph(char, font) in FILLED_SQUARES


RADIO_DOTS = frozenset("●⬤•◉")  # a filled dot: the checked half of a radio pair (○ / ●), a bullet alone


def radio_glyph_state(char: str, font: str = "") -> bool | None:
    """True for a filled dot (● ⬤ • ◉, ZapfDingbats "l"), False for a hollow one (○ ◯ ⚪ ❍,
    ZapfDingbats "m"), None for any other character: a radio-style mark, read as one only where
    both halves of the pair are printed."""
    glyph = symbol_glyph(char, font) or char
    if glyph in RADIO_DOTS:
        return True
    if glyph in HOLLOW_MARKS:
        return False
    return None


def is_check_mark(char: str, font: str = "") -> bool:
    """A glyph that checks the box or month cell it sits in: ✓ ✔ ✗ X, a filled dot or square
    (● ■), or any symbol-font/private-use glyph."""
    if not char or char.isspace():
        return False
    if char in CHECK_MARKS or char in CHECKED_BOXES or char in FILLED_MARKS:
        return True
    code = ord(char[0])
    if 0xE000 <= code <= 0xF8FF:
        return True
    return (
        is_symbol_font(font)
        and symbol_font_key(font) not in PRIVATE_USE_ONLY
        and box_glyph_state(char, font) is not False
        and symbol_glyph(char, font) not in HOLLOW_MARKS
    )


def is_bullet(text: str, font: str = "") -> bool:
    """A one-character word that marks a list item: • ▪ – ■ ..., or a symbol font's bullet (Word's
    and LibreOffice's Symbol U+F0B7)."""
    return len(text) == 1 and (text in BULLETS or symbol_glyph(text, font) in BULLETS)


_LIST_NUMBER = re.compile(r"(?:\d{1,3}|[ivxlc]{1,6}|[a-z])[.)]|\d{1,3}(?:\.\d{1,3})+\.?", re.IGNORECASE)


def is_list_number(text: str) -> bool:
    """A word that numbers a list item or a heading ("3.", "12)", "IV.", "b)", "2.1."): a word processor
    sets it a tab stop left of the item's text."""
    return _LIST_NUMBER.fullmatch(text) is not None


_OPENING_NUMBER = re.compile(r"((?:\d{1,3}|[ivxlc]{1,6}|[a-z])[.)])(?=\s|(?-i:[A-ZÁÉÍÓÚÑ]))", re.IGNORECASE)


def list_number(text: str) -> str:
    """The list number a line opens with ("3." of "3. Oficina ...", also glued to a capital, "10.Programa",
    as a word processor's number fills its tab stop), "" when none."""
    found = _OPENING_NUMBER.match(text)
    return found.group(1) if found else ""


# Polarity of marks (issue 20): a display (a ficha's category list or table, a month display) whose
# cells print both an affirmative mark (✓ ✔ √ ● ■ ☑ ☒ X ...) and one of these crosses says "no" with
# the cross, as a ✓/✗ design does; a cross among blank cells is the mark; crosses in every cell
# cannot be read. The letters X and x, ☒ and × are the common affirmative marks of real fichas.
NEGATIVE_CROSSES = frozenset("✗✘✕✖☓🗴")
CrossReading = Literal["mark", "no", "undecided"]
# On a scanned page OCR reads ✗ and the letter X alike ("X", "x", "×"): such a cross, printed by a word
# of the OCR engine's font (`OCR_FONT`), is `READ_CROSS`: the letter X's affirmative mark where crosses
# stand alone or among blanks, the ✗'s "no" beside another mark (a ✓ the image told apart by its shape).
OCR_FONT = "OCR"  # the font name the scan reader gives the words OCR read ("OCR-Bold" when bold)
OCR_CROSSES = frozenset("xX×")
READ_CROSS = "╳"
# A pair of columns titled yes / no (folded: "Sí | No"): a mark under the "no" title says no.
YES_NO_TITLES = ("si", "no")


def printed_mark(text: str, font: str = "") -> str:
    """`text` with each symbol-font code replaced by the glyph it draws (`symbol_glyph`), spaces
    dropped: what a reader of the page sees in a mark cell ("7" in ZapfDingbats -> "✗"); a cross
    OCR read ("X" in `OCR_FONT`) is `READ_CROSS`."""
    if is_ocr_font(font):
        return "".join(READ_CROSS if ch in OCR_CROSSES else ch for ch in text if not ch.isspace())
    return "".join(symbol_glyph(ch, font) or ch for ch in text if not ch.isspace())


def is_ocr_font(font: str) -> bool:
    """Whether `font` is the one the scan reader gives OCR's words (`OCR_FONT`, "OCR-Bold")."""
    return font == OCR_FONT or font.startswith(f"{OCR_FONT}-")


def is_read_cross(mark: str) -> bool:
    """A mark (`printed_mark`) made of crosses OCR read (`READ_CROSS`): ✗ or the letter X."""
    return bool(mark) and all(ch == READ_CROSS for ch in mark)


def is_negative_cross(mark: str) -> bool:
    """A mark (`printed_mark`) made of crosses that say "no" beside an affirmative mark: ✗ ✘ ✕ ...,
    and crosses OCR read (`READ_CROSS`: ✗ or the letter X)."""
    return bool(mark) and all(ch in NEGATIVE_CROSSES or ch == READ_CROSS for ch in mark)


def cross_reading(marks: Sequence[str], blanks: int) -> CrossReading:
    """How the crosses among the marks of one display read (`marks`: the printed glyphs of each
    marked cell, "" for a mark that is no glyph, a drawn box or shading; `blanks`: the cells of the
    display holding no mark): "mark" when no cell holds a cross, or the crosses stand among blank
    cells only (the one way the cells split in two); "no" when another mark stands beside them
    (✓ / ✗: the cross unmarks its cell); "undecided" when every cell holds a cross. Crosses OCR
    read (`READ_CROSS`) say no beside another mark only; in every cell they are the letter X's marks."""
    crosses = sum(1 for mark in marks if is_negative_cross(mark))
    if not crosses:
        return "mark"
    if crosses < len(marks):
        return "no"
    if all(is_read_cross(mark) for mark in marks):
        return "mark"
    return "mark" if blanks else "undecided"


def undecided_crosses(marks: Sequence[str]) -> str:
    """The doubt of a display whose every cell holds a cross (`cross_reading` "undecided")."""
    kinds = ", ".join(sorted({m for m in marks if is_negative_cross(m)}))
    return (
        f"todas las celdas llevan una cruz ({kinds}) y ninguna otra marca: no se sabe si la cruz marca "
        "o desmarca; no se leyó ninguna como marcada"
    )
