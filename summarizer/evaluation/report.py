"""Markdown, JSON and CSV views of an :func:`~summarizer.evaluation.evaluate.evaluate` result.

JSON (``--format json``): with one HYPS file, the single system object
(``{"rouge1": {"p", "r", "f", "low", "high"}, …, "figures": {…}, "n": …, "signature": "…"}``); with
several, ``{"systems": [system, …], "paired": {…}}`` (a list, in the order of the ``--hyps``
options; each object names itself in ``"system"``). Scores are fractions in 0–1.

Markdown shows the same scores × 100 with their 95 % intervals. CSV (``--csv``): one row per
system and article, the per-article scores behind the means.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from summarizer.evaluation.rouge import ROUGE_TYPES

ROUGE_NAMES = {
    "rouge1": "ROUGE-1",
    "rouge2": "ROUGE-2",
    "rougeL": "ROUGE-L",
    "rougeLsum": "ROUGE-Lsum",
}
OTHER_NAMES = {
    "figure_recall": "figure recall",
    "must_keep_recall": "must-keep recall",
    "chrf": "chrF",
    "bleu": "BLEU",
}


def to_json(result: dict[str, Any]) -> dict[str, Any]:
    systems = result["systems"]
    if len(systems) == 1:
        return systems[0]
    return {"systems": systems, "paired": result["paired"]}


def dumps(result: dict[str, Any]) -> str:
    return json.dumps(to_json(result), ensure_ascii=False, indent=2)


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


def _cell(summary: dict[str, float] | None, key: str) -> str:
    if not summary:
        return "–"
    return f"{_pct(summary[key])} [{_pct(summary['low'])}–{_pct(summary['high'])}]"


def _name(system: dict[str, Any]) -> str:
    name = system["system"]
    return f"{name} ⚠ {system['rouge_note']}" if system.get("rouge_note") else name


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def to_markdown(result: dict[str, Any], details: bool = False) -> str:
    systems = result["systems"]
    level = round(100 * systems[0]["ci"]["level"])
    out: list[str] = []

    out += [f"## ROUGE (F1 × 100, {level} % bootstrap CI)", ""]
    rows = [[_name(s), str(s["n"])] + [_cell(s[t], "f") for t in ROUGE_TYPES] for s in systems]
    out += _table(["system", "n", *ROUGE_NAMES.values()], rows)
    scored = [s for s in systems if s["rouge1"]]
    if scored:
        out += ["", "ROUGE precision, recall and F1 (× 100, means over articles):", ""]
        rows = [
            [s["system"], ROUGE_NAMES[t], *(_pct(s[t][k]) for k in ("p", "r", "f"))]
            for s in scored
            for t in ROUGE_TYPES
        ]
        out += _table(["system", "metric", "precision", "recall", "F1"], rows)
    for s in systems:
        if s.get("rouge_note"):
            out += [
                "",
                f"> **{s['system']}: {s['rouge_note']}.** The model is a stand-in with random "
                "weights; these ROUGE numbers only test the pipeline, not translation quality.",
            ]

    figures = [s for s in systems if s["figures"].get("available")]
    out += ["", f"## Figure fidelity (× 100, {level} % bootstrap CI)", ""]
    if figures:
        rows = []
        for s in figures:
            f = s["figures"]
            invented = "–" if f["invented"] is None else str(f["invented"])
            rows.append(
                [
                    _name(s),
                    str(f["articles"]),
                    f"{f['found']}/{f['listed']}",
                    _cell(f["recall"], "value"),
                    f"{f['must_keep_found']}/{f['must_keep']}",
                    _cell(f["must_keep_recall"], "value"),
                    str(f["rendering_errors"]),
                    invented,
                ]
            )
        out += _table(
            [
                "system",
                "articles",
                "found",
                "recall",
                "must-keep found",
                "must-keep recall",
                "rendering errors",
                "invented",
            ],
            rows,
        )
        text_matched = figures[0]["figures"]["text_matched"]
        out += [
            "",
            f"Figures are matched by value and kind; {text_matched} of "
            f"{figures[0]['figures']['listed']} listed figures have no number the parser reads "
            "and are matched as text.",
        ]
    else:
        out.append(f"Not scored: {systems[0]['figures'].get('reason', 'no key figures')}.")

    sacre = [s for s in systems if "chrf" in s or "bleu" in s]
    if sacre:
        out += ["", f"## Full translations: chrF and BLEU (× 100, {level} % bootstrap CI)", ""]
        rows = [
            [
                _name(s),
                str(s.get("chrf", {}).get("n", "–")),
                _cell(s.get("chrf"), "score"),
                _cell(s.get("bleu"), "score"),
            ]
            for s in sacre
        ]
        out += _table(["system", "n", "chrF", "BLEU"], rows)

    paired = result.get("paired")
    if paired:
        out += [
            "",
            f"## Paired comparison: {paired['a']} vs {paired['b']}",
            "",
            f"{paired['method']}, {paired['trials']:,} trials, seed {paired['seed']}.",
            "",
        ]
        rows = []
        for metric, m in paired["metrics"].items():
            name = ROUGE_NAMES.get(metric) or OTHER_NAMES.get(metric, metric)
            rows.append(
                [
                    name,
                    str(m["n"]),
                    _pct(m["a"]),
                    _pct(m["b"]),
                    f"{100 * m['delta']:+.1f}",
                    f"{m['p']:.4f}",
                ]
            )
        out += _table(["metric", "n", paired["a"], paired["b"], "Δ (× 100)", "p"], rows)

    coverage = []
    for s in systems:
        if s["missing_ids"]:
            coverage.append(
                f"- {s['system']} ({s['file']}): {len(s['missing_ids'])} reference id(s) without "
                f"a brief, not scored: {', '.join(s['missing_ids'])}"
            )
        if s["extra_ids"]:
            coverage.append(
                f"- {s['system']} ({s['file']}): {len(s['extra_ids'])} id(s) not in the "
                f"references, ignored: {', '.join(s['extra_ids'])}"
            )
    if coverage:
        out += ["", "## Coverage", "", *coverage]

    if details:
        for s in systems:
            out += ["", f"## Per article: {s['system']}", ""]
            out += _table(
                [
                    "id",
                    *ROUGE_NAMES.values(),
                    "figures",
                    "must-keep",
                    "missing must-keep",
                    "rendering errors",
                    "invented",
                ],
                [_article_row(a) for a in s["articles"]],
            )

    out += ["", "## Signatures", "", "```"]
    for s in systems:
        for sig in s["signatures"].values():
            out.append(f"{sig}" if len(systems) == 1 else f"{s['system']}: {sig}")
    out += ["```", ""]
    return "\n".join(out)


def _article_row(article: dict[str, Any]) -> list[str]:
    row = [article["id"]] + [_pct(article.get(t)) for t in ROUGE_TYPES]
    f = article.get("figures")
    if not f:
        return row + ["–"] * 5
    rendering = "; ".join(f"{e['brief']} ≠ {e['en']}" for e in f["rendering_errors"])
    invented = "–" if f["invented"] is None else ", ".join(f["invented"]) or "0"
    return [
        *row,
        f"{f['found']}/{f['listed']}",
        f"{f['must_keep_found']}/{f['must_keep']}",
        ", ".join(f["missing_must_keep"]) or "–",
        rendering or "–",
        invented,
    ]


def csv_rows(result: dict[str, Any]) -> tuple[list[str], list[list[Any]]]:
    """Header and rows of the per-article CSV: ROUGE P/R/F1 (fractions in 0–1) and figure
    counts; an empty cell where an article has no such score."""
    header = ["system", "file", "id"]
    header += [f"{t}_{k}" for t in ROUGE_TYPES for k in ("p", "r", "f")]
    header += [
        "figures_found",
        "figures_listed",
        "must_keep_found",
        "must_keep",
        "rendering_errors",
        "invented",
    ]
    rows = []
    for s in result["systems"]:
        for a in s["articles"]:
            rouge = a.get("rouge") or {}
            row = [s["system"], s["file"], a["id"]]
            row += [rouge[t][k] if t in rouge else "" for t in ROUGE_TYPES for k in ("p", "r", "f")]
            f = a.get("figures")
            if f:
                invented = "" if f["invented"] is None else len(f["invented"])
                row += [
                    f["found"],
                    f["listed"],
                    f["must_keep_found"],
                    f["must_keep"],
                    len(f["rendering_errors"]),
                    invented,
                ]
            else:
                row += [""] * 6
            rows.append(row)
    return header, rows


def write_csv(result: dict[str, Any], path: Path) -> None:
    """The per-article scores of every system as CSV (UTF-8, a header line)."""
    from summarizer.errors import UsageError

    header, rows = csv_rows(result)
    try:
        with open(path, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(header)
            writer.writerows(rows)
    except OSError as err:
        raise UsageError(f"{path}: cannot write the CSV ({err.strerror or err})") from None
