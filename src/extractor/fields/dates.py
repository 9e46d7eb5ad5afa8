"""The `fechas_implementacion` field: the months of activity and the section's text."""

from __future__ import annotations

from ..glyphs import is_check_mark, is_empty_mark
from ..layout import Cell, Checkbox, Item, Table, TextBlock, is_month_table
from ..segment.fichas import block_text
from ..settings import SETTINGS
from ..text import fold
from ..vocab import (
    cell_answers,
    is_month_period_caption,
    month_display_captions,
    month_number,
    says_of_months,
)
from .items import section_text
from .months import (
    DISPLAY_MARKS,
    cut_names_beside,
    loose_marks,
    period_months,
    spanning_months,
    table_months,
    text_months,
    unread_display,
)
from .notes import Aviso, Notes
from .shapes import FechasEntry
from .typed_months import TypedMonths, section_typed_months, unread_typed_months


def read_dates(items: list[Item], notes: Notes) -> FechasEntry:
    """{"meses", "texto"}: the months a month table marks, else those the text states (a table whose
    row shows no division, `Table.undivided`, marks all its months with one mark when the text
    states them all: one cell spanning the row, whose sides a scan does not show); an aviso
    `meses_inconsistentes` when both exist and disagree, `meses_sin_marcar` when the table marks none
    while the text names months, `lectura_dudosa` when the text holds a month display's names that no
    reader took as a table (`months.unread_display`: its marks are unread), or its marks alone, set
    one after another as words (`months.loose_marks`: its names unread); such marks beside a table
    (its marks unread in its cells when it marks none, else marks that led the text) are said too,
    `lectura_dudosa` on the months, or on the whole field (a legend's mark under the table may have
    marked every month); months' names standing
    alone as a block beside the section's text is left out of the text with a `lectura_dudosa`
    (`lone_month_names`)."""
    tables = [i for i in items if is_month_table(i)]
    typed = section_typed_months(items)
    if typed is not None:  # a month display typed as text: its lines are no text of the section
        items = typed.without(items)
    lone = lone_month_names(items)
    lone_marks = lone_display_marks(items, lone)
    text = section_text([i for i in items if not isinstance(i, Table) and i not in lone and i not in lone_marks])
    if lone and not _listed_as_stated(lone, text):
        names = ", ".join(f"«{block_text(b)}»" for b in lone)
        notes.add(
            "fechas_implementacion.texto",
            Aviso.lectura_dudosa,
            f"{names}: nombres de meses solos en su línea, aparte del texto; se toman por los nombres de una "
            "grilla de meses cuyos otros nombres no se leyeron (impresos en un color claro) y quedan fuera del texto",
        )
    stated = text_months(text)
    if lone_marks:
        quoted = ", ".join(f"«{block_text(b)}»" for b in lone_marks)
        notes.add(
            "fechas_implementacion.meses",
            Aviso.lectura_dudosa,
            f"{quoted}: marcas solas en su línea junto a esos nombres de meses, fuera del texto: las marcas de una "
            f"grilla de meses que no se leyó; los meses vienen solo del texto ({stated})",
        )
    if typed is not None:
        return {"meses": _typed_months(typed, stated, notes), "texto": text}
    if not tables and unread_typed_months(text):
        notes.add(
            "fechas_implementacion.meses",
            Aviso.lectura_dudosa,
            "el texto lleva casillas escritas entre corchetes o paréntesis junto a nombres de meses que no se "
            "leyeron como un calendario (una casilla no está junto a su mes): sus marcas no se leyeron; los meses "
            f"vienen solo del texto ({stated})",
        )
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
            notes.add(
                "fechas_implementacion.texto",
                Aviso.lectura_dudosa,
                f"el texto lleva marcas sueltas «{marks}» de una tabla de meses que no se leyó: sus palabras "
                "(marcas, nombres o números de los meses) pueden haber quedado en el texto",
            )
        elif not stated and not unread_typed_months(text) and (period := period_months(text)) is not None:
            named, stated = period
            notes.add(
                "fechas_implementacion.meses",
                Aviso.lectura_dudosa,
                f"el texto da los meses como un período («{named}») y no por sus nombres: se leyeron los meses "
                f"{stated}; revise que el período sea del año calendario",
            )
        return {"meses": stated, "texto": text}
    cut = cut_names_beside(text, set().union(*(t.months for t in tables)))
    if cut is not None:  # the names of columns no reader took: no text, their cells unread
        run, text, unread = cut
        stated = text_months(text)
        notes.add(
            "fechas_implementacion.meses",
            Aviso.lectura_dudosa,
            f"«{run}»: nombres de los meses {unread} cortados en celdas estrechas, leídos aparte de la tabla de "
            "meses: sus celdas no se leyeron y quedan fuera del texto",
        )
    stray = [said for t in tables for said in stray_display_words(t)]
    if stray:  # never dropped in silence: words of another region printed over the display
        notes.add(
            "fechas_implementacion.meses",
            Aviso.texto_sin_ubicar,
            "palabras impresas dentro de la tabla de meses que no son nombres de meses, marcas ni su leyenda "
            "(pueden ser de otro recuadro impreso sobre la tabla), no se pusieron en ningún campo: "
            + ", ".join(f"«{said}»" for said in stray),
        )
    marked = sorted(set().union(*(table_months(t) for t in tables)))
    spanning = sorted(set().union(*(spanning_months(t) for t in tables)))
    if (marks := loose_marks(text)) is not None:  # a display's marks read as words beside its table
        notes.add(
            "fechas_implementacion.meses" if not marked else "fechas_implementacion",
            Aviso.lectura_dudosa,
            f"el texto lleva marcas sueltas «{marks}» junto a la tabla de meses"
            + (
                ": pueden ser las marcas de la tabla, que no se leyeron en sus celdas"
                if not marked
                else ": no son texto de la sección, y pueden ser marcas de la tabla o de su leyenda (revise los meses)"
            ),
        )
        if not marked:  # the text holds them too: said on it, not only on the months
            notes.add(
                "fechas_implementacion",
                Aviso.lectura_dudosa,
                f"el texto lleva marcas sueltas «{marks}» de la tabla de meses, que no son texto de la sección",
            )
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
    _check_against_text(marked, stated, notes, "la tabla de meses no marca ningún mes", "la tabla marca los meses")
    return {"meses": marked, "texto": text}


