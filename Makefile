# Set-up and everyday commands. Everything installs into .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
DATA_DIR ?= demo-data

.PHONY: run demo test bench bench-sync dist translations clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

# Opens the station window on the default data folder (the user data folder, or
# $$STATION_APP_DATA_DIR); on a new machine that starts the setup wizard, which offers
# a year of demo data.
run: $(STAMP)
	@scripts/qt-system-libs.sh desktop
	$(BIN)/station-app

# A demo station in ./demo-data, opened in the window.
demo: $(STAMP)
	@scripts/qt-system-libs.sh desktop
	@test -f $(DATA_DIR)/station.db || $(BIN)/station-app demo --data-dir $(DATA_DIR) --days 365
	$(BIN)/station-app --data-dir $(DATA_DIR)

test: $(STAMP)
	@scripts/qt-system-libs.sh offscreen
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# Qt Linguist: Chinese is the source language of every string; English is translated.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -source-language zh_CN -target-language en -no-obsolete -locations relative \
		$$(find ui -name '*.py' | sort) -ts resources/translations/station_en.ts
	$(BIN)/pyside6-lrelease resources/translations/station_en.ts -qm resources/translations/station_en.qm

dist: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	$(BIN)/pyinstaller --noconfirm --clean build.spec
	dist/station-app/station-app --version

bench: $(STAMP)
	$(BIN)/python bench/store_bench.py
	$(BIN)/python bench/advances_bench.py

# Sync over real HTTP (a few minutes): first sync, recovery, 28 stations at once; then the
# hub's steps one by one.
bench-sync: $(STAMP)
	$(BIN)/python bench/sync_bench.py
	$(BIN)/python bench/sync_hub_apply.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis
