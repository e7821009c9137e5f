# Running and Back Pain: one entry point for building, opening and testing the course.
#   make book   install (first time only) and build the book into _build/html
#   make test   install (first time only), build the book and run every test
#   make lab    open the chapter notebooks in JupyterLab
#   make serve  serve the built book at http://127.0.0.1:8000/
#   make bench  measure build, test, page weight, Lighthouse and interaction times (bench-results.json)
#   make strip  remove outputs from the chapter notebooks before committing
#   make lint   check Python (ruff, vulture, numpydoc, layers, types) and the JavaScript (Biome)
#   make format fix what the linters can fix, and format the Python code
#   make pdf    print every chapter of the built book to PDF (student and instructor editions)
#   make reproducible  build twice from clean and check that the two sites are byte-identical

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
# Build somewhere else with: make book BUILD_ROOT=/tmp/mybuild
BUILD_ROOT ?= .
HTML := $(BUILD_ROOT)/_build/html
JB_FLAGS := -W -n --keep-going
PORT ?= 8000

.PHONY: help install book lab serve test chromium bench clean requirements strip pdf lint format reproducible

help:
	@sed -n 's/^#   //p' Makefile

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml setup.py jupyter-settings/overrides.json
	@echo "==> Creating the Python environment in $(VENV) (first time: about a minute)"
	@test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	@# The learner's pins (requirements.txt) and the build and test tools (requirements-dev.txt).
	@$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	@$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@# The course's JupyterLab settings (no news prompt, no update check); a learner's own win.
	@mkdir -p $(VENV)/share/jupyter/lab/settings
	@cp jupyter-settings/overrides.json $(VENV)/share/jupyter/lab/settings/overrides.json
	@touch $(STAMP)
	@echo "==> Python environment ready"

# Browser assets from npm: a smaller plotly.js bundle and axe-core for the tests.
$(NODE_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
	  echo "==> Installing browser assets from npm"; \
	  npm ci --no-audit --no-fund --loglevel=error && touch $(NODE_STAMP); \
	else \
	  echo "==> npm not found: the book will use plotly's full bundle and the accessibility tests cannot run"; \
	fi

install: $(STAMP) $(NODE_STAMP)

book: install
	@echo "==> Building the book (runs every notebook; warnings are errors)"
	@start=$$(date +%s); \
	$(BIN)/jupyter-book build . $(JB_FLAGS) --path-output $(BUILD_ROOT) || exit 1; \
	echo "==> Built in $$(( $$(date +%s) - start )) s. Open $(HTML)/index.html, or run: make serve"

# The environment's bin comes first on PATH, so JupyterLab's terminals run the course's Python.
lab: install
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/jupyter lab notebooks/ $$([ "$$(id -u)" = 0 ] && echo --allow-root)

serve:
	@echo "==> Serving $(HTML) at http://127.0.0.1:$(PORT)/ (Ctrl+C to stop)"
	$(BIN)/python -m http.server $(PORT) --bind 127.0.0.1 --directory $(HTML)

chromium:
	@$(BIN)/python tests/browser/ensure_chromium.py

# Lint and format checks: make test runs them first; make format fixes what it can.
LINT_PATHS := widgets tests notebooks
lint: install
	@echo "==> Checking code style (ruff, vulture, numpydoc docstrings, layers, types, Biome)"
	@$(BIN)/ruff check $(LINT_PATHS)
	@$(BIN)/ruff format --check $(LINT_PATHS)
	@$(BIN)/vulture widgets tests/vulture_whitelist.py --min-confidence 80
	@$(BIN)/numpydoc lint $$(find widgets -name '*.py' -not -path '*/__pycache__/*' | sort)
	@# The layers of widgets/ and type checks: contracts and settings in pyproject.toml.
	@out=$$($(BIN)/lint-imports --no-cache --no-logo 2>&1) || { echo "$$out"; exit 1; }; \
	  echo "$$out" | grep -E 'KEPT$$|KEPT \('
	@$(BIN)/mypy --no-error-summary
	@if [ -x node_modules/.bin/biome ]; then node_modules/.bin/biome lint --error-on-warnings; \
	  else echo "==> npm packages missing: JavaScript lint skipped"; fi

format: install
	$(BIN)/ruff check --fix $(LINT_PATHS)
	$(BIN)/ruff format $(LINT_PATHS)

# Lint, the JavaScript tests and the tests that need no book run while the book builds; then
# the tests of the built book in two processes (pytest-xdist; tests that share work stay
# together: tests/conftest.py). Steps and timings: tests/run_every_test.sh.
# Run in one process with: make test TEST_PROCESSES=0
TEST_PROCESSES ?= 2
test: install chromium
	@BIN=$(BIN) HTML=$(HTML) MAKE="$(MAKE)" TEST_PROCESSES=$(TEST_PROCESSES) \
	  BUILD_ROOT=$(BUILD_ROOT) bash tests/run_every_test.sh

# Options: make bench BENCH_ARGS="--runs 5" (or --quick, --skip-tests, --skip-lighthouse)
bench: install chromium
	$(BIN)/python tests/bench/bench_course.py $(BENCH_ARGS)
	$(BIN)/python tests/bench/bench_exercises.py
	$(BIN)/python tests/bench/check_demos.py
	$(BIN)/python tests/bench/bench_training_log.py
	@test -f $(HTML)/index.html || $(MAKE) book
	$(BIN)/python tests/bench/bench_training_log_browser.py $(HTML)

clean:
	rm -rf $(BUILD_ROOT)/_build

# Re-pin both files from the environment: a package stays in the file it is in now; a new one
# goes to requirements-dev.txt (move it to requirements.txt if learners need it).
requirements: install
	$(BIN)/python -m pip freeze --exclude-editable | grep -viE '^(pip|setuptools|wheel)==' > requirements.tmp
	$(BIN)/python -m widgets.classroom.pins requirements.tmp requirements.txt requirements-dev.txt
	rm requirements.tmp

# Remove outputs and execution counts from every notebook before committing.
strip: install
	$(BIN)/jupyter nbconvert --clear-output --inplace notebooks/*.ipynb

# One PDF per chapter, from the built book (builds it first if there is none):
# _build/pdf/student/ hides solutions, _build/pdf/instructor/ shows them.
pdf: install chromium
	@test -f $(HTML)/index.html || $(MAKE) book
	$(BIN)/python -m widgets.classroom.pdf --html $(HTML) --out $(BUILD_ROOT)/_build/pdf

# Two clean builds must give the same bytes, so a static host re-sends only what changed and
# anyone can rebuild a release and compare. Keeps the current build; compares a second one.
reproducible: install
	@test -f $(HTML)/index.html || $(MAKE) book
	@first=$$(mktemp -d) && cp -a $(HTML)/. $$first/ && rm -rf $(BUILD_ROOT)/_build && \
	$(MAKE) --no-print-directory book && \
	if diff -r $$first $(HTML) >/dev/null; then \
	  echo "==> Two clean builds are byte-identical ($$(find $(HTML) -type f | wc -l) files)"; rm -rf $$first; \
	else echo "==> The two builds differ:"; diff -rq $$first $(HTML); rm -rf $$first; exit 1; fi
