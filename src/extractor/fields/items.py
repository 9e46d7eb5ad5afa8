"""The text of a section's items, as the fields read it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..layout import Checkbox, Item, Table, TextBlock
from ..normalize.entities import Piece
from ..segment.fichas import block_text
from ..settings import SETTINGS
from ..text import join_lines
from ..vocab import function_words, month_number
from .notes import Aviso, Notes
from .shapes import EntityEntry


def printed_case_lines(block: TextBlock) -> list[str]:
    """A title's or label's lines as the publication spells them: a PDF line printed in small capitals
    ("Mesa de Trabajo" drawn as capitals of two sizes) with its small capitals in lower case
    (`Line.cased`); a line of it in capitals alone, all of the small capitals' size of a line so
    read, in lower case too (a wrapped title's "de la comuna"). Capitals of one size stay as
    printed: nothing tells which of them the publication meant."""
    small = [line.small_capitals for line in block.lines if line.cased]
    out = []
    for line in block.lines:
        alone = (
            not line.cased
            and any(abs(line.size - size) <= SETTINGS.fields.small_capitals_size for size in small)
            and line.text == line.text.upper()
        )
        out.append(line.cased or (line.text.lower() if alone else line.text))
    return out


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


def item_text(item: Item) -> str:
    """An item's printed text as an aviso quotes it ("" for a ReaderNote, an aviso of its own)."""
    if isinstance(item, TextBlock):
        return block_text(item)
    if isinstance(item, Checkbox):
        return f"[{'x' if item.checked else ' '}] {item.label or ''}".strip()
    if isinstance(item, Table):
        return " | ".join(c.text for c in item.cells if c.text)
    return ""  # a ReaderNote is an aviso of its own (`record._without_reader_notes`)


def ends_on_a_function_word(text: str) -> bool:
    """`text` ends with an article, preposition or conjunction ("con", "de la", "y": vocabulary
    `function_words`) and no mark after it: no sentence or list ends so, its rest was read elsewhere."""
    words = text.rstrip().rsplit(None, 1)
    return bool(words) and words[-1].isalpha() and words[-1].lower() in function_words()


def note_strays(notes: Notes, campo: str, items: Sequence[Item]) -> None:
    """An aviso `texto_sin_ubicar` for each item that no field took, on `campo`; a checkbox's on
    `categorias` too, whatever section it was read in (the template's one list of boxes: a box left
    unread leaves the category list short, browser seeds 7220, 7345; and it may be a cell of the
    section's own display, a month table's: Word seed 9197); a box labelled with a month's name
    alone is a month display's, none of the list's."""
    for item in items:
        text = _stray_text(item)
        if text:
            notes.add(campo, Aviso.texto_sin_ubicar, text)
            if isinstance(item, Checkbox) and campo != "categorias" and not _labels_a_month(item):
                notes.add("categorias", Aviso.texto_sin_ubicar, text)


def _stray_text(item: Item) -> str:
    """What an aviso on an item no field took quotes: its printed text (`item_text`: "[x] Otra:
    Regularización" for a box and its label); a box with no label is said in words, where it
    stands ("una casilla marcada, sin texto que la nombre (página 2)"): "[x]" alone reads as printed
    text and tells the reviewer nothing of which box it is."""
    if isinstance(item, Checkbox) and not (item.label or "").strip():
        state = "marcada" if item.checked else "sin marcar"
        page = f" (página {item.prov.page})" if item.prov.page is not None else ""
        return f"una casilla {state}, sin texto que la nombre{page}"
    return item_text(item)


def _labels_a_month(box: Checkbox) -> bool:
    """A box whose label is months' names, marks aside ("☐ Ene", "☐ Ene ■ Feb ■ Mar"): a month
    display's mark, no category's."""
    words = [w for w in (box.label or "").split() if any(c.isalpha() for c in w)]
    return bool(words) and all(month_number(w) is not None for w in words)


def named_entity(
    piece: Piece, notes: Notes, campo: str, unknown: Aviso, guess_type: Callable[[str], str]
) -> EntityEntry:
    """{"nombre", "sigla", "tipo"} of a printed name (`piece`, matched against a catalog or not):
    the catalog entry's, or, for a name no catalog holds, the name as printed with the
    `guess_type` of its text and an aviso `unknown` on `campo`."""
    if piece.entry is None:
        notes.add(campo, unknown, f"«{piece.texto}» no está en el catálogo; se conserva como aparece")
        return {"nombre": piece.nombre, "sigla": piece.sigla, "tipo": guess_type(piece.texto)}
    return {"nombre": piece.entry.nombre, "sigla": piece.entry.sigla, "tipo": piece.entry.tipo}


def note_unread(notes: Notes, campo: str, names: list[str], what: str) -> None:
    """An aviso `nombre_sin_leer` on `campo` naming the words of a list that `what` ("ninguna oficina") took."""
    if names:
        quoted = ", ".join(f"«{n}»" for n in names)
        notes.add(campo, Aviso.nombre_sin_leer, f"{quoted} del texto no quedó en {what}; revise la lista")
