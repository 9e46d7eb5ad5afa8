"""The JSON format, for machines: every pair, every change with its full word diff."""

from __future__ import annotations

import json
from typing import Any

from .compare import MISSING, FieldChange
from .records import Record
from .report import FichaDiff, Report


def render(report: Report) -> str:
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"


def report_dict(report: Report) -> dict[str, Any]:
    return {
        "command": report.command,
        "left": report.left,
        "right": report.right,
        "differs": report.differs,
        "counts": report.counts() | {"invalid": report.invalid, "unreadable": report.unreadable},
        "fichas": [ficha_dict(f) for f in report.fichas],
        "invalid_records": [{"file": str(p.path), "field": p.field, "problem": p.problem} for p in report.problems],
        "notes": report.notes,
    }


def ficha_dict(ficha: FichaDiff) -> dict[str, Any]:
    return {
        "id": ficha.id,
        "status": ficha.status,
        "old": _record_dict(ficha.old),
        "new": _record_dict(ficha.new),
        "fields": [change_dict(c) for c in ficha.fields],
        "metadata": [change_dict(c) for c in ficha.metadata],
    }


def _record_dict(record: Record | None) -> dict[str, str] | None:
    if record is None:
        return None
    return {"id": record.id, "document": record.document, "path": str(record.path)}


def change_dict(change: FieldChange) -> dict[str, Any]:
    """Keys absent where they do not apply: no "old" for an added item, no "new" for a removed one."""
    out: dict[str, Any] = {"path": change.path, "kind": change.kind}
    out |= {k: v for k, v in (("old", change.old), ("new", change.new)) if v is not MISSING}
    if change.removed is not None:
        out |= {"removed": change.removed, "added": change.added}
    if change.words is not None:
        out["words"] = [[op, text] for op, text in change.words]
    return out
