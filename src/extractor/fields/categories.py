"""The `categorias` field: checked categories of the ficha's category list, and "Otra: ..." text.

Which checkboxes form the list, and the category each names, is decided by
segmentation (`segment.FichaParts.categories`).
"""

from __future__ import annotations

import re

from ..layout import Checkbox, Item, TextBlock, settle_pictures
from ..segment.fichas import CategoryBox, block_text
from ..settings import SETTINGS
from ..text import clean, fold
from ..vocab import Term, categories, write_in_prompts

_BLANK = re.compile(r"[\s_.…\-–—]*")  # "Otra: ______" / "Otra: …": a blank left to fill in


def filled_in(label: str | None) -> str | None:
    """The text written after a label's colon ("Otra: X" -> X), None when none or a blank."""
    _, colon, rest = (label or "").partition(":")
    rest = clean(rest)
    return rest if colon and not _BLANK.fullmatch(rest) else None


def read_categories(boxes: list[CategoryBox]) -> tuple[list[str], str | None, list[Checkbox]]:
    """(checked ids in vocabulary order, categoria_otra, boxes that are no category)."""
    checked: set[str] = set()
    otra_text = None
    strays = []
    for named in boxes:
        if named.category is None:
            strays.append(named.box)
            continue
        if named.box.checked:
            checked.add(named.category)
            rest = filled_in(named.box.label)
            if named.category == "otra" and rest:
                otra_text = rest
    order = [t.id for t in categories()]
    return [c for c in order if c in checked], otra_text, strays


def written_otra(blocks: list[TextBlock]) -> tuple[TextBlock, str] | None:
    """Otra's text written on a line of its own in the category section (`blocks`: its text no box
    took): the one block of one line whose label, before its colon, is at most
    SETTINGS.fields.max_otra_label_words words naming Otra ("Especifique otra: Regularización", "Otra: X"), and its
    text after the colon (`filled_in`); None when no block, or more than one, is such a line."""
    names = {name for t in categories() if t.id == "otra" for name in t.folded}
    found = []
    for block in blocks:
        text = block_text(block)
        head = fold(text.partition(":")[0]).split()
        rest = filled_in(text)
        if (
            len(block.lines) == 1
            and rest
            and 0 < len(head) <= SETTINGS.fields.max_otra_label_words
            and names & set(head)
        ):
            found.append((block, rest))
    return found[0] if len(found) == 1 else None


def cut_short(boxes: list[CategoryBox], items: list[Item]) -> list[Term]:
    """The categories of the template's list (`vocab.categories`, in printed order) after the last
    one a box names, when that box is the lowest thing printed on its page (`items`: the ficha's):
    a list cut off at a page's foot (a text box clipped by the page's edge) shows the rest nowhere;
    or when that box reaches above its page's top edge (a clipped text box's copy carried up onto
    the next page, the rest of the list cut off under the page's last line). Empty when no box
    names a category, or the list's last box stands whole on its page with something printed below it."""
    named = [c for c in boxes if c.category is not None]
    order = [t.id for t in categories()]
    if not named:
        return []
    last = max(named, key=lambda c: order.index(c.category or ""))
    box = last.box.prov.bbox
    if box is None:
        return []
    below = [
        item
        for item in items
        if item.prov.page == last.box.prov.page and item.prov.bbox is not None and item.prov.bbox[1] > box[3]
    ]
    if below and box[1] >= 0:
        return []
    return list(categories()[order.index(last.category or "") + 1 :])


def words_beyond(label: str | None, term: Term) -> str | None:
    """The words of a checkbox label's head (before any colon: "Otra: X" is categoria_otra's text)
    printed after the name of the category `term` it starts with ("Cooperativas espacio" ->
    "espacio"), None when the head is the name (or no name of `term` starts it)."""
    words = clean((label or "").partition(":")[0]).split()
    if fold(" ".join(words)) in term.folded:
        return None
    for n in range(len(words) - 1, 0, -1):
        if fold(" ".join(words[:n])) in term.folded:
            rest = words[n:]
            return None if _form_prompt(rest) else " ".join(rest)
    return None


def _form_prompt(words: list[str]) -> bool:
    """Whether `words` are a paper form's prompt for a write-in and nothing else ("(especifique)",
    "¿cuál?": vocabulary `write_in_prompts`, brackets and punctuation aside)."""
    bare = [fold(w.strip("()[]¿?¡!.,;-_")) for w in words]
    return bool(bare) and all(w in write_in_prompts() for w in bare if w) and any(bare)


def extra_label_words(boxes: list[CategoryBox]) -> list[str]:
    """Messages for the category boxes whose labels carry words beyond their category's name
    (`words_beyond`): words no field takes, which a reviewer must see (aviso texto_sin_ubicar)."""
    terms = {t.id: t for t in categories()}
    out = []
    for named in boxes:
        if named.category is None:
            continue
        extra = words_beyond(named.box.label, terms[named.category])
        if extra:
            out.append(f"la casilla «{named.box.label}» ({named.category}) lleva palabras de más: «{extra}»")
    return out


def unprinted_categories(boxes: list[CategoryBox], printed: bool = False) -> list[str]:
    """The ids of the vocabulary's categories no box of a ficha's category list names, in
    vocabulary order; [] when the ficha has no list, unless its Categoría section is `printed`
    (then no box of it was read: every id). The form prints every category, so a list short of
    some was not read whole (a label lost to its neighbour's box, a box cut off the page): what
    those boxes said is unknown."""
    named = {b.category for b in boxes if b.category is not None}
    return [t.id for t in categories() if t.id not in named] if named or printed else []


def settle_category_pictures(boxes: list[CategoryBox]) -> str | None:
    """The states of a category list whose marks are pictures, read as a display
    (`layout.settle_pictures`) and set on the boxes; the doubt when they cannot be read, else None.
    A list counts no blank entry: a category printed without a picture stands as a label no box
    took, so one design of picture before the categories it lists says not whether it marks them."""
    named = [b.box for b in boxes if b.category is not None]
    return settle_pictures(named, 0) if named else None
