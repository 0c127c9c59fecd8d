# Two commands do all the setup on a fresh machine (Python 3.11, make, Node.js/npm, the package registries):
#   make demo   - the main job: check the generated clients against the specs, then the demo
#   make test   - the whole test suite
# Everything is installed into the repository: .tools/ (uv), .venv/ (Python), node_modules/ (spec tooling).

PYTHON ?= python3
UV_VERSION := 0.13.9
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
PY := $(VENV)/bin/python
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(CURDIR)/$(VENV)
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)

.PHONY: setup demo test test-matrix lint regenerate check-generated bench-regeneration clean docs chromium

setup: $(VENV)/.synced node_modules/.installed

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.synced: $(UV) uv.lock pyproject.toml wrappers/pyproject.toml $(wildcard generated/*/pyproject.toml)
	$(UV) sync --frozen --all-groups --python 3.11
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

demo: setup
	$(PY) scripts/demo.py

test: setup chromium
	$(PY) -m pytest -n 2

# The facade, signing, simulator and CLI tests on every supported CPython (the classifiers), each in .matrix/<X.Y>/;
# MATRIX="3.12 3.13" runs only those.
test-matrix: setup
	$(PY) scripts/python_matrix.py $(foreach v,$(MATRIX),--python $(v))

lint: setup
	$(VENV)/bin/ruff check wrappers scripts tests benchmarks examples docs/_gen
	$(VENV)/bin/ruff format --check wrappers scripts tests benchmarks examples docs/_gen
	$(VENV)/bin/mypy wrappers scripts examples

# Debian's Chromium for the headless docs test (tests/docs/test_browser.py), installed when missing and apt-get can
# (as root); when it cannot, that test fails and says why.
chromium:
	@command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium; } || \
	  echo "make chromium: could not install Debian's chromium; tests/docs/test_browser.py will fail" >&2

# make docs: the documentation site (docs/, mkdocs.yml) into site/, failing on any warning or broken link.
docs: setup
	NO_MKDOCS_2_WARNING=1 DISABLE_MKDOCS_2_WARNING=true $(VENV)/bin/mkdocs build --strict --site-dir site

regenerate: setup
	$(PY) scripts/regenerate.py

check-generated: setup
	$(PY) scripts/regenerate.py --check

bench-regeneration: setup
	$(PY) benchmarks/bench_regeneration.py

# make publish                                    build and check the six distributions (dry run)
# make publish REPOSITORY_URL=https://…/legacy/     and upload them (TWINE_USERNAME/TWINE_PASSWORD or a token)
.PHONY: publish
publish: setup
	$(PY) scripts/publish.py $(if $(REPOSITORY_URL),--repository-url $(REPOSITORY_URL),--dry-run) $(PUBLISH_ARGS)

clean:
	rm -rf $(TOOLS) $(VENV) .matrix node_modules .pytest_cache .mypy_cache .ruff_cache
