"""What every format prints, before markup: labels, counts and each change as styled parts.

A change becomes a list of (style, text) parts; each renderer maps the
styles to its own markup: "old" / "new" for a whole value replaced, "del" /
"ins" for deleted and inserted words or set members, "plain" for the rest.
"""

from __future__ import annotations

import json
from typing import Any

from .compare import MISSING, FieldChange
from .report import STATUSES, FichaDiff, Report
from .words import trimmed

Part = tuple[str, str]

STATUS_WORDS = {
    "diff": {
        "changed": "changed",
        "renamed": "renamed",
        "added": "added",
        "removed": "removed",
        "unchanged": "unchanged",
    },
    "crosscheck": {
        "changed": "disagree",
        "renamed": "ids differ",
        "added": "only in the second document",
        "removed": "only in the first document",
        "unchanged": "agree",
    },
}
STATUS_MARKS = {"changed": "~", "renamed": ">", "added": "+", "removed": "-", "unchanged": "="}


def status_word(report: Report, ficha: FichaDiff) -> str:
    return STATUS_WORDS[report.command][ficha.status]


def summary_text(report: Report) -> str:
    """ "2 changed, 1 added, 11 unchanged (14 fichas); 5 field differences": the statuses that occur;
    a crosscheck counts pairs of records ("21 agree (21 pairs over 7 fichas)"); "; 2 invalid records"
    when records read break the contract, "(1 could not be read: not compared)" when files hold no record."""
    counts = ", ".join(f"{n} {STATUS_WORDS[report.command][s]}" for s, n in report.counts().items() if n)
    if report.command == "crosscheck":
        fichas = len({f.old.id if f.old is not None else f.id for f in report.fichas})
        scope = f"{plural(len(report.fichas), 'pair')} over {plural(fichas, 'ficha')}"
    else:
        scope = plural(len(report.fichas), "ficha")
    text = f"{counts or 'no fichas'} ({scope}); {plural(report.field_change_count(), 'field difference')}"
    if report.problems:
        text += f"; {plural(report.invalid, 'invalid record')}"
    if report.unreadable:
        text += f" ({report.unreadable} could not be read: not compared)"
    return text


def plural(count: int, noun: str) -> str:
    """ "1 ficha", "2 fichas"."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def listed(report: Report) -> list[FichaDiff]:
    """The rows of a summary table, changed first: changed, renamed, added, removed (each in the
    report's order), then the unchanged ones only when `report.list_unchanged` (`--all`)."""
    rows = sorted((f for f in report.fichas if f.differs), key=lambda f: STATUSES.index(f.status))
    return rows + ([f for f in report.fichas if not f.differs] if report.list_unchanged else [])


def unlisted_text(report: Report) -> str | None:
    """ "27 unchanged fichas not listed (--all lists them)", or None when every row is listed."""
    hidden = 0 if report.list_unchanged else sum(not f.differs for f in report.fichas)
    if not hidden:
        return None
    if report.command == "crosscheck":
        what = f"{plural(hidden, 'pair')} that {'agrees' if hidden == 1 else 'agree'}"
    else:
        what = plural(hidden, "unchanged ficha")
    return f"{what} not listed (--all lists them)"


def problem_lines(report: Report) -> list[str]:
    """One line per contract problem of the records read: "file: field: problem"."""
    return [str(problem) for problem in report.problems]


def ficha_title(ficha: FichaDiff) -> str:
    """The ficha's id; "old-id → new-id" when the id changed."""
    old, new = ficha.old, ficha.new
    if old is not None and new is not None and old.id != new.id:  # status "renamed"
        return f"{old.id} → {new.id}"
    return ficha.id


def ficha_documents(ficha: FichaDiff) -> str:
    documents = list(dict.fromkeys(r.document for r in (ficha.old, ficha.new) if r is not None))
    return " | ".join(d or "(record file)" for d in documents)


def to_show(report: Report) -> list[FichaDiff]:
    """The fichas that get a section of their own: any difference, or run metadata changed."""
    return [f for f in report.fichas if f.differs or f.metadata]


def value_text(value: Any) -> str:
    if value is MISSING:
        return "(none)"
    return json.dumps(value, ensure_ascii=False)


def change_parts(change: FieldChange) -> list[Part]:
    if change.removed is not None and change.added is not None:  # a set-like list: the members that left and came
        groups = [
            ("removed ", [("del", value_text(v)) for v in change.removed]),
            ("added ", [("ins", value_text(v)) for v in change.added]),
        ]
        return _joined([[("plain", label), *_spaced(members)] for label, members in groups if members], "; ")
    if change.words is not None:
        return [({"equal": "plain", "delete": "del", "insert": "ins"}[op], text) for op, text in trimmed(change.words)]
    if change.kind == "added":
        return [("plain", "added "), ("ins", value_text(change.new))]
    if change.kind == "removed":
        return [("plain", "removed "), ("del", value_text(change.old))]
    return [("old", value_text(change.old)), ("plain", " → "), ("new", value_text(change.new))]


def _spaced(parts: list[Part]) -> list[Part]:
    return _joined([[part] for part in parts], " ")


def _joined(groups: list[list[Part]], separator: str) -> list[Part]:
    out: list[Part] = []
    for group in groups:
        out += ([("plain", separator)] if out else []) + group
    return out
