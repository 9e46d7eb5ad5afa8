"""A page's footer naming the ficha's own municipality and the page's number alone («Municipalidad de
San Joaquín | 1»; a new user's trial of 2026-12-07, trial 29 ed24 and ed41: fpdf2's footer, a spread
of two facing pages) is the page's furniture, no text left unplaced; its label may be spelled
otherwise than the ficha's head («MUNICIPALIDAD SAN JOAQUÍN»). A footer naming another municipality,
or saying a word more, stays quoted."""

from __future__ import annotations

import pytest

from extractor.template import is_municipality_footer

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

PAGE_ONE = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Personas migrantes y refugiadas."),
    ("Forma de financiamiento", "Recursos propios de la municipalidad."),
]
PAGE_TWO = [
    ("Breve descripción", "El festival reúne a las comunidades migrantes de la comuna cada año."),
    ("Elemento innovador", "Las comunidades organizan el festival junto al municipio."),
    ("Líneas Sello", "Fortalecimiento institucional, ya que la municipalidad capacita a su equipo."),
]


def ficha_with_footers(path, footer: str) -> None:
    """A ficha over two pages, each closed by `footer` % its page number in small type at its foot."""
    sheet = Sheet(path)
    sheet.text(45, 40, "Festival Multicultural", 20, BOLD)
    sheet.text(45, 70, "MUNICIPALIDAD SAN JOAQUÍN", 10, BOLD)
    for n, sections in enumerate((PAGE_ONE, PAGE_TWO), start=1):
        if n > 1:
            sheet.next_page()
        sheet.sections(110 if n == 1 else 50, sections)
        sheet.text(45, sheet.height - 30, footer % n, 7, BODY)
    sheet.save()


def unplaced(record: dict) -> list[str]:
    return [a["mensaje"] for a in record["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"]


@pytest.mark.parametrize("footer", ["Municipalidad de San Joaquín | %d", "%d · I. Municipalidad de San Joaquín"])
def test_a_footer_naming_the_fichas_municipality_and_page_is_furniture(tmp_path, footer):
    ficha_with_footers(tmp_path / "f.pdf", footer)
    (record,) = records(tmp_path / "f.pdf")
    assert unplaced(record) == [], record["revision"]
    assert record["lineas_sello"] and record["elemento_innovador"].endswith("junto al municipio.")


def test_a_footer_naming_another_municipality_stays_quoted(tmp_path):
    ficha_with_footers(tmp_path / "f.pdf", "Municipalidad de Recoleta | %d")
    (record,) = records(tmp_path / "f.pdf")
    assert any("Recoleta" in m for m in unplaced(record)) or "Recoleta" in str(record)


@pytest.mark.parametrize(
    "text, footer",
    [
        ("Municipalidad de San Joaquín — página 2 de 3", True),
        ("MUNICIPALIDAD SAN JOAQUÍN 12", True),
        ("Municipalidad de San Joaquín", False),
        ("Municipalidad de San Joaquín 2023", False),
        ("Municipalidad de San Joaquín apoya 2", False),
        ("Municipalidad de Recoleta | 1", False),
    ],
)
def test_what_a_municipality_footer_is(text, footer):
    assert is_municipality_footer(text, "San Joaquín") is footer
