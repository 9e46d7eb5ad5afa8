"""Avisos: what a human should look at, collected while fields are read.

`Notes` is the one place that sets a record's `revision`: `estado` is
"revisar" exactly when there is an aviso.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..avisos import Aviso
from .shapes import AvisoEntry, RevisionEntry

__all__ = ["Aviso", "Notes"]  # Aviso lives in extractor.avisos (readers use it too)


@dataclass
class Notes:
    avisos: list[AvisoEntry] = field(default_factory=list)

    def add(self, campo: str, codigo: Aviso, mensaje: str) -> None:
        aviso = AvisoEntry(campo=campo, codigo=codigo.value, mensaje=mensaje)
        if aviso not in self.avisos:
            self.avisos.append(aviso)

    def discard(self, campo: str, codigo: Aviso, mensaje: str) -> None:
        """Take back an aviso added before what settles it was read (none when it was not added)."""
        aviso = AvisoEntry(campo=campo, codigo=codigo.value, mensaje=mensaje)
        if aviso in self.avisos:
            self.avisos.remove(aviso)

    def said(self) -> set[tuple[str, str]]:
        """(campo, codigo) of each aviso so far."""
        return {(a["campo"], a["codigo"]) for a in self.avisos}

    def revision(self) -> RevisionEntry:
        """The record's `revision`: {"estado": "ok" | "revisar", "avisos": [...]}."""
        return {"estado": "revisar" if self.avisos else "ok", "avisos": self.avisos}
