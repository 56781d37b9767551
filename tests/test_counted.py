"""The key line says what a bare figure counts (``summarizer.counted``): the words after the
figure found on the German side, translated by the brief's model in one batch, kept only where
the figure check passes the answer."""

from __future__ import annotations

import pytest

from summarizer import Article, summarize_batch
from summarizer.counted import accepted, counted_end, is_bare
from summarizer.figures import extract_figures
from summarizer.figures.model import Figure
from summarizer.langdata import for_language
from summarizer.pipeline import Settings
from summarizer.render import to_markdown
from tests.conftest import FakeTranslator

# Real sentences of the dev set's train articles: (sentence, the figure, what the model gets).
COUNTED = [
    ("Im letzten Jahr haben rund 860'000 Lastwagen die Alpen durchquert.", "rund 860'000",
     "rund 860'000 Lastwagen"),
    ("Die drei größten ukrainischen Banken – Privatbank, Savings Bank of Ukraine und Ukreximbank "
     "– bewertet Moodys mit dem zweitschlechtesten Rating Ca.", "drei",
     "drei größten ukrainischen Banken"),
    ("Schumacher hatte die Geschichte Ferraris mit fünf WM-Titeln nacheinander geprägt wie kein "
     "Zweiter.", "fünf", "fünf WM-Titeln"),
    ("Rund 480.000 Todesfälle gehen in den USA demnach jährlich auf Folgen des Rauchens zurück.",
     "Rund 480.000", "Rund 480.000 Todesfälle"),
    ("An einem Kadaver können sich Dutzende oder gar Hunderte Vögel einfinden.", "Hunderte",
     "Hunderte Vögel"),
    # no noun follows: nothing to translate
    ("31 weitere wurden demnach verletzt, vier von ihnen schwer.", "31", None),
    ("Außerdem könnten ihnen noch die 120 intensiven, letztlich unbelohnten Minuten gegen Dinamo "
     "Minsk in den Knochen stecken.", "120", None),
    ("Waren es 2014 noch neun, seien es im vergangenen Jahr nur mehr zwei gewesen.", "neun", None),
    ("Schon bei iOS 7 und 8 klagten einige Nutzer des iPhone 4 bzw. 4s über Probleme.", "4", None),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "figure", "phrase"), COUNTED)
def test_the_words_a_bare_figure_counts(sentence, figure, phrase):
    (f,) = [f for f in extract_figures(sentence) if f.source == figure]
    assert is_bare(f)
    end = counted_end(sentence, f, for_language("de"))
    assert (sentence[f.start : end] if end is not None else None) == phrase


def test_a_figure_with_its_noun_already_is_not_bare():
    (f,) = extract_figures("Mehr als 300 Menschen kamen ums Leben.")
    assert f.text == "more than 300 people" and not is_bare(f)


@pytest.mark.parametrize(
    ("lang", "text", "phrase"),
    [
        ("fr", "Les secours ont livré environ 70 000 tentes.", "70 000 tentes"),
        ("es", "Los equipos entregaron unas 70.000 tiendas de campaña.", "70.000 tiendas"),
        ("fr", "Il y en avait 70 000 dans la région.", None),  # "dans": a stopword
    ],
)
def test_french_and_spanish_take_the_plural_noun_after_the_number(lang, text, phrase):
    digits = "70 000" if lang == "fr" else "70.000"
    start = text.index(digits)
    f = Figure(digits, start, start + len(digits), "number", 70000, "70,000")
    end = counted_end(text, f, for_language(lang))
    assert (text[start:end] if end is not None else None) == phrase


def _figure(sentence: str, source: str) -> Figure:
    (f,) = [f for f in extract_figures(sentence) if f.source == source]
    return f


SENTENCE = "Nach dem Erdbeben haben Helfer rund 70.000 Zelte in die Region gebracht."


