"""Text clean-up rules of the output contract, and accent folding for matching."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
SOFT_HYPHEN = "\u00ad"
# Set by a reader after a hyphen at a line end that belongs to its word ("socio-" + "comunitario" is
# "socio-comunitario"), where the producer breaks lines only at spaces and at hyphens the text carries
# (`readers.pdf.producer`). WORD JOINER: no break is meant there; invisible, so `clean` drops it.
KEPT_HYPHEN = "-\u2060"
# Soft hyphen and zero-width characters vanish; odd spaces become spaces.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_WORD_SPLIT_HYPHEN = re.compile(r"(?<=[^\W\d_])[-\u2010\u2011]$")  # "organiza-"
_COMPOUND_HYPHEN = re.compile(r"(?<=[^\W_])[-\u2010\u2011]$")  # "Norte-", "2022-"


# `clean`, `fold` and `join_lines` are pure and asked again for the same text by step after step
# (a block's text by each rule that looks at it): each keeps its recent answers.
_MEMO = 1 << 16  # answers kept per function


@lru_cache(maxsize=_MEMO)
def clean(text: str) -> str:
    """NFC, ligatures expanded, invisible characters dropped, white space folded.

    Invisible characters and ligatures go before NFC: one between a letter
    and its accent ("e\u200b\u0301", "\ufb01\u0301") would otherwise leave
    the pair uncomposed.
    """
    text = text.translate(_INVISIBLE)
    for ligature, letters in _LIGATURES.items():
        text = text.replace(ligature, letters)
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def join_lines(lines: list[str]) -> str:
    """Join lines broken by the layout back into one run of text.

    A word split by a hyphen at a line end is rejoined when the next line
    continues in lower case ("organiza-" + "ción" -> "organización"); before
    a capital or a digit the hyphen is part of a compound and stays, with no
    space ("Norte-" + "Sur" -> "Norte-Sur", "2022-" + "2023" -> "2022-2023").
    A soft hyphen (U+00AD) at a line end marks where the typesetter broke one
    word, whatever follows: the halves are joined and it disappears ("munici\u00ad"
    + "pales" -> "municipales"); inside a line it disappears (`clean`). A hyphen
    a reader marked as the word's own (`KEPT_HYPHEN`) stays, with no space
    ("socio-" + "comunitario" -> "socio-comunitario"). A web address broken right after one of its
    slashes goes on with no space when the next line opens with an address's path (`_continues_a_url`).
    """
    return _join_lines(tuple(lines))


# a web address broken at a line end right after one of its slashes ("https://muni.cl/oficina/" + "programas-2023")
_URL_AT_SLASH = re.compile(r"(?:^|\s)(?:https?://|www\.)\S*/$")
_URL_PATH = re.compile(r"[\w%~+#?=&./-]+")


def _continues_a_url(line: str) -> bool:
    """Whether `line` opens with the rest of a web address broken after a slash: a path of letters,
    digits and the signs of addresses holding one of those signs or a digit ("programas-de-2023",
    "index.html"); a plain word ("para") may be the next word after an address that ends in a slash,
    so it is not joined."""
    token = line.split(maxsplit=1)[0].rstrip(".,;:)»\"'")
    return bool(_URL_PATH.fullmatch(token)) and any(ch in "-_/.=?&#%~+" or ch.isdigit() for ch in token)


@lru_cache(maxsize=_MEMO)
def _join_lines(lines: tuple[str, ...]) -> str:
    """`join_lines` of a tuple of lines."""
    out = ""
    soft_break = False  # the line before ended with a soft hyphen
    kept_hyphen = False  # the line before ended with a hyphen that is its word's own
    for raw in lines:
        line = clean(raw)
        if not line:
            continue
        if (out and soft_break) or (out and kept_hyphen and line[:1].isalnum()):
            out += line
        elif out and _WORD_SPLIT_HYPHEN.search(out) and line[:1].islower():
            out = out[:-1] + line
        elif (out and _COMPOUND_HYPHEN.search(out) and line[:1].isalnum() and not line[:1].islower()) or (
            out and _URL_AT_SLASH.search(out) and _continues_a_url(line)
        ):
            out += line
        elif out:
            out = f"{out} {line}"
        else:
            out = line
        soft_break = raw.rstrip().endswith(SOFT_HYPHEN)
        kept_hyphen = raw.rstrip().endswith(KEPT_HYPHEN)
    # halves joined with no space compose when the second opens with a combining mark ("de\u00ad" + "\u0301")
    return out if out.isascii() else unicodedata.normalize("NFC", out)


def join_paragraphs(paragraphs: list[str]) -> str:
    """Paragraphs joined with one blank line, empty ones left out."""
    return "\n\n".join(p for p in (clean(p) for p in paragraphs) if p)


@lru_cache(maxsize=_MEMO)
def fold(text: str) -> str:
    """Lower case, accents removed, punctuation to spaces: the key for matching."""
    stripped = text.casefold()
    if not stripped.isascii():  # ASCII has no decomposition and no combining mark
        stripped = unicodedata.normalize("NFKD", stripped).translate(_UNMARKED)
    return " ".join(_NON_WORD.sub(" ", stripped).split())


class _Unmarked(dict[int, str | None]):
    """Code point -> None for a combining mark (`str.translate` drops it), else its character; filled
    as characters are met (`__missing__`): `fold`'s accents removed in one pass."""

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        self[code] = kept = None if unicodedata.combining(ch) else ch
        return kept


