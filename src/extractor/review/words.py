"""Word-level inline diff of two texts, and trimming of long unchanged stretches for display."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Literal

Op = Literal["equal", "delete", "insert"]
Segment = tuple[Op, str]

_TOKENS = re.compile(r"\s+|[^\s]+")
LONG_TEXT = 80  # characters: above this (or with a line break) a changed text is shown as a word diff


def is_long_text(old: object, new: object) -> bool:
    texts = [t for t in (old, new) if isinstance(t, str)]
    return len(texts) == 2 and any(len(t) > LONG_TEXT or "\n" in t for t in texts)


def word_diff(old: str, new: str) -> list[Segment]:
    """`old` -> `new` as equal / delete / insert segments of whole words (white space kept).

    Concatenating the equal and delete segments gives `old`; equal and insert gives `new`.
    """
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    segments: list[Segment] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            segments.append(("equal", "".join(a[i1:i2])))
        if tag in ("delete", "replace"):
            segments.append(("delete", "".join(a[i1:i2])))
        if tag in ("insert", "replace"):
            segments.append(("insert", "".join(b[j1:j2])))
    return _merged(_absorb_lone_spaces(segments))


def _absorb_lone_spaces(segments: list[Segment]) -> list[Segment]:
    """A bare space kept between two changes joins both changes, so "[-a-] [-b-]" reads "[-a b-]"."""
    out: list[Segment] = []
    for n, (op, text) in enumerate(segments):
        between_changes = 0 < n < len(segments) - 1 and segments[n - 1][0] != "equal" and segments[n + 1][0] != "equal"
        if op == "equal" and between_changes and not text.strip():
            out += [("delete", text), ("insert", text)]
        else:
            out.append((op, text))
    return out


def _merged(segments: list[Segment]) -> list[Segment]:
    """Adjacent segments of one kind joined; deletions ordered before insertions within a change."""
    out: list[Segment] = []
    run: dict[Op, str] = {}
    for op, text in [*segments, ("equal", "")]:
        if op != "equal":
            run[op] = run.get(op, "") + text
            continue
        out += [(kind, run[kind]) for kind in ("delete", "insert") if run.get(kind)]
        run = {}
        if text:
            if out and out[-1][0] == "equal":
                out[-1] = ("equal", out[-1][1] + text)
            else:
                out.append(("equal", text))
    return out


def trimmed(segments: list[Segment], context: int = 8) -> list[Segment]:
    """Long unchanged stretches cut to about `context` words next to each change, "…" standing for the rest."""
    out: list[Segment] = []
    for n, (op, text) in enumerate(segments):
        tokens = _TOKENS.findall(text)  # words and the spaces between them, alternating
        head = tokens[: 2 * context] if n > 0 else []  # right after the previous change
        tail = tokens[-2 * context :] if n < len(segments) - 1 else []  # right before the next change
        if op != "equal" or len(head) + len(tail) + 4 >= len(tokens):
            out.append((op, text))
            continue
        kept = ["".join(head).rstrip(), "…", "".join(tail).lstrip()]  # spaces at the changes stay
        out.append(("equal", " ".join(part for part in kept if part)))
    return out
