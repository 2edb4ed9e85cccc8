# InfoSec Desk. `make run` starts the application, `make test` runs lint and the whole suite;
# both create $(VENV) and install the Debian packages they need on first use.

VENV ?= .venv
PYTHON ?= python3
ARGS ?=
BENCH_ARGS ?=

BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PIP := $(BIN)/python -m pip --disable-pip-version-check
# Empty folders are not in git: lint only the ones a clone has.
LINT_PATHS := $(wildcard desktop_app tests bench fuzz scripts)

.DEFAULT_GOAL := help
.PHONY: help deps install run lint test test-quick bench screenshots clean dist test-dist wheelhouse fuzz

help:
	@echo "make run     start the application (ARGS='...' are passed on; CLI commands too)"
	@echo "make test    lint, then the whole test suite headless"
	@echo "make test-quick  the unit and fast property tests (no slow, gui or dist marks): the inner loop"
	@echo "make lint    ruff, ruff format --check, mypy, import-linter contracts"
	@echo "make bench   benchmarks, one JSON object per line (BENCH_ARGS='--quick')"
	@echo "make screenshots  one PNG per main screen into \$$SCREENSHOT_DIR (docs/screenshots)"
	@echo "make deps    install the Debian packages Qt and the tests need"
	@echo "make dist    build dist/infosec-desk/ (PyInstaller), dist/SHA256SUMS, signed RELEASE.json"
	@echo "make test-dist  build, then run the frozen executable's tests (pytest -m dist)"
	@echo "make wheelhouse  every wheel 'pip install .' needs, into dist/wheelhouse/"
	@echo "make fuzz    100,000 fuzzed bundles, 100 killed imports, atheris (figures: docs/security.md)"
	@echo "make clean   remove caches and build output (not $(VENV))"

deps:
	@bash scripts/debian-deps.sh

# Rebuilt when pyproject.toml changes, so new dependencies arrive with a plain `make test`.
# A venv left without pip by an earlier failed attempt is made anew.
$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
		echo "make: InfoSec Desk needs Python 3.11 or newer as '$(PYTHON)'" \
			"(found: $$($(PYTHON) --version 2>&1)); pass another with PYTHON=..." >&2; exit 1; }
	@$(PYTHON) -c 'import venv, ensurepip' 2>/dev/null || bash scripts/debian-deps.sh python3-venv
	@$(PYTHON) -c 'import venv, ensurepip' 2>/dev/null || { \
		echo "make: '$(PYTHON)' cannot create a virtual environment: the venv module is missing" \
			"(on Debian: apt-get install python3-venv)" >&2; exit 1; }
	@[ -x $(BIN)/pip ] || { echo "make: creating $(VENV) with $$($(PYTHON) --version)"; \
		$(PYTHON) -m venv --clear $(VENV) && $(PIP) install --progress-bar off --upgrade pip; }
	@echo "make: installing InfoSec Desk with its test and dev extras into $(VENV)"
	@# A venv made before the PySide6 pin holds PySide6-Pdf 6.12, whose QtPdf clashes with Addons'.
	@$(PIP) uninstall --quiet --yes PySide6-Pdf >/dev/null 2>&1 || true
	@$(PIP) install --quiet --progress-bar off -e '.[test,dev]'
	@touch $@

install: $(STAMP)

run: deps $(STAMP)
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY$$QT_QPA_PLATFORM" ]; then \
		$(BIN)/python -m desktop_app $(ARGS); \
	else \
		echo "make run: no display (DISPLAY/WAYLAND_DISPLAY unset): running under xvfb-run;" \
			"set QT_QPA_PLATFORM=offscreen to run without one."; \
		xvfb-run -a $(BIN)/python -m desktop_app $(ARGS); \
	fi

lint: $(STAMP)
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache --no-logo

test: deps lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

# The inner loop: no lint, no widgets, nothing marked slow (pyproject.toml lists the markers).
test-quick: $(STAMP)
	$(BIN)/pytest -q -m "not slow and not gui and not dist"

bench: deps $(STAMP)
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# The real application on demo data in a virtual X server.
screenshots: $(STAMP)
	SCREENSHOT_DIR=$${SCREENSHOT_DIR:-docs/screenshots} \
		xvfb-run -a -s "-screen 0 1600x1000x24" $(BIN)/python scripts/screenshots.py

