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
