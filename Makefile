# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-fast lint bench bench-silent clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@$(TESSERACT_NOTE)
	touch $(STAMP)

TESSERACT_NOTE = command -v tesseract >/dev/null 2>&1 || echo "note: Tesseract is missing, so scanned PDFs (no text" \
	"layer) cannot be read; install it with: sudo apt-get install tesseract-ocr tesseract-ocr-spa" >&2

run: $(STAMP)
	@$(TESSERACT_NOTE)
	$(BIN)/extractor run

test: $(STAMP)  # everything; the browser tests are skipped (with how to install chromium) when it is missing
	$(BIN)/python -m pytest -q -n 2

test-fast: $(STAMP)  # leaves out the browser, fuzz and slow tests (markers in pyproject.toml); tests/test_fast_guard.py guards the outputs
	$(BIN)/python -m pytest -q -n 2 -m "not browser and not fuzz and not slow"

lint: $(STAMP)  # ruff (lint and format check) over src/ and tests/, mypy over src/; settings in pyproject.toml
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy src

bench: $(STAMP)  # speed and memory on a large corpus built from raw/ (minutes; not part of the tests); options: make bench ARGS="--scanned 0 --runs 2"
	$(BIN)/python bench/bench.py $(ARGS)

bench-silent: $(STAMP)  # perturbed fichas as .docx and PDF: silent errors, missed flags, false alarms (issue 19)
	$(BIN)/python bench/silent.py

.PHONY: fuzz-designs fuzz-layouts
fuzz-designs: N ?= 500
fuzz-designs: HARNESS ?= reportlab
fuzz-designs: $(STAMP)  # a design harness (reportlab, browser, word) over N seeds; failures and summary.md in build/fuzz-designs/HARNESS/
	$(BIN)/python -m tests.designs.fuzz --harness $(HARNESS) --n $(N) --out build/fuzz-designs/$(HARNESS)

fuzz-layouts: N ?= 500
fuzz-layouts: $(STAMP)  # the reportlab design harness over N seeds; failing PDFs, diffs and summary.md in build/fuzz-layouts/
	$(BIN)/python -m tests.designs.fuzz --harness reportlab --n $(N) --out build/fuzz-layouts

clean:
	rm -rf $(VENV) build src/*.egg-info
