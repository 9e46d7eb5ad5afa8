"""A line-end hyphen that is a compound's own, told by the document itself.

A typesetter hyphenates: its line-end hyphen splits one word ("organiza-" + "ción"), and
`text.join_lines` drops it. It also breaks lines at the hyphen of a compound ("socio-" +
"comunitario"), and then the hyphen is the word's. The producer does not say which (a word processor
or browser hyphenates nothing, `producer`), but the document may: where it prints the compound with
its hyphen inside a line ("socio-comunitario") and never joined ("sociocomunitario"), a line-end
break between the same halves keeps the hyphen (`text.KEPT_HYPHEN`). Where it prints both forms, the
break cannot be told: the halves are joined as a typesetter's break and a note (aviso
`lectura_dudosa`) quotes them. Where it prints neither, the break is a typesetter's, as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise

from ...layout import UNCLEAR, Item, ReaderNote, TextBlock
from ...text import KEPT_HYPHEN, fold

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*(?![\w-])")  # a word, with its inner hyphens ("socio-comunitario")
_LINE_END = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)*)-$")  # the word a line-end hyphen follows ("socio", "socio-co")
_LINE_START = re.compile(r"^([^\W\d_]+)")  # the next line's first word


def _key(word: str) -> str:
    """The word folded (lower case, accents removed), its hyphens kept."""
    return "-".join(fold(part) for part in word.split("-"))


def _one_line(item: Item) -> str | None:
    """The text of a PDF reader's line (a block of one line with a box), else None."""
    if isinstance(item, TextBlock) and len(item.lines) == 1 and item.prov.bbox is not None:
        return item.lines[0].text.rstrip()
    return None


def printed_words(items: list[Item]) -> set[str]:
    """Every word the document's lines print whole (`_key`), a line-end word left out."""
    return {_key(m.group(0)) for item in items if (text := _one_line(item)) for m in _WORD.finditer(text)}


def _breaks_before_lower_case(
    items: list[Item],
) -> Iterator[tuple[int, Item, Item, re.Match[str], re.Match[str]]]:
    """(index, line, next line, its line-end word, the next line's first word) of each line ending
    "X-" before a line opening in lower case."""
    for k, (first, second) in enumerate(pairwise(items)):
        text, after = _one_line(first), _one_line(second)
        if not text or not after or not text.endswith("-"):
            continue
        head, tail = _LINE_END.search(text), _LINE_START.match(after)
        if head is not None and tail is not None and tail.group(1)[:1].islower():
            yield k, first, second, head, tail


def keep_printed_compounds(items: list[Item]) -> list[Item]:
    """The layout's items with each line ending "X-" before a line opening "y" (lower case) marked as
    keeping its hyphen where the document prints "X-y" and not "Xy"; a note after the second line
    where it prints both."""
    breaks = list(_breaks_before_lower_case(items))
    if not breaks:
        return items  # most documents: no word of the whole document is folded
    words = printed_words(items)
    compounds = {w for w in words if "-" in w}
    if not compounds:
        return items
    out = list(items)
    notes: dict[int, ReaderNote] = {}
    for k, first, second, head, tail in breaks:
        hyphenated = f"{_key(head.group(1))}-{_key(tail.group(1))}"
        if hyphenated not in compounds:
            continue
        if f"{_key(head.group(1))}{_key(tail.group(1))}" not in words:
            assert isinstance(first, TextBlock)
            line = first.lines[0]
            out[k] = replace(first, lines=[replace(line, text=line.text.rstrip()[:-1] + KEPT_HYPHEN)])
        else:
            message = (
                f"«{head.group(1)}-» al final de una línea y «{tail.group(1)}» en la siguiente: el documento "
                f"imprime «{head.group(1)}-{tail.group(1)}» y «{head.group(1)}{tail.group(1)}»; se leyó unido"
            )
            notes[k + 1] = ReaderNote(UNCLEAR, message, second.prov, amid=True)
    return [each for k, item in enumerate(out) for each in ([item, notes[k]] if k in notes else [item])]
