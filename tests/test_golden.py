"""Golden files: every record extracted from raw/ equals its reviewed JSON in tests/golden/.

Regenerate only on purpose: EXTRACTOR_UPDATE_GOLDEN=1 make test (never in CI).
Each golden file was read field by field against its source document.

A record that differs from its golden file (or has none) is written beside
it as `<name>.pending.json` (git-ignored) for `extractor golden review`;
a record that matches removes its stale pending file. Not under CI.
"""

from __future__ import annotations

import json
import os

import pytest

from extractor.batch.writer import file_names, record_json
from extractor.review.compare import value_changes
from extractor.review.crosscheck import crosscheck_path
from extractor.review.golden import clear_pending, in_ci, write_pending

from .conftest import GOLDEN, RAW, raw_documents

UPDATE = os.environ.get("EXTRACTOR_UPDATE_GOLDEN") == "1"


def field_differences(expected, got) -> list[str]:
    """One line per differing leaf: path, expected, got (the project's record comparer, order counting)."""
    return [f"{c.path}: expected {c.old!r}, got {c.new!r}" for c in value_changes(expected, got, ordered=True)]


def test_update_switch_is_off_in_ci():
    assert not (UPDATE and os.environ.get("CI")), "golden files are never regenerated in CI"


def test_every_raw_document_has_golden_files():
    missing = [
        doc.name for doc in raw_documents() if not any((GOLDEN / doc.relative_to(RAW).with_suffix("")).glob("*.json"))
    ]
    assert UPDATE or not missing, f"no golden files for {missing}"


@pytest.mark.parametrize("doc", raw_documents(), ids=lambda doc: doc.name)
def test_records_match_golden(doc, raw_records):
    """The document gives exactly its golden records (same file names), each equal field by field."""
    folder = GOLDEN / doc.relative_to(RAW).with_suffix("")
    problems, pending = [], []
    expected_names = sorted(p.name for p in folder.glob("*.json") if not p.name.endswith(".pending.json"))
    got_names = sorted(file_names(raw_records[doc]))
    if got_names != expected_names and not UPDATE:
        problems.append(f"records {got_names} but golden files {expected_names}")
    for ficha, name in zip(raw_records[doc], file_names(raw_records[doc]), strict=False):
        path = folder / name
        text = record_json(ficha)
        if UPDATE and not in_ci():
            folder.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            clear_pending(path)
            continue
        found = golden_problems(path, text)
        problems += [f"{name}: {line}" for line in found]
        if found and write_pending(path, text):
            pending.append(name)
        elif not found:
            clear_pending(path)
    if pending:
        problems.append(
            f"new output written beside the golden files as *.pending.json ({len(pending)}): "
            "review it with `extractor golden review`"
        )
    assert not problems, "\n".join(problems)


def golden_problems(path, text: str) -> list[str]:
    if not path.exists():
        return ["no golden file"]
    return field_differences(json.loads(path.read_text(encoding="utf-8")), json.loads(text))


def test_the_golden_records_of_one_ficha_agree_across_its_documents():
    """Every rendering of a ficha (publication, its other design, transcript, exports) has the same
    golden record, `fuente` aside: the crosscheck of tests/golden/ finds no field that differs."""
    report = crosscheck_path(GOLDEN)
    assert [(f.id, c.path) for f in report.fichas for c in f.fields] == []
    assert len(report.fichas) == 21 and report.notes == []
