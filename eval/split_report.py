"""The German-side judgement on the dev set's fixed train/test split, beside simple baselines.

    .venv/bin/python eval/split_report.py [--data eval/data/dev.jsonl ...] [--out eval/results]
    .venv/bin/python eval/split_report.py --failures train   # the train figures judged wrong

Everything here is measured on the German side (no translation model): what the figure rules
find and how they render it, which figures are ranked key, which sentences are chosen. The
split comes from ``eval/data/check_labels.split_of`` (a hash of the id; the first 11 articles are
train). Only ``train`` may be used to set rules or weights; ``test`` is reported, never tuned on.

Measures, per split (real articles only; the torture records are left out):

* **figures found**: a listed figure whose every digit lies in an extracted figure (a listed
  figure without digits: an extracted figure overlaps it) — ``summarizer.figures.evaluate``.
* **rendering right**: found, and our English equals the listed ``en`` or is the figure part of
  it (the evaluate module's "figure part" rule).
* **rendering right or judged right**: as above, or our English, though not the listed one, was
  judged right for this figure in a blind A/B judgement (``eval/data/rendering_judgements.jsonl``:
  a judge saw the figure in its context and the listed and our English in random order, not
  knowing which was which, and ruled on each by a written rubric). A judgement holds only for the
  English it judged: a rendering that changes is strict again until it is judged.
* **meaning-changing renderings**: found, rendering not right, and the value of our English
  differs from the listed ``en``'s value (both read by ``find_english_figures``, compared by
  value atoms; digit sequences when the listed English holds no figure the reader knows), or
  its qualifier bounds the other side (``less than ten`` for ``nicht weniger als zehn``) —
  ``1-02`` for ``+1:02,4 Min.``, ``500`` for ``500-Millionen-Dollar-Kredit``. A score in the
  wrong order (loser first) counts as a rendering error, not here; so does an English that says
  exactly what the source span says when the listed English adds a scale known only from the
  context (``davon 50`` -> ``50 billion``; ``faithful``).
* **must-keep shown**: a must-keep figure overlaps an extracted figure that is in a chosen
  sentence or marked key (the brief's key-figures line shows every key figure).
* **key precision**: key figures that overlap a must-keep figure, over all key figures.
* the same two measures where **another mention of the same figure** counts (the tool only):
  a must-keep figure is shown when a figure of the same kind and value, and the same English
  but for a qualifier, is in a chosen sentence or key; a key figure is must-keep when it is
  such a mention of one. The labels mark one mention of a repeated figure, sometimes the later
  one, while the reader of the brief sees the figure at either.
* **oracle sentences chosen**: oracle sentences (``oracle_sentences``) of which at least half
  the characters lie in chosen sentences.
* **sentences translated**: chosen sentences per article.

Systems: ``tool`` (the pipeline as it is: extractive, the learned key-figure and sentence models
of ``summarizer/ranking.py``), ``hand-set`` (the hand-set key ranking and sentence scoring the
package used before, kept in ``eval/handset.py``), and the baseline ``lead + first six`` (the lead
sentences within the budget; the first six figures written with digits are key). Below the
table: the learned models' cross-validated numbers on train, as ``eval/train_selection.py``
stored them beside the weights.
"""

from __future__ import annotations

import argparse
import dataclasses
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

from summarizer import pipeline  # noqa: E402
from summarizer.articles import Article  # noqa: E402
from summarizer.figures import de_data  # noqa: E402
from summarizer.figures.check import atoms, same_value  # noqa: E402
from summarizer.figures.english import find_english_figures  # noqa: E402
from summarizer.figures.evaluate import judge_listed  # noqa: E402
from summarizer.ranking import MODEL_FILE, Ranking  # noqa: E402
from summarizer.select import select_lead  # noqa: E402
from summarizer.sentences import split_sentences  # noqa: E402

KEY_LIMIT = 6
SYSTEMS = ("tool", "hand-set", "lead + first six")
DATA = [ROOT / "eval/data/dev.jsonl", ROOT / "eval/data/news.jsonl"]
"""The dev set: its first 14 records and the unseen-news set."""
JUDGEMENTS = ROOT / "eval/data/rendering_judgements.jsonl"


def judgements(path: Path = JUDGEMENTS) -> dict[tuple[str, str, str], bool]:
    """(article id, ``de``, our English) -> judged right, from the blind A/B judgement."""
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return {(r["article"], r["de"], r["ours"]): r["ours_right"] for r in rows}


def judged_right(path: Path = JUDGEMENTS) -> set[tuple[str, str, str]]:
    """(article id, ``de``, our English) judged right."""
    return {k for k, right in judgements(path).items() if right}


