"""Retrain the shipped key-figure and sentence models from the train split; report honestly.

    .venv/bin/python eval/train_selection.py [--data ...] [--folds 5] [--repeats 3]
        [--write [PATH]]

Two logistic regressions over the features of ``summarizer/ranking.py``: the key-figure model
(label: the figure overlaps a must-keep figure) and the sentence model (label: the sentence
overlaps an oracle sentence by at least half). The figure scores the sentence model sees are
cross-fitted (an article's figures scored by a key model fitted without it), so it never learns
from leaked labels. The choices of the procedure (``GRID``: key threshold, figures always key,
the threshold for a figure the chosen sentences already carry, sentence threshold, redundancy
weight, length penalty, weight of the figures a sentence carries) are picked by k-fold
cross-validation on train, repeated over three fixed fold assignments and averaged (one
assignment alone let settings within a hair of each other swap between retrains), running the
package's own ``key_figure_indices`` and ``select_extractive`` on the held-out articles, for the
best ``objective`` (the issue's targets jointly).

Printed: the cross-validated numbers on train of the learned brief beside the hand-set one of
before (``eval/handset.py``) and the "lead + first six numbers" baseline. The test split is
never read. ``--write`` stores the models fitted on all of train and the chosen settings as
``summarizer/data/ranking.json`` (or PATH). Deterministic: sorted inputs, a fixed fold order, a
solver without randomness.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

import handset  # noqa: E402
import train_ranking as T  # noqa: E402
from split_report import DATA  # noqa: E402

from summarizer import ranking  # noqa: E402
from summarizer.figures.key import key_figure_indices, sentence_of  # noqa: E402
from summarizer.select import (  # noqa: E402
    select_extractive,
    select_lead,
    sentence_rows,
)

BUDGET = 80
REPEATS = 3  # fold assignments the settings are chosen over
PER_ARTICLE = ("translated", "key_per_article")  # measures of judge given to two decimals
MODEL_PATH = ROOT / "summarizer" / "data" / ranking.MODEL_FILE
GRID = {
    "key_threshold": (-3.0, -2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0),
    "always_key": (1, 2),  # the best figure is key: an abstractive summary is held to it
    # Fixed at what CV chose on every train set so far (73 to 184 articles; flat around them):
    # a single value keeps a retrain to minutes.
    "sentence_threshold": (-2.0,),
    "redundancy": (1.0,),
    "shown_key_threshold": (None, 1.0, 2.0),
    "length_penalty": (1.0,),
    "figure_gain": (0.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0),
}
TARGETS = {"must_keep_shown": 0.95, "key_precision": 0.80, "oracle": 0.60}
"""The issue's targets for the measures of ``judge``."""


def oracle_labels(row: dict) -> list[int]:
    """Per sentence: at least half of it lies in an oracle sentence."""
    rec = row["record"]
    spans = []
    for sentence in rec.get("oracle_sentences") or []:
        i = rec["text"].find(sentence)
        if i >= 0:
            spans.append((i, i + len(sentence)))
    labels = []
    for s in row["sentences"]:
        inside = sum(max(0, min(j, s.end) - max(i, s.start)) for i, j in spans)
        labels.append(int(inside * 2 >= s.end - s.start))
    return labels


def scores_by_sentence(row: dict, figure_scores: list[float]):
    per: dict[int, list[float]] = {}
    for f, score in zip(row["figures"], figure_scores, strict=True):
        per.setdefault(sentence_of(f.start, row["starts"]) or 0, []).append(score)
    return lambda i: per.get(i, [])


def add_sentence_rows(row: dict, figure_scores: list[float]) -> None:
    """Sentence features of one article, given its (cross-fitted) figure scores."""
    row["figure_scores"] = figure_scores
    row["sentence_features"], _vectors = sentence_rows(
        row["sentences"],
        scores_by_sentence(row, figure_scores),
        row["record"].get("title"),
        row["record"]["text"],
    )
    row["sentence_labels"] = oracle_labels(row)


