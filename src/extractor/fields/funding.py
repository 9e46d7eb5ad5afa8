"""The `forma_financiamiento` field: the section's text and the funders it names."""

from __future__ import annotations

from ..layout import Item
from ..normalize.catalog import funders
from ..normalize.entities import distinct
from ..normalize.funding import funder_pieces, guess_funder_type
from .items import list_text, named_entity, section_text
from .notes import Aviso, Notes


def read_funding(items: list[Item], notes: Notes) -> dict:
    """{"texto", "fuentes": [{"nombre", "sigla", "tipo"}]}; unknown funders kept as printed, with an aviso."""
    text = section_text(items)
    sources = [
        named_entity(piece, notes, "forma_financiamiento.fuentes", Aviso.fuente_desconocida, guess_funder_type)
        for piece in distinct(funder_pieces(list_text(items), funders()))
    ]
    return {"texto": text, "fuentes": sources}