clean:
	rm -rf build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache .hypothesis
	find $(LINT_PATHS) -name __pycache__ -type d -prune -exec rm -rf {} +

# -- delivery into the air gap ----------------------------------------------------------------
# The release key signs dist/infosec-desk/RELEASE.json; it never enters the repository (see
# scripts/sign_release.py: env INFOSEC_DESK_RELEASE_KEY, default
# ~/.config/infosec-desk/release-key.pem; a development key is created if there is none).
PYINSTALLER_REQ := pyinstaller>=6.10,<7
WHEELHOUSE := dist/wheelhouse

# `deps` first: PyInstaller copies the system libraries Qt links (glib, fontconfig, xcb...)
# into the bundle, so they must be on the build machine; binutils gives it objdump and strip,
# and libpython3.X the shared interpreter it embeds (a bare Debian has only the static one).
dist: deps $(STAMP)
	@bash scripts/debian-deps.sh binutils \
		libpython$$($(BIN)/python -c 'import sys; print("%d.%d" % sys.version_info[:2])')
	@$(BIN)/python -c 'import PyInstaller' 2>/dev/null || { \
		echo "make: installing PyInstaller into $(VENV)"; \
		$(PIP) install --quiet --progress-bar off '$(PYINSTALLER_REQ)'; }
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller build.spec
	$(BIN)/python scripts/sign_release.py dist/infosec-desk
	@du -sh dist/infosec-desk

# The frozen tests build with `make dist` themselves (INFOSEC_DESK_DIST_REUSE=1 keeps a build
# that is newer than the sources).
test-dist: deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -m dist

# Our own wheel, then every wheel it needs for this Python and platform (binary only).
wheelhouse: $(STAMP)
	@# setuptools builds in build/lib and keeps what is there: start clean, or a module
	@# deleted from the tree would still ship.
	rm -rf $(WHEELHOUSE) build/lib
	$(PIP) wheel --quiet --no-deps --wheel-dir $(WHEELHOUSE) .
	$(PIP) download --quiet --progress-bar off --only-binary :all: --dest $(WHEELHOUSE) \
		$(WHEELHOUSE)/infosec_desk-*.whl
	@ls $(WHEELHOUSE) | wc -l | xargs echo "make: wheels in $(WHEELHOUSE):"

# -- the security case (docs/security.md) ------------------------------------------------------
# FUZZ_EXAMPLES hypothesis inputs in all (make test runs 300), split over two pytest processes
# for the two cores; CRASH_POINTS imports killed with SIGKILL; ATHERIS_RUNS coverage-guided runs.
# Every run appends its figures to FUZZ_REPORT, printed at the end.
FUZZ_EXAMPLES ?= 100000
CRASH_POINTS ?= 100
ATHERIS_RUNS ?= 20000
FUZZ_REPORT ?= build/fuzz-report.jsonl
FUZZ_PYTEST := FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) FUZZ_REPORT=$(FUZZ_REPORT) \
	$(BIN)/pytest -q -W ignore::hypothesis.errors.HypothesisWarning tests/test_fuzz_bundles.py

fuzz: $(STAMP)
	@$(BIN)/python -c 'import atheris' 2>/dev/null || { \
		echo "make: installing atheris into $(VENV)"; \
		$(PIP) install --quiet --progress-bar off atheris; }
	@mkdir -p $(dir $(FUZZ_REPORT)) && rm -f $(FUZZ_REPORT)
	@$(FUZZ_PYTEST) -k "raw or generated" & first=$$!; \
	$(FUZZ_PYTEST) -k "payload or manifests"; second=$$?; \
	wait $$first; first=$$?; \
	CRASH_POINTS=$(CRASH_POINTS) CRASH_REPORT=$(FUZZ_REPORT) $(BIN)/pytest -q \
		tests/test_crash_import.py; crash=$$?; \
	$(BIN)/python fuzz/fuzz_bundle.py -runs=$(ATHERIS_RUNS) -print_final_stats=1 \
		2>build/atheris.log; atheris=$$?; grep -E "^(Done|stat::number_of_executed_units)" \
		build/atheris.log; \
	cat $(FUZZ_REPORT); exit $$(( first | second | crash | atheris ))
