"""The pipeline with fake translators that lose, reformat and invent figures on purpose."""

import re

import pytest

from summarizer.articles import Article
from summarizer.pipeline import Settings, summarize_article
from tests.conftest import SEED
from tests.conftest import FakeTranslator as Fake

SEED_ARTICLE = Article(id="seed", text=SEED.read_text(encoding="utf-8"))


def faithful(sentence):
    """Keeps every digit group as an English figure would read (1000 → 1,000)."""
    text = sentence.replace("mehr als 1000 Container", "more than 1,000 containers")
    text = text.replace(
        "zwischen dem 7. September und 1. Oktober", "between September 7 and October 1"
    )
    return (
        text.replace("Hunderter Container", "hundreds of containers")
        .replace("am Freitag", "on Friday")
        .replace("im September", "in September")
    )


def test_kept_figures_and_key_figures_line():
    brief = summarize_article(SEED_ARTICLE, Fake(faithful), Settings())
    statuses = {
        f.source: f.status
        for f in brief.figures
        if f.sentence in {s["index"] for s in brief.sentences}
    }
    assert statuses and set(statuses.values()) <= {"kept", "repaired"}
    assert "more than 1,000 containers" in brief.key_figures
    assert len([f for f in brief.figures if f.key]) <= 6


def test_a_lost_figure_is_retried_with_its_figures_protected():
    def drops_numbers_unless_english(sentence):
        if "more than 1,000 containers" in sentence:
            return faithful(sentence)  # protected input: the model copies the figure
        return faithful(re.sub(r"mehr als 1000 ", "", sentence))

    fake = Fake(drops_numbers_unless_english)
    brief = summarize_article(SEED_ARTICLE, fake, Settings())
    lead = next(f for f in brief.figures if f.source == "mehr als 1000 Container")
    assert len(fake.calls) == 2 and any("more than 1,000 containers" in s for s in fake.calls[1])
    assert lead.status == "kept"
    assert any("translated again with its figures protected" in w for w in brief.warnings)


def test_a_figure_lost_twice_is_missing_warned_and_in_the_key_line():
    brief = summarize_article(SEED_ARTICLE, Fake(lambda s: "Something happened."), Settings())
    missing = [f for f in brief.figures if f.status == "missing"]
    assert missing
    for f in missing:
        assert f.text in brief.key_figures
        assert any(f"missing figure {f.source!r}" in w for w in brief.warnings)


def test_an_invented_figure_is_flagged():
    brief = summarize_article(
        SEED_ARTICLE, Fake(lambda s: faithful(s) + " 4,711 soldiers died."), Settings()
    )
    assert any("invented figure" in w and "4,711" in w for w in brief.warnings)


@pytest.mark.parametrize("strategy", ["lead", "extractive"])
def test_only_chosen_sentences_are_translated(strategy):
    fake = Fake(faithful)
    brief = summarize_article(SEED_ARTICLE, fake, Settings(strategy=strategy))
    assert fake.calls[0] == [s["source"] for s in brief.sentences]
    assert 1 <= len(brief.sentences) <= 5


def test_key_line_names_what_the_text_cannot_carry():
    from dataclasses import replace

    from summarizer.figures import extract_figures, mark_key_figures
    from summarizer.figures.key import figure_scores, key_figure_indices
    from summarizer.ranking import shipped
    from summarizer.sentences import split_sentences

    text = SEED_ARTICLE.text
    sentences = split_sentences(text, 40)  # past the metadata line
    starts = [s.start for s in sentences]
    figures = extract_figures(text, 40)
    mark_key_figures(figures, starts, text=text)
    before = [f.source for f in figures if f.key]
    assert 1 <= len(before) <= 6 and "mehr als 1000 Container" in before
    # Every sentence shown: the text carries the figures; past the top ones, only those that
    # clear the threshold for shown figures stay key (none without a threshold).
    everything = set(range(len(sentences)))
    scores = figure_scores(figures, starts, text=text)

    def kept(threshold):
        model = replace(shipped(), shown_key_threshold=threshold)
        top = key_figure_indices(
            figures, starts, text=text, shown=everything, scores=scores, model=model
        )
        return [figures[n].source for n in top]

    top = kept(None)
    assert len(top) == min(shipped().always_key, len(before)) and set(top) <= set(before)
    assert kept(max(scores) + 1) == top
    more = kept(min(scores))  # every figure clears it: the line fills up to the limit
    assert more[: len(top)] == top and len(top) < len(more) <= 6
    # Nothing shown: the key line is the one before selection.
    mark_key_figures(figures, starts, text=text, shown=set())
    assert [f.source for f in figures if f.key] == before


def test_a_lost_minus_is_put_back_in_the_brief():
    article = Article(
        id="frost",
        text="In der Nacht auf Montag sanken die Temperaturen in Zwettl auf minus 18 Grad. "
        "Das war der kälteste Wert des Winters.",
    )

    def drops_the_sign(sentence):
        return (
            sentence.replace("In der Nacht auf Montag", "In the night to Monday")
            .replace(
                "sanken die Temperaturen in Zwettl auf minus 18 Grad",
                "temperatures in Zwettl fell to 18 degrees",
            )
            .replace("Das war der kälteste Wert des Winters", "It was the coldest of the winter")
        )

    brief = summarize_article(article, Fake(drops_the_sign), Settings())
    cold = next(f for f in brief.figures if f.source == "minus 18 Grad")
    assert cold.status == "repaired"
    assert "fell to minus 18 degrees" in brief.brief
    assert any("lost minus" in w and "minus 18 Grad" in w for w in brief.warnings)


def test_a_fall_turned_into_a_rise_is_translated_again():
    article = Article(
        id="dax",
        text="Der DAX schloss am Freitag mit einem Minus von 1,3 Prozent. "
        "Händler sprachen von Gewinnmitnahmen.",
    )

    def turns_round_unless_protected(sentence):
        if "1.3 percent" in sentence:  # protected input: the model keeps the figure's sense
            return "The DAX closed down 1.3 percent on Friday."
        if "Minus" in sentence:
            return "The DAX closed up 1.3 percent on Friday."
        return "Traders spoke of profit-taking."

    fake = Fake(turns_round_unless_protected)
    brief = summarize_article(article, fake, Settings())
    fall = next(f for f in brief.figures if f.source == "1,3 Prozent")
    assert fall.status == "kept" and "down 1.3 percent" in brief.brief
    assert any("translated again with its figures protected" in w for w in brief.warnings)


def test_two_figures_that_traded_places_are_translated_again():
    article = Article(
        id="rain",
        text="Im Juli fielen in Lugano 212 Millimeter Regen, in Genf nur 38 Millimeter. "
        "Das war ein Rekord.",
    )

    def swaps_unless_protected(sentence):
        if "212 millimeters" in sentence:  # protected input: the figures stay where they stand
            return "In July, 212 millimeters of rain fell in Lugano, only 38 millimeters in Geneva."
        if "Lugano" in sentence:
            return "In July, 38 millimeters of rain fell in Lugano, only 212 millimeters in Geneva."
        return "That was a record."

    brief = summarize_article(article, Fake(swaps_unless_protected), Settings())
    assert "212 millimeters of rain fell in Lugano" in brief.brief
    assert {f.status for f in brief.figures if "Millimeter" in f.source} == {"kept"}
    assert any("translated again with its figures protected" in w for w in brief.warnings)
