# The two commands of the README: `make demo` and `make test`; CI (.ci/run)
# also runs `make test-min` (the declared minimum versions) and `make test-scale`
# (Spark and a Dask cluster for real).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test test-min test-scale lint typecheck unit docs bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.dev-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/python examples/demo.py

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check newsshape tests examples benchmarks docs
	$(BIN)/ruff format --check newsshape tests examples benchmarks docs

typecheck: $(VENV)/.dev-installed
	$(BIN)/mypy --strict newsshape

unit: $(VENV)/.dev-installed
	$(BIN)/python -m pytest

docs: $(VENV)/.dev-installed
	$(BIN)/sphinx-build -W --keep-going -q -b html docs docs/_build/html
	$(BIN)/sphinx-build -W --keep-going -q -b doctest docs docs/_build/doctest

test: lint typecheck unit docs

# The test suite on the declared minimum versions: a separate venv with every
# dependency of pyproject.toml (runtime, the batch and dask extras, pytest and
# hypothesis) pinned to its floor by .ci/min_constraints.py, their own
# dependencies as pip picks them, and newsshape installed as a wheel would be.
MIN_VENV := build/venv-min

test-min:
	rm -rf $(MIN_VENV)
	$(PYTHON) -m venv $(MIN_VENV)
	$(MIN_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(MIN_VENV)/bin/python .ci/min_constraints.py > $(MIN_VENV)/constraints.txt
	$(MIN_VENV)/bin/python -m pip install --quiet -c $(MIN_VENV)/constraints.txt ".[batch,dask]" pytest hypothesis
	$(MIN_VENV)/bin/python -m pip freeze --exclude newsshape | tr '\n' ' ' && echo
	$(MIN_VENV)/bin/pytest -p no:cacheprovider

# The scale-out paths for real, kept out of the dev install (pyspark is some
# 300 MB and needs Java 17): a local Spark session and a Dask cluster of two
# worker processes, each checked against the local `batch` records.
SCALE_VENV := build/venv-scale

test-scale:
	@command -v java >/dev/null || { echo "make test-scale needs Java (17) for Spark"; exit 1; }
	java -version 2>&1 | head -1
	test -x $(SCALE_VENV)/bin/python || $(PYTHON) -m venv $(SCALE_VENV)
	$(SCALE_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(SCALE_VENV)/bin/python -m pip install --quiet -e ".[batch,dask]" pyspark pytest hypothesis
	NEWSSHAPE_SCALE=1 $(SCALE_VENV)/bin/pytest -p no:cacheprovider -W ignore::FutureWarning tests/test_batch.py -k scale

bench: $(VENV)/.dev-installed
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) $(MIN_VENV) $(SCALE_VENV) docs/_build .pytest_cache .mypy_cache .ruff_cache
