"""Months' names standing alone, each a list item under its bullet, over the section's sentence
naming the same months (a new user's trial 27, ed12: a web page printed by LibreOffice, "• Marzo
• Abril • Mayo • Junio" over "De marzo a junio de cada año"; a record right in every field was
`revisar`: the names were taken for the read names of a grid whose other names were too light).
A grid's names carry no bullets; a bulleted list naming the months the text states says what the
text says, and no aviso is owed (`dates._listed_as_stated`). Unbulleted, or naming other months than
the text, they stay in doubt as before.
"""

from __future__ import annotations

import pytest

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

DATES = "De marzo a junio de cada año, con sesiones semanales."


def month_list_ficha(path, names: list[str], bullet: str) -> None:
    """`names` one per line, each after `bullet` (none when ""), over DATES."""
    sheet = Sheet(path)
    sheet.text(45, 50, "Academia Municipal Abierta", 20, BOLD)
    sheet.text(45, 80, "Municipalidad de Arica", 11, BODY)
    top = sheet.sections(
        110,
        [
            ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
            ("Grupo prioritario", "Personas migrantes y refugiadas."),
        ],
    )
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 6
    for name in names:
        top = sheet.text(80, top, f"{bullet} {name}".strip(), 10, BODY) + 4
    top = sheet.text(45, top + 10, DATES, 10, BODY) + 16
    sheet.sections(top, [("Forma de financiamiento", "Recursos propios municipales.")])
    sheet.save()


def doubts(record: dict) -> list[str]:
    return [a["mensaje"] for a in record["revision"]["avisos"] if a["campo"].startswith("fechas_implementacion")]


@pytest.mark.parametrize("bullet", ["•", "–"])
def test_a_bulleted_list_of_the_months_the_text_states_is_no_doubt(tmp_path, bullet):
    month_list_ficha(tmp_path / "ficha.pdf", ["Marzo", "Abril", "Mayo", "Junio"], bullet)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["fechas_implementacion"] == {"meses": [3, 4, 5, 6], "texto": DATES}
    assert doubts(got) == []


@pytest.mark.parametrize(
    "names, bullet",
    [(["Marzo", "Abril", "Mayo", "Junio"], ""), (["Marzo", "Mayo"], "•")],
    ids=["no-bullets", "other-months"],
)
def test_lone_names_a_bulleted_list_of_the_text_does_not_explain_stay_in_doubt(tmp_path, names, bullet):
    month_list_ficha(tmp_path / "ficha.pdf", names, bullet)
    (got,) = records(tmp_path / "ficha.pdf")
    assert any("nombres de meses solos en su línea" in m for m in doubts(got)), got["revision"]
