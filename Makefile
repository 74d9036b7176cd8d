# The README's commands. `make help` lists them.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
DEV_SETTINGS := awareness_site.settings.dev
APT_PACKAGES := chromium libfribidi0 libraqm0 fonts-noto-core nginx wrk

.DEFAULT_GOAL := help
.PHONY: help run test lint format check system-deps browsers bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.runtime

run: $(VENV)/.runtime ## Set up, load demo content and serve on http://127.0.0.1:8000 with the worker
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(BIN)/python manage.py migrate --noinput
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(BIN)/python manage.py load_demo_content
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(BIN)/python manage.py collectstatic --noinput -v 0
	@DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(BIN)/python manage.py show_demo_logins --url http://$(HOST):$(PORT)
	@trap 'kill 0' EXIT INT TERM; \
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(BIN)/python manage.py run_worker & \
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(BIN)/python manage.py runserver --noreload $(HOST):$(PORT)

test: $(VENV)/.dev ## Run the whole test suite (SQLite; DATABASE_URL for PostgreSQL)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.dev ## ruff, Django's checks and the migration check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=awareness_site.settings.test $(BIN)/python manage.py check
	DJANGO_SETTINGS_MODULE=awareness_site.settings.test $(BIN)/python manage.py makemigrations --check --dry-run

format: $(VENV)/.dev ## Format and fix with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

system-deps: ## Install the Debian packages for browser tests, share cards and the benchmark
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages: $$missing"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

browsers: system-deps ## Install Debian's Chromium for the browser tests (no browser is downloaded)
	@test -x /usr/bin/chromium || { echo "No /usr/bin/chromium after installing Debian's chromium package" >&2; exit 1; }
	@/usr/bin/chromium --version 2>/dev/null

bench: $(VENV)/.dev system-deps ## Benchmarks (never part of make test); results in bench/results.md
	$(BIN)/python bench/run.py

clean: ## Remove the virtualenv, database and collected static files
	rm -rf $(VENV) db.sqlite3 staticfiles
