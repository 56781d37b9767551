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


def test_out_dir_file_names_never_collide(tiny_marian, tmp_path):
    ids = ["a/b", "a-b", "a?b", "..", "", None, "A-B", "Story", "story", "über", "a b", "x/../y"]
    jsonl = tmp_path / "day.jsonl"
    jsonl.write_text(
        "".join(
            json.dumps({"text": f"Es kamen {n + 2} Menschen.", **({} if i is None else {"id": i})})
            + "\n"
            for n, i in enumerate(ids)
        )
    )
    out = tmp_path / "out"
    result = run("brief", jsonl, "--model", tiny_marian, "--beams", "1", "--out", out, "-f", "json")
    assert result.exit_code == 0, result.output
    written = [p for p in out.iterdir() if not p.name.startswith(".")]
    assert len({p.name.lower() for p in written}) == 12
    briefs = {json.loads(p.read_text())["id"] for p in written}
    assert briefs == {i for i in ids if i} | {"day-5", "day-6"}


def test_out_dir_inside_the_input_folder_twice(tiny_marian, tmp_path):
    for name in ("a/story.txt", "b/story.txt", "a/story.md", "Story.txt", "other.md"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(f"In {name} stieg der Preis um {len(name)} Prozent.")
    args = ("brief", tmp_path, "--model", tiny_marian, "--beams", "1", "--out", tmp_path)
    first = run(*args)
    assert first.exit_code == 0, first.output
    assert first.stderr.count("summarizer:") == 1 and "this article is 'a/story~2'" in first.stderr
    files = sorted(p.name for p in tmp_path.iterdir() if p.is_file())
    assert len(files) == 2 + 1 + 5  # inputs on top, the list of outputs, one brief per article
    # The input other.md is no output: its brief goes beside it, under another name.
    assert (tmp_path / "other.md").read_text() == "In other.md stieg der Preis um 8 Prozent."
    assert any(re.fullmatch(r"other-[0-9a-f]{8}\.md", name) for name in files)
    second = run(*args)
    assert second.exit_code == 0, second.output
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == files
    # The same problems again (the progress and summary lines carry timings).
    problems = [line for line in first.stderr.splitlines() if line.startswith("summarizer:")]
    assert [line for line in second.stderr.splitlines() if line.startswith("summarizer:")] == (
        problems
    )


@pytest.fixture
def german_model_only(tiny_marian):
    """The tiny stand-in stored as the German model; no French model anywhere."""
    import shutil

    from summarizer.models import store_path

    target = store_path("Helsinki-NLP/opus-mt-de-en")
    shutil.copytree(tiny_marian, target)
    yield target
    shutil.rmtree(target)


def test_an_article_without_its_model_fails_alone(german_model_only, tmp_path):
    french = tmp_path / "paris.txt"
    french.write_text(
        "PARIS (AFP) - Le gouvernement français a annoncé mardi un plan de 1,5 milliard "
        "d'euros pour soutenir les agriculteurs. Plus de 2000 exploitations sont concernées.",
        encoding="utf-8",
    )
    german = tmp_path / "berlin.txt"
    german.write_text("BERLIN (dpa) - Die Regierung bewilligte 1,5 Milliarden Euro.")
    result = run("brief", french, german, SEED, "--offline", "--beams", "1", "-f", "json")
    assert result.exit_code == 1, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [
        "berlin",
        "dpa-nordkorea-2023-10",
    ]
    (line,) = [x for x in result.stderr.splitlines() if x.startswith("summarizer:")]
    assert result.stderr.splitlines()[-1].startswith("brief: 2 briefed, 1 failed, in ")
    assert line.startswith(f"summarizer: {french}: Model 'Helsinki-NLP/opus-mt-fr-en' is not")


def test_an_explicit_model_that_is_missing_stops_before_any_work(tmp_path):
    result = run("brief", SEED, DEV, "--model", tmp_path / "no-model")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == f"summarizer: {tmp_path / 'no-model'}: model folder not found\n"