def english_atoms(text: str) -> list:
    return sorted(str(a) for f in find_english_figures(text) for a in atoms(f))


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


# Qualifiers by the side of the number they put the truth on; "no fewer than" before "fewer than".
_AT_LEAST = r"no fewer than|no less than|not less than|more than|over|above|at least"
_AT_MOST = r"fewer than|less than|below|under|up to|at most|almost|nearly"
_QUALIFIER = re.compile(rf"\b(?P<ge>{_AT_LEAST})\b|\b(?P<le>{_AT_MOST})\b", re.IGNORECASE)


def direction(text: str) -> str | None:
    """``ge`` or ``le`` for the first qualifier that bounds the number, else None."""
    m = _QUALIFIER.search(text)
    return None if not m else ("ge" if m["ge"] else "le")


# German scale, currency and percent words: outside our figures in a listed span, one of them
# means our rendering dropped it ("500-Millionen-Dollar-Kredit" read as "500").
_LOST_UNIT = re.compile(
    "|".join(
        re.escape(w)
        for w in sorted([*de_data.SCALES, *de_data.CURRENCIES_AFTER, *de_data.PERCENT_WORDS])
    )
)


def faithful(text: str, i: int, j: int, over: list, ours: str) -> bool:
    """Our English says exactly what our figures read in the source, and the listed span holds no
    scale, currency or percent word outside them: a listed English that adds a scale known only
    from the context ("davon 50" -> "50 billion") makes a rendering error, not a changed meaning."""
    covered = {k for f in over for k in range(f.start, f.end)}
    outside = "".join(text[k] for k in range(i, j) if k not in covered)
    source = sorted(str(a) for f in over for a in atoms(f))
    return english_atoms(ours) == source and not _LOST_UNIT.search(outside)


def figure_rows(rec: dict, figures: list, judged: frozenset = frozenset()) -> list[dict]:
    """One row per listed figure: found, rendered right (strictly, or as ``judged`` right),
    meaning changed, must-keep."""
    text = rec["text"]
    rows = []
    for item, span in zip(rec["key_figures"], locate_all(text, rec["key_figures"]), strict=True):
        if span is None:
            continue
        i, j = span
        en = item["en"]
        over, found, _strict, right = judge_listed(text, i, j, en, figures)
        ours = " ".join(f.text for f in over)
        changed = False
        if found and not right and over:
            want_atoms, got_atoms = english_atoms(en), english_atoms(ours)
            if want_atoms and got_atoms:
                changed = want_atoms != got_atoms
            else:
                changed = digits(en) != digits(ours)
            want_dir, got_dir = direction(en), direction(ours)
            changed = changed or bool(want_dir and got_dir and want_dir != got_dir)
            changed = changed and not faithful(text, i, j, over, ours)
        rows.append(
            {
                "de": item["de"],
                "en": en,
                "ours": ours,
                "found": found,
                "right": found and right,
                "judged": found and (right or (rec["id"], item["de"], ours) in judged),
                "changed": changed,
                "must_keep": bool(item.get("must_keep")),
                "span": (i, j),
            }
        )
    return rows


