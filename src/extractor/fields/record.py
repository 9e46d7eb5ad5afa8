"""Assemble one ficha record (a plain dict in the spec's key order) from segmentation's decisions.

Each field family is read by its own module (`municipality`, `offices`,
`categories`, `dates`, `funding`, `sello`); this module routes a ficha's
sections to them, reports what no field took, and sets the id.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from itertools import pairwise, takewhile

from ..glyphs import CHECK_MARKS, CHECKED_BOXES, EMPTY_BOXES, is_negative_cross, is_read_cross
from ..layout import (
    HEADER_REGION,
    BBox,
    Checkbox,
    Item,
    OcrPage,
    Provenance,
    ReaderNote,
    Table,
    TextBlock,
    is_month_table,
)
from ..normalize.catalogs import Catalogs, shipped
from ..segment.fichas import (
    CategoryBox,
    FichaParts,
    Section,
    block_text,
    category_named,
    municipality_label,
)
from ..settings import SETTINGS
from ..source import Source
from ..template import (
    folded_prefixes,
    heading_term,
    is_ficha_kicker,
    is_municipality_footer,
    part_of_a_heading,
    restates_the_ficha,
    starts_with_municipality,
    strip_prefix,
    title_label,
    title_number_removed,
)
from ..text import ending, fold, join_lines, join_paragraphs, opening, slug
from ..vocab import (
    Term,
    categories,
    category_table_headers,
    headings,
    month_forms,
    month_number,
    one_mark_beside_every_category,
    placeholder_prompts,
    sello_lead_ins,
)
from .categories import (
    cut_short,
    extra_label_words,
    filled_in,
    read_categories,
    settle_category_pictures,
    unprinted_categories,
    written_otra,
)
from .dates import beside_body, display_captions, month_checklist, practice_row_titles, read_dates, row_titles
from .funding import read_funding
from .items import (
    blocks_of,
    ends_on_a_function_word,
    item_text,
    note_strays,
    printed_case_lines,
    section_paragraphs,
    section_text,
)
from .months import DISPLAY_MARKS, table_months
from .municipality import read_municipality
from .notes import Aviso, Notes
from .offices import read_offices
from .sello import named_line, named_sentences, names_inside, read_lines
from .set_apart import closing_set_apart, opening_set_apart, set_apart, split_opening
from .shapes import Record
from .typed_months import section_typed_months

Both = Callable[[Callable[[], list[Record]], Callable[[], list[Record]]], tuple[list[Record], list[Record]]]

REQUIRED = ("titulo", "municipalidad", "oficinas", "grupo_prioritario", "categorias", "descripcion")
SECTION_FIELDS = {  # section key -> record field it fills
    "oficinas": "oficinas",
    "grupo_prioritario": "grupo_prioritario",
    "categorias": "categorias",
    "fechas_implementacion": "fechas_implementacion",
    "forma_financiamiento": "forma_financiamiento",
    "sostenibilidad": "sostenibilidad",
    "descripcion": "descripcion",
    "elemento_innovador": "elemento_innovador",
    "lineas_sello": "lineas_sello",
}
LONG_TEXT_SECTIONS = (  # sections read as running text, where a municipality label never belongs
    "grupo_prioritario",
    "fechas_implementacion",
    "forma_financiamiento",
    "sostenibilidad",
    "descripcion",
    "elemento_innovador",
)


def record_id(comuna: str, titulo: str | None) -> str:
    """The record id: "<comuna slug>--<title slug>", "sin-comuna" / "sin-titulo" for an empty part."""
    return f"{slug(comuna) or 'sin-comuna'}--{slug(titulo or '') or 'sin-titulo'}"


def _sections_by_key(ficha: FichaParts, notes: Notes) -> dict[str, list[Item]]:
    grouped: dict[str, list[Section]] = {}
    for section in ficha.sections:
        grouped.setdefault(section.key, []).append(section)
    out = {}
    for key, sections in grouped.items():
        if len(sections) > 1:
            notes.add(
                SECTION_FIELDS[key],
                Aviso.seccion_duplicada,
                f"el encabezado «{block_text(sections[0].heading)}» aparece {len(sections)} veces; "
                "se conservan todos los textos",
            )
        out[key] = [item for s in sections for item in s.items]
    return out


def _month_tables_to_dates(ficha: FichaParts, sections: dict[str, list[Item]]) -> None:
    """A month table belongs to the dates, wherever it was read: in a section, or in the head (a side
    panel holding the municipality and the month display, read before the first heading); its
    caption ("Meses" right above it: `dates.display_captions`) is its own, no text of the section it
    was read in. `ficha.head` and `sections` are changed in place."""
    month_tables = [i for i in ficha.all_items() if is_month_table(i)]
    if month_tables and "fechas_implementacion" not in sections:
        sections["fechas_implementacion"] = []
    dates = sections["fechas_implementacion"] if month_tables else []
    for table in month_tables:
        holders = [ficha.head, *sections.values()]
        for items in holders:
            for caption in display_captions(items, table):
                items.remove(caption)
        for section in ficha.sections:  # a row's title in a cell of its own (a drawn region) beside the display
            for caption in row_titles(section.loose, table):
                section.loose.remove(caption)
        for items in holders:
            if table in items and items is not dates:
                items.remove(table)
                dates.insert(0, table)


def _set_apart_practice_calendars(ficha: FichaParts, notes: Notes) -> None:
    """A month table whose rows name several practices, one of them this ficha
    (`dates.practice_row_titles`: a document's calendar of its fichas) is no month table of the
    ficha: it and its row titles leave the ficha (changed in place), said in an aviso on the months
    (`texto_sin_ubicar`), which come from the text alone."""
    title = block_text(ficha.title) if ficha.title is not None else ""
    holders = [ficha.head, *(s.items for s in ficha.sections), *(s.loose for s in ficha.sections)]
    for table in [i for i in ficha.all_items() if is_month_table(i)]:
        everything = [i for items in holders for i in items]
        titles = practice_row_titles(everything, table, title)
        if not titles:
            continue
        gone = {id(table)} | {id(b) for b in _row_title_blocks(everything, table, titles)}
        for items in holders:
            items[:] = [i for i in items if id(i) not in gone]
        notes.add(
            "fechas_implementacion.meses",
            Aviso.texto_sin_ubicar,
            "una tabla de meses cuyas filas nombran varias prácticas ("
            + ", ".join(f"«{t}»" for t in titles)
            + ") no es la tabla de meses de esta ficha (un calendario del documento): no se leyó; los meses "
            "vienen del texto",
        )


def _row_title_blocks(items: list[Item], table: Table, titles: list[str]) -> list[TextBlock]:
    """The text blocks of `items` left of `table` whose text is part of one of `titles`."""
    return [b for b in beside_body(items, table) if any(block_text(b) in t for t in titles)]


def _without_reader_notes(ficha: FichaParts, notes: Notes) -> FichaParts:
    """The ficha without `ReaderNote` items (what its reader could not read); each becomes an
    aviso on the field it names (`ReaderNote.campo`), else on the field of the section it fell in
    ("" in the head); a note about where a paragraph ends (`ReaderNote.paragraphs`) only in a field
    that keeps its paragraphs (`SENTENCE_TEXTS`: elsewhere they are joined, and nothing is lost)."""

    def keep(items: list[Item], campo: str) -> list[Item]:
        for note in (i for i in items if isinstance(i, ReaderNote)):
            where = note.campo or (_head_field(note, ficha) if campo == HEAD else campo)
            if not note.paragraphs or where in SENTENCE_TEXTS:
                notes.add(where, note.codigo, note.mensaje)
        return [i for i in items if not isinstance(i, ReaderNote)]

    return replace(
        ficha,
        head=keep(ficha.head, HEAD),
        sections=[replace(s, items=keep(s.items, SECTION_FIELDS[s.key])) for s in ficha.sections],
        unknown=[replace(u, items=keep(u.items, "")) for u in ficha.unknown],
    )


HEAD = ""  # the aviso's campo of what stands in a ficha's head and in no field of it


def _head_field(note: ReaderNote, ficha: FichaParts) -> str:
    """The field of the head a reader's note stands in: the title's, or the municipality label's, when
    the note's box lies in their block's (a word struck out of the title); `HEAD` otherwise."""
    box, page = note.prov.bbox, note.prov.page
    if box is None:
        return HEAD
    owners = [("titulo", ficha.title)] if ficha.title else []
    owners += [("municipalidad", b) for b in (ficha.municipality.blocks if ficha.municipality else [])]
    for field, block in owners:
        if block.prov.page == page and block.prov.bbox is not None and _overlaps(box, block.prov.bbox):
            return field
    return HEAD


def _note_unknown_headings(ficha: FichaParts, notes: Notes) -> None:
    """An aviso `encabezado_desconocido` on the field of the section it ends, for each heading no
    template heading names, quoting it and the text under it (which no field takes)."""
    for unknown in ficha.unknown:
        text = " ".join(t for t in map(item_text, unknown.items) if t)
        notes.add(
            SECTION_FIELDS[unknown.after] if unknown.after else "",
            Aviso.encabezado_desconocido,
            f"«{block_text(unknown.heading)}» está impreso como un encabezado pero no es uno de la plantilla"
            + (f"; su texto: «{text}»" if text else ""),
        )


def ocr_notice(pages: Sequence[int], ocr_pages: Sequence[OcrPage]) -> str | None:
    """The message of the aviso `lectura_ocr` for a ficha on `pages` (None when none of them was read
    by OCR): the pages read by OCR, their words' mean confidence, and the words read with low
    confidence, quoted as read."""
    read = [p for p in ocr_pages if p.page in pages and p.words]
    if not read:
        return None
    words = sum(p.words for p in read)
    mean = sum(p.confidence * p.words for p in read) / words
    numbers = ", ".join(str(p.page) for p in read)
    message = f"leída por OCR de páginas escaneadas ({'página' if len(read) == 1 else 'páginas'} {numbers}; "
    message += f"confianza media de las palabras {mean:.0f} de 100)"
    doubtful = list(dict.fromkeys(w for p in read for w in p.doubtful))
    if doubtful:
        message += "; palabras de baja confianza: " + ", ".join(f"«{w}»" for w in doubtful)
    return message


def _overlaps(a: BBox, b: BBox) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _unsure_at(prov: Provenance, ocr_pages: Mapping[int, OcrPage]) -> bool:
    """Whether the item at `prov` lies on a scanned page where the image left a mark's state in doubt."""
    page = ocr_pages.get(prov.page) if prov.page is not None else None
    return page is not None and prov.bbox is not None and any(_overlaps(prov.bbox, u) for u in page.unsure)


def _pages_phrase(pages: Sequence[int]) -> str:
    numbers = ", ".join(map(str, sorted(set(pages))))
    return f"{'página' if len(set(pages)) == 1 else 'páginas'} {numbers}"


def _note_image_marks(ficha: FichaParts, dates: list[Item], ocr_pages: Sequence[OcrPage], notes: Notes) -> None:
    """An aviso `lectura_ocr` on `categorias` and on `fechas_implementacion.meses` when their states
    were read from the marks of a scanned page's image (checkboxes, a month table's marks), saying
    so and naming the boxes or months whose marks the image leaves in doubt (`OcrPage.unsure`: a
    box with a little ink in it) with the state they were read as; on `categoria_otra` when "Otra" was
    read unchecked with a text written after it. A reviewer checks those states on the page, not only
    the text."""
    scanned = {p.page: p for p in ocr_pages if p.words}
    boxes = [c for c in ficha.categories if c.box.prov.page in scanned]
    if boxes:
        marked, _, _ = read_categories(boxes)  # in the vocabulary's order, as `categorias`
        where = _pages_phrase([c.box.prov.page or 0 for c in boxes])
        message = f"las casillas se leyeron de la imagen escaneada ({where}): "
        message += f"marcadas {', '.join(f'«{m}»' for m in marked)}" if marked else "ninguna marcada"
        doubtful = [c for c in boxes if _unsure_at(c.box.prov, scanned)]
        if doubtful:
            message += "; marca dudosa (poca tinta en la casilla) en " + ", ".join(
                f"«{c.category or c.box.label or '?'}» (leída {'marcada' if c.box.checked else 'sin marcar'})"
                for c in doubtful
            )
        message += _read_crosses_said([c.box.glyph for c in boxes])
        notes.add("categorias", Aviso.lectura_ocr, message)
        for box in boxes:  # a mark OCR misread (✗ and X alike) unchecks Otra: its write-in is not dropped unsaid
            written = filled_in(box.box.label) if box.category == "otra" and not box.box.checked else None
            if written:
                notes.add(
                    "categoria_otra",
                    Aviso.lectura_ocr,
                    f"la casilla «Otra» se leyó sin marcar en la imagen escaneada pero lleva escrito «{written}»: "
                    "no se puso en el campo",
                )

    tables = [t for t in dates if is_month_table(t) and t.prov.page in scanned]
    if tables:
        months = sorted(set().union(*(table_months(t) for t in tables)))
        where = _pages_phrase([t.prov.page or 0 for t in tables])
        message = f"los meses se leyeron de las marcas de la tabla en la imagen escaneada ({where}): "
        message += f"marcados {months}" if months else "ninguno marcado"
        unsure = [
            (month, cell.mark.checked)
            for t in tables
            for cell in t.cells
            if cell.mark is not None and cell.row > 0 and _unsure_at(cell.prov, scanned)
            for month in t.months[cell.col : cell.col + cell.colspan]
        ]
        if unsure:
            message += "; marca dudosa en " + ", ".join(
                f"el mes {month} (leído {'marcado' if checked else 'sin marcar'})" for month, checked in unsure
            )
        message += _read_crosses_said([c.mark.glyph if c.mark else "" for t in tables for c in t.cells if c.row > 0])
        notes.add("fechas_implementacion.meses", Aviso.lectura_ocr, message)


def _note_unmarked_write_in(ficha: FichaParts, ocr_pages: Sequence[OcrPage], notes: Notes) -> None:
    """`lectura_dudosa` on `categoria_otra` when the category list's marks are in doubt
    (`categoria_sin_marcar` or `lectura_dudosa` on `categorias`: no box marked, a mark unread) and
    the box "Otra" was read unchecked with a text after its label's colon ("Otra: Regularización"):
    that write-in is not dropped unsaid. (A list read without doubt may print the option's text
    beside an unchecked "Otra", the template's own; on a scanned page `_note_image_marks` says it,
    `lectura_ocr`.)"""
    said = notes.said()
    doubts = {("categorias", Aviso.categoria_sin_marcar.value), ("categorias", Aviso.lectura_dudosa.value)}
    if not doubts & set(said) or any(campo == "categoria_otra" for campo, _ in said):
        return
    scanned = {p.page for p in ocr_pages if p.words}
    for named in ficha.categories:
        if named.category != "otra" or named.box.checked or named.box.prov.page in scanned:
            continue
        if written := filled_in(named.box.label):
            notes.add(
                "categoria_otra",
                Aviso.lectura_dudosa,
                f"la lista de categorías está en duda y la casilla «Otra» se leyó sin marcar, pero lleva escrito "
                f"«{written}»: no se puso en el campo",
            )


def _read_crosses_said(glyphs: Sequence[str]) -> str:
    """What the states of a display read from a scan owe to its crosses OCR read (`READ_CROSS`: OCR
    reads ✗ and the letter X alike; `glyphs`: each cell's or box's printed glyphs, "" for a blank one):
    beside another mark (a ✓) they were read "no", unchecked, by the display's polarity
    (`glyphs.cross_reading`); in every cell, marked (the letter X), which ✗ in every cell would not
    be; "" when neither."""
    marks = [g for g in glyphs if g]
    if marks and len(marks) == len(glyphs) and all(is_read_cross(g) for g in marks):
        return (
            "; todas las celdas llevan una cruz que OCR lee «X» (✗ o la letra X, que no distingue): se leyeron "
            "marcadas; si son ✗ («no»), ninguna lo está"
        )
    if not any(is_read_cross(g) for g in marks) or all(is_negative_cross(g) for g in marks):
        return ""
    others = sorted({g for g in marks if not is_negative_cross(g)})
    return (
        f"; las cruces que OCR lee «X» (✗ o la letra X, que no distingue) se leyeron «no», sin marcar, "
        f"junto a la otra marca ({', '.join(others)})"
    )


def _one_tick_on_every_category(boxes: Sequence[CategoryBox]) -> str | None:
    """The tick when every category is read checked by one and the same bare mark glyph ("✓" beside
    each; no box glyph such as "☑"; `vocab.one_mark_beside_every_category`); else None."""
    glyphs = {c.box.glyph or "" for c in boxes}
    named = {c.category for c in boxes if c.category is not None}
    if not all(c.box.checked for c in boxes) or not one_mark_beside_every_category(glyphs, named):
        return None
    (tick,) = glyphs
    return tick if tick and not set(tick) & CHECKED_BOXES else None


def _item_boxes(item: Item) -> Iterator[tuple[int | None, BBox]]:
    """The (page, box in points) of `item`'s lines, cells or self, where it holds text."""
    if isinstance(item, TextBlock):
        parts: list[Provenance] = [line.prov for line in item.lines]
    elif isinstance(item, Table):
        parts = [cell.prov for cell in item.cells]
    else:
        parts = [item.prov]
    for prov in parts:
        if prov.bbox is not None:
            yield prov.page, prov.bbox


def _doubtful_words_in(items: Sequence[Item], scanned: Mapping[int, OcrPage]) -> list[str]:
    """The words read with low confidence (`OcrPage.doubtful_at`) whose centre stands in one of
    `items`' lines or cells, in reading order, once each."""
    found: list[str] = []
    for item in items:
        for page, (x0, top, x1, bottom) in _item_boxes(item):
            ocr = scanned.get(page) if page is not None else None
            for text, (wx0, wtop, wx1, wbottom) in ocr.doubtful_at if ocr else ():
                cx, cy = (wx0 + wx1) / 2, (wtop + wbottom) / 2
                if x0 <= cx <= x1 and top <= cy <= bottom and text not in found:
                    found.append(text)
    return found


def _note_doubtful_words(
    ficha: FichaParts, sections: Mapping[str, list[Item]], ocr_pages: Sequence[OcrPage], notes: Notes
) -> None:
    """An aviso `lectura_ocr` on each field whose printed text holds words OCR read with low
    confidence (the title, the municipality label, each section's items), quoting them: the
    record-wide aviso names them all, this one tells the reviewer which field to check (a title
    read "Sapacitación en Oficios" gives the record its id)."""
    scanned = {p.page: p for p in ocr_pages if p.doubtful_at}
    if not scanned:
        return
    fields: list[tuple[str, Sequence[Item]]] = [("titulo", [ficha.title] if ficha.title else [])]
    fields.append(("municipalidad", ficha.municipality.blocks if ficha.municipality else []))
    fields += [(SECTION_FIELDS[key], items) for key, items in sections.items()]
    for field_name, items in fields:
        words = _doubtful_words_in(items, scanned)
        if words:
            notes.add(
                field_name,
                Aviso.lectura_ocr,
                "palabras leídas por OCR con baja confianza: " + ", ".join(f"«{w}»" for w in words),
            )


def build_record(
    ficha: FichaParts,
    source: Source,
    earlier_ids: Mapping[str, int] | None = None,
    ocr_pages: Sequence[OcrPage] = (),
    catalogs: Catalogs | None = None,
) -> Record:
    """The ficha as a dict in the contract's key order (validated later by the model).

    `earlier_ids` maps the ids of the document's earlier fichas to their number (1-based);
    a ficha with one of them gets the aviso `id_duplicado`. A ficha on pages read by OCR
    (`ocr_pages`) gets the aviso `lectura_ocr`. Names are matched in `catalogs` (the shipped
    catalogs when None).
    """
    notes = Notes()
    notice = ocr_notice(ficha.pages() or [], ocr_pages) if ocr_pages else None
    if notice:
        notes.add("", Aviso.lectura_ocr, notice)
    ficha = _without_reader_notes(ficha, notes)
    _set_apart_practice_calendars(ficha, notes)
    sections = _sections_by_key(ficha, notes)
    _note_unknown_headings(ficha, notes)
    if (picture_doubt := settle_category_pictures(ficha.categories)) is not None:
        notes.add("categorias", Aviso.lectura_dudosa, f"la lista de categorías: {picture_doubt}")
    categorias, categoria_otra, _ = read_categories(ficha.categories)
    for message in extra_label_words(ficha.categories):
        notes.add("categorias", Aviso.texto_sin_ubicar, message)
    for doubt in dict.fromkeys(c.doubt for c in ficha.categories if c.doubt):  # a table of crosses alone
        notes.add("categorias", Aviso.lectura_dudosa, f"la tabla de categorías: {doubt}")
    if (tick := _one_tick_on_every_category(ficha.categories)) is not None:
        notes.add(
            "categorias",
            Aviso.lectura_dudosa,
            f"todas las categorías llevan la misma marca «{tick}»: la página no dice cuáles están seleccionadas "
            "(las otras pueden ir en un color más claro)",
        )
    taken = {id(c.box) for c in ficha.categories if c.category is not None}
    taken |= {id(part) for c in ficha.categories for part in c.parts}
    taken |= {id(b) for b in _category_table_headers(ficha, sections.get("categorias", []))}
    taken |= {id(b) for b in _wrapped_heading_hints(ficha)}
    _month_tables_to_dates(ficha, sections)

    apart: list[tuple[str, TextBlock]] = []  # said once the title is known: a band restating it is none
    for key, block in _placeholder_blocks(sections, taken):  # an unfilled form field's prompt: no content
        taken.add(id(block))
        notes.add(
            key,
            Aviso.lectura_dudosa,
            f"un control de contenido sin llenar muestra su texto de ayuda «{block_text(block)}»: "
            "no se lee como contenido",
        )
    for key in LONG_TEXT_SECTIONS:  # a caption, pull quote or template instruction: quoted, not read
        _split_opening_block(sections, key, taken)
        for block in _set_apart_blocks(key, blocks_of([i for i in sections.get(key, []) if id(i) not in taken])):
            taken.add(id(block))
            apart.append((key, block))
            notes.add(key, Aviso.texto_sin_ubicar, _set_apart_said(block))

    def content(key: str) -> list[Item]:
        return [i for i in sections.get(key, []) if id(i) not in taken]

    if "otra" in categorias and categoria_otra is None:  # "Especifique otra: X" on a line of its own
        written = written_otra(blocks_of(content("categorias")))
        if written is not None:
            taken.add(id(written[0]))
            categoria_otra = written[1]

    municipalidad = read_municipality(ficha.municipality, notes, catalogs)
    used_head = ficha.municipality.blocks if ficha.municipality else []
    title_block = ficha.title
    head_rest = [
        i for i in ficha.head if i not in used_head and id(i) not in taken and not _kicker(i) and not _restating(i)
    ]
    labelled = _labelled_title(head_rest)
    if labelled is not None and title_block is not None:
        shown = join_lines(printed_case_lines(title_block))
        if fold(shown).strip() == fold(labelled[1]).strip():
            labelled = None  # the name's row restates the title
        else:  # the row names the ficha; a title-like block over it is the document's (trial 28 ed16)
            row = title_label(block_text(labelled[0][0]))
            said = f"se toma el nombre de la fila «{row[0] if row else ''}», no el título «{shown}»"
            notes.add("titulo", Aviso.titulo_dudoso, said)
            head_rest.append(title_block)
            title_block = None
    if labelled is not None:  # a "Nombre de la práctica | name" row
        head_rest = [i for i in head_rest if not any(i is b for b in labelled[0])]
    elif title_block is None:  # no title-like block: a plain head block is the title (`_untitled_choice`)
        first = _untitled_choice(list(blocks_of(head_rest)))
        if first is not None:
            title_block = first
            guess = _untitled_doubt(first, list(blocks_of(head_rest)))
            head_rest.remove(first)
            if guess:
                notes.add("titulo", Aviso.titulo_dudoso, guess)
    if ficha.title_doubt:
        notes.add("titulo", Aviso.titulo_dudoso, ficha.title_doubt)
    titulo = labelled[1] if labelled else join_lines(printed_case_lines(title_block)) if title_block else None
    if titulo:
        titulo, numbered = title_number_removed(titulo)
        if numbered:
            notes.add("titulo", Aviso.titulo_dudoso, numbered)
    head_rest = [i for i in head_rest if not _header_repeats_label(i, municipalidad, catalogs or shipped())]
    label = municipalidad["texto"] if municipalidad else None
    comuna_read = str(municipalidad["comuna"] or "") if municipalidad else None
    head_rest = [i for i in head_rest if not _restating(i, titulo, label, comuna_read)]
    for key, block in apart:
        if _restating(block, titulo, label, comuna_read):
            notes.discard(key, Aviso.texto_sin_ubicar, _set_apart_said(block))
    note_strays(notes, "", head_rest)
    _note_other_labels(municipalidad, head_rest, notes, catalogs or shipped())

    grupo = content("grupo_prioritario")
    lineas, stray_lines = read_lines(section_paragraphs(content("lineas_sello")))
    for text in stray_lines:
        if not restates_the_ficha(text, titulo, label) and not is_municipality_footer(text, comuna_read):
            notes.add("lineas_sello", Aviso.texto_sin_ubicar, text)
    for sentence in names_inside(lineas):
        notes.add(
            "lineas_sello", Aviso.lectura_dudosa, f"una justificación lleva el nombre de una línea («{sentence}»)"
        )
    for line in lineas:  # another row's justification read on, its line's name lost
        if cut := LOWER_AFTER_A_SENTENCE.search(line["justificacion"]):
            notes.add("lineas_sello", Aviso.lectura_dudosa, f"una frase empieza en minúscula («{cut.group(0)}»)")
        if (end := line["justificacion"].rstrip()) and end[-1] not in SENTENCE_ENDS:
            notes.add(  # the rest read elsewhere (reportlab seeds 28115, 28318: into the text before)
                "lineas_sello",
                Aviso.lectura_dudosa,
                f"una justificación termina sin punto final («{ending(end, 30)}»): su texto puede seguir en otra parte",
            )
    checklist = month_checklist(content("fechas_implementacion"))
    if checklist is not None:  # a month display set as a list of boxes: read as its table
        taken.update(id(box) for box in checklist[1])
    for section in ficha.sections:
        loose = [i for i in section.loose if not _restating(i, titulo, label, comuna_read)]
        note_strays(notes, SECTION_FIELDS[section.key], loose)
    typed = section_typed_months(content("fechas_implementacion"))
    typed_parts = {id(part) for part in typed.parts} if typed is not None else set()  # read by `read_dates`
    for key, items in sections.items():
        stray: list[Item] = [i for i in items if isinstance(i, Checkbox) and id(i) not in taken | typed_parts]
        if key != "fechas_implementacion":
            stray += [i for i in items if isinstance(i, Table)]
        note_strays(notes, SECTION_FIELDS[key], stray)
    if "categorias" in sections:
        note_strays(notes, "categorias", blocks_of(content("categorias")))

    record: Record = {
        "schema_version": 1,
        "id": None,
        "titulo": titulo,
        "municipalidad": municipalidad,
        "oficinas": read_offices(content("oficinas"), notes, catalogs),
        "grupo_prioritario": section_text(grupo),
        "categorias": categorias,
        "categoria_otra": categoria_otra,
        "fechas_implementacion": read_dates(
            content("fechas_implementacion") + ([checklist[0]] if checklist is not None else []), notes
        ),
        "forma_financiamiento": read_funding(content("forma_financiamiento"), notes, catalogs),
        "sostenibilidad": section_text(content("sostenibilidad")),
        "descripcion": join_paragraphs(section_paragraphs(content("descripcion"))) or None,
        "elemento_innovador": section_text(content("elemento_innovador")),
        "lineas_sello": lineas,
        "fuente": {
            "archivo": source.archivo,
            "formato": source.formato,
            "sha256": source.sha256,
            "paginas": ficha.pages() if source.formato == "pdf" else None,
        },
        "revision": None,
    }
    _missing_sections(record, sections, bool(ficha.categories), notes)
    _empty_sections(record, sections, ficha, notes)
    scanned = {p.page for p in ocr_pages if p.words}
    _note_unread_categories(
        ficha,
        "categorias" in sections,
        categoria_otra,
        notes,
        any(c.box.prov.page in scanned for c in ficha.categories),
    )
    _note_doubtful_category_list(categoria_otra, notes)
    _note_unmarked_write_in(ficha, ocr_pages, notes)
    if municipalidad is None:
        _note_labels_in_text(sections, notes)
    elif municipalidad["comuna"]:
        _note_labels_in_text(sections, notes, municipalidad["comuna"], catalogs or shipped())
    _note_band_labels_in_text(sections, notes)
    _note_marks_in_text({key: content(key) for key in sections}, notes)  # a mark the category list read is read
    _note_broken_paragraphs(record, notes)
    _note_opening_taken(record, [section.key for section in ficha.sections], notes)
    _note_piece_taken(record, [section.key for section in ficha.sections], notes)
    _note_stray_piece(record, stray_lines, [section.key for section in ficha.sections], notes)
    _note_text_after_an_empty_one(record, [section.key for section in ficha.sections], notes)
    _note_foreign_or_cut_text(record, notes)
    _note_sello_names_astray(record, notes)
    _note_prefix_astray(record, notes)
    _note_side_by_side_values(ficha, sections, notes)
    _note_headings_astray(notes)
    if notice:
        _note_doubtful_words(ficha, sections, ocr_pages, notes)
        _note_image_marks(ficha, sections.get("fechas_implementacion", []), ocr_pages, notes)
    comuna = (
        municipalidad["comuna"]
        if municipalidad and municipalidad["comuna"]
        else (strip_prefix(municipalidad["texto"]) if municipalidad else "")
    )
    record["id"] = record_id(comuna, titulo)
    record["revision"] = notes.revision()
    return _flag_repeated_id(record, earlier_ids)


def _set_apart_said(block: TextBlock) -> str:
    """The aviso's message quoting a caption, pull quote or template instruction set apart from a
    section's paragraphs."""
    return (
        "texto apartado del cuerpo de la sección (pie de foto, cita destacada, leyenda o instrucción de la "
        f"plantilla), no se puso en el campo: «{block_text(block)}»"
    )


def _restating(item: Item, title: str | None = None, label: str | None = None, comuna: str | None = None) -> bool:
    """Whether `item` is a text block saying nothing but the publication's name and the ficha's own
    `title` and municipality `label` (`template.restates_the_ficha`): a band or a table's header row
    printing them again, or the publication's running line; or a page's footer naming the ficha's
    `comuna` and the page's number alone (`template.is_municipality_footer`); no text left unplaced."""
    if not isinstance(item, TextBlock):
        return False
    text = block_text(item)
    return restates_the_ficha(text, title, label) or is_municipality_footer(text, comuna)


def _header_repeats_label(item: Item, municipalidad: Mapping[str, object] | None, catalogs: Catalogs) -> bool:
    """Whether `item` is a Word page header's municipality label (region HEADER_REGION) naming the
    comuna the ficha's body label gave (`municipalidad`): the letterhead printing the ficha's own
    municipality again, outside the body; no text left unplaced."""
    if municipalidad is None or not isinstance(item, TextBlock) or item.region != HEADER_REGION:
        return False
    label = municipality_label([item], catalogs)
    comuna = catalogs.find_comuna(label.text) if label is not None else None
    return comuna is not None and fold(comuna.nombre) == fold(str(municipalidad["comuna"] or ""))


def _note_other_labels(
    municipalidad: Mapping[str, object] | None, head_rest: list[Item], notes: Notes, catalogs: Catalogs
) -> None:
    """`lectura_dudosa` on `municipalidad` for each other municipality label left in the ficha's head
    (`head_rest`: what no field took) that names another comuna of `catalogs` than the one read (or
    none): two labels in one head, one of them maybe another ficha's (a ficha whose title ends a
    page, its label opening the next one above the next ficha's title). Which is the ficha's is
    not sure."""
    if municipalidad is None:
        return
    own = fold(str(municipalidad["comuna"] or municipalidad["texto"]))
    for block in blocks_of(head_rest):
        label = municipality_label([block], catalogs)
        if label is None:
            continue
        comuna = catalogs.find_comuna(label.text)
        if fold(comuna.nombre if comuna else label.text) != own:
            message = (
                f"la cabecera de la ficha nombra otra municipalidad («{label.text}»), "
                f"quizá de otra ficha; se tomó «{municipalidad['texto']}»"
            )
            notes.add("municipalidad", Aviso.lectura_dudosa, message)


def _flag_repeated_id(record: Record, earlier_ids: Mapping[str, int] | None) -> Record:
    """`record` with the aviso `id_duplicado` (its revision's last) when its id is one of
    `earlier_ids` (the document's earlier fichas' ids -> their number)."""
    ficha_id = record["id"]
    if earlier_ids and ficha_id in earlier_ids:
        notes = Notes(record["revision"]["avisos"])
        notes.add(
            "id", Aviso.id_duplicado, f"la ficha {earlier_ids[ficha_id]} del documento ya tiene el id «{ficha_id}»"
        )
        record["revision"] = notes.revision()
    return record


def build_records(
    fichas: list[FichaParts],
    source: Source,
    ocr_pages: Sequence[OcrPage] = (),
    catalogs: Catalogs | None = None,
    both: Both | None = None,
) -> list[Record]:
    """The records of a document's fichas, in order; a repeated id is flagged (`id_duplicado`), a
    ficha read by OCR (on `ocr_pages`) too (`lectura_ocr`); names matched in `catalogs` (the
    shipped catalogs when None).

    `both` (`batch.workers.in_two`) runs two functions at once: given it, a document of
    SETTINGS.fields.split_min_fichas fichas or more has the records of its two halves made at the same time, the
    same records (a ficha's record reads only its ficha; the ids before it are flagged after)."""
    if both is None or len(fichas) < SETTINGS.fields.split_min_fichas:
        records = _records(fichas, source, ocr_pages, catalogs)
    else:
        half = len(fichas) // 2
        first, second = both(
            lambda: _records(fichas[:half], source, ocr_pages, catalogs),
            lambda: _records(fichas[half:], source, ocr_pages, catalogs),
        )
        records = first + second
    first_with: dict[str, int] = {}
    for n, record in enumerate(records, start=1):
        _flag_repeated_id(record, first_with)
        first_with.setdefault(record["id"], n)
    _flag_lists_elsewhere(records)
    return records


def _flag_lists_elsewhere(records: list[Record]) -> None:
    """When a ficha of the document shows its category list twice (`seccion_duplicada` on
    `categorias`: LibreOffice prints the next ficha's text box on its page), every ficha with no list
    of its own (`seccion_faltante` on `categorias`) and no aviso on `categoria_otra` gets
    `lectura_dudosa` there: its list, "Otra" and its write-in may be the one read in the other ficha."""
    said = [Notes(record["revision"]["avisos"]).said() for record in records]
    twice = [n for n, found in enumerate(said, start=1) if ("categorias", Aviso.seccion_duplicada.value) in found]
    if not twice:
        return
    for record, found in zip(records, said, strict=True):
        if ("categorias", Aviso.seccion_faltante.value) in found and not any(c == "categoria_otra" for c, _ in found):
            notes = Notes(record["revision"]["avisos"])
            notes.add(
                "categoria_otra",
                Aviso.lectura_dudosa,
                f"la ficha {twice[0]} del documento muestra dos listas de categorías; una puede ser la de esta "
                "ficha, que no tiene la suya: no se sabe si marca «Otra» ni su texto",
            )
            record["revision"] = notes.revision()


def _records(
    fichas: list[FichaParts], source: Source, ocr_pages: Sequence[OcrPage], catalogs: Catalogs | None
) -> list[Record]:
    """The records of `fichas`, repeated ids not yet flagged (`build_records` flags them)."""
    return [build_record(ficha, source, None, ocr_pages, catalogs) for ficha in fichas]


def _missing_sections(record: Record, sections: dict[str, list[Item]], has_categories: bool, notes: Notes) -> None:
    if not record["titulo"]:
        notes.add("titulo", Aviso.seccion_faltante, "la ficha no tiene título")
    if record["municipalidad"] is None:
        notes.add("municipalidad", Aviso.seccion_faltante, "no se encontró la municipalidad")
    for key, field_name in SECTION_FIELDS.items():
        present = key in sections or (key == "categorias" and has_categories)
        if not present:
            kind = "obligatoria" if field_name in REQUIRED else "opcional"
            notes.add(field_name, Aviso.seccion_faltante, f"falta la sección «{field_name}» ({kind})")


OPTIONAL_SECTIONS = (
    "fechas_implementacion",
    "forma_financiamiento",
    "sostenibilidad",
    "elemento_innovador",
    "lineas_sello",
)


def _is_empty(value: object) -> bool:
    """Whether a field holds nothing read: None, an empty list or text, or a dict of such values
    (`fechas_implementacion` with no text and no month, `forma_financiamiento` with no text and
    no funder)."""
    if isinstance(value, dict):
        return all(_is_empty(v) for v in value.values())
    return not value


def _long_text_lines(sections: dict[str, list[Item]], whole_blocks: bool = False) -> Iterator[tuple[str, str]]:
    """(section key, line text) of every text line of the running-text sections (`LONG_TEXT_SECTIONS`),
    in order; with `whole_blocks`, each block of several lines also as one text after its lines (a
    label printed over two lines: "MUNICIPALIDAD" over "PUENTE ALTO")."""
    for key in LONG_TEXT_SECTIONS:
        for block in blocks_of(sections.get(key, [])):
            for line in block.lines:
                yield key, line.text
            if whole_blocks and len(block.lines) > 1:
                yield key, join_lines([line.text for line in block.lines])


def _note_labels_in_text(
    sections: dict[str, list[Item]], notes: Notes, own: str | None = None, catalogs: Catalogs | None = None
) -> None:
    """An aviso `lectura_dudosa` on a running-text field (`LONG_TEXT_SECTIONS`) holding a line that
    is a municipality label alone ("Municipalidad San Joaquín": the prefix, a name, at most
    SETTINGS.fichas.max_municipality_words words), for a ficha whose head named no municipality (`own` None: most
    likely the ficha's own label, read into the text by reading order); or, for a ficha of the
    comuna `own`, a label of its own line or block set in capitals naming another comuna of
    `catalogs` (the next ficha's head, its title split by a page break, read into this ficha's
    last section; a municipality named in running text in lower case is no doubt). Never kept
    there in silence."""
    for key, line in _long_text_lines(sections, whole_blocks=own is not None):
        text = line.strip(" .:")
        if (
            len(text.split()) > SETTINGS.fichas.max_municipality_words
            or not starts_with_municipality(text)
            or not strip_prefix(text)
        ):
            continue
        if own is not None:
            comuna = catalogs.find_comuna(text) if catalogs is not None and text.isupper() else None
            if comuna is None or fold(comuna.nombre) == fold(own):
                continue
        notes.add(
            SECTION_FIELDS[key],
            Aviso.lectura_dudosa,
            f"«{text}» parece la etiqueta de municipio de {'la' if own is None else 'otra'} ficha,"
            " leída dentro de este campo",
        )


SENTENCE_ENDS = '.;:!?)»”"…'  # what ends a paragraph of running text


def _note_band_labels_in_text(sections: dict[str, list[Item]], notes: Notes) -> None:
    """An aviso `lectura_dudosa` on a running-text field (`LONG_TEXT_SECTIONS`) going on to another
    page or column (`_goes_on_elsewhere`) whose first text there is a municipality label alone (the
    prefix, a name, at most SETTINGS.fichas.max_municipality_words words, no sentence's end after it; a block's first
    line or its first two): a page's band or running header printed again
    on the page the section goes on to (a spread's second page, a band left as content), read into
    the text; it is quoted, never kept there in silence (trial 27 ed11). A municipality named in a
    paragraph of the text (a partner, a funder, the ficha's own label repeated) is no doubt."""
    for key in LONG_TEXT_SECTIONS:
        last: Provenance | None = None
        for block in blocks_of(sections.get(key, [])):
            lines = [line.text.strip() for line in block.lines]
            if not lines:
                continue
            goes_on = last is not None and _goes_on_elsewhere(last, block.lines[0].prov)
            last = block.lines[-1].prov
            if not goes_on:
                continue
            candidates = [lines[0], join_lines(lines[:2])] if len(lines) > 1 else [lines[0]]
            label = next((text for text in candidates if _label_alone(text)), None)
            if label is not None:
                notes.add(
                    SECTION_FIELDS[key],
                    Aviso.lectura_dudosa,
                    f"«{label}» parece una banda o un encabezado de página leído dentro de este campo",
                )


def _goes_on_elsewhere(before: Provenance, after: Provenance) -> bool:
    """Whether the text printed at `after` goes on from `before` on another page, or higher up on
    the same page (the next column or frame: a spread's other page); False when either has no
    page (a .docx)."""
    if before.page is None or after.page is None:
        return False
    if before.page != after.page:
        return True
    return before.bbox is not None and after.bbox is not None and after.bbox[1] < before.bbox[1]


def _label_alone(text: str) -> bool:
    """Whether `text` is a municipality label alone, no sentence's end after it."""
    return (
        bool(text)
        and text[-1] not in SENTENCE_ENDS
        and len(text.split()) <= SETTINGS.fichas.max_municipality_words
        and starts_with_municipality(text)
        and bool(strip_prefix(text))
    )


SENTENCE_TEXTS = ("descripcion", "elemento_innovador", "sostenibilidad")  # fields of paragraphs of whole sentences
# sections whose text, read empty, may have gone to the running text next to it (a form's two boxes side by
# side, "Forma de financiamiento" beside "Sostenibilidad en el tiempo": both captions read before both texts)
EMPTY_TEXT_WATCH = ("forma_financiamiento", *SENTENCE_TEXTS)


def _split_opening_block(sections: dict[str, list[Item]], key: str, taken: set[int]) -> None:
    """Cut section `key`'s first text block in two, in place, where its opening lines are set apart
    from the paragraph they were read into (`split_opening`)."""
    items = sections.get(key, [])
    k = next((n for n, i in enumerate(items) if isinstance(i, TextBlock) and id(i) not in taken), None)
    first = items[k] if k is not None else None
    if k is None or not isinstance(first, TextBlock):
        return
    parts = split_opening([first])
    if len(parts) > 1:
        items[k : k + 1] = parts


_BRACKETED = re.compile(r"[(\[][^()\[\]]*[)\]]:?")  # "(indique todas)", "[marque una o más]:"


def _wrapped_heading_hints(ficha: FichaParts) -> list[TextBlock]:
    """The blocks opening a section that are its heading's hint in brackets wrapped onto a line of its
    own («Departamento/Oficinas municipales que participan» over «(indique todas)», trial 28 ed33 PDF):
    wholly in brackets and set in the heading's type (weight, size within `SETTINGS.fields.hint_size`). Template text
    like the heading, no text of the section."""
    hints = []
    for section in ficha.sections:
        first = next(iter(section.items), None)
        head = section.heading.lines[-1] if section.heading.lines else None
        if not isinstance(first, TextBlock) or head is None or not first.lines:
            continue
        same_type = all(
            line.bold == head.bold and abs(line.size - head.size) <= SETTINGS.fields.hint_size * max(head.size, 1.0)
            for line in first.lines
        )
        if same_type and _BRACKETED.fullmatch(block_text(first).strip()):
            hints.append(first)
    return hints


def _placeholder_blocks(sections: dict[str, list[Item]], taken: set[int]) -> list[tuple[str, TextBlock]]:
    """(section key, block) for each block of a section whose whole text is the prompt a word processor
    prints in a content control left unfilled (`vocab.placeholder_prompts`: «Haga clic o pulse aquí para
    escribir texto.»): printed in the PDF export as if it were the section's text, it is none."""
    prompts = placeholder_prompts()
    return [
        (key, block)
        for key, items in sections.items()
        for block in blocks_of([i for i in items if id(i) not in taken])
        if fold(block_text(block)) in prompts
    ]


def _set_apart_blocks(key: str, blocks: list[TextBlock]) -> list[TextBlock]:
    """The blocks of section `key` that are no text of its field: in a section of sentences any block set
    apart (`set_apart`); in the other running-text sections only an opening one (`opening_set_apart`) and
    a closing one (`closing_set_apart`, a legend or note under the value): a short value's lines may be
    set in several types."""
    if key in SENTENCE_TEXTS:
        return set_apart(blocks)
    opening = opening_set_apart(blocks)
    closing = closing_set_apart(blocks if opening is None else blocks[1:])
    return [block for block in (opening, closing) if block is not None]


def _note_broken_paragraphs(record: Record, notes: Notes) -> None:
    """An aviso `lectura_dudosa` on a running-text field of sentences (`descripcion`,
    `elemento_innovador`, `sostenibilidad`) that
    holds a paragraph that opens in lower case or one that ends without a
    sentence's end (`SENTENCE_ENDS`) before the next: a sentence cut between two paragraphs; or
    whose last sentence is left open (`_left_open`). Joined
    paragraphs never look so; reading order that took the columns of running text in the wrong
    order (a column's top read before the text it goes on from, paragraphs of two columns read row
    by row) does, and the field must not pass as read right. The same when the text holds the
    phrase that opens the Líneas Sello (`vocab.sello_lead_ins`): that section read into this one."""
    for key in SENTENCE_TEXTS:
        text = record[key]
        if not isinstance(text, str) or not text:
            continue
        if any(lead in fold(text) for lead in sello_lead_ins()):  # the Sello section read into this one
            notes.add(key, Aviso.lectura_dudosa, "el texto lleva la frase que abre las Líneas Sello")
        if _left_open(text):
            notes.add(key, Aviso.lectura_dudosa, f"el texto termina a mitad de frase («{ending(text, 40)}»)")
        paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
        for before, after in pairwise(paragraphs):
            if after[:1].islower() or before[-1:] not in SENTENCE_ENDS:
                notes.add(
                    key,
                    Aviso.lectura_dudosa,
                    f"una frase parece cortada entre dos párrafos («{ending(before, 30)}» | «{opening(after, 30)}»): "
                    "el orden de lectura de las columnas puede estar mal",
                )
                break


def _note_opening_taken(record: Record, printed: list[str], notes: Notes) -> None:
    """An aviso `lectura_dudosa` on the running text printed right after one whose last sentence is
    left open (`_left_open`; `printed`: the ficha's section keys in reading order): that sentence's
    end may be this text's opening, taken by the section before (a value's first line set above its
    heading, read with the row above: browser seed 12327's description lost "El año 2018, a través
    de su" to the sustainability text, and opened in capitals on a name, "Oficina de Migración")."""
    for before, after in pairwise(printed):
        text = record.get(before)
        if before in SENTENCE_TEXTS and after in SENTENCE_TEXTS and isinstance(text, str) and text and _left_open(text):
            notes.add(
                after,
                Aviso.lectura_dudosa,
                f"el texto de «{before}», antes de este, termina a mitad de frase: "
                "su comienzo puede haberse leído allí",
            )


def _note_piece_taken(record: Record, printed: list[str], notes: Notes) -> None:
    """An aviso `lectura_dudosa` on the running text printed right before one that holds a piece of
    a sentence (a paragraph or a sentence opening in lower case, `_opens_a_piece`; `printed`: the
    ficha's section keys in reading order): that piece was cut from a sentence read elsewhere, most
    likely the text before it, which then lacks it and may pass as whole (browser seeds 24345 and
    24406: the description's column foot read into the innovation element after a CSS column
    break, the description joined over the gap); and one on the text holding the piece when it
    has none yet, whatever is printed before it (it took what may be another section's: reportlab
    seed 56050, a Sello justification's rest after a column break read into the description)."""
    for before, after in pairwise(["", *printed]):
        text, other = record.get(before), record.get(after)
        if after not in SENTENCE_TEXTS or not isinstance(other, str) or not (piece := _opens_a_piece(other)):
            continue
        if before in SENTENCE_TEXTS and isinstance(text, str) and text:
            notes.add(
                before,
                Aviso.lectura_dudosa,
                f"«{after}», después de este, lleva un trozo de frase («{piece}»): puede faltar aquí",
            )
        if (after, Aviso.lectura_dudosa.value) not in notes.said():
            notes.add(  # and the text holding it took what may be another section's
                after, Aviso.lectura_dudosa, f"lleva un trozo de frase («{piece}») que puede ser de otra sección"
            )


def _note_stray_piece(record: Record, strays: list[str], printed: list[str], notes: Notes) -> None:
    """An aviso `lectura_dudosa` on each running text of sentences (`SENTENCE_TEXTS`) printed before
    the Líneas Sello (`printed`: the ficha's section keys in reading order) when a text the Sello
    section left unread (`strays`) opens in lower case: a piece of a sentence cut from a running text
    read before it, which then lacks it and may pass as whole (browser seed 24345: the description's
    column foot, level with the Sello heading's band in the next column, read after that heading)."""
    piece = next((opening(text, 30) for text in strays if text[:1].islower()), None)
    if piece is None or "lineas_sello" not in printed:
        return
    for key in printed[: printed.index("lineas_sello")]:
        if key in SENTENCE_TEXTS and isinstance(record.get(key), str) and record.get(key):
            notes.add(key, Aviso.lectura_dudosa, f"un trozo de frase («{piece}») quedó sin ubicar: puede faltar aquí")


def _note_text_after_an_empty_one(record: Record, printed: list[str], notes: Notes) -> None:
    """An aviso `lectura_dudosa` on the running text (`SENTENCE_TEXTS`) printed next after one read
    empty, other sections between them aside, or next before it (`printed`: the ficha's section keys
    in reading order; the empty one flagged `seccion_vacia`, a running text or the funding text:
    `EMPTY_TEXT_WATCH`), when it has none yet: the empty
    section's text was most likely read into it (browser seed 29517: "Breve descripción" in the left
    CSS column, "Elemento innovador" in the right one level with it, both headings read before the
    description's paragraphs, which went to the innovation element; seed 30066: label rows, the
    empty one's text read at the end of the description)."""
    said = notes.said()
    for before, after in pairwise(key for key in printed if key in EMPTY_TEXT_WATCH):
        if (before, Aviso.seccion_vacia.value) in said and _unflagged_text(record, after, said):
            notes.add(
                after,
                Aviso.lectura_dudosa,
                f"«{before}», antes de este, se leyó vacía: su texto puede haberse leído aquí",
            )
        elif (after, Aviso.seccion_vacia.value) in said and _unflagged_text(record, before, said):
            notes.add(  # label rows read out of order: the empty one's text went to the end of the one before
                before,
                Aviso.lectura_dudosa,
                f"«{after}», después de este, se leyó vacía: su texto puede haberse leído aquí",
            )


def _unflagged_text(record: Record, key: str, said: set[tuple[str, str]]) -> bool:
    """Whether the record's field `key` holds a text and no `lectura_dudosa` yet (`said`: the avisos'
    (campo, codigo))."""
    value = record.get(key)
    return isinstance(value, str) and bool(value) and (key, Aviso.lectura_dudosa.value) not in said


def _opens_a_piece(text: str) -> str | None:
    """The opening words of the first paragraph or sentence of `text` that starts in lower case (a
    piece of another sentence); None when none does."""
    for paragraph in (p.strip() for p in text.split("\n\n")):
        if paragraph[:1].islower():
            return opening(paragraph, 30)
    cut = LOWER_AFTER_A_SENTENCE.search(text)
    return cut.group(0) if cut else None


def _running_texts(record: Record) -> Iterator[tuple[str, str]]:
    """(field, text) for each running text of the record that holds any: the priority group, the
    long texts and the dates' and funding's texts (their aviso goes on the section's field)."""
    for key in ("grupo_prioritario", "descripcion", "elemento_innovador", "sostenibilidad"):
        if isinstance(text := record[key], str) and text:
            yield key, text
    for key in ("fechas_implementacion", "forma_financiamiento"):
        if isinstance(part := record[key], dict) and isinstance(text := part.get("texto"), str) and text:
            yield key, text


CLOSING_MARKS = frozenset(":;,.)]}»”’")  # a sentence never opens with one
# a sentence's end after a word of four letters or more (no abbreviation: "etc.", "Sr.") and a
# word in lower case after it: the next sentence never opens so, text of another region does
LOWER_AFTER_A_SENTENCE = re.compile(r"\w{4,}[.!?] +[a-záéíóúñü]\w*")


SENTENCE_CLOSE = re.compile(r"[.!?…)\]»”\"']\s*$")  # what closes the last sentence of a long text
SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+(?=[¿¡]?[A-ZÁÉÍÓÚÑ0-9])")  # a sentence's end, the next's opening


def _left_open(text: str) -> bool:
    """A text of paragraphs of whole sentences (description, innovation element, sustainability) whose last
    sentence ends with no mark (`SENTENCE_CLOSE`): its end was read elsewhere. A last sentence
    naming a municipality ("Municipalidad de Recoleta", a label repeated) is no sentence."""
    last = re.split(r"[.!?]\s+", text.rstrip())[-1]
    return SENTENCE_CLOSE.search(text) is None and not starts_with_municipality(last)


def _open_after_a_sentence(text: str) -> bool:
    """Whether a running text closes a sentence and then opens one it never closes (no mark ends it,
    `SENTENCE_CLOSE`): "... con una duración de 3 meses cada uno. El programa como tal", the next
    column's first words read into the dates' text (browser seed 24418). A short value of one phrase
    with no final mark ("Mujeres haitianas") is none; nor is a last sentence naming a municipality."""
    sentences = SENTENCE_BREAK.split(text.strip())
    return len(sentences) > 1 and _left_open(text)


def _heading_words_opening(text: str) -> str | None:
    """The run of words in capitals opening `text`, two or more, when it is a template heading's
    piece or whole (`template.part_of_a_heading`, `heading_term`: "CREATIVO DEL PROYECTO O
    ACTIVIDAD", the rest of a heading wrapped over lines read as its text), or its first word when
    that is a heading's word ending in the heading's colon ("Sello:" of "Líneas Sello:") or a
    heading's last word before a sentence (`_ends_a_heading_before_a_sentence`); else None."""
    first = text.split()[:1]
    if first and first[0].endswith(":") and part_of_a_heading(first[0]):
        return first[0]
    run = list(takewhile(lambda w: w.isupper() or not any(c.isalpha() for c in w), text.split()))
    while run and not any(c.isalpha() for c in run[-1]):
        run.pop()
    if len(run) == 1 and _ends_a_heading_before_a_sentence(text):
        return run[0]
    if len(run) < 2:
        return None
    words = " ".join(run)
    return words if part_of_a_heading(words) or heading_term(words)[0] is not None else None


def _ends_a_heading_before_a_sentence(text: str) -> bool:
    """Whether `text` opens with one word in capitals that is the last word of a template heading's
    printed name ("ACTIVIDAD" of "... del proyecto o actividad"), then a word opening a sentence
    (a capital): a wrapped heading's last line, set smaller than the heading's other lines (small
    capitals without a capital letter), read as its text's first word (browser seed 11800). A
    sentence never opens with a word in capitals before another capital."""
    words = text.split()
    if len(words) < 2 or not words[1][:1].isupper() or not words[0].isupper():
        return False
    last = fold(words[0]).rstrip(":")
    return any(name.split()[-1:] == [last] for term in headings() for name in term.folded)


def _month_names_run(text: str) -> str | None:
    """The first run of `SETTINGS.fields.month_names_run` or more words in a row that are each a month's name or a
    month's capital initial ("E F A", "Ene Feb Mar"; no comma or "y" between them, as a sentence
    lists months), or a mark after one (`months.DISPLAY_MARKS`, letter x included) when two of the run are
    months ("E X F X": a month column's rows, each a name and its cell's mark): the header or the
    rows of a month display the reader did not recognise, read into the text. None when there is
    none."""
    initials = set(month_forms()["letter"])
    run: list[str] = []
    months = 0
    for word in text.split():
        initial = len(word) == 1 and word.isupper() and fold(word) in initials
        month = initial or (word.isalpha() and month_number(word) is not None)
        if month or (run and word in DISPLAY_MARKS):
            run.append(word)
            months += month
            if len(run) >= SETTINGS.fields.month_names_run and months >= 2:
                return " ".join(run)
        else:
            run, months = [], 0
    return None


def _note_foreign_or_cut_text(record: Record, notes: Notes) -> None:
    """An aviso `lectura_dudosa` on a running text that opens in lower case or holds a sentence that
    does (`LOWER_AFTER_A_SENTENCE`: a piece of another section or region read into it), ends with a
    comma or a function word (`items.ends_on_a_function_word`; its sentence cut: the
    rest read elsewhere, a column's line taken by the next section), opens with a mark that ends or
    closes something (`CLOSING_MARKS`: a heading's colon read apart from it), or holds a sentence
    opening with a Sello line's name (`sello.named_sentences`: a row of the Líneas Sello table read
    into this section; `lineas_sello` gets one too when it lacks that line), or holds month names
    one after another (`_month_names_run`: a month display's header). None occurs in a section
    read whole."""
    for key, text in _running_texts(record):
        if text.lstrip()[:1].islower():
            opening_words = opening(text.strip().split("\n\n")[0], 40)
            notes.add(key, Aviso.lectura_dudosa, f"el texto empieza a mitad de frase («{opening_words}»)")
        if cut := LOWER_AFTER_A_SENTENCE.search(text):
            notes.add(key, Aviso.lectura_dudosa, f"una frase empieza en minúscula («{cut.group(0)}»)")
        if text.lstrip()[:1] in CLOSING_MARKS:
            notes.add(key, Aviso.lectura_dudosa, f"el texto empieza con un signo de puntuación («{opening(text, 40)}»)")
        if text.rstrip()[-1] == "," or ends_on_a_function_word(text) or _open_after_a_sentence(text):
            notes.add(key, Aviso.lectura_dudosa, f"el texto termina a mitad de frase («{ending(text, 40)}»)")
        if names := _month_names_run(text):
            notes.add(key, Aviso.lectura_dudosa, f"el texto lleva nombres de meses seguidos («{names}»)")
        if heading_words := _heading_words_opening(text):
            notes.add(key, Aviso.lectura_dudosa, f"el texto empieza con palabras de un encabezado («{heading_words}»)")
        if label := _other_heading_inside(text, key):
            message = f"el texto lleva el encabezado «{label}» de otra sección: esa sección puede haberse leído aquí"
            notes.add(key, Aviso.lectura_dudosa, message)
        if named := named_sentences(text):
            notes.add(key, Aviso.lectura_dudosa, f"el texto lleva el nombre de una línea Sello («{named[0]}»)")
            read = {line["linea"] for line in record["lineas_sello"]}
            for sentence in (s for s in named if named_line(s) not in read):
                notes.add("lineas_sello", Aviso.lectura_dudosa, f"la línea «{sentence}» se leyó en {key}: falta aquí")


# words opening a sentence or paragraph, then a colon, a period or a dash: a run-in label ("Forma
# de financiamiento: ...", "Forma de financiamiento. Recursos ...", "Forma de financiamiento — ...")
RUN_IN_LABEL = re.compile(
    r"(?:^|[.!?;)]\s+|\n)([A-ZÁÉÍÓÚÑ][^.:;\n\u2014\u2013]{2,80}?)\s*(?=(:|\.(?:\s|$)|\s[\u2014\u2013-]\s))"
)


def _other_heading_inside(text: str, key: str) -> str | None:
    """The first run-in label in `text` (`RUN_IN_LABEL`: words opening a sentence, then a colon, a
    period or a dash) that names a template heading other than the field `key`'s own, with the
    mark after it ("Forma de financiamiento:" or "Forma de financiamiento." inside the dates' text:
    a paragraph opening with that section's bold label, read on into this one); None when there is
    none."""
    for match in RUN_IN_LABEL.finditer(text):
        term = heading_term(match.group(1))[0]
        if term is not None and term.id != key and len(match.group(1).split()) <= SETTINGS.matching.max_heading_words:
            mark = match.group(2).strip()
            return match.group(1) + (mark if mark in ":." else f" {mark}")
    return None


def _untitled_choice(blocks: list[TextBlock]) -> TextBlock | None:
    """The title of a ficha with no title-like block, among its head's plain `blocks`: the first one,
    unless a later one is printed larger (a Word banner row or kicker set small above the title
    typed large); None when there is none."""
    if not blocks:
        return None
    return max(blocks, key=lambda b: b.size) if blocks[0].size < max(b.size for b in blocks) else blocks[0]


def _untitled_doubt(title: TextBlock, blocks: list[TextBlock]) -> str | None:
    """Why the title `_untitled_choice` took among the head's plain `blocks` may be some other text, in
    Spanish for `titulo_dudoso`; None when it is sure: a Word ficha's only plain head block. A PDF prints
    its title large, so a title no larger than the body is a guess; in Word, a head holding other
    plain text than the title (a banner row, a kicker) leaves the choice in doubt."""
    text = block_text(title)
    if title.prov.page is not None:
        return f"ningún texto es más grande que el cuerpo: «{text}» es solo el primero de la ficha"
    others = [block_text(b) for b in blocks if b is not title]
    if not others:
        return None
    return (
        f"ningún texto tiene estilo de título ni es mucho más grande que el cuerpo: se tomó «{text}»"
        f"{' (el más grande)' if title is not blocks[0] else ' (el primero)'} entre otros textos de la cabecera "
        f"({', '.join(f'«{o}»' for o in others)})"
    )


def _category_table_headers(ficha: FichaParts, items: list[Item]) -> list[TextBlock]:
    """The text blocks of the Categoría section (`items`) read before its first box that are a
    category table's column titles ("Categoría | Marque con X", vocabulary `category_table_headers`),
    when the ficha's category list was read (a new user's trial of 2026-12-07, d06: the header row
    quoted in avisos texto_sin_ubicar): template text, no category's."""
    if not any(c.category is not None for c in ficha.categories):
        return []
    first_box = next((n for n, item in enumerate(items) if isinstance(item, Checkbox)), len(items))
    return [
        item
        for item in items[:first_box]
        if isinstance(item, TextBlock) and fold(block_text(item)).strip(" :") in category_table_headers()
    ]


def _kicker(item: Item) -> bool:
    """A head block printing the ficha's number with its word alone ("FICHA 2", over the title:
    `template.is_ficha_kicker`): the ficha's numbering, which no field takes and no reviewer needs."""
    return isinstance(item, TextBlock) and is_ficha_kicker(block_text(item))


def _labelled_title(head: list[Item]) -> tuple[list[TextBlock], str] | None:
    """(blocks used, title) of a ficha's name printed as a labelled value in its head: "Nombre de la
    práctica: X" in one block, or the label alone and the next head block of its page (the row's
    value cell, beside or under it) when that one is no label itself; None when the head holds none."""
    blocks = blocks_of(head)
    for n, block in enumerate(blocks):
        found = title_label(block_text(block))
        if found is None:
            continue
        if found[1]:
            return [block], found[1]
        value = blocks[n + 1] if n + 1 < len(blocks) else None
        if value is None or value.prov.page != block.prov.page:
            continue
        text = join_lines(value.raw_lines)
        if title_label(text) is None and not starts_with_municipality(text):
            return [block, value], text
    return None


def _note_sello_names_astray(record: Record, notes: Notes) -> None:
    """`lectura_dudosa` on `lineas_sello` for each text no field took (`texto_sin_ubicar`, on any
    other field) that opens with the name of a Sello line the list lacks: a row of the Líneas
    Sello table read into another section's region (a category label's words beside a side panel)."""
    read = {line["linea"] for line in record["lineas_sello"]}
    for text in _unplaced_texts(notes, but="lineas_sello"):
        line = named_line(text)
        if line is not None and line not in read:
            quoted = opening(text, 60)
            notes.add("lineas_sello", Aviso.lectura_dudosa, f"la línea «{quoted}» quedó sin ubicar: falta aquí")


def _value_columns(heading: TextBlock, blocks: list[TextBlock]) -> tuple[int, ...] | None:
    """The left edges (points, rounded) of the text blocks that start on `heading`'s line right of
    it, side by side, each beginning right of the one before it ends (a table row's value cells);
    None when fewer than two do."""
    box = heading.prov.bbox
    if box is None or not heading.size:
        return None
    row = sorted(
        (b.prov.bbox for b in blocks if b.prov.bbox is not None and b.prov.page == heading.prov.page),
        key=lambda other: other[0],
    )
    row = [other for other in row if abs(other[1] - box[1]) < 0.5 * heading.size and other[0] > box[2]]
    if len(row) < 2 or not all(after[0] > before[2] for before, after in pairwise(row)):
        return None
    return tuple(round(other[0]) for other in row)


def _note_side_by_side_values(ficha: FichaParts, sections: Mapping[str, list[Item]], notes: Notes) -> None:
    """`lectura_dudosa` on every field of a ficha whose section headings (at least
    SETTINGS.fields.min_side_by_side_sections) each have two or more values on their line in the same columns side
    by side: a comparison table of several practices, one per column (trial 28 ed16), read as one
    ficha whose fields join the columns' texts (or one column's values run into a later field)."""
    blocks = [*blocks_of(ficha.head), *(b for items in sections.values() for b in blocks_of(items))]
    columns = [_value_columns(section.heading, blocks) for section in ficha.sections]
    counts = Counter(c for c in columns if c is not None)
    shared = [c for c, n in counts.items() if n >= SETTINGS.fields.min_side_by_side_sections]
    if not shared:
        return
    said = (
        f"los valores de la ficha están en {len(shared[0])} columnas lado a lado (un cuadro comparativo de "
        "varias prácticas): el campo puede juntar los textos de varias fichas"
    )
    fields = [SECTION_FIELDS[key] for key in sections if key in SECTION_FIELDS]
    fields += ["categoria_otra"] if "categorias" in fields else []
    for field in ("municipalidad", "titulo", *fields):
        notes.add(field, Aviso.lectura_dudosa, said)


def _note_prefix_astray(record: Record, notes: Notes) -> None:
    """`lectura_dudosa` on `municipalidad` when its text has no municipality prefix ("Municipalidad",
    vocabulary `municipality_prefixes`) while a text no field took holds one, even glued to another
    word ("CATEGORÍAMunicipalidad": LibreOffice printed a label and the next box's heading as one
    word, Word seed 10806): the label's prefix was read apart from its name."""
    municipalidad = record["municipalidad"]
    if not municipalidad or starts_with_municipality(municipalidad["texto"]):
        return
    for text in _unplaced_texts(notes):
        if any(prefix in fold(text) for prefix in folded_prefixes()):
            message = f"el prefijo de la municipalidad quedó sin ubicar («{opening(text, 40)}»)"
            notes.add("municipalidad", Aviso.lectura_dudosa, message)
            return


def _note_headings_astray(notes: Notes) -> None:
    """`lectura_dudosa` on a section's field when a text no field took (`texto_sin_ubicar`) is that
    section's heading ("[x] IV. FECHAS DE IMPLEMENTACIÓN": a heading read as a box's label, browser
    seed 23330): the heading did not open its section, so the section's text may have been read
    into another field, or lost; the field that lacks it must say so."""
    for text in _unplaced_texts(notes):
        term = _opening_heading(_BOX_NOTATION.sub("", text))
        if term is not None and term.id in SECTION_FIELDS:
            quoted = opening(text, 60)
            message = f"el encabezado «{quoted}» quedó sin ubicar: el texto de la sección pudo leerse en otro campo"
            notes.add(SECTION_FIELDS[term.id], Aviso.lectura_dudosa, message)


_BOX_NOTATION = re.compile(r"^\[[ x]\]\s*")  # "[x] " or "[ ] " before a box's label in an aviso


def _opening_heading(text: str) -> Term | None:
    """The template heading `text` is, or opens with (its first words, at most SETTINGS.fields.heading_opening_words,
    the most that are one: "4. Fechas de implementación Cooperativas NNA", a numbered heading glued to
    the column of a table beside it, trial 28 ed20-years); None when none."""
    words = text.split()
    for n in range(min(len(words), SETTINGS.fields.heading_opening_words), 0, -1):
        if n == 1 < len(words):  # one word opening a longer text is no heading's name for sure
            break
        term, _ = heading_term(" ".join(words[:n]))
        if term is not None:
            return term
    return heading_term(text)[0] if len(words) > SETTINGS.fields.heading_opening_words else None


def _unplaced_texts(notes: Notes, but: str | None = None) -> list[str]:
    """The texts no field took (avisos `texto_sin_ubicar`), those on the field `but` aside."""
    return [a["mensaje"] for a in notes.avisos if a["codigo"] == Aviso.texto_sin_ubicar.value and a["campo"] != but]


# letters and a times sign are text; a hollow circle is the unmarked half of a ● / ○ month display
PRINTED_MARKS = ((CHECKED_BOXES | EMPTY_BOXES | CHECK_MARKS) - {"x", "X", "×"}) | frozenset("○◯⚪")


def _note_marks_in_text(sections: dict[str, list[Item]], notes: Notes) -> None:
    """An aviso `lectura_dudosa` on a running-text field (`LONG_TEXT_SECTIONS`) holding a box or a
    mark printed as a word of its own ("Ene ✕ Feb ✕", "☐ Acogida"): a checkbox list or month display
    the reader did not recognise, read into the text; its states are then unread, never kept in
    silence. Letters x and X and the sign × are text."""
    marks_of: dict[str, list[str]] = {}
    for key, line in _long_text_lines(sections):
        marks_of.setdefault(key, []).extend(word for word in line.split() if word in PRINTED_MARKS)
    for key, marks in marks_of.items():
        if marks:
            notes.add(
                SECTION_FIELDS[key],
                Aviso.lectura_dudosa,
                f"el texto lleva {len(marks)} marca(s) de casilla o de mes impresas («{marks[0]}»): "
                "una lista de casillas o una tabla de meses que no se reconoció",
            )


def _note_unread_categories(
    ficha: FichaParts, printed: bool, otra: str | None, notes: Notes, scanned: bool = False
) -> None:
    """When the category list was not read whole, `lectura_dudosa` on `categorias` naming the
    categories no box was read for, and on `categoria_otra` when no write-in, `otra`, was read: the
    list's "Otra" box may be among what was lost, or read wrong beside the lost ones (a box taken by
    a neighbour's label), its text unread. A list is not read whole when it is
    cut off at a page's foot (`cut_short`: the template's categories after its last box), or when
    words or boxes of it went to no category (`texto_sin_ubicar` or `seccion_vacia` on
    `categorias`: a label cut off, a box lost to its neighbour's label; then every category no box
    names, `unprinted_categories`), or when its boxes were read from a `scanned` page and one of them
    is unchecked (a form's checklist, which prints every category): a label OCR lost under text
    printed over it, or a box it read as a letter ("☑ Otra" read "M Otra"), leaves its category
    unnamed, and it went to another section's text, not to `categorias`. A list with nothing lost is
    no doubt; a section with no list at all is said by `seccion_vacia` alone."""
    said = notes.said()
    lost = ("categorias", Aviso.texto_sin_ubicar.value) in said or ("categorias", Aviso.seccion_vacia.value) in said
    lost = lost or (scanned and any(not c.box.checked for c in ficha.categories if c.category is not None))
    cut = [t.id for t in cut_short(ficha.categories, ficha.all_items())]
    unread = cut or (unprinted_categories(ficha.categories, printed) if lost else [])
    if unread and any(c.category for c in ficha.categories):
        where = "cortada al pie de la página" if cut else "no se leyó entera"
        notes.add(
            "categorias", Aviso.lectura_dudosa, f"la lista de categorías ({where}) no muestra las casillas {unread}"
        )
    if unread and otra is None and ("categoria_otra", Aviso.otra_sin_texto.value) not in said:
        why = "no se leyó la casilla «Otra»" if "otra" in unread else "su casilla «Otra» pudo leerse mal"
        notes.add(
            "categoria_otra",
            Aviso.lectura_dudosa,
            f"la lista de categorías no se leyó entera y {why}: su texto pudo quedar sin leer",
        )


def _note_doubtful_category_list(otra: str | None, notes: Notes) -> None:
    """`lectura_dudosa` on `categoria_otra` when the category list itself is in doubt and the field
    has no aviso yet: printed twice in the ficha (`seccion_duplicada` on `categorias`: one may be
    another ficha's, a floating text box LibreOffice prints on the page before its own ficha's), so
    the write-in `otra` read may be the other list's. A reviewer checking `categorias` checks the
    write-in too, and a comparison by field sees it flagged. (A list not found is said by
    `seccion_faltante` on `categorias` alone.)"""
    said = notes.said()
    if any(campo == "categoria_otra" for campo, _ in said):
        return
    if ("categorias", Aviso.seccion_duplicada.value) in said:
        what = f"el texto de «Otra» («{otra}»)" if otra else "la falta de un texto de «Otra»"
        notes.add(
            "categoria_otra",
            Aviso.lectura_dudosa,
            f"la lista de categorías aparece más de una vez (una puede ser de otra ficha): {what} puede venir "
            "de la otra lista",
        )


def _every_category_bulleted(items: Sequence[Item]) -> bool:
    """Whether the lines of `items` opened by a bullet (`Line.bullet`: "■ Sociolaboral", one glyph
    before every label) name every category of the vocabulary: a list that prints them all alike,
    its marks no box told checked or not (trial 27 ed15: the same ZapfDingbats square before each)."""
    named = {
        term.id
        for block in blocks_of(list(items))
        for line in block.lines
        if line.bullet and (term := category_named(line.text)) is not None
    }
    return named >= {term.id for term in categories()}


def _empty_sections(record: Record, sections: dict[str, list[Item]], ficha: FichaParts, notes: Notes) -> None:
    """Gaps of sections that are printed (issue 19): a section (required, or optional: issue 20,
    the text of a label | value row read into another row's) with nothing read from it
    (`seccion_vacia`), a category list with no box checked (`categoria_sin_marcar`), "Otra"
    checked with no text after it (`otra_sin_texto`). A list not read whole: `_note_unread_categories`."""
    for key in ("oficinas", "grupo_prioritario", "descripcion"):
        if key in sections and not record[key]:
            notes.add(key, Aviso.seccion_vacia, f"la sección «{key}» (obligatoria) está impresa sin contenido")
    for key in OPTIONAL_SECTIONS:  # its heading printed, nothing read: its text may have gone elsewhere
        if key in sections and _is_empty(record[key]):
            notes.add(key, Aviso.seccion_vacia, f"la sección «{key}» (opcional) está impresa sin contenido")
    boxes = [c for c in ficha.categories if c.category is not None]
    if "categorias" in sections and not boxes:
        said = "la sección «categorias» (obligatoria) no tiene casillas"
        if _every_category_bulleted(sections["categorias"]):
            said += (
                ": imprime todas las categorías tras una misma viñeta o marca, y la página no dice cuáles están "
                "seleccionadas"
            )
        notes.add("categorias", Aviso.seccion_vacia, said)
    elif boxes and not any(c.box.checked for c in boxes):
        notes.add("categorias", Aviso.categoria_sin_marcar, "ninguna casilla de la lista de categorías está marcada")
    if "otra" in record["categorias"] and not record["categoria_otra"]:
        notes.add("categoria_otra", Aviso.otra_sin_texto, "la casilla «Otra» está marcada sin texto que la explique")
