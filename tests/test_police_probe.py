"""``eval/police_probe.py``: the police reports of both parts are well formed, and the probe
judges a label where it stands in the text."""

from __future__ import annotations

import pytest

from tests.conftest import eval_module


@pytest.fixture(scope="module")
def probe():
    return eval_module("police_probe")


@pytest.mark.parametrize("part", ["tuned", "held"])
def test_every_label_is_a_span_of_its_report_in_order(probe, part):
    records = probe.load(part)
    assert len(records) == 40 and {r["part"] for r in records} == {part}
    for rec in records:
        assert rec["source"].startswith("Polizei Berlin") and rec["link"].startswith("https://")
        cursor = 0
        for label in rec["figures"]:
            i = rec["text"].find(label["de"], cursor)
            i = i if i >= 0 else rec["text"].find(label["de"])
            assert i >= 0, (rec["id"], label["de"])
            cursor = i + len(label["de"])


def test_a_label_is_judged_at_its_own_place(probe):
    # "drei" must not be looked for inside the earlier "dreißig"
    record = {
        "id": "x-1",
        "text": "Etwa dreißig Menschen sahen zu, als drei Männer gegen 4 Uhr flüchteten.",
        "figures": [
            {"de": "Etwa dreißig Menschen", "en": "about thirty people", "kind": "count"},
            {"de": "drei Männer", "en": "three men", "kind": "count"},
            {"de": "gegen 4 Uhr", "en": "around 4:00 a.m.", "kind": "time"},
        ],
    }
    totals = probe.judge([record])
    assert totals["figures"] == 3 and totals["found"] == 3 and totals["strict"] == 3


def test_the_totals_go_to_a_markdown_table(probe, tmp_path, capsys):
    assert probe.main(["--out", str(tmp_path)]) == 0
    table = (tmp_path / "police.md").read_text(encoding="utf-8")
    assert "| tuned | 40 | 313 |" in table and "| held | 40 | 283 |" in table
    out = capsys.readouterr().out
    assert "tuned  40 reports, 313 figures" in out and "held   40 reports, 283 figures" in out


def test_the_two_parts_share_no_report(probe):
    tuned, held = probe.load("tuned"), probe.load("held")
    assert not {r["link"] for r in tuned} & {r["link"] for r in held}
    assert not {r["id"] for r in tuned} & {r["id"] for r in held}


def test_failures_list_a_miss_with_its_context(probe):
    record = {
        "id": "x-2",
        "text": "Ein Mann wurde gegen 4 Uhr festgenommen.",
        "figures": [{"de": "gegen 4 Uhr", "en": "at noon", "kind": "time"}],
    }
    lines: list[str] = []
    probe.judge([record], lines)
    assert len(lines) == 1 and lines[0].startswith("REND x-2 'gegen 4 Uhr' -> 'at noon'")
    assert "festgenommen" in lines[0]
