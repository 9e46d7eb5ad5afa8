"""Segmentation: a document's items -> fichas -> sections, by the template's headings.

Headings are recognised by their wording (case, accents, a trailing colon,
wrapping over two lines and small typos do not matter) when they stand out
from body text: bold, a heading style, a larger size, or a "Label:" that
starts a paragraph ("Label: value" is split in two). A table that is not a
month table is read cell by cell; the left cell of a label|value row stands
out by its place, so it is a heading like a bold one. A heading wrapped over
two blocks is joined when the two match better than the first alone.

A ficha starts at a title-like block (Title / Heading 1 style, or text much
larger than the body) that is followed by section headings before the next
title-like block; cover and introduction pages have titles but no sections,
so they make no ficha. Each section runs to the next heading.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from .layout import Checkbox, Item, Layout, Line, Table, TextBlock, flatten_tables
from .normalize.comunas import find_comuna, starts_with_municipality, strip_prefix
from .text import clean, fold, join_lines
from .vocab import best_term, headings

HEADING_CUTOFF = 86.0
MAX_HEADING_WORDS = 14
TITLE_RATIO = 1.5
TITLE_STYLES = {"title", "heading 1", "titulo", "título", "titulo 1", "título 1"}
HEADING_STYLE_PREFIXES = ("heading", "título", "titulo")


@dataclass
class Section:
    key: str
    heading: TextBlock
    score: float
    items: list[Item] = field(default_factory=list)


@dataclass
class FichaParts:
    """One ficha's items, grouped: title, head (before the first heading), sections."""

    title: TextBlock | None
    head: list[Item] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)

    def all_items(self) -> list[Item]:
        items: list[Item] = [self.title] if self.title else []
        items += self.head
        for section in self.sections:
            items += [section.heading, *section.items]
        return items

    def pages(self) -> list[int]:
        pages = {it.prov.page for it in self.all_items() if it.prov.page is not None}
        for table in (it for it in self.all_items() if isinstance(it, Table)):
            pages.update(c.prov.page for c in table.cells if c.prov.page is not None)
        return sorted(pages)


def block_text(block: TextBlock) -> str:
    return join_lines(block.raw_lines)


