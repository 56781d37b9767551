"""The comparison chart: one group of bars per metric, one bar per system, 95 % CI error bars.

Drawn with matplotlib's object API on the Agg canvas (no pyplot, no display, no global state).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from summarizer.errors import UsageError
from summarizer.evaluation.rouge import ROUGE_TYPES

LABELS = {
    "rouge1": "ROUGE-1",
    "rouge2": "ROUGE-2",
    "rougeL": "ROUGE-L",
    "rougeLsum": "ROUGE-Lsum",
    "recall": "figure\nrecall",
    "must_keep_recall": "must-keep\nrecall",
    "chrf": "chrF",
    "bleu": "BLEU",
}


def _metrics(system: dict[str, Any]) -> dict[str, tuple[float, float, float]]:
    """metric -> (value, low, high) for everything the system has."""
    found: dict[str, tuple[float, float, float]] = {}
    for t in ROUGE_TYPES:
        if system.get(t):
            s = system[t]
            found[t] = (s["f"], s["low"], s["high"])
    figures = system.get("figures") or {}
    for key in ("recall", "must_keep_recall"):
        if figures.get(key):
            s = figures[key]
            found[key] = (s["value"], s["low"], s["high"])
    for key in ("chrf", "bleu"):
        if system.get(key):
            s = system[key]
            found[key] = (s["score"], s["low"], s["high"])
    return found


def write_plot(result: dict[str, Any], path: Path) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    systems = result["systems"]
    per_system = [_metrics(s) for s in systems]
    metrics = [m for m in LABELS if any(m in p for p in per_system)]
    if not metrics:
        raise UsageError(f"{path}: nothing to plot (no scores)")
    fig = Figure(figsize=(max(6.0, 1.1 * len(metrics) + 2), 4.2), layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    width = 0.8 / len(systems)
    for k, (system, values) in enumerate(zip(systems, per_system, strict=True)):
        xs, heights, lows, highs = [], [], [], []
        for i, m in enumerate(metrics):
            if m in values:
                v, lo, hi = values[m]
                xs.append(i - 0.4 + width * (k + 0.5))
                heights.append(v)
                lows.append(max(0.0, v - lo))
                highs.append(max(0.0, hi - v))
        label = system["system"] + (" (stand-in)" if system.get("standin") else "")
        ax.bar(xs, heights, width * 0.95, yerr=[lows, highs], capsize=3, label=label)
    ax.set_xticks(range(len(metrics)), [LABELS[m] for m in metrics])
    ax.set_ylim(0, 1)
    ax.set_ylabel("score (95 % bootstrap CI)")
    n = systems[0]["n"]
    title = f"Brief quality by system (n = {n} articles with reference briefs)"
    if any(s.get("standin") for s in systems):
        title += "\nstand-in model: ROUGE is not a translation score"
    ax.set_title(title, fontsize=10)
    ax.grid(axis="y", alpha=0.3)
    ax.legend(fontsize=8)
    try:
        fig.savefig(path, dpi=120)
    except (OSError, ValueError) as err:
        raise UsageError(f"{path}: cannot write the plot ({err})") from None
