"""A publication's opening pages are no ficha, and their words are quoted, not dropped (issue 20; a
new user's trial of 2026-12-07, ed10: a cover, then a summary table of the fichas whose column
"Categoría" is set like a heading, then the fichas). The cover's title and the table's one heading
made an extra record "Fichas de Buenas Prácticas Municipales" of a comuna the table named; and an
introduction paragraph before the first ficha was dropped without a trace. A leading would-be ficha
with fewer than SETTINGS.fichas.min_ficha_headings headings, none on its title's page, is front matter
(`fichas._without_front_matter`); text outside every ficha goes to the run report's `outside`
(`pipeline.outside_fichas`), one block a line.
"""

from __future__ import annotations

import json

from extractor.cli import main
from extractor.pipeline import extract_document

from .pdf_canvas import BODY, BOLD, Sheet

FICHAS = [
    ("Academia Municipal Abierta", "Municipalidad de Arica"),
    ("Capacitación en Oficios", "Municipalidad de Quinta Normal"),
]
SECTIONS = [
    ("Grupo prioritario", "Personas migrantes y refugiadas."),
    ("Forma de financiamiento", "Recursos propios de la municipalidad."),
    ("Breve descripción", "La academia ofrece cursos de oficio a personas migrantes de la comuna."),
    ("Líneas Sello", "Fortalecimiento institucional, ya que la municipalidad capacita a su equipo."),
]
COVER = "Fichas de Buenas Prácticas Municipales"
INTRO = "Esta publicación reúne las experiencias de los municipios durante el año."


def publication(path, cover: bool, intro: bool) -> None:
    """`cover`: a cover page (a large title) and a summary page (a table whose bold column heads
    are "Comuna", "Título", "Categoría"); `intro`: a paragraph over the first ficha's title."""
    sheet = Sheet(path)
    if cover:
        sheet.text(100, 300, COVER, 26, BOLD)
        sheet.text(100, 340, "Sello Migrante · Edición 2024", 12, BODY)
        sheet.next_page()
        sheet.text(50, 60, "Resumen de las fichas", 14, BOLD)
        for x, head in ((50, "Comuna"), (160, "Título"), (380, "Categoría")):
            sheet.text(x, 95, head, 9, BOLD)
        for n, (title, label) in enumerate(FICHAS):
            sheet.text(50, 115 + 20 * n, label.removeprefix("Municipalidad de "), 9, BODY)
            sheet.text(160, 115 + 20 * n, title, 9, BODY)
            sheet.text(380, 115 + 20 * n, "Sociolaboral", 9, BODY)
        sheet.next_page()
    for n, (title, label) in enumerate(FICHAS):
        top = 50.0
        if intro and n == 0:
            top = sheet.text(45, top, INTRO, 10, BODY) + 20
        top = sheet.text(45, top, title, 20, BOLD) + 8
        top = sheet.text(45, top, label, 10, BODY) + 16
        sheet.sections(top, SECTIONS)
        sheet.next_page()
    sheet.save()


def test_a_cover_and_summary_table_make_no_record(tmp_path):
    publication(tmp_path / "pub.pdf", cover=True, intro=False)
    result = extract_document(tmp_path / "pub.pdf")
    assert [f.titulo for f in result.fichas] == [title for title, _ in FICHAS]
    assert f"página 1: {COVER}" in result.outside
    assert any("Categoría" in text for text in result.outside)


def test_an_introduction_before_the_first_ficha_is_in_the_run_report(tmp_path):
    publication(tmp_path / "pub.pdf", cover=False, intro=True)
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "pub.pdf"), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    report = json.loads((out / ".extractor-report.json").read_text(encoding="utf-8"))
    (document,) = report["documents"]
    assert document["outside"] == [f"página 1: {INTRO}"]
    assert len(document["records"]) == 2


def test_fichas_with_nothing_before_them_leave_nothing_outside(tmp_path):
    publication(tmp_path / "pub.pdf", cover=False, intro=False)
    result = extract_document(tmp_path / "pub.pdf")
    assert len(result.fichas) == 2 and result.outside == []
