"""The `oficinas` field: the offices a section lists, matched against the catalogs."""

from __future__ import annotations

from ..layout import Item
from ..normalize.catalog import offices
from ..normalize.entities import distinct, guess_office_type, split_entities
from .items import list_text
from .notes import Aviso, Notes


def read_offices(items: list[Item], notes: Notes) -> list[dict]:
    """[{"nombre", "sigla", "tipo", "texto"}]; a name no catalog holds is kept as printed, with an aviso."""
    out = []
    for piece in distinct(split_entities(list_text(items), offices())):
        if piece.entry is None:
            notes.add(
                "oficinas",
                Aviso.oficina_desconocida,
                f"«{piece.texto}» no está en el catálogo; se conserva como aparece",
            )
            out.append(
                {
                    "nombre": piece.nombre,
                    "sigla": piece.sigla,
                    "tipo": guess_office_type(piece.texto),
                    "texto": piece.texto,
                }
            )
        else:
            out.append(
                {
                    "nombre": piece.entry.nombre,
                    "sigla": piece.entry.sigla,
                    "tipo": piece.entry.tipo,
                    "texto": piece.texto,
                }
            )
    return out
