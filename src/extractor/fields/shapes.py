"""The shapes the field families return: the contract's objects as typed dicts (`docs/ficha-schema.md`;
`model.py` validates the assembled record). Keys are the contract's."""

from __future__ import annotations

from typing import Any, TypedDict

Record = dict[str, Any]  # a whole record in the contract's key order, before validation


class AvisoEntry(TypedDict):
    campo: str
    codigo: str
    mensaje: str


class RevisionEntry(TypedDict):
    estado: str
    avisos: list[AvisoEntry]


class MunicipalidadEntry(TypedDict):
    comuna: str | None
    region: str | None
    texto: str


class EntityEntry(TypedDict, total=False):
    """An office (`oficinas[]`, with `texto`) or a funder (`forma_financiamiento.fuentes[]`)."""

    nombre: str
    sigla: str | None
    tipo: str
    texto: str


class FechasEntry(TypedDict):
    meses: list[int]
    texto: str | None


class FinanciamientoEntry(TypedDict):
    texto: str | None
    fuentes: list[EntityEntry]


class LineaEntry(TypedDict):
    linea: str
    justificacion: str
