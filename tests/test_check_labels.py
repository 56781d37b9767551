"""eval/data/check_labels.py: the mechanical checks a labelled record must pass."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("check_labels", ROOT / "eval/data/check_labels.py")
check_labels = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_labels)


def record(rid: str, text: str, figures: list[str], source: str = "somewhere") -> dict:
    return {
        "id": rid,
        "source": source,
        "license_note": "test",
        "language": "de",
        "text": text,
        "reference_brief": None,
        "key_figures": [{"de": de, "en": de, "must_keep": False} for de in figures],
    }


def test_two_identical_entries_in_a_row_are_a_problem_until_the_later_is_longer():
    text = "Es kamen 5 Leute am Morgen und 5 Leute am Abend."
    twice = check_labels.check_record(record("x", text, ["5 Leute", "5 Leute"]), new=False)
    assert any("lands where the entry before does" in p for p in twice)
    apart = check_labels.check_record(record("x", text, ["5 Leute", "und 5 Leute"]), new=False)
    assert apart == []


def test_a_10kgnad_row_used_in_two_files_is_named_with_both_places(tmp_path, capsys):
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a = record("a", "Es kamen 5 Leute.", ["5 Leute"], "10kGNAD test.csv CSV row index 12")
    b = record("b", "Es gingen 7 Leute.", ["7 Leute"], "10kGNAD test.csv row 12, Panorama")
    first.write_text(json.dumps(a) + "\n", encoding="utf-8")
    second.write_text(json.dumps(b) + "\n", encoding="utf-8")
    assert check_labels.main([str(first), str(second)]) == 1
    assert f"{second}:1 b: 10kGNAD row 12 also at {first}:1" in capsys.readouterr().out
    check_labels.main([str(second)])
    assert "also at" not in capsys.readouterr().out  # one file alone: the row is used once
