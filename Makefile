# Everything a fresh clone needs: python3 and make. The venv is (re)built when pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck unit reload eval bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m bot run

test: $(STAMP) lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check bot tests scripts
	$(BIN)/ruff format --check bot tests scripts

typecheck: $(STAMP)
	$(BIN)/mypy bot

unit: $(STAMP)
	$(BIN)/pytest

reload: $(STAMP)
	$(BIN)/python -m bot reload

eval: $(STAMP)
	@test -f ../shared/eval/score.py || { echo "make eval needs the shared folder beside this clone: ../shared/eval/score.py is missing" >&2; exit 2; }
	$(BIN)/python ../shared/eval/score.py ../shared/eval/dev.jsonl -v -- $(BIN)/python -m bot ask --json

bench: $(STAMP)
	$(BIN)/python scripts/bench.py
	$(BIN)/python scripts/loop_stalls.py

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache
