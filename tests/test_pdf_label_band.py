"""A label band (issue 20, trial 25 r05): the section names in a left column, set flush right against
their values (right-aligned, so their left edges differ), each value on its label's first line; and the
months as a bar over a pale track, set a little under small initials (a Gantt bar).

Right-aligned labels share their right edge: they make the heading column as left-aligned ones do, so
every row's value is its label's (the office list and the priority group are not read under the category
heading). The bar's track hangs from the initials a header line or so below them: it is the table's body
row, and the bar over it marks its months.
"""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics

from extractor.pipeline import extract_document
from extractor.readers.options import ReadOptions

from .pdf_canvas import BODY, BOLD, Sheet, typeset

SUSTAINED = (
    "La Escuela sigue vigente, ejecutándose anualmente con el apoyo de la Oficina de Diversidad y de las vecinas."
)
DESCRIBED = (
    "El año 2022 la municipalidad identifica la necesidad de abordar la brecha idiomática existente en mujeres de"
    " origen haitiano a partir de las atenciones que se realizaban en las dependencias municipales."
)
ROWS = [
    ("DEPARTAMENTO/OFICINAS MUNICIPALES QUE PARTICIPAN", "Oficina de Diversidad y No Discriminación - DIDECO"),
    ("GRUPO PRIORITARIO", "Mujeres haitianas"),
    ("FORMA DE FINANCIAMIENTO", "Recursos propios de la municipalidad."),
    ("SOSTENIBILIDAD EN EL TIEMPO", SUSTAINED),
    ("BREVE DESCRIPCIÓN", DESCRIBED),
]
ACTIVE = [8, 9, 10, 11, 12]


def label_band(path, label_size: float, label_width: float, band: bool) -> None:
    """One ficha as label | value rows: labels right-aligned in a column `label_width` wide (grey when
    `band`), wrapped to the column; values at 10 pt beside them."""
    sheet = Sheet(path)
    split = 50 + label_width
    if band:
        sheet.rect(50, 40, label_width + 6, 500, stroke=False, fill="F0F0F0")
    sheet.text(split + 12, 60, "Escuela de Mujeres Catherine Flon", 17, BOLD)
    sheet.text(split + 12, 88, "Municipalidad de El Bosque", 10)
    top = 115.0
    for label, value in ROWS:
        lines = typeset(label, label_width - 6, label_size, BOLD)
        for n, line in enumerate(lines):
            width = pdfmetrics.stringWidth(line, BOLD, label_size)
            sheet.text(split - width, top + n * 1.3 * label_size, line, label_size, BOLD)
        values = typeset(value, 250, 10, BODY)
        bottom = max(sheet.lines(split + 12, top, values, 10, BODY), top + len(lines) * 1.3 * label_size)
        sheet.line(split + 12, bottom + 4, 545, bottom + 4, width=0.3)  # a rule under each value
        top = bottom + 12
    sheet.save()


@pytest.mark.parametrize(
    ("label_size", "label_width", "band"),
    [(7.0, 140.0, True), (9.0, 120.0, False), (8.0, 90.0, True)],
    ids=["small-grey-band", "larger-no-band", "narrow-band-wrapping"],
)
def test_right_aligned_labels_give_each_row_its_value(tmp_path, label_size, label_width, band):
    label_band(tmp_path / "ficha.pdf", label_size, label_width, band)
    for engine in ("pdfium", "pdfplumber"):
        (got,) = [
            f.model_dump(mode="json")
            for f in extract_document(tmp_path / "ficha.pdf", options=ReadOptions(engine)).fichas
        ]
        assert got["grupo_prioritario"] == "Mujeres haitianas", engine
        assert [o["texto"] for o in got["oficinas"]] == ["Oficina de Diversidad y No Discriminación", "DIDECO"], engine
        assert got["sostenibilidad"] == SUSTAINED, engine
        assert got["descripcion"] == DESCRIBED, engine
        assert got["municipalidad"]["comuna"] == "El Bosque", engine


def gantt_bar(path, size: float, gap: float, track: float, names: str) -> None:
    """A dates section whose months are initials (or 3-letter names) of `size` points over a pale track
    `track` points high, `gap` points under them, with a dark rounded bar over the active months."""
    sheet = Sheet(path)
    sheet.text(50, 50, "Escuela de Mujeres Catherine Flon", 18, BOLD)
    sheet.text(50, 80, "Municipalidad de El Bosque", 10, BOLD)
    top = sheet.text(50, 110, "Grupo prioritario", 12, BOLD) + 6
    top = sheet.text(50, top, "Mujeres haitianas.", 10) + 16
    top = sheet.text(50, top, "Fechas de implementación", 12, BOLD) + 10
    step = 28.0
    labels = (
        "EFMAMJJASOND"
        if names == "letter"
        else ["Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"]
    )
    for n, name in enumerate(labels):
        width = pdfmetrics.stringWidth(name, BOLD, size)
        sheet.text(50 + step * n + (step - width) / 2, top, name, size, BOLD)
    track_top = top + size + gap
    sheet.rect(50, track_top, 12 * step, track, stroke=False, fill="EEEEEE")
    first, last = min(ACTIVE) - 1, max(ACTIVE)
    sheet.rect(
        50 + step * first + 1,
        track_top + 1,
        step * (last - first) - 2,
        track - 2,
        stroke=False,
        fill="C0392B",
        radius=(track - 2) / 2,
    )
    top = sheet.text(50, track_top + track + 10, "Agosto a diciembre de 2023.", 10) + 16
    top = sheet.text(50, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(50, top, "La municipalidad abre una escuela de idioma para mujeres.", 10)
    sheet.save()


@pytest.mark.parametrize(
    ("size", "gap", "track", "names"),
    [(7.0, 6.5, 11.0, "letter"), (9.0, 9.0, 12.0, "letter"), (8.0, 8.5, 10.0, "short")],
    ids=["r05-like", "larger-initials", "short-names"],
)
def test_a_bar_over_a_track_under_small_initials_marks_its_months(tmp_path, size, gap, track, names):
    gantt_bar(tmp_path / "ficha.pdf", size, gap, track, names)
    for engine in ("pdfium", "pdfplumber"):
        (got,) = [
            f.model_dump(mode="json")
            for f in extract_document(tmp_path / "ficha.pdf", options=ReadOptions(engine)).fichas
        ]
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": "Agosto a diciembre de 2023."}, engine
        assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")], engine
