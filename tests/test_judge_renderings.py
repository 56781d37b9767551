"""eval/judge_renderings.py: blind items out, verdicts in, nothing judged twice."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location(
    "judge_renderings", ROOT / "eval/judge_renderings.py"
)
judge_renderings = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(judge_renderings)
split_report = sys.modules["split_report"]

RECORD = {
    "id": "zug",
    "title": None,
    "text": "Der Zug fuhr am Samstagmittag ab. Er kam nie an.",
    "reference_brief": "The train left at noon on Saturday.",
    "key_figures": [{"de": "Samstagmittag", "en": "at noon on Saturday", "must_keep": True}],
    "oracle_sentences": ["Der Zug fuhr am Samstagmittag ab."],
}


def test_items_hide_which_form_is_ours_and_merged_verdicts_are_not_asked_again(tmp_path):
    [item] = judge_renderings.pending([RECORD], set())
    assert item["label"] == "at noon on Saturday" and item["ours"] != item["label"]
    assert "[[Samstagmittag]]" in item["context"]

    out = tmp_path / "round"
    judge_renderings.write_items([item], out, seed=0)
    [line] = [json.loads(x) for x in (out / "items.jsonl").read_text().splitlines()]
    assert {line["A"], line["B"]} == {item["ours"], item["label"]}
    assert "ours" not in line and "label" not in line and "article" not in line
    [key] = json.loads((out / "key.json").read_text())
    ours_is_a = line["A"] == item["ours"]
    assert key["flip"] == ours_is_a

    # the judge finds our form right and the listed one wrong
    verdict = {"item": line["item"], "A": "right", "B": "wrong", "why": "test"}
    if not ours_is_a:
        verdict["A"], verdict["B"] = "wrong", "right"
    (out / "verdicts.jsonl").write_text(json.dumps(verdict) + "\n")
    judgements = tmp_path / "judgements.jsonl"
    judgements.write_text("")
    assert judge_renderings.merge(out, "judge-T", judgements) == 1
    [row] = [json.loads(x) for x in judgements.read_text().splitlines()]
    assert (row["ours_right"], row["label_right"], row["judged_by"]) == (True, False, "judge-T")
    assert split_report.judged_right(judgements) == {("zug", "Samstagmittag", item["ours"])}
    assert judge_renderings.pending([RECORD], set(split_report.judgements(judgements))) == []


def test_a_missing_or_bad_verdict_names_the_file(tmp_path):
    path = tmp_path / "verdicts.jsonl"
    path.write_text(json.dumps({"item": "i0000", "A": "right", "B": "maybe"}) + "\n")
    with pytest.raises(ValueError, match=r"verdicts.jsonl:1: "):
        judge_renderings.read_verdicts(path, {"i0000"})
    path.write_text(json.dumps({"item": "i0000", "A": "right", "B": "wrong"}) + "\n")
    with pytest.raises(ValueError, match="no verdict for 1 items"):
        judge_renderings.read_verdicts(path, {"i0000", "i0001"})
