"""The comparison chart: a panel per metric family, a group of bars per metric, a bar per
system, 95 % CI error bars; each panel states its n and scales its axis to its scores.

Drawn with matplotlib's object API on the Agg canvas (no pyplot, no display, no global state).
"""

from __future__ import annotations

import math
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
PANELS = {
    "ROUGE F1": ROUGE_TYPES,
    "Figure fidelity": ("recall", "must_keep_recall"),
    "Full translations": ("chrf", "bleu"),
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


def _articles(system: dict[str, Any], panel: str) -> int | None:
    """How many articles a panel's scores of ``system`` rest on."""
    if panel == "ROUGE F1":
        return system["n"]
    if panel == "Figure fidelity":
        return (system.get("figures") or {}).get("articles")
    return (system.get("chrf") or system.get("bleu") or {}).get("n")


def axis_top(highs: list[float]) -> float:
    """Top of a panel's y axis: the highest interval end plus room, rounded up to 1, 2, 2.5 or
    5 times a power of ten, at most 1 (0.05 when every score is 0)."""
    top = max(highs, default=0.0) * 1.15
    if top <= 0:
        return 0.05
    power = 10 ** math.floor(math.log10(top))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= top * (1 - 1e-9))
    return min(1.0, step)


def _n_label(systems: list[dict[str, Any]], panel: str) -> str:
    counts = [_articles(s, panel) for s in systems]
    if len(set(counts)) == 1:
        return f"n = {counts[0]} articles"
    return "n = " + ", ".join(f"{c} ({s['system']})" for s, c in zip(systems, counts, strict=True))


def write_plot(result: dict[str, Any], path: Path) -> None:
    """Draw :func:`build_figure` into a PNG at ``path``."""
    fig = build_figure(result)
    if fig is None:
        raise UsageError(f"{path}: nothing to plot (no scores)")
    try:
        fig.savefig(path, dpi=120)
    except (OSError, ValueError) as err:
        raise UsageError(f"{path}: cannot write the plot ({err})") from None


def build_figure(result: dict[str, Any]):
    """One panel per metric family (ROUGE, figures, translations) that any system has, each
    with its own y axis scaled to the scores and the number of articles behind them; ``None``
    when there is nothing to draw."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    systems = result["systems"]
    per_system = [_metrics(s) for s in systems]
    panels = {
        title: [m for m in metrics if any(m in p for p in per_system)]
        for title, metrics in PANELS.items()
    }
    panels = {title: metrics for title, metrics in panels.items() if metrics}
    if not panels:
        return None
    widths = [max(2, len(m)) for m in panels.values()]
    fig = Figure(figsize=(max(6.0, 1.3 * sum(widths) + 1.5), 4.6), layout="constrained")
    FigureCanvasAgg(fig)
    axes = fig.subplots(1, len(panels), width_ratios=widths, squeeze=False)[0]
    width = 0.8 / len(systems)
    for ax, (title, metrics) in zip(axes, panels.items(), strict=True):
        highs_all = []
        for k, (system, values) in enumerate(zip(systems, per_system, strict=True)):
            xs, heights, lows, highs = [], [], [], []
            for i, m in enumerate(metrics):
                if m in values:
                    v, lo, hi = values[m]
                    xs.append(i - 0.4 + width * (k + 0.5))
                    heights.append(v)
                    lows.append(max(0.0, v - lo))
                    highs.append(max(0.0, hi - v))
                    highs_all.append(max(v, hi))
            label = system["system"] + (" (stand-in)" if system.get("standin") else "")
            ax.bar(xs, heights, width * 0.95, yerr=[lows, highs], capsize=3, label=label)
        ax.set_xticks(range(len(metrics)), [LABELS[m] for m in metrics])
        ax.set_ylim(0, axis_top(highs_all))
        ax.set_title(f"{title}\n{_n_label(systems, title)}", fontsize=9)
        ax.grid(axis="y", alpha=0.3)
    axes[0].set_ylabel("score (95 % bootstrap CI)")
    axes[0].legend(fontsize=8)
    heading = "Brief quality by system"
    if any(s.get("standin") for s in systems):
        heading += " (stand-in model: ROUGE is not a translation score)"
    fig.suptitle(heading, fontsize=10)
    return fig
