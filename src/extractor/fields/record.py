"""Assemble one ficha record (a plain dict in the spec's key order) from its parts."""

from __future__ import annotations

from dataclasses import replace

from ..layout import Checkbox, Item, ReaderNote, Table, TextBlock
from ..normalize.catalog import funders, offices
from ..normalize.comunas import find_comuna, starts_with_municipality, strip_prefix
from ..normalize.entities import distinct, guess_office_type, split_entities
from ..normalize.funding import funder_pieces, guess_funder_type
from ..source import Source
from ..segment import FichaParts, Section, block_text, is_month_table
from ..text import clean, fold, join_lines, join_paragraphs, slug
from .categories import is_category_list, read_categories
from .months import table_months, text_months
from .notes import Notes
from .sello import read_lines

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


def blocks_of(items: list[Item]) -> list[TextBlock]:
    return [i for i in items if isinstance(i, TextBlock)]


def section_text(items: list[Item]) -> str | None:
    """One run of text: lines and paragraphs joined with spaces."""
    return join_lines([line for block in blocks_of(items) for line in block.raw_lines]) or None


def section_paragraphs(items: list[Item]) -> list[str]:
    return [t for t in (block_text(b) for b in blocks_of(items)) if t]


def list_text(items: list[Item]) -> str:
    """A printed list: lines of one paragraph joined by spaces, paragraphs by line breaks."""
    return "\n".join(block_text(b) for b in blocks_of(items) if block_text(b))


def _sections_by_key(parts: FichaParts, notes: Notes) -> dict[str, list[Item]]:
    grouped: dict[str, list[Section]] = {}
    for section in parts.sections:
        grouped.setdefault(section.key, []).append(section)
    out = {}
    for key, sections in grouped.items():
        if len(sections) > 1:
            notes.add(SECTION_FIELDS[key], "seccion_duplicada",
                      f"el encabezado «{block_text(sections[0].heading)}» aparece {len(sections)} veces; se conservan todos los textos")
        out[key] = [item for s in sections for item in s.items]
    return out


def _municipality(parts: FichaParts, notes: Notes) -> tuple[dict | None, list[Item]]:
    """The municipality label (and the head items it used) from the ficha's head."""
    head = blocks_of(parts.head)
    for i, block in enumerate(head):
        text = block_text(block)
        used = [block]
        if starts_with_municipality(text) and not strip_prefix(text) and i + 1 < len(head):
            used.append(head[i + 1])  # "MUNICIPALIDAD" over "PUENTE ALTO"
            text = f"{text} {block_text(head[i + 1])}"
        bare_comuna = len(text.split()) <= 5 and strip_prefix(text) == fold(text) and find_comuna(text) is not None
        if starts_with_municipality(text) or bare_comuna:
            comuna = find_comuna(text)
            if comuna is None:
                notes.add("municipalidad.comuna", "comuna_desconocida", f"ninguna comuna del catálogo coincide con «{text}»")
            return ({"comuna": comuna.nombre if comuna else None, "region": comuna.region if comuna else None,
                     "texto": clean(text)}, used)
    return None, []


def _offices(items: list[Item], notes: Notes) -> list[dict]:
    out = []
    for piece in distinct(split_entities(list_text(items), offices())):
        if piece.entry is None:
            notes.add("oficinas", "oficina_desconocida", f"«{piece.texto}» no está en el catálogo; se conserva como aparece")
            out.append({"nombre": piece.texto, "sigla": None, "tipo": guess_office_type(piece.texto), "texto": piece.texto})
        else:
            out.append({"nombre": piece.entry.nombre, "sigla": piece.entry.sigla, "tipo": piece.entry.tipo, "texto": piece.texto})
    return out


def _funding(items: list[Item], notes: Notes) -> dict:
    text = section_text(items)
    sources = []
    for piece in distinct(funder_pieces(list_text(items), funders())):
        if piece.entry is None:
            notes.add("forma_financiamiento.fuentes", "fuente_desconocida",
                      f"«{piece.texto}» no está en el catálogo; se conserva como aparece")
            sources.append({"nombre": piece.texto, "sigla": None, "tipo": guess_funder_type(piece.texto)})
        else:
            sources.append({"nombre": piece.entry.nombre, "sigla": piece.entry.sigla, "tipo": piece.entry.tipo})
    return {"texto": text, "fuentes": sources}


def _dates(items: list[Item], notes: Notes) -> dict:
    tables = [i for i in items if is_month_table(i)]
    text = section_text([i for i in items if not isinstance(i, Table)])
    stated = text_months(text)
    if not tables:
        return {"meses": stated, "texto": text}
    marked = sorted(set().union(*(table_months(t) for t in tables)))
    if stated and stated != marked:
        notes.add("fechas_implementacion.meses", "meses_inconsistentes",
                  f"la tabla marca los meses {marked} pero el texto indica {stated}")
    return {"meses": marked, "texto": text}