def _check_against_text(marked: list[int], stated: list[int], notes: Notes, none: str, some: str) -> None:
    """An aviso on the months when a display marks none while the text names months (`meses_sin_marcar`,
    worded `none`) or marks others (`meses_inconsistentes`, worded `some` + the months marked)."""
    if stated and not marked:
        notes.add("fechas_implementacion.meses", Aviso.meses_sin_marcar, f"{none} pero el texto indica {stated}")
    elif stated and stated != marked:
        notes.add(
            "fechas_implementacion.meses",
            Aviso.meses_inconsistentes,
            f"{some} {marked} pero el texto indica {stated}",
        )


def _typed_months(typed: TypedMonths, stated: list[int], notes: Notes) -> list[int]:
    """The months a month display typed as text marks (`typed_months.typed_month_display`), with
    an aviso on the months when its reading is unsure (`lectura_dudosa`), when it marks none while
    the text names months (`meses_sin_marcar`), or when it and the text disagree
    (`meses_inconsistentes`)."""
    marked = list(typed.marked)
    if typed.doubt:
        notes.add(
            "fechas_implementacion.meses",
            Aviso.lectura_dudosa,
            f"los meses se marcan con casillas escritas junto a sus nombres, pero {typed.doubt}: se toman los "
            f"meses marcados {marked}; revise los meses",
        )
    _check_against_text(
        marked, stated, notes, "las casillas de los meses no marcan ningún mes", "las casillas de los meses marcan"
    )
    return marked


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


def month_checklist(items: list[Item]) -> tuple[Table, list[Checkbox]] | None:
    """The boxes of `items` each labelled with one month's name and nothing else ("☑ Enero"), when
    they name the twelve months once each, as a month table (its row of names over a row of their
    boxes' marks) and the boxes: a month display set as a checklist (in CSS columns, trial 26 h06),
    read as a table is; None otherwise (some months only: a list of something else)."""
    boxes = [i for i in items if isinstance(i, Checkbox)]
    months = [_month_label(b.label) for b in boxes]
    if sorted(m for m in months if m is not None) != list(range(1, 13)) or None in months:
        return None
    by_month = dict(zip(months, boxes, strict=True))
    cells = [Cell(0, m - 1, text=(by_month[m].label or "").strip(), prov=by_month[m].prov) for m in range(1, 13)]
    cells += [
        Cell(1, m - 1, mark=by_month[m] if by_month[m].checked else None, prov=by_month[m].prov) for m in range(1, 13)
    ]
    table = Table(cells, 12, boxes[0].prov, region=boxes[0].region)
    table.as_month_table(list(range(1, 13)))
    return table, boxes


