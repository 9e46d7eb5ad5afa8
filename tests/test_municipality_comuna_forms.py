"""The municipality printed as its comuna, with the region beside it (issue 20, trial 25 r06).

"Comuna: San Joaquín · Región Metropolitana", "COMUNA SAN JOAQUÍN | REGIÓN METROPOLITANA": a word
labelling the comuna (vocabulary `comuna_labels`) before a comuna's name makes a municipality label when
the name is a comuna of the catalog; the region set apart after it by a separator (vocabulary
`region_separators`: a comma, a middle dot, a bullet, a bar, a spaced dash or slash) is left out when it
is the comuna's. "Comuna" before words that name no comuna stays text.
"""

from __future__ import annotations

import pytest

from extractor.text import slug

from .docx_builders import write_ficha
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

LABELS = [
    ("Comuna: San Joaquín · Región Metropolitana", "San Joaquín", "Metropolitana de Santiago"),
    ("COMUNA SAN JOAQUÍN | REGIÓN METROPOLITANA", "San Joaquín", "Metropolitana de Santiago"),
    ("Comuna: Arica • Región de Arica y Parinacota", "Arica", "Arica y Parinacota"),
    ("Comuna de Puente Alto / Región Metropolitana", "Puente Alto", "Metropolitana de Santiago"),
]
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración - DIDECO"),
    ("Grupo prioritario", "Personas migrantes de la comuna."),
    ("Forma de financiamiento", "Recursos propios de la municipalidad."),
    ("Breve descripción", "La municipalidad abre un espacio de encuentro para las familias."),
]


def pdf_ficha(path, label: str, size: float = 10.0, font: str = BODY) -> None:
    sheet = Sheet(path)
    sheet.text(60, 60, "Festival Multicultural", 18, BOLD)
    sheet.text(60, 86, label, size, font)
    top = 115.0
    for heading, text in SECTIONS:
        top = sheet.text(60, top, heading, 11, BOLD) + 6
        top = sheet.text(60, top, text, 10) + 14
    sheet.save()


@pytest.mark.parametrize(("label", "comuna", "region"), LABELS)
@pytest.mark.parametrize(("size", "font"), [(10.0, BODY), (8.5, BOLD)], ids=["body", "small-bold"])
def test_a_comuna_label_with_its_region_in_a_pdf(tmp_path, label, comuna, region, size, font):
    pdf_ficha(tmp_path / "ficha.pdf", label, size, font)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["municipalidad"] == {"comuna": comuna, "region": region, "texto": label}
    assert got["id"] == f"{slug(comuna)}--festival-multicultural"
    assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("municipalidad")]
    assert not [a for a in got["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"]


@pytest.mark.parametrize(("label", "comuna", "region"), LABELS)
def test_a_comuna_label_with_its_region_in_a_word_file(tmp_path, label, comuna, region):
    (got,) = records(write_ficha(tmp_path, municipality=label))
    assert got["municipalidad"]["comuna"] == comuna
    assert got["municipalidad"]["region"] == region
    assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("municipalidad")]


def test_comuna_before_words_naming_no_comuna_is_no_label(tmp_path):
    """ "Comuna: Ciudad Gótica" names no comuna of the catalog: no municipality is read from it, and
    the record says so."""
    pdf_ficha(tmp_path / "ficha.pdf", "Comuna: Ciudad Gótica · Región Imaginaria")
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["municipalidad"] is None
    assert "municipalidad" in {a["campo"] for a in got["revision"]["avisos"]}
