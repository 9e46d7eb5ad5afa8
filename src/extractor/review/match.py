"""Pairing the items of two sides: by key, then by similarity for what is left.

Used for list items inside a record (offices by name, Sello lines by id) and
for whole fichas between two runs (by id, then by title and comuna).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

from rapidfuzz import fuzz

from ..text import fold

T = TypeVar("T")
Pair = tuple[int, int]


def pairs_by_key(
    left: Sequence[T], right: Sequence[T], key: Callable[[T], Hashable | None], unique: bool = False
) -> list[Pair]:
    """(i, j) with equal keys, the n-th occurrence on one side with the n-th on the other.

    A None key pairs nothing; with `unique`, a key pairs only when it occurs once on each side.
    """
    left_at, right_at = _positions(left, key), _positions(right, key)
    pairs = []
    for k, lefts in left_at.items():
        rights = right_at.get(k, [])
        if unique and (len(lefts) != 1 or len(rights) != 1):
            continue
        pairs += list(zip(lefts, rights, strict=False))  # extra occurrences stay unpaired
    return sorted(pairs)


def _positions(items: Sequence[T], key: Callable[[T], Hashable | None]) -> dict[Hashable, list[int]]:
    positions: dict[Hashable, list[int]] = defaultdict(list)
    for n, item in enumerate(items):
        k = key(item)
        if k is not None:
            positions[k].append(n)
    return positions


def pairs_by_similarity(
    left: Sequence[T], right: Sequence[T], score: Callable[[T, T], float], threshold: float
) -> list[Pair]:
    """(i, j) one to one, most similar first, each at least `threshold` similar."""
    candidates = sorted(
        ((score(a, b), i, j) for i, a in enumerate(left) for j, b in enumerate(right)),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    used_left, used_right, pairs = set(), set(), []
    for value, i, j in candidates:
        if value >= threshold and i not in used_left and j not in used_right:
            used_left.add(i)
            used_right.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def pair_in_stages(
    left: Sequence[T], right: Sequence[T], stages: list[Callable[[Sequence[T], Sequence[T]], list[Pair]]]
) -> list[Pair]:
    """Run each pairing stage on what the earlier stages left unpaired; (i, j) index `left` and `right`."""
    pairs: list[Pair] = []
    for stage in stages:
        free_left = [i for i in range(len(left)) if i not in {p[0] for p in pairs}]
        free_right = [j for j in range(len(right)) if j not in {p[1] for p in pairs}]
        found = stage([left[i] for i in free_left], [right[j] for j in free_right])
        pairs += [(free_left[i], free_right[j]) for i, j in found]
    return sorted(pairs)


def text_similarity(a: object, b: object) -> float:
    """0..1: folded-text ratio for two strings, else 1 when equal and 0 when not."""
    if isinstance(a, str) and isinstance(b, str):
        return fuzz.ratio(fold(a), fold(b)) / 100
    return 1.0 if a == b else 0.0


def item_similarity(a: object, b: object) -> float:
    """0..1: the mean `text_similarity` of two objects' fields (of the values themselves if not objects)."""
    if not (isinstance(a, dict) and isinstance(b, dict)):
        return text_similarity(a, b)
    keys = list(a) + [k for k in b if k not in a]
    return sum(text_similarity(a.get(k), b.get(k)) for k in keys) / len(keys) if keys else 1.0


def title_similarity(a: str | None, b: str | None) -> float:
    """0..1, word order forgiven, added words half forgiven (a subtitle added scores about 0.8)."""
    if not a or not b:
        return 0.0
    a, b = fold(a), fold(b)
    return (fuzz.token_set_ratio(a, b) + fuzz.token_sort_ratio(a, b)) / 200
