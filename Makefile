# Set-up and everyday commands. Everything installs into .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
DATA_DIR ?= demo-data

.PHONY: run test bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

# Opens the app on a demo store (the desktop window arrives with the GUI issue;
# until then this fills the demo store and prints its figures).
run: $(STAMP)
	@test -f $(DATA_DIR)/station.db || $(BIN)/station-app demo --data-dir $(DATA_DIR) --days 365
	$(BIN)/station-app stats --data-dir $(DATA_DIR) --json

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/store_bench.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis
