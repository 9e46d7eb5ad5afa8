"""A municipality label is set as one: its first letter a capital, no sentence's stop at its end.
The word "municipalidad." ending a sentence on a line of its own (a narrow value cell beside its
label, the reader's lines of the two columns in turn: "Recursos propios de la" | "municipalidad.")
is none: read as a bare "MUNICIPALIDAD" it ended the grid's text column there and went to the head
as the ficha's label, the real one (in a side panel read later) left in the description and the
comuna lost (browser seed 7051)."""

from __future__ import annotations

import pytest

from extractor.layout import Line, TextBlock
from extractor.segment.fichas import is_municipality_label, municipality_label


def _block(text: str) -> TextBlock:
    return TextBlock([Line(text, size=10.0)])


@pytest.mark.parametrize("text", ["municipalidad.", "Municipalidad.", "municipalidad", "municipalidad de Arica"])
def test_a_sentence_word_municipalidad_is_no_label(text):
    assert not is_municipality_label(_block(text), _block("Recursos propios de la"))
    assert municipality_label([_block(text), _block("Estudiantes en práctica")]) is None


@pytest.mark.parametrize("previous", ["municipalidad.", "municipalidad"])
def test_the_line_after_a_sentence_word_municipalidad_is_no_label(previous):
    assert not is_municipality_label(_block("Estudiantes en práctica"), _block(previous))


@pytest.mark.parametrize("text", ["MUNICIPALIDAD ARICA", "Municipalidad de Arica", "I. Municipalidad de Arica"])
def test_a_label_set_as_one_is_a_label(text):
    assert is_municipality_label(_block(text), None)


def test_a_bare_prefix_set_as_a_label_takes_the_name_under_it():
    assert is_municipality_label(_block("ARICA"), _block("MUNICIPALIDAD"))
    label = municipality_label([_block("MUNICIPALIDAD"), _block("ARICA")])
    assert label is not None and label.text == "MUNICIPALIDAD ARICA"
