# The two commands of the README: `make demo` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint build clean bench

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/unkg build --corpus data/reports --out out
	$(BIN)/unkg stats --kg out
	$(BIN)/unkg viz --kg out --kind collaboration --size-by pagerank -o out/collaboration.html
	$(BIN)/unkg viz --kg out --kind membership -o out/membership.html
	$(BIN)/unkg centrality --kg out --kind collaboration -o out/centrality.html
	@echo "Outputs: out/kg.trig (named graph per report), out/kg.ttl (union), out/summary.json,"
	@echo "         out/collaboration.html, out/membership.html, out/centrality.html (open in a browser, offline)"

test: $(STAMP)
	$(BIN)/ruff check kg tests
	$(BIN)/mypy
	$(BIN)/python -m pytest

build: $(STAMP)
	$(BIN)/unkg build

clean:
	rm -rf out .pytest_cache

bench: $(STAMP)
	$(BIN)/python bench/run.py
