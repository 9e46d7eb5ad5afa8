"""Headings in any dress (issue 20, part 5): numbered ("1.", "I.", "1)", "01"), in a pill or a
band, over a rule, in small capitals: each is the template heading its words name."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
    ("Fechas de implementación", "De abril a noviembre de 2022."),
    ("Forma de financiamiento", "Recursos propios municipales."),
    ("Sostenibilidad en el tiempo", "Se repite cada año con la comunidad."),
    ("Breve descripción", "La municipalidad abre una escuela de oficios."),
    ("Elemento innovador", "Se trabaja con las vecinas del barrio."),
    ("Líneas Sello", "Se destaca el trabajo en las líneas de acción de Sello: Vinculación comunitaria."),
]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
NUMBERS = {
    "arabic": lambda n: f"{n}. ",
    "roman": lambda n: f"{ROMAN[n - 1]}. ",
    "paren": lambda n: f"{n}) ",
    "padded": lambda n: f"{n:02d} ",
    "none": lambda n: "",
}


def small_caps(sheet: Sheet, x: float, top: float, text: str, size: float) -> None:
    """Each word's first letter at `size`, the rest capitals at 0.78 of it, on one baseline."""
    small = 0.78 * size
    for word in text.split():
        sheet.text(x, top, word[0].upper(), size, BOLD)
        x += stringWidth(word[0].upper(), BOLD, size)
        rest = word[1:].upper()
        sheet.text(x, top + (size - small) * 0.8, rest, small, BOLD)
        x += stringWidth(rest, BOLD, small) + stringWidth(" ", BOLD, size)


def heading(sheet: Sheet, top: float, text: str, dress: str) -> float:
    """One heading at x 45 in `dress`; returns its bottom."""
    w = stringWidth(text, BOLD, 11)
    if dress == "pill":
        sheet.rect(38, top - 4, w + 14, 19, stroke=False, fill="2E7D6B", radius=9)
    elif dress == "band":
        sheet.rect(0, top - 5, sheet.width, 21, stroke=False, fill="DDE8F5")
    elif dress == "rule":
        sheet.line(45, top + 15, 550, top + 15)
    if dress == "small-caps":
        small_caps(sheet, 45, top, text, 12)
        return top + 16
    return sheet.text(45, top, text, 11, BOLD) + (6 if dress == "rule" else 4)


def ficha(path, numbers: str, dress: str) -> None:
    sheet = Sheet(path)
    sheet.text(45, 50, "Escuela de oficios para mujeres migrantes", 20, BOLD)
    sheet.text(45, 85, "MUNICIPALIDAD PUENTE ALTO", 10, BOLD)
    top = 120.0
    for n, (title, text) in enumerate(SECTIONS, start=1):
        top = heading(sheet, top, NUMBERS[numbers](n) + title, dress) + 6
        top = sheet.text(45, top, text, 10, BODY) + 18
    sheet.save()


@pytest.mark.parametrize("dress", ["bold", "pill", "band", "rule", "small-caps"])
@pytest.mark.parametrize("numbers", ["arabic", "roman", "paren", "padded", "none"])
def test_numbered_and_dressed_headings_are_the_templates(tmp_path, numbers, dress):
    ficha(tmp_path / "ficha.pdf", numbers, dress)
    (got,) = records(tmp_path / "ficha.pdf")
    assert [o["nombre"] for o in got["oficinas"]] == ["Oficina de Migración"]
    assert got["grupo_prioritario"] == "Mujeres migrantes jefas de hogar."
    assert got["fechas_implementacion"]["meses"] == list(range(4, 12))
    assert got["forma_financiamiento"]["texto"] == "Recursos propios municipales."
    assert got["sostenibilidad"] == "Se repite cada año con la comunidad."
    assert got["descripcion"] == "La municipalidad abre una escuela de oficios."
    assert got["elemento_innovador"] == "Se trabaja con las vecinas del barrio."
    assert [line["linea"] for line in got["lineas_sello"]] == ["vinculacion_comunitaria"]
    codes = {(a["campo"], a["codigo"]) for a in got["revision"]["avisos"]}
    assert codes <= {("categorias", "seccion_faltante")}
