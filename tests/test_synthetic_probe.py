"""``eval/synthetic_probe.py`` and its data: how a labelled figure is counted, and that every
label points into its sentence."""

from __future__ import annotations

import pytest

from tests.conftest import eval_module


@pytest.fixture(scope="module")
def probe():
    return eval_module("synthetic_probe")


def test_found_strict_and_figure_part_are_counted_per_label(probe):
    record = {
        "id": "x-1",
        "de": "Der Umsatz stieg um 3,2 Prozent auf 1,5 Milliarden Euro, sagte der Chef am Montag.",
        "figures": [
            {"de": "3,2 Prozent", "en": "3.2 percent", "kind": "percent"},  # strict
            {"de": "1,5 Milliarden Euro", "en": "1.5 billion dollars", "kind": "money"},  # found
            {"de": "am Montag", "en": "on Monday morning", "kind": "date"},  # figure part
        ],
    }
    failures: list[str] = []
    totals = probe.judge([record], failures)
    assert totals == {"sentences": 1, "figures": 3, "found": 3, "strict": 1, "figure part": 2}
    assert len(failures) == 1 and "1,5 Milliarden Euro" in failures[0]


def test_a_label_outside_its_sentence_is_an_error(probe):
    record = {"id": "x-2", "de": "Es kamen 20 Leute.", "figures": [{"de": "30", "en": "30"}]}
    with pytest.raises(ValueError, match="x-2"):
        probe.judge([record])


@pytest.mark.parametrize("part", ["tuned", "held"])
def test_every_label_is_a_span_of_its_sentence(probe, part):
    records = probe.load(part)
    assert len(records) in (1650, 300)
    assert {r["part"] for r in records} == {part}
    assert all(f["de"] in r["de"] for r in records for f in r["figures"])


def test_the_totals_go_to_a_markdown_table(probe, tmp_path, capsys):
    assert probe.main(["--out", str(tmp_path)]) == 0
    table = (tmp_path / "synthetic.md").read_text(encoding="utf-8")
    assert "| tuned | 1650 |" in table and "| held | 300 |" in table
    assert "held   300 sentences" in capsys.readouterr().out
