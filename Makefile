# Entry points: make setup | extract | test | lint | bench | stress | score
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
RAW    ?= raw
OUT    ?= extracted
SHARED ?= ../shared
BENCH_ARGS ?=
STAMP  := $(VENV)/.installed

.PHONY: setup extract test lint bench score clean stress

setup: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@$(BIN)/python scripts/install_model.py
	@touch $(STAMP)

extract: setup
	$(BIN)/python -m pipeline extract $(RAW) -o $(OUT)

test: setup
	$(BIN)/python -m pytest
	$(BIN)/python -m pipeline check

stress: setup
	$(BIN)/python bench/stress.py
	PIPELINE_STRESS=1 $(BIN)/python -m pytest -q tests/test_linear_time.py tests/test_hostile_pdf.py

lint: setup
	$(BIN)/ruff check pipeline tests scripts bench

bench: setup
	$(BIN)/python bench/bench.py --shared $(SHARED) $(BENCH_ARGS)
	$(BIN)/python bench/bench_pdf_readers.py $(SHARED)/corpus/pdf

score: extract
	$(BIN)/python $(SHARED)/tools/score.py $(OUT) $(SHARED)/gold
	$(BIN)/python bench/dateparser_baseline.py $(RAW) $(SHARED)/gold

clean:
	rm -rf $(OUT) .pytest_cache .ruff_cache
