# The pipeline:  specs/*.yaml + overrides/<layer>/  --scripts/generate.py-->  generated/<project>/
# Set-up is automatic: every target that needs Python builds .venv from requirements.txt first.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Expanded when a recipe runs, so packages generated earlier in the same run are found. foreach joins
# with spaces, which the subst turns into ":" (a space would end the PYTHONPATH=... word of the command).
EMPTY :=
SPACE := $(EMPTY) $(EMPTY)
PYPATH = $(subst $(SPACE),:,$(strip $(foreach dir,$(wildcard generated/*/),$(CURDIR)/$(dir:/=))))
RUN = PYTHONPATH=$(PYPATH) $(BIN)/python
HAND_WRITTEN := overrides scripts tests bench fakecloud/src
FAKE_PORT ?= 8765
BENCH_VENV := .venv-bench
BASE_URL ?=
DOCS ?= ../shared/seeds ../shared/docs

.PHONY: help setup generate check-generated validate lint test demo mock contract check-docs check-sdk diff-specs regen lock clean bench bench-compare bench-profile

help:
	@echo "make demo        set up, regenerate, run the MetaStudio, Content Moderation and AMS flows against the in-process fake"
	@echo "make test        set up and run every check (what CI runs)"
	@echo "make generate    regenerate generated/ from specs/ + overrides/ (FORCE=1 to rebuild all), and the fake's specs and COVERAGE.md"
	@echo "make mock        serve the fake cloud on 127.0.0.1:\$$FAKE_PORT ($(FAKE_PORT)): the fakecloud command"
	@echo "make contract BASE_URL=...   contract tests against a live server (credentials from the environment)"
	@echo "make check-docs DOCS=\"dir ...\"   compare vendor doc pages (text, HTML, folders, URLs) with specs/"
	@echo "make check-sdk   compare specs/ with the vendors' SDK definitions (SDK=latest: the newest releases)"
	@echo "make diff-specs BASE=<ref>   breaking-change report of specs/ and generated/ against a git ref"
	@echo "make regen       after editing a spec: validate, regenerate, lint, contract tests, report against HEAD"
	@echo "make bench       measure ours vs raw httpx vs the official SDKs, the fake under load, waiters, regeneration"
	@echo "make bench-compare A=bench/results/x.json B=bench/results/y.json   compare two benchmark runs"
	@echo "make bench-profile   where our per-call time goes, per API (cProfile, sync and asyncio)"

setup: $(VENV)/.installed

# The fake cloud is a package of its own (fakecloud/), installed editable: its `fakecloud` command and
# its pytest plugin come with it. Its dependencies are pinned in requirements.txt, so --no-deps.
$(VENV)/.installed: requirements.txt fakecloud/pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e ./fakecloud
	touch $@

generate: setup
	$(RUN) scripts/generate.py $(if $(FORCE),--force)
	$(RUN) scripts/fake_package.py

check-generated: setup
	$(RUN) scripts/generate.py --check
	$(RUN) scripts/fake_package.py --check

validate: setup
	$(RUN) scripts/spec_check.py

lint: setup
	$(BIN)/ruff check $(HAND_WRITTEN)
	$(BIN)/ruff format --check $(HAND_WRITTEN)
	$(RUN) -m mypy $(patsubst %/__init__.py,%,$(wildcard generated/*/*/__init__.py)) scripts tests bench fakecloud/src/fakecloud

# .venv-bench holds the official SDKs: tests/official_sdks runs them against the fake, check-sdk reads their models.
test: validate check-generated lint check-sdk $(BENCH_VENV)/.installed
	$(RUN) -m pytest

demo: generate
	$(RUN) scripts/demo.py

mock: setup
	$(BIN)/fakecloud

contract: setup
	@test -n "$(BASE_URL)" || (echo "usage: make contract BASE_URL=https://<service>.cn-north-4.myhuaweicloud.com or http://127.0.0.1:8765 (make mock) [CONTRACT_WRITE=1]"; exit 2)
	CONTRACT_BASE_URL=$(BASE_URL) $(RUN) -m pytest tests/contract -p no:randomly

# Both drift checks exit 0 (agrees), 1 (drift) or 2 (unusable input); through make both failures are make's 2.
check-docs: setup
	$(RUN) scripts/check_docs.py $(if $(JSON),--json) $(DOCS)

check-sdk: setup $(BENCH_VENV)/.installed
	$(RUN) scripts/check_sdk.py $(if $(JSON),--json) $(if $(filter latest,$(SDK)),--latest)

diff-specs: setup
	$(RUN) scripts/diff_specs.py --base $(or $(BASE),HEAD) $(if $(JSON),--json)

# The gate to run after editing a spec: each step stops the chain when it fails.
regen: validate generate lint
	$(RUN) -m pytest tests/contract -q
	$(RUN) scripts/diff_specs.py --base HEAD

# The official SDKs live in their own environment, built from bench/requirements.txt; never in .venv.
# `make bench` compares them with our clients; `make test` checks that the fake accepts them.
$(BENCH_VENV)/.installed: bench/requirements.txt
	test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --quiet --disable-pip-version-check -r bench/requirements.txt
	touch $@

bench: setup $(BENCH_VENV)/.installed
	$(RUN) -m bench run

bench-compare: setup
	@test -n "$(A)" -a -n "$(B)" || (echo "usage: make bench-compare A=bench/results/<a>.json B=bench/results/<b>.json"; exit 2)
	$(RUN) -m bench compare $(A) $(B)

bench-profile: setup
	$(RUN) -m bench profile
	$(RUN) -m bench profile --asyncio

lock:
	rm -rf /tmp/lock-venv && $(PYTHON) -m venv /tmp/lock-venv
	/tmp/lock-venv/bin/pip install --quiet --disable-pip-version-check -r requirements.in
	(echo '# Lock of requirements.in (pip freeze of a fresh venv); rebuild with `make lock`.'; \
	 /tmp/lock-venv/bin/pip freeze --disable-pip-version-check) > requirements.txt

clean:
	rm -rf $(VENV) $(BENCH_VENV) .mypy_cache .ruff_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
