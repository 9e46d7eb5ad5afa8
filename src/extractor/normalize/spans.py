"""Conservation in printed name lists (issue 19): the wording that carries no name, and the names no entry took.

A list of offices or a funding text is read as spans: entities (catalog
entries or printed names), connectors ("y", ",", "junto a", "con apoyo de":
`list_connectors` of `data/names.toml`) and wording that names nothing
("aporte de", "financiado por", "becas de": `no_name_wording`).
`blank_wording` turns connectors and wording into a comma and spaces (same
length, so offsets stay valid) before the list is split, unless a catalog
name holds them ("Recursos de la municipalidad"). `unread_names` then lists
the name words of the text (acronyms, and capitalised words that are no
sentence's opening word before lower-case words) that no entity, channel or
instrument took: each is an aviso, never a silent loss.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ..text import fold, fold_chars
from .catalog import Catalog, Entry
from .names import is_acronym_word, words

_CLAUSE = re.compile(r"[.;:\n()\[\]]+|\s[-–—]\s")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_ITEM_END = re.compile(r"[,.;:\n()]|\s(?:y|e)\s")
_OPENS_CLAUSE = re.compile(r"(?:^|[.;:,(\n])\s*$")


@cache
def _phrases(key: str) -> re.Pattern[str]:
    phrases = sorted(words()[f"{key}_list"], key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    articles = r"(?:\s+(?:la|las|el|los)(?![^\W_]))?"  # "con apoyo de la OIM": the article names nothing either
    return re.compile(rf"(?<![^\W_])(?:{body}){articles}(?![^\W_])", re.IGNORECASE)


def blank_wording(text: str, catalog: Catalog[Entry], lists: Iterable[str]) -> str:
    """`text` with the phrases of the word `lists` ("list_connectors", "no_name_wording") made a comma
    and spaces, of the same length. A phrase that a catalog name continues stays ("Recursos de la
    municipalidad", "Aportes de empresas"), and so does one printed with a capital inside a clause
    (part of a name: "Fundación Junto a Ti")."""
    names = [(m.start(), m.end()) for m in catalog.pattern.finditer(fold_chars(text))]
    for key in lists:
        for found in list(_phrases(key).finditer(text)):
            start, end = found.span()
            if any(s < end < e for s, e in names) or _names_entry(text, start, catalog):
                continue
            if text[start].isupper() and not _OPENS_CLAUSE.search(text, 0, start):
                continue
            text = text[:start] + "," + " " * (end - start - 1) + text[end:]
    return text


def _names_entry(text: str, start: int, catalog: Catalog[Entry]) -> bool:
    """Whether the list item that begins at `start` is a catalog name as a whole ("Aporte de la
    municipalidad" is "Aportes municipales")."""
    stop = _ITEM_END.search(text, start)
    return catalog.match(text[start : stop.start() if stop else len(text)].strip()) is not None


def name_words(text: str) -> list[str]:
    """The words of `text` that belong to a name, in printed order: acronyms, and capitalised words,
    except a clause's opening word followed by lower-case words ("Curso de español ...")."""
    found = []
    quiet = words()["connectors"] | words()["articles"]
    for clause in _CLAUSE.split(text):
        tokens = [t for t in _WORD.findall(clause) if len(t) > 1]
        content = [t for t in tokens if fold(t) not in quiet]
        for n, token in enumerate(tokens):
            if is_acronym_word(token):
                found.append(token)
            elif token[:1].isupper() and fold(token) not in quiet:
                if n == 0 and len(content) > 1 and not content[1][:1].isupper():
                    continue
                found.append(token)
    return found


@cache
def _quiet_words() -> frozenset[str]:
    """Folded words of the wording, connectors and instrument heads, which carry no name alone."""
    lists = ("no_name_wording_list", "list_connectors_list", "channel_markers_list", "generic_phrases_list")
    found = {w for key in lists for phrase in words()[key] for w in fold(phrase).split()}
    # the head word of an instrument ("Concurso FNDR") names nothing alone; a name's other words still count
    return frozenset(found | words()["bare_municipal"] | words()["instrument_heads"])


def unread_names(text: str, accounted: Iterable[str]) -> list[str]:
    """Name words of `text` (`name_words`) that appear in none of the `accounted` texts (the printed
    entities, channels and instruments read from it) and are no wording; each once, in order."""
    taken = {fold(w) for piece in accounted for w in _WORD.findall(piece)} | _quiet_words()
    out: list[str] = []
    for word in name_words(text):
        if fold(word) not in taken and word not in out:
            out.append(word)
    return out
