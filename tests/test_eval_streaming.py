"""`summarizer eval` streams its inputs and resamples in blocks: memory follows what is scored,
not the file's size or samples × articles."""

from __future__ import annotations

import hashlib
import json
import tracemalloc

import numpy as np
import pytest

from summarizer.evaluation import bootstrap
from summarizer.evaluation.bootstrap import Statistic, confidence_interval, paired_test
from summarizer.evaluation.inputs import load_hypotheses, load_references


def _write(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def test_large_unscored_fields_are_never_held_at_once(tmp_path):
    junk = [{"source": "1.000", "text": "x" * 200, "kind": "count"}] * 150  # ~30 kB a line
    model = {"name": "m", "revision": "r", "standin": False, "backend": "ct2"}
    hyps = tmp_path / "hyps.jsonl"
    refs = tmp_path / "refs.jsonl"
    _write(
        hyps,
        (
            {"id": f"a{i}", "brief": "Prices rose.", "figures": junk, "model": dict(model)}
            for i in range(300)
        ),
    )
    _write(
        refs,
        (
            {"id": f"a{i}", "reference_brief": "Prices rose.", "source": "y" * 30_000}
            for i in range(300)
        ),
    )
    size = hyps.stat().st_size + refs.stat().st_size
    tracemalloc.start()
    try:
        h = load_hypotheses(hyps)
        r = load_references(refs)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert size > 15 * 2**20
    assert peak < 2 * 2**20  # the files are read a line at a time, the junk dropped
    assert len(h.records) == len(r.records) == 300
    assert len({id(x.model) for x in h.records.values()}) == 1  # one copy of the same model
    assert r.sha256 == hashlib.sha256(refs.read_bytes()).hexdigest()


def _one_draw_interval(stat, samples, seed):
    """The bootstrap as one samples × n draw (what the blocks replaced)."""
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, stat.n, size=(samples, stat.n))
    counts = np.zeros((samples, stat.n))
    np.add.at(counts, (np.repeat(np.arange(samples), stat.n), idx.ravel()), 1)
    scores = stat.score_fn(counts @ stat.stats)
    return tuple(np.quantile(scores, [0.025, 0.975]))


def test_bootstrap_in_blocks_draws_the_same_resamples(monkeypatch):
    rng = np.random.default_rng(3)
    stat = Statistic.ratio(rng.integers(0, 5, 37), rng.integers(1, 6, 37))
    monkeypatch.setattr(bootstrap, "BLOCK_CELLS", 100)  # blocks of 2 resamples
    ci = confidence_interval(stat, samples=301, seed=9)
    # Same resamples; only the sums' rounding may differ (BLAS sums a short block its own way).
    assert (ci.low, ci.high) == pytest.approx(_one_draw_interval(stat, 301, 9), rel=1e-12)
    a, b = Statistic.mean(rng.random(37)), Statistic.mean(rng.random(37))
    blocked = paired_test(a, b, trials=99, seed=4)
    monkeypatch.setattr(bootstrap, "BLOCK_CELLS", 10**9)
    whole = paired_test(a, b, trials=99, seed=4)
    assert blocked.p_value == whole.p_value and blocked.delta == whole.delta


def test_bootstrap_memory_does_not_grow_with_samples_times_articles():
    stat = Statistic.mean(np.random.default_rng(0).random(50_000))
    tracemalloc.start()
    try:
        ci = confidence_interval(stat, samples=1000)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert ci.low < ci.value < ci.high
    assert peak < 150 * 2**20  # one draw of 1000 × 50,000 took over 1 GB