def _month_label(label: str | None) -> int | None:
    """The month a box's label names, its whole text one month's name ("Enero", "Ene."), else None."""
    words = (label or "").split()
    return month_number(words[0].rstrip(".:")) if len(words) == 1 else None


def lone_display_marks(items: list[Item], lone: list[TextBlock]) -> list[TextBlock]:
    """The text blocks of `items` that hold marks and nothing else (`months.DISPLAY_MARKS`, letters
    aside: "✓", "✓ ✓"), when the section holds months' names standing alone (`lone`,
    `lone_month_names`): the marks of the month grid those names are of, read apart from its names
    (a Word table wider than its newspaper column, clipped by the exporter: trial 26 x26). Prose
    never sets a mark alone as a paragraph of its own."""
    if not lone:
        return []
    return [
        i
        for i in items
        if isinstance(i, TextBlock)
        and i not in lone
        and (tokens := block_text(i).split())
        and all(t in DISPLAY_MARKS and t.lower() != "x" for t in tokens)
    ]


def _listed_as_stated(lone: list[TextBlock], text: str | None) -> bool:
    """Whether months' names standing alone (`lone`, `lone_month_names`) are a bulleted list of the
    very months the section's text states (`text_months`): every line opens with a list bullet
    (`Line.bullet`: a grid's names carry none) and they name those months and no other (trial 27
    ed12: "• Marzo • Abril • Mayo • Junio" over "De marzo a junio de cada año"). The list says what
    the text says; no name of a grid is unread."""
    if not all(line.bullet for b in lone for line in b.lines):
        return False
    listed = sorted({m for b in lone for t in block_text(b).split() if (m := month_number(t)) is not None})
    return bool(listed) and listed == text_months(text)


def _only_months(text: str) -> bool:
    tokens = text.split()
    return 0 < len(tokens) < SETTINGS.fields.display_run and all(
        t.isalpha() and month_number(t) is not None for t in tokens
    )


def display_captions(items: list[Item], table: Table) -> list[TextBlock]:
    """The captions of the month display `table` among `items` (the section holding it): the text
    blocks read right before it, one after another, each naming a month display or a column of one
    and nothing else ("Meses", "Calendario", "Meses de ejecución"; "Mes" and "Ejecución", the
    header cells of a table of a row per month: vocabulary `month_display_captions`; "1er
    trimestre" over a group of its months: `vocab.is_month_period_caption`), each printed
    right above it (PDF: over its columns, its bottom within SETTINGS.fields.caption_gap_ems of its size over the
    display's top) or beside it (left of it within as much, level with its rows); in Word, the
    paragraphs right before the table, or its own cells read as text. [] when there is none. A
    caption labels the display, as a heading its section: no text of the section it was read in."""
    at = next((n for n, item in enumerate(items) if item is table), None)
    found: list[TextBlock] = []
    while at:
        at -= 1
        block = items[at]
        if not isinstance(block, TextBlock) or not _captions(block, table):
            break
        found.append(block)
    return found


def row_titles(items: list[Item], table: Table) -> list[TextBlock]:
    """The text blocks of `items` that title a row of the month display `table`: each naming a
    display or a part of the year and nothing else (`month_display_captions`: "1er semestre"),
    standing beside it (left of it within SETTINGS.fields.caption_gap_ems of its size, level with its rows), wherever
    it was read (a cell of its own, apart from the section's text)."""
    return [b for b in items if isinstance(b, TextBlock) and _captions(b, table, beside_only=True)]


