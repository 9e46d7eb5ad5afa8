"""Field-level diff of two records: dotted paths, lists matched by identity, run metadata apart.

Lists are compared by what their items are, not where they are: categories
and months as sets, offices and funders by canonical name, Sello lines by
line id, avisos by field and code. So a reorder is no change, and an edited
item is reported as its changed fields (`oficinas[1].nombre`), at its index
in the new record (in the old record when it was removed).

With `ordered=True` a list's order is part of its value (the contract keeps
printed order): lists of records' items pair by index, other lists compare
whole. The golden tests and the design harnesses compare so; review does not.
This is the project's one record comparer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..text import fold
from .match import item_similarity, pair_in_stages, pairs_by_key, pairs_by_similarity
from .words import Segment, is_long_text, word_diff


class _Missing:
    """The value of a path that one side does not have (an added or removed item)."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()

RUN_METADATA = ("fuente",)  # where and how a record was made, not what was extracted
IDENTITY_FIELDS = ("id",)  # shown by the pairing of the fichas (a renamed ficha), not as a field

SET_LISTS = {"categorias", "fechas_implementacion.meses"}
KEYED_LISTS = {  # list path -> the fields that identify an item
    "oficinas": ("nombre",),
    "forma_financiamiento.fuentes": ("nombre",),
    "lineas_sello": ("linea",),
    "revision.avisos": ("campo", "codigo"),
}
SIMILAR_ITEM = 0.6  # items left without a key match pair up when this similar (an office renamed)


@dataclass(frozen=True)
class FieldChange:
    path: str
    old: Any = MISSING
    new: Any = MISSING
    words: list[Segment] | None = None  # word-level diff of a long text
    removed: list[Any] | None = None  # members only in the old set (set-like lists)
    added: list[Any] | None = None  # members only in the new set

    @property
    def kind(self) -> str:
        return "added" if self.old is MISSING else "removed" if self.new is MISSING else "changed"


def record_changes(old: dict[str, Any], new: dict[str, Any]) -> tuple[list[FieldChange], list[FieldChange]]:
    """(changes of extracted fields, changes of run metadata) from record `old` to record `new`."""
    skip = RUN_METADATA + IDENTITY_FIELDS
    fields = value_changes(
        {k: v for k, v in old.items() if k not in skip}, {k: v for k, v in new.items() if k not in skip}
    )
    metadata = value_changes(
        {k: old.get(k, MISSING) for k in RUN_METADATA}, {k: new.get(k, MISSING) for k in RUN_METADATA}
    )
    return fields, metadata


def value_changes(old: Any, new: Any, path: str = "", ordered: bool = False) -> list[FieldChange]:
    """Every change from `old` to `new` (records, or any JSON values under `path`), leaf by leaf."""
    if isinstance(old, dict) and isinstance(new, dict):
        keys = list(old) + [k for k in new if k not in old]
        return [
            c for k in keys for c in value_changes(old.get(k, MISSING), new.get(k, MISSING), _join(path, k), ordered)
        ]
    if isinstance(old, list) and isinstance(new, list):
        return _ordered_list_changes(old, new, path) if ordered else _list_changes(old, new, path)
    if _same(old, new):
        return []
    return [FieldChange(path, old, new, words=word_diff(old, new) if is_long_text(old, new) else None)]


def _ordered_list_changes(old: list[Any], new: list[Any], path: str) -> list[FieldChange]:
    """Lists whose order counts: items of equal-length lists of objects compared by index, any
    other list compared whole."""
    if len(old) == len(new) and all(isinstance(v, dict) for v in old + new):
        return [
            c for i, (a, b) in enumerate(zip(old, new, strict=True)) for c in value_changes(a, b, f"{path}[{i}]", True)
        ]
    return [] if _same(old, new) else [FieldChange(path, old, new)]


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _same(a: Any, b: Any) -> bool:
    return type(a) is type(b) and a == b


def _list_changes(old: list[Any], new: list[Any], path: str) -> list[FieldChange]:
    shape = re.sub(r"\[\d+\]", "", path)
    if shape in SET_LISTS:
        return _set_change(old, new, path)
    if shape in KEYED_LISTS:
        return _paired_item_changes(old, new, path, _item_pairs(old, new, KEYED_LISTS[shape]))
    if all(isinstance(v, dict) for v in old + new):
        pairs = [(n, n) for n in range(min(len(old), len(new)))]
        return _paired_item_changes(old, new, path, pairs)
    return [] if old == new else [FieldChange(path, old, new)]


def _set_change(old: list[Any], new: list[Any], path: str) -> list[FieldChange]:
    removed = [v for v in old if v not in new]
    added = [v for v in new if v not in old]
    return [FieldChange(path, old, new, removed=removed, added=added)] if removed or added else []


def _item_pairs(old: list[Any], new: list[Any], key_fields: tuple[str, ...]) -> list[tuple[int, int]]:
    def key(item: Any) -> Any:
        values = [item.get(f) for f in key_fields] if isinstance(item, dict) else [item]
        return tuple(fold(v) if isinstance(v, str) else v for v in values)

    by_key = lambda a, b: pairs_by_key(a, b, key)  # noqa: E731
    by_likeness = lambda a, b: pairs_by_similarity(a, b, item_similarity, SIMILAR_ITEM)  # noqa: E731
    return pair_in_stages(old, new, [by_key, by_likeness])


def _paired_item_changes(old: list[Any], new: list[Any], path: str, pairs: list[tuple[int, int]]) -> list[FieldChange]:
    """Changes inside paired items and added items in new-record order, each at its new index;
    then removed items, at their old index."""
    paired_new = {j: i for i, j in pairs}
    paired_old = set(paired_new.values())
    changes = []
    for j, item in enumerate(new):
        at = f"{path}[{j}]"
        changes += value_changes(old[paired_new[j]], item, at) if j in paired_new else [FieldChange(at, new=item)]
    return changes + [FieldChange(f"{path}[{i}]", old=item) for i, item in enumerate(old) if i not in paired_old]
