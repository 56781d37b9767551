"""Shared fixtures: offline, no network, and tiny stand-in models built once per session."""

from __future__ import annotations

import importlib
import json
import os
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "eval" / "data" / "dev.jsonl"
SEED = ROOT / "examples" / "dpa-nordkorea-2023-10.de.txt"

# Tests never reach the hub: resolution must fall back to local folders or fail with one line.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
# An empty HF cache and model store: a model on this machine must not leak into the tests.
# (Set before huggingface_hub is imported: it reads the cache location once.)
_SCRATCH = Path(tempfile.mkdtemp(prefix="summarizer-tests-"))
os.environ["HF_HUB_CACHE"] = str(_SCRATCH / "hf-cache")
os.environ["SUMMARIZER_MODELS"] = str(_SCRATCH / "store")


def eval_module(name: str):
    """A script of ``eval/`` as a module (imported with ``eval/`` on the path)."""
    sys.path.insert(0, str(ROOT / "eval"))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(ROOT / "eval"))


@pytest.fixture(scope="session")
def tiny_marian(tmp_path_factory) -> Path:
    from summarizer.standin import build_marian

    return build_marian(tmp_path_factory.mktemp("models") / "tiny-opus-mt-de-en", tiny=True)


@pytest.fixture(scope="session")
def dev_records() -> list[dict]:
    return [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()]


class FakeTranslator:
    """A translator for tests: ``rule(sentence)`` is its English (default: the sentence itself).
    Records every batch it gets in ``calls``. ``drops``, ``reformats`` and ``invents`` build the
    rules that lose, reformat or add figures on purpose."""

    revision = None
    backend = "fake"
    max_tokens = 10_000

    def __init__(self, rule=None, *, name: str = "fake", standin: bool = False):
        self.rule = rule or (lambda sentence: sentence)
        self.name, self.standin = name, standin
        self.calls: list[list[str]] = []

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def translate(self, sentences: list[str]) -> list[str]:
        self.calls.append(list(sentences))
        return [self.rule(s) for s in sentences]

    @staticmethod
    def drops(pattern: str):
        """A rule that removes ``pattern`` (a regular expression) from every sentence."""
        import re

        return lambda sentence: re.sub(pattern, "", sentence)

    @staticmethod
    def reformats(old: str, new: str):
        """A rule that writes ``old`` as ``new`` (a figure in another form)."""
        return lambda sentence: sentence.replace(old, new)

    @staticmethod
    def invents(extra: str):
        """A rule that adds ``extra`` (a figure the source does not have) to every sentence."""
        return lambda sentence: f"{sentence} {extra}"


RuleTranslator = FakeTranslator
"""The name the glossary tests use."""


class FixedSummary:
    """A summary model (``BartSummarizer``'s ``summarize``) for tests: always ``text``."""

    name, revision, standin = "fake-bart", None, False

    def __init__(self, text: str):
        self.text = text

    def summarize(self, sentences: list[str]) -> tuple[str, int]:
        return self.text, 1


@pytest.fixture(scope="session")
def local_ray():
    """One local Ray (2 CPUs) for the whole session; the Ray engine joins it instead of
    starting its own. Its workers import this checkout (they inherit PYTHONPATH)."""
    ray = pytest.importorskip("ray")
    paths = [str(ROOT), *(p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p)]
    os.environ["PYTHONPATH"] = os.pathsep.join(paths)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()