def fit_sentences(rows: list[dict]) -> ranking.LinearModel:
    feats = [f for r in rows for f in r["sentence_features"]]
    return T.fit_features(feats, [y for r in rows for y in r["sentence_labels"]])


def brief(row: dict, model: ranking.Ranking) -> tuple[list[int], set[int]]:
    """(chosen sentence indices, key figure indices), as ``pipeline.prepare`` makes them."""
    figures, starts, scores = row["figures"], row["starts"], row["figure_scores"]
    title, text = row["record"].get("title"), row["record"]["text"]
    key = key_figure_indices(figures, starts, title, text=text, scores=scores, model=model)
    keys_in: dict[int, set] = {}
    for n in key:
        keys_in.setdefault(sentence_of(figures[n].start, starts) or 0, set()).add(n)
    choice = select_extractive(
        row["sentences"],
        BUDGET,
        key_figures_of=lambda i: keys_in.get(i, set()),
        title=title,
        figure_scores_of=scores_by_sentence(row, scores),
        text=text,
        model=model,
    )
    shown = set(choice.indices)
    line = key_figure_indices(
        figures, starts, title, text=text, shown=shown, scores=scores, model=model
    )
    return choice.indices, set(line)


def judge(rows: list[dict], make_brief) -> dict:
    """Must-keep shown, key precision, oracle sentences chosen, sentences per article."""
    must = shown = key = key_hits = oracle = oracle_hit = translated = most = 0
    for row in rows:
        chosen, keys = make_brief(row)
        chosen = set(chosen)
        figs = row["figures"]
        sentence = [sentence_of(f.start, row["starts"]) for f in figs]
        for i, j in row["must_spans"]:
            must += 1
            over = [n for n, f in enumerate(figs) if f.start < j and i < f.end]
            shown += any(sentence[n] in chosen or n in keys for n in over)
        key += len(keys)
        most = max(most, len(keys))
        key_hits += sum(row["labels"][n] for n in keys)
        labels = row["sentence_labels"]
        oracle += sum(labels)
        oracle_hit += sum(labels[p] for p, s in enumerate(row["sentences"]) if s.index in chosen)
        translated += len(chosen)
    n = max(len(rows), 1)
    return {
        "must_keep_shown": round(shown / max(must, 1), 4),
        "key_precision": round(key_hits / max(key, 1), 4),
        "oracle": round(oracle_hit / max(oracle, 1), 4),
        "translated": round(translated / n, 2),
        "key_per_article": round(key / n, 2),
        "most_key": most,
    }


def objective(res: dict) -> float:
    """The issue's targets jointly: the product of each measure's share of its target (capped at
    1: past its target a measure buys nothing), must-keep shown counting three times: it is the
    promise of the tool, and a must-keep figure lost from the brief costs a reader more than a
    key line one or two figures longer. More than 5 sentences or 6 key figures in an article is
    not allowed (0)."""
    if res["translated"] > 5 or res["most_key"] > T.LIMIT:
        return 0.0
    share = {name: min(res[name] / target, 1.0) for name, target in TARGETS.items()}
    return share["must_keep_shown"] ** 3 * share["key_precision"] * share["oracle"]


def lead_first_six(row: dict) -> tuple[list[int], set[int]]:
    """The baseline: lead sentences within the budget, the first six numbers key."""
    chosen = select_lead(row["sentences"], BUDGET).indices
    return chosen, set(T.top_key(row["figures"], T.first_six(row)))


def fmt(r: dict) -> str:
    return (
        f"must-keep shown {r['must_keep_shown']:.1%}, key precision {r['key_precision']:.1%} "
        f"({r['key_per_article']:.1f}/article, most {r['most_key']}), oracle {r['oracle']:.1%}, "
        f"sentences {r['translated']:.2f}"
    )


