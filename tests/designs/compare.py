"""Field-level comparison of records (dicts as written to JSON), `fuente` aside.

A record is compared on FIELDS, the contract's fields a reviewer judges one by
one, with the project's one record comparer (`extractor.review.compare`), lists
in printed order. Used by the design harnesses and to score a run against the
golden files.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from extractor.review.compare import RUN_METADATA, value_changes

FIELDS = (
    "id",
    "titulo",
    "municipalidad.comuna",
    "municipalidad.region",
    "municipalidad.texto",
    "oficinas",
    "grupo_prioritario",
    "categorias",
    "categoria_otra",
    "fechas_implementacion.meses",
    "fechas_implementacion.texto",
    "forma_financiamiento.texto",
    "forma_financiamiento.fuentes",
    "sostenibilidad",
    "descripcion",
    "elemento_innovador",
    "lineas_sello",
    "revision",
)
MISSING = "<missing>"


def field_value(record: Mapping, dotted: str):
    value = record
    for key in dotted.split("."):
        value = value.get(key, MISSING) if isinstance(value, Mapping) else MISSING
    return value


def differing_fields(expected: Mapping, got: Mapping | None) -> list[str]:
    """The FIELDS on which `got` differs from `expected` (all of them when `got` is None)."""
    if got is None:
        return list(FIELDS)
    paths = [c.path for c in value_changes(_compared(expected), _compared(got), ordered=True)]
    return [name for name in FIELDS if any(p == name or p.startswith((name + ".", name + "[")) for p in paths)]


def _compared(record: Mapping) -> dict:
    return {k: v for k, v in record.items() if k not in RUN_METADATA}


def _short(value, width: int = 160) -> str:
    text = repr(value)
    return text if len(text) <= width else text[: width - 3] + "..."


def field_diff_lines(expected: Mapping, got: Mapping | None) -> list[str]:
    """One line per differing field: `field: expected X, got Y` (values cut to a readable width)."""
    if got is None:
        return [f"{expected.get('id')}: no record"]
    lines = []
    for name in differing_fields(expected, got):
        want, have = _from_difference(field_value(expected, name), field_value(got, name))
        lines.append(f"{expected.get('id')}: {name}: expected {want}, got {have}")
    return lines


def _from_difference(want, have, before: int = 40) -> tuple[str, str]:
    """The two values cut to a readable width, both from a little before their first difference
    (long values often differ far from their start)."""
    a, b = repr(want), repr(have)
    start = next((n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    if start <= before:
        return _short(want), _short(have)
    cut = start - before
    return "..." + _short_text(a[cut:]), "..." + _short_text(b[cut:])


def _short_text(text: str, width: int = 160) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def _title_key(record: Mapping) -> str:
    return str(record.get("titulo", "")).casefold()


def pair_records(expected: Iterable[Mapping], got: Iterable[Mapping]) -> list[tuple[Mapping, Mapping | None]]:
    """Pair each expected record with the extracted one of the same id, else of the same title, else
    the next unpaired one in document order (ids and titles can both be wrong), else None.

    Each extracted record is used once; records extracted beyond the expected ones are not returned
    (the harness reports a count that differs on its own).
    """
    left, wanted = list(got), list(expected)
    matches: dict[int, Mapping] = {}
    for same in (lambda a, b: a.get("id") == b.get("id"), lambda a, b: _title_key(a) == _title_key(b)):
        for n, record in enumerate(wanted):
            match = None if n in matches else next((r for r in left if same(r, record)), None)
            if match is not None:
                matches[n] = match
                left.remove(match)
    for n in range(len(wanted)):  # the rest in document order: a ficha read with a wrong title and id
        if n not in matches and left:
            matches[n] = left.pop(0)
    return [(record, matches.get(n)) for n, record in enumerate(wanted)]


def score(pairs: Iterable[tuple[Mapping, Mapping | None]]) -> tuple[int, int]:
    """(fields equal, fields compared) over the pairs."""
    equal = total = 0
    for expected, got in pairs:
        total += len(FIELDS)
        equal += len(FIELDS) - len(differing_fields(expected, got))
    return equal, total
