"""The `oficinas` field: the offices a section lists, matched against the catalogs."""

from __future__ import annotations

from ..layout import Item
from ..normalize.catalog import offices
from ..normalize.entities import distinct, guess_office_type, split_entities
from .items import list_text, named_entity
from .notes import Aviso, Notes


def read_offices(items: list[Item], notes: Notes) -> list[dict]:
    """[{"nombre", "sigla", "tipo", "texto"}]; a name no catalog holds is kept as printed, with an aviso."""
    return [
        named_entity(piece, notes, "oficinas", Aviso.oficina_desconocida, guess_office_type) | {"texto": piece.texto}
        for piece in distinct(split_entities(list_text(items), offices()))
    ]
