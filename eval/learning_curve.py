"""Would more labelled articles help? The learned selection's numbers against train size.

    .venv/bin/python eval/learning_curve.py [--folds 5] [--out eval/results]

The outer folds of ``eval/train_selection.py`` over the train split. In each fold, the key and
sentence models are fitted on the first 25, 50, 75 and 100 % of the fold's fit-on articles (in
a fixed order by a hash of the id), with the shipped settings (``summarizer/data/ranking.json``),
and judged on the fold's held-out articles; the figure scores the sentence model learns from are
cross-fitted inside that fraction. Every fraction is judged on the same held-out articles, so
the rows differ only in how much the models saw. The test split is never read. Written:
``learning_curve.md`` and ``.json``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

import train_ranking as T  # noqa: E402
import train_selection as S  # noqa: E402
from split_report import DATA  # noqa: E402

from summarizer import ranking  # noqa: E402

FRACTIONS = (0.25, 0.5, 0.75, 1.0)
SETTINGS = (
    "key_threshold",
    "always_key",
    "sentence_threshold",
    "redundancy",
    "shown_key_threshold",
    "length_penalty",
    "figure_gain",
)


def shipped_settings() -> dict:
    data = json.loads(S.MODEL_PATH.read_text(encoding="utf-8"))
    return {name: data[name] for name in SETTINGS}


def hashed(row: dict) -> str:
    return hashlib.sha1(row["id"].encode()).hexdigest()


def cv_briefs(rows: list[dict], fraction: float, k: int, settings: dict) -> dict:
    """Per article id: its brief (chosen sentences, key figures) made by models fitted on
    ``fraction`` of its fold's fit-on articles. Leaves each row as its held-out fold saw it
    (the figure scores and sentence features the judge reads)."""
    briefs, held_scores = {}, {}
    for fit_on, held in T.folds(rows, k):
        part = sorted(fit_on, key=hashed)[: round(fraction * len(fit_on))]
        key_model = T.fit(part)
        inner = T.cross_fitted_scores(part, k)
        for r in part:
            S.add_sentence_rows(r, inner[r["id"]])
        model = ranking.Ranking(key_model, S.fit_sentences(part), **settings)
        for r in held:
            held_scores[r["id"]] = [key_model.score(f) for f in r["features"]]
            S.add_sentence_rows(r, held_scores[r["id"]])
            briefs[r["id"]] = S.brief(r, model)
    for r in rows:
        S.add_sentence_rows(r, held_scores[r["id"]])
    return briefs


def curve_point(rows: list[dict], fraction: float, k: int, settings: dict) -> dict:
    """The judged briefs of every train article at this share of train."""
    briefs = cv_briefs(rows, fraction, k, settings)
    result = S.judge(rows, lambda r: briefs[r["id"]])
    result["fit_on"] = round(fraction * len(rows) * (k - 1) / k)
    return result


def markdown(points: dict[float, dict], articles: int, k: int) -> str:
    lines = [
        "# Learning curve of the learned selection (train split only)",
        "",
        f"Made by `python eval/learning_curve.py`: {articles} train articles, {k} folds; "
        "each row's models are fitted on that share of every fold's fit-on articles with the "
        "shipped settings and judged on the same held-out articles. Definitions as in "
        "`eval/train_selection.py`.",
        "",
        "| share of train | articles fitted on | must-keep shown | key figures that are must-keep "
        "| key per article | oracle sentences chosen | sentences per article |",
        "|---|---|---|---|---|---|---|",
    ]
    for fraction, r in points.items():
        lines.append(
            f"| {fraction:.0%} | {r['fit_on']} | {r['must_keep_shown']:.1%} "
            f"| {r['key_precision']:.1%} | {r['key_per_article']} | {r['oracle']:.1%} "
            f"| {r['translated']} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, nargs="+", default=DATA)
    ap.add_argument("--folds", type=int, default=T.FOLDS)
    ap.add_argument("--out", type=Path, default=ROOT / "eval/results")
    args = ap.parse_args(argv)
    rows = [r for r in map(T.article_rows, T.load(args.data)) if r["split"] == "train"]
    rows.sort(key=lambda r: r["id"])
    settings = shipped_settings()
    points = {f: curve_point(rows, f, args.folds, settings) for f in FRACTIONS}
    md = markdown(points, len(rows), args.folds)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "learning_curve.md").write_text(md, encoding="utf-8")
    payload = {"settings": settings, "points": {str(f): r for f, r in points.items()}}
    (args.out / "learning_curve.json").write_text(json.dumps(payload, indent=1) + "\n")
    print(md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