def oracle_share(rec: dict, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """(oracle sentences chosen, oracle sentences) for the chosen sentence spans."""
    hit = total = 0
    for sentence in rec.get("oracle_sentences") or []:
        i = rec["text"].find(sentence)
        if i < 0:
            continue
        total += 1
        j = i + len(sentence)
        inside = sum(max(0, min(j, e) - max(i, s)) for s, e in spans)
        hit += inside * 2 >= j - i
    return hit, total


def same_figure(a, b) -> bool:
    """The same figure, mentioned twice: the same kind and value, and the same English but for
    a qualifier ("2.680 Einwohner", "rund 2.680 Einwohnern": "2,680 inhabitants")."""

    def bare(f) -> str:
        return f.text.removeprefix(f"{f.qualifier} ") if f.qualifier else f.text

    return a is b or (a.kind == b.kind and same_value(a, b) and bare(a) == bare(b))


def judge(rec: dict, figures: list, chosen: set[int], sentences: list, key: set[int]) -> dict:
    """The selection-side measures of one system on one article."""
    rows = figure_rows(rec, figures)
    in_chosen = {n for n, f in enumerate(figures) if f.sentence in chosen}
    must = [r for r in rows if r["must_keep"]]
    shown = shown_by_value = 0
    must_figures: set[int] = set()
    for r in must:
        i, j = r["span"]
        over = {n for n, f in enumerate(figures) if f.start < j and i < f.end}
        must_figures |= over
        shown += bool(over & (in_chosen | key))
        shown_by_value += any(
            same_figure(figures[a], figures[b]) for a in over for b in in_chosen | key
        )
    must_spans = [r["span"] for r in must]
    key_hits = sum(
        any(figures[n].start < j and i < figures[n].end for i, j in must_spans) for n in key
    )
    key_hits_by_value = sum(
        any(same_figure(figures[n], figures[m]) for m in must_figures) for n in key
    )
    spans = [(s.start, s.end) for s in sentences if s.index in chosen]
    oracle_hit, oracle_total = oracle_share(rec, spans)
    return {
        "must_keep": len(must),
        "must_keep_shown": shown,
        "key": len(key),
        "key_must_keep": key_hits,
        "must_keep_shown_by_value": shown_by_value,
        "key_must_keep_by_value": key_hits_by_value,
        "oracle": oracle_total,
        "oracle_chosen": oracle_hit,
        "translated": len(chosen),
    }


def run(records: list[dict], max_words: int = 80, judged: frozenset = frozenset()) -> dict:
    out: dict = {"articles": []}
    settings = pipeline.Settings(strategy="extractive", source_language="de", max_words=max_words)
    for rec in records:
        article = Article(id=rec["id"], text=rec["text"], title=rec.get("title"))
        prepared = pipeline.prepare(article, settings)
        figures = prepared.figures
        tool_key = {n for n, f in enumerate(figures) if f.key}
        tool = judge(rec, figures, set(prepared.chosen), prepared.sentences, tool_key)
        cleaned = prepared.cleaned
        uncut = split_sentences(
            rec["text"], cleaned.body_start, cleaned.body_end, cleaned.skip, lang="de"
        )
        hand_chosen, hand_key = handset.brief(uncut, figures, rec.get("title"), rec["text"])
        hand = judge(rec, figures, set(hand_chosen), uncut, hand_key)
        lead = select_lead(prepared.sentences, max_words)
        first_six = [n for n, f in enumerate(figures) if re.search(r"\d", f.source)][:KEY_LIMIT]
        baseline = judge(rec, figures, set(lead.indices), prepared.sentences, set(first_six))
        rows = figure_rows(rec, figures, judged)
        out["articles"].append(
            {
                "id": rec["id"],
                "split": split_of(rec["id"]),
                "genre": rec.get("genre"),
                "listed": len(rows),
                "found": sum(r["found"] for r in rows),
                "right": sum(r["right"] for r in rows),
                "judged": sum(r["judged"] for r in rows),
                "changed": [
                    f"{r['de']!r} -> {r['ours']!r} (listed {r['en']!r})"
                    for r in rows
                    if r["changed"]
                ],
                "missed": [r["de"] for r in rows if not r["found"]],
                "wrong": [r for r in rows if not r["right"]],
                "tool": tool,
                "hand-set": hand,
                "lead + first six": baseline,
            }
        )
    return out


def totals(articles: list[dict]) -> dict:
    def s(key: str, system: str | None = None) -> int:
        return sum((a[system] if system else a)[key] for a in articles)

    n = max(len(articles), 1)
    result = {
        "articles": len(articles),
        "listed": s("listed"),
        "found": s("found"),
        "right": s("right"),
        "judged": s("judged"),
        "changed": sum(len(a["changed"]) for a in articles),
    }
    for system in SYSTEMS:
        result[system] = {
            "must_keep": s("must_keep", system),
            "must_keep_shown": s("must_keep_shown", system),
            "key": s("key", system),
            "key_must_keep": s("key_must_keep", system),
            "must_keep_shown_by_value": s("must_keep_shown_by_value", system),
            "key_must_keep_by_value": s("key_must_keep_by_value", system),
            "max_key": max((a[system]["key"] for a in articles), default=0),
            "oracle": s("oracle", system),
            "oracle_chosen": s("oracle_chosen", system),
            "translated_per_article": round(s("translated", system) / n, 2),
        }
    return result


def pct(a: int, b: int) -> str:
    return f"{a / b:.1%} ({a}/{b})" if b else "–"


def markdown(by_split: dict[str, dict], data: list[str]) -> str:
    lines = [
        "# German-side judgement on the fixed train/test split",
        "",
        f"Made by `python eval/split_report.py` on {', '.join(f'`{d}`' for d in data)}. "
        "Only **train** may be used to set rules or weights; **test** is never tuned on. "
        "Definitions in the script's docstring. Torture records are left out.",
        "",
        "| measure | target (test) | " + " | ".join(by_split) + " |",
        "|---|---|" + "---|" * len(by_split),
    ]

    def row(label: str, target: str, fn) -> None:
        cells = " | ".join(fn(t) for t in by_split.values())
        lines.append(f"| {label} | {target} | {cells} |")

    row("articles", "", lambda t: str(t["articles"]))
    row("figures found", "≥ 98 %", lambda t: pct(t["found"], t["listed"]))
    row("English rendering right", "≥ 97 %", lambda t: pct(t["right"], t["listed"]))
    row("… right or judged right (blind A/B)", "", lambda t: pct(t["judged"], t["listed"]))
    row("meaning-changing renderings", "0", lambda t: str(t["changed"]))
    for system in SYSTEMS:
        row(
            f"must-keep shown — {system}",
            "≥ 95 %" if system == "tool" else "",
            lambda t, s=system: pct(t[s]["must_keep_shown"], t[s]["must_keep"]),
        )
        row(
            f"key figures that are must-keep — {system}",
            "≥ 80 %" if system == "tool" else "",
            lambda t, s=system: pct(t[s]["key_must_keep"], t[s]["key"]),
        )
        if system == "tool":
            row(
                "… shown, another mention of the same figure counting",
                "",
                lambda t, s=system: pct(t[s]["must_keep_shown_by_value"], t[s]["must_keep"]),
            )
            row(
                "… key figures that are must-keep, the same counting",
                "",
                lambda t, s=system: pct(t[s]["key_must_keep_by_value"], t[s]["key"]),
            )
        row(
            f"oracle sentences chosen — {system}",
            "≥ 60 %" if system == "tool" else "",
            lambda t, s=system: pct(t[s]["oracle_chosen"], t[s]["oracle"]),
        )
        row(
            f"sentences translated per article — {system}",
            "≤ 5" if system == "tool" else "",
            lambda t, s=system: str(t[s]["translated_per_article"]),
        )
        row(
            f"most key figures in one article — {system}",
            "≤ 6" if system == "tool" else "",
            lambda t, s=system: str(t[s]["max_key"]),
        )
    return "\n".join(lines + cv_lines()) + "\n"


def cv_lines() -> list[str]:
    """The learned models' cross-validated numbers on train (stored with the weights)."""
    stored = json.loads((ROOT / "summarizer" / "data" / MODEL_FILE).read_text(encoding="utf-8"))
    names = [f.name for f in dataclasses.fields(Ranking) if f.name not in ("key", "sentence")]
    settings = ", ".join(f"{k} {stored[k]}" for k in names if k in stored)
    lines = [
        "",
        f"5-fold cross-validation on the {stored['train_articles']} train articles "
        "(`eval/train_selection.py`; the tool's settings chosen on it: "
        f"{settings}). Each article's brief is made by models fitted without it:",
        "",
        "| system | must-keep shown | key figures that are must-keep | key figures per article "
        "| oracle sentences chosen | sentences per article |",
        "|---|---|---|---|---|---|",
    ]
    for name, r in stored["cv_train"].items():
        label = "tool (learned, CV)" if name == "learned" else name
        lines.append(
            f"| {label} | {r['must_keep_shown']:.1%} | {r['key_precision']:.1%} "
            f"| {r['key_per_article']} | {r['oracle']:.1%} | {r['translated']} |"
        )
    return lines


def print_failures(articles: list[dict]) -> None:
    """One line per listed figure not rendered right: MISS (not found), CHANGED (the meaning
    changed) or REND (found, English not right), with the listed and our English; an English
    judged right is no failure."""
    for a in articles:
        for r in a["wrong"]:
            if r["judged"]:
                continue
            mark = "MISS" if not r["found"] else ("CHANGED" if r["changed"] else "REND")
            print(f"{mark:7} {a['id'][:28]:28} {r['de']!r} -> {r['en']!r}   ours: {r['ours']!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, nargs="+", default=DATA)
    ap.add_argument("--out", type=Path, default=ROOT / "eval/results")
    # only train: the test split's failures are never looked at (it is what gets published)
    ap.add_argument(
        "--failures",
        choices=["train"],
        help="print the listed figures of this split that are not rendered right, and stop",
    )
    args = ap.parse_args(argv)
    records = []
    for path in args.data:
        with path.open(encoding="utf-8") as fh:
            records += [json.loads(line) for line in fh if line.strip()]
    real = [r for r in records if r.get("reference_brief") is not None]
    result = run(real, judged=frozenset(judged_right()))
    if args.failures:
        print_failures([a for a in result["articles"] if a["split"] == args.failures])
        return 0
    for a in result["articles"]:
        del a["wrong"]
    by_split = {
        split: totals([a for a in result["articles"] if a["split"] == split])
        for split in ("train", "test")
    }
    names = [str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p) for p in args.data]
    md = markdown(by_split, names)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "split.md").write_text(md, encoding="utf-8")
    payload = {"data": names, "totals": by_split, "articles": result["articles"]}
    (args.out / "split.json").write_text(
        json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    print(md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
