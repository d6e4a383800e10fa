# kehoach — two commands for a new user: `make extract` and `make test`.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
JOBS    ?= $(shell nproc 2>/dev/null || echo 2)
DEB     := tesseract-ocr tesseract-ocr-vie catdoc antiword
SHARED  ?= ../shared

.PHONY: extract test bench eval compare setup system clean

extract: setup
	$(BIN)/kehoach extract corpus/ --out extracted/ --jobs $(JOBS)

test: setup
	$(BIN)/python -m pytest

# Scores against ../shared/gold and corpus/gold (see scripts/eval.sh).
eval: setup
	@SHARED=$(SHARED) BIN=$(BIN) JOBS=$(JOBS) scripts/eval.sh

# The comparison is part of every extract run; this name is kept for habit.
compare: extract

# Speed and memory: pages/s for text PDFs, docs/s for .docx, s per OCR page,
# peak memory, and an unchanged second run — on corpus/ and ../shared/real;
# extraction MB/s per core on ../shared/web-crawl; end to end on the real Word and
# text-layer PDF files against merely reading them with pdfplumber + python-docx.
bench: setup
	$(BIN)/python scripts/bench.py --shared $(SHARED)

setup: $(STAMP) system

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,build]'
	touch $(STAMP)

# Debian packages for OCR and legacy .doc: installed when running as root,
# otherwise the exact command is printed and the run goes on without them.
system:
	@missing=""; \
	command -v tesseract >/dev/null || missing="$$missing tesseract-ocr"; \
	{ command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx vie; } || missing="$$missing tesseract-ocr-vie"; \
	command -v catdoc >/dev/null || missing="$$missing catdoc"; \
	command -v antiword >/dev/null || missing="$$missing antiword"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing Debian packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "missing Debian packages:$$missing — install them with: sudo apt-get install$$missing"; \
	  fi; \
	fi

clean:
	rm -rf $(VENV) extracted/.cache .cache
