# The two commands a newcomer needs: `make run` and `make test`. Everything else is for developers.
SHELL := /bin/bash
PORT ?= 8000
VENV := .venv
PY := $(VENV)/bin/python
export UV_PYTHON_DOWNLOADS := never

.PHONY: install site-packages messages test-packages run serve test test-sqlite test-postgres lint-and-test-postgres \
	test-browser test-services lint format screenshots bench soak \
	chromium services

$(PY):
	command -v uv >/dev/null || python3 -m pip install --quiet uv
	uv venv --quiet --python python3 $(VENV)

install: $(PY)
	uv sync --quiet --frozen

# Install the Debian packages named in $(1) that are missing: one `apt-get update`, and none when all are there.
define debian-packages
	@missing=$$(for package in $(1); do dpkg -s $$package >/dev/null 2>&1 || echo $$package; done); \
		if [ -n "$$missing" ]; then apt-get update -qq && apt-get install -y -qq $$missing >/dev/null; fi
endef

# The Debian packages the site itself needs: gettext's msgfmt compiles the translations of the public pages, and
# the Noto fonts give their PDFs Arabic, Cyrillic and Turkish letters. One `apt-get update`, only when one is missing.
SITE_PACKAGES := gettext fonts-noto-core
site-packages:
	$(call debian-packages,$(SITE_PACKAGES))

# locale/*/LC_MESSAGES/django.po -> .mo (the .mo files are built here, never committed).
messages: install site-packages
	$(PY) manage.py compilemessages --ignore=.venv -v0

run: install messages
	$(PY) manage.py migrate --no-input -v0
	$(PY) manage.py load_demo --if-empty
	$(PY) manage.py load_demo_visits --if-empty
	@echo "Halt Leerlijn draait op http://127.0.0.1:$(PORT)/ (beheer: /admin/, accounts in README.md)"
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

chromium:
	$(call debian-packages,chromium)

# The Debian packages the tests drive: Chromium, Redis, Varnish, zbarimg (reads the QR codes), PostgreSQL 15, and
# the site's own. One `apt-get update`, and only when something is missing (`messages` then finds them in place).
TEST_PACKAGES := chromium redis-server varnish zbar-tools postgresql-15 $(SITE_PACKAGES)
test-packages:
	$(call debian-packages,$(TEST_PACKAGES))

# Debian's Redis and Varnish for `make serve` and the multi-server tests (one apt-get update, only when missing).
services:
	$(call debian-packages,redis-server varnish)

# The production shape on this machine: PostgreSQL (kept in .serve/), Redis, two gunicorn app servers and Varnish in
# front on http://localhost:$(SERVE_PORT)/, with the demo catalogue (deploy/stack.py). Ctrl-C stops everything.
SERVE_PORT ?= 8080
serve: install messages services
	$(PY) -m deploy.stack --port $(SERVE_PORT)

# The whole suite: on SQLite (with the browser tests and the checks of the demo catalogue, which load it once),
# and the behaviour tests that reach the database again on a throwaway PostgreSQL 15 cluster. Tests that never
# reach a database (settings and start-up checks in a subprocess, the content files, translations, the import
# graph) run once, in the PostgreSQL half, which would otherwise end about half a minute sooner. The two halves
# share nothing (each has its own database, media folder and ports), so they run side by side, one per core; each
# half's output is printed whole when it ends. The multi-server tests (tests/services/) start their own PostgreSQL,
# Redis, gunicorns and Varnish, in the PostgreSQL half. The lint runs first in the PostgreSQL half, the shorter one,
# instead of before both; a lint failure fails `make test` all the same.
test: install test-packages messages
	@$(MAKE) --no-print-directory --jobs=2 --output-sync=target test-sqlite lint-and-test-postgres

SQLITE_TESTS := -m pytest -q -m "(database or browser or demo) and not services"
POSTGRES_TESTS := -m pytest -q -m "not browser and not demo"

test-sqlite:
	$(PY) $(SQLITE_TESTS)

test-postgres:
	scripts/with-postgres.sh $(PY) $(POSTGRES_TESTS)

lint-and-test-postgres: lint
	scripts/with-postgres.sh $(PY) $(POSTGRES_TESTS)

test-services: install messages services
	$(PY) -m pytest -q -m services

test-browser: install messages chromium
	$(PY) -m pytest -q -m browser

# PNGs of the key public pages at desktop and phone widths, in screenshots/.
screenshots: install messages chromium
	$(PY) scripts/screenshots.py

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check templates
	$(PY) manage.py makemigrations --check --dry-run -v0

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml templates

# The site at catalogue scale (5,000 lessons) on SQLite and on PostgreSQL, through gunicorn and Varnish, measured:
# bench/run.py; ~15 minutes on two cores, not part of `make test`.
# Load comes from wrk (Debian) when it can be installed, else from bench/load.py. Results: bench/results/latest.*
bench: install services
	@command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; } || true
	$(PY) -m bench.run --database sqlite
	$(PY) -m bench.run --database postgres

# The long robustness runs (bench/soak.py, ~5 minutes): 2 minutes at 50 clients on gunicorn against the demo,
# then PostgreSQL restarted under load. Results: bench/results/soak-latest.*
soak: install
	@command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; } || true
	$(PY) -m bench.soak
