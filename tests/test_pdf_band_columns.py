"""A band set in CSS columns going on past its own page's column break (issue 20, browser seed 9627).

Page 1 ends with a full-width band cut by nothing (the funding band at the page's foot, its line
across both columns). Page 2 opens with a full-width band, then the description's band in two
columns: its heading and text fill the left column, its last paragraph stands in a band of its own
at the top of the right column, above the heading's top by more than an em (the heading's margin;
nothing is printed above it across its width: the band over the columns holds one short line),
then the innovation band. That last paragraph is the description going on past its page's column
break, not the page before's last band going on past the page's foot (it went to the funding text,
flagged only by chance).
"""

from __future__ import annotations

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

LINE = "la municipalidad abre una escuela de"
# a line across both columns
FUNDING = "Recursos propios de la municipalidad y aportes de la corporación municipal de desarrollo social de Arica."
LAST = ["A la fecha se han realizado cincuenta cursos", "de oficio en la sede vecinal del barrio."]
INNOVATION = ["Se destaca la escuela como un lugar de", "encuentro con pertinencia regional."]


def band(
    sheet: Sheet, x: float, top: float, width: float, heading: str | None, lines: list[str], pad: float = 6
) -> float:
    """A pale band from `top` holding a heading (when given, `pad` points under the band's top) over
    its lines; returns its bottom."""
    height = pad + (18 if heading else 0) + 13 * len(lines) + 6
    sheet.rect(x, top, width, height, stroke=False, fill="F1F3F8")
    row = top + pad
    if heading:
        row = sheet.text(x + 8, row, heading, 11, BOLD) + 8
    sheet.lines(x + 8, row, lines, 10, BODY)
    return top + height


def test_a_bands_last_paragraph_at_the_next_columns_head_is_its_own_sections(tmp_path):
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    sheet.text(40, 50, "Academia municipal abierta", 18, BOLD)
    sheet.text(40, 80, "MUNICIPALIDAD DE ARICA", 10, BOLD)
    band(sheet, 36, 105, 520, "Grupo prioritario", ["Mujeres migrantes jefas de hogar."])
    band(sheet, 36, 760, 520, "Forma de financiamiento", [FUNDING])
    sheet.next_page()
    bottom = band(sheet, 36, 40, 520, "Sostenibilidad en el tiempo", ["Sigue vigente cada año."])
    top = bottom + 10
    body = [LINE.capitalize()] + [LINE] * 44 + ["barrio."]
    band(sheet, 36, top, 250, "Breve descripción", body, pad=20)  # the heading's margin
    below = band(sheet, 306, top, 250, None, LAST)
    band(sheet, 306, below + 10, 250, "Elemento innovador", INNOVATION)
    sheet.save()
    (got,) = records(path)
    assert got["forma_financiamiento"]["texto"] == FUNDING
    assert got["descripcion"].endswith(" ".join(LAST))
    assert got["elemento_innovador"] == " ".join(INNOVATION)
