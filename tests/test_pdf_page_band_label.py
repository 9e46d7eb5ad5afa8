"""A municipality printed only in a page's footer or header band (issue 20, trial 25 h09 and r09).

A ficha whose municipality label stands nowhere in its head but in a band of its own at the foot (or the
top) of one of its pages, all the ficha's text above (below) it, the page number beside it, takes that
label: the band is the page's, the page the ficha's. A page holding two fichas' titles gives its band's
label to neither: which ficha it names is not sure, and each record says it has no municipality.
"""

from __future__ import annotations

import pytest

from .pdf_canvas import BOLD, Sheet
from .records import records

SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración - DIDECO"),
    ("Grupo prioritario", "Personas migrantes del sector norte."),
    ("Forma de financiamiento", "Recursos propios municipales."),
    ("Sostenibilidad en el tiempo", "Se repite cada año con la comunidad."),
    ("Breve descripción", "La municipalidad abre un espacio de encuentro para las familias del barrio."),
    ("Líneas Sello", "Vinculación comunitaria, ya que reúne a vecinos chilenos y extranjeros."),
]


def _sections(sheet: Sheet, top: float, size: float, parts=SECTIONS) -> float:
    for heading, text in parts:
        top = sheet.text(50, top, heading, size + 1.5, BOLD) + 0.6 * size
        top = sheet.text(50, top, text, size) + 1.4 * size
    return top


@pytest.mark.parametrize(
    ("label", "size", "page_number"),
    [
        ("MUNICIPALIDAD DE RECOLETA", 10.0, "1 / 1"),
        ("Municipalidad de Recoleta", 8.0, "Página 1"),
        ("Ilustre Municipalidad de Recoleta", 12.0, None),
    ],
    ids=["caps-with-count", "small-with-page-word", "large-alone"],
)
def test_a_label_in_the_footer_band_of_a_one_ficha_page(tmp_path, label, size, page_number):
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    sheet.text(50, 50, "Incubadora Cooperativa de Trabajo", 20, BOLD)
    _sections(sheet, 90.0, size)
    sheet.rect(45, 790, 200, 16, stroke=False, fill="3C6E47")
    sheet.canvas.setFillGray(1)
    sheet.text(50, 793, label, size, BOLD)
    sheet.canvas.setFillGray(0)
    if page_number:
        sheet.text(520, 793, page_number, 8)
    sheet.save()
    (got,) = records(path)
    assert got["municipalidad"]["comuna"] == "Recoleta"
    assert got["municipalidad"]["texto"] == label
    assert got["id"].startswith("recoleta--")
    assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("municipalidad")]
    assert label not in got["lineas_sello"][0]["justificacion"]
    assert not [a for a in got["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"]  # the page number's


def test_a_label_in_the_header_band_of_a_continuing_page(tmp_path):
    """A chapter whose municipality is printed only in the header band of its second page (its first
    page's header names the chapter before, read as a running header)."""
    path = tmp_path / "fichas.pdf"
    sheet = Sheet(path)
    sheet.text(50, 25, "Municipalidad de Quinta Normal", 8.5, BOLD)
    sheet.text(50, 60, "Capacitación en oficios", 20, BOLD)
    sheet.text(50, 85, "Municipalidad de Quinta Normal", 10, BOLD)
    _sections(sheet, 115.0, 10.0)
    sheet.next_page()
    sheet.text(50, 60, "Operativos interinstitucionales", 20, BOLD)
    _sections(sheet, 100.0, 10.0, SECTIONS[:4])
    sheet.next_page()
    sheet.text(50, 25, "Municipalidad de Puente Alto", 8.5, BOLD)
    _sections(sheet, 70.0, 10.0, SECTIONS[4:])
    sheet.save()
    got = records(path)
    assert [r["municipalidad"]["comuna"] if r["municipalidad"] else None for r in got] == [
        "Quinta Normal",
        "Puente Alto",
    ]
    assert not [a for a in got[1]["revision"]["avisos"] if a["campo"].startswith("municipalidad")]


def test_a_footer_label_of_a_page_holding_two_fichas_names_neither(tmp_path):
    path = tmp_path / "fichas.pdf"
    sheet = Sheet(path)
    sheet.text(50, 40, "Incubadora Cooperativa de Trabajo", 18, BOLD)
    top = _sections(sheet, 70.0, 9.0)
    sheet.text(50, top + 10, "Capacitación en oficios", 18, BOLD)
    _sections(sheet, top + 40, 9.0)
    sheet.text(50, 800, "MUNICIPALIDAD DE RECOLETA", 9, BOLD)
    sheet.save()
    got = records(path)
    assert [r["municipalidad"] for r in got] == [None, None]
    for r in got:
        assert "municipalidad" in {a["campo"] for a in r["revision"]["avisos"]}
