"""Months of activity: from a month table's marked cells, or from the text.

Text forms read: ranges ("de abril a noviembre", "Enero a diciembre",
"desde marzo hasta junio", "entre abril y noviembre", "abril-noviembre",
"marzo del 2022 a enero 2023"; a range may wrap past December), lists
("Septiembre, octubre y noviembre") and single mentions ("en el mes de
noviembre"). The words around the months are data: `[months]` of
`data/vocab.toml`.
"""

from __future__ import annotations

import re

from ..layout import Table
from ..text import fold
from ..vocab import month_forms, month_names

_MONTH = "|".join(month_names())


def _words(key: str) -> str:
    """The phrases of vocabulary list `months.<key>` as a regex alternation (spaces: any white space)."""
    return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in month_forms()[key])


_YEAR = rf"(?:\s+(?:(?:{_words('year_lead')})\s+)?\d{{4}})"
_RANGE = re.compile(
    rf"(?:(?P<entre>{_words('range_opener')})\s+(?:(?:{_words('range_opener_tail')})\s+)?)?(?P<a>{_MONTH}){_YEAR}?"
    rf"\s+(?P<conn>{_words('range_to')}|{_words('range_and')})\s+(?:(?:{_words('range_last_lead')})\s+)?(?P<b>{_MONTH})\b"
)
# "abril-noviembre", "marzo 2022 – enero 2023": a dash between two months is "a".
_DASH_RANGE = re.compile(rf"\b({_MONTH})({_YEAR}?)\s*[-\u2010-\u2015]\s*(?=(?:{_MONTH})\b)")
_DASH_TO = rf"\1\2 {month_forms()['range_to'][0]} "
_SINGLE = re.compile(rf"\b({_MONTH})\b")


def _number(name: str) -> int:
    return month_names()[name]


def span(first: int, last: int) -> list[int]:
    """Months from first to last inclusive, wrapping past December."""
    if first <= last:
        return list(range(first, last + 1))
    return list(range(first, 13)) + list(range(1, last + 1))


_WHOLE_YEAR = re.compile(rf"\b(?:{_words('whole_year')})\b")


def text_months(text: str | None) -> list[int]:
    """Months a free text states, sorted."""
    if not text:
        return []
    folded = fold(_DASH_RANGE.sub(_DASH_TO, text.casefold()))
    months: set[int] = set()
    for m in _RANGE.finditer(folded):
        a, b = _number(m.group("a")), _number(m.group("b"))
        if m.group("conn") not in month_forms()["range_and"] or m.group("entre"):
            months.update(span(a, b))
        else:
            months.update((a, b))
    months.update(_number(name) for name in _SINGLE.findall(folded))
    if _WHOLE_YEAR.search(folded):
        months.update(range(1, 13))
    return sorted(months)


def table_months(table: Table) -> list[int]:
    """Months whose cells are marked; a merged cell marks every month it spans."""
    header = table.months
    active: set[int] = set()
    for cell in table.cells:
        if cell.row == 0 or cell.mark is None or not cell.mark.checked:
            continue
        for col in range(cell.col, cell.col + cell.colspan):
            if 0 <= col < len(header):
                active.add(header[col])
    return sorted(active)
