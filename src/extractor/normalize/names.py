"""When two printed names are the same name, and the word lists that decide it (`data/names.toml`).

Two names are the same name when their `name_key`s are equal: folded (case,
accents, punctuation), the acronym separated ("Name (ACRONYM)", "Name -
ACRONYM"), articles and ownership words ("Municipal", "Comunal", "de la
Municipalidad") dropped and every word taken in the singular. A name is
also the same as its acronym alone, and as itself with one small typo (one
edit, names of 8 characters or more). Another head word ("Unidad" for
"Oficina") or another content word ("Migrantes" for "Migración") makes
another name, however similar the work: the rule of issue 13.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from rapidfuzz.distance import OSA

from ..text import fold

MIN_TYPO_LENGTH = 8
_WITH_ACRONYM = re.compile(r"(.*?\S)\s*(?:\(\s*([^()\s]{2,12})\s*\)|\s[-–—]\s+([^\s-]{2,12}))\s*")


@cache
def words() -> dict[str, Any]:
    """The word lists of `data/names.toml`, lists folded into frozensets (phrases kept as lists)."""
    data = tomllib.loads(resources.files("extractor").joinpath("data/names.toml").read_text("utf-8"))
    out: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, list):
            out[key] = frozenset(fold(v) for v in value)
        else:
            out[key] = {
                group: tuple(fold(v) + ("*" if v.endswith("*") else "") for v in values)
                for group, values in value.items()
            }
    out["generic_phrases_list"] = [fold(v) for v in data["generic_phrases"]]
    out["channel_markers_list"] = list(data["channel_markers"])
    out["list_connectors_list"] = list(data["list_connectors"])
    out["no_name_wording_list"] = list(data["no_name_wording"])
    out["office_connectors_list"] = list(data["office_connectors"])
    return out


def singular(word: str) -> str:
    """A folded word in the singular, by the Spanish plural endings ("migraciones" -> "migracion")."""
    if len(word) < 4 or not word.endswith("s"):
        return word
    if word.endswith("ces"):
        return word[:-3] + "z"
    if word.endswith("es") and word[-3] in "lnrdjzy":
        return word[:-2]
    return word[:-1]


def is_acronym_word(text: str) -> bool:
    """One word with two capitals or more and no spaces ("DIDECO", "CChC", "SernamEG")."""
    text = text.strip()
    return 2 <= len(text) <= 12 and " " not in text and sum(map(str.isupper, text)) >= 2 and text.isalnum()


def split_acronym(text: str) -> tuple[str, str | None]:
    """ "Name (ACRONYM)" / "Name - ACRONYM" -> (name, acronym); otherwise (text, None)."""
    found = _WITH_ACRONYM.fullmatch(text.strip())
    if found:
        acronym = found.group(2) or found.group(3)
        if is_acronym_word(acronym):
            return found.group(1), acronym
    return text, None


def name_key(text: str) -> str:
    """The key two printed forms of the same name share (see the module docstring)."""
    name, _ = split_acronym(text)
    folded = fold(name)
    dropped = words()["articles"] | words()["ownership"]
    kept = [singular(w) for w in folded.split() if w not in dropped]
    return " ".join(kept) if kept else " ".join(singular(w) for w in folded.split())


def abbreviates(acronym: str, name: str) -> bool:
    """Whether `acronym` is made of the beginnings of `name`'s words, in order, starting with the
    first word ("DESAM": DEpartamento de SAlud Municipal; "UChile": Universidad de CHILE)."""
    letters, name_words = fold(acronym).replace(" ", ""), fold(name).split()
    return bool(letters) and bool(name_words) and _spelt(letters, tuple(name_words), True)


@cache
def _spelt(letters: str, name_words: tuple[str, ...], first: bool) -> bool:
    """Whether `letters` is a beginning of each of some of `name_words`, in order (the first
    word must give one when `first`)."""
    if not letters:
        return True
    if not name_words:
        return False
    word, rest = name_words[0], name_words[1:]
    for n in range(len(word), 0, -1):
        if letters.startswith(word[:n]) and _spelt(letters[n:], rest, False):
            return True
    return not first and _spelt(letters, rest, False)


def one_typo(a: str, b: str) -> bool:
    """Keys one edit apart, both long enough for a typo to be told from another word, and the
    edit a typo (`typo_fits`)."""
    return min(len(a), len(b)) >= MIN_TYPO_LENGTH and OSA.distance(a, b) <= 1 and typo_fits(a.split(), b.split())


def typo_fits(typed: list[str], words_: list[str]) -> bool:
    """Same number of words, and each edited word keeps its first and last letter: an ending
    changed makes another word ("Cultural" is not "Cultura"), a typo sits inside a word."""
    return len(typed) == len(words_) and all(
        a == b or (len(a) >= 4 and len(b) >= 4 and a[0] == b[0] and a[-1] == b[-1])
        for a, b in zip(typed, words_, strict=True)
    )


def same_name(variant: str, name: str, acronym: str | None = None, others: tuple[str, ...] = ()) -> bool:
    """Whether `variant` is `name` printed another way.

    An acronym is the same name when it is `acronym` or abbreviates `name` or one of `others`
    (the entry's other forms that are its same name: "DISAM" for "Dirección de Salud
    Municipal" beside "Dirección de Salud")."""
    if is_acronym_word(variant):
        names = (name, *(o for o in others if not is_acronym_word(o) and same_name(o, name)))
        return variant == acronym or any(abbreviates(variant, n) and fold(variant) != fold(n) for n in names)
    a, b = name_key(variant), name_key(name)
    return a == b or a.replace(" ", "") == b.replace(" ", "") or one_typo(a, b)  # "Bío-Bío", "Biobío"


def head_word(text: str) -> str | None:
    """The first word of `text` that is no article, folded."""
    for word in fold(text).split():
        if word not in words()["articles"]:
            return word
    return None


def headed_by_entity_word(text: str) -> bool:
    """A phrase that begins with an entity word ("Oficina de ...", "la Fundación ...")."""
    return head_word(text) in words()["entity_heads"]


def ends_in_connector(text: str) -> bool:
    """A fragment such as "Fondo Juntos de": its last word joins it to something not there."""
    folded = fold(text).split()
    return bool(folded) and folded[-1] in words()["connectors"]


def has_word(text: str, group: str) -> bool:
    """Whether folded `text` holds one of the words or phrases of list `group` (whole words)."""
    padded = f" {fold(text)} "
    return any(f" {w} " in padded for w in words()[group])
