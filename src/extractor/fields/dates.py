"""The `fechas_implementacion` field: the months of activity and the section's text."""

from __future__ import annotations

from ..layout import Item, Table, TextBlock, is_month_table
from ..segment.fichas import block_text
from ..vocab import month_number
from .items import section_text
from .months import DISPLAY_RUN, loose_marks, spanning_months, table_months, text_months, unread_display
from .notes import Aviso, Notes
from .shapes import FechasEntry


def read_dates(items: list[Item], notes: Notes) -> FechasEntry:
    """{"meses", "texto"}: the months a month table marks, else those the text states (a table whose
    row shows no division, `Table.undivided`, marks all its months with one mark when the text
    states them all: one cell spanning the row, whose sides a scan does not show); an aviso
    `meses_inconsistentes` when both exist and disagree, `meses_sin_marcar` when the table marks none
    while the text names months, `lectura_dudosa` when the text holds a month display's names that no
    reader took as a table (`months.unread_display`: its marks are unread), or its marks alone, set
    one after another as words (`months.loose_marks`: its names unread); months' names standing
    alone as a block beside the section's text is left out of the text with a `lectura_dudosa`
    (`lone_month_names`)."""
    tables = [i for i in items if is_month_table(i)]
    lone = lone_month_names(items)
    text = section_text([i for i in items if not isinstance(i, Table) and i not in lone])
    if lone:
        names = ", ".join(f"«{block_text(b)}»" for b in lone)
        notes.add(
            "fechas_implementacion.texto",
            Aviso.lectura_dudosa,
            f"{names}: nombres de meses solos en su línea, aparte del texto; se toman por los nombres de una "
            "grilla de meses cuyos otros nombres no se leyeron (impresos en un color claro) y quedan fuera del texto",
        )
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
    beyond = _beyond_the_table(tables, marked, stated)
    if beyond:
        shown = sorted(set().union(*(t.months for t in tables)))
        notes.add(
            "fechas_implementacion.meses",
            Aviso.lectura_dudosa,
            f"la tabla de meses solo muestra los meses {shown} (sus otras columnas no se imprimieron) y "
            f"{f'marca {marked}' if marked else 'no marca ninguno'}, como el texto; los meses {beyond}, fuera de "
            "la tabla, vienen del texto",
        )
        return {"meses": stated, "texto": text}
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


def _beyond_the_table(tables: list[Table], marked: list[int], stated: list[int]) -> list[int]:
    """The months the text states that no month table shows, when the tables show fewer than twelve
    months and mark exactly the stated months they show: a table cut short (a nested table wider
    than its cell, clipped by the exporter) says nothing of the months it does not print, so the text
    alone tells them. [] otherwise."""
    shown = set().union(*(t.months for t in tables))
    if not stated or not shown or len(shown) >= 12:
        return []
    beyond = sorted(set(stated) - shown)
    return beyond if beyond and set(marked) == set(stated) & shown else []


def lone_month_names(items: list[Item]) -> list[TextBlock]:
    """The text blocks of `items` that hold months' names and nothing else, fewer than
    `months.DISPLAY_RUN` ("Noviembre", "Septiembre Octubre"; more are `months.unread_display`'s),
    when the section holds other text too: the names of a month grid that were read, the others
    printed too light (a grid told by colour only, its active months dark, scanned: only the dark
    names were read and led the section's text, "Noviembre En el mes de noviembre…"). Prose never
    sets months' names bare as a paragraph of their own beside its sentences."""
    blocks = [i for i in items if isinstance(i, TextBlock)]
    lone = [b for b in blocks if _only_months(block_text(b))]
    return lone if len(lone) < len(blocks) else []


def _only_months(text: str) -> bool:
    tokens = text.split()
    return 0 < len(tokens) < DISPLAY_RUN and all(t.isalpha() and month_number(t) is not None for t in tokens)
