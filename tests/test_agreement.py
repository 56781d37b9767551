"""eval/agreement.py: a second labeller's brief judged against the first labels."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from sklearn.metrics import cohen_kappa_score

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("agreement", ROOT / "eval/agreement.py")
agreement = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(agreement)
split_of = sys.modules["check_labels"].split_of

TEXT = (
    "Die Firma hat 500 Stellen gestrichen. "
    "Im Jahr 2014 waren es noch 3000 Beschäftigte. "
    "Der Chef sprach am Montag von 12 Prozent weniger Umsatz."
)


def record(rid: str = "a") -> dict:
    figures = [
        ("500 Stellen", True),
        ("2014", False),
        ("3000 Beschäftigte", True),
        ("am Montag", False),
        ("12 Prozent", True),
    ]
    return {
        "id": rid,
        "text": TEXT,
        "oracle_sentences": [
            "Die Firma hat 500 Stellen gestrichen.",
            "Der Chef sprach am Montag von 12 Prozent weniger Umsatz.",
        ],
        "key_figures": [{"de": de, "en": de, "must_keep": m} for de, m in figures],
    }


def test_a_must_keep_figure_counts_as_shown_in_a_chosen_sentence_or_the_key_line():
    opinion = {
        "must_keep": [2, 3],  # one must-keep, one not
        "oracle_sentences": ["Die Firma hat 500 Stellen gestrichen."],
    }
    r = agreement.human_brief(opinion, record())
    assert r["must_keep"] == 3
    # 500 Stellen through its sentence, 3000 Beschäftigte through the key line; 12 Prozent lost
    assert r["must_keep_shown"] == 2
    assert (r["key"], r["key_must_keep"]) == (2, 1)
    assert (r["oracle"], r["oracle_chosen"]) == (2, 1)
    assert (r["both"], r["second"], r["figures"]) == (1, 2, 5)


def test_kappa_is_cohens_kappa_over_every_listed_figure():
    # two articles: first labels / second labels per figure
    first = [[1, 0, 1, 0, 1], [1, 1, 0, 0]]
    second = [[1, 0, 0, 1, 1], [1, 0, 0, 0]]
    rows = [
        {
            "figures": len(a),
            "must_keep": sum(a),
            "second": sum(b),
            "both": sum(x and y for x, y in zip(a, b, strict=True)),
        }
        for a, b in zip(first, second, strict=True)
    ]
    flat_a = [x for a in first for x in a]
    flat_b = [x for b in second for x in b]
    assert abs(agreement.kappa(rows) - cohen_kappa_score(flat_a, flat_b)) < 1e-12


def test_an_opinion_on_a_test_article_or_with_a_sentence_not_in_the_text_is_refused():
    test_id = next(f"t{n}" for n in range(1000) if split_of(f"t{n}") == "test")
    train_id = next(f"t{n}" for n in range(1000) if split_of(f"t{n}") == "train")
    fine = {"must_keep": [0, 2], "oracle_sentences": ["Die Firma hat 500 Stellen gestrichen."]}
    assert agreement.check(fine, record(train_id)) == []
    assert agreement.check(fine, record(test_id)) == ["not a train article"]
    assert agreement.check(fine, None) == ["no such article"]
    bad = {"must_keep": [0, 9], "oracle_sentences": ["Ein Satz, den es nicht gibt."]}
    problems = agreement.check(bad, record(train_id))
    assert "figure index 9 out of range" in problems
    assert any("not in the text" in p for p in problems)
