"""Real Word files that are not fichas (python-docx's own test files, tests/data/pydocx):
each is read through to the end and ends as `no_ficha`, never as a crash, a record or any
other error; through the batch too (worker processes, run report)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.cli import main
from extractor.pipeline import extract_document
from extractor.problems import DocumentError, Kind
from extractor.readers import read

PYDOCX = Path(__file__).resolve().parent / "data" / "pydocx"
FILES = sorted(PYDOCX.glob("*.docx"))


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_real_word_file_is_read_and_is_no_ficha(path):
    assert read(path).items  # read through: there is content
    with pytest.raises(DocumentError) as error:
        extract_document(path)
    assert error.value.kind is Kind.no_ficha


def test_batch_over_real_word_files_writes_no_record_and_fails_none_otherwise(tmp_path):
    out = tmp_path / "out"
    assert main(["run", str(PYDOCX), "--out", str(out), "--quiet", "--jobs", "1"]) == 1
    report = json.loads((out / ".extractor-report.json").read_text(encoding="utf-8"))
    assert len(report["documents"]) == len(FILES) > 0
    assert {d["error"]["kind"] for d in report["documents"]} == {"no_ficha"}
    assert not [p for p in out.rglob("*.json") if not p.name.startswith(".")]
