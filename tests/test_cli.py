"""End to end through the CLI on the tiny stand-in: the output contract and exit codes."""

import json
import re

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from tests.conftest import DEV, SEED

runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


@pytest.fixture(scope="module")
def dev_briefs(tiny_marian):
    result = run("brief", DEV, "--format", "json", "--model", tiny_marian, "--beams", "1")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_one_valid_object_per_dev_article(dev_briefs, dev_records):
    assert [b["id"] for b in dev_briefs] == [r["id"] for r in dev_records]
    for brief in dev_briefs:
        assert {"id", "brief", "sentences", "figures", "warnings", "model"} <= brief.keys()
        assert brief["model"] == {
            "name": "Helsinki-NLP/opus-mt-de-en",
            "revision": None,
            "backend": "transformers",
            "standin": True,
        }
        assert any("stand-in" in w for w in brief["warnings"])


def test_sentences_point_into_the_article_in_order(dev_briefs, dev_records):
    from summarizer.articles import Article
    from summarizer.clean import clean
    from summarizer.sentences import split_sentences

    for brief, record in zip(dev_briefs, dev_records, strict=True):
        article = Article(id=record["id"], text=record["text"])
        c = clean(article)
        sentences = split_sentences(record["text"], c.body_start, c.body_end, c.skip)
        indices = [s["index"] for s in brief["sentences"]]
        assert indices == sorted(indices) and len(indices) >= 1
        for s in brief["sentences"]:
            # An overlong sentence contributes its leading clauses only.
            assert sentences[s["index"]].text.startswith(s["source"])
            assert s["start"] == sentences[s["index"]].start
            assert s["text"] and s["text"] in brief["brief"]


def test_figure_offsets_are_into_the_text_as_read(dev_briefs, dev_records):
    for brief, record in zip(dev_briefs, dev_records, strict=True):
        assert brief["figures"], brief["id"]
        keys = [f for f in brief["figures"] if f["key"]]
        assert 1 <= len(keys) <= 6
        for f in brief["figures"]:
            assert record["text"][f["start"] : f["end"]] == f["source"]
            assert f["status"] in {"kept", "repaired", "missing", "unselected"}
        used = [(s["start"], s["end"]) for s in brief["sentences"]]
        for f in brief["figures"]:
            checked = any(a <= f["start"] and f["end"] <= b for a, b in used)
            # A figure is checked exactly when it is in the part of a sentence the brief used.
            assert (f["status"] != "unselected") == checked, (brief["id"], f)


def test_every_key_figure_is_in_the_brief_or_its_key_figures_line(dev_briefs):
    for brief in dev_briefs:
        for f in brief["figures"]:
            if f["key"]:
                assert f["text"] in brief["key_figures"] or f["text"] in brief["brief"]


def test_seed_markdown_has_dateline_banner_and_key_figures(tiny_marian):
    result = run("brief", SEED, "--model", tiny_marian, "--beams", "1")
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("## dpa-nordkorea-2023-10\n")
    assert "*WASHINGTON (dpa-AFX) · 2023-10 · source:" in out
    assert "**Stand-in model**" in out
    assert "**Key figures:** " in out and "more than 1,000 containers" in out


def test_seed_brief_leads_with_dateline_place_and_date(tiny_marian):
    result = run("brief", SEED, "--model", tiny_marian, "--beams", "1", "-f", "json")
    brief = json.loads(result.stdout)
    assert brief["brief"].startswith("WASHINGTON, Oct. 2023 — ")
    assert brief["dateline"] == {"place": "WASHINGTON", "agency": "dpa-AFX"}
    assert brief["date"] == "2023-10"


def test_out_dir_gets_one_file_per_article(tiny_marian, tmp_path):
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text(
        '{"id": "../evil/one", "text": "Es kamen 1000 Menschen."}\n'
        '{"id": "two", "text": "Der Preis stieg um 3,2 Prozent."}\n'
    )
    result = run("brief", jsonl, "--model", tiny_marian, "--out", tmp_path / "out", "-f", "json")
    assert result.exit_code == 0, result.output
    hidden, evil, two = sorted(p.name for p in (tmp_path / "out").iterdir())
    # The id is not a safe name itself: its slug gets a hash of the exact id.
    assert re.fullmatch(r"evil-one-[0-9a-f]{8}\.json", evil) and two == "two.json"
    assert hidden == ".summarizer-outputs.json"


def test_partial_failure_exits_1_and_keeps_the_others(tiny_marian, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Die Stadt zahlte 1,5 Milliarden Euro.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run(
        "brief", good, empty, tmp_path / "missing.txt", "--model", tiny_marian, "-f", "json"
    )
    assert result.exit_code == 1
    assert json.loads(result.stdout)["id"] == "good"
    assert f"summarizer: {empty}: empty file" in result.stderr
    assert f"summarizer: {tmp_path / 'missing.txt'}: no such file or directory" in result.stderr
    assert "Traceback" not in result.output


def test_nothing_readable_exits_1(tmp_path, tiny_marian):
    result = run("brief", tmp_path / "nope.txt", "--model", tiny_marian)
    assert result.exit_code == 1 and "no article could be read" in result.stderr


def test_stdin_input(tiny_marian):
    result = run(
        "brief",
        "-",
        "--model",
        tiny_marian,
        "-f",
        "json",
        input="BERLIN (dpa) - Mehr als 200 Menschen kamen am 3. Mai.",
    )
    assert result.exit_code == 0
    assert json.loads(result.stdout)["dateline"]["place"] == "BERLIN"


def test_translate_prints_every_sentence_aligned(tiny_marian):
    result = run("translate", SEED, "--model", tiny_marian, "-f", "json", "--beams", "1")
    data = json.loads(result.stdout)
    assert [s["index"] for s in data["sentences"]] == list(range(23))
    assert data["sentences"][0]["source"].startswith("Nordkorea hat nach Angaben")


def test_figures_command_json(dev_records):
    result = run("figures", SEED, "-f", "json")
    data = json.loads(result.stdout)
    texts = [f["text"] for f in data["figures"]]
    assert "more than 1,000 containers" in texts


def test_help_reads_well():
    for command in (["--help"], ["brief", "--help"], ["digest", "--help"], ["models", "--help"]):
        result = run(*command)
        assert result.exit_code == 0 and "Usage:" in result.stdout
