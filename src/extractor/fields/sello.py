"""The "Líneas Sello" section: each line of action named, with its justification.

A line is recognised by its name (any printed variant of the vocabulary,
case and accents aside) at the start of a paragraph, after the template's
lead-in ("Se destaca el trabajo en las líneas de acción de Sello:"), after
a typed enumerator ("1.", "a)"), or at the start of a sentence when the
layout ran two lines' paragraphs together. Its justification is the text
after the name's trailing punctuation; a name printed alone takes the
paragraph that follows it. A table's column titles ("Línea | Justificación",
vocabulary `sello_table_headers`) are template text. A table's yes/no column ("¿Aplica?": "Sí" /
"No", "X" / blank, "✓" / "—", vocabulary `sello_answers`) is a selection column: its answer is no
part of the justification, and a line answered "No" (or, once any line is answered, one answered
nothing and justified by nothing) is a line the template lists and the ficha did not choose.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..glyphs import CHECK_MARKS, CHECKED_BOXES, EMPTY_BOXES, FILLED_MARKS, HOLLOW_MARKS, NEGATIVE_CROSSES
from ..template import is_sello_lead_in
from ..text import clean, fold, fold_chars, phrase_pattern
from ..vocab import sello_answers, sello_lines, sello_table_headers
from .shapes import LineaEntry

_LEAD_PUNCT = re.compile(r"^[\s,.;:\-–—»”’\"']+")
_ENUMERATOR = re.compile(r"^(?:\(?\d{1,2}[.)]|[a-zA-Z][.)])\s+")
_SENTENCE_END = re.compile(r"[.;]\s+")
_NAME_END = re.compile(r"^\s*[,:;.\-–—]")  # a name that starts a sentence is followed by punctuation


def _line_at_start(text: str, folded_text: str | None = None) -> tuple[str, int] | None:
    """(line id, end offset of its name) when `text` starts with a Sello line's name; `folded_text`:
    `fold_chars(text)` when the caller has it (a slice of its whole text's: `fold_chars` folds each
    character in place, so a sentence's is the text's from the sentence's start)."""
    enumerator = _ENUMERATOR.match(text)
    skip = enumerator.end() if enumerator else 0
    folded = fold_chars(text[skip:]) if folded_text is None else folded_text[skip:]
    offset = skip + len(folded) - len(folded.lstrip())
    for term in sello_lines():
        found = phrase_pattern(list(term.names)).match(folded.lstrip())
        if found:
            start, end = offset + found.start(), offset + found.end()
            return term.id, _past_a_longer_name(folded, end, fold(folded[start:end]), term.names)
    return None


def _past_a_longer_name(folded: str, end: int, matched: str, names: tuple[str, ...]) -> int:
    """The offset in `folded` (a `fold_chars` string) past the rest of the longest of `names` that
    starts with the name `matched` (folded) found ending at `end`, when the text goes on with that
    rest's letters, spaces aside (a long name wrapped in a narrow cell, a word of it printed in
    pieces: "Estrategias formativas" then "y de sensibilizació n"); `end` when none does."""
    best = end
    for name in names:
        key = fold(name)
        if len(key) <= len(matched) or not key.startswith(matched):
            continue
        letters = key[len(matched) :].replace(" ", "")
        n, i = 0, end
        while i < len(folded) and n < len(letters) and (folded[i] == letters[n] or folded[i] == " "):
            n += folded[i] != " "
            i += 1
        if n == len(letters) and (i == len(folded) or not folded[i].isalnum()):
            best = max(best, i)
    return best


def _split_lead_in(text: str) -> tuple[str, str]:
    """(lead-in to keep, rest). The template's lead-in before a colon is dropped; another
    text before a colon that introduces a line's name is kept apart, to be reported."""
    head, colon, rest = text.partition(":")
    if not colon or _line_at_start(text):
        return "", text
    if is_sello_lead_in(head):
        return "", rest.strip()
    if _line_at_start(rest.strip()):
        return head.strip(), rest.strip()
    return "", text


def _split_at_named_sentences(text: str) -> list[str]:
    """The text cut before every sentence that starts with a line's name and its punctuation."""
    cuts = [0]
    folded = fold_chars(text)  # once: each sentence's is a slice of it (not the rest folded again each time)
    for end in _SENTENCE_END.finditer(text):
        found = _line_at_start(text[end.end() :], folded[end.end() :])
        typed_enumerator = _ENUMERATOR.fullmatch(text[cuts[-1] : end.end()])
        if found and _NAME_END.match(text[end.end() + found[1] :]) and not typed_enumerator:
            cuts.append(end.end())
    return [text[a:b].strip() for a, b in pairwise([*cuts, len(text)])]


_UNSELECTED = HOLLOW_MARKS | EMPTY_BOXES | NEGATIVE_CROSSES  # a list's mark of a line not chosen: ○, ☐, ✗
_MARKS = _UNSELECTED | CHECK_MARKS - {"x", "X"} | CHECKED_BOXES | FILLED_MARKS
_MARK = re.compile(f"[{re.escape(''.join(sorted(_MARKS)))}]")


def _split_at_marks(text: str) -> list[str]:
    """`text` cut before each mark glyph that a Sello line's name follows ("✓ Estrategias formativas …
    ○ Fortalecimiento institucional": the template's list of every line, the chosen ones marked), the
    marks taken off; a line marked as not chosen (○, ☐, ✗) whose name stands alone is the list's,
    no justification: left out."""
    cuts = [m.start() for m in _MARK.finditer(text) if _line_at_start(text[m.end() :].lstrip())]
    if not cuts:
        return [text]
    out = [text[: cuts[0]].strip()]
    for start, end in pairwise([*cuts, len(text)]):
        mark, body = text[start], text[start + 1 : end].strip()
        found = _line_at_start(body)
        if mark in _UNSELECTED and found and not _LEAD_PUNCT.sub("", body[found[1] :]).strip():
            continue
        out.append(body)
    return [piece for piece in out if piece]


def _marks_joined(paragraphs: list[str]) -> list[str]:
    """`paragraphs` with a mark glyph read as a paragraph of its own ("○", set apart from its line's
    name in a column of marks) put before the next paragraph, whose mark it is."""
    out: list[str] = []
    mark = ""
    for paragraph in paragraphs:
        text = clean(paragraph)
        if text and all(ch in _MARKS or ch.isspace() for ch in text):
            mark = f"{mark} {text}".strip()
            continue
        out.append(f"{mark} {paragraph}" if mark else paragraph)
        mark = ""
    return [*out, mark] if mark else out


def _goes_on(before: str, piece: str) -> bool:
    """Whether `piece` continues the sentence `before` left open: `before` ends with no
    sentence's closing punctuation and `piece` starts with a lower-case letter."""
    return bool(before) and before.rstrip()[-1] not in '.;:!?)»”"' and piece[:1].islower()


def _without_rest_of_name(line_id: str, piece: str) -> str:
    """`piece` less the rest of its line's longer name at its start, when the line was found by a
    shorter one ("Estrategias formativas", then "y de sensibilización, ya que ..."): a long name
    wrapped in a narrow cell and read as two paragraphs, or cut by a line's end."""
    term = next(t for t in sello_lines() if t.id == line_id)
    folded = fold_chars(piece)
    for short in term.names:
        end = _past_a_longer_name(folded, 0, fold(short), term.names)
        if end > 0:  # (the rest's letters take one character at least)
            return clean(_LEAD_PUNCT.sub("", piece[end:]))
    return piece


def named_sentences(text: str) -> list[str]:
    """The sentences of `text` (its first and each after a sentence's end) that open with a Sello
    line's name, each's first 60 characters."""
    starts = [0, *(m.end() for m in _SENTENCE_END.finditer(text))]
    folded = fold_chars(text)  # once: each sentence's is a slice of it (not the rest folded again each time)
    return [text[n : n + 60] for n in starts if _line_at_start(text[n:], folded[n:])]


def named_line(sentence: str) -> str | None:
    """The id of the Sello line whose name opens `sentence` (one of `named_sentences`), else None."""
    found = _line_at_start(sentence)
    return found[0] if found else None


def names_inside(lines: list[LineaEntry]) -> list[str]:
    """The sentences of the lines' justifications that open with a Sello line's name, which no rule
    cut apart (a name with no punctuation after it, a table's rows read into one paragraph): the
    line they name may be lost inside the one before (`named_sentences`)."""
    return [sentence for line in lines for sentence in named_sentences(line["justificacion"])]


def _answer(text: str) -> tuple[bool | None, str]:
    """(True for a yes-column's "Sí" / "X" / "✓", False for its "No" / "—", None for neither; the rest)
    when `text` opens with such an answer alone or followed by a space: a selection column's cell
    read before (or into) the justification's. A "No" or an unaccented "Si" followed by more text
    opens a sentence ("Si bien ..."): none."""
    yes, no = sello_answers()
    head, _, rest = text.strip().partition(" ")
    word = head.rstrip(".:,;").casefold()
    if word in yes and (word != "si" or not rest.strip()):
        return True, rest.strip()
    if word in no and not rest.strip():
        return False, ""
    return None, text


def _selected(lines: list[LineaEntry], answers: dict[int, bool]) -> list[LineaEntry]:
    """`lines` less those a selection column did not choose: answered "No", or, when the column
    answered any line, answered nothing and justified by nothing (an "X" / blank column)."""
    if not answers:
        return lines
    return [line for n, line in enumerate(lines) if answers.get(n, bool(line["justificacion"]))]


def read_lines(paragraphs: list[str]) -> tuple[list[LineaEntry], list[str]]:
    """([{"linea", "justificacion"}], texts that name no line)."""
    lines: list[LineaEntry] = []
    strays: list[str] = []
    answers: dict[int, bool] = {}  # line index -> its yes/no column's answer
    for paragraph in _marks_joined(paragraphs):
        if fold(paragraph).strip(" :") in sello_table_headers():  # a table's column title
            continue
        lead, text = _split_lead_in(clean(paragraph))
        if lead:
            strays.append(lead)
        for piece in [p for part in _split_at_marks(text) for p in _split_at_named_sentences(part)] if text else []:
            found = _line_at_start(piece)
            if found is None and lines and not lines[-1]["justificacion"] and len(lines) - 1 not in answers:
                answer, piece = _answer(piece)
                if answer is not None:
                    answers[len(lines) - 1] = answer
                    if not piece:
                        continue
            if found is None:
                if lines and not lines[-1]["justificacion"]:  # a name printed alone, then its reason
                    lines[-1]["justificacion"] = piece
                elif lines and _goes_on(lines[-1]["justificacion"], piece):  # cut by a column or page break
                    lines[-1]["justificacion"] = f"{lines[-1]['justificacion']} {piece}"
                else:
                    strays.append(piece)
                continue
            line_id, end = found
            justification = clean(_LEAD_PUNCT.sub("", piece[end:]))
            answer, rest = _answer(justification) if justification else (None, "")
            if answer is not None:  # a table's row read as one line: name, answer, justification
                answers[len(lines)] = answer
                justification = rest
            lines.append({"linea": line_id, "justificacion": justification})
    return [
        {**line, "justificacion": _without_rest_of_name(line["linea"], line["justificacion"])}
        for line in _selected(lines, answers)
    ], strays
