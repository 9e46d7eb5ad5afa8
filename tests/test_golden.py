"""Golden files: every record extracted from raw/ equals its reviewed JSON in tests/golden/.

Regenerate only on purpose: EXTRACTOR_UPDATE_GOLDEN=1 make test (never in CI).
Each golden file was read field by field against its source document.
"""

from __future__ import annotations

import json
import os

import pytest

from extractor.writer import file_names, record_json

from .conftest import GOLDEN, RAW, raw_documents

UPDATE = os.environ.get("EXTRACTOR_UPDATE_GOLDEN") == "1"


def field_differences(expected, got, path: str = "") -> list[str]:
    """One line per differing leaf: path, expected, got."""
    if isinstance(expected, dict) and isinstance(got, dict):
        lines = []
        for key in list(expected) + [k for k in got if k not in expected]:
            lines += field_differences(expected.get(key, "<missing>"), got.get(key, "<missing>"), f"{path}.{key}" if path else key)
        return lines
    if isinstance(expected, list) and isinstance(got, list) and len(expected) == len(got):
        return [line for i, (e, g) in enumerate(zip(expected, got)) for line in field_differences(e, g, f"{path}[{i}]")]
    return [] if expected == got else [f"{path}: expected {expected!r}, got {got!r}"]


def test_update_switch_is_off_in_ci():
    assert not (UPDATE and os.environ.get("CI")), "golden files are never regenerated in CI"


def test_every_raw_document_has_golden_records(raw_records):
    for doc in raw_documents():
        folder = GOLDEN / doc.relative_to(RAW).with_suffix("")
        expected = sorted(p.name for p in folder.glob("*.json"))
        got = sorted(file_names(raw_records[doc]))
        if UPDATE:
            continue
        assert got == expected, f"{doc.name}: records {got} but golden files {expected}"


@pytest.mark.parametrize("doc", raw_documents(), ids=lambda p: p.name)
def test_records_match_golden(doc, raw_records):
    folder = GOLDEN / doc.relative_to(RAW).with_suffix("")
    problems = []
    for ficha, name in zip(raw_records[doc], file_names(raw_records[doc])):
        path = folder / name
        if UPDATE:
            folder.mkdir(parents=True, exist_ok=True)
            path.write_text(record_json(ficha), encoding="utf-8")
            continue
        if not path.exists():
            problems.append(f"{name}: no golden file")
            continue
        expected = json.loads(path.read_text(encoding="utf-8"))
        problems += [f"{name}: {line}" for line in field_differences(expected, json.loads(record_json(ficha)))]
    assert not problems, "\n".join(problems)
