"""Run-in labels in Word (issue 20, S2 of trial 23): a paragraph opening with a template heading in
bold, a period or a dash after it, and the section's text in the body's weight on the same line is
that section's heading and its text, as the colon form is."""

from __future__ import annotations

import pytest

from .docx_builders import TEXTS, DocBuilder, text_run, write_ficha
from .records import records

RUN_IN = {
    "grupo_prioritario": "Grupo prioritario",
    "forma_financiamiento": "Forma de financiamiento",
    "sostenibilidad": "Sostenibilidad en el tiempo",
}


def run_in(label: str, end: str, text: str):
    def part(b: DocBuilder) -> None:
        b.raw_paragraph(text_run(f"{label}{end}", bold=True) + text_run(f" {text}"))

    return part


@pytest.mark.parametrize("end", [".", " \u2014"])
def test_a_bold_label_ending_with_a_period_or_a_dash_opens_its_section(tmp_path, end):
    path = write_ficha(
        tmp_path,
        headings={key: None for key in RUN_IN},
        parts={key: run_in(label, end, TEXTS[key]) for key, label in RUN_IN.items()},
    )
    (got,) = records(path)
    assert got["grupo_prioritario"] == TEXTS["grupo_prioritario"]
    assert got["fechas_implementacion"]["texto"] == TEXTS["fechas_implementacion"]
    assert got["forma_financiamiento"]["texto"] == TEXTS["forma_financiamiento"]
    assert got["sostenibilidad"] == TEXTS["sostenibilidad"]
    assert got["revision"]["estado"] == "ok", got["revision"]["avisos"]


def run_in_italic(label: str, end: str, text: str):
    def part(b: DocBuilder) -> None:
        b.raw_paragraph(text_run(f"{label}{end}", italic=True) + text_run(f" {text}"))

    return part


@pytest.mark.parametrize("end", [".", " \u2014", ""], ids=["period", "dash", "none"])
def test_a_label_set_apart_by_italics_alone_opens_its_section(tmp_path, end):
    """Issue 20, a new user's trial: "*Forma de financiamiento.* Recursos ..." in italics, no bold,
    no line break. Before, the labels were no headings: their text went to the office list and the
    three sections were missing (flagged)."""
    path = write_ficha(
        tmp_path,
        headings={key: None for key in RUN_IN},
        parts={key: run_in_italic(label, end, TEXTS[key]) for key, label in RUN_IN.items()},
    )
    (got,) = records(path)
    assert got["grupo_prioritario"] == TEXTS["grupo_prioritario"]
    assert got["forma_financiamiento"]["texto"] == TEXTS["forma_financiamiento"]
    assert got["sostenibilidad"] == TEXTS["sostenibilidad"]
    assert got["revision"]["estado"] == "ok", got["revision"]["avisos"]
