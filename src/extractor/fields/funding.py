"""The `forma_financiamiento` field: the section's text and the funders it names."""

from __future__ import annotations

from ..layout import Item
from ..normalize.catalogs import Catalogs, shipped
from ..normalize.entities import distinct
from ..normalize.funding import guess_funder_type, read_funders
from ..normalize.spans import unread_names
from .items import list_text, named_entity, note_unread, section_text
from .notes import Aviso, Notes
from .shapes import FinanciamientoEntry

CAMPO = "forma_financiamiento.fuentes"


def read_funding(items: list[Item], notes: Notes, catalogs: Catalogs | None = None) -> FinanciamientoEntry:
    """{"texto", "fuentes": [{"nombre", "sigla", "tipo"}]}; unknown funders kept as printed, with an aviso;
    a name or acronym of the text that no funder, channel or instrument took, an aviso `nombre_sin_leer`.
    Funders are matched in `catalogs.funders` (the shipped catalogs when None)."""
    text = section_text(items)
    printed = list_text(items)
    catalogs = catalogs or shipped()
    reading = read_funders(printed, catalogs.funders, catalogs.organisations)
    sources = [
        named_entity(piece, notes, CAMPO, Aviso.fuente_desconocida, guess_funder_type)
        for piece in distinct(reading.pieces)
    ]
    note_unread(notes, CAMPO, unread_names(printed, reading.accounted), "ninguna fuente")
    return {"texto": text, "fuentes": sources}
