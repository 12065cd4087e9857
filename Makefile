# Namjai: two commands. `make run` starts the bot, `make test` checks everything.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export PYTHAINLP_OFFLINE := 1
export PYTHAINLP_READ_ONLY := 1

.PHONY: run chat test lint bench setup browser fonts postgres clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev,semantic]'
	touch $(STAMP)

# Debian's chromium and Thai fonts for the browser tests (installed only if missing).
browser:
	sh scripts/setup-browser.sh

# PostgreSQL on 127.0.0.1:5432 for the tests (installed and started only if missing).
postgres:
	sh scripts/setup-postgres.sh

# Thai fonts for the letter PDF; without them the console says how to install them.
fonts:
	sh scripts/setup-browser.sh --fonts-only || echo "warning: Thai fonts not installed: the letter PDF needs fonts-thai-tlwg"

run: $(STAMP) fonts
	$(PY) -m bot serve

chat: $(STAMP)
	$(PY) -m bot chat

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m mypy

# The whole suite (its store contract on SQLite file, SQLite :memory: and PostgreSQL),
# then the modules that run the app on a store again, all on PostgreSQL.
PG_MODULES := tests/bot/test_app.py tests/bot/test_desk.py tests/bot/test_desk_handoff.py \
	tests/bot/console tests/bot/channels/test_line.py tests/bot/channels/test_line_sample.py \
	tests/bot/channels/test_line_failures.py tests/bot/channels/test_webchat.py \
	tests/bot/channels/test_webchat_stream.py

# Both runs in parallel processes (pytest-xdist, one per core), a module's tests in one
# process (its module fixtures are built once); each process has its own PostgreSQL
# database (tests/pg.py names it by pid), temporary directories and ports.
XDIST := -n auto --dist loadscope

test: $(STAMP) browser postgres lint
	$(PY) -m pytest -q $(XDIST)
	NAMJAI_TEST_DATABASE=postgres $(PY) -m pytest -q $(XDIST) $(PG_MODULES)

bench: $(STAMP)
	$(PY) bench/matcher.py
	for set in dialog_personas dialog_personas_fresh dialog_personas_more \
		dialog_personas_dev3 dialog_personas_dev4 dialog_personas_dev5 dialog_personas_dev6 \
		dialog_personas_dev7 dialog_personas_dev8 dialog_personas_dev9 dialog_personas_dev10 \
		dialog_personas_dev11 dialog_personas_dev12 dialog_personas_dev13 dialog_personas_dev14 \
		dialog_personas_dev15 dialog_personas_dev16 dialog_personas_dev17 dialog_personas_dev18 \
		dialog_personas_dev19 dialog_personas_dev20 dialog_personas_dev21 dialog_personas_dev22 \
		dialog_personas_dev23 dialog_personas_dev24 dialog_personas_dev25 dialog_personas_dev26 \
		dialog_personas_dev27 dialog_personas_dev28 dialog_personas_dev29 dialog_personas_dev30 \
		dialog_personas_dev31 dialog_personas_dev32 dialog_personas_dev33 dialog_personas_dev34 \
		dialog_personas_dev35 dialog_personas_dev36 dialog_personas_dev37 dialog_personas_dev38 \
		dialog_personas_dev39 dialog_personas_dev40 dialog_personas_dev41 dialog_personas_dev42 \
		dialog_personas_dev43 dialog_personas_dev44 dialog_personas_dev45 dialog_personas_dev46 \
		dialog_personas_dev47 dialog_personas_dev48 dialog_personas_dev49 dialog_personas_dev50 \
		dialog_personas_dev51 dialog_personas_dev52 dialog_personas_dev53 dialog_personas_dev54 \
		dialog_personas_dev55 dialog_personas_dev56 dialog_personas_dev57 \
		dialog_personas_dev58 dialog_personas_dev59 dialog_personas_dev60 dialog_personas_dev61 \
		dialog_personas_dev62 dialog_personas_dev63 dialog_personas_dev64 dialog_personas_dev65 \
		dialog_personas_dev66 dialog_personas_dev67 dialog_personas_dev68 dialog_personas_dev69 \
		dialog_personas_dev70 dialog_personas_dev71 dialog_personas_dev72 dialog_personas_dev73 \
		dialog_personas_dev74 dialog_personas_dev75 dialog_personas_dev76 dialog_personas_dev77 \
		dialog_personas_dev78 dialog_personas_dev79 dialog_personas_dev80 dialog_personas_dev81 \
		dialog_personas_dev82 dialog_personas_dev83 dialog_personas_dev84 dialog_personas_dev85 \
		dialog_personas_dev86 dialog_personas_dev87 dialog_personas_dev88 \
		dialog_personas_dev89 dialog_personas_dev90 dialog_personas_dev91 dialog_personas_dev92 \
		dialog_personas_dev93 dialog_personas_dev94 dialog_personas_dev95 \
		dialog_personas_dev96 dialog_personas_dev97 dialog_personas_dev98 dialog_personas_dev99 \
		dialog_personas_dev100 dialog_personas_dev101 dialog_personas_dev102 \
		dialog_personas_dev103 dialog_personas_dev104 dialog_personas_dev105 dialog_personas_dev106 \
		dialog_personas_dev107 dialog_personas_dev108 dialog_personas_dev109 dialog_personas_dev110 \
		dialog_personas_frozen dialog_personas_holdout dialog_personas_holdout2 \
		dialog_personas_holdout3 dialog_personas_holdout4 dialog_personas_holdout5 \
		dialog_personas_holdout6 dialog_personas_holdout7 dialog_personas_holdout8 dialog_personas_holdout9 \
		dialog_personas_holdout10 dialog_personas_holdout11 dialog_personas_holdout12 \
		dialog_personas_holdout13 dialog_personas_holdout14 dialog_personas_holdout15 \
		dialog_personas_holdout16 dialog_personas_holdout17 dialog_personas_holdout18 \
		dialog_personas_holdout19 dialog_personas_holdout20 dialog_personas_holdout21 \
		dialog_personas_holdout22 dialog_personas_holdout23 dialog_personas_holdout24 \
		dialog_personas_holdout25 dialog_personas_holdout26 dialog_personas_holdout27 \
		dialog_personas_holdout28; do \
		$(PY) bench/dialogs.py --personas bench.$$set || exit 1; done
	$(PY) bench/queue.py
	$(PY) bench/store_turn.py
	$(PY) bench/readers.py
	$(PY) bench/webhook.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
