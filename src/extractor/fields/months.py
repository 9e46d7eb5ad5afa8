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
from itertools import pairwise

from ..layout import Table
from ..settings import SETTINGS
from ..text import fold
from ..vocab import is_month_period_caption, month_forms, month_names, period_span

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
# "Fecha de inicio: marzo de 2023. Fecha de término: junio de 2023." (folded): a range, its ends labelled.
_START_END = re.compile(
    rf"\b(?:{_words('start_labels')})\s+(?:(?:{_words('range_last_lead')})\s+)?(?P<a>{_MONTH})\b"
    rf"(?:\s+(?!(?:{_MONTH})\b)\w+){{0,6}}?\s+(?:{_words('end_labels')})\s+(?:(?:{_words('range_last_lead')})\s+)?"
    rf"(?P<b>{_MONTH})\b"
)


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
    for m in _START_END.finditer(folded):
        months.update(span(_number(m.group("a")), _number(m.group("b"))))
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


def spanning_months(table: Table) -> list[int]:
    """The months of `table` read as one cell spanning its row, when it is `undivided` (no rule nor
    fill divides its body or header) and its checked marks stand in one cell: every month of its
    header; else its months as read (`table_months`)."""
    marked = [c for c in table.cells if c.row > 0 and c.mark is not None and c.mark.checked]
    if table.undivided and len(marked) == 1:
        return sorted(set(table.months))
    return table_months(table)


DISPLAY_MARKS = frozenset("xX✓✔✗✘☒☑☐■□●")  # what a month display's cells print between its names, read as text


def _month_named(token: str) -> int | None:
    """The month (1..12) a word names whole or by its beginning of 3 letters or more ("Ene", "Febr",
    "Septiembre"): a month display's header, whole or cut by a narrow column; else None."""
    key = fold(token)
    if len(key) < 3 or not key.isalpha() or not token.isalpha():  # a header prints no punctuation ("enero,")
        return None
    return next((n for n, name in enumerate(month_forms()["full"], start=1) if name.startswith(key)), None)


def _month_initial(token: str, last: int) -> int | None:
    """The month a one-letter header names ("E", "F", "M"..., or with its cell's mark glued on: "FX")
    when it is the initial of the month after `last` (initials only mean months in a row: "E F M A M
    J"); else None."""
    if len(token) > 1 and token[1:] in DISPLAY_MARKS:
        token = token[0]  # the initial and its cell's mark read as one word ("FX": LibreOffice's print)
    if len(token) != 1 or not token.isupper() or last >= 12:
        return None
    names = month_forms()["full"]
    if last == 0:
        return next((n for n, name in enumerate(names, start=1) if name[0] == fold(token)), None)
    return last + 1 if names[last][0] == fold(token) else None


def _between_names(token: str) -> bool:
    """A token a month display prints between its names when read as text: a mark ("X", a tick, a box
    glyph) or a piece of a name a narrow column cut ("ro", "ero", "iembre")."""
    key = fold(token)
    return token in DISPLAY_MARKS or (
        token.islower() and key.isalpha() and any(key in name for name in month_forms()["full"])
    )


def unread_display(text: str | None, least: int = SETTINGS.fields.display_run) -> tuple[str, str] | None:
    """When `text` holds a run of `SETTINGS.fields.display_run` or more month names in calendar order with nothing but
    spaces, marks or pieces of names between them ("Ene Febr Mar Abril May Juni Julio Ago …", "Ene Feb
    X X Mar …", "E F M A M J J A S O N D": the names of a month display no reader took as one, a table
    split by a page break among them), that run and the text without it; else None. Prose names months
    with other words or punctuation between them ("de abril a noviembre", "enero, febrero y marzo").
    `least`: the fewest names that make a run (`SETTINGS.fields.display_run`)."""
    tokens = (text or "").split()
    best, start, end, last, count = (0, 0, 0), 0, 0, 0, 0
    for i, token in enumerate([*tokens, ""]):
        month = (_month_named(token) or _month_initial(token, last)) if token else None
        if month is not None and (count == 0 or month > last):
            start, count = (i, 0) if count == 0 else (start, count)
            last, count, end = month, count + 1, i + 1
            continue
        if count and token and _between_names(token):
            continue
        if count > best[0]:
            best = (count, start, end)
        month = _month_named(token) or _month_initial(token, 0) if token else None
        start, end, last, count = (i, i + 1, month, 1) if month is not None else (i, i, 0, 0)
    count, first, end = best
    if count < least:
        return None
    return " ".join(tokens[first:end]), " ".join(tokens[:first] + tokens[end:])


_NUMBERED_MONTH = re.compile(r"0[1-9]|1[0-2]")  # a month display's column numbered "01" … "12"


def loose_marks(text: str | None) -> str | None:
    """The marks of the first run of `SETTINGS.fields.mark_run` or more marks (`DISPLAY_MARKS`)
    standing as words one after another in `text` ("X X X X"), or among a display's month numbers
    ("04 ● 05 ● 06 ●": columns numbered "01" … "12" read as text with their marks, trial 28 ed35):
    a month display's marks read as text, its names not read (cells too narrow for them, broken
    letter by letter, or numbers); None when none. Prose never sets marks so."""
    run: list[str] = []
    for token in [*(text or "").split(), ""]:
        if token in DISPLAY_MARKS:
            run.append(token)
            continue
        if _NUMBERED_MONTH.fullmatch(token):
            continue
        if len(run) >= SETTINGS.fields.mark_run:
            return " ".join(run)
        run = []
    return None


def cut_names_beside(text: str | None, shown: set[int]) -> tuple[str, str, list[int]] | None:
    """When `text` holds a run of two or more month names in calendar order (as `unread_display`),
    written with a capital, at least one of them cut short by a narrow cell ("Octu", "Novi"), none of
    a month in `shown` (the months a month table shows): the names of the table's columns that no
    reader took (broken over the lines of narrow cells, or printed under another region), that run,
    the text without it and the months it names; else None. Prose writes months whole ("Octubre a
    noviembre")."""
    found = unread_display(text, least=2)
    if found is None:
        return None
    run, prose = found
    tokens = (text or "").split()
    start = next(i for i in range(len(tokens)) if " ".join(tokens[i : i + len(run.split())]) == run)
    end = start + len(run.split())
    while end < len(tokens) and tokens[end].islower() and _between_names(tokens[end]):
        end += 1  # the pieces the cells broke off the run's names ("bre", "embr", "e")
    run, prose = " ".join(tokens[start:end]), " ".join(tokens[:start] + tokens[end:])
    named = [(token, _month_named(token)) for token in run.split()]
    months = [month for token, month in named if month is not None and token[:1].isupper()]
    full = month_forms()["full"]
    cut = any(month is not None and fold(token) not in (full[month - 1], full[month - 1][:3]) for token, month in named)
    if len(months) < 2 or not cut or set(months) & shown:
        return None
    return run, prose, months


def period_months(text: str | None) -> tuple[str, list[int]] | None:
    """The periods a text names instead of months ("Segundo semestre de 2023", "el 1er trimestre"), as
    (their words, joined with ", "; the months they hold, sorted); None when it names none
    (`vocab.period_span`)."""
    words = fold(text or "").split()
    named: list[str] = []
    months: set[int] = set()
    for first, second in pairwise(words):
        pair = f"{first} {second}"
        if not is_month_period_caption(pair):
            continue
        ends = period_span(first, second) or period_span(second, first)
        if ends is not None:
            named.append(pair)
            months.update(span(*ends))
    return (", ".join(named), sorted(months)) if named else None
