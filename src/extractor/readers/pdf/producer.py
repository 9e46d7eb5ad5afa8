"""What a PDF's producer says about its line breaks.

A word processor (LibreOffice Writer, Microsoft Word, Google Docs) or a web browser printing HTML
(Chrome, Firefox: CSS `hyphens` is `manual` by default) hyphenates no word unless told to
(`vocab.unhyphenating_producers`, matched in the document's /Producer or /Creator): it breaks a line at
a space or after a hyphen the text carries, so a hyphen ending one of its lines is the word's own. A
typesetter hyphenates, and its line-end hyphen splits one word. `keep_line_end_hyphens` marks the
words of such a producer's pages that end in a hyphen (`text.KEPT_HYPHEN`), so `text.join_lines` keeps
the hyphen where such a word ends its line and the text goes on ("socio-" + "comunitario" ->
"socio-comunitario"). The same producer told to hyphenate would print "organiza-" + "ción" and be
read "organiza-ción": that setting is not recorded in the PDF, but how the hyphen is drawn is:
LibreOffice prints the hyphen it adds where it breaks a word (automatic hyphenation, a soft hyphen
U+00AD in the text) in a text showing of its own, apart from the word's letters, while a hyphen the
text carries is drawn with its word (`page.read_page` marks such a word `hyphen_apart`). Such a hyphen
of such a producer (`vocab.hyphen_apart_producers`; Chrome draws a hyphen of the text apart too) is
left to `text.join_lines` as a typesetter's ("capacitac-" + "iones" -> "capacitaciones").
"""

from __future__ import annotations

from dataclasses import replace

from ...text import KEPT_HYPHEN, fold
from ...vocab import hyphen_apart_producers, orphan_control_producers, unhyphenating_producers
from .objects import Word
from .page import PageObjects


def _named(metadata: dict[str, str], producers: tuple[str, ...]) -> bool:
    named = fold(" ".join(metadata.get(key) or "" for key in ("Producer", "Creator")))
    return any(fold(name) in named for name in producers)


def hyphenates_nothing(metadata: dict[str, str]) -> bool:
    """Whether the document information (`/Producer`, `/Creator`) names a producer that hyphenates
    no word by default (a word processor, a web browser)."""
    return _named(metadata, unhyphenating_producers())


def draws_hyphens_apart(metadata: dict[str, str]) -> bool:
    """Whether the document information names a producer that draws the hyphen it adds at a
    hyphenation break in a text showing of its own (`vocab.hyphen_apart_producers`: LibreOffice)."""
    return _named(metadata, hyphen_apart_producers())


def keeps_orphans_off(metadata: dict[str, str]) -> bool:
    """Whether the document information names a producer whose defaults keep a paragraph's first
    line from standing alone at a column's or page's foot (`vocab.orphan_control_producers`)."""
    return _named(metadata, orphan_control_producers())


def document_metadata(path: str, password: str | None) -> dict[str, str]:
    """The PDF's document information dictionary ({} when it cannot be read: the page source reports why)."""
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(path, password=password)
    except Exception:  # damaged or encrypted: the page source says so with the right error kind
        return {}
    try:
        return {k: v for k, v in document.get_metadata_dict().items() if isinstance(v, str)}
    finally:
        document.close()


def _kept(word: Word, apart: bool) -> Word:
    text = word["text"]
    if apart and word.get("hyphen_apart"):  # the producer's own hyphenation break: a typesetter's hyphen
        return word
    if len(text) > 1 and text.endswith("-") and text[-2].isalpha():
        return {**word, "text": text[:-1] + KEPT_HYPHEN}
    return word


def keep_line_end_hyphens(page: PageObjects, apart: bool = False) -> PageObjects:
    """The page with each word that ends in a hyphen after a letter marked as keeping it; when the
    producer draws its hyphenation hyphens apart (`apart`, `draws_hyphens_apart`), not a word whose
    hyphen is drawn so (`hyphen_apart`)."""
    return replace(page, words=[_kept(w, apart) for w in page.words])
