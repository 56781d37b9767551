"""The key-figure model alone: its features and labels per article, and its cross-validated
precision and recall on the dev set's train split beside the hand-set ranking and a baseline.

    .venv/bin/python eval/train_ranking.py [--data eval/data/dev.jsonl ...] [--folds 5]

A logistic regression (scikit-learn, balanced classes) over the explicit features of
``summarizer/ranking.py``; the label of a figure is "overlaps a must-keep figure of the labels".
Printed: k-fold cross-validation on train (folds by article) of the learned ranking, the hand-set
ranking of before (``eval/handset.py``) and the "first six numbers" baseline, as precision of the
six key figures (key figures that are must-keep) and must-keep recall of the key line, and as a
ranker per article (average precision; precision at k, k the article's must-keep figures). The key
line alone, not the brief: ``train_selection.py`` fits both models with the thresholds, writes
the shipped weights and reports the whole brief. The test split is never used here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "eval" / "data"))

import handset  # noqa: E402
from check_labels import locate_all, split_of  # noqa: E402
from split_report import DATA  # noqa: E402

from summarizer import ranking  # noqa: E402
from summarizer.articles import Article  # noqa: E402
from summarizer.clean import clean  # noqa: E402
from summarizer.figures import extract_figures, same_value  # noqa: E402
from summarizer.figures.key import sentence_of  # noqa: E402
from summarizer.langdata import for_language  # noqa: E402
from summarizer.sentences import split_sentences  # noqa: E402

LIMIT = 6
FOLDS = 5


def load(paths: list[Path]) -> list[dict]:
    """The real (labelled) articles of the JSON Lines files."""
    records = []
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            records += [json.loads(line) for line in fh if line.strip()]
    return [r for r in records if r.get("reference_brief") is not None]


def article_rows(rec: dict) -> dict:
    """Sentences, figures, figure features and labels of one German article: the pipeline's
    steps before key ranking (clean, split, extract), which no model influences."""
    article = Article(id=rec["id"], text=rec["text"], title=rec.get("title"))
    text = rec["text"]
    cleaned = clean(article)
    sentences = split_sentences(text, cleaned.body_start, cleaned.body_end, cleaned.skip, lang="de")
    figures = extract_figures(text, cleaned.body_start, cleaned.body_end, lang="de")
    starts = [s.start for s in sentences]
    title_figs = extract_figures(rec["title"]) if rec.get("title") else []
    feats = ranking.figure_features(
        figures,
        [sentence_of(f.start, starts) or 0 for f in figures],
        ranking.sentence_bounds(starts or [0], len(text)),
        text,
        title_figs,
        for_language("de"),
        title=rec.get("title"),
    )
    spans = [
        span
        for item, span in zip(rec["key_figures"], locate_all(text, rec["key_figures"]), strict=True)
        if span and item.get("must_keep")
    ]
    labels = [int(any(f.start < j and i < f.end for i, j in spans)) for f in figures]
    return {
        "id": rec["id"],
        "split": split_of(rec["id"]),
        "record": rec,
        "sentences": sentences,
        "starts": starts,
        "figures": figures,
        "features": feats,
        "labels": labels,
        "must_spans": spans,
        "hand": handset.scores(figures, starts, rec.get("title"), text),
    }


def top_key(figures: list, scores: list[float], limit: int = LIMIT) -> list[int]:
    """Indices of the ``limit`` best figures, one per value."""
    order = sorted(range(len(figures)), key=lambda i: (-scores[i], figures[i].start))
    chosen: list[int] = []
    for i in order:
        if len(chosen) >= limit:
            break
        if any(same_value(figures[i], figures[j]) and figures[i].kind == figures[j].kind
               for j in chosen):  # fmt: skip
            continue
        chosen.append(i)
    return chosen


def judge(rows: list[dict], scorer) -> dict:
    """Key precision and must-keep recall of the six best figures, over articles."""
    key = key_hits = must = must_hit = 0
    for row in rows:
        chosen = top_key(row["figures"], scorer(row))
        key += len(chosen)
        key_hits += sum(row["labels"][i] for i in chosen)
        for i, j in row["must_spans"]:
            must += 1
            must_hit += any(row["figures"][k].start < j and i < row["figures"][k].end
                            for k in chosen)  # fmt: skip
    return {
        "precision": key_hits / max(key, 1),
        "recall": must_hit / max(must, 1),
        "key": key,
        "must": must,
    }


def ranker_quality(rows: list[dict], scorer) -> dict:
    """The scores as a ranking of each article's figures, averaged over the articles with a
    must-keep figure: average precision, and precision at k (k: the article's figures labelled
    must-keep). Ties are broken by article order, as the key line breaks them."""
    ap = at_k = 0.0
    n = 0
    for row in rows:
        labels = row["labels"]
        positives = sum(labels)
        if not positives:
            continue
        scores = scorer(row)
        order = sorted(range(len(labels)), key=lambda i: (-scores[i], row["figures"][i].start))
        hits = 0
        precision_sum = 0.0
        for rank, i in enumerate(order, 1):
            if labels[i]:
                hits += 1
                precision_sum += hits / rank
        ap += precision_sum / positives
        at_k += sum(labels[i] for i in order[:positives]) / positives
        n += 1
    return {"average_precision": ap / max(n, 1), "precision_at_k": at_k / max(n, 1)}


def first_six(row: dict) -> list[float]:
    """The baseline: the first six figures written with digits are key."""
    numbered = [i for i, f in enumerate(row["figures"]) if re.search(r"\d", f.source)]
    rank = {i: n for n, i in enumerate(numbered)}
    return [-rank.get(i, 1000) for i in range(len(row["figures"]))]


def fit(rows: list[dict]) -> ranking.LinearModel:
    """The key-figure model fitted on the figures of ``rows``."""
    return fit_features(
        [f for r in rows for f in r["features"]], [y for r in rows for y in r["labels"]]
    )


def fit_features(features: list[dict], labels: list[int], c: float = 0.5) -> ranking.LinearModel:
    """A balanced logistic regression over named, standardised features (deterministic)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    names = sorted(features[0])
    x = np.array([[f[n] for n in names] for f in features])
    y = np.array(labels)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    clf = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
    clf.fit((x - mean) / scale, y)
    return ranking.LinearModel(
        tuple(names),
        tuple(round(float(w), 6) for w in clf.coef_[0]),
        tuple(round(float(m), 6) for m in mean),
        tuple(round(float(s), 6) for s in scale),
        round(float(clf.intercept_[0]), 6),
    )


