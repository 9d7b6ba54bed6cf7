# Two commands do all the set-up on a fresh machine (see README.md):
#   make example   installs srccheck into .venv and runs it on an example article
#   make test      installs srccheck with its test tools into .venv and runs the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: example test deps test-deps bench bench-speed clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

deps: $(BIN)/python
	$(BIN)/python -m pip install --quiet .

test-deps: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'

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
