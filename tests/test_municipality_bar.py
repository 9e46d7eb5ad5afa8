"""A header bar holding the municipality label and other words on one line (trial 27 ed17:
"MUNICIPALIDAD DE SAN JOAQUÍN" at the left, "Buenas prácticas 2024" at the right end, read as one
label and no comuna found): the label ends at a wide gap or a separator; the words after it are
no part of the comuna's name and are quoted in an aviso. The designs are this test's own."""

from __future__ import annotations

import pytest

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records_by_engine

SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
    ("Breve descripción", "La municipalidad abre una escuela de oficios."),
]


WIDE = "Una escuela de oficios abierta a las mujeres migrantes de la comuna, con cursos de cocina y costura."


def bar_ficha(path, right: str | None, joined: str | None) -> None:
    """A ficha opening with a shaded bar: its label line is "MUNICIPALIDAD DE SAN JOAQUÍN" with `right`
    at the line's far end (same baseline), or the label and `joined` printed as one run of text."""
    sheet = Sheet(path)
    sheet.rect(35, 24, 525, 18, stroke=False, fill=0.9)
    if joined:
        sheet.text(45, 30, joined, 8, BOLD)
    else:
        sheet.text(45, 30, "MUNICIPALIDAD DE SAN JOAQUÍN", 8, BOLD)
        sheet.text(470, 30, right or "", 8, BODY)  # a gap of ~35 font sizes
    sheet.text(45, 60, "Escuela de oficios para mujeres migrantes", 20, BOLD)
    sheet.text(45, 90, WIDE, 10, BODY)  # a line across the page: the bar's gap is no column gutter
    sheet.sections(115.0, SECTIONS)
    sheet.save()


@pytest.mark.parametrize(
    "right, joined",
    [
        ("Buenas prácticas 2024", None),
        (None, "MUNICIPALIDAD DE SAN JOAQUÍN ··· Buenas prácticas 2024"),
        (None, "MUNICIPALIDAD DE SAN JOAQUÍN | Buenas prácticas 2024"),
    ],
    ids=["wide-gap", "dots", "bar"],
)
def test_a_label_ends_at_a_wide_gap_or_a_separator(tmp_path, right, joined):
    bar_ficha(tmp_path / "ficha.pdf", right, joined)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["municipalidad"]["comuna"] == "San Joaquín"
        assert got["municipalidad"]["texto"] == "MUNICIPALIDAD DE SAN JOAQUÍN"
        quoted = [a for a in got["revision"]["avisos"] if "Buenas prácticas 2024" in a["mensaje"]]
        assert [(a["campo"], a["codigo"]) for a in quoted] == [("municipalidad", "texto_sin_ubicar")]


def test_a_region_after_a_separator_stays_in_the_label(tmp_path):
    bar_ficha(tmp_path / "ficha.pdf", None, "MUNICIPALIDAD DE SAN JOAQUÍN · Región Metropolitana de Santiago")
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["municipalidad"]["comuna"] == "San Joaquín"
        assert not [a for a in got["revision"]["avisos"] if a["campo"] == "municipalidad"]
