# The README's commands. `make install` then `make test` on a fresh machine; `make brief` runs
# the main job on the seed article.
PY := .venv/bin/python
SEED := examples/dpa-nordkorea-2023-10.de.txt
STANDIN := models/store/standin/opus-mt-de-en
STANDIN_CT2 := $(STANDIN)-ct2
BART_STANDIN := models/store/standin/distilbart-cnn-12-6
# The dev set's articles (the folder also holds its labelling notes and second opinions).
DEV_SET := eval/data/dev.jsonl eval/data/news.jsonl

.PHONY: install browser test test-wheel lint format standin brief digest serve screenshot eval bench bench-ray clean

install: browser
	python3 -m venv .venv
	$(PY) -m pip install --upgrade pip
	$(PY) -m pip install -r requirements.txt

# Debian's headless Chromium and its driver, for the web page's browser test and `make screenshot`
# (a browser download by a test tool cannot work on these machines).
browser:
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then exit 0; fi; \
	sudo=""; [ "$$(id -u)" -eq 0 ] || sudo="sudo"; \
	$$sudo apt-get update -q && \
	DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -q chromium chromium-driver

test: test-wheel
	$(PY) -m pytest -q
	$(PY) -m ruff check .
	$(PY) -m mypy

# The built wheel, installed apart from the source tree and run from an empty folder: fails when
# the package reads a file relative to the repository (the registry, the model store).
# (--no-build-isolation: the build uses this venv's setuptools, so it works offline.)
test-wheel:
	rm -rf build/wheel
	$(PY) -m pip wheel --no-deps --no-build-isolation -q -w build/wheel .
	@set -e; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(PY) -m pip install --no-deps -q --target "$$tmp/site" build/wheel/summarizer-*.whl; \
	py=$(abspath $(PY)); seed=$(abspath $(SEED)); cd "$$tmp"; \
	export PYTHONPATH="$$tmp/site" SUMMARIZER_HOME="$$tmp/home"; unset SUMMARIZER_MODELS; \
	$$py -c 'import sys, summarizer; sys.exit(not summarizer.__file__.startswith(sys.argv[1]))' \
	  "$$tmp/site"; \
	$$py -m summarizer models list > models.txt; \
	grep -q "local store: $$tmp/home/models" models.txt; grep -q opus-mt-de-en models.txt; \
	$$py -m summarizer figures - < "$$seed" > figures.md; grep -q '★' figures.md; \
	echo "test-wheel: the installed wheel lists its models and finds the seed's figures"

lint:
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format:
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

# The full-size stand-in of opus-mt-de-en (random weights) and its CTranslate2 int8 copy.
standin:
	@$(PY) -m summarizer models standin Helsinki-NLP/opus-mt-de-en --out $(STANDIN) --reuse >&2
	@test -f $(STANDIN_CT2)/model.bin || \
	  $(PY) -m summarizer models convert $(STANDIN) --out $(STANDIN_CT2) >&2

# Brief of the seed article with the real model; where it is absent (offline), say so and show
# the full-size stand-in, whose English is not a translation.
brief:
	@$(PY) -m summarizer brief $(SEED) --offline; status=$$?; \
	if [ $$status -eq 2 ]; then \
	  echo "make brief: the real model is not here; running the full-size stand-in instead (its English is not a translation)." >&2; \
	  $(MAKE) -s standin && $(PY) -m summarizer brief $(SEED) --model $(STANDIN_CT2); \
	else exit $$status; fi

# The dev set as a daily digest (real model if present, else the full-size stand-in).
digest:
	@$(PY) -m summarizer digest $(DEV_SET) --out out/digest --offline; status=$$?; \
	if [ $$status -eq 2 ]; then \
	  echo "make digest: the real model is not here; running the full-size stand-in instead." >&2; \
	  $(MAKE) -s standin && $(PY) -m summarizer digest $(DEV_SET) --out out/digest --model $(STANDIN_CT2); \
	else exit $$status; fi

# The web page and HTTP API on http://127.0.0.1:8000/ (real model if present, else the
# full-size stand-in, whose page shows the stand-in banner). Ctrl-C stops it.
serve:
	@$(PY) -m summarizer serve --offline; status=$$?; \
	if [ $$status -eq 2 ]; then \
	  echo "make serve: the real model is not here; serving the full-size stand-in instead (its English is not a translation)." >&2; \
	  $(MAKE) -s standin && $(PY) -m summarizer serve --model $(STANDIN_CT2); \
	else exit $$status; fi

# Renders out/digest/digest.html in headless Chromium (Debian package `chromium`).
screenshot: digest
	chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
	  --disable-background-networking --disable-component-update --disable-sync \
	  --user-data-dir=$$(mktemp -d) --hide-scrollbars --window-size=900,1400 \
	  --screenshot=docs/digest.png file://$(CURDIR)/out/digest/digest.html
	chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
	  --disable-background-networking --disable-component-update --disable-sync \
	  --user-data-dir=$$(mktemp -d) --hide-scrollbars --window-size=390,1200 \
	  --screenshot=docs/digest-phone.png file://$(CURDIR)/out/digest/digest.html

# Briefs the dev set per strategy and scores them (real model if present, else the stand-in),
# and compares the strategies on the German side (abstractive on stand-ins: cost only).
eval: standin
	@$(PY) -m summarizer models standin sshleifer/distilbart-cnn-12-6 --out $(BART_STANDIN) --reuse >&2
	$(PY) eval/run_dev.py --standin $(STANDIN_CT2)
	$(PY) eval/strategies.py --abstractive-model $(BART_STANDIN) --translator-model $(STANDIN_CT2)
	$(PY) eval/split_report.py
	$(PY) eval/synthetic_probe.py --out eval/results
	$(PY) eval/police_probe.py --out eval/results
	$(PY) eval/check_probe.py --out eval/results
	$(PY) eval/learning_curve.py
	$(PY) eval/agreement.py

bench:
	$(PY) bench/run.py

# 2,000 stories through --engine ray vs --engine local (the full-size CT2 stand-in); BENCHMARKS.md.
bench-ray: standin
	$(PY) bench/ray_bench.py --model $(STANDIN_CT2)

clean:
	rm -rf .pytest_cache .ruff_cache out
