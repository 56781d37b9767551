"""An installed package reads nothing from the source tree: its registry ships inside it and
its model store lives in the user's cache."""

from __future__ import annotations

from pathlib import Path

import pytest

import summarizer
from summarizer.models import REGISTRY, load_registry, store_dir


def test_the_registry_is_package_data():
    assert Path(str(REGISTRY)).is_relative_to(Path(summarizer.__file__).parent)
    assert load_registry()["translation"]["de"]["id"] == "Helsinki-NLP/opus-mt-de-en"


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"SUMMARIZER_MODELS": "/m", "SUMMARIZER_HOME": "/h", "XDG_CACHE_HOME": "/x"}, "/m"),
        ({"SUMMARIZER_HOME": "/h", "XDG_CACHE_HOME": "/x"}, "/h/models"),
        ({"XDG_CACHE_HOME": "/x"}, "/x/summarizer/models"),
        ({"HOME": "/home/u"}, "/home/u/.cache/summarizer/models"),
        ({"SUMMARIZER_MODELS": "", "HOME": "/home/u"}, "/home/u/.cache/summarizer/models"),
    ],
)
def test_model_store_location(monkeypatch, env, expected):
    for name in ("SUMMARIZER_MODELS", "SUMMARIZER_HOME", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert store_dir() == Path(expected)


def test_a_stand_in_outside_the_source_tree_is_one_line(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    import summarizer.standin as standin
    from summarizer.cli import app

    monkeypatch.setattr(standin, "CORPUS", tmp_path / "absent" / "dev.jsonl")
    result = CliRunner().invoke(
        app, ["models", "standin", "Helsinki-NLP/opus-mt-de-en", "--out", str(tmp_path / "m")]
    )
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1 and "source tree's dev set" in result.stderr
