"""``eval/check_probe.py`` and its data: how a caught error and a false alarm are counted, and
that every error points into its sentence and its translation."""

from __future__ import annotations

import pytest

from tests.conftest import eval_module

ITEM = {
    "id": "x-1",
    "de": "In der Nacht hatte es minus 5 Grad, die Firma zahlte mehr als 1000 Euro.",
    "translations": [
        {
            "en": "At night it was minus 5 degrees; the firm paid more than 1,000 euros.",
            "error": None,
        },
        {
            "en": "At night it was 5 degrees; the firm paid more than 1,000 euros.",
            "error": {"kind": "sign", "de": "minus 5 Grad", "en": "5 degrees"},
        },
        {
            "en": "At night it was minus 5 degrees; the firm paid more than 1,000 dollars.",
            "error": {"kind": "currency", "de": "mehr als 1000 Euro", "en": "1,000 dollars"},
        },
        {
            "en": "At night it was minus 5 degrees; the firm paid 7 men more than 1,000 euros.",
            "error": {"kind": "invented", "de": None, "en": "7 men"},
        },
        {
            "en": "At night it was minus 5 degrees; the firm paid.",
            "error": {"kind": "dropped", "de": "mehr als 1000 Euro", "en": None},
        },
    ],
}
# the check cannot see this error (two counts swapped with no word written alike in both
# languages to tie them), and the correct translation's "in 2024" has no German counterpart: a
# false alarm
UNSEEN = {
    "id": "x-2",
    "de": "Die Beamten nahmen 87 Führerscheine ab und beschlagnahmten 14 Fahrzeuge.",
    "translations": [
        {"en": "Officers revoked 87 licences and seized 14 vehicles in 2024.", "error": None},
        {"en": "Officers revoked 14 licences and seized 87 vehicles.",
         "error": {"kind": "swapped", "de": "87", "en": "14 licences"}},
    ],
}  # fmt: skip


@pytest.fixture(scope="module")
def probe():
    return eval_module("check_probe")


def test_caught_errors_and_false_alarms_are_counted(probe):
    counts = probe.judge_item(ITEM)
    assert counts["correct"] == counts["correct clean"] == 1
    assert counts["wrong"] == counts["caught"] == 4 and counts["false alarms"] == 0
    assert all(counts[f"caught {k}"] == 1 for k in ("sign", "currency", "invented", "dropped"))


def test_a_missed_error_and_a_false_alarm_are_listed(probe):
    failures: list[str] = []
    counts = probe.judge_item(UNSEEN, failures)
    assert counts["correct clean"] == 0 and counts["false alarms"] == 1
    assert counts["wrong swapped"] == 1 and counts["caught swapped"] == 0
    assert failures[0].startswith("ALARM x-2") and "invented '2024'" in failures[0]
    assert failures[1].startswith("MISSED swapped")


def test_the_second_figure_of_a_swap_is_part_of_the_error(probe):
    de = "Im Juli fielen in Lugano 212 Millimeter Regen, in Genf nur 38 Millimeter."
    en = "In July, 38 millimeters of rain fell in Lugano but only 212 millimeters in Geneva."
    swap = {"kind": "swapped", "de": "212 Millimeter", "en": "38 millimeters"}
    counts = probe.judge_item({"id": "x-3", "de": de, "translations": [{"en": en, "error": swap}]})
    assert counts["caught swapped"] == 1 and counts["false alarms"] == 0
    # the same report on an error of another kind: the second figure is an alarm
    other = dict(swap, kind="digits")
    counts = probe.judge_item({"id": "x-4", "de": de, "translations": [{"en": en, "error": other}]})
    assert counts["caught digits"] == 1 and counts["false alarms"] == 1


@pytest.mark.parametrize("part", ["tuned", "held"])
def test_every_error_is_a_span_of_its_sentence_and_translation(probe, part):
    items = probe.load(part)
    assert len(items) == {"tuned": 1760, "held": 200}[part]
    assert {i["part"] for i in items} == {part}
    for item in items:
        errors = [t["error"] for t in item["translations"] if t["error"]]
        assert len(errors) < len(item["translations"])  # a correct translation in each
        for tr in item["translations"]:
            error = tr["error"]
            if error:
                assert error["kind"] in probe.KINDS
                assert error["de"] is None or error["de"] in item["de"]
                assert error["en"] is None or error["en"] in tr["en"]


def test_the_totals_go_to_a_markdown_table(probe, tmp_path, capsys):
    assert probe.main(["--out", str(tmp_path)]) == 0
    table = (tmp_path / "check_probe.md").read_text(encoding="utf-8")
    assert "| tuned |" in table and "| held |" in table and "| held sign |" in table
    assert "held   correct translations" in capsys.readouterr().out
