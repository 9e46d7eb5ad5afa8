"""Property-based tests of the text-to-fields layer: any text in, no crash, and the invariants hold.

hypothesis generates the text (Spanish words, month names, separators,
odd Unicode: combining marks, ligatures, soft hyphens, control characters).
"""

from __future__ import annotations

import re
import unicodedata
from types import SimpleNamespace

from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractor.batch.writer import MAX_STEM_BYTES, file_names, safe_segment
from extractor.fields.months import span, text_months
from extractor.fields.record import record_id
from extractor.normalize.catalog import funders, offices
from extractor.normalize.entities import distinct, split_entities
from extractor.text import clean, ending, fold, fold_chars, join_lines, opening
from extractor.vocab import month_forms

MONTHS = month_forms()["full"]
WORDS = (
    [
        "de",
        "a",
        "y",
        "hasta",
        "entre",
        "desde",
        "el",
        "mes",
        "los",
        "meses",
        "Municipalidad",
        "DIDECO",
        "OMIL",
        "Oficina",
        "Migrantes",
        "Fondo",
        "Social",
        "organiza-",
        "ción",
        "2023",
        ",",
        ".",
        ";",
        "(",
        ")",
        " - ",
        "\n",
        "\u00ad",
        "\ufb01",
        "e",
        "\u0301",
        "\u200b",
        "\t",
        "\x07",
        "..",
        "/",
        " ",
        " ",
        " ",
    ]
    + MONTHS
    + [m.upper() for m in MONTHS]
)
texts = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), max_size=40).map("".join)
settings.register_profile("extractor", deadline=None)  # timing is never asserted; first calls load catalogs
settings.load_profile("extractor")
SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


@given(texts)
@example("e\u200b\u0301")
def test_clean_is_idempotent_nfc_and_leaves_no_odd_spaces(text):
    cleaned = clean(text)
    assert clean(cleaned) == cleaned and unicodedata.is_normalized("NFC", cleaned)
    assert cleaned == cleaned.strip() and "  " not in cleaned and "\n" not in cleaned
    assert not set(cleaned) & {"\u00ad", "\u200b", "\ufb01"}


@given(st.one_of(texts, st.text()))
@example("ﬁ Á ß İ ½ ² Ǆ ǅ ǆ Ⅻ e\u0301 \u00ad \u200b ㍿ 𝔸 ñandú")
@example("".join(map(chr, range(256))).replace("µ", ""))  # every Latin-1 character that a byte table folds
@example("Peñalolén: 5 µg, ª")  # µ folds past Latin-1 (μ)
def test_fold_chars_folds_each_character_in_place(text):
    """`fold_chars` keeps every character's place: each is its NFKD base letter in lower case (kept as
    it is when lowering gives two letters), or a space."""

    def folded(ch: str) -> str:
        base = unicodedata.normalize("NFKD", ch)[:1] or ch
        low = base.lower()
        base = low if len(low) == 1 else base
        return base if base.isalnum() else " "

    assert fold_chars(text) == "".join(folded(ch) for ch in text)


@given(st.lists(texts, max_size=8))
@example(["de\u00ad", "\u0301"])  # a soft hyphen's halves joined, the second a lone accent: composed ("dé")
def test_join_lines_gives_one_clean_line_that_keeps_every_word(lines):
    joined = join_lines(lines)
    assert clean(joined) == joined
    kept = [clean(line) for line in lines if clean(line)]
    soft_breaks = any(
        line.rstrip().endswith("\u00ad") for line in lines if clean(line)
    )  # a word broken by a soft hyphen
    if not soft_breaks and not any(line.endswith(("-", "\u2010", "\u2011")) for line in kept):
        assert joined == " ".join(kept)
    assert len(joined.replace(" ", "")) <= sum(len(line.replace(" ", "")) for line in kept)


@given(texts)
def test_text_months_are_sorted_distinct_months(text):
    months = text_months(text)
    assert months == sorted(set(months)) and all(1 <= m <= 12 for m in months)


@given(st.integers(1, 12), st.integers(1, 12), texts, texts)
def test_a_stated_range_is_found_inside_any_text(first, last, before, after):
    text = f"{before}. Se realiza de {MONTHS[first - 1]} a {MONTHS[last - 1]}, cada semana. {after}"
    assert set(span(first, last)) <= set(text_months(text))


@given(texts)
@settings(max_examples=60)
def test_entities_are_pieces_of_the_text_as_printed(text):
    for catalog in (offices(), funders()):
        pieces = split_entities(text, catalog)
        for piece in pieces:
            assert piece.texto and clean(piece.texto) == piece.texto
            assert fold(piece.texto) in fold(clean(text)) or piece.entry is not None
        assert len(distinct(pieces)) <= len(pieces)


@given(texts, texts)
def test_ids_are_slugs_and_file_names_are_safe_distinct_and_short(comuna, titulo):
    made = record_id(comuna, titulo)
    assert all(SLUG.fullmatch(part) for part in made.split("--"))
    names = file_names([SimpleNamespace(id=made)] * 3 + [SimpleNamespace(id=f"{made}-2")])
    assert len(set(names)) == 4
    assert all(len(n.encode()) <= MAX_STEM_BYTES + len("-99.json") and "/" not in n for n in names)


@given(st.text(min_size=1, alphabet=st.characters(blacklist_characters="/\x00")))
def test_safe_segments_stay_put(name):
    segment = safe_segment(name)
    assert segment not in ("", ".", "..") and not segment.lower().endswith(".json")
    assert not any(ord(ch) < 32 or 127 <= ord(ch) < 160 for ch in segment)
    assert len(segment.encode()) <= 240


@given(
    st.lists(st.sampled_from(["de", "programa", "acompañamiento", "OMIL", "2023,", "migrantes."]), max_size=30),
    st.integers(5, 80),
)
@settings(max_examples=200, deadline=None)
def test_aviso_quotes_never_cut_a_word(words: list[str], chars: int) -> None:
    """An aviso's quote of a text's opening or ending is whole words of it, about `chars` long."""
    text = " ".join(words)
    for quote, kept in ((opening(text, chars), str.startswith), (ending(text, chars), str.endswith)):
        inner = quote.removesuffix(" …").removeprefix("… ")
        assert kept(text, inner)
        assert set(inner.split()) <= set(words)
        if inner != text:
            assert "…" in quote and (len(inner) <= chars or " " not in inner)
