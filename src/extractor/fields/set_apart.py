"""Text printed inside a section of running text that is not its prose: a picture's caption, a pull
quote. A designer sets such text apart in another type than the section's paragraphs (smaller,
larger and not bold: a larger bold line is a subheading, the section's text; italic where they
are upright or the reverse) and between them; a word processor marks a
caption by its paragraph style (`vocab.caption_styles`). It is printed, so it is never dropped
without a trace, but it is no paragraph of the field: the fields stage leaves it out and quotes
it in an aviso (`texto_sin_ubicar`) on the field, so the record is `revisar`.
"""

from __future__ import annotations

import re
from collections import Counter

from ..layout import Line, TextBlock
from ..segment.paragraphs import block_of
from ..settings import SETTINGS
from ..vocab import caption_styles

# an italic font's name: "Times-Italic", "DejaVuSans-Oblique", "MinionPro-It"
_ITALIC = re.compile(r"italic|oblique|kursiv|[-,+]it(?![a-z])", re.IGNORECASE)

Style = tuple[float, bool]  # a line's size (points, 0 unknown) and whether its font is italic


def _style(line: Line) -> Style:
    """A line's size and slant; a line opening with a run-in lead in another face than its rest
    (`Line.bold_lead`: its font is the lead's) is taken as upright."""
    slanted = line.italic or bool(_ITALIC.search(line.font))
    return round(line.size * 2) / 2, slanted and not line.bold_lead


def _body_style(blocks: list[TextBlock]) -> Style | None:
    """The style most of the section's lines are set in (None when the blocks hold no line)."""
    counts = Counter(_style(line) for block in blocks for line in block.lines)
    return counts.most_common(1)[0][0] if counts else None


def _against(line: Line, body: Style) -> tuple[bool, bool, bool]:
    """Whether `line` is set smaller than `body`, larger (each by more than
    `SETTINGS.fields.set_apart_size` of its size), and in another slant."""
    size, italic = body
    s, slant = _style(line)
    smaller = bool(s and size and s < size * (1 - SETTINGS.fields.set_apart_size))
    larger = bool(s and size and s > size * (1 + SETTINGS.fields.set_apart_size))
    return smaller, larger, slant != italic


def _other_line(line: Line, body: Style) -> bool:
    """`line` is set in another slant than `body`, or smaller, or larger and not bold (a larger bold line
    is a subheading of the section's text)."""
    smaller, larger, slanted = _against(line, body)
    return slanted or smaller or (larger and not line.bold)


def _smaller_or_slanted_line(line: Line, body: Style) -> bool:
    """`line` is set smaller than `body`, or in another slant and not larger (a lead in larger italics is
    the section's prose)."""
    smaller, larger, slanted = _against(line, body)
    return smaller or (slanted and not larger)


def _other_type(block: TextBlock, body: Style) -> bool:
    """Every line of `block` is set in another type than `body` (`_other_line`)."""
    return bool(block.lines) and all(_other_line(line, body) for line in block.lines)


def _smaller_or_slanted(block: TextBlock, body: Style) -> bool:
    """Every line of `block` is set smaller than `body` or slanted (`_smaller_or_slanted_line`)."""
    return bool(block.lines) and all(_smaller_or_slanted_line(line, body) for line in block.lines)


def split_opening(blocks: list[TextBlock]) -> list[TextBlock]:
    """`blocks`, the first one cut in two when its opening lines are set smaller or in another slant
    than the rest of its lines, which share one type: a line set apart that the reader ran on into the
    paragraph under it (same size, in italics, at the text's pitch); `blocks` unchanged otherwise."""
    if not blocks or len(blocks[0].lines) < 2:
        return blocks
    first = blocks[0]
    lines = first.lines
    text = _style(lines[-1])  # the paragraph's own type: its last line's
    apart = [_smaller_or_slanted_line(line, text) for line in lines]
    k = apart.index(False)
    if k == 0 or any(apart[k:]) or _bold(block_of(lines[k:], first)):
        return blocks
    return [block_of(lines[:k], first), block_of(lines[k:], first), *blocks[1:]]


def opening_set_apart(blocks: list[TextBlock]) -> TextBlock | None:
    """The section's first block when it is set smaller or in another slant than the text after it
    (the style of `blocks[1:]`), and the block after it is in that text's type, not bold: a picture's caption
    placed under the heading, or the instruction a template prints there («(Describa brevemente la
    práctica)») left in by the one who filled it. A first block in larger type is the section's lead,
    its prose; None when there is no such block."""
    if len(blocks) < 2:
        return None
    rest = _body_style(blocks[1:])
    if rest is None or _other_type(blocks[1], rest) or _bold(blocks[1]) or not _smaller_or_slanted(blocks[0], rest):
        return None
    return blocks[0]


def closing_set_apart(blocks: list[TextBlock]) -> TextBlock | None:
    """The section's last block when it is set smaller or in another slant than the text before it (the
    style of `blocks[:-1]`), and the block before it is in that text's type: a note or legend printed
    under a short value («En color: categorías y meses marcados.» under the dates' text, trial 28 ed09b);
    None when there is no such block. Only for sections of a short value: in a section of sentences a
    last paragraph is its prose (`set_apart`)."""
    if len(blocks) < 2:
        return None
    rest = _body_style(blocks[:-1])
    if rest is None or _other_type(blocks[-2], rest) or not _smaller_or_slanted(blocks[-1], rest):
        return None
    return blocks[-1]


def _bold(block: TextBlock) -> bool:
    """Whether a line of `block` is bold: a heading or subheading, not the text a line set apart stands over."""
    return any(line.bold for line in block.lines)


def set_apart(blocks: list[TextBlock]) -> list[TextBlock]:
    """The blocks of a section of running text that are no paragraph of it: a caption's paragraph
    style, a block set in another type (`_other_type`) that stands between two paragraphs of the
    section's own type, or an opening block set smaller or slanted (`opening_set_apart`); a last
    block, or a first one in larger type (a lead), is the section's prose."""
    body = _body_style(blocks)
    if body is None:
        return []
    own = [not _other_type(block, body) for block in blocks]
    opening = opening_set_apart(blocks)
    return [
        block
        for k, block in enumerate(blocks)
        if (block.style or "").lower() in caption_styles()
        or (not own[k] and any(own[:k]) and any(own[k + 1 :]))
        or block is opening
    ]
