# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/extractor run

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)  # speed and memory on a large corpus built from raw/ (minutes; not part of the tests)
	$(BIN)/python bench/bench.py

.PHONY: fuzz-layouts
fuzz-layouts: N ?= 500
fuzz-layouts: $(STAMP)  # the design harness over N seeds; failing PDFs, diffs and summary.md in build/fuzz-layouts/
	$(BIN)/python -m tests.designs.fuzz --n $(N) --out build/fuzz-layouts

clean:
	rm -rf $(VENV) build src/*.egg-info