def folds(rows: list[dict], k: int, repeat: int = 0) -> list[tuple[list[dict], list[dict]]]:
    """(fit on, held out) pairs: articles in id order, article n held out in fold n mod k.
    Another ``repeat`` orders the articles by a hash of the repeat and the id instead: other
    folds, as fixed."""
    if repeat:
        ordered = sorted(rows, key=lambda r: hashlib.sha1(f"{repeat}:{r['id']}".encode()).digest())
    else:
        ordered = sorted(rows, key=lambda r: r["id"])
    return [
        (
            [r for n, r in enumerate(ordered) if n % k != fold],
            [r for n, r in enumerate(ordered) if n % k == fold],
        )
        for fold in range(k)
    ]


def cross_fitted_scores(rows: list[dict], k: int, repeat: int = 0) -> dict[str, list[float]]:
    """Per article id: its figures' scores by a key model fitted without it."""
    out = {}
    for fit_on, held in folds(rows, k, repeat):
        model = fit(fit_on)
        out.update({r["id"]: [model.score(f) for f in r["features"]] for r in held})
    return out


def fmt(res: dict, quality: dict) -> str:
    precision, recall = f"{res['precision']:.1%}", f"{res['recall']:.1%}"
    return (
        f"precision {precision} of {res['key']}, recall {recall} of {res['must']}; "
        f"as a ranker: AP {quality['average_precision']:.1%}, "
        f"P@k {quality['precision_at_k']:.1%}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, nargs="+", default=DATA)
    ap.add_argument("--folds", type=int, default=FOLDS)
    args = ap.parse_args(argv)
    train = [r for r in map(article_rows, load(args.data)) if r["split"] == "train"]
    cv = cross_fitted_scores(train, args.folds)
    print(f"train: {len(train)} articles, {args.folds}-fold cross-validation by article")
    for label, scorer in (
        ("learned (CV)", lambda r: cv[r["id"]]),
        ("hand-set", lambda r: r["hand"]),
        ("first six numbers", first_six),
    ):
        print(f"{label:18} {fmt(judge(train, scorer), ranker_quality(train, scorer))}")
    model = fit(train)
    weights = sorted(zip(model.names, model.weights, strict=True), key=lambda p: -abs(p[1]))
    print("largest weights: " + ", ".join(f"{n} {w:+.2f}" for n, w in weights[:12]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
