"""Bootstrap intervals and the paired test: deterministic, shrinking with data, able to decide."""

import numpy as np
import pytest
import sacrebleu

from summarizer.evaluation.bootstrap import Statistic, confidence_interval, paired_test
from summarizer.evaluation.chrf import corpus_metric


def _scores(n, mean=0.4, seed=1):
    return np.clip(np.random.default_rng(seed).normal(mean, 0.15, n), 0, 1)


def test_interval_is_seeded_and_deterministic():
    stat = Statistic.mean(_scores(40))
    first = confidence_interval(stat, samples=500, seed=7)
    assert confidence_interval(stat, samples=500, seed=7) == first
    assert confidence_interval(stat, samples=500, seed=8) != first
    assert first.low < first.value < first.high
    assert first.value == pytest.approx(float(np.mean(_scores(40))))


def test_interval_shrinks_with_more_data():
    small = confidence_interval(Statistic.mean(_scores(20)), samples=1000)
    large = confidence_interval(Statistic.mean(_scores(2000)), samples=1000)
    assert (large.high - large.low) < (small.high - small.low) / 4
    # The same 20 scores repeated 10 times: same mean, about sqrt(10) narrower.
    repeated = confidence_interval(Statistic.mean(np.tile(_scores(20), 10)), samples=1000)
    assert repeated.value == pytest.approx(small.value)
    assert (repeated.high - repeated.low) < (small.high - small.low) / 2.5


def test_degenerate_cases():
    assert confidence_interval(Statistic.mean([])) is None
    one = confidence_interval(Statistic.mean([0.3]))
    assert (one.value, one.low, one.high) == (0.3, 0.3, 0.3)
    same = confidence_interval(Statistic.mean([0.5] * 10))
    assert same.low == same.high == 0.5


def test_ratio_is_micro_averaged():
    stat = Statistic.ratio([1, 3, 0], [2, 4, 0])
    assert stat.score() == pytest.approx(4 / 6)
    ci = confidence_interval(stat, samples=300)
    assert 0 <= ci.low <= ci.value <= ci.high <= 1


def test_paired_test_detects_a_real_difference():
    base = _scores(30, seed=3)
    better = np.clip(base + 0.08 + np.random.default_rng(4).normal(0, 0.03, 30), 0, 1)
    result = paired_test(Statistic.mean(better), Statistic.mean(base), trials=5000)
    assert result.delta > 0.05
    assert result.p_value < 0.01
    # Mirror image: same p, negative delta.
    mirror = paired_test(Statistic.mean(base), Statistic.mean(better), trials=5000)
    assert mirror.delta == pytest.approx(-result.delta)
    assert mirror.p_value == pytest.approx(result.p_value)


def test_paired_test_finds_nothing_between_identical_systems():
    scores = _scores(30)
    result = paired_test(Statistic.mean(scores), Statistic.mean(scores.copy()), trials=2000)
    assert result.delta == 0.0
    assert result.p_value == 1.0


def test_paired_test_no_difference_on_balanced_noise():
    base = _scores(40, seed=5)
    signs = np.where(np.arange(40) % 2 == 0, 1.0, -1.0)
    other = base + 0.05 * signs  # as often better as worse, same mean
    result = paired_test(Statistic.mean(other), Statistic.mean(base), trials=2000)
    assert abs(result.delta) < 1e-12
    assert result.p_value > 0.5


def test_paired_test_needs_aligned_articles():
    with pytest.raises(ValueError):
        paired_test(Statistic.mean([0.1, 0.2]), Statistic.mean([0.1]))


HYPS = [
    "The cat sat on the mat.",
    "A dog barked loudly at the postman.",
    "Prices rose 3.2 percent in October.",
    "Unemployment fell by 48,000.",
]
REFS = [
    "The cat sat on a mat.",
    "The dog barked at the postman.",
    "Prices rose by 3.2 percent in October.",
    "Unemployment decreased by 48,000 people.",
]


def test_chrf_and_bleu_are_sacrebleus_numbers_as_fractions():
    chrf = corpus_metric("chrf", HYPS, REFS)
    bleu = corpus_metric("bleu", HYPS, REFS)
    assert chrf.statistic.score() == pytest.approx(sacrebleu.corpus_chrf(HYPS, [REFS]).score / 100)
    assert bleu.statistic.score() == pytest.approx(sacrebleu.corpus_bleu(HYPS, [REFS]).score / 100)
    assert chrf.signature.startswith("nrefs:1|case:mixed")
    assert "tok:13a" in bleu.signature
    ci = confidence_interval(chrf.statistic, samples=200)
    assert ci.low <= ci.value <= ci.high
    same = paired_test(chrf.statistic, corpus_metric("chrf", HYPS, REFS).statistic, trials=200)
    assert same.p_value == 1.0
