"""The months set as a checklist (issue 20; a new user's trial 26, h06: "☑ Enero" … "☐ Diciembre",
a box and a month's name a line, in CSS columns under "Fechas de implementación").

Twelve boxes each labelled with one month's name, the twelve months once each, are the section's
month display (`dates.month_checklist`): the checked ones are the months, read as a month table's
marks are (checked against the text), and no box is quoted as text no field took.
"""

from __future__ import annotations

import pytest

from .docx_builders import MONTHS
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records, records_by_engine

TEXT = "Se realiza de manera continua durante el año, con talleres semanales en la sede vecinal del sector."


def checklist_ficha(path, active: list[int], columns: int, text: str = TEXT, short: bool = False) -> None:
    sheet = Sheet(path)
    sheet.text(45, 50, "Capacitación en oficios", 20, BOLD)
    sheet.text(45, 80, "Municipalidad de San Joaquín", 11, BODY)
    top = sheet.sections(
        110, [("Departamento/Oficinas municipales que participan", "OMIL"), ("Grupo prioritario", "Jóvenes migrantes.")]
    )
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 6
    rows = -(-12 // columns)
    for column in range(columns):
        names = [(n, name) for n, name in enumerate(MONTHS, start=1)][column * rows : (column + 1) * rows]
        sheet.ballot_list(
            45 + column * 440 // columns,
            top,
            [name[:3] if short else name for _, name in names],
            [i for i, (n, _) in enumerate(names) if n in active],
            14,
        )
    top = sheet.text(45, top + rows * 14 + 6, text, 10, BODY) + 16
    sheet.sections(
        top,
        [
            ("Forma de financiamiento", "Recursos propios municipales."),
            ("Breve descripción", "La OMIL capacita a jóvenes."),
        ],
    )
    sheet.save()


@pytest.mark.parametrize(
    ("active", "columns", "short"),
    [(list(range(1, 13)), 3, False), ([3, 4, 5, 9], 2, False), ([1, 2, 12], 4, True)],
    ids=["all-3-columns", "some-2-columns", "short-names-4-columns"],
)
def test_a_month_checklist_is_the_month_display(tmp_path, active, columns, short):
    checklist_ficha(tmp_path / "ficha.pdf", active, columns, short=short)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": active, "texto": TEXT}
        assert [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")] == []
        assert not [a for a in got["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"]


def test_a_month_checklist_against_its_text_is_flagged(tmp_path):
    checklist_ficha(
        tmp_path / "ficha.pdf",
        [3, 4],
        2,
        text="De marzo a junio de cada año, con talleres semanales en la sede vecinal del sector norte.",
    )
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["fechas_implementacion"]["meses"] == [3, 4]
    assert [a["codigo"] for a in got["revision"]["avisos"] if a["campo"] == "fechas_implementacion.meses"] == [
        "meses_inconsistentes"
    ]
