"""Briefs without translation: --source-only (the "none" backend) and English articles,
and warnings that number sentences as a reader does."""

import json

from typer.testing import CliRunner

from summarizer.articles import Article
from summarizer.cli import app
from summarizer.pipeline import Settings, summarize_article
from tests.conftest import SEED
from tests.conftest import FakeTranslator as Fake

runner = CliRunner()
SEED_ARTICLE = Article(id="seed", text=SEED.read_text(encoding="utf-8"))
ENGLISH = (
    "LONDON (Reuters) - The company sold 1,200 cars in 2023, up 5 percent on the year. "
    "Its chief executive said 300 jobs would go by March."
)


def offline_and_empty(monkeypatch, tmp_path):
    """No model anywhere: an empty home, no hub."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("SUMMARIZER_HOME", str(home))
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.delenv("SUMMARIZER_MODELS", raising=False)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")


def test_brief_source_only_needs_no_model(monkeypatch, tmp_path):
    offline_and_empty(monkeypatch, tmp_path)
    result = runner.invoke(app, ["brief", str(SEED), "--source-only", "--offline", "-f", "json"])
    assert result.exit_code == 0, result.output
    brief = json.loads(result.stdout)
    assert brief["model"] == {"name": "none", "revision": None, "backend": "none", "standin": False}
    assert brief["sentences"] and all(s["text"] == s["source"] for s in brief["sentences"])
    assert "Nordkorea" in brief["brief"]
    assert not any("invented" in w or "missing" in w for w in brief["warnings"])
    chosen = {s["index"] for s in brief["sentences"]}
    shown = [f for f in brief["figures"] if f["sentence"] in chosen]
    assert shown and all(f["status"] == "kept" for f in shown)
    markdown = runner.invoke(app, ["brief", str(SEED), "--source-only", "--offline"])
    assert markdown.exit_code == 0, markdown.output
    assert "mehr als 1000 Container (more than 1,000 containers)" in markdown.stdout


def test_without_source_only_the_same_run_needs_a_model(monkeypatch, tmp_path):
    offline_and_empty(monkeypatch, tmp_path)
    result = runner.invoke(app, ["brief", str(SEED), "--offline"])
    assert result.exit_code == 2 and "opus-mt-de-en" in result.stderr


def test_digest_source_only_needs_no_model_and_has_its_own_cache(
    monkeypatch, tmp_path, tiny_marian
):
    out = tmp_path / "out"
    translated = runner.invoke(
        app, ["digest", str(SEED), "--out", str(out), "-m", str(tiny_marian), "--beams", "1"]
    )
    assert translated.exit_code == 0, translated.output
    offline_and_empty(monkeypatch, tmp_path)
    result = runner.invoke(app, ["digest", str(SEED), "--out", str(out), "--source-only", "-q"])
    assert result.exit_code == 0, result.output
    (line,) = result.stderr.splitlines()
    assert line.startswith("digest: 1 stories (1 briefed, 0 from cache")  # not the English one
    (entry,) = [json.loads(x) for x in (out / "digest.jsonl").read_text().splitlines()]
    assert entry["model"]["name"] == "none" and "Nordkorea" in entry["brief"]


def test_source_only_refuses_a_model_or_a_glossary(tmp_path):
    result = runner.invoke(app, ["brief", str(SEED), "--source-only", "-m", str(tmp_path)])
    assert result.exit_code == 2 and "--source-only" in result.stderr
    glossary = tmp_path / "g.tsv"
    glossary.write_text("Nationalrat\tNational Council\n", encoding="utf-8")
    result = runner.invoke(app, ["brief", str(SEED), "--source-only", "--glossary", str(glossary)])
    assert result.exit_code == 2 and "--source-only" in result.stderr


def test_an_english_article_has_no_invented_figures(monkeypatch, tmp_path):
    offline_and_empty(monkeypatch, tmp_path)
    article = tmp_path / "london.txt"
    article.write_text(ENGLISH, encoding="utf-8")
    result = runner.invoke(app, ["brief", str(article), "--offline", "-f", "json"])
    assert result.exit_code == 0, result.output
    brief = json.loads(result.stdout)
    assert brief["source_language"] == "en" and "1,200 cars" in brief["brief"]
    assert not any("invented" in w for w in brief["warnings"]), brief["warnings"]


def test_warnings_number_sentences_from_one():
    text = "Der Umsatz der Firma stieg im Jahr um 5 Prozent. Das sagte der Chef am Montag."
    article = Article(id="a", text=text)
    brief = summarize_article(
        article, Fake(lambda s: "Something happened."), Settings(source_language="de")
    )
    assert brief.sentences[0].index == 0  # the JSON index stays 0-based
    assert brief.warnings == [
        "sentence 1: missing figure '5 Prozent' (5 percent)",
        "sentence 2: missing figure 'Montag' (Monday)",
    ]
