"""Model resolution: explicit folder → store → HF cache → hub, and one-line failures."""

import json
import shutil
import subprocess
import sys

import pytest

from summarizer.errors import ModelError
from summarizer.models import MARKER, resolve, store_path


def test_missing_model_offline_names_it_and_says_how_to_get_it():
    with pytest.raises(ModelError) as err:
        resolve("Helsinki-NLP/opus-mt-de-en", offline=True)
    message = str(err.value)
    assert "Helsinki-NLP/opus-mt-de-en" in message
    assert (
        "summarizer models pull Helsinki-NLP/opus-mt-de-en" in message and "--model PATH" in message
    )
    assert "\n" not in message


def test_explicit_folder_and_standin_marker(tiny_marian):
    resolved = resolve(str(tiny_marian))
    assert resolved.origin == "path" and resolved.standin and resolved.format == "transformers"
    assert resolved.name == "Helsinki-NLP/opus-mt-de-en"


def test_local_store_is_found_by_hub_id(tiny_marian):
    target = store_path("Helsinki-NLP/opus-mt-de-en")
    shutil.copytree(tiny_marian, target)
    try:
        resolved = resolve("Helsinki-NLP/opus-mt-de-en", offline=True)
        assert resolved.origin == "store" and resolved.path == target
    finally:
        shutil.rmtree(target)


def test_hf_cache_layout_is_found(tmp_path, tiny_marian, monkeypatch):
    from huggingface_hub import constants

    snapshot = tmp_path / "models--Org--cached-model" / "snapshots" / "abc123"
    shutil.copytree(tiny_marian, snapshot)
    refs = tmp_path / "models--Org--cached-model" / "refs"
    refs.mkdir()
    (refs / "main").write_text("abc123")
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path))
    import huggingface_hub.file_download as fd

    monkeypatch.setattr(fd.constants, "HF_HUB_CACHE", str(tmp_path))
    resolved = resolve("Org/cached-model", offline=True)
    assert resolved.origin == "hf-cache" and resolved.revision == "abc123"


def test_folder_without_config_is_rejected(tmp_path):
    with pytest.raises(ModelError, match="not a model folder"):
        resolve(str(tmp_path))


def test_corrupt_model_folder_is_one_line(tmp_path, tiny_marian):
    from summarizer.translate import load_translator

    broken = tmp_path / "broken"
    shutil.copytree(tiny_marian, broken)
    (broken / "model.safetensors").write_bytes(b"not a safetensors file")
    with pytest.raises(ModelError) as err:
        load_translator(str(broken), backend="transformers")
    assert str(broken) in str(err.value) and "\n" not in str(err.value)


def test_cli_missing_model_exits_2_with_one_line(tmp_path):
    from tests.conftest import SEED

    done = subprocess.run(
        [sys.executable, "-m", "summarizer", "brief", str(SEED), "--offline"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "summarizer models pull" in done.stderr and done.stdout == ""


def test_marker_is_written_by_the_standin_builder(tiny_marian):
    info = json.loads((tiny_marian / MARKER).read_text())
    assert info["standin"] is True and info["tiny"] is True


PINNED_DE_EN = "6f6b23ef5ef8a586414ad9d2b7dda64ca5352935"


def test_registry_pins_opus_mt_de_en_and_marks_the_rest_unconfirmed():
    from summarizer.models import load_registry

    translation = load_registry()["translation"]
    assert translation["de"]["revision"] == PINNED_DE_EN and translation["de"]["confirmed"]
    for lang, entry in translation.items():
        if lang != "de":
            assert entry["confirmed"] is False and entry["revision"] == "main", lang


def test_models_list_shows_the_pin_and_whether_a_local_copy_is_it(tiny_marian):
    from typer.testing import CliRunner

    from summarizer.cli import app
    from summarizer.models import copy_state, read_marker, write_marker

    target = store_path("Helsinki-NLP/opus-mt-de-en")
    shutil.copytree(tiny_marian, target)
    try:
        marker = read_marker(target)
        for revision, state in [
            (PINNED_DE_EN, "store:transformers (pinned)"),
            ("0123456789abcdef", "store:transformers (other revision 0123456789ab (pinned 6f6b"),
            (None, "store:transformers (revision unknown)"),
        ]:
            write_marker(target, **{**marker, "revision": revision})
            out = CliRunner().invoke(app, ["models", "list"]).output
            line = next(x for x in out.splitlines() if "opus-mt-de-en" in x)
            assert "rev 6f6b23ef5ef8 " in line and state in line, line
        fr = next(x for x in out.splitlines() if "opus-mt-fr-en" in x)
        assert "rev main (not confirmed)" in fr and "not present" in fr
    finally:
        shutil.rmtree(target)
    assert copy_state("main", "abc") == "revision abc"
