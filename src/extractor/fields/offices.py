"""The `oficinas` field: the offices a section lists, matched against the catalogs."""

from __future__ import annotations

from ..layout import Item
from ..normalize.catalogs import Catalogs, shipped
from ..normalize.entities import distinct, guess_office_type, split_entities
from ..normalize.spans import unread_names
from ..text import ending
from .items import ends_on_a_function_word, list_text, named_entity, note_unread
from .notes import Aviso, Notes
from .shapes import EntityEntry


def read_offices(items: list[Item], notes: Notes, catalogs: Catalogs | None = None) -> list[EntityEntry]:
    """[{"nombre", "sigla", "tipo", "texto"}]; a name no catalog holds is kept as printed, with an aviso;
    a name or acronym of the list that no entry took, an aviso `nombre_sin_leer`. Names are matched
    in `catalogs.offices` (the shipped catalogs when None)."""
    printed = list_text(items)
    if ends_on_a_function_word(printed):  # "… (SECPLAC) y": a name's words read apart, out of order
        notes.add("oficinas", Aviso.lectura_dudosa, f"la lista termina a mitad de frase («{ending(printed, 40)}»)")
    pieces = split_entities(printed, (catalogs or shipped()).offices)
    note_unread(notes, "oficinas", unread_names(printed, [p.texto for p in pieces]), "ninguna oficina")
    return [
        named_entity(piece, notes, "oficinas", Aviso.oficina_desconocida, guess_office_type) | {"texto": piece.texto}
        for piece in distinct(pieces)
    ]
