"""Avisos: what a human should look at, collected while fields are read."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Notes:
    avisos: list[dict] = field(default_factory=list)

    def add(self, campo: str, codigo: str, mensaje: str) -> None:
        aviso = {"campo": campo, "codigo": codigo, "mensaje": mensaje}
        if aviso not in self.avisos:
            self.avisos.append(aviso)
