"""What CLI users expect: --version, shell completion, help without Python types, model
commands that name the right problem, and a hint when a converted model would be faster."""

import json
import re
import shutil
from importlib.metadata import version

import pytest
import typer
from typer.testing import CliRunner

from summarizer import models
from summarizer.cli import app
from summarizer.models import conversion_hint, read_marker, write_marker

INTERNAL_TYPE = re.compile(r"<(?:list\[\w+\]|\w+ range|str|int|float|path|file|bool)>")


def run(*args):
    return CliRunner().invoke(app, list(args))


def every_command(group, path=()):
    for name, command in group.commands.items():
        yield (*path, name)
        if hasattr(command, "commands"):
            yield from every_command(command, (*path, name))


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"summarizer {version('summarizer')}\n"


def test_completion_is_switched_on():
    out = run("--help").stdout
    assert "--install-completion" in out and "--show-completion" in out and "--version" in out


def test_help_names_values_not_python_types():
    commands = list(every_command(typer.main.get_command(app)))
    assert ("models", "pull") in commands and ("eval",) in commands
    for command in [(), *commands]:
        result = run(*command, "--help")
        assert result.exit_code == 0, command
        assert not INTERNAL_TYPE.search(result.stdout), (
            command,
            INTERNAL_TYPE.search(result.stdout),
        )
    brief = run("brief", "--help").stdout
    assert "brief [OPTIONS] INPUT..." in brief
    assert ".html pages" in brief
    assert "--beams BEAMS" in brief and "-f, --format <md|json>" in brief


def test_models_pull_unknown_language_names_the_argument():
    result = run("models", "pull", "xx")
    assert result.exit_code == 2
    assert "--source-lang" not in result.stderr
    assert result.stderr.startswith("summarizer: models pull 'xx': not a known ISO 639-1")
    assert "hub id such as Helsinki-NLP/opus-mt-de-en" in result.stderr


def test_models_pull_revision_defaults_to_the_pin(monkeypatch, tmp_path):
    calls = []

    def fake_download(name, revision=None):
        calls.append((name, revision))
        return models.ResolvedModel(
            tmp_path, name, revision or "pinned", False, "transformers", "hub"
        )

    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setattr(models, "download", fake_download)
    assert run("models", "pull", "de").exit_code == 0
    result = run("models", "pull", "de", "--revision", "abc1234")
    assert result.exit_code == 0, result.output
    assert calls == [
        ("Helsinki-NLP/opus-mt-de-en", None),
        ("Helsinki-NLP/opus-mt-de-en", "abc1234"),
    ]
    assert "(revision abc1234)" in result.stdout


@pytest.fixture
def real_looking(tiny_marian, tmp_path):
    """The tiny model with its stand-in mark taken off, as a user's own transformers folder."""
    folder = tmp_path / "opus-mt-de-en"
    shutil.copytree(tiny_marian, folder)
    write_marker(folder, **{**read_marker(folder), "standin": False})
    return folder


def test_conversion_hint(tiny_marian, real_looking):
    assert conversion_hint(str(tiny_marian)) is None  # a stand-in: tests and benchmarks
    assert conversion_hint("Helsinki-NLP/opus-mt-de-en") is None  # not a folder
    assert conversion_hint(str(real_looking), backend="transformers") is None  # asked for
    hint = conversion_hint(str(real_looking))
    assert f"`summarizer models convert {real_looking} --out {real_looking}-ct2`" in hint
    converted = real_looking.parent / f"{real_looking.name}-ct2"
    converted.mkdir()
    (converted / "config.json").write_text("{}")
    (converted / "model.bin").write_bytes(b"")
    assert conversion_hint(str(real_looking)) == (
        f"{real_looking}: a converted copy is in {converted}; --model {converted} decodes faster"
    )


def test_the_hint_is_one_stderr_line_per_run(tiny_marian, real_looking, tmp_path):
    articles = tmp_path / "a.jsonl"
    lines = [{"id": str(n), "text": "Der Rat tagte am Montag in Bern."} for n in range(3)]
    articles.write_text("".join(json.dumps(line) + "\n" for line in lines))
    result = run("brief", str(articles), "-m", str(real_looking), "-f", "json")
    assert result.exit_code == 0, result.output
    notes = [line for line in result.stderr.splitlines() if "models convert" in line]
    assert len(notes) == 1 and notes[0].startswith(f"summarizer: note: {real_looking}:")
    quiet = run("brief", str(articles), "-m", str(tiny_marian), "-f", "json")
    assert "models convert" not in quiet.stderr
