"""Scans: a scanned form's category checklist short of some categories says so on `categorias` and
`categoria_otra` (fresh Word design 40005, scanned: LibreOffice printed the offices' line over the
"Emprendimiento" box and OCR read the "☑" of "Otra" as the letter "M"; both boxes went unread, their
words to another section's text, and the record named neither category with no aviso on the field).
A list read from a text layer keeps the older rule (only when its words went astray)."""

from __future__ import annotations

from extractor.fields.notes import Notes
from extractor.fields.record import _note_unread_categories
from extractor.layout import Checkbox, Line, Provenance, TextBlock
from extractor.segment.fichas import CategoryBox, FichaParts

STATES = {"sociolaboral": True, "acogida_atencion": False, "capacitaciones": True, "cooperativas": False}
STATES |= {"intermediacion_laboral": True, "nna": False}  # "Emprendimiento" and "Otra" unread


def _ficha(states: dict[str, bool]) -> FichaParts:
    boxes = [
        CategoryBox(Checkbox(checked, cid, "vector", Provenance(2, (50.0, 100.0 + 20 * n, 60.0, 110.0 + 20 * n))), cid)
        for n, (cid, checked) in enumerate(states.items())
    ]
    below = Provenance(2, (50.0, 400.0, 300.0, 412.0))  # the next section's text: the list is not cut off
    return FichaParts(
        None, head=[TextBlock([Line("Grupo prioritario", 10.0, prov=below)], prov=below)], categories=boxes
    )


def test_a_scanned_checklist_short_of_some_categories_is_in_doubt():
    notes = Notes()
    _note_unread_categories(_ficha(STATES), True, None, notes, scanned=True)
    by_field = {a["campo"]: a for a in notes.avisos}
    assert by_field["categorias"]["codigo"] == "lectura_dudosa"
    assert "'emprendimiento'" in by_field["categorias"]["mensaje"] and "'otra'" in by_field["categorias"]["mensaje"]
    assert by_field["categoria_otra"]["codigo"] == "lectura_dudosa"


def test_a_text_layer_s_list_or_a_list_of_checked_boxes_only_is_no_doubt():
    notes = Notes()
    _note_unread_categories(_ficha(STATES), True, None, notes, scanned=False)  # born digital, nothing astray
    assert notes.avisos == []
    notes = Notes()  # every box checked: a list of the chosen categories, no form's checklist
    _note_unread_categories(_ficha({"sociolaboral": True, "capacitaciones": True}), True, None, notes, scanned=True)
    assert notes.avisos == []
    notes = Notes()  # a whole checklist, scanned: nothing lost
    whole = {cid: cid == "nna" for cid in ("sociolaboral", "acogida_atencion", "emprendimiento", "capacitaciones")}
    whole |= {cid: False for cid in ("cooperativas", "intermediacion_laboral", "nna", "otra")}
    _note_unread_categories(_ficha(whole), True, None, notes, scanned=True)
    assert notes.avisos == []
