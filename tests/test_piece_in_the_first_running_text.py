"""A running text holding a piece of a sentence (a paragraph opening in lower case) is flagged even
when it is the first running text printed (reportlab harness seed 56050: a Sello justification's
rest, carried past a column break, read into the description as a paragraph of its own after its
last one, the record flagged on the Sello lines only). The rule is `fields/record._note_piece_taken`,
asked here with the record a reading gives; the paragraph joiner already joins a lower-case line to
the paragraph before it on one page, so a page made for the test would not show the kind."""

from __future__ import annotations

from extractor.fields.notes import Notes
from extractor.fields.record import _note_piece_taken

OWN = "Desde 2022 la municipalidad recorre los campamentos con sus equipos de salud y de vivienda."
PIECE = "acciones colaborativas con áreas y unidades estratégicas municipales."
PRINTED = ["oficinas", "grupo_prioritario", "categorias", "descripcion", "elemento_innovador", "lineas_sello"]


def doubts(descripcion: str) -> list[tuple[str, str]]:
    record = {"descripcion": descripcion, "elemento_innovador": "Se trabaja con las vecinas del barrio."}
    notes = Notes()
    _note_piece_taken(record, PRINTED, notes)  # type: ignore[arg-type]
    return [(a["campo"], a["mensaje"]) for a in notes.avisos]


def test_a_paragraph_opening_in_lower_case_in_the_first_running_text_is_flagged():
    ((campo, said),) = doubts(f"{OWN}\n\n{PIECE}")
    assert campo == "descripcion" and "acciones colaborativas" in said


def test_the_same_text_without_the_piece_is_not():
    assert doubts(OWN) == []
