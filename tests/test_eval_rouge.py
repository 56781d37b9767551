"""ROUGE: exactly rouge-score's numbers on English, right on German letters, rougeLsum split."""

import json
import unicodedata
from pathlib import Path

import pytest
from rouge_score import rouge_scorer, tokenizers

from summarizer.evaluation.rouge import (
    Rouge,
    Score,
    UnicodeTokenizer,
    lsum_text,
    split_sentences,
)

DEV = Path(__file__).resolve().parent.parent / "eval" / "data" / "dev.jsonl"

ENGLISH_PAIRS = [
    ("The cat sat on the mat.", "The cat was sitting on the mat."),
    (
        "North Korea has delivered more than 1,000 containers of ammunition to Russia, the US "
        "said on Friday. The deliveries began on September 7.",
        "According to the US, North Korea delivered over 1,000 containers to Russia; "
        "deliveries started September 7 and October 1.",
    ),
    (
        "Inflation rose to 3.6% in October — “the highest since January 2015”, Statistics "
        "Austria said.",
        "Statistics Austria said inflation rose 3.6 percent in October, the highest since "
        "January 2015.",
    ),
    ("Zverev won 6-2, 7-6 (7-5) in Montpellier's quarter-final.", "Zverev lost."),
    ("", "Something"),
    ("Prices: €19.99 (up 4.0 %) -- U.S. buyers' costs rose.", "U.S. buyers' costs rose!"),
]


def _dev_briefs() -> list[str]:
    briefs = []
    for line in DEV.read_text(encoding="utf-8").splitlines():
        brief = json.loads(line)["reference_brief"]
        if brief and all(c.isascii() or not c.isalnum() for c in brief):
            briefs.append(brief)
    return briefs


def _english_pairs():
    briefs = _dev_briefs()
    assert len(briefs) >= 5
    return ENGLISH_PAIRS + list(zip(briefs, briefs[1:] + briefs[:1], strict=True))


@pytest.mark.parametrize("stem", [True, False])
def test_same_numbers_as_rouge_score_on_english(stem):
    ours = Rouge("unicode", stem=stem)
    theirs = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=stem)
    lsum = rouge_scorer.RougeScorer(["rougeLsum"], use_stemmer=stem)
    for ref, hyp in _english_pairs():
        mine = ours.score(ref, hyp)
        expected = theirs.score(ref, hyp)
        for t in ("rouge1", "rouge2", "rougeL"):
            assert mine[t].fmeasure == expected[t].fmeasure, (t, ref, hyp)
            assert mine[t].precision == expected[t].precision
            assert mine[t].recall == expected[t].recall
        # rougeLsum: exactly rouge-score's, fed one sentence per line.
        assert (
            mine["rougeLsum"].fmeasure
            == lsum.score(lsum_text(ref), lsum_text(hyp))["rougeLsum"].fmeasure
        )


def test_tokens_identical_to_rouge_score_on_english():
    default = tokenizers.DefaultTokenizer(use_stemmer=True)
    ours = UnicodeTokenizer(use_stemmer=True)
    for ref, hyp in _english_pairs():
        assert ours.tokenize(ref) == default.tokenize(ref)
        assert ours.tokenize(hyp) == default.tokenize(hyp)


def test_german_letters_are_kept_where_rouge_score_deletes_them():
    default = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    ours = Rouge()
    # Different names: rouge-score turns both into "m ller" and calls them a perfect match.
    ref, hyp = "Müller won in Köln", "Möller won in Kiel"
    # "m ller won in k ln" vs "m ller won in kiel": 4 of 6 and 4 of 5 tokens match.
    assert default.score(ref, hyp)["rouge1"].fmeasure == pytest.approx(8 / 11)  # wrong
    assert ours.score(ref, hyp)["rouge1"].fmeasure == pytest.approx(2 / 4)  # won, in
    ref, hyp = "Müller won", "Möller won"
    assert default.score(ref, hyp)["rouge2"].fmeasure == 1.0  # wrong
    assert ours.score(ref, hyp)["rouge2"].fmeasure == 0.0
    # ß and é survive as letters: one token each, not two fragments.
    assert UnicodeTokenizer(use_stemmer=False).tokenize("Die Straße, Café-Besitzer") == [
        "die",
        "straße",
        "café",
        "besitzer",
    ]
    assert tokenizers.DefaultTokenizer().tokenize("Straße Café") == ["stra", "e", "caf"]


def test_decomposed_umlauts_match_composed_ones():
    decomposed = unicodedata.normalize("NFD", "Nordhäuser Jänner")
    assert decomposed != "Nordhäuser Jänner"
    assert Rouge().score("Nordhäuser Jänner", decomposed)["rouge1"].fmeasure == 1.0


def test_stemming_is_on_by_default():
    assert Rouge().score("containers delivered", "container deliver")["rouge1"].fmeasure == 1.0
    unstemmed = Rouge(stem=False).score("containers delivered", "container deliver")
    assert unstemmed["rouge1"].fmeasure == 0.0


def test_rougelsum_uses_sentences_not_one_line():
    ref = "The agency reported the figures. Unemployment fell by 48,000 people."
    hyp = "Unemployment fell by 48,000 people. The agency reported the figures."
    scores = Rouge().score(ref, hyp)
    assert scores["rougeLsum"].fmeasure == 1.0
    assert scores["rougeL"].fmeasure < 0.7
    # The trap: rouge-score on unsplit text makes rougeLsum identical to rougeL.
    trap = rouge_scorer.RougeScorer(["rougeL", "rougeLsum"], use_stemmer=True).score(ref, hyp)
    assert trap["rougeLsum"].fmeasure == trap["rougeL"].fmeasure == scores["rougeL"].fmeasure


def test_sentence_split():
    text = (
        "The U.S. said Mr. Kim met J. Smith at 11:50 p.m. The meeting ended. "
        '"It was good," he said. Prices rose 3.2 percent to 1,000 euros. In 2014, 28 '
        "countries agreed!\nA new line"
    )
    assert split_sentences(text) == [
        "The U.S. said Mr. Kim met J. Smith at 11:50 p.m.",
        "The meeting ended.",
        '"It was good," he said.',
        "Prices rose 3.2 percent to 1,000 euros.",
        "In 2014, 28 countries agreed!",
        "A new line",
    ]
    assert split_sentences("") == []


def test_ascii_without_stemming_is_rouge_score_exactly():
    """`eval --tokenizer ascii --no-stem` gives rouge-score's defaults' numbers, German letters
    (which both delete) included; rougeLsum as rouge-score gives it on one sentence a line."""
    ours = Rouge("ascii", stem=False)
    theirs = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL", "rougeLsum"])
    pairs = [
        *_english_pairs(),
        ("Müller beat Möller in Köln. The match lasted 3 hours.", "Möller lost in Köln."),
        ("Die Straße zum Café ist gesperrt.", "The Straße to the Café is closed."),
    ]
    for ref, hyp in pairs:
        mine = ours.score(ref, hyp)
        expected = theirs.score(lsum_text(ref), lsum_text(hyp))
        for t, score in expected.items():
            assert mine[t].precision == score.precision, (t, ref, hyp)
            assert mine[t].recall == score.recall, (t, ref, hyp)
            assert mine[t].fmeasure == score.fmeasure, (t, ref, hyp)
        # rouge1/2/L need no sentence split: rouge-score's on the raw text.
        raw = theirs.score(ref, hyp)
        assert all(mine[t] == Score(*raw[t]) for t in ("rouge1", "rouge2", "rougeL"))
