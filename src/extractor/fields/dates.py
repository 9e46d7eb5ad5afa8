"""The `fechas_implementacion` field: the months of activity and the section's text."""

from __future__ import annotations

from ..layout import Item, Table, is_month_table
from .items import section_text
from .months import table_months, text_months
from .notes import Aviso, Notes
from .shapes import FechasEntry


def read_dates(items: list[Item], notes: Notes) -> FechasEntry:
    """{"meses", "texto"}: the months a month table marks, else those the text states; an aviso
    `meses_inconsistentes` when both exist and disagree, `meses_sin_marcar` when the table marks none
    while the text names months."""
    tables = [i for i in items if is_month_table(i)]
    text = section_text([i for i in items if not isinstance(i, Table)])
    stated = text_months(text)
    if not tables:
        return {"meses": stated, "texto": text}
    marked = sorted(set().union(*(table_months(t) for t in tables)))
    if stated and not marked:
        notes.add(
            "fechas_implementacion.meses",
            Aviso.meses_sin_marcar,
            f"la tabla de meses no marca ningún mes pero el texto indica {stated}",
        )
    elif stated and stated != marked:
        notes.add(
            "fechas_implementacion.meses",
            Aviso.meses_inconsistentes,
            f"la tabla marca los meses {marked} pero el texto indica {stated}",
        )
    return {"meses": marked, "texto": text}
