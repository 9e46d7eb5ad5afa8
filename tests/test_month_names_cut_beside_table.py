"""Names of a month table's columns cut by narrow cells and read apart from the table (issue 20; Word
seed 29133: LibreOffice breaks «Octu|bre», «Novi|embr|e» in a twelve-column table and prints a text
box over them; the table was read with nine columns and the pieces opened the dates text): a run of
two or more capitalised names in calendar order, one cut short, of months the table does not show,
is the table's, no text; the months' cells are unread (`fields.months.cut_names_beside`)."""

from __future__ import annotations

import pytest

from extractor.fields.months import cut_names_beside

NINE = set(range(1, 10))


def test_cut_names_of_the_missing_columns_are_the_tables():
    text = "Octu Novi bre embr e Inicia el año 2022. Se realizan dos programas al año."
    assert cut_names_beside(text, NINE) == (
        "Octu Novi bre embr e",
        "Inicia el año 2022. Se realizan dos programas al año.",
        [10, 11],
    )


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Octubre a noviembre de 2022.", NINE),  # prose writes months whole
        ("Octubre Noviembre Diciembre: cierre.", NINE),  # whole names: no cell cut them
        ("Octu Novi bre embr e Inicia el año 2022.", set(range(1, 13))),  # the table shows those months
        ("Se realiza en octu novi.", NINE),  # no capitals: no header
    ],
)
def test_prose_and_shown_months_stay_text(text, shown):
    assert cut_names_beside(text, shown) is None
