"""The aviso codes (`revision.avisos[].codigo`): one typed vocabulary for every stage.

Readers name what they could not read (`layout.ReaderNote.codigo`) and fields name what a
human should look at (`fields.notes.Notes.add`) with the same enum, so a code that does not
exist fails when the module is type-checked, not at run time. The list is the output
contract's aviso table (docs/ficha-schema.md, "Aviso codes"; tests/test_contract.py keeps
the two equal).
"""

from __future__ import annotations

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
    texto_oculto = "texto_oculto"  # hidden text (Word's w:vanish, a PDF's never-shown text) met where content stands
    lectura_dudosa = "lectura_dudosa"  # something a reader could not interpret (an unreadable mark or cell)
    nombre_sin_leer = "nombre_sin_leer"  # a name or acronym of an office list or funding text that no entry took
    seccion_vacia = "seccion_vacia"  # a section printed with nothing in it (no text, no office, no box)
    categoria_sin_marcar = "categoria_sin_marcar"  # a category list with no box checked
    otra_sin_texto = "otra_sin_texto"  # "Otra" checked with nothing written after it
    meses_sin_marcar = "meses_sin_marcar"  # a month table with no month marked while the text names months
    encabezado_desconocido = "encabezado_desconocido"  # a line set like a heading that no template heading is
    lectura_ocr = "lectura_ocr"  # the ficha was read by OCR from scanned pages: pages, mean confidence, doubtful words
    titulo_dudoso = "titulo_dudoso"  # the title was chosen among doubtful candidates (see segment.fichas.title_doubt)
