"""Sentence selection (lead, extractive) on small German texts: real behaviour, no mocks."""

from summarizer.figures import extract_figures, mark_key_figures
from summarizer.figures.key import change_subject
from summarizer.select import (
    MAX_SENTENCES,
    STRATEGIES,
    english_words_estimate,
    select_extractive,
    select_lead,
    words,
)
from summarizer.sentences import Sentence


def make(texts: list[str]) -> list[Sentence]:
    out, pos = [], 0
    for i, t in enumerate(texts):
        out.append(Sentence(i, pos, pos + len(t), t))
        pos += len(t) + 1
    return out


ARTICLE = make(
    [
        "Der Stadtrat von Nordhausen hat den neuen Nordpark am Freitag eröffnet.",
        "Die Kosten für den Nordpark belaufen sich auf rund 560.000 Euro aus der Förderung.",
        "Das Wetter war sonnig und viele Familien kamen in den Park.",
        "Der Nordpark bietet Spielgeräte für Kinder und Jugendliche aus Nordhausen.",
        "Zudem wurden alte Betonplatten im Nordpark wiederverwendet.",
        "Die Stadt plant weitere Spielplätze in anderen Stadtteilen von Nordhausen.",
    ]
)


def test_strategies_registered():
    assert set(STRATEGIES) >= {"lead", "extractive"}


def test_deterministic():
    a = select_extractive(ARTICLE, 40, title="Nordpark eröffnet")
    b = select_extractive(ARTICLE, 40, title="Nordpark eröffnet")
    assert a.indices == b.indices and a.scores == b.scores


def test_article_order_and_budget():
    for budget in (15, 30, 45, 80):
        choice = select_extractive(ARTICLE, budget)
        assert choice.indices == sorted(choice.indices)
        used = sum(english_words_estimate(ARTICLE[i]) for i in choice.indices)
        assert used <= budget or len(choice.indices) == 1


def test_at_most_max_sentences():
    many = make([f"Satz Nummer {i} über den Haushalt der Stadt Nordhausen." for i in range(20)])
    assert len(select_extractive(many, 1000).indices) <= MAX_SENTENCES


def test_key_figure_sentence_preferred_over_equal_sentence_without():
    twins = make(
        [
            "Die Gemeinde meldet neue Zahlen zur Versorgung.",
            "Die Gemeinde meldet neue Zahlen zur Versorgung heute.",
            "Die Gemeinde meldet neue Zahlen zur Versorgung morgen.",
        ]
    )
    # sentences 1 and 2 are the same length and shape; only sentence 2 carries a key figure
    budget = english_words_estimate(twins[0]) + english_words_estimate(twins[2])
    choice = select_extractive(twins, budget, key_figures_of=lambda i: {7} if i == 2 else set())
    assert 2 in choice.indices and 1 not in choice.indices


def test_redundancy_keeps_out_near_duplicate():
    texts = [
        "Die Inflationsrate in Österreich betrug im Oktober 0,7 Prozent.",
        "Die Inflationsrate in Österreich betrug im Oktober 0,7 Prozent laut Statistik.",
        "Restaurants und Hotels wurden deutlich teurer als im Vorjahr.",
    ]
    sents = make(texts)
    choice = select_extractive(sents, 200)
    assert not {0, 1} <= set(choice.indices)
    assert 2 in choice.indices


def test_dangling_opener_penalised():
    sents = make(
        [
            "Der Bund investiert in neue Bahnstrecken im Osten des Landes.",
            "Die Bahn baut neue Strecken im Osten.",
            "Dabei baut die Bahn neue Strecken im Osten.",
        ]
    )
    scores = select_extractive(sents, 200).scores
    assert scores[2] < scores[1]


def test_lead_baseline_takes_first_sentences_within_budget():
    choice = select_lead(ARTICLE, 30)
    assert choice.indices == list(range(len(choice.indices)))
    used = sum(english_words_estimate(ARTICLE[i]) for i in choice.indices)
    assert used <= 30
    nxt = len(choice.indices)
    assert used + english_words_estimate(ARTICLE[nxt]) > 30
    # a first sentence longer than the budget is still taken (the brief is never empty)
    assert select_lead(ARTICLE, 1).indices == [0]


def test_numbers_count_as_one_word():
    assert words("um 133.000 auf 2.462.000") == 4
    assert words("rund 80’000 Franken und 1 000 Container") == 6
    assert words("um 0,3 Prozentpunkte auf 5,4 Prozent") == 6
    assert words("6:2, 7:6 (7:5)") == 3


def test_change_subject_cue():
    text = "Die Arbeitslosigkeit hat um 48.000 abgenommen, die Quote stieg von 5,1 auf 5,4 Prozent."
    figs = {f.source: f for f in extract_figures(text)}
    assert change_subject(figs["48.000"], text)
    assert change_subject(figs["5,4 Prozent"], text)


def test_key_ranking_prefers_change_and_record_figures_with_text():
    text = (
        "Die Behörde legte am Montag ihren Bericht vor. "
        "Im Vorjahr waren es 3.100. "
        "Die Zahl der Anfragen hat mit 3.850 ein Rekordniveau erreicht. "
        "Es wurden 40 Besucher gezählt."
    )
    starts = [0, text.index("Im Vorjahr"), text.index("Die Zahl"), text.index("Es wurden")]
    figs = extract_figures(text)
    mark_key_figures(figs, starts, limit=1, text=text)
    assert [f.source for f in figs if f.key] == ["3.850"]
    # without the text the context cues are off (the ranking still works)
    again = extract_figures(text)
    mark_key_figures(again, starts, limit=1)
    assert sum(f.key for f in again) == 1
