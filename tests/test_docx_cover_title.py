"""A Word booklet's cover page (a new user's trial of 2026-12-07, trial 29 ed19: «Cuadernillo de
experiencias locales» in large bold type on a page of its own, each ficha opening a page with its
Title-styled title): the cover's title is the cover's, no rival of any ficha's title, so no ficha's
title is in doubt for it. A title-like paragraph on the ficha's own page, before its title, still
leaves the choice in doubt."""

from __future__ import annotations

from docx.enum.text import WD_BREAK
from docx.shared import Pt

from .docx_builders import DocBuilder, write_ficha
from .records import records

FICHAS = [
    ("Escuela de oficios para mujeres migrantes", "Municipalidad de Quinta Normal"),
    ("Festival Multicultural", "Municipalidad de San Joaquín"),
]


def _big(b: DocBuilder, text: str) -> None:
    run = b.paragraph().add_run(text)
    run.bold, run.font.size = True, Pt(26)


def booklet(tmp_path, cover_on_its_own_page: bool):
    b = DocBuilder()
    _big(b, "Cuadernillo de experiencias locales")
    b.paragraph("Diciembre 2024")
    for n, (title, label) in enumerate(FICHAS):
        if cover_on_its_own_page or n:
            b.paragraph().add_run().add_break(WD_BREAK.PAGE)
        write_ficha(tmp_path, title=title, municipality=label, builder=b)
    return records(tmp_path / "ficha.docx")


def doubts(record: dict) -> list[str]:
    return [a["mensaje"] for a in record["revision"]["avisos"] if a["codigo"] == "titulo_dudoso"]


def test_a_cover_pages_title_is_no_rival_of_the_fichas(tmp_path):
    got = booklet(tmp_path, cover_on_its_own_page=True)
    assert [r["titulo"] for r in got] == [title for title, _ in FICHAS]
    assert all(doubts(r) == [] for r in got), [r["revision"] for r in got]


def test_a_title_like_line_on_the_fichas_page_stays_in_doubt(tmp_path):
    got = booklet(tmp_path, cover_on_its_own_page=False)
    assert doubts(got[0])
    assert doubts(got[1]) == []
