# Two commands do all the set-up on a fresh machine (see README.md):
#   make example   installs srccheck into .venv and runs it on an example article
#   make test      installs srccheck with its test tools into .venv and runs the tests
#
# Both install srccheck the way a user gets it (a built wheel, not an editable install), so
# .venv/bin/srccheck starts as fast as an installed srccheck does: the wheel carries the
# default table already parsed, which an editable install cannot. The install is redone only
# when a file it is built from changed (the stamp files below), and the tests import the
# checkout itself (pytest's `pythonpath`), so they always test the code as it is.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
BUILT_FROM := pyproject.toml sources.toml hatch_build.py README.md \
	$(shell find srccheck -type f ! -path '*/__pycache__/*' ! -name '*.pyc' 2>/dev/null)

.PHONY: example test deps test-deps bench bench-speed clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python $(BUILT_FROM)
	$(BIN)/python -m pip install --quiet .
	touch $@

$(VENV)/.installed-test: $(BIN)/python $(BUILT_FROM)
	$(BIN)/python -m pip install --quiet '.[test]'
	touch $@ $(VENV)/.installed

deps: $(VENV)/.installed

test-deps: $(VENV)/.installed-test

example: deps
	$(BIN)/srccheck examples/ministry-and-channels.txt --format terminal --exit-zero

test: test-deps
	$(BIN)/python -m pytest

bench: test-deps
	$(BIN)/python bench/accuracy.py

bench-speed: test-deps
	$(BIN)/python bench/speed.py

clean:
	rm -rf $(VENV) build dist *.egg-info