def train(rows: list[dict], k: int, repeats: int = 1) -> tuple[ranking.Ranking, dict]:
    """The shipped models fitted on ``rows`` (train only), their settings chosen by k-fold CV
    repeated over ``repeats`` fold assignments (the objective averaged over them: settings that
    come within a hair of each other are not picked by one assignment's luck), and the
    cross-validated numbers, averaged the same way."""
    rows = sorted(rows, key=lambda r: r["id"])
    names = list(GRID)
    results: dict[tuple, list[dict]] = {}
    first_scores: dict[str, list[float]] = {}
    for repeat in range(repeats):
        cv_figures = T.cross_fitted_scores(rows, k, repeat)
        first_scores = first_scores or cv_figures
        for r in rows:
            add_sentence_rows(r, cv_figures[r["id"]])
        fold_models = []
        for fit_on, held in T.folds(rows, k, repeat):
            fold_models.append((T.fit(fit_on), fit_sentences(fit_on), held))
        for values in itertools.product(*GRID.values()):
            settings = dict(zip(names, values, strict=True))
            briefs = {}
            for key_model, sentence_model, held in fold_models:
                model = ranking.Ranking(key_model, sentence_model, **settings)
                briefs.update({r["id"]: brief(r, model) for r in held})
            res = judge(rows, lambda r, b=briefs: b[r["id"]])
            results.setdefault(values, []).append(res)
    grid = []
    for values, runs in results.items():  # grid order
        grid.append((sum(objective(r) for r in runs) / len(runs), values, mean_result(runs)))
    _, values, cv = max(grid, key=lambda g: g[0])  # the first best on a tie: grid order
    settings = dict(zip(names, values, strict=True))
    for r in rows:  # the sentence features of the first assignment, as a single one leaves them
        add_sentence_rows(r, first_scores[r["id"]])
    final = ranking.Ranking(T.fit(rows), fit_sentences(rows), **settings)
    return final, {"settings": settings, "learned": cv}


def mean_result(runs: list[dict]) -> dict:
    """The measures of ``judge`` averaged over repeated cross-validations (the most key figures
    in one article: the largest)."""
    out = {name: sum(r[name] for r in runs) / len(runs) for name in runs[0]}
    out = {name: round(v, 2 if name in PER_ARTICLE else 4) for name, v in out.items()}
    out["most_key"] = max(r["most_key"] for r in runs)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, nargs="+", default=DATA)
    ap.add_argument("--folds", type=int, default=T.FOLDS)
    ap.add_argument("--repeats", type=int, default=REPEATS)
    ap.add_argument("--write", type=Path, nargs="?", const=MODEL_PATH, default=None)
    args = ap.parse_args(argv)
    rows = [r for r in map(T.article_rows, T.load(args.data)) if r["split"] == "train"]
    if len(rows) < args.folds:
        print(f"error: {len(rows)} train articles, fewer than {args.folds} folds", file=sys.stderr)
        return 2
    model, report = train(rows, args.folds, args.repeats)
    report["hand-set"] = judge(
        rows,
        lambda r: handset.brief(
            r["sentences"], r["figures"], r["record"].get("title"), r["record"]["text"], BUDGET
        ),
    )
    report["lead + first six"] = judge(rows, lead_first_six)
    print(
        f"train: {len(rows)} articles; chosen by {args.folds}-fold CV, {args.repeats} fold "
        f"assignments: {report['settings']}"
    )
    for name in ("learned", "hand-set", "lead + first six"):
        label = f"{name} (CV)" if name == "learned" else name
        print(f"{label:18} {fmt(report[name])}")
    for part, m in (("key", model.key), ("sentence", model.sentence)):
        weights = sorted(zip(m.names, m.weights, strict=True), key=lambda p: (-abs(p[1]), p[0]))
        print(f"{part} weights: " + ", ".join(f"{n} {w:+.2f}" for n, w in weights[:10]))
    if args.write:
        payload = {
            "about": "Key-figure and sentence models of summarizer/ranking.py, fitted on the "
            "train split by eval/train_selection.py; settings chosen by cross-validation on train.",
            "train_articles": len(rows),
            "key_model": model.key.as_dict(),
            "sentence_model": model.sentence.as_dict(),
            **report["settings"],
            "cv_train": {
                name: report[name] for name in ("learned", "hand-set", "lead + first six")
            },
        }
        args.write.parent.mkdir(parents=True, exist_ok=True)
        args.write.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
        print(f"written {args.write}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
