"""A municipality label at the foot of a leaflet's first panel is the ficha's, and the paragraph it
interrupts in reading order is one (issue 20; a new user's trial of 2026-12-07, ed06: a tri-fold
leaflet, the label beside a drawn logo at the foot of panel 1, the description running on from
panel 1 into panel 2). Reading order put the label between the two panels' text: the paragraph was
cut in two there (`paragraphs._over_a_foot_label` now joins it past the label) and the label, with
the reader's note on its place, stayed inside the description, the record without a comuna
(`fichas._label_in_a_page_band` now reads past reader notes, which are no printed text, and
`fichas._drop_notes_on` drops the notes on the label's place).
"""

from __future__ import annotations

import pytest

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

LANDSCAPE = (842.0, 595.0)
PANEL = LANDSCAPE[0] / 3
OPENING = [
    "La academia ofrece cursos de oficio a personas migrantes",
    "de la comuna, con certificación de competencias laborales",
    "y apoyo para la búsqueda de empleo. Se abren dos procesos",
]
# the sentence cut at the panel's foot goes on in lower case, or with a name (a capital: the reader
# cannot tell a line set across both panels from the panel's last one, and notes the label's place)
CUTS = {
    "lower": ("de postulación durante el", "año, con una duración de tres meses cada uno, en horario"),
    "capital": (
        "de postulación al año en conjunto con la Corporación Dolores",
        "Sopeña, con una duración de tres meses, en horario",
    ),
}
END = "vespertino para quienes trabajan durante el día."


def leaflet(path, label: str, rest_lines: int, cut: tuple[str, str]) -> None:
    """Panel 1: title, three sections, the description's first lines; the label at the panel's foot
    beside a filled circle. Panel 2: the description going on (`rest_lines` more lines of filler
    after it make the panel end lower), then the Líneas Sello."""
    sheet = Sheet(path, LANDSCAPE)
    x = 18.0
    top = sheet.text(x, 22, "Academia Municipal Abierta", 16, BOLD) + 14
    top = sheet.sections(
        top,
        [
            ("Grupo prioritario", "Personas migrantes y refugiadas."),
            ("Forma de financiamiento", "Recursos propios de la municipalidad."),
            ("Sostenibilidad en el tiempo", "Sigue vigente y se ejecuta cada año."),
        ],
        x=x,
    )
    top = sheet.text(x, top, "Breve descripción", 12, BOLD) + 6
    sheet.lines(x, top, [*OPENING, cut[0]], 8.6, BODY, leading=1.28)
    sheet.rect(x, 548, 20, 20, stroke=False, fill="00796b")
    sheet.text(x + 26, 552, label, 10, BOLD)
    x2 = PANEL + 18
    top = sheet.lines(x2, 20, [cut[1], END], 8.6, BODY, leading=1.28) + 8
    for n in range(rest_lines):
        top = sheet.text(x2, top, f"Se realizaron {n + 10} cursos en la sede vecinal del sector.", 8.6) + 3
    top = sheet.text(x2, top + 6, "Líneas Sello", 12, BOLD) + 6
    sheet.text(x2, top, "Fortalecimiento institucional, ya que la municipalidad capacita a su equipo.", 8.6)
    sheet.save()


@pytest.mark.parametrize("cut", sorted(CUTS))
@pytest.mark.parametrize("rest_lines", [0, 30])
def test_a_label_at_a_panels_foot_is_the_fichas_and_interrupts_no_paragraph(tmp_path, rest_lines, cut):
    leaflet(tmp_path / "leaflet.pdf", "Municipalidad de Puente Alto", rest_lines, CUTS[cut])
    (got,) = records(tmp_path / "leaflet.pdf")
    assert got["municipalidad"]["comuna"] == "Puente Alto", got["revision"]
    assert got["descripcion"].startswith(" ".join([*OPENING, *CUTS[cut], END])), got["descripcion"]
    assert "Municipalidad" not in got["descripcion"]
    assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("descripcion")], got["revision"]
