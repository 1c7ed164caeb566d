# The two set-up commands of the README: `make serve` and `make test`.
# Both work on a fresh machine with only Python 3.11+ (and, for the browser
# and triple-store tests, Debian's apt: see .ci/setup).

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STORE ?= data/store

.PHONY: serve build test lint setup clean

$(BIN)/ckg: pyproject.toml server/static/vendor/yasgui/yasgui.min.js
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $(BIN)/ckg

# The query editor's YASGUI files, from npm (package.json), copied where the server and the wheel find them.
server/static/vendor/yasgui/yasgui.min.js: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	npm run --silent vendor

build: $(BIN)/ckg
	$(BIN)/ckg build --store $(STORE)

serve: build
	$(BIN)/ckg serve --store $(STORE)

setup:
	bash .ci/setup

test: setup
	$(BIN)/python -m pytest

lint: $(BIN)/ckg
	$(BIN)/ruff check kg loaders server tests bench
	$(BIN)/ruff format --check kg loaders server tests bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) data build dist
