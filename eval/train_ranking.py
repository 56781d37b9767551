"""Learn the key-figure ranking from the dev set's train split, and report it honestly.

    .venv/bin/python eval/train_ranking.py [--data eval/data/dev.jsonl ...] [--write]

A logistic regression (scikit-learn, balanced classes) over the explicit features of
``eval/ranking_features.py``; the label of a figure is "overlaps a must-keep figure of the
labels". Printed: 5-fold cross-validation on train (folds by article), then the train and test
splits, each beside the hand-set ranking and the "first six numbers" baseline, as precision of
the six key figures (key figures that are must-keep) and must-keep recall of the key line.
``--write`` stores the model fitted on all of train as ``eval/results/key_model.json``
(not shipped in the package until it beats the hand-set ranking on test); the test split is
never used to fit or choose anything.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "eval" / "data"))

from check_labels import locate_all, split_of  # noqa: E402
from ranking_features import LinearModel, figure_features  # noqa: E402
from split_report import DATA  # noqa: E402

from summarizer import pipeline  # noqa: E402
from summarizer.articles import Article  # noqa: E402
from summarizer.figures import extract_figures, same_value  # noqa: E402
from summarizer.figures import key as key_module  # noqa: E402

LIMIT = 6
MODEL_PATH = ROOT / "eval" / "results" / "key_model.json"


def load(paths: list[Path]) -> list[dict]:
    records = []
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            records += [json.loads(line) for line in fh if line.strip()]
    return [r for r in records if r.get("reference_brief") is not None]


def article_rows(rec: dict) -> dict:
    """Figures, their features and labels, and the hand-set scores, of one article."""
    article = Article(id=rec["id"], text=rec["text"], title=rec.get("title"))
    prepared = pipeline.prepare(article, pipeline.Settings(source_language="de"))
    figures = prepared.figures
    text = rec["text"]
    bounds = [(s.start, s.end) for s in prepared.sentences]
    title_figs = extract_figures(rec["title"]) if rec.get("title") else []
    feats = figure_features(figures, bounds, text, title_figs, same_value)
    spans = [
        span
        for item, span in zip(rec["key_figures"], locate_all(text, rec["key_figures"]), strict=True)
        if span and item.get("must_keep")
    ]
    labels = [int(any(f.start < j and i < f.end for i, j in spans)) for f in figures]
    starts = [s.start for s in prepared.sentences]
    hand = [score for score, _f in key_module._scores(figures, starts, title_figs, text)]
    return {
        "id": rec["id"],
        "split": split_of(rec["id"]),
        "record": rec,
        "prepared": prepared,
        "figures": figures,
        "features": feats,
        "labels": labels,
        "must_spans": spans,
        "hand": hand,
    }


def top_key(figures: list, scores: list[float], limit: int = LIMIT) -> list[int]:
    """Indices of the ``limit`` best figures, one per value (as ``mark_key_figures`` does)."""
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
    """Key precision and must-keep recall of the key line over articles."""
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


def first_six(row: dict) -> list[float]:
    numbered = [i for i, f in enumerate(row["figures"]) if re.search(r"\d", f.source)]
    return [-(numbered.index(i)) if i in numbered else -1000.0 for i in range(len(row["figures"]))]


def fit(rows: list[dict]) -> LinearModel:
    """The key-figure model fitted on the figures of ``rows``."""
    return fit_features(
        [f for r in rows for f in r["features"]], [y for r in rows for y in r["labels"]]
    )


def fit_features(features: list[dict], labels: list[int], c: float = 0.5) -> LinearModel:
    """A balanced logistic regression over named features, standardised."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    names = sorted(features[0])
    x = np.array([[f[n] for n in names] for f in features])
    y = np.array(labels)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    clf = LogisticRegression(C=c, class_weight="balanced", max_iter=2000)
    clf.fit((x - mean) / scale, y)
    return LinearModel(
        tuple(names),
        tuple(float(w) for w in clf.coef_[0]),
        tuple(float(m) for m in mean),
        tuple(float(s) for s in scale),
        float(clf.intercept_[0]),
    )


def learned(model: LinearModel):
    return lambda row: [model.score(f) for f in row["features"]]


def cross_validate(rows: list[dict], folds: int = 5) -> dict:
    """Each article scored by a model fitted without it (folds by article, fixed order)."""
    ordered = sorted(rows, key=lambda r: r["id"])
    scored = []
    for k in range(folds):
        held = [r for n, r in enumerate(ordered) if n % folds == k]
        model = fit([r for n, r in enumerate(ordered) if n % folds != k])
        scored += [{**r, "cv": learned(model)(r)} for r in held]
    return judge(scored, lambda r: r["cv"])


def fmt(res: dict) -> str:
    precision, recall = f"{res['precision']:.1%}", f"{res['recall']:.1%}"
    return f"precision {precision} of {res['key']}, recall {recall} of {res['must']}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, nargs="+", default=DATA)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    rows = [article_rows(r) for r in load(args.data)]
    train = [r for r in rows if r["split"] == "train"]
    test = [r for r in rows if r["split"] == "test"]
    model = fit(train)
    report = {
        "train_articles": len(train),
        "test_articles": len(test),
        "cv_train": cross_validate(train),
        "train": {
            "learned": judge(train, learned(model)),
            "hand-set": judge(train, lambda r: r["hand"]),
            "first six numbers": judge(train, first_six),
        },
        "test": {
            "learned": judge(test, learned(model)),
            "hand-set": judge(test, lambda r: r["hand"]),
            "first six numbers": judge(test, first_six),
        },
    }
    print(f"train {len(train)} articles, test {len(test)} (test never used to fit)")
    print(f"5-fold CV on train, learned: {fmt(report['cv_train'])}")
    for split in ("train", "test"):
        for name, res in report[split].items():
            print(f"{split:5} {name:18} {fmt(res)}")
    weights = sorted(zip(model.names, model.weights, strict=True), key=lambda p: -abs(p[1]))
    print("largest weights: " + ", ".join(f"{n} {w:+.2f}" for n, w in weights[:10]))
    if args.write:
        MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
        payload = {"model": model.as_dict(), "trained_on": "train split", "report": report}
        MODEL_PATH.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
        print(f"written {MODEL_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
