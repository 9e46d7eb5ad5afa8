"""A Word ficha whose municipality label opens its page, above its title with a second head line
between ("I. MUNICIPALIDAD DE ARICA" / "Fichas de Buenas Prácticas 2024 Folio N° 215" / title):
trial 27, ed07. The label stands after a page break (a break in a run, a paragraph set to start a
page, a section starting on a new page) and before the title: it is the ficha's below, never the
end of the ficha before. Without a break the label is no head of either: it stays quoted in the
ficha before, and the ficha below says it has no municipality.
"""

from __future__ import annotations

import pytest
from docx.enum.section import WD_SECTION

from .docx_builders import DocBuilder, write_ficha
from .records import records

LABEL = "I. MUNICIPALIDAD DE ARICA"
FOLIO = "Fichas de Buenas Prácticas 2024 Folio N° 215"


def _two_fichas(tmp_path, brk: str) -> list[dict]:
    b = DocBuilder()
    write_ficha(tmp_path, title="Escuela de oficios para mujeres migrantes", builder=b)
    if brk == "run":
        b.doc.add_page_break()
    elif brk == "section":
        b.doc.add_section(WD_SECTION.NEW_PAGE)
    label = b.paragraph(LABEL)
    if brk == "before":
        label.paragraph_format.page_break_before = True
    b.paragraph(FOLIO)
    write_ficha(tmp_path, title="Huertos", municipality=None, builder=b)
    return records(tmp_path / "ficha.docx")


@pytest.mark.parametrize("brk", ["run", "before", "section"])
def test_a_label_opening_the_page_is_the_ficha_below_its(tmp_path, brk):
    first, second = _two_fichas(tmp_path, brk)
    assert second["titulo"] == "Huertos"
    assert second["municipalidad"]["comuna"] == "Arica"
    assert not [a for a in second["revision"]["avisos"] if a["campo"] == "municipalidad"]
    assert first["municipalidad"]["comuna"] == "Puente Alto"
    assert not [a for a in first["revision"]["avisos"] if LABEL in a["mensaje"]]
    # the folio line is the second ficha's head: the publication's name and the copy's number, page
    # furniture like a running header (`template.restates_the_ficha`), in no field and not quoted
    assert not [a for a in second["revision"]["avisos"] if FOLIO in a["mensaje"]]
    assert FOLIO not in str({key: value for key, value in second.items() if key != "fuente"})


def test_without_a_page_break_the_label_is_left_to_no_ficha(tmp_path):
    first, second = _two_fichas(tmp_path, "none")
    assert second["municipalidad"] is None
    assert [a["codigo"] for a in second["revision"]["avisos"] if a["campo"] == "municipalidad"] == ["seccion_faltante"]
    assert [a for a in first["revision"]["avisos"] if LABEL in a["mensaje"]]
