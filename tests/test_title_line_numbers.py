"""A ficha's number run into its title's line («1. Incubadora Cooperativa …», «Ficha N.º 3 —
Capacitación en Oficios»; a new user's trial of 2026-12-07, trial 29 ed14 and ed49) is the ficha's
place in its publication, no word of its title: the title and the id are the same as the ficha
printed without it (the contract's same id from every source). A number that is the title's own
word («100 huertos», «24 horas») is kept; a list-like number before a word in small letters, or a
kicker with no punctuation after its number, is kept with `titulo_dudoso`."""

from __future__ import annotations

import pytest

from extractor.template import title_number_removed

from .docx_builders import write_ficha
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

TITLES = ["Academia Municipal Abierta", "Capacitación en Oficios"]
SECTIONS = [
    ("Grupo prioritario", "Personas migrantes y refugiadas."),
    ("Forma de financiamiento", "Recursos propios de la municipalidad."),
    ("Breve descripción", "La academia ofrece cursos de oficio a personas migrantes de la comuna."),
    ("Líneas Sello", "Fortalecimiento institucional, ya que la municipalidad capacita a su equipo."),
]


def numbered_fichas(path, titles: list[str]) -> None:
    """Fichas down one page, each title line as given, under it its municipality label."""
    sheet = Sheet(path)
    top = 40.0
    for title in titles:
        top = sheet.text(45, top, title, 16, BOLD) + 6
        top = sheet.text(45, top, "Municipalidad de Quinta Normal", 10, BODY) + 14
        top = sheet.sections(top, SECTIONS) + 18
    sheet.save()


def doubts(record: dict) -> list[str]:
    return [a["mensaje"] for a in record["revision"]["avisos"] if a["codigo"] == "titulo_dudoso"]


@pytest.mark.parametrize("number", ["%d. ", "%d) ", "Ficha N.º %d — ", "FICHA %d: ", "Buena práctica N° %d - "])
def test_a_number_run_into_the_title_line_is_the_fichas(tmp_path, number):
    numbered_fichas(tmp_path / "f.pdf", [number % n + title for n, title in enumerate(TITLES, start=1)])
    plain_path = tmp_path / "plain.pdf"
    numbered_fichas(plain_path, TITLES)
    got, plain = records(tmp_path / "f.pdf"), records(plain_path)
    assert [r["titulo"] for r in got] == TITLES
    assert [r["id"] for r in got] == [r["id"] for r in plain]
    assert all(doubts(r) == [] for r in got), [r["revision"] for r in got]


@pytest.mark.parametrize("title", ["100 huertos comunitarios", "24 horas de atención migrante", "3 Ferias del barrio"])
def test_a_title_that_opens_with_its_own_number_keeps_it(tmp_path, title):
    numbered_fichas(tmp_path / "f.pdf", [title])
    (record,) = records(tmp_path / "f.pdf")
    assert record["titulo"] == title
    assert doubts(record) == []


def test_a_list_like_number_before_small_letters_is_kept_in_doubt(tmp_path):
    numbered_fichas(tmp_path / "f.pdf", ["1. huertos comunitarios de la comuna"])
    (record,) = records(tmp_path / "f.pdf")
    assert record["titulo"] == "1. huertos comunitarios de la comuna"
    assert doubts(record)


def test_a_word_title_with_its_number(tmp_path):
    (record,) = records(write_ficha(tmp_path, title="Ficha N° 7: Escuela de oficios para mujeres migrantes"))
    assert record["titulo"] == "Escuela de oficios para mujeres migrantes"
    assert record["id"].endswith("--escuela-de-oficios-para-mujeres-migrantes")


@pytest.mark.parametrize(
    "printed, title, doubt",
    [
        ("Experiencia IV — Taller de cocina", "Taller de cocina", False),
        ("Iniciativa 24 Horas", "Iniciativa 24 Horas", True),
        ("Iniciativa 2030: ciudad abierta", "Iniciativa 2030: ciudad abierta", False),
        ("Caso Iquique", "Caso Iquique", False),
        ("Ficha técnica del huerto", "Ficha técnica del huerto", False),
        ("1.000 huertos", "1.000 huertos", False),
    ],
)
def test_what_a_title_line_number_is(printed, title, doubt):
    got, said = title_number_removed(printed)
    assert got == title
    assert bool(said) is doubt
