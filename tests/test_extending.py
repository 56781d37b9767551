"""Adding a strategy: one class and one registry entry (README "Extending")."""

import json

from typer.testing import CliRunner

from summarizer import Article, Settings, summarize_article
from summarizer.cli import app
from summarizer.select import Choice
from summarizer.strategies import STRATEGIES
from summarizer.strategies.sentences import SentenceStrategy
from tests.conftest import SEED, FakeTranslator

SEED_TEXT = SEED.read_text(encoding="utf-8")


class FirstSentence(SentenceStrategy):
    """The brief is the article's first sentence."""

    def select(self, sentences, budget, **context):
        return Choice([sentences[0].index], {sentences[0].index: 1.0})


def test_a_registered_strategy_briefs_through_the_library(monkeypatch):
    monkeypatch.setitem(STRATEGIES, "first-sentence", "tests.test_extending:FirstSentence")
    brief = summarize_article(
        Article(id="seed", text=SEED_TEXT), FakeTranslator(), Settings(strategy="first-sentence")
    )
    assert [s.index for s in brief.sentences] == [0]
    assert brief.to_dict()["strategy"]["name"] == "first-sentence"


def test_a_registered_strategy_briefs_through_the_cli(monkeypatch, tiny_marian):
    monkeypatch.setitem(STRATEGIES, "first-sentence", "tests.test_extending:FirstSentence")
    args = ["brief", str(SEED), "-f", "json", "--model", str(tiny_marian), "--beams", "1"]
    result = CliRunner().invoke(app, [*args, "--summarizer", "first-sentence"])
    assert result.exit_code == 0, result.output
    brief = json.loads(result.stdout)
    assert [s["index"] for s in brief["sentences"]] == [0]
    assert brief["strategy"]["name"] == "first-sentence"


def test_an_unregistered_strategy_is_a_usage_error():
    result = CliRunner().invoke(app, ["brief", str(SEED), "--summarizer", "first-sentence"])
    assert result.exit_code == 2
    assert "'first-sentence' is not one of 'extractive', 'lead', 'abstractive'" in result.output


class NeedsSecondModel(FirstSentence):
    needs_summary_model = True


def test_the_server_offers_the_strategies_that_need_no_second_model(monkeypatch):
    from summarizer.serve.app import STRATEGIES as SERVED
    from summarizer.strategies import needs_summary_model

    assert needs_summary_model("abstractive") and not needs_summary_model("lead")
    assert tuple(name for name in STRATEGIES if name != "abstractive") == SERVED
    monkeypatch.setitem(STRATEGIES, "first-sentence", "tests.test_extending:FirstSentence")
    monkeypatch.setitem(STRATEGIES, "needs-bart", "tests.test_extending:NeedsSecondModel")
    assert not needs_summary_model("first-sentence") and needs_summary_model("needs-bart")
