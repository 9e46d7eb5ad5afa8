"""The fast loop's guard of the outputs: `make test-fast` leaves out every test that reads all of raw/
or draws many designs (they are `slow`), so these few run there and catch a change that breaks the
records: two documents of raw/ (a Word transcript and a LibreOffice PDF export of it) against their
golden files, and three seeds of each design harness — reportlab, browser (Chromium's print) and Word
(python-docx, read as .docx and as LibreOffice's PDF export). The seeds are CI seeds that pass, chosen
so that between them they draw many values of the harness's choices (`test_the_fast_seeds_draw_many_choices`).
The whole set runs in `make test` (tests/test_golden.py, tests/test_design_harness.py,
tests/test_design_harnesses.py). A harness whose tool is missing is skipped with how to install it,
except under CI (`.ci/run` installs them).

Cost (CPU seconds, measured 2026-12-06 on the 2-core VM): the whole file about 7.5 of the fast loop's
60 or so; a Chromium print about 0.7 (its start included: one browser per seed costs little); the Word
seeds' one LibreOffice start with its three exports about 2.5."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.batch.writer import file_names, record_json
from extractor.pipeline import extract_document

from .conftest import GOLDEN, RAW, ROOT
from .designs.harness import run_seed
from .designs.harnesses import HARNESSES, run_browser_design, run_word_seeds
from .test_design_harness import CI_SEEDS
from .test_design_harnesses import BROWSER_SEEDS, WORD_SEEDS, _tool_or_skip
from .test_golden import golden_problems

GUARDED = ["transcripciones/Transcripción 07 - Arica.docx", "transcripciones-pdf/Transcripción 07 - Arica.pdf"]

# Three passing CI seeds of each harness that between them draw the most values of its choices found
# among its passing seeds (values drawn, of all: reportlab 71 of 95, browser 82 of 116, Word 50 of 58).
FAST_SEEDS = {"reportlab": [1, 5, 13], "browser": [0, 13, 133], "word": [53, 75, 85]}
MIN_VALUES_DRAWN = {"reportlab": 71, "browser": 82, "word": 50}


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


@pytest.mark.parametrize("seed", FAST_SEEDS["reportlab"])
def test_a_drawn_design_gives_the_golden_records(seed, tmp_path):
    outcome = run_seed(seed, tmp_path)
    assert outcome.ok, outcome.design.describe() + "\n" + "\n".join(outcome.differences)


@pytest.mark.parametrize("seed", FAST_SEEDS["browser"])
def test_a_browser_design_gives_the_golden_records(seed, tmp_path):
    _tool_or_skip("browser")
    outcome = run_browser_design(HARNESSES["browser"].design_of(seed), tmp_path)
    assert outcome.ok, outcome.design.describe() + "\n" + "\n".join(outcome.differences)


def test_word_designs_give_the_golden_records_as_docx_and_as_pdf(tmp_path):
    """One test for the three seeds: they share one LibreOffice start (two tests could run it twice,
    once in each worker)."""
    _tool_or_skip("word")
    failing = [o for o in run_word_seeds(FAST_SEEDS["word"], tmp_path) if not o.ok]
    assert not failing, "\n\n".join(o.design.describe() + "\n" + "\n".join(o.differences) for o in failing)


def test_the_fast_seeds_are_ci_seeds_that_pass():
    """So `make test` runs them too, and a seed the fast loop guards is not an expected failure."""
    assert set(FAST_SEEDS["reportlab"]) <= set(CI_SEEDS)
    for name, kinds in (("browser", BROWSER_SEEDS), ("word", WORD_SEEDS)):
        assert all(seed in kinds and kinds[seed] is None for seed in FAST_SEEDS[name]), name


@pytest.mark.parametrize("name", sorted(FAST_SEEDS))
def test_the_fast_seeds_draw_many_choices(name):
    designs = [HARNESSES[name].design_of(seed) for seed in FAST_SEEDS[name]]
    drawn = {(key, repr(value)) for design in designs for key, value in design.choices().items()}
    assert len(FAST_SEEDS[name]) == 3 and len(drawn) >= MIN_VALUES_DRAWN[name]