def _stray(notes: Notes, campo: str, items: list[Item]) -> None:
    for item in items:
        if isinstance(item, TextBlock):
            text = block_text(item)
        elif isinstance(item, Checkbox):
            text = f"[{'x' if item.checked else ' '}] {item.label or ''}".strip()
        else:
            text = " | ".join(c.text for c in item.cells if c.text)
        if text:
            notes.add(campo, "texto_sin_ubicar", text)


def _without_reader_notes(parts: FichaParts, notes: Notes) -> FichaParts:
    """The parts without `ReaderNote` items (what the reader could not read); each becomes an
    aviso on the field of the section it fell in ("" in the head)."""
    def keep(items: list[Item], campo: str) -> list[Item]:
        for note in (i for i in items if isinstance(i, ReaderNote)):
            notes.add(campo, note.codigo, note.mensaje)
        return [i for i in items if not isinstance(i, ReaderNote)]

    return FichaParts(parts.title, keep(parts.head, ""),
                      [replace(s, items=keep(s.items, SECTION_FIELDS[s.key])) for s in parts.sections])


def build_record(parts: FichaParts, source: Source) -> dict:
    """The ficha as a dict in the contract's key order (validated later by the model)."""
    notes = Notes()
    parts = _without_reader_notes(parts, notes)
    sections = _sections_by_key(parts, notes)
    all_items = parts.all_items()

    # The category list is found by its labels wherever it was printed.
    boxes = [i for i in all_items if isinstance(i, Checkbox)]
    category_boxes = boxes if is_category_list(boxes) else []
    categorias, categoria_otra, stray_boxes = read_categories(category_boxes)
    taken = {id(b) for b in category_boxes if b not in stray_boxes}
    month_tables = [i for i in all_items if is_month_table(i)]
    if month_tables and "fechas_implementacion" not in sections:
        sections["fechas_implementacion"] = []
    for table in month_tables:  # a month table belongs to the dates, wherever it was read
        for key, items in sections.items():
            if table in items and key != "fechas_implementacion":
                items.remove(table)
                sections["fechas_implementacion"].insert(0, table)

    def content(key: str) -> list[Item]:
        return [i for i in sections.get(key, []) if id(i) not in taken]

    municipalidad, used_head = _municipality(parts, notes)
    title_block = parts.title
    head_rest = [i for i in parts.head if i not in used_head and id(i) not in taken]
    if title_block is None:  # no title-like block: the first plain head block is the title
        first = next((b for b in blocks_of(head_rest)), None)
        if first is not None:
            title_block = first
            head_rest.remove(first)
    titulo = join_lines(title_block.raw_lines) if title_block else None
    _stray(notes, "", head_rest)

    grupo = content("grupo_prioritario")
    lineas, stray_lines = read_lines(section_paragraphs(content("lineas_sello")))
    for text in stray_lines:
        notes.add("lineas_sello", "texto_sin_ubicar", text)
    for key, items in sections.items():
        stray = [i for i in items if isinstance(i, Checkbox) and id(i) not in taken]
        if key != "fechas_implementacion":
            stray += [i for i in items if isinstance(i, Table)]
        _stray(notes, SECTION_FIELDS[key], stray)
    if "categorias" in sections:
        _stray(notes, "categorias", blocks_of(content("categorias")))

    record = {
        "schema_version": 1,
        "id": None,
        "titulo": titulo,
        "municipalidad": municipalidad,
        "oficinas": _offices(content("oficinas"), notes),
        "grupo_prioritario": section_text(grupo),
        "categorias": categorias,
        "categoria_otra": categoria_otra,
        "fechas_implementacion": _dates(content("fechas_implementacion"), notes),
        "forma_financiamiento": _funding(content("forma_financiamiento"), notes),
        "sostenibilidad": section_text(content("sostenibilidad")),
        "descripcion": join_paragraphs(section_paragraphs(content("descripcion"))) or None,
        "elemento_innovador": section_text(content("elemento_innovador")),
        "lineas_sello": lineas,
        "fuente": {"archivo": source.archivo, "formato": source.formato, "sha256": source.sha256,
                   "paginas": parts.pages() if source.formato == "pdf" else None},
        "revision": None,
    }
    _missing_sections(record, sections, bool(category_boxes), notes)
    comuna = municipalidad["comuna"] if municipalidad and municipalidad["comuna"] else (
        strip_prefix(municipalidad["texto"]) if municipalidad else "")
    record["id"] = f"{slug(comuna) or 'sin-comuna'}--{slug(titulo or '') or 'sin-titulo'}"
    record["revision"] = {"estado": "revisar" if notes.avisos else "ok", "avisos": notes.avisos}
    return record


def _missing_sections(record: dict, sections: dict, has_categories: bool, notes: Notes) -> None:
    if not record["titulo"]:
        notes.add("titulo", "seccion_faltante", "la ficha no tiene título")
    if record["municipalidad"] is None:
        notes.add("municipalidad", "seccion_faltante", "no se encontró la municipalidad")
    for key, field_name in SECTION_FIELDS.items():
        present = key in sections or (key == "categorias" and has_categories)
        if not present:
            kind = "obligatoria" if field_name in REQUIRED else "opcional"
            notes.add(field_name, "seccion_faltante", f"falta la sección «{field_name}» ({kind})")
