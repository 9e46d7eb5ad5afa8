"""Footnotes of a PDF page: the note printed at the page foot is quoted where its reference stands.

A word processor prints a note's reference as a small raised mark after a word ("ACNUR¹"; the
line reader leaves it out of the text, `order._note_mark`, naming it in `Line.note_marks`) and the
note's text at the page foot, under the body, opening with the same mark. The note is printed text
of no section: it becomes an aviso `texto_sin_ubicar` quoting it, read right after the line holding
its reference (so the aviso is on the field the reference stands in), and its lines leave the page's
text. A mark whose note is not found on its page gets a `lectura_dudosa` naming it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from ...avisos import Aviso
from ...layout import UNCLEAR, Checkbox, Item, Provenance, ReaderNote, Table, TextBlock
from ...settings import LAYOUT, LayoutSettings
from ...text import clean

T = TypeVar("T")


def notes_in_place(items: list[Item], settings: LayoutSettings = LAYOUT) -> list[Item]:
    """One page's items (in reading order, one line a text block) with each footnote's lines taken out
    and quoted in a note read right after the line holding its reference mark."""
    refs = [
        (k, mark, before)
        for k, item in enumerate(items)
        if isinstance(item, TextBlock)
        for mark, before in _marks(item)
    ]
    if not refs:
        return items
    taken: set[int] = set()
    after: dict[int, list[ReaderNote]] = {}
    for k, mark, before in refs:
        lines = _note_lines(items, k, mark, {m for _, m, _ in refs}, taken, settings)
        taken.update(lines)
        prov = items[k].prov
        if lines:
            note = _quoted(mark, before, [items[n] for n in lines], prov)
        else:
            note = ReaderNote(
                UNCLEAR,
                f"«{mark}», impreso pequeño y en alto tras «{before}», se lee como llamada a una nota y no como "
                "parte del texto; la nota no se halló al pie de la página",
                prov,
                amid=True,
                reference=(mark, before, _size(items[k])),
            )
        after.setdefault(k, []).append(note)
    out: list[Item] = []
    for k, item in enumerate(items):
        if k not in taken:
            out.append(item)
            out.extend(after.get(k, []))
    return out


def notes_across_pages(pages: list[list[T]], settings: LayoutSettings = LAYOUT) -> list[list[T]]:
    """The pages' items (each page's as `notes_in_place` left them) with each note its reference's page
    lacks found on the next page instead, where a browser's flow carries a note set after its
    paragraph (the paragraph's last lines, a pull quote, then the note): the first line there opening
    with the mark in small print (at most `note_text_size` of the reference's line), and the lines of
    the note under it, taken out of that page and quoted where the reference stands."""
    out = [list(page) for page in pages]
    for k in range(len(out) - 1):
        for n, note in enumerate(out[k]):
            if not isinstance(note, ReaderNote) or note.reference is None:
                continue
            mark, before, size = note.reference
            following: list[Item] = [i for i in out[k + 1] if isinstance(i, (TextBlock, Checkbox, Table, ReaderNote))]
            start = next(
                (
                    j
                    for j, b in enumerate(following)
                    if isinstance(b, TextBlock) and _opens(b, mark) and _size(b) <= settings.note_text_size * size
                ),
                None,
            )
            if start is None:
                continue
            lines = _note_run(following, start, {mark}, set(), settings)
            out[k][n] = _quoted(mark, before, [following[j] for j in lines], note.prov)  # type: ignore[assignment]
            gone = {id(following[j]) for j in lines}
            out[k + 1] = [i for i in out[k + 1] if id(i) not in gone]
    return out


def _quoted(mark: str, before: str, lines: list[Item], prov: Provenance) -> ReaderNote:
    """The aviso quoting the note `lines` (opening with `mark`) whose reference follows `before`."""
    text = clean(" ".join(" ".join(b.raw_lines) for b in lines if isinstance(b, TextBlock)))
    text = clean(text[len(mark) :])
    return ReaderNote(
        Aviso.texto_sin_ubicar,
        f"nota al pie {mark} de «{before}»: «{text}» (no se lee como texto de la sección)",
        prov,
        amid=True,
    )


def _marks(block: TextBlock) -> list[tuple[str, str]]:
    return [pair for line in block.lines for pair in line.note_marks]


def _opens(block: TextBlock, mark: str) -> bool:
    """The line opens with the note mark `mark` ("1 Alto Comisionado…", "1Alto…"), then text."""
    text = block.lines[0].text
    return text.startswith(mark) and len(text) > len(mark) and not text[len(mark)].isdigit()


def _size(item: Item) -> float:
    """The font size of a one-line text block (0 for none)."""
    return item.lines[0].size or 0.0 if isinstance(item, TextBlock) and item.lines else 0.0


def _note_lines(
    items: list[Item], ref: int, mark: str, marks: set[str], taken: set[int], settings: LayoutSettings
) -> list[int]:
    """The indexes of the lines of the note `mark` that the line at `ref` refers to: a line printed below
    it opening with the mark, then the lines right under it (within `note_gap_lines` line heights, none
    opening another mark, none larger than its first by more than `note_size_slack`, none of another
    weight); the note stands below every other line of the page (page numbers aside: the page foot), or
    is printed small (at most `note_text_size` of the reference's line: a note set right after its
    paragraph); [] when the page has none."""
    ref_box = items[ref].prov.bbox
    if ref_box is None:
        return []
    lines = [(n, b) for n, b in enumerate(items) if isinstance(b, TextBlock) and b.prov.bbox is not None]
    start = next(
        (n for n, b in lines if n not in taken and _opens(b, mark) and b.prov.bbox and b.prov.bbox[1] > ref_box[3]),
        None,
    )
    if start is None:
        return []
    first, reference = items[start], items[ref]
    assert isinstance(first, TextBlock) and first.prov.bbox is not None and isinstance(reference, TextBlock)
    found = _note_run(items, start, marks, taken, settings)
    if max(_size(items[n]) for n in found) <= settings.note_text_size * _size(reference):
        return found  # a note in small print, right where it stands (a browser's note after its paragraph)
    below = [
        b
        for n, b in lines
        if n not in found
        and b.prov.bbox is not None
        and b.prov.bbox[3] > first.prov.bbox[1]
        and not any(_opens(b, m) for m in marks)
        and not b.lines[0].text.isdigit()
    ]
    return [] if below else found


def _note_run(
    items: Sequence[Item], start: int, marks: set[str], taken: set[int], settings: LayoutSettings
) -> list[int]:
    """The indexes of a note's lines: its first, `items[start]`, then the lines right under it (within
    `note_gap_lines` line heights, none opening another of `marks`, none larger than its first by more
    than `note_size_slack`, none of another weight, none in `taken`)."""
    first = items[start]
    assert isinstance(first, TextBlock) and first.prov.bbox is not None
    lines = [(n, b) for n, b in enumerate(items) if isinstance(b, TextBlock) and b.prov.bbox is not None]
    found, last, size = [start], first.prov.bbox, _size(first)
    for n, b in lines:
        box = b.prov.bbox
        assert box is not None
        if n <= start or n in taken:
            continue
        height = last[3] - last[1]
        if (
            any(_opens(b, m) for m in marks)
            or box[1] - last[3] > settings.note_gap_lines * height
            or _size(b) > size + settings.note_size_slack
            or b.lines[0].bold != first.lines[0].bold
        ):  # the note's lines are of its size and weight: a larger or bold line after it (a heading) is the
            # page's text going on
            break
        found.append(n)
        last = box
    return found
