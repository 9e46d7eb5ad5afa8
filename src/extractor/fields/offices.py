"""The `oficinas` field: the offices a section lists, matched against the catalogs.

A paragraph of the list printed on several lines (a table cell holding one office a line, a Word
paragraph's line breaks) is read line by line where each line is a whole office (`_line_groups`);
its lines run on as one text where they are one name wrapped.
"""

from __future__ import annotations

from ..layout import Item, Line, TextBlock
from ..normalize.catalog import Catalog, Entry
from ..normalize.catalogs import Catalogs, shipped
from ..normalize.entities import Piece, distinct, guess_office_type, names_across, names_of_entities, split_entities
from ..normalize.spans import unread_names
from ..text import clean, ending, join_lines
from .items import blocks_of, ends_on_a_function_word, named_entity, note_unread
from .notes import Aviso, Notes
from .shapes import EntityEntry


def read_offices(items: list[Item], notes: Notes, catalogs: Catalogs | None = None) -> list[EntityEntry]:
    """[{"nombre", "sigla", "tipo", "texto"}]; a name no catalog holds is kept as printed, with an aviso;
    a name or acronym of the list that no entry took, an aviso `nombre_sin_leer`. Names are matched
    in `catalogs.offices` (the shipped catalogs when None). Lines of one paragraph parted as offices
    of their own, not each a catalog office, give an aviso `lectura_dudosa` quoting them."""
    catalog = (catalogs or shipped()).offices
    printed, guessed = _office_list_text(items, catalog)
    if ends_on_a_function_word(printed):  # "… (SECPLAC) y": a name's words read apart, out of order
        notes.add("oficinas", Aviso.lectura_dudosa, f"la lista termina a mitad de frase («{ending(printed, 40)}»)")
    for lines in guessed:
        quoted = " / ".join(f"«{line}»" for line in lines)
        notes.add("oficinas", Aviso.lectura_dudosa, f"las líneas {quoted} se leyeron como oficinas distintas")
    pieces = split_entities(printed, catalog)
    note_unread(notes, "oficinas", unread_names(printed, [p.texto for p in pieces]), "ninguna oficina")
    return [
        named_entity(piece, notes, "oficinas", Aviso.oficina_desconocida, guess_office_type) | {"texto": piece.texto}
        for piece in distinct(pieces)
    ]


def _office_list_text(items: list[Item], catalog: Catalog[Entry]) -> tuple[str, list[list[str]]]:
    """The printed list (`items.list_text`: paragraphs parted by line breaks) with a line break too
    between the line groups of a paragraph (`_line_groups`); and, for each paragraph so parted that
    reads otherwise than its lines run on, its groups' texts when a break that no bullet opens
    parts lines that are not all catalog names (a guess the reviewer checks)."""
    texts: list[str] = []
    guessed: list[list[str]] = []
    for block in blocks_of(items):
        groups = [group for group in _line_groups(block, catalog) if join_lines([line.text for line in group])]
        if not groups:
            continue
        printed = [join_lines([line.text for line in group]) for group in groups]
        texts.append("\n".join(printed))
        if _texts(split_entities(join_lines(block.raw_lines), catalog)) == _texts(split_entities(texts[-1], catalog)):
            continue
        catalogued = [_all_catalogued(text, catalog) for text in printed]
        if any(not groups[n][0].bullet and not (catalogued[n - 1] and catalogued[n]) for n in range(1, len(groups))):
            guessed.append(printed)
    return "\n".join(texts), guessed


def _line_groups(block: TextBlock, catalog: Catalog[Entry]) -> list[list[Line]]:
    """A paragraph's lines in runs, each a whole office or offices: a new run opens at a line that
    a bullet opens (a list's item), or at a line that names whole offices on its own
    (`names_of_entities`) after a run that does too, where neither a catalog name nor one name
    matched whole runs on across the break, the line before ends on no function word ("de",
    "y") and the line opens in no lower case nor parenthesis."""
    lines = [line for line in block.lines if clean(line.text)]
    if not lines:
        return []
    across = names_across([line.text for line in lines], catalog)
    groups = [[lines[0]]]
    for n, line in enumerate(lines[1:], start=1):
        if line.bullet or (n - 1 not in across and _opens_an_office(groups[-1], line, catalog)):
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def _opens_an_office(run: list[Line], line: Line, catalog: Catalog[Entry]) -> bool:
    before = join_lines([previous.text for previous in run])
    return (
        not ends_on_a_function_word(before)
        and not before.rstrip().endswith(("-", "/"))
        and not line.text.lstrip()[:1].islower()
        and not line.text.lstrip().startswith("(")  # "(EGIS)": the acronym of the name before
        and catalog.match(clean(join_lines([before, line.text]))) is None
        and names_of_entities(before, catalog) is not None
        and names_of_entities(line.text, catalog) is not None
    )


def _all_catalogued(text: str, catalog: Catalog[Entry]) -> bool:
    pieces = split_entities(text, catalog)
    return bool(pieces) and all(piece.entry is not None for piece in pieces)


def _texts(pieces: list[Piece]) -> list[str]:
    return [piece.texto for piece in pieces]
