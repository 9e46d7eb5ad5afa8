"""The `fechas_implementacion` field: the months of activity and the section's text."""

from __future__ import annotations

from ..layout import Item, Table, is_month_table
from .items import section_text
from .months import loose_marks, spanning_months, table_months, text_months, unread_display
from .notes import Aviso, Notes
from .shapes import FechasEntry


def read_dates(items: list[Item], notes: Notes) -> FechasEntry:
    """{"meses", "texto"}: the months a month table marks, else those the text states (a table whose
    row shows no division, `Table.undivided`, marks all its months with one mark when the text
    states them all: one cell spanning the row, whose sides a scan does not show); an aviso
    `meses_inconsistentes` when both exist and disagree, `meses_sin_marcar` when the table marks none
    while the text names months, `lectura_dudosa` when the text holds a month display's names that no
    reader took as a table (`months.unread_display`: its marks are unread), or its marks alone, set
    one after another as words (`months.loose_marks`: its names unread)."""
    tables = [i for i in items if is_month_table(i)]
    text = section_text([i for i in items if not isinstance(i, Table)])
    stated = text_months(text)
    if not tables:
        display = unread_display(text)
        if display is not None:  # a month display's names read as text: its marks were not read
            names, prose = display
            stated = text_months(prose)
            notes.add(
                "fechas_implementacion.meses",
                Aviso.lectura_dudosa,
                f"los nombres de meses «{names}» están impresos como una tabla o grilla de meses que no se "
                f"leyó: sus marcas no se leyeron; los meses vienen solo del texto ({stated})",
            )
        elif (marks := loose_marks(text)) is not None:  # a display's marks read as text, its names unread
            notes.add(
                "fechas_implementacion.meses",
                Aviso.lectura_dudosa,
                f"el texto lleva marcas sueltas «{marks}»: pueden ser las marcas de una tabla de meses cuyos "
                f"nombres no se leyeron; los meses vienen solo del texto ({stated})",
            )
        return {"meses": stated, "texto": text}
    marked = sorted(set().union(*(table_months(t) for t in tables)))
    spanning = sorted(set().union(*(spanning_months(t) for t in tables)))
    if stated and stated != marked and stated == spanning:
        marked = spanning  # an undivided row's one mark: the cell spanning the row, as the text says
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
