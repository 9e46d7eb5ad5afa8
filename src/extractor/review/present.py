"""What every format prints, before markup: labels, counts and each change as styled parts.

A change becomes a list of (style, text) parts; each renderer maps the
styles to its own markup: "old" / "new" for a whole value replaced, "del" /
"ins" for deleted and inserted words or set members, "plain" for the rest.
"""

from __future__ import annotations

import json
from typing import Any

from .compare import MISSING, FieldChange
from .report import FichaDiff, Report
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
    """ "2 changed, 1 added, 11 unchanged (14 fichas); 5 field changes": the statuses that occur."""
    counts = ", ".join(f"{n} {STATUS_WORDS[report.command][s]}" for s, n in report.counts().items() if n)
    return f"{counts or 'no fichas'} ({len(report.fichas)} fichas); {report.field_change_count()} field differences"


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
