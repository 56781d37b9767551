"""``summarizer eval --engine ray``: the per-article scoring (ROUGE, figure fidelity) of a
corpus spread over Ray tasks; loading, matching, intervals and the paired test stay on the
driver (``summarizer.evaluation.evaluate``), so the numbers are the local engine's.

Only imported for ``--engine ray``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import ray

from summarizer.engines.ray_engine import connected, one_line
from summarizer.errors import SummarizerError
from summarizer.evaluation.evaluate import Options, score_articles
from summarizer.evaluation.evaluate import evaluate as evaluate_here

PARTS_PER_WORKER = 4
"""Parts of the corpus per worker: a slow part delays the end less than with one each."""


@ray.remote(num_cpus=1)
def _score_part(pairs: list[tuple], rouge, figure_scorer) -> list[tuple]:
    return score_articles(pairs, rouge, figure_scorer)


def evaluate(
    refs: Path,
    hyps: list[Path],
    options: Options,
    address: str | None = None,
    workers: int = 0,
    names: list[str] | None = None,
) -> dict[str, Any]:
    """``evaluate`` with each system's articles scored in parts by Ray tasks, at most
    ``workers`` (default: one per CPU) at once."""
    with connected(address, workers) as slots:

        def score(pairs: list[tuple], rouge, figure_scorer) -> list[tuple]:
            try:
                return _score_on_ray(pairs, rouge, figure_scorer, slots)
            except SummarizerError:
                raise
            except Exception as err:  # a failure Ray did not absorb: one line
                raise one_line(err) from None

        return evaluate_here(refs, hyps, options, names=names, score=score)


def _score_on_ray(pairs: list[tuple], rouge, figure_scorer, slots: int) -> list[tuple]:
    size = max(1, -(-len(pairs) // (slots * PARTS_PER_WORKER)))
    shared = ray.put(rouge), ray.put(figure_scorer)
    parts = [pairs[i : i + size] for i in range(0, len(pairs), size)]
    results: list[list[tuple]] = [[] for _ in parts]
    running: dict = {}
    for n, part in enumerate(parts):
        if len(running) >= slots:
            _collect(running, results)
        running[_score_part.remote(part, *shared)] = n
    while running:
        _collect(running, results)
    return [scored for part in results for scored in part]


def _collect(running: dict, results: list) -> None:
    """Wait for one part; its scores into ``results`` at the part's place."""
    [done], _ = ray.wait(list(running), num_returns=1)
    results[running.pop(done)] = ray.get(done)
