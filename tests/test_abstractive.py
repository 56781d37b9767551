"""The abstractive strategy on tiny stand-ins: windows, the figure check and its fallback."""

import json
import re

import pytest
from typer.testing import CliRunner

from summarizer.abstractive import BartSummarizer
from summarizer.articles import Article
from summarizer.cli import app
from summarizer.pipeline import Settings, summarize_article
from summarizer.translate import load_translator
from tests.conftest import SEED, FixedSummary


@pytest.fixture(scope="module")
def tiny_bart(tmp_path_factory):
    from summarizer.standin import build_bart

    return build_bart(tmp_path_factory.mktemp("bart") / "tiny-distilbart", tiny=True)


@pytest.mark.slow
def test_long_input_is_windowed_never_truncated(tiny_bart, dev_records):
    bart = BartSummarizer(str(tiny_bart), beams=1)
    bart.window = 120  # a small window so the dev text needs several
    sentences = [s for r in dev_records[:3] for s in r["reference_brief"].split(". ")] * 3
    windows = bart.windows(sentences)
    assert len(windows) > 2
    assert all(bart.count_tokens(w) <= bart.window for w in windows)
    squash = lambda t: re.sub(r"\s+", "", t)  # noqa: E731
    assert squash("".join(windows)) == squash("".join(sentences))
    summary, used = bart.summarize(sentences)
    assert used == len(windows) and summary


@pytest.mark.slow
def test_random_summary_falls_back_to_extractive_and_says_why(tiny_marian, tiny_bart):
    result = CliRunner().invoke(
        app,
        [
            "brief",
            str(SEED),
            "-f",
            "json",
            "--model",
            str(tiny_marian),
            "--summarizer",
            "abstractive",
            "--summary-model",
            str(tiny_bart),
            "--beams",
            "1",
        ],
    )
    assert result.exit_code == 0, result.output
    brief = json.loads(result.stdout)
    assert brief["strategy"]["name"] == "abstractive" and brief["strategy"]["used"] == "extractive"
    assert brief["strategy"]["summary_model"]["standin"] is True
    (why,) = [w for w in brief["warnings"] if w.startswith("abstractive summary rejected")]
    assert "lost key figures" in why and "more than 1,000 containers" in why
    assert brief["sentences"]  # the extractive brief, with its sentences


def test_a_summary_that_keeps_the_key_figures_is_used(tiny_marian):
    article = Article(id="seed", text=SEED.read_text(encoding="utf-8"))
    translator = load_translator(str(tiny_marian), beams=1)
    good = (
        "North Korea shipped more than 1,000 containers of arms to Russia, the White House "
        "said on Friday. The first deliveries of material may already have reached it. "
        "Putin met Kim in September; the two countries grew closer. Hundreds of containers "
        "were shipped between September 7 and October 1."
    )
    brief = summarize_article(
        article, translator, Settings(strategy="abstractive"), summary_model=FixedSummary(good)
    )
    assert brief.strategy["used"] == "abstractive" and brief.sentences == []
    assert brief.brief.endswith(good)
    assert not any("rejected" in w for w in brief.warnings)


def test_an_invented_figure_rejects_the_summary(tiny_marian):
    article = Article(id="seed", text=SEED.read_text(encoding="utf-8"))
    translator = load_translator(str(tiny_marian), beams=1)
    invented = (
        "North Korea shipped more than 1,000 containers, 5,000 tanks and 40 jets on "
        "Friday; first deliveries came in September, hundreds of containers between "
        "September 7 and October 1."
    )
    brief = summarize_article(
        article,
        translator,
        Settings(strategy="abstractive"),
        summary_model=FixedSummary(invented),
    )
    assert brief.strategy["used"] == "extractive"
    assert any("invented figures" in w and "5,000" in w for w in brief.warnings)
