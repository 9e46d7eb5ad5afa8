"""The normalisation test set (tests/data/normalization_cases.csv, issue 13), measured.

Single names: precision (of the canonical names given, the share that are
right) must be 1.0 — a name that must stay unknown given any entry, or a name
given another entry, is a wrong canonical name. Recall (the share of names
that must match that do) is printed. Lists and funding texts must give
exactly the listed entities; their entity-level precision and recall are
printed too.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pytest

from extractor.normalize.catalog import funders, offices
from extractor.normalize.entities import Piece, distinct, split_entities
from extractor.normalize.funding import funder_pieces

CASES_FILE = Path(__file__).parent / "data" / "normalization_cases.csv"
CATALOGS = {"oficinas": offices, "financiadores": funders}


@dataclass(frozen=True)
class Case:
    line: int
    kind: str
    catalog: str
    printed: str
    expected: str
    note: str

    @property
    def entities(self) -> list[str]:
        return [e.strip() for e in self.expected.split(" | ") if e.strip()]


def load_cases() -> list[Case]:
    text = CASES_FILE.read_text("utf-8")
    lines = [line for line in text.splitlines(keepends=True) if not line.startswith("#")]
    return [
        Case(
            int(row["line"]) if "line" in row else n,
            row["kind"],
            row["catalog"],
            row["printed"],
            row["expected"],
            row["note"],
        )
        for n, row in enumerate(csv.DictReader(lines), start=1)
    ]


CASES = load_cases()


def by_kind(*kinds: str) -> list[Case]:
    return [c for c in CASES if c.kind in kinds]


def described(piece: Piece) -> str:
    """A piece as the test set writes it: canonical name, or "?" and the kept name; " {SIGLA}"."""
    name = piece.nombre if piece.entry is not None else f"?{piece.nombre}"
    return f"{name} {{{piece.sigla}}}" if piece.sigla else name


def entities_of(case: Case) -> list[str]:
    catalog = CATALOGS[case.catalog]()
    if case.kind == "split":
        return [described(p) for p in distinct(split_entities(case.printed, catalog))]
    return [described(p) for p in distinct(funder_pieces(case.printed, catalog))]


def test_the_set_is_large_and_covers_every_kind():
    assert len(CASES) >= 300
    assert {c.kind for c in CASES} == {"match", "unknown", "split", "funders"}
    assert len(by_kind("unknown")) >= 100 and len(by_kind("split", "funders")) >= 50
    assert sum("near miss" in c.note for c in CASES) >= 80
    assert all(c.catalog in CATALOGS for c in CASES)


def test_names_precision_is_perfect(capsys):
    given = wrong = found = 0
    problems = []
    for case in by_kind("match", "unknown"):
        entry = CATALOGS[case.catalog]().match(case.printed)
        if entry is None:
            if case.kind == "match":
                problems.append(f"missed: {case.printed!r} should be {case.expected!r}")
            continue
        given += 1
        if case.kind == "match" and entry.nombre == case.expected:
            found += 1
        else:
            wrong += 1
            problems.append(f"WRONG: {case.printed!r} -> {entry.nombre!r} ({case.note})")
    should = len(by_kind("match"))
    precision, recall = (given - wrong) / max(given, 1), found / should
    with capsys.disabled():
        print(
            f"\n  normalisation set, names: {should} to match, {len(by_kind('unknown'))} to stay unknown; "
            f"precision {precision:.4f}, recall {recall:.4f}"
        )
        for problem in problems:
            print(f"    {problem}")
    assert wrong == 0, "\n".join(p for p in problems if p.startswith("WRONG"))
    assert recall == 1.0, "\n".join(problems)


def test_lists_entity_precision_and_recall(capsys):
    given = right = expected = 0
    for case in by_kind("split", "funders"):
        got, want = entities_of(case), case.entities
        given, expected = given + len(got), expected + len(want)
        right += sum(1 for g in got if g in want)
    with capsys.disabled():
        print(
            f"\n  normalisation set, lists: {len(by_kind('split', 'funders'))} lists, {expected} entities; "
            f"precision {right / max(given, 1):.4f}, recall {right / max(expected, 1):.4f}"
        )
    assert right == given


@pytest.mark.parametrize("case", by_kind("split", "funders"), ids=lambda c: f"{c.kind}:{c.printed[:50]}")
def test_each_list_gives_exactly_its_entities(case):
    assert entities_of(case) == case.entities, case.note
