"""chrF and BLEU (sacrebleu) for full translations, when reference translations are given.

Used when REFS records carry ``reference_translation`` and HYPS records ``translation``. The
corpus score is sacrebleu's own (its sufficient statistics, summed); per-article statistics feed
the bootstrap and the paired test. Scores are returned as fractions (sacrebleu's value / 100).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from summarizer.evaluation.bootstrap import Statistic

METRICS = ("chrf", "bleu")


def _metric(name: str):
    from sacrebleu.metrics import BLEU, CHRF

    if name == "chrf":
        return CHRF()
    if name == "bleu":
        return BLEU()
    raise ValueError(f"unknown metric '{name}'")


@dataclass
class CorpusMetric:
    name: str
    statistic: Statistic
    signature: str
    """sacrebleu's own, e.g. ``nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0``."""


def corpus_metric(name: str, hypotheses: list[str], references: list[str]) -> CorpusMetric:
    metric = _metric(name)
    stats = np.asarray(metric._extract_corpus_statistics(hypotheses, [references]), dtype=float)

    def score_fn(sums: np.ndarray) -> np.ndarray:
        rows = np.atleast_2d(sums)
        return np.array(
            [metric._compute_score_from_stats([_num(v) for v in row]).score / 100 for row in rows]
        )

    return CorpusMetric(name, Statistic(stats, score_fn), str(metric.get_signature()))


def _num(value: float) -> int | float:
    return int(value) if float(value).is_integer() else float(value)
