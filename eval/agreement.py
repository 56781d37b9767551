"""How far two careful labellers agree on must-keep figures and oracle sentences: the ceiling
of the selection targets.

    .venv/bin/python eval/agreement.py [--second FILE] [--out eval/results]

``second_opinion.jsonl`` holds, for a fixed sample of train articles, a second labeller's
must-keep figures (indices into the record's ``key_figures``) and oracle sentences, made blind:
they saw the article and its figure list (``de``, ``en``) and the rules of LABELLING.md, never
the first labels. The second labeller's brief (their oracle sentences, their must-keep figures
as the key line) is judged against the first labels with the selection's measures: must-keep
shown (a must-keep figure overlaps a key figure or a chosen sentence), key figures that are
must-keep, oracle sentences chosen (at least half of the sentence chosen). Beside it: the tool's
cross-validated briefs on the same articles (``eval/learning_curve.py`` at 100 %), and Cohen's
kappa of the two must-keep labellings over every listed figure. Train only. Written:
``agreement.md`` and ``.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "eval" / "data"))

import learning_curve as L  # noqa: E402
import train_ranking as T  # noqa: E402
import train_selection as S  # noqa: E402
from check_labels import locate_all, split_of  # noqa: E402
from split_report import DATA, oracle_share  # noqa: E402

SECOND = ROOT / "eval/data/second_opinion.jsonl"
Span = tuple[int, int]


def overlaps(a: Span, spans: list[Span]) -> bool:
    return any(a[0] < j and i < a[1] for i, j in spans)


def check(opinion: dict, rec: dict | None) -> list[str]:
    """What is wrong with one second opinion (empty when it can be used)."""
    if rec is None:
        return ["no such article"]
    if split_of(rec["id"]) != "train":
        return ["not a train article"]
    n = len(rec["key_figures"])
    problems = [f"figure index {i} out of range" for i in opinion["must_keep"] if not 0 <= i < n]
    problems += [
        f"oracle sentence not in the text: {s[:40]!r}"
        for s in opinion["oracle_sentences"]
        if s not in rec["text"]
    ]
    return problems


def human_brief(opinion: dict, rec: dict) -> dict:
    """The second labeller's brief judged against the first labels."""
    spans = locate_all(rec["text"], rec["key_figures"])
    first = {n for n, f in enumerate(rec["key_figures"]) if f.get("must_keep") and spans[n]}
    must = [spans[n] for n in sorted(first)]
    key = [spans[n] for n in opinion["must_keep"] if spans[n]]
    chosen = []
    for sentence in opinion["oracle_sentences"]:
        i = rec["text"].find(sentence)
        chosen.append((i, i + len(sentence)))
    oracle_hit, oracle_total = oracle_share(rec, chosen)
    return {
        "must_keep": len(must),
        "must_keep_shown": sum(overlaps(m, key + chosen) for m in must),
        "key": len(key),
        "key_must_keep": sum(overlaps(k, must) for k in key),
        "oracle": oracle_total,
        "oracle_chosen": oracle_hit,
        "translated": len(chosen),
        "both": len(first & set(opinion["must_keep"])),
        "second": len(set(opinion["must_keep"])),
        "figures": len(rec["key_figures"]),
    }


def kappa(rows: list[dict]) -> float:
    """Cohen's kappa of must-keep over every listed figure of the sample."""
    total = sum(r["figures"] for r in rows)
    a = sum(r["must_keep"] for r in rows)
    b = sum(r["second"] for r in rows)
    both = sum(r["both"] for r in rows)
    observed = (total - a - b + 2 * both) / total
    expected = (a * b + (total - a) * (total - b)) / total**2
    return (observed - expected) / (1 - expected)


