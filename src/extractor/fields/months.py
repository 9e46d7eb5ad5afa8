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


DISPLAY_RUN = 6  # month names in a row, nothing else between them, that make a printed month display's names


def _month_named(token: str) -> int | None:
    """The month (1..12) a word names whole or by its beginning of 3 letters or more ("Ene", "Febr",
    "Septiembre"): a month display's header, whole or cut by a narrow column; else None."""
    key = fold(token)
    if len(key) < 3 or not key.isalpha():
        return None
    return next((n for n, name in enumerate(month_forms()["full"], start=1) if name.startswith(key)), None)


def unread_display(text: str | None) -> tuple[str, str] | None:
    """When `text` holds a run of `DISPLAY_RUN` or more month names in calendar order with nothing but
    spaces between them ("Ene Febr Mar Abril May Juni Julio Ago …": the names of a month display no
    reader took as one), that run and the text without it; else None. Prose names months with words
    between them ("de abril a noviembre", "enero, febrero y marzo")."""
    tokens = (text or "").split()
    best, start, last = (0, 0), 0, 0
    for i, token in enumerate([*tokens, ""]):
        month = _month_named(token) if token else None
        if month is not None and (i == start or month > last):
            last = month
            continue
        if i - start > best[1] - best[0]:
            best = (start, i)
        start, last = (i, month) if month is not None else (i + 1, 0)
    first, end = best
    if end - first < DISPLAY_RUN:
        return None
    return " ".join(tokens[first:end]), " ".join(tokens[:first] + tokens[end:])
