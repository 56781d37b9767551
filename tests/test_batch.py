"""``summarize_batch``: the one way through the pipeline (brief, digest, server, Ray, library)."""

import pytest

from summarizer.articles import Article
from summarizer.errors import ModelError, UsageError
from summarizer.pipeline import STAGES, Settings, prepare, summarize_article, summarize_batch
from summarizer.results import STANDIN_WARNING, Brief, Failure
from summarizer.translate import Router
from tests.conftest import SEED, FakeTranslator

SEED_TEXT = SEED.read_text(encoding="utf-8")
GERMAN = "BERLIN (dpa) - Die Bundesregierung hat am Dienstag 1,5 Milliarden Euro bewilligt."
FRENCH = (
    "PARIS (AFP) - Le gouvernement français a annoncé mardi un plan de 1,5 milliard "
    "d'euros pour soutenir les agriculteurs touchés par la sécheresse. Plus de 2000 "
    "exploitations sont concernées, selon le ministère de l'Agriculture."
)


class TwoModels(Router):
    """German to a fake translator; French to a model that is not there."""

    def __init__(self, german):
        super().__init__()
        self.german = german

    def for_language(self, lang):
        if lang == "fr":
            raise ModelError("Model 'Helsinki-NLP/opus-mt-fr-en' is not available offline")
        return self.german, []


def test_results_in_input_order_a_failure_in_its_place():
    fake = FakeTranslator()
    articles = [
        Article(id="seed", text=SEED_TEXT),
        Article(id="empty", text="   "),
        Article(id="fr", text=FRENCH, title="Sécheresse"),
        Article(id="de", text=GERMAN, title="Geld"),
    ]
    results = list(summarize_batch(articles, TwoModels(fake), Settings(), headlines=True))
    assert [r.article.id for r in results] == ["seed", "empty", "fr", "de"]
    seed, empty, fr, de = results
    assert isinstance(seed, Brief) and isinstance(de, Brief)
    assert isinstance(empty, Failure) and empty.kind == "article"
    assert isinstance(fr, Failure) and fr.kind == "model" and "opus-mt-fr-en" in fr.reason
    assert de.headline == "Geld" and seed.headline is None  # the echoing fake "translates" it
    # One translation batch for the sentences of both briefed articles, one for the title
    # (then the retries of sentences whose figures the echo lost).
    assert set(fake.calls[0]) == {s.source for r in (seed, de) for s in r.sentences}
    assert fake.calls[1] == ["Geld"]


def faithful(sentence):
    """The English a good model writes for GERMAN's figures."""
    return sentence.replace("1,5 Milliarden Euro", "1.5 billion euros").replace(
        "am Dienstag", "on Tuesday"
    )


def test_batches_of_batch_size_articles():
    fake = FakeTranslator(faithful)
    articles = [Article(id=str(n), text=GERMAN) for n in range(5)]
    results = list(summarize_batch(articles, fake, Settings(), batch_size=2))
    assert len(results) == 5 and all(isinstance(r, Brief) for r in results)
    assert [len(c) for c in fake.calls] == [2, 2, 1]


def test_events_per_article_and_stage():
    events = []
    article = Article(id="seed", text=SEED_TEXT)
    (brief,) = summarize_batch(
        [article], FakeTranslator(), Settings(), on_event=lambda *e: events.append(e)
    )
    assert [stage for stage, _, _ in events] == list(STAGES)
    # Every event names the article but ``translated``, the progress of a whole batch.
    assert {article_id for stage, article_id, _ in events if stage != "translated"} == {"seed"}
    assert [n for stage, _, n in events if stage == "translated"] == [len(brief.sentences)]
    counts = {stage: n for stage, _, n in events}
    assert counts["read"] == len(SEED_TEXT)
    assert counts["source"] == counts["translate"] >= counts["check"] == len(brief.sentences)


def test_an_explicit_model_fails_before_any_article_work(tmp_path):
    events = []
    results = summarize_batch(
        [Article(id="seed", text=SEED_TEXT)],
        Router(str(tmp_path / "no-such-model")),
        on_event=lambda *e: events.append(e),
    )
    with pytest.raises(ModelError, match="no-such-model"):
        next(results)
    assert events == []


def test_standin_is_a_flag_and_its_warning_stays_in_the_output():
    brief = summarize_article(
        Article(id="seed", text=SEED_TEXT), FakeTranslator(standin=True), Settings()
    )
    assert brief.standin and brief.model.standin
    assert STANDIN_WARNING in brief.to_dict()["warnings"]
    plain = summarize_article(Article(id="seed", text=SEED_TEXT), FakeTranslator(), Settings())
    assert not plain.standin and STANDIN_WARNING not in plain.warnings


def test_summarize_article_raises_what_the_batch_reports():
    with pytest.raises(ValueError, match="no sentences"):
        summarize_article(Article(id="empty", text="   "), FakeTranslator())


def test_an_unknown_strategy_is_an_error():
    with pytest.raises(UsageError, match="unknown strategy 'nope'"):
        prepare(Article(id="seed", text=SEED_TEXT), Settings(strategy="nope"))


def test_a_lost_reformatted_or_invented_figure_is_reported():
    article = Article(id="de", text=GERMAN)
    lost = summarize_article(
        article, FakeTranslator(FakeTranslator.drops(r"1,5 Milliarden Euro|1\.5 billion euros"))
    )
    assert any("missing figure" in w for w in lost.warnings)
    invented = summarize_article(article, FakeTranslator(FakeTranslator.invents("4,711 died.")))
    assert any("invented figure" in w and "4,711" in w for w in invented.warnings)
    kept = summarize_article(article, FakeTranslator(faithful))
    assert {f.status for f in kept.figures if f.source.startswith("1,5")} == {"kept"}
