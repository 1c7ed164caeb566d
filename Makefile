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
# Without npm everything but the editor works, and the editor page says what to run.
server/static/vendor/yasgui/yasgui.min.js: package.json package-lock.json
	@if command -v npm >/dev/null; then \
	  npm ci --no-audit --no-fund --ignore-scripts --loglevel=error && npm run --silent vendor; \
	else \
	  echo "npm not found: the query editor at / needs 'npm ci && npm run vendor' (apt-get install npm)"; \
	fi

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
