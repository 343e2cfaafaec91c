# Two commands (see README):  make report   (set up, run every notebook over $(ARTICLES), write the report)
#                             make test     (set up, run the tests)
ARTICLES ?= seeds
FIGURES ?= figures
REPORTS ?= reports
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python

NEWSMTSC ?= ../shared/data/newsmtsc

.PHONY: all setup report test lint format lab clean sentiment-model
all: report

$(VENV)/.installed: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

setup: $(VENV)/.installed

report: setup
	$(PY) -m analysis.report --articles "$(ARTICLES)" --figures "$(FIGURES)" --reports "$(REPORTS)"

test: lint
	$(PY) -m pytest -q

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: setup
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Rebuild analysis/data/sentiment_model.npz from NewsMTSC (needs the build-only requirements; ~10 min on one core)
sentiment-model: setup
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-build.txt
	$(PY) scripts/build_sentiment_model.py --data "$(NEWSMTSC)"

lab: setup
	$(VENV)/bin/jupyter lab notebooks/

clean:
	rm -rf $(REPORTS) $(FIGURES)/*.png $(FIGURES)/*.svg $(FIGURES)/*.pdf $(FIGURES)/*.csv
