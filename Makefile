# Two commands (see README):  make report   (set up, run every notebook over $(ARTICLES), write the report)
#                             make test     (set up, run the tests)
ARTICLES ?= seeds
FIGURES ?= figures
REPORTS ?= reports
TABLES ?=
# Without TABLES, make report first runs `python -m analysis run $(ARTICLES) --out $(RUN_TABLES)`: its cache makes a
# rerun analyse only the articles added or edited since (RUN_TABLES= leaves it out: every notebook computes its own)
RUN_TABLES ?= tables
REPORT_RUN = $(if $(TABLES),,$(RUN_TABLES))
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python

NEWSMTSC ?= ../shared/data/newsmtsc

# Fonts for names in Chinese, Japanese, Korean and other scripts in the charts (Debian packages; matplotlib
# draws a glyph it has no font for as an empty box)
FONT_PACKAGES := fonts-noto-cjk fonts-noto-core

.PHONY: all setup fonts report test lint format lab clean sentiment-model encoder-model
all: report

$(VENV)/.installed: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

setup: $(VENV)/.installed fonts

fonts:
	@if command -v dpkg >/dev/null && command -v apt-get >/dev/null; then \
	  if ! dpkg -s $(FONT_PACKAGES) >/dev/null 2>&1; then \
	    if [ "$$(id -u)" = 0 ]; then \
	      echo "installing fonts for CJK and other scripts ($(FONT_PACKAGES)) ..."; \
	      export DEBIAN_FRONTEND=noninteractive; \
	      apt-get install -y -qq $(FONT_PACKAGES) >/dev/null 2>&1 \
	        || (apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq $(FONT_PACKAGES) >/dev/null 2>&1) \
	        || echo "could not install $(FONT_PACKAGES): names in CJK scripts will draw as boxes in the charts"; \
	    else \
	      echo "note: sudo apt-get install $(FONT_PACKAGES), so names in CJK and other scripts draw in the charts"; \
	    fi; \
	  fi; \
	elif command -v fc-list >/dev/null && ! fc-list | grep -q "Noto Sans CJK"; then \
	  echo "note: install the Noto Sans CJK and Noto Sans fonts, so names in CJK and other scripts draw in the charts"; \
	fi

report: setup
	$(if $(REPORT_RUN),@$(PY) -m analysis run "$(ARTICLES)" --out "$(REPORT_RUN)")
	@$(PY) -m analysis.report --articles "$(ARTICLES)" --figures "$(FIGURES)" --reports "$(REPORTS)" \
	  --tables "$(or $(TABLES),$(RUN_TABLES))"

test: lint
	$(PY) -m pytest -q

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: setup
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Rebuild analysis/data/sentiment_model.npz (the fast model, --sentiment fast) from NewsMTSC (needs the build-only requirements; ~10 min on one core)
sentiment-model: setup
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-build.txt
	$(PY) scripts/build_sentiment_model.py --data "$(NEWSMTSC)"

# Rebuild analysis/data/encoder/ (the default sentiment model): fine-tune all-MiniLM-L6-v2 on NewsMTSC with torch,
# export to ONNX, quantize to int8 (about an hour on 2 cores). Build-only requirements, in a venv of their own:
# torch==2.13.0 resolves to the CPU build here; the run time needs only onnxruntime and tokenizers.
BUILD_VENV := .venv-encoder
encoder-model:
	$(PYTHON) -m venv $(BUILD_VENV)
	$(BUILD_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-encoder.txt
	$(BUILD_VENV)/bin/python scripts/build_encoder.py --data "$(NEWSMTSC)"

lab: setup
	$(VENV)/bin/jupyter lab notebooks/

clean:
	rm -rf $(REPORTS) $(FIGURES) $(RUN_TABLES)
