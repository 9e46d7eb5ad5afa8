"""A month display numbered "01" … "12" whose table was not read (trial 28 ed35, a Chromium grid read
whole as a ruled region): its numbers and marks reach the dates' text ("Mes Actividad 01 02 03 04 ●
05 ● …"). The marks among the numbers are a display's marks read as text: never silent, a doubt on
the months and on the text, whose words may hold the display's. Prose never sets numbers and marks so.
"""

from __future__ import annotations

import pytest

from extractor.fields.dates import read_dates
from extractor.fields.notes import Notes
from extractor.layout import Line, TextBlock

DISPLAY = "Mes Actividad 01 02 03 04 ● 05 ● 06 ● 07 ● 08 ● 09 ● 10 ● 11 ● 12"


@pytest.mark.parametrize(
    ("lines", "flagged"),
    [
        ([DISPLAY, "Abril a noviembre, con talleres quincenales."], True),
        (["Mes Actividad 01 02 03 04 05 ● 06 07 ● 08 09 ● 10 11 12", "Mayo, julio y septiembre."], True),
        (["Los talleres 01 y 02 se dan en abril.", "Sesión 10 de 12, en mayo."], False),  # numbers, no marks
    ],
)
def test_marks_among_month_numbers_in_the_text_are_flagged(lines, flagged):
    notes = Notes()
    read_dates([TextBlock([Line(line) for line in lines])], notes)
    fields = {a["campo"] for a in notes.avisos if a["codigo"] == "lectura_dudosa"}
    assert fields == ({"fechas_implementacion.meses", "fechas_implementacion.texto"} if flagged else set())
