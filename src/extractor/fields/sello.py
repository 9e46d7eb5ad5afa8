"""The "Líneas Sello" section: each line of action named, with its justification."""

from __future__ import annotations

import re

from ..text import clean, fold, fold_chars, phrase_pattern
from ..vocab import sello_lead_ins, sello_lines

_LEAD_PUNCT = re.compile(r"^[\s,.;:\-–—]+")


def _line_at_start(text: str) -> tuple[str, int] | None:
    """(line id, end offset of its name) when `text` starts with a Sello line's name."""
    folded = fold_chars(text)
    for term in sello_lines():
        found = phrase_pattern(list(term.names)).match(folded.lstrip())
        if found:
            offset = len(folded) - len(folded.lstrip())
            return term.id, offset + found.end()
    return None


def _strip_lead_in(text: str) -> str:
    """Drop "Se destaca el trabajo en las líneas de acción de Sello:" and the like."""
    head, colon, rest = text.partition(":")
    if colon and any(fold(head).startswith(lead) or lead.startswith(fold(head)) for lead in sello_lead_ins()):
        return rest.strip()
    return text


def read_lines(paragraphs: list[str]) -> tuple[list[dict], list[str]]:
    """([{"linea", "justificacion"}], paragraphs that name no line)."""
    lines, strays = [], []
    for paragraph in paragraphs:
        text = _strip_lead_in(clean(paragraph))
        if not text:
            continue
        found = _line_at_start(text)
        if found is None:
            strays.append(text)
            continue
        line_id, end = found
        lines.append({"linea": line_id, "justificacion": clean(_LEAD_PUNCT.sub("", text[end:]))})
    return lines, strays
