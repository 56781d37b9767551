"""Uncertainty: bootstrap confidence intervals and a paired approximate-randomization test.

Every corpus score here is a function of per-article *statistics* summed over articles:

* a mean of per-article scores (ROUGE F): statistics ``(score, 1)``, score = sum0 / sum1
* a micro-averaged ratio (figure recall): statistics ``(found, listed)``, score = sum0 / sum1
* BLEU and chrF: sacrebleu's sufficient statistics, score = sacrebleu's own formula

so one resampling routine serves all of them. The bootstrap resamples *articles* with
replacement (percentile interval); the paired test swaps the two systems' outputs per article
with probability 1/2 (approximate randomization, Riezler & Maxwell 2005) and reports the
two-sided p-value ``(1 + #{|Δ*| >= |Δ|}) / (1 + trials)``. Both use a seeded
``numpy.random.default_rng``, so the same input always gives the same numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

DEFAULT_SAMPLES = 1000
DEFAULT_TRIALS = 10000
DEFAULT_SEED = 12345
_TIE = 1e-12


def ratio_score(sums: np.ndarray) -> np.ndarray:
    """``sum0 / sum1`` per row (0 where the denominator is 0)."""
    num, den = sums[..., 0], sums[..., 1]
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1), 0.0)


@dataclass
class Statistic:
    """Per-article statistics (n × k) and the corpus score computed from their sums."""

    stats: np.ndarray
    score_fn: Callable[[np.ndarray], np.ndarray] = ratio_score
    """Takes sums of shape (m, k), returns m scores; must accept a batch."""

    @classmethod
    def mean(cls, values) -> Statistic:
        values = np.asarray(values, dtype=float)
        return cls(np.column_stack([values, np.ones_like(values)]))

    @classmethod
    def ratio(cls, numerators, denominators) -> Statistic:
        return cls(
            np.column_stack([np.asarray(numerators, float), np.asarray(denominators, float)])
        )

    @property
    def n(self) -> int:
        return len(self.stats)

    def score(self) -> float:
        return float(self.score_fn(self.stats.sum(axis=0, keepdims=True))[0])

    def select(self, rows: list[int]) -> Statistic:
        return Statistic(self.stats[rows], self.score_fn)


@dataclass(frozen=True)
class Interval:
    value: float
    low: float
    high: float


def confidence_interval(
    stat: Statistic, samples: int = DEFAULT_SAMPLES, seed: int = DEFAULT_SEED, level: float = 0.95
) -> Interval | None:
    """Percentile bootstrap interval over articles; ``None`` when there are no articles."""
    if stat.n == 0:
        return None
    value = stat.score()
    if samples <= 0 or stat.n == 1:
        return Interval(value, value, value)
    rng = np.random.default_rng(seed)
    n = stat.n
    sums = []
    # A block of resamples at a time: samples × n at once is 3 GB for 100,000 articles. The
    # generator gives the same numbers drawn in blocks as drawn at once.
    for rows in _blocks(samples, n):
        idx = rng.integers(0, n, size=(rows, n))
        # Sum the statistics of each resample: counts of each article times its statistics.
        offsets = (np.arange(rows)[:, None] * n + idx).ravel()
        counts = np.bincount(offsets, minlength=rows * n).reshape(rows, n).astype(float)
        sums.append(counts @ stat.stats)
    scores = np.asarray(stat.score_fn(np.concatenate(sums)), dtype=float)
    alpha = (1 - level) / 2
    low, high = np.quantile(scores, [alpha, 1 - alpha])
    return Interval(value, float(low), float(high))


BLOCK_CELLS = 2_000_000
"""Resamples × articles drawn at once (16 MB of floats)."""


def _blocks(total: int, n: int) -> list[int]:
    """Row counts of the blocks ``total`` rows of ``n`` cells are drawn in."""
    step = max(1, BLOCK_CELLS // max(n, 1))
    return [min(step, total - start) for start in range(0, total, step)]


@dataclass(frozen=True)
class PairedResult:
    a: float
    b: float
    delta: float
    """score(a) - score(b)."""
    p_value: float
    trials: int
    n: int


def paired_test(
    a: Statistic, b: Statistic, trials: int = DEFAULT_TRIALS, seed: int = DEFAULT_SEED
) -> PairedResult:
    """Paired approximate randomization over articles (rows of ``a`` and ``b`` must align)."""
    if a.stats.shape != b.stats.shape:
        raise ValueError("paired test needs the same articles in both systems")
    sa, sb = a.score(), b.score()
    observed = sa - sb
    n = a.n
    if n == 0:
        return PairedResult(sa, sb, observed, 1.0, 0, 0)
    rng = np.random.default_rng(seed)
    diff = b.stats - a.stats
    # For each trial, sum of a's side = sum(a) + sum over swapped rows of (b - a); a block of
    # trials at a time (trials × n floats at once would be 8 GB for 100,000 articles).
    moved = np.concatenate(
        [(rng.random((rows, n)) < 0.5).astype(float) @ diff for rows in _blocks(trials, n)]
    )
    sums_a = a.stats.sum(axis=0) + moved
    sums_b = b.stats.sum(axis=0) - moved
    deltas = np.asarray(a.score_fn(sums_a), float) - np.asarray(b.score_fn(sums_b), float)
    extreme = int(np.sum(np.abs(deltas) >= abs(observed) - _TIE))
    return PairedResult(sa, sb, observed, (extreme + 1) / (trials + 1), trials, n)
