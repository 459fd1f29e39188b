# The two commands of the README: `make run` and `make test`. Both create the
# virtual environment at .venv/ when it is missing and install the project into
# it (editable, with the test extras), so a fresh clone needs only Python 3.11+.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint docs bench clean

, := ,

$(PY):
	python3 -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/briefing

test: $(STAMP)
	$(VENV)/bin/briefing check content
	$(VENV)/bin/pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

# The docs made from the code (tests/ fail while one is stale, naming this).
docs: $(STAMP)
	$(PY) -m briefing.records.docs > docs/fields.md
	$(PY) -m briefing.records.codes > docs/errors.md
	$(PY) -m briefing.records.json_schema > docs/briefing.schema.json
	$(PY) -m briefing.export.json_schema > docs/export.schema.json
	$(PY) -m briefing.screens.keys_doc > docs/keys.md

# `make bench QUICK=1` is the short version (small sizes, one repeat).
bench: $(STAMP)
	$(PY) -m bench.check_speed $(if $(QUICK),--sizes 1$(,)10 --repeat 1,)
	$(PY) -m bench.index_speed $(if $(QUICK),--sizes 1$(,)10 --repeat 1,)
	$(PY) -m bench.search_speed $(if $(QUICK),--sizes 1$(,)10 --repeat 1,)
	$(PY) -m bench.run $(if $(QUICK),--quick,)
	$(PY) -m bench.first_rows $(if $(QUICK),--scale 100 --rounds 3,)
	$(PY) -m bench.notes $(if $(QUICK),--notes 1000 --repeat 2,)
	$(PY) -m bench.rewritten $(if $(QUICK),--scale 100 --rounds 2,)

clean:
	rm -rf $(VENV)
