"""A text that says nothing but the publication's name and the ficha's own title or municipality label
is no text left unplaced (a new user's trial of 2026-12-07, trial 27: ed05's table header row «Ficha de
buena práctica: <title>» repeated on a continuation page, ed27's band «Municipalidad de X · <title>»
between a section's paragraphs, ed06/ed07's «Fichas de Buenas Prácticas 2024» and «Folio N° 215», ed12's
«© 2024 Municipalidad · Todos los derechos reservados»: each
an aviso texto_sin_ubicar on a record right in every field). Such a text restates what the record
holds (`template.restates_the_ficha`); a word more (another title, another municipality) keeps it
quoted.
"""

from __future__ import annotations

import pytest

from extractor.template import restates_the_ficha

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

TITLE = "Academia Municipal Abierta"
LABEL = "Municipalidad de Arica"
PARAGRAPHS = [
    ["La academia ofrece cursos de oficio a personas migrantes de la comuna,", "con clases en la tarde."],
    ["Los cursos duran tres meses y entregan un certificado municipal a quienes", "los terminan."],
]


def ficha(path, end_line: str, band: str) -> None:
    """One ficha: `band` (8 pt bold) between the two paragraphs of its description, `end_line` (8 pt)
    under its last section."""
    sheet = Sheet(path)
    sheet.text(45, 50, TITLE, 20, BOLD)
    sheet.text(45, 85, LABEL, 10, BOLD)
    top = sheet.sections(
        115.0,
        [
            ("Grupo prioritario", "Personas migrantes y refugiadas."),
            ("Sostenibilidad en el tiempo", "La academia sigue vigente."),
            ("Forma de financiamiento", "Recursos propios de la municipalidad."),
        ],
    )
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    top = sheet.lines(45, top, PARAGRAPHS[0]) + 14
    top = sheet.text(45, top, band, 8, BOLD) + 14
    top = sheet.lines(45, top, PARAGRAPHS[1]) + 16
    top = sheet.sections(top, [("Líneas Sello", "Fortalecimiento institucional, ya que capacita a su equipo.")])
    sheet.text(45, top + 20, end_line, 8, BODY)
    sheet.save()


def unplaced(record: dict) -> list[str]:
    return [a["mensaje"] for a in record["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"]


@pytest.mark.parametrize(
    "end_line, band",
    [
        ("Fichas de Buenas Prácticas 2024 Folio N° 214", f"{LABEL} · {TITLE}"),
        ("FICHA DE BUENA PRÁCTICA MUNICIPAL — SELLO MIGRANTE", f"Ficha de buena práctica: {TITLE}"),
        ("© 2024 Municipalidad · Todos los derechos reservados", f"{TITLE} — {LABEL}"),
    ],
)
def test_the_publications_name_and_the_fichas_own_title_are_no_text_left_unplaced(tmp_path, end_line, band):
    ficha(tmp_path / "ficha.pdf", end_line, band)
    (record,) = records(tmp_path / "ficha.pdf")
    assert record["titulo"] == TITLE
    assert record["descripcion"].count("\n\n") == 1
    said = str(record["revision"])
    assert end_line not in said and band not in said, record["revision"]


@pytest.mark.parametrize(
    "end_line, band",
    [
        ("Boletín comunal de la Oficina de Migrantes", f"{LABEL} · Academia Municipal de Verano"),
        ("Fichas de Buenas Prácticas de la Región de Arica", f"Municipalidad de Iquique · {TITLE}"),
        ("© 2024 Municipalidad de Iquique · Todos los derechos reservados", f"{TITLE}: {LABEL} y sus socios"),
    ],
)
def test_a_word_more_than_the_fichas_own_keeps_the_text_quoted(tmp_path, end_line, band):
    ficha(tmp_path / "ficha.pdf", end_line, band)
    (record,) = records(tmp_path / "ficha.pdf")
    said = " ".join(unplaced(record))
    assert end_line in said and band in said, record["revision"]


def test_what_restates_the_ficha():
    assert restates_the_ficha("Folio N° 215")
    assert restates_the_ficha("Fichas de Buenas Prácticas Municipales · Edición 2024")
    assert restates_the_ficha(f"{LABEL} | {TITLE.upper()}", TITLE, LABEL)
    assert not restates_the_ficha(LABEL, TITLE, LABEL)  # a label alone: read by the municipality's rules
    assert not restates_the_ficha("N° 3")  # a kicker's number: `is_ficha_kicker`'s
    assert not restates_the_ficha("Festival", "Festival")  # a one-word title is no sure restatement
    assert not restates_the_ficha(f"{TITLE} en la comuna", TITLE)  # words of a sentence
