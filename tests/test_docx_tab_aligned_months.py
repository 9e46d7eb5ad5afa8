"""A clerk's month row in Word (trial 27 ed28): a paragraph of months' names set at tab stops over a
paragraph of «X» set at the same stops («Ene⇥Feb⇥Mar …» over «X⇥X⇥⇥⇥⇥⇥X»). When the tabs' positions
make it clear (same stops and indents, every name short enough for its interval) the k-th field of each
line stands at the k-th stop: the marks are read under their names (`docx.months.tab_aligned_months`).
Full names past their stop make the columns unclear: not read, flagged as today.
"""

from __future__ import annotations

import pytest
from docx.shared import Twips

from .docx_builders import MONTHS, MONTHS_SHORT, DocBuilder, write_ficha
from .records import records

ACTIVE = [1, 2, 7]
TEXT = "Durante las vacaciones escolares de verano e invierno."


def tabbed_rows(names: list[str], stops: int | None):
    """The dates as a line of `names` and a line of X under the ACTIVE months, tab-separated, both at
    tab stops every `stops` twips (None: Word's default stops); then TEXT."""

    def part(b: DocBuilder) -> None:
        for line in ("\t".join(names), "\t".join("X" if n in ACTIVE else "" for n in range(1, 13))):
            p = b.paragraph(line)
            if stops is not None:
                for k in range(1, 13):
                    p.paragraph_format.tab_stops.add_tab_stop(Twips(k * stops))
        b.paragraph(TEXT)

    return part


@pytest.mark.parametrize("stops", [737, None], ids=["own-stops", "default-stops"])
def test_tab_aligned_month_row_reads_its_marks(tmp_path, stops):
    (got,) = records(write_ficha(tmp_path, parts={"fechas_implementacion": tabbed_rows(MONTHS_SHORT, stops)}))
    assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
    assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")]


def test_full_names_past_their_stops_are_not_read(tmp_path):
    (got,) = records(write_ficha(tmp_path, parts={"fechas_implementacion": tabbed_rows(MONTHS, None)}))
    assert got["fechas_implementacion"]["meses"] == []
    assert ("fechas_implementacion.meses", "lectura_dudosa") in {
        (a["campo"], a["codigo"]) for a in got["revision"]["avisos"]
    }
