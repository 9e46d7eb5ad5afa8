"""A checkbox no field took names the category list in an aviso too, whatever section it was read in: a
box is the category list's (the template's one list of boxes), or a cell of the section's own display
(a month table's: the section where it was read keeps its aviso, Word seed 9197). A side panel's heading read into the
first box's label ("[x] CATEGORÍA Sociolaboral", a heading set at the body's size and weight) left
the box unread with an aviso on the Sello lines or on no field, and `categorias` short of its
category with no aviso of its own (browser seeds 7220, 7345)."""

from __future__ import annotations

from extractor.fields.items import note_strays
from extractor.fields.notes import Notes
from extractor.layout import Checkbox, Line, Provenance, TextBlock


def test_a_stray_checkbox_is_said_on_the_category_list():
    notes = Notes()
    note_strays(
        notes, "lineas_sello", [Checkbox(True, "CATEGORÍA Sociolaboral", "fill"), TextBlock([Line("Otro texto")])]
    )
    assert [(a["campo"], a["mensaje"]) for a in notes.avisos] == [
        ("lineas_sello", "[x] CATEGORÍA Sociolaboral"),
        ("categorias", "[x] CATEGORÍA Sociolaboral"),
        ("lineas_sello", "Otro texto"),
    ]


def test_a_stray_checkbox_outside_every_section_is_said_on_the_category_list():
    notes = Notes()
    note_strays(notes, "", [Checkbox(False, "Sociolaboral", "empty")])
    assert [a["campo"] for a in notes.avisos] == ["", "categorias"]


def test_a_stray_box_labelled_with_months_is_said_once_where_it_was_read():
    """A box whose label is months' names ("☐ Ene", a Word paragraph "□ Ene ■ Feb ■ Mar") is a month
    display's mark: its aviso stays on the dates, not repeated on the category list (a new user's
    trial of 2026-12-07: every month's box said twice)."""
    notes = Notes()
    note_strays(
        notes,
        "fechas_implementacion",
        [Checkbox(False, "Ene", "glyph"), Checkbox(False, "Ene ■ Feb ■ Mar", "glyph"), Checkbox(True, "NNA", "glyph")],
    )
    assert [(a["campo"], a["mensaje"]) for a in notes.avisos] == [
        ("fechas_implementacion", "[ ] Ene"),
        ("fechas_implementacion", "[ ] Ene ■ Feb ■ Mar"),
        ("fechas_implementacion", "[x] NNA"),
        ("categorias", "[x] NNA"),
    ]


def test_a_stray_box_with_no_label_is_said_in_words_with_its_page():
    """A box printed with no text naming it is said as a box, with its page, never as "[x]" or "[ ]"
    alone: the tool's own rendering quoted as if printed (a new user's trial of 2026-12-07, h08 and
    r07: avisos «[ ]» and «[x]» that told the reviewer nothing of which box it was)."""
    notes = Notes()
    note_strays(
        notes,
        "fechas_implementacion",
        [Checkbox(True, None, "fill", Provenance(2, (50, 60, 60, 70))), Checkbox(False, " ", "empty")],
    )
    assert [(a["campo"], a["mensaje"]) for a in notes.avisos] == [
        ("fechas_implementacion", "una casilla marcada, sin texto que la nombre (página 2)"),
        ("categorias", "una casilla marcada, sin texto que la nombre (página 2)"),
        ("fechas_implementacion", "una casilla sin marcar, sin texto que la nombre"),
        ("categorias", "una casilla sin marcar, sin texto que la nombre"),
    ]
    assert not [a for a in notes.avisos if "[" in a["mensaje"]]
