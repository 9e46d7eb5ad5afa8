"""A section's heading that no field took (read as a box's label, or left over) flags the section it
names: its text may have been read into another field or lost (browser harness seed 23330: "IV.
FECHAS DE IMPLEMENTACIÓN" beside a filled square was read as a checked box's label, the dates' text
went into the priority group, and `fechas_implementacion.texto` was null with no aviso on it)."""

from __future__ import annotations

import pytest

from extractor.fields.notes import Aviso, Notes
from extractor.fields.record import _note_headings_astray


@pytest.mark.parametrize(
    ("unplaced", "field"),
    [
        ("[x] IV. FECHAS DE IMPLEMENTACIÓN", "fechas_implementacion"),
        ("[ ] Forma de financiamiento", "forma_financiamiento"),
        ("3) Sostenibilidad en el tiempo", "sostenibilidad"),
    ],
)
def test_a_heading_no_field_took_flags_the_section_it_names(unplaced, field):
    notes = Notes()
    notes.add("grupo_prioritario", Aviso.texto_sin_ubicar, unplaced)
    _note_headings_astray(notes)
    flagged = [a for a in notes.avisos if a["campo"] == field]
    assert [a["codigo"] for a in flagged] == ["lectura_dudosa"]
    assert unplaced in flagged[0]["mensaje"]


@pytest.mark.parametrize("unplaced", ["[x] Otra: Regularización", "Mujeres haitianas", "Cada sábado del mes"])
def test_other_texts_no_field_took_flag_no_section(unplaced):
    notes = Notes()
    notes.add("grupo_prioritario", Aviso.texto_sin_ubicar, unplaced)
    _note_headings_astray(notes)
    assert [a["codigo"] for a in notes.avisos] == ["texto_sin_ubicar"]


def test_a_heading_glued_to_the_text_after_it_flags_the_section_it_names():
    """A numbered heading read with the column beside it, one unplaced text (trial 28 ed20-years, the
    LibreOffice PDF: "4. Fechas de implementación" glued to the right column of the category list)."""
    notes = Notes()
    notes.add("categorias", Aviso.texto_sin_ubicar, "4. Fechas de implementación Cooperativas NNA Otra: Regularización")
    _note_headings_astray(notes)
    assert [a["codigo"] for a in notes.avisos if a["campo"] == "fechas_implementacion"] == ["lectura_dudosa"]
