# Two commands a newcomer needs: `make run` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: install run test lint schema snapshots bench clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(BIN)/.installed

run: install  ## extract every corpus article into out/ and validate the JSON
	$(BIN)/factextract extract corpus/ -o out/
	$(BIN)/factextract validate out/ --schema schemas/article.schema.json

test: install  ## the full test suite (what CI runs)
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts
	$(BIN)/mypy src benchmarks

schema: install  ## regenerate schemas/ after changing records.py
	$(BIN)/factextract schema -o schemas/

snapshots: install  ## regenerate corpus snapshots; read the diff before committing
	$(BIN)/python -m pytest -q tests/test_corpus.py --force-regen || true

bench: install  ## throughput, cold start and memory next to spaCy's tokenizer and peers
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	$(BIN)/python -m benchmarks.run

clean:
	rm -rf $(VENV) out .pytest_cache .hypothesis .mypy_cache .ruff_cache benchmarks/.data
