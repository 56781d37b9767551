"""Score one or more HYPS files against REFS: the JSON-ready result behind every output.

Result of :func:`evaluate` (all scores are fractions in 0–1)::

    {"systems": [SYSTEM, ...], "paired": PAIRED | None}

    SYSTEM = {"system": "extractive", "file": "...", "n": 11,
              "rouge1": {"f", "p", "r", "low", "high"}, "rouge2": …, "rougeL": …, "rougeLsum": …,
                         (``low``/``high``: the interval of ``f``)
              "rouge_note": "stand-in: not a translation" | None,
              "chrf": {"score", "low", "high", "n"}, "bleu": …          (only with translations)
              "figures": {"available", "articles", "listed", "found", "recall": {"value", "low",
                          "high"}, "must_keep", "must_keep_found", "must_keep_recall": {…},
                          "rendering_errors", "invented", "text_matched"},
              "missing_ids": [...], "extra_ids": [...], "standin": bool,
              "model": {"name", "revision", "strategy"}, "ci": {...},
              "signature": "rouge|…", "signatures": {"rouge", "figures", "chrf", "bleu"},
              "articles": [{"id", "rouge1" (F), …, "rouge": {"rouge1": {"p", "r", "f"}, …},
                            "figures": {…}}]}

    PAIRED = {"a": name, "b": name, "method": "paired approximate randomization",
              "trials", "seed", "metrics": {"rouge1": {"a", "b", "delta", "p", "n"}, …}}

ROUGE ``p``, ``r`` and ``f`` are the means of per-article precision, recall and F1 over the
articles that have a reference brief (as rouge-score's aggregator averages them: F is not
recomputed from the mean P and R); ``low`` and ``high`` are the 95 % percentile-bootstrap
interval of ``f`` over articles. Figure recall is micro-averaged
(found / listed over all articles), its interval from the same bootstrap.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarizer.evaluation import inputs
from summarizer.evaluation.bootstrap import (
    DEFAULT_SAMPLES,
    DEFAULT_SEED,
    DEFAULT_TRIALS,
    Statistic,
    confidence_interval,
    paired_test,
)
from summarizer.evaluation.rouge import ROUGE_TYPES
from summarizer.evaluation.signature import (
    SystemInfo,
    figures_signature,
    rouge_signature,
    sacrebleu_signature,
    system_info,
)

STANDIN_NOTE = "stand-in: not a translation"


@dataclass
class Options:
    tokenizer: str = "unicode"
    stem: bool = True
    samples: int = DEFAULT_SAMPLES
    trials: int = DEFAULT_TRIALS
    seed: int = DEFAULT_SEED
    level: float = 0.95


@dataclass
class _System:
    """Everything the paired test needs, by article id."""

    label: str
    rouge: dict[str, dict[str, float]]
    figures: dict[str, Any]
    sacre: dict[str, Any]


def evaluate(
    refs_path: Path,
    hyps_paths: list[Path],
    options: Options | None = None,
    figure_parser=None,
    names: list[str] | None = None,
    score=None,
) -> dict[str, Any]:
    """Load, check, match and score. ``figure_parser``: a FigureParser (default: the project's);
    ``names``: one label per HYPS file (default: the strategy, else the file name);
    ``score``: scores the articles instead of ``score_articles`` (same arguments, same result;
    an engine runs it on parts of the corpus elsewhere)."""
    options = options or Options()
    refs = inputs.load_references(refs_path)
    hyps_sets = [inputs.load_hypotheses(p) for p in hyps_paths]
    matches = [inputs.match(refs, h) for h in hyps_sets]

    from summarizer.evaluation.figures import FigureScorer, ParserUnavailable, load_parser
    from summarizer.evaluation.rouge import Rouge

    figure_error = None
    if figure_parser is None and any(r.key_figures for r in refs.records.values()):
        try:
            figure_parser = load_parser()
        except ParserUnavailable as err:
            figure_error = str(err)
    figure_scorer = FigureScorer(figure_parser) if figure_parser else None
    rouge = Rouge(options.tokenizer, options.stem)

    infos = [
        system_info([h.records[i] for i in m.common])
        for h, m in zip(hyps_sets, matches, strict=True)
    ]
    labels = names or _labels(hyps_paths, infos)
    systems, internals = [], []
    for hyps, match, info, label in zip(hyps_sets, matches, infos, labels, strict=True):
        result, internal = _score_system(
            refs, hyps, match, info, label, rouge, figure_scorer, figure_error, options,
            score or score_articles,
        )  # fmt: skip
        systems.append(result)
        internals.append(internal)
    paired = _paired(internals[0], internals[1], options) if len(internals) >= 2 else None
    return {"systems": systems, "paired": paired}


def _labels(paths: list[Path], infos: list[SystemInfo]) -> list[str]:
    strategies = [i.strategy for i in infos]
    if all(s not in ("unknown", "mixed") for s in strategies) and len(set(strategies)) == len(
        strategies
    ):
        return strategies
    stems = ["stdin" if inputs.is_stdin(p) else p.stem for p in paths]
    if len(set(stems)) == len(stems):
        return stems
    return [str(p) for p in paths]


def _interval(stat: Statistic, options: Options, key: str = "value") -> dict[str, float] | None:
    ci = confidence_interval(stat, options.samples, options.seed, options.level)
    if ci is None:
        return None
    return {key: ci.value, "low": ci.low, "high": ci.high}


def score_articles(pairs: list[tuple], rouge, figure_scorer) -> list[tuple]:
    """Per (reference, brief) pair: ROUGE precision, recall and F by type (``{type: {p, r, f}}``,
    None without a reference brief) and the figure scores (None without a scorer or key
    figures)."""
    scored = []
    for ref, brief in pairs:
        rouge_f = None
        if ref.brief is not None:
            scores = rouge.score(ref.brief, brief)
            rouge_f = {
                t: {"p": s.precision, "r": s.recall, "f": s.fmeasure} for t, s in scores.items()
            }
        figures = None
        if figure_scorer is not None and ref.key_figures:
            figures = figure_scorer.score(ref, brief)
        scored.append((rouge_f, figures))
    return scored


def _score_system(
    refs, hyps, match, info, label, rouge, figure_scorer, figure_error, options, score
):
    records = refs.records
    articles: list[dict[str, Any]] = []
    rouge_scores: dict[str, dict[str, float]] = {}
    figure_scores: dict[str, Any] = {}
    pairs = [(records[rid], hyps.records[rid].brief) for rid in match.common]
    for rid, (rouge_f, figures) in zip(
        match.common, score(pairs, rouge, figure_scorer), strict=True
    ):
        article: dict[str, Any] = {"id": rid}
        if rouge_f is not None:
            rouge_scores[rid] = {t: rouge_f[t]["f"] for t in ROUGE_TYPES}
            article.update(rouge_scores[rid])
            article["rouge"] = rouge_f
        if figures is not None:
            figure_scores[rid] = figures
            article["figures"] = figures.as_dict()
        articles.append(article)

    data_sha = refs.sha256
    result: dict[str, Any] = {
        "system": label,
        "file": inputs.display_name(hyps.path),
        "n": len(rouge_scores),
    }
    scored = [a["rouge"] for a in articles if "rouge" in a]
    for t in ROUGE_TYPES:
        result[t] = _rouge_summary([s[t] for s in scored], options) if scored else None
    result["rouge_note"] = STANDIN_NOTE if info.is_standin else None

    sacre = _sacre_metrics(refs, hyps, match)
    signatures = {"rouge": rouge_signature(rouge.tokenizer_name, rouge.stem, info, data_sha)}
    for name, (metric, ids) in sacre.items():
        summary = _interval(metric.statistic, options, key="score")
        result[name] = {**summary, "n": len(ids)}
        signatures[name] = sacrebleu_signature(name, metric.signature, info, data_sha)

    result["figures"] = _figure_summary(figure_scores, figure_scorer, figure_error, options)
    if figure_scorer is not None:
        signatures["figures"] = figures_signature(figure_scorer.parser.name, info, data_sha)
    result.update(
        {
            "missing_ids": match.missing,
            "extra_ids": match.extra,
            "standin": info.is_standin,
            "model": {
                "name": info.model,
                "revision": info.revision,
                "strategy": info.strategy,
                "standin": info.standin,
            },
            "ci": {
                "method": "percentile bootstrap over articles",
                "samples": options.samples,
                "seed": options.seed,
                "level": options.level,
            },
            "signature": signatures["rouge"],
            "signatures": signatures,
            "articles": articles,
        }
    )
    return result, _System(label, rouge_scores, figure_scores, sacre)


def _rouge_summary(scores: list[dict[str, float]], options: Options) -> dict[str, float]:
    """Mean precision, recall and F1 of one ROUGE type, with the interval of F1."""
    summary = _interval(Statistic.mean([s["f"] for s in scores]), options, key="f")
    for key in ("p", "r"):
        summary[key] = sum(s[key] for s in scores) / len(scores)
    return summary


def _sacre_metrics(refs, hyps, match) -> dict[str, Any]:
    ids = [
        i
        for i in match.common
        if refs.records[i].translation is not None and hyps.records[i].translation is not None
    ]
    if not ids:
        return {}
    from summarizer.evaluation.chrf import METRICS, corpus_metric

    hyp_texts = [hyps.records[i].translation for i in ids]
    ref_texts = [refs.records[i].translation for i in ids]
    return {name: (corpus_metric(name, hyp_texts, ref_texts), ids) for name in METRICS}


def _figure_summary(scores, scorer, error, options) -> dict[str, Any]:
    if scorer is None:
        reason = error or "no reference has key_figures"
        return {"available": False, "reason": reason}
    items = list(scores.values())
    listed = sum(a.listed for a in items)
    found = sum(a.found for a in items)
    must_keep = sum(a.must_keep for a in items)
    must_keep_found = sum(a.must_keep_found for a in items)
    invented = [a.invented for a in items if a.invented is not None]
    return {
        "available": True,
        "parser": scorer.parser.name,
        "articles": len(items),
        "listed": listed,
        "found": found,
        "recall": _interval(
            Statistic.ratio([a.found for a in items], [a.listed for a in items]), options
        ),
        "must_keep": must_keep,
        "must_keep_found": must_keep_found,
        "must_keep_recall": _interval(
            Statistic.ratio([a.must_keep_found for a in items], [a.must_keep for a in items]),
            options,
        )
        if must_keep
        else None,
        "rendering_errors": sum(len(a.rendering_errors) for a in items),
        "invented": sum(len(i) for i in invented) if invented else None,
        "invented_articles": len(invented),
        "text_matched": sum(a.text_matched for a in items),
    }


def _paired(a: _System, b: _System, options: Options) -> dict[str, Any]:
    metrics: dict[str, Any] = {}

    def record(name: str, sa: Statistic, sb: Statistic) -> None:
        r = paired_test(sa, sb, options.trials, options.seed)
        metrics[name] = {"a": r.a, "b": r.b, "delta": r.delta, "p": r.p_value, "n": r.n}

    ids = [i for i in a.rouge if i in b.rouge]
    if ids:
        for t in ROUGE_TYPES:
            record(
                t,
                Statistic.mean([a.rouge[i][t] for i in ids]),
                Statistic.mean([b.rouge[i][t] for i in ids]),
            )
    ids = [i for i in a.figures if i in b.figures and a.figures[i].listed]
    if ids:
        record(
            "figure_recall",
            Statistic.ratio([a.figures[i].found for i in ids], [a.figures[i].listed for i in ids]),
            Statistic.ratio([b.figures[i].found for i in ids], [b.figures[i].listed for i in ids]),
        )
        ids = [i for i in ids if a.figures[i].must_keep]
        if ids:
            record(
                "must_keep_recall",
                Statistic.ratio(
                    [a.figures[i].must_keep_found for i in ids],
                    [a.figures[i].must_keep for i in ids],
                ),
                Statistic.ratio(
                    [b.figures[i].must_keep_found for i in ids],
                    [b.figures[i].must_keep for i in ids],
                ),
            )
    for name in a.sacre:
        if name not in b.sacre:
            continue
        (ma, ids_a), (mb, ids_b) = a.sacre[name], b.sacre[name]
        shared = [i for i in ids_a if i in set(ids_b)]
        if shared:
            rows_a = [ids_a.index(i) for i in shared]
            rows_b = [ids_b.index(i) for i in shared]
            record(name, ma.statistic.select(rows_a), mb.statistic.select(rows_b))
    return {
        "a": a.label,
        "b": b.label,
        "method": "paired approximate randomization over articles (two-sided)",
        "trials": options.trials,
        "seed": options.seed,
        "metrics": metrics,
    }
