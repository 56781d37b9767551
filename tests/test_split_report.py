"""eval/split_report.py: a rendering judged right counts only for the English that was judged."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from summarizer.figures import extract_figures

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("split_report", ROOT / "eval/split_report.py")
split_report = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(split_report)

TEXT = "Der Zug fuhr am Samstagmittag ab."
RECORD = {
    "id": "zug",
    "text": TEXT,
    "key_figures": [{"de": "Samstagmittag", "en": "at noon on Saturday", "must_keep": True}],
}


def test_a_judgement_holds_for_the_judged_english_only(tmp_path):
    figures = extract_figures(TEXT, lang="de")
    [strict] = split_report.figure_rows(RECORD, figures)
    assert strict["found"] and not strict["right"] and not strict["judged"]
    ours = strict["ours"]
    assert ours and ours != RECORD["key_figures"][0]["en"]

    path = tmp_path / "judgements.jsonl"
    rows = [
        {"article": "zug", "de": "Samstagmittag", "ours": ours, "ours_right": True},
        {"article": "zug", "de": "Samstagmittag", "ours": "Sunday", "ours_right": False},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    judged = frozenset(split_report.judged_right(path))
    assert judged == {("zug", "Samstagmittag", ours)}
    [row] = split_report.figure_rows(RECORD, figures, judged)
    assert row["judged"] and not row["right"]

    other = frozenset({("zug", "Samstagmittag", ours + " later")})
    [row] = split_report.figure_rows(RECORD, figures, other)
    assert not row["judged"]


REPEATED = (
    "Die Stadt hat nun 2.680 Einwohner. Der Bürgermeister freut sich. "
    "Mit 2.680 Einwohnern ist sie die größte im Tal, sagte er am Montag."
)


def test_another_mention_of_the_same_figure_counts_only_in_the_by_value_measures():
    from summarizer.sentences import split_sentences

    figures = extract_figures(REPEATED, lang="de")
    sentences = split_sentences(REPEATED, 0, len(REPEATED), lang="de")
    for f in figures:
        f.sentence = next(s.index for s in sentences if s.start <= f.start < s.end)
    record = {  # the label marks the later mention, the brief shows the first
        "id": "tal",
        "text": REPEATED,
        "key_figures": [{"de": "2.680 Einwohnern", "en": "2,680 inhabitants", "must_keep": True}],
    }
    first = next(n for n, f in enumerate(figures) if f.source.startswith("2.680"))
    monday = next(n for n, f in enumerate(figures) if f.kind == "date")
    result = split_report.judge(record, figures, {0}, sentences, {first, monday})
    assert (result["must_keep_shown"], result["must_keep_shown_by_value"]) == (0, 1)
    assert (result["key_must_keep"], result["key_must_keep_by_value"]) == (0, 1)