def summed(rows: list[dict]) -> dict:
    def s(key: str) -> int:
        return sum(r[key] for r in rows)

    n = max(len(rows), 1)
    return {
        "articles": len(rows),
        "must_keep_shown": round(s("must_keep_shown") / max(s("must_keep"), 1), 4),
        "key_precision": round(s("key_must_keep") / max(s("key"), 1), 4),
        "key_per_article": round(s("key") / n, 2),
        "most_key": max((r["key"] for r in rows), default=0),
        "oracle": round(s("oracle_chosen") / max(s("oracle"), 1), 4),
        "translated": round(s("translated") / n, 2),
    }


def markdown(human: dict, tool: dict, k: float, by_labeller: dict[str, dict]) -> str:
    def row(name: str, r: dict) -> str:
        return (
            f"| {name} | {r['must_keep_shown']:.1%} | {r['key_precision']:.1%} "
            f"| {r['key_per_article']} (most {r['most_key']}) | {r['oracle']:.1%} "
            f"| {r['translated']} |"
        )

    lines = [
        "# Two labellers: the ceiling of the selection targets (train articles only)",
        "",
        f"Made by `python eval/agreement.py` on {human['articles']} train articles that a second "
        "labeller marked blind (`eval/data/second_opinion.jsonl`): their must-keep figures as the "
        "key line and their oracle sentences as the brief, judged against the first labels "
        "(labelled and checked) with the selection's measures. The tool: its cross-validated "
        "briefs on the same articles.",
        "",
        "| brief | must-keep shown | key figures that are must-keep | key per article "
        "| oracle sentences chosen | sentences per article |",
        "|---|---|---|---|---|---|",
        "| target (issue 12) | ≥ 95 % | ≥ 80 % | ≤ 6 | ≥ 60 % | ≤ 5 |",
        row("second labeller", human),
        row("tool (learned, CV)", tool),
        "",
        f"Cohen's kappa of the two must-keep labellings over every listed figure: {k:.2f}.",
        "",
        "Per second labeller:",
        "",
        "| labeller | articles | must-keep shown | key figures that are must-keep "
        "| oracle sentences chosen |",
        "|---|---|---|---|---|",
    ]
    for name, r in by_labeller.items():
        lines.append(
            f"| {name} | {r['articles']} | {r['must_keep_shown']:.1%} | {r['key_precision']:.1%} "
            f"| {r['oracle']:.1%} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--second", type=Path, default=SECOND)
    ap.add_argument("--data", type=Path, nargs="+", default=DATA)
    ap.add_argument("--out", type=Path, default=ROOT / "eval/results")
    args = ap.parse_args(argv)
    records = {r["id"]: r for r in T.load(args.data)}
    with args.second.open(encoding="utf-8") as fh:
        opinions = [json.loads(line) for line in fh if line.strip()]
    bad = {o["id"]: check(o, records.get(o["id"])) for o in opinions}
    bad = {i: p for i, p in bad.items() if p}
    if bad:
        for i, problems in bad.items():
            print(f"error: {args.second}: {i}: " + "; ".join(problems), file=sys.stderr)
        return 2
    scored = [dict(human_brief(o, records[o["id"]]), by=o["labelled_by"]) for o in opinions]
    rows = [r for r in map(T.article_rows, records.values()) if r["split"] == "train"]
    rows.sort(key=lambda r: r["id"])
    briefs = L.cv_briefs(rows, 1.0, T.FOLDS, L.shipped_settings())
    sample = {o["id"] for o in opinions}
    tool = S.judge([r for r in rows if r["id"] in sample], lambda r: briefs[r["id"]])
    human = summed(scored)
    by_labeller = {
        name: summed([r for r in scored if r["by"] == name])
        for name in sorted({r["by"] for r in scored})
    }
    k = kappa(scored)
    md = markdown(human, tool, k, by_labeller)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "agreement.md").write_text(md, encoding="utf-8")
    payload = {"second_labeller": human, "tool_cv": tool, "kappa": round(k, 4), **by_labeller}
    (args.out / "agreement.json").write_text(json.dumps(payload, indent=1) + "\n")
    print(md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
