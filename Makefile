# Set-up and checks; every target installs what it needs into .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)
UI_SOURCES := $(shell find planner/ui -name '*.py' | sort)

.PHONY: run test lint bench translations ts screenshots dist clean lock

run: $(STAMP) translations
	$(BIN)/planner $(ARGS)

test: $(STAMP) translations lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check planner tests build
	$(BIN)/ruff format --check planner tests build
	$(BIN)/lint-imports
	$(BIN)/mypy planner

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench

# The one-folder app in build/dist/AccountPlanner, then its --selftest headless; prints size and times.
dist: $(STAMP) translations
	$(BIN)/python build/smoke.py

screenshots: $(STAMP) translations
	$(BIN)/planner --db screenshots/demo.sqlite demo --if-empty
	QT_QPA_PLATFORM=offscreen $(BIN)/planner --db screenshots/demo.sqlite --lang de screenshot --out screenshots/de
	QT_QPA_PLATFORM=offscreen $(BIN)/planner --db screenshots/demo.sqlite --lang en screenshot --out screenshots/en

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Every package at the version in requirements.lock (hash-checked), then the app itself on top.
$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

# After changing the dependencies in pyproject.toml: pin them anew (every platform, Python 3.11 and later).
lock:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra test --universal --python-version 3.11 --generate-hashes \
		--quiet -o requirements.lock

clean:
	rm -rf $(VENV) $(QM) .pytest_cache .mypy_cache .ruff_cache screenshots build/dist build/work

# After changing UI strings: refresh the .ts sources, then translate what lupdate marks unfinished.
ts: $(STAMP)
	$(BIN)/pyside6-lupdate $(UI_SOURCES) -ts resources/translations/planner_de.ts -no-obsolete
	$(BIN)/pyside6-lupdate $(UI_SOURCES) -ts resources/translations/planner_en.ts -no-obsolete -pluralonly

# The app in the Linux desktop's menu, for this user (no root): a .desktop entry and the icon under
# $XDG_DATA_HOME (default ~/.local/share). It starts the bundle of `make dist` (build that first);
# `make install-desktop DESKTOP_EXEC=.venv/bin/planner` starts the development install instead.
DESKTOP_EXEC ?= $(CURDIR)/build/dist/AccountPlanner/AccountPlanner
.PHONY: install-desktop uninstall-desktop
install-desktop:
	$(PYTHON) build/install_desktop.py --exec '$(DESKTOP_EXEC)'

uninstall-desktop:
	$(PYTHON) build/install_desktop.py --uninstall
