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
from ..vocab import caption_styles

SET_APART_SIZE = 0.15  # of the body's size: a block whose size differs more is set in another type
# an italic font's name: "Times-Italic", "DejaVuSans-Oblique", "MinionPro-It"
_ITALIC = re.compile(r"italic|oblique|kursiv|[-,+]it(?![a-z])", re.IGNORECASE)

Style = tuple[float, bool]  # a line's size (points, 0 unknown) and whether its font is italic


def _style(line: Line) -> Style:
    return round(line.size * 2) / 2, bool(_ITALIC.search(line.font))


def _body_style(blocks: list[TextBlock]) -> Style | None:
    """The style most of the section's lines are set in (None when the blocks hold no line)."""
    counts = Counter(_style(line) for block in blocks for line in block.lines)
    return counts.most_common(1)[0][0] if counts else None


def _other_type(block: TextBlock, body: Style) -> bool:
    """Every line of `block` is set in another slant than `body`, or smaller (`SET_APART_SIZE`), or
    larger and not bold (a larger bold line is a subheading of the section's text)."""
    size, italic = body

    def other(line: Line) -> bool:
        s, slant = _style(line)
        smaller = bool(s and size and s < size * (1 - SET_APART_SIZE))
        larger = bool(s and size and s > size * (1 + SET_APART_SIZE)) and not line.bold
        return slant != italic or smaller or larger

    return bool(block.lines) and all(map(other, block.lines))


def set_apart(blocks: list[TextBlock]) -> list[TextBlock]:
    """The blocks of a section of running text that are no paragraph of it: a caption's paragraph
    style, or a block set in another type (`_other_type`) that stands between two paragraphs of the
    section's own type (its first and last blocks are its prose: a lead in larger type)."""
    body = _body_style(blocks)
    if body is None:
        return []
    own = [not _other_type(block, body) for block in blocks]
    return [
        block
        for k, block in enumerate(blocks)
        if (block.style or "").lower() in caption_styles() or (not own[k] and any(own[:k]) and any(own[k + 1 :]))
    ]
