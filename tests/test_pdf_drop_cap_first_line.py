"""The first line beside a drop cap, as `readers/pdf/drop_caps._own_line` reads it from a row of words."""

from __future__ import annotations


def test_one_word_beside_the_letter_and_another_columns_word_are_two_lines():
    """A row of two words only: its one gap, past `word_gap`, has no other space to be measured
    against, so it parts the paragraph's word from another column's (a reviewer's case: the ratio
    against the row's narrowest space, the gap itself, never cut it)."""
    from extractor.readers.pdf.drop_caps import _own_line
    from extractor.settings import LAYOUT

    def word(text: str, x0: float, x1: float) -> dict:
        return {"text": text, "x0": x0, "x1": x1, "top": 100.0, "bottom": 108.0, "size": 8.0}

    row = [word("ODOS", 100.0, 130.0), word("Financiamiento", 170.0, 230.0)]
    assert [w["text"] for w in _own_line(row, 10.0, LAYOUT)] == ["ODOS"]  # type: ignore[arg-type]