@pytest.mark.parametrize(
    ("answer", "kept"),
    [
        ("Around 70,000 tents.", "around 70,000 tents"),  # a phrase, not a sentence
        ("about 70,000 tents", "about 70,000 tents"),
        ("70,000 tents", None),  # the qualifier lost: the check reports the figure changed
        ("around 7,000 tents", None),  # other digits
        ("around 70,000", None),  # no word beyond the figure's own English
        ("around 70,000 tents in 2015", None),  # an invented figure
        ("around 70,000 tents were brought to the region by the helpers after the quake", None),
    ],
)
def test_the_model_answer_is_kept_only_where_the_check_passes_it(answer, kept):
    f = _figure(SENTENCE, "rund 70.000")
    assert accepted(f, "rund 70.000 Zelte", answer, SENTENCE, "de") == kept


ARTICLE = (
    "Nach dem Erdbeben haben Helfer rund 70.000 Zelte in die Region gebracht. "
    "Die Regierung sprach am Montag von einer schweren Lage. "
    "Mehr als 300 Menschen kamen ums Leben."
)


def _brief(translator, text: str = ARTICLE):
    (brief,) = summarize_batch([Article(id="quake", text=text)], translator, Settings())
    return brief


def test_the_key_line_names_what_the_figure_counts():
    phrases = {"rund 70.000 Zelte": "Around 70,000 tents."}
    fake = FakeTranslator(lambda s: phrases.get(s, s))
    brief = _brief(fake)
    # the sentences in one batch, then the figures' words in one more
    assert fake.calls[-1] == ["rund 70.000 Zelte"]
    data = brief.to_dict()
    assert data["key_figures"] == ["around 70,000 tents", "more than 300 people"]
    (tents,) = [f for f in data["figures"] if f["source"] == "rund 70.000"]
    assert tents["text"] == "around 70,000"  # the figure's own rendering stays as it was
    assert (tents["key_text"], tents["key_source"]) == ("around 70,000 tents", "rund 70.000 Zelte")
    assert "**Key figures:** around 70,000 tents · more than 300 people" in to_markdown(data)


def test_an_answer_that_loses_the_figure_leaves_the_key_line_as_it_was():
    fake = FakeTranslator(lambda s: "tents" if s == "rund 70.000 Zelte" else s)
    data = _brief(fake).to_dict()
    assert data["key_figures"] == ["around 70,000", "more than 300 people"]
    assert all(f["key_text"] is None for f in data["figures"])


def test_a_failed_translation_of_the_words_keeps_the_brief():
    def rule(sentence):
        if sentence == "rund 70.000 Zelte":
            raise ValueError("the model ran out of memory")
        return sentence

    brief = _brief(FakeTranslator(rule))
    assert brief.key_figures == ["around 70,000", "more than 300 people"]
    assert any("what they count was not translated" in w for w in brief.warnings)


def test_nothing_more_is_translated_where_every_key_figure_has_its_noun():
    fake = FakeTranslator()
    _brief(fake, "Mehr als 300 Menschen kamen ums Leben. Die Regierung sprach von 12 Toten.")
    assert len(fake.calls) == 1


def test_a_brief_left_in_its_language_translates_nothing_more():
    from summarizer.translate.none import SourceOnlyTranslator

    batches: list[list[str]] = []

    class Recording(SourceOnlyTranslator):
        def translate(self, sentences):
            batches.append(list(sentences))
            return super().translate(sentences)

    brief = _brief(Recording())
    assert ["rund 70.000 Zelte"] not in batches
    assert brief.key_figures[0] == "around 70,000"  # the key line as it was


def test_the_digest_page_shows_the_words_the_named_figure_came_from():
    from summarizer.digest_html import figure_chip

    data = _brief(FakeTranslator(lambda s: {"rund 70.000 Zelte": "around 70,000 tents"}.get(s, s)))
    entry = data.to_dict()
    chips = [figure_chip(entry, k) for k in entry["key_figures"]]
    assert chips[0] == (
        '<span>around 70,000 tents <small lang="de">rund 70.000 Zelte</small></span>'
    )
    assert "Mehr als 300 Menschen" in chips[1]