def body_size(items: list[Item]) -> float:
    sizes = []
    for block in (i for i in items if isinstance(i, TextBlock)):
        for line in block.lines:
            if line.size:
                sizes.extend([line.size] * max(1, len(line.text) // 20))
    return statistics.median(sizes) if sizes else 0.0


def _is_emphasised(block: TextBlock, body: float) -> bool:
    style = (block.style or "").lower()
    text = block_text(block)
    return (
        block.bold or style.startswith(HEADING_STYLE_PREFIXES) or style in TITLE_STYLES
        or (body > 0 and block.size >= body * 1.08) or text.endswith(":")
        or (text.isupper() and len(text) > 3)
    )


def heading_match(block: TextBlock, body: float) -> tuple[str, float] | None:
    """(section key, score) when the block is one of the template's headings."""
    text = block_text(block).rstrip(":").strip()
    if not text or len(text.split()) > MAX_HEADING_WORDS or not _is_emphasised(block, body):
        return None
    term, score = best_term(text, headings(), HEADING_CUTOFF)
    return (term.id, score) if term else None


def split_label_value(block: TextBlock) -> list[TextBlock]:
    """ "Grupo prioritario: Mujeres haitianas" -> a heading block and a value block."""
    first = block.raw_lines[0] if block.lines else ""
    label, colon, value = first.partition(":")
    if not colon or len(label.split()) > MAX_HEADING_WORDS:
        return [block]
    term, _ = best_term(label, headings(), HEADING_CUTOFF)
    if term is None:
        return [block]
    head_line = Line(clean(label), size=block.lines[0].size, bold=True, font=block.lines[0].font, prov=block.lines[0].prov)
    rest = ([Line(clean(value), size=block.lines[0].size, prov=block.lines[0].prov)] if clean(value) else []) + block.lines[1:]
    out = [TextBlock([head_line], style=block.style, prov=block.prov, region=block.region)]
    if rest:
        out.append(TextBlock(rest, style=None, prov=block.prov, region=block.region))
    return out


def is_municipality_label(block: TextBlock, previous: Item | None) -> bool:
    """ "MUNICIPALIDAD PUENTE ALTO", or "PUENTE ALTO" printed under a bare "MUNICIPALIDAD"."""
    text = block_text(block)
    if starts_with_municipality(text):
        return True
    if isinstance(previous, TextBlock) and starts_with_municipality(block_text(previous)) \
            and not strip_prefix(block_text(previous)):
        return True
    return len(text.split()) <= 5 and strip_prefix(text) == fold(text) and find_comuna(text) is not None


def is_title_like(block: TextBlock, body: float) -> bool:
    style = (block.style or "").lower()
    if style in TITLE_STYLES:
        return True
    return body > 0 and block.size >= TITLE_RATIO * body and len(block_text(block)) <= 200


def _wrapped_heading(item: Item, nxt: Item | None, body: float) -> TextBlock | None:
    """`item` and `nxt` joined, when both are emphasised and together they are a heading
    that matches better than `item` alone ("Elemento innovador/creativo del" + "proyecto o
    actividad"); `nxt` must not be a heading of its own."""
    if not (isinstance(item, TextBlock) and isinstance(nxt, TextBlock)
            and _is_emphasised(item, body) and _is_emphasised(nxt, body) and heading_match(nxt, body) is None):
        return None
    joined = TextBlock(item.lines + nxt.lines, style=item.style, prov=item.prov, region=item.region)
    alone, together = heading_match(item, body), heading_match(joined, body)
    if together and (alone is None or together[1] > alone[1]):
        return joined
    return None


def _merge_wrapped_headings(items: list[Item], body: float) -> list[Item]:
    """Two short emphasised blocks that together form a heading become one block."""
    out: list[Item] = []
    i = 0
    while i < len(items):
        joined = _wrapped_heading(items[i], items[i + 1] if i + 1 < len(items) else None, body)
        out.append(joined or items[i])
        i += 2 if joined else 1
    return out


def prepare(items: list[Item]) -> tuple[list[Item], float]:
    """Tables flattened, "Label: value" split, wrapped headings joined; and the body text size."""
    flat: list[Item] = []
    for item in flatten_tables(items):
        flat.extend(split_label_value(item) if isinstance(item, TextBlock) else [item])
    body = body_size(flat)
    return _merge_wrapped_headings(flat, body), body


def segment(layout: Layout) -> list[FichaParts]:
    """The fichas of a document, each with its head and sections."""
    items, body = prepare(layout.items)
    marks: list[tuple[str, object]] = []  # ("heading", (key, score)) / ("title", None) / ("item", None)
    previous: Item | None = None
    for item in items:
        match = heading_match(item, body) if isinstance(item, TextBlock) else None
        if match:
            marks.append(("heading", match))
        elif isinstance(item, TextBlock) and is_municipality_label(item, previous):
            marks.append(("item", None))
        elif isinstance(item, TextBlock) and is_title_like(item, body):
            marks.append(("title", None))
        else:
            marks.append(("item", None))
        previous = item
    starts = _ficha_starts(marks)
    fichas = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(items)
        fichas.append(_ficha(items[start:end], marks[start:end]))
    return fichas


def _ficha_starts(marks: list[tuple[str, object]]) -> list[int]:
    """Index where each ficha starts: the title-like block before a run of headings."""
    starts = []
    last_title = None
    headings_since_title = 0
    for i, (kind, _) in enumerate(marks):
        if kind == "title":
            # Consecutive title-like blocks (a title broken by the layout) count as one.
            if last_title is None or headings_since_title > 0 or any(m[0] != "title" for m in marks[last_title:i]):
                last_title = i
                headings_since_title = 0
        elif kind == "heading":
            if headings_since_title == 0:
                starts.append(last_title if last_title is not None else _untitled_start(starts, i))
            headings_since_title += 1
    # A title with no heading after it (cover, introduction) starts nothing.
    return sorted(set(starts))


def _untitled_start(starts: list[int], heading_index: int) -> int:
    """With no title-like block, the first ficha starts at the top, a later one at its heading."""
    return 0 if not starts else heading_index


def _ficha(items: list[Item], marks: list[tuple[str, object]]) -> FichaParts:
    parts = FichaParts(title=None)
    title_blocks = []
    i = 0
    while i < len(items) and marks[i][0] == "title":
        title_blocks.append(items[i])
        i += 1
    if title_blocks:
        first = title_blocks[0]
        parts.title = TextBlock([line for b in title_blocks for line in b.lines], style=first.style,
                                prov=first.prov, region=first.region)
    current: Section | None = None
    for item, (kind, match) in zip(items[i:], marks[i:]):
        if kind == "heading":
            current = Section(match[0], item, match[1])
            parts.sections.append(current)
        elif current is None:
            parts.head.append(item)
        else:
            current.items.append(item)
    return parts


def checkboxes(items: list[Item]) -> list[Checkbox]:
    return [i for i in items if isinstance(i, Checkbox)]
