"""The fichas as tables: one flat row per ficha, and long tables (one row per ficha-office,
ficha-funder, ficha-Sello line) for pivot tables. Every format builds on these.

Column names follow the contract's keys: `cat_<categoria>`, `enero`..`diciembre` and
`sello_<linea>` are 0/1 flags in vocabulary order; lists are joined with `LIST_SEPARATOR`;
absent values are empty strings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .. import vocab
from ..model import Ficha

LIST_SEPARATOR = "; "
Value = str | int


def category_ids() -> list[str]:
    return [term.id for term in vocab.categories()]


def sello_ids() -> list[str]:
    return [term.id for term in vocab.sello_lines()]


def month_names() -> list[str]:
    """enero .. diciembre."""
    return list(vocab.month_forms()["full"])


def label(terms: tuple[vocab.Term, ...], term_id: str) -> str:
    """The canonical printed name of a vocabulary id (`nna` -> `NNA`)."""
    return next(term.names[0] for term in terms if term.id == term_id)


def entity_label(nombre: str, sigla: str | None) -> str:
    """`Oficina Municipal de Información Laboral (OMIL)`, or the name alone."""
    return f"{nombre} ({sigla})" if sigla else nombre


def comuna_region(ficha: Ficha) -> tuple[str, str]:
    municipalidad = ficha.municipalidad
    if municipalidad is None:
        return "", ""
    return municipalidad.comuna or "", municipalidad.region or ""


def joined(values: Iterable[object]) -> str:
    return LIST_SEPARATOR.join(str(value) for value in values)


def columns() -> list[str]:
    """The header of the flat table."""
    return [
        "id",
        "titulo",
        "comuna",
        "region",
        *(f"cat_{c}" for c in category_ids()),
        "categoria_otra",
        *month_names(),
        "oficinas",
        "financiadores",
        *(f"sello_{s}" for s in sello_ids()),
        "revision_estado",
        "avisos",
        "fuente_archivo",
        "fuente_paginas",
    ]


def flag_columns() -> set[str]:
    """The 0/1 columns of the flat table."""
    return {*(f"cat_{c}" for c in category_ids()), *month_names(), *(f"sello_{s}" for s in sello_ids())}


def flat_row(ficha: Ficha) -> dict[str, Value]:
    """One row of the flat table, keyed by `columns()`."""
    comuna, region = comuna_region(ficha)
    months = set(ficha.fechas_implementacion.meses)
    lines = {line.linea for line in ficha.lineas_sello}
    return {
        "id": ficha.id,
        "titulo": ficha.titulo or "",
        "comuna": comuna,
        "region": region,
        **{f"cat_{c}": int(c in ficha.categorias) for c in category_ids()},
        "categoria_otra": ficha.categoria_otra or "",
        **{name: int(number in months) for number, name in enumerate(month_names(), start=1)},
        "oficinas": joined(entity_label(o.nombre, o.sigla) for o in ficha.oficinas),
        "financiadores": joined(entity_label(s.nombre, s.sigla) for s in ficha.forma_financiamiento.fuentes),
        **{f"sello_{s}": int(s in lines) for s in sello_ids()},
        "revision_estado": ficha.revision.estado,
        "avisos": len(ficha.revision.avisos),
        "fuente_archivo": ficha.fuente.archivo,
        "fuente_paginas": joined(ficha.fuente.paginas or []),
    }


def flat_rows(fichas: list[Ficha]) -> list[list[Value]]:
    """The flat table's body, cells in `columns()` order."""
    header = columns()
    return [[row[name] for name in header] for row in map(flat_row, fichas)]


@dataclass(frozen=True)
class LongTable:
    """A table with one row per item of a ficha's list, led by the columns that name the ficha."""

    name: str
    item_columns: tuple[str, ...]
    items: Callable[[Ficha], list[tuple[Value, ...]]]

    @property
    def columns(self) -> list[str]:
        return ["id", "comuna", "titulo", "fuente_archivo", "orden", *self.item_columns]

    def rows(self, fichas: list[Ficha]) -> list[list[Value]]:
        return [
            [ficha.id, comuna_region(ficha)[0], ficha.titulo or "", ficha.fuente.archivo, order, *item]
            for ficha in fichas
            for order, item in enumerate(self.items(ficha), start=1)
        ]


LONG_TABLES = (
    LongTable(
        "oficinas",
        ("nombre", "sigla", "tipo", "texto"),
        lambda f: [(o.nombre, o.sigla or "", o.tipo, o.texto) for o in f.oficinas],
    ),
    LongTable(
        "financiadores",
        ("nombre", "sigla", "tipo"),
        lambda f: [(s.nombre, s.sigla or "", s.tipo) for s in f.forma_financiamiento.fuentes],
    ),
    LongTable(
        "lineas_sello",
        ("linea", "nombre", "justificacion"),
        lambda f: [(s.linea, label(vocab.sello_lines(), s.linea), s.justificacion) for s in f.lineas_sello],
    ),
)
