"""The output contract (docs/ficha-schema.md, schema_version 1) as pydantic models.

Field order is the spec's order, and it is the order of keys in the JSON.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any, Final, Literal, cast

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .vocab import Term, categories, sello_lines

SCHEMA_VERSION: Final = 1


def _vocabulary_enum(name: str, terms: tuple[Term, ...]) -> type[Enum]:
    """A str enum whose members are the ids of a vocabulary of `data/vocab.toml`, in its order."""
    return cast("type[Enum]", Enum(name, {term.id: term.id for term in terms}, type=str, module=__name__))


# The category and Sello line ids: one source, data/vocab.toml.
if TYPE_CHECKING:  # members known only at run time: to the type checker, str enums

    class Categoria(str, Enum): ...

    class LineaSello(str, Enum): ...

else:
    Categoria = _vocabulary_enum("Categoria", categories())
    LineaSello = _vocabulary_enum("LineaSello", sello_lines())


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)


NonEmpty = Annotated[str, Field(min_length=1)]


class Municipalidad(_Strict):
    comuna: str | None
    region: str | None
    texto: NonEmpty


class Oficina(_Strict):
    nombre: NonEmpty
    sigla: str | None
    tipo: Literal["municipal", "externo"]
    texto: NonEmpty


class Fechas(_Strict):
    meses: list[Annotated[int, Field(ge=1, le=12)]]
    texto: str | None

    @field_validator("meses")
    @classmethod
    def _sorted_unique(cls, meses: list[int]) -> list[int]:
        if meses != sorted(set(meses)):
            raise ValueError("meses must be sorted and without repeats")
        return meses


class Financiador(_Strict):
    """A funder of `forma_financiamiento.fuentes` (not the record's `fuente`, its source document: `Origen`)."""

    nombre: NonEmpty
    sigla: str | None
    tipo: Literal["municipal", "estatal", "internacional", "privado", "otro"]


class Financiamiento(_Strict):
    texto: str | None
    fuentes: list[Financiador]


class Linea(_Strict):
    linea: LineaSello
    justificacion: str


class Origen(_Strict):
    archivo: NonEmpty
    formato: Literal["pdf", "docx"]
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    paginas: list[Annotated[int, Field(ge=1)]] | None


class AvisoRevision(_Strict):
    """One entry of `revision.avisos` (its `codigo` one of `avisos.Aviso`)."""

    campo: str
    codigo: NonEmpty
    mensaje: NonEmpty


class Revision(_Strict):
    estado: Literal["ok", "revisar"]
    avisos: list[AvisoRevision]

    @model_validator(mode="after")
    def _estado_follows_avisos(self) -> Revision:
        if (self.estado == "revisar") != bool(self.avisos):
            raise ValueError("estado is 'revisar' exactly when avisos are present")
        return self


class Ficha(_Strict):
    schema_version: Literal[1] = SCHEMA_VERSION
    id: Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*--[a-z0-9]+(-[a-z0-9]+)*$")]
    titulo: str | None
    municipalidad: Municipalidad | None
    oficinas: list[Oficina]
    grupo_prioritario: str | None
    categorias: list[Categoria]
    categoria_otra: str | None
    fechas_implementacion: Fechas
    forma_financiamiento: Financiamiento
    sostenibilidad: str | None
    descripcion: str | None
    elemento_innovador: str | None
    lineas_sello: list[Linea]
    fuente: Origen
    revision: Revision

    @field_validator("categorias")
    @classmethod
    def _vocabulary_order(cls, values: list[Any]) -> list[Any]:
        order = [c.value for c in Categoria]
        keys = [v.value if isinstance(v, Enum) else v for v in values]
        if keys != sorted(set(keys), key=order.index):
            raise ValueError("categorias must follow the vocabulary order, without repeats")
        return values

    @model_validator(mode="after")
    def _otra_text_needs_otra(self) -> Ficha:
        if self.categoria_otra is not None and "otra" not in self.categorias:
            raise ValueError("categoria_otra is set but 'otra' is not checked")
        return self


def json_schema() -> dict[str, Any]:
    return Ficha.model_json_schema()
