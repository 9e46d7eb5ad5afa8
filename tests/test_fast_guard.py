"""The fast loop's guard of the outputs: `make test-fast` leaves out every test that reads all of raw/
or draws many designs (they are `slow`), so these few run there and catch a change that breaks the
records: two documents of raw/ (a Word transcript and a LibreOffice PDF export of it) against their
golden files, and three seeds of the design harness. The whole set runs in `make test`
(tests/test_golden.py, tests/test_design_harness.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.batch.writer import file_names, record_json
from extractor.pipeline import extract_document

from .conftest import GOLDEN, RAW, ROOT
from .designs.harness import run_seed
from .test_design_harness import CI_SEEDS
from .test_golden import golden_problems

GUARDED = ["transcripciones/Transcripción 07 - Arica.docx", "transcripciones-pdf/Transcripción 07 - Arica.pdf"]


@pytest.mark.parametrize("document", GUARDED)
def test_a_document_gives_its_golden_records(document, monkeypatch):
    monkeypatch.chdir(ROOT)  # fuente.archivo is relative to the folder the run starts from, as in the golden files
    doc = (RAW / document).relative_to(ROOT)
    fichas = extract_document(doc).fichas
    folder = GOLDEN / Path(document).with_suffix("")
    expected = sorted(p.name for p in folder.glob("*.json") if not p.name.endswith(".pending.json"))
    assert sorted(file_names(fichas)) == expected and expected
    problems = [
        f"{name}: {line}"
        for ficha, name in zip(fichas, file_names(fichas), strict=True)
        for line in golden_problems(folder / name, record_json(ficha))
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("seed", CI_SEEDS[:3])
def test_a_drawn_design_gives_the_golden_records(seed, tmp_path):
    outcome = run_seed(seed, tmp_path)
    assert outcome.ok, outcome.design.describe() + "\n" + "\n".join(outcome.differences)
