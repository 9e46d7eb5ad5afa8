"""Avisos: what a human should look at, collected while fields are read.

`Notes` is the one place that sets a record's `revision`: `estado` is
"revisar" exactly when there is an aviso.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Aviso(str, Enum):
    """The aviso codes (`revision.avisos[].codigo`)."""

    seccion_faltante = "seccion_faltante"  # a section of the template is missing
    seccion_duplicada = "seccion_duplicada"  # a heading printed more than once
    texto_sin_ubicar = "texto_sin_ubicar"  # text that belongs to no field
    comuna_desconocida = "comuna_desconocida"  # a municipality label naming no comuna of the catalog
    oficina_desconocida = "oficina_desconocida"  # an office not in the catalogs, kept as printed
    fuente_desconocida = "fuente_desconocida"  # a funder not in the catalogs, kept as printed
    meses_inconsistentes = "meses_inconsistentes"  # the month table and the text disagree
    id_duplicado = "id_duplicado"  # a ficha whose id an earlier ficha of the document has
    texto_oculto = "texto_oculto"  # hidden text (Word's w:vanish) met where content stands: quoted, never a field
    lectura_dudosa = "lectura_dudosa"  # something a reader could not interpret (an unreadable mark or cell)
    encabezado_desconocido = "encabezado_desconocido"  # a heading set like the template's that names none of them


@dataclass
class Notes:
    avisos: list[dict] = field(default_factory=list)

    def add(self, campo: str, codigo: Aviso, mensaje: str) -> None:
        aviso = {"campo": campo, "codigo": codigo.value, "mensaje": mensaje}
        if aviso not in self.avisos:
            self.avisos.append(aviso)

    def revision(self) -> dict:
        """The record's `revision`: {"estado": "ok" | "revisar", "avisos": [...]}."""
        return {"estado": "revisar" if self.avisos else "ok", "avisos": self.avisos}