_UNMARKED = _Unmarked()
_NON_WORD = re.compile(r"[^\w]+")


def slug(text: str) -> str:
    """Lower-case ASCII slug with `[a-z0-9-]` only."""
    return "-".join(re.sub(r"[^a-z0-9]+", " ", fold(text).replace("_", " ")).split())


def fold_chars(text: str) -> str:
    """`fold` that keeps every character in place (same length as `text`).

    Searching this string gives offsets valid in the original text.
    """
    table, unfit = _latin1_folded()
    try:
        raw = text.encode("latin-1")
    except UnicodeEncodeError:  # a character past Latin-1 (a curly quote, a dash): character by character
        return text.translate(_FOLDED)  # one pass in C; each new character is folded once (`_FoldedChars`)
    if any(ch in text for ch in unfit):
        return text.translate(_FOLDED)
    return raw.translate(table).decode("latin-1")  # a byte table: several times faster than a dict's lookups


@lru_cache(maxsize=1)
def _latin1_folded() -> tuple[bytes, str]:
    """`fold_chars` of Latin-1 text as a byte table (code -> code of its folded character), and the
    Latin-1 characters whose folded character is past Latin-1 (µ -> μ), which the table cannot hold."""
    folded = [_FOLDED[code] for code in range(256)]
    table = bytes(ord(ch) if ord(ch) < 256 else 0 for ch in folded)
    return table, "".join(chr(code) for code, ch in enumerate(folded) if ord(ch) >= 256)


class _FoldedChars(dict[int, str]):
    """Code point -> its `_folded_char`, filled as characters are met (`str.translate` asks `__missing__`)."""

    def __missing__(self, code: int) -> str:
        self[code] = folded = _folded_char(chr(code))
        return folded


_FOLDED = _FoldedChars()


def _folded_char(ch: str) -> str:
    """One character of `fold_chars`: its base letter in lower case, or a space."""
    base = unicodedata.normalize("NFKD", ch)[:1] or ch
    low = base.lower()
    base = low if len(low) == 1 else base
    return base if base.isalnum() else " "


def phrase_pattern(phrases: list[str]) -> re.Pattern[str]:
    """One regex finding any of `phrases` (folded) in a `fold_chars` string, longest first.

    Words must match whole, and any run of spaces or punctuation between
    them matches, so "Aseo y Ornato" is found in "aseo  y ornato". The same phrases give the same
    pattern object, built once (rules ask for a vocabulary's pattern at every text they try).
    """
    return _phrase_pattern(tuple(phrases))


@lru_cache(maxsize=1024)
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """`phrase_pattern` of a tuple of phrases."""
    keys = sorted({fold(p) for p in phrases if fold(p)}, key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, key.split())) for key in keys)
    return re.compile(rf"(?<![a-z0-9])(?:{body})(?![a-z0-9])")


def opening(text: str, chars: int) -> str:
    """The first words of `text` (at most about `chars` characters, never a word cut), "…" after
    them when more follows: the quote an aviso gives of where a text starts."""
    text = " ".join(text.split())
    if len(text) <= chars:
        return text
    cut = text[: chars + 1].rsplit(" ", 1)[0] if " " in text[:chars] else text.split(" ", 1)[0]
    return cut.rstrip() + " …"


def ending(text: str, chars: int) -> str:
    """The last words of `text` (at most about `chars` characters, never a word cut), "…" before
    them when more precedes: the quote an aviso gives of where a text ends."""
    text = " ".join(text.split())
    if len(text) <= chars:
        return text
    cut = text[-chars - 1 :].split(" ", 1)[1] if " " in text[-chars:] else text.rsplit(" ", 1)[-1]
    return "… " + cut.lstrip()
