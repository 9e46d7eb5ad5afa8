"""Cross-source check: the records of one ficha read from different documents must agree.

Records sharing an id (the publication PDF and the interview transcript of
one practice) are paired, the publication first; records whose ids differ
but that name the same comuna and a similar title in different documents
are paired too, shown as ids that differ. Run metadata (`fuente`) is not
compared: it differs by construction.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from .records import Record, load_records
from .report import SIMILAR_TITLE, FichaDiff, Report, ficha_diff, same_ficha_score


def reference_order(record: Record) -> tuple[Any, ...]:
    """Publications (PDF) first, then by document: the first record of an id is the one others are checked against."""
    fuente = record.data.get("fuente")
    return (not (isinstance(fuente, dict) and fuente.get("formato") == "pdf"), record.document, record.name)


def pairs_by_id(records: list[Record]) -> list[tuple[Record, Record]]:
    """(reference, other) for each other document holding a record with the reference's id."""
    by_id: dict[str, list[Record]] = defaultdict(list)
    for record in sorted(records, key=reference_order):
        by_id[record.id].append(record)
    return [(group[0], other) for group in by_id.values() for other in group[1:] if other.document != group[0].document]


def pairs_by_title(records: list[Record]) -> list[tuple[Record, Record]]:
    """Records of different documents, one to one, with the same comuna and a similar title, most similar first."""
    ordered = sorted(records, key=reference_order)
    candidates = sorted(
        (
            (same_ficha_score(a, b), n, m)
            for n, a in enumerate(ordered)
            for m, b in enumerate(ordered[n + 1 :], start=n + 1)
            if a.document != b.document
        ),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    used: set[int] = set()
    pairs = []
    for score, n, m in candidates:
        if score >= SIMILAR_TITLE and not {n, m} & used:
            used |= {n, m}
            pairs.append((ordered[n], ordered[m]))
    return pairs


def crosscheck_records(records: list[Record], label: str) -> Report:
    pairs = pairs_by_id(records)
    paired = {id(r) for pair in pairs for r in pair}
    pairs += pairs_by_title([r for r in records if id(r) not in paired])
    paired = {id(r) for pair in pairs for r in pair}
    pairs.sort(key=lambda pair: (pair[1].id, pair[0].document, pair[1].document))
    diffs: list[FichaDiff] = [ficha_diff(a, b, with_metadata=False) for a, b in pairs]
    notes = [
        f"no record from another document: {r.id} ({r.document})"
        for r in sorted(records, key=reference_order)
        if id(r) not in paired
    ]
    return Report("crosscheck", label, "each publication ficha against the same ficha in other documents", diffs, notes)


def crosscheck_path(folder: Path) -> Report:
    loaded = load_records(folder)
    report = crosscheck_records(loaded.records, f"records in {folder}")
    report.problems = loaded.problems
    report.unreadable = len(loaded.unreadable(folder)) if folder.is_dir() else 0
    return report
