"""Sentence selection (lead, extractive) on small German texts: real behaviour, no mocks."""

import pytest

from summarizer import ranking
from summarizer.figures import extract_figures, mark_key_figures
from summarizer.figures.key import change_subject, figure_scores
from summarizer.select import (
    MAX_SENTENCES,
    STRATEGIES,
    english_words_estimate,
    main_event,
    select_extractive,
    select_lead,
    sentence_rows,
    terms,
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


def test_sentence_with_a_likely_key_figure_preferred_over_equal_sentence_without():
    twins = make(
        [
            "Die Gemeinde meldet neue Zahlen zur Versorgung.",
            "Die Gemeinde meldet neue Zahlen zur Versorgung heute.",
            "Die Gemeinde meldet neue Zahlen zur Versorgung morgen.",
        ]
    )
    # sentences 1 and 2 are the same length and shape; only sentence 2 carries a key figure
    # (one the key model scores high), so only it may repeat sentence 0
    budget = english_words_estimate(twins[0]) + english_words_estimate(twins[2])
    choice = select_extractive(
        twins,
        budget,
        key_figures_of=lambda i: {7} if i == 2 else set(),
        figure_scores_of=lambda i: [3.0] if i == 2 else [],
    )
    assert 2 in choice.indices and 1 not in choice.indices


def test_figure_gain_prefers_the_sentence_that_carries_likely_must_keep_figures():
    sents = make(
        [
            "Der Stadtrat von Nordhausen hat den Haushalt beschlossen.",
            "Die Opposition kritisierte die lange Debatte im Saal.",
            "Die Schulden steigen auf 12 Millionen Euro bis 2030.",
        ]
    )
    # sentence scores fall with position only: without the figure gain sentence 1 wins
    by_position = ranking.LinearModel(("position",), (-1.0,), (0.0,), (1.0,), 0.0)
    costs = [english_words_estimate(s) for s in sents]
    budget = costs[0] + max(costs[1], costs[2])  # room for one of sentences 1 and 2

    def choose(figure_gain: float) -> list[int]:
        model = ranking.Ranking(by_position, by_position, 0.0, 1, -5.0, 0.0, None, 0.0, figure_gain)
        return select_extractive(
            sents, budget, figure_scores_of=lambda i: [3.0, 3.0] if i == 2 else [], model=model
        ).indices

    assert choose(0.0) == [0, 1]
    assert choose(1.0) == [0, 2]


def test_the_best_set_within_the_budget_not_the_best_sentence_first():
    sents = make(
        [
            "Der Stadtrat von Nordhausen hat den Haushalt beschlossen.",
            "Die Schulden der Stadt steigen bis 2030 auf zwölf Millionen Euro an.",
            "Die Grundsteuer steigt ab dem kommenden Jahr um 5 Prozent.",
            "Das alte Hallenbad im Süden schließt schon im März.",
        ]
    )
    costs = [english_words_estimate(s) for s in sents]
    assert max(costs[2], costs[3]) < costs[1] <= costs[2] + costs[3]
    budget = costs[0] + costs[2] + costs[3]  # room for sentence 1, or for sentences 2 and 3
    flat = ranking.LinearModel(("position",), (0.0,), (0.0,), (1.0,), 0.0)
    model = ranking.Ranking(flat, flat, 0.0, 1, 0.0, 0.0, None, 0.0, 1.0)
    likely = {1: [3.0], 2: [1.0], 3: [1.0]}  # sentence 1 alone carries the most likely figure
    assert ranking.probability(3.0) < 2 * ranking.probability(1.0)
    choice = select_extractive(
        sents, budget, figure_scores_of=lambda i: likely.get(i, []), model=model
    )
    # a greedy pick of sentence 1 would leave room for nothing more; 2 and 3 carry more
    assert choice.indices == [0, 2, 3]


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


RESULTS = (
    "Ergebnisse: 1. Anna Gasser (AUT) 185,50 Pkt., 2. Zoi Sadowski-Synnott (NZL) 177,25, "
    "3. Kokomo Murase (JPN) 171,00, 4. Tess Coady (AUS) 160,75."
)


def test_a_results_list_is_never_a_brief_sentence():
    sents = make(
        [
            "Die Snowboarderin Anna Gasser hat in Peking Gold im Big Air gewonnen.",
            RESULTS,
            "Gasser verteidigte damit ihren Titel von 2018.",
        ]
    )
    figures = [4.0, 4.0, 3.0, 3.0, 2.0, 2.0, 2.0, 2.0]  # the list holds the best-scored figures
    for budget in (20, 80, 400):
        choice = select_extractive(
            sents,
            budget,
            title="Gasser gewinnt Gold",
            figure_scores_of=lambda i: figures if i == 1 else [],
        )
        assert 1 not in choice.indices
        assert choice.indices


def test_every_pick_the_first_too_is_held_to_the_budget():
    long = "Der Gemeinderat hat nach Debatte " + "und weiterer Beratung " * 40 + "beschlossen."
    # the questions are no main event: the overlong sentence is the first pick
    sents = make([long, "Wie geht es weiter?", "Wer zahlt das?"])
    budget = 40
    choice = select_extractive(sents, budget)
    used = sum(min(english_words_estimate(sents[i]), budget) for i in choice.indices)
    assert used <= budget
    assert choice.indices == [0]  # the overlong first pick fills the budget on its own


def test_the_main_event_sentence_is_chosen():
    sents = make(
        [
            "Wie geht es weiter mit dem Hafen?",
            "Der Hamburger Hafen hat im Jahr 2023 weniger Container umgeschlagen.",
            "Der Senat will den Ausbau trotzdem fortsetzen.",
            "Die Reederei MSC hält 49,9 Prozent an der HHLA, wie am Montag bekannt wurde.",
            "Der Umschlag fiel um 6,9 Prozent auf 7,7 Millionen Standardcontainer.",
        ]
    )
    title = "Hamburger Hafen schlägt weniger Container um"
    features, _vectors = sentence_rows(sents, lambda i: [], title=title)
    assert main_event(sents, features) == 1  # not the question, the one that tells the title's
    for budget in (15, 40, 80):
        assert 1 in select_extractive(sents, budget, title=title).indices


@pytest.mark.parametrize(
    "texts, main",
    [
        # a subheadline, then the body after its dateline (DER STANDARD): the body's lead
        (
            [
                "Weniger Container, mehr Sorgen.",
                "Hamburg – Der Hafen hat 2023 weniger umgeschlagen.",
                "Der Senat will trotzdem ausbauen.",
            ],
            1,
        ),
        (
            [
                "Weniger Container, mehr Sorgen.",
                "Der Hafen leidet.",
                "Hamburg (dpa) - Der Hafen hat 2023 weniger umgeschlagen.",
            ],
            2,
        ),
        # wire copy: the dateline opens the text
        (
            [
                "Hamburg (dpa) - Der Hafen hat 2023 weniger umgeschlagen.",
                "Der Senat will ausbauen.",
                "Hamburg – so heißt die Stadt.",
            ],
            0,
        ),
        # no dateline, no title: the first sentence
        (["Der Hafen hat 2023 weniger umgeschlagen.", "Der Senat will ausbauen."], 0),
    ],
)
def test_the_main_event_is_the_body_lead_after_a_dateline(texts, main):
    sents = make(texts)
    text = " ".join(texts)
    features, _vectors = sentence_rows(sents, lambda i: [], text=text)
    assert main_event(sents, features, text) == main
    assert main in select_extractive(sents, 80, text=text).indices


def test_language_data_changes_the_terms_and_the_estimate():
    text = "Le conseil municipal a voté le budget de la ville pour 2024."
    assert "le" not in terms(text, "fr") and "budget" in terms(text, "fr")
    sentence = make([text])[0]
    assert english_words_estimate(sentence, "fr") < english_words_estimate(sentence, "de")


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
    def score(sentence: str) -> float:
        (figure,) = extract_figures(sentence)
        return figure_scores([figure], [0], text=sentence)[0]

    # the same figure, in sentences of the same shape: a record or a change cue raises its score
    record = score("Die Zahl der Anfragen hat mit 3.850 ein Rekordniveau erreicht.")
    assert record > score("Die Zahl der Anfragen hat mit 3.850 ein Jahresniveau erreicht.")
    assert score("Die Zahl der Anfragen stieg auf 3.850 im Jahr.") > score(
        "Die Zahl der Anfragen lag bei 3.850 im Jahr."
    )
    # without the text the context cues are off (the ranking still works)
    text = (
        "Die Behörde legte am Montag ihren Bericht vor. "
        "Im Vorjahr waren es 3.100. "
        "Die Zahl der Anfragen hat mit 3.850 ein Rekordniveau erreicht. "
        "Es wurden 40 Besucher gezählt."
    )
    starts = [0, text.index("Im Vorjahr"), text.index("Die Zahl"), text.index("Es wurden")]
    again = extract_figures(text)
    mark_key_figures(again, starts, limit=1)
    assert sum(f.key for f in again) == 1


def test_body_lead_retells_the_teaser_and_late_sentences_count_by_their_figures():
    teaser = "Gemeinderat beschließt Sanierung des Hallenbads."
    body = make(
        [
            teaser,
            "Der Gemeinderat von Lenzhofen hat am Montag die Sanierung des Hallenbads beschlossen.",
            "Das Wetter war sonnig und viele Familien kamen zur Sitzung.",
            "Die Bürgermeisterin eröffnete die Sitzung pünktlich.",
            "Die Sanierung kostet 4,2 Millionen Euro.",
            "Die Kosten tragen Land und Gemeinde.",
        ]
    )
    text = " ".join(s.text for s in body)
    scores = {4: [2.0]}
    feats, _ = sentence_rows(body, lambda i: scores.get(i, []), text=text)
    # the body lead retells the teaser; an unrelated sentence retells nothing
    assert feats[1]["retells_earlier"] > 0.3 and feats[2]["retells_earlier"] == 0.0
    assert feats[0]["teaser_retold"] > 0.3 and feats[1]["teaser_retold"] == 0.0
    # past the lead block a sentence counts by its best figure, in the lead block it does not
    assert feats[4]["late_figure"] == ranking.probability(2.0)
    assert feats[5]["late_figure"] < 0.01
    lead_block = sentence_rows(body[:3], lambda i: [2.0], text=text)[0]
    assert all(f["late_figure"] == 0.0 for f in lead_block)
    assert all(f["best_probability"] == ranking.probability(2.0) for f in lead_block)
