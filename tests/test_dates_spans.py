"""Months a ficha with no month table gives in words other than a range (trial 28): its first and last
month on labelled lines («Fecha de inicio: marzo de 2023. Fecha de término: junio de 2023.», ed34b:
read [3, 6] in `ok` records) are a range, as «de marzo a junio» (the contract: the months the text
states); a period's name instead of months («Segundo semestre de 2023», ed39: read [] in an `ok`
record) is a way the contract does not cover: its months are read with an aviso on the months."""

from __future__ import annotations

import pytest

from extractor.fields.months import period_months, text_months

from .docx_builders import paragraphs, write_ficha
from .records import records


@pytest.mark.parametrize(
    "text, months",
    [
        ("Fecha de inicio: marzo de 2023. Fecha de término: junio de 2023.", [3, 4, 5, 6]),
        ("Inicio: noviembre de 2022 / Término: febrero de 2023", [1, 2, 11, 12]),
        ("Fecha de comienzo: agosto. Fecha de finalización: octubre.", [8, 9, 10]),
        ("En marzo fue el lanzamiento y en junio la feria.", [3, 6]),  # two months mentioned: no span
    ],
)
def test_a_span_given_by_its_labelled_first_and_last_month_is_every_month_between(text, months):
    assert text_months(text) == months


def test_a_period_named_in_place_of_months_holds_its_months():
    assert period_months("Segundo semestre de 2023, con talleres.") == ("segundo semestre", [7, 8, 9, 10, 11, 12])
    assert period_months("Durante el 1er trimestre y el Trimestre 4.") == (
        "1er trimestre, trimestre 4",
        [1, 2, 3, 10, 11, 12],
    )
    assert period_months("Tercer semestre del programa.") is None  # a year has two
    assert period_months("De abril a noviembre.") is None


def test_a_word_fichas_start_and_end_lines_give_the_months_between(tmp_path):
    text = "Fecha de inicio: marzo de 2023. Fecha de término: junio de 2023."
    (record,) = records(write_ficha(tmp_path, parts={"fechas_implementacion": paragraphs(text)}))
    assert record["fechas_implementacion"] == {"meses": [3, 4, 5, 6], "texto": text}


def test_a_word_fichas_period_gives_its_months_with_an_aviso(tmp_path):
    text = "Segundo semestre de 2023, con talleres quincenales."
    (record,) = records(write_ficha(tmp_path, parts={"fechas_implementacion": paragraphs(text)}))
    assert record["fechas_implementacion"]["meses"] == [7, 8, 9, 10, 11, 12]
    assert any(
        a["campo"] == "fechas_implementacion.meses"
        and a["codigo"] == "lectura_dudosa"
        and "segundo semestre" in a["mensaje"]
        for a in record["revision"]["avisos"]
    )
    assert record["revision"]["estado"] == "revisar"