def _captions(block: TextBlock, table: Table, beside_only: bool = False) -> bool:
    """Whether `block` names a month display (`month_display_captions`) and stands where its caption
    does (`display_captions`)."""
    text = block_text(block)
    if fold(text.rstrip(":")) not in month_display_captions() and not is_month_period_caption(text):
        return False
    box, display = block.prov.bbox, table.prov.bbox
    if box is None or display is None:  # Word: a caption is the paragraph before its table, never one after
        return not beside_only and block.prov.page is None and table.prov.page is None
    if block.prov.page != table.prov.page:
        return False
    reach = SETTINGS.fields.caption_gap_ems * block.size
    above = box[0] < display[2] and box[2] > display[0] and display[1] - reach <= box[3] <= display[1] + reach / 2
    middle = (box[1] + box[3]) / 2
    beside = display[1] <= middle <= display[3] and display[0] - reach <= box[2] <= display[0]
    return beside if beside_only else above or beside


def _display_word(token: str) -> bool:
    """Whether `token` is what a month display prints in its cells: a mark (every character a check or
    empty mark), a month's name or initial, a cell's yes / no, or no letter at all ("2023", "=")."""
    bare = token.strip(".,:;=()[]")
    if not any(ch.isalpha() for ch in bare):
        return True
    yes, no = cell_answers()
    return (
        all(is_check_mark(ch) or is_empty_mark(ch) for ch in bare)
        or month_number(bare) is not None
        or (len(bare) == 1 and bare.isupper())
        or fold(bare) in yes | no
    )


def _legend_entries(display_text: str) -> list[str]:
    """The entries of a display's legend (`Table.display_text`): each mark with the words after it up
    to the next mark; the words before the first mark (row titles: "Mes", "2023") are no entry."""
    entries: list[list[str]] = []
    for token in display_text.split():
        if all(is_check_mark(ch) or is_empty_mark(ch) for ch in token.rstrip(":=")):
            entries.append([token])
        elif entries:
            entries[-1].append(token)
    return [" ".join(entry) for entry in entries if len(entry) > 1]


def stray_display_words(table: Table) -> list[str]:
    """What a month table holds that is no part of a month display, each quoted as printed: the words of
    its marked body cells other than marks, month names, yes / no and numbers (`_display_word`; a cell
    with words and no mark is said by `layout.unclear_month_cells`), and its legend's entries saying
    nothing of months or activity (`vocab.says_of_months`; the PDF reader leaves such a line to the
    page, a Word paragraph under the table is read as the legend by its mark alone): words of another
    region printed over the table or set under it. [] when none."""
    stray = [
        cell.text
        for cell in table.cells
        if cell.row > 0 and cell.mark is not None and not all(_display_word(token) for token in cell.text.split())
    ]
    return stray + [entry for entry in _legend_entries(table.display_text) if not says_of_months(entry)]


def practice_row_titles(items: list[Item], table: Table, title: str) -> list[str]:
    """The row titles of `table` when its rows name several practices, one of them the ficha's `title`
    (a document's calendar of all its fichas, "Anexo: calendario de ejecución", read after the last
    ficha): the texts of `items` standing left of the table, level with its body (below its top,
    above its bottom, on its page), joined by drawn region (a cell of their own) or one per block;
    [] when the table is no such calendar (one row, one title, or none naming the ficha)."""
    if not title or len({c.row for c in table.cells if c.row > 0}) < 2:
        return []
    titles: dict[object, str] = {}
    for block in beside_body(items, table):
        key = block.region if block.region is not None else id(block)
        titles[key] = f"{titles.get(key, '')} {block_text(block)}".strip()
    named = [t for t in titles.values() if fold(title) in fold(t)]
    return list(titles.values()) if len(titles) >= 2 and named else []


def beside_body(items: list[Item], table: Table) -> list[TextBlock]:
    """The text blocks of `items` left of `table` on its page, level with its body: their middle
    below its header row (the top of its body's cells or marks, else its own top) and above its
    bottom; [] when the table has no box."""
    display = table.prov.bbox
    if display is None:
        return []
    tops = [
        box[1]
        for c in table.cells
        if c.row > 0
        for box in (c.prov.bbox, c.mark.prov.bbox if c.mark is not None else None)
        if box is not None
    ]
    top = min(tops, default=display[1])
    return [
        b
        for b in items
        if isinstance(b, TextBlock)
        and b.prov.page == table.prov.page
        and b.prov.bbox is not None
        and b.prov.bbox[2] <= display[0]
        and top < (b.prov.bbox[1] + b.prov.bbox[3]) / 2 < display[3]
    ]
