"""The result of a review: paired fichas with their field changes, and how the pairs are made for a diff."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..text import fold
from .compare import FieldChange, record_changes
from .match import pair_in_stages, pairs_by_key, pairs_by_similarity, title_similarity
from .records import Record, RecordProblem, load_records, records_from

SIMILAR_TITLE = 0.8  # a ficha whose id changed is recognised by its comuna and a title at least this similar
STATUSES = ("changed", "renamed", "added", "removed", "unchanged")


@dataclass
class FichaDiff:
    """One ficha on both sides (or on one side only): what differs in its extracted fields and its run metadata."""

    old: Record | None
    new: Record | None
    fields: list[FieldChange] = field(default_factory=list)
    metadata: list[FieldChange] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.old is None and self.new is None:
            raise ValueError("a FichaDiff needs an old or a new record")

    @property
    def record(self) -> Record:
        """The new record, else the old one."""
        record = self.new or self.old
        assert record is not None  # __post_init__
        return record

    @property
    def status(self) -> str:
        if self.old is None:
            return "added"
        if self.new is None:
            return "removed"
        if self.old.id != self.new.id:
            return "renamed"
        return "changed" if self.fields else "unchanged"

    @property
    def id(self) -> str:
        return self.record.id

    @property
    def differs(self) -> bool:
        """Extracted content differs; run metadata alone never makes a ficha differ."""
        return self.status != "unchanged"


@dataclass
class Report:
    command: str  # "diff", "crosscheck"
    left: str  # what the old side is ("old: structured/")
    right: str
    fichas: list[FichaDiff]
    notes: list[str] = field(default_factory=list)
    problems: list[RecordProblem] = field(default_factory=list)  # records read that break the contract
    list_unchanged: bool = False  # the summary tables list unchanged fichas too (`--all`), not only their count
    unreadable: int = 0  # of the invalid files, those that hold no record at all (not JSON, truncated): not compared

    @property
    def invalid(self) -> int:
        """How many files read are not valid records (each may have several problems)."""
        return len({p.path for p in self.problems})

    @property
    def differs(self) -> bool:
        return any(f.differs for f in self.fichas)

    def counts(self) -> dict[str, int]:
        counted = Counter(f.status for f in self.fichas)
        return {status: counted[status] for status in STATUSES}

    def field_change_count(self) -> int:
        return sum(len(f.fields) for f in self.fichas)


def ficha_diff(old: Record | None, new: Record | None, with_metadata: bool = True) -> FichaDiff:
    if old is None or new is None:
        return FichaDiff(old, new)
    fields, metadata = record_changes(old.data, new.data)
    return FichaDiff(old, new, fields, metadata if with_metadata else [])


def comuna_and_title(record: Record) -> tuple[str | None, str | None]:
    municipalidad = record.data.get("municipalidad")
    comuna = municipalidad.get("comuna") if isinstance(municipalidad, dict) else None
    return (fold(comuna) if isinstance(comuna, str) else None), record.data.get("titulo")


def same_ficha_score(a: Record, b: Record) -> float:
    """0..1: how surely two records with different ids are one ficha (same comuna, similar title)."""
    comuna_a, title_a = comuna_and_title(a)
    comuna_b, title_b = comuna_and_title(b)
    return title_similarity(title_a, title_b) if comuna_a and comuna_a == comuna_b else 0.0


def pair_fichas(old: list[Record], new: list[Record]) -> list[tuple[int, int]]:
    """Pairs (i, j) of the same ficha: same document and id; else same folder and file;
    else an id found once on each side (a document renamed, a new edition); else comuna and title."""
    return pair_in_stages(
        old,
        new,
        [
            lambda a, b: pairs_by_key(a, b, lambda r: (r.document, r.name)),
            lambda a, b: pairs_by_key(a, b, lambda r: (r.folder, r.name)),
            lambda a, b: pairs_by_key(a, b, lambda r: r.id, unique=True),
            lambda a, b: pairs_by_similarity(a, b, same_ficha_score, SIMILAR_TITLE),
        ],
    )


def diff_records(old: list[Record], new: list[Record], left: str, right: str, forced: bool = False) -> Report:
    """The diff of two sets of records; `forced` pairs one record with one record whatever their ids."""
    pairs = [(0, 0)] if forced and len(old) == len(new) == 1 else pair_fichas(old, new)
    diffs = [ficha_diff(old[i], new[j]) for i, j in pairs]
    diffs += [FichaDiff(None, r) for j, r in enumerate(new) if j not in {p[1] for p in pairs}]
    diffs += [FichaDiff(r, None) for i, r in enumerate(old) if i not in {p[0] for p in pairs}]
    diffs.sort(key=lambda d: (d.record.document, d.id))
    return Report("diff", left, right, diffs)


def diff_paths(old: Path, new: Path) -> Report:
    """`extractor diff OLD NEW`: folders of records or single record files (RecordError when a path is
    missing or a single file holds no record); records that break the contract are compared and listed
    in `problems`."""
    before, after = load_records(old), load_records(new)
    report = diff_records(
        before.records, after.records, f"old: {old}", f"new: {new}", forced=old.is_file() and new.is_file()
    )
    report.problems = before.problems + after.problems
    if old.is_dir() and new.is_dir():
        _leave_out_unreadable(report, before.unreadable(old), after.unreadable(new))
    report.unreadable = len({p.path for p in report.problems if p.path not in _record_paths(report)})
    return report


def _record_paths(report: Report) -> set[Path]:
    return {r.path for f in report.fichas for r in (f.old, f.new) if r is not None}


def _leave_out_unreadable(
    report: Report, old: dict[tuple[str, str], RecordProblem], new: dict[tuple[str, str], RecordProblem]
) -> None:
    """A ficha whose record file on the other side cannot be read (same folder and name) is neither added
    nor removed: it is not compared (the file is among the invalid ones)."""
    report.fichas = [
        f
        for f in report.fichas
        if not (f.old is None and (f.record.folder, f.record.name) in old)
        and not (f.new is None and (f.record.folder, f.record.name) in new)
    ]


def diff_run(before: Path, new: Path, sources: list[Path], kept: bool = True) -> Report:
    """A new run (records in `new`) against the records in `before` (`--diff-against`) of the same
    source documents; `kept` False: `new` is a temporary folder, not named."""
    every, after = load_records(before), load_records(new)
    in_scope = records_from(every.records, sources)
    right = f"new (this run): {new}" if kept else "new (this run, not kept)"
    report = diff_records(in_scope, after.records, f"old: {before}", right)
    compared = {r.path for r in in_scope}
    unreadable = every.unreadable(before)
    _leave_out_unreadable(report, unreadable, after.unreadable(new))
    matched = {(r.folder, r.name) for r in after.records} & set(unreadable)
    report.problems = [p for p in every.problems if p.path in compared] + [unreadable[k] for k in sorted(matched)]
    report.problems += after.problems
    report.unreadable = len({p.path for p in report.problems if p.path not in _record_paths(report)})
    if len(in_scope) < len(every.records):
        report.notes.append(
            f"{len(every.records) - len(in_scope)} records in {before} of documents outside "
            f"{', '.join(map(str, sources))} were not compared"
        )
    return report
