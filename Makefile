# Entry points: make setup | extract | test | lint | bench | stress | score
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
RAW    ?= raw
OUT    ?= extracted
SHARED ?= ../shared
BENCH_ARGS ?=
STAMP  := $(VENV)/.installed
DEV    := $(VENV)/.installed-dev
BENCH  := $(VENV)/.installed-bench

.PHONY: setup extract test lint bench score clean stress docs

# setup: what a user needs to run the pipeline; the test, lint and bench tools come with those targets
setup: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	@$(BIN)/python scripts/install_model.py
	@touch $(STAMP)

$(DEV): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(DEV)

$(BENCH): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	@touch $(BENCH)

extract: setup
	$(BIN)/python -m pipeline extract $(RAW) -o $(OUT)

test: $(DEV)
	$(BIN)/python -m pytest
	$(BIN)/python -m pipeline check

stress: $(DEV)
	$(BIN)/python bench/stress.py
	PIPELINE_STRESS=1 $(BIN)/python -m pytest -q tests/test_linear_time.py tests/test_hostile_pdf.py

lint: $(DEV)
	$(BIN)/ruff check pipeline tests scripts bench

bench: $(BENCH)
	$(BIN)/python bench/bench.py --shared $(SHARED) $(BENCH_ARGS)
	$(BIN)/python bench/bench_pdf_readers.py $(SHARED)/corpus/pdf

score: extract $(BENCH)
	$(BIN)/python $(SHARED)/tools/score.py $(OUT) $(SHARED)/gold
	$(BIN)/python bench/dateparser_baseline.py $(RAW) $(SHARED)/gold

docs: setup
	$(BIN)/python -c "from pipeline.schema import markdown; open('docs/TABLES.md', 'w').write(markdown())"

clean:
	rm -rf $(OUT) .pytest_cache .ruff_cache
