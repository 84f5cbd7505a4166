# Everything a fresh clone needs: python3 and make. The venv is (re)built when pyproject.toml or the lock
# changes, with exactly the versions (and hashes) of requirements-lock.txt, then the project without deps.
PYTHON ?= python3
UV ?= uv
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCK := requirements-lock.txt

.PHONY: run test lint typecheck unit reload eval bench clean lock

$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python -m pip check
	touch $(STAMP)

# After changing dependencies in pyproject.toml: pin them again (every Python >= 3.11, every OS) with uv.
lock:
	@command -v $(UV) >/dev/null || { echo "make lock needs uv: pipx install uv (or pip install uv)" >&2; exit 2; }
	printf 'setuptools>=68\n' | $(UV) pip compile pyproject.toml - --extra dev --universal \
		--python-version 3.11 --generate-hashes --custom-compile-command "make lock" --quiet -o $(LOCK)

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
