"""The CTranslate2 backend: conversion, parity with transformers, torch-free start, bad folders."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.errors import ModelError, UsageError
from summarizer.models import MARKER, model_format, store_path
from summarizer.translate import load_translator
from summarizer.translate.ct2 import CT2Translator, convert, cpu_count

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "eval" / "data" / "dev.jsonl"
SEED = ROOT / "examples" / "dpa-nordkorea-2023-10.de.txt"
FIXED = 12


@pytest.fixture(scope="session")
def tiny_ct2(tiny_marian, tmp_path_factory) -> Path:
    return convert(str(tiny_marian), out=tmp_path_factory.mktemp("ct2") / "tiny-ct2")


@pytest.fixture(scope="session")
def varied_marian(tiny_marian, tmp_path_factory) -> Path:
    """The tiny stand-in with larger random weights: its output depends on its input.

    (The tiny stand-in's small initial weights give every sentence the same output, which would
    make a parity check weak.) The pad row of the embeddings stays zero, as in Marian models:
    CTranslate2 starts the decoder from a zero embedding where transformers embeds <pad>.
    """
    import torch
    from transformers import MarianMTModel

    out = tmp_path_factory.mktemp("ct2-varied") / "varied"
    shutil.copytree(tiny_marian, out)
    model = MarianMTModel.from_pretrained(out)
    gen = torch.Generator().manual_seed(1)
    with torch.no_grad():
        for name, param in model.named_parameters():
            if param.dim() == 2 and "embed_positions" not in name:
                param.copy_(torch.randn(param.shape, generator=gen) * 0.3)
        model.model.shared.weight[model.config.pad_token_id].zero_()
    model.save_pretrained(out, safe_serialization=True)
    return out


@pytest.fixture(scope="session")
def dev_sentences() -> list[str]:
    """Several dev-set sentences of different lengths (short headline to long clause chain)."""
    from summarizer.sentences import split_sentences

    texts = [json.loads(line)["text"] for line in DEV.read_text(encoding="utf-8").splitlines()]
    sentences = [s.text for text in texts[:6] for s in split_sentences(text, 0, len(text), [])]
    sentences = sorted({s for s in sentences if 3 <= len(s.split()) <= 60}, key=len)
    step = max(1, len(sentences) // 8)
    return sentences[::step][:8]


def _hf_pieces(hf, sentence: str, fixed: int) -> list[str]:
    """What the transformers backend generates for one sentence, as pieces (no <pad>, </s>)."""
    batch = hf.tokenizer([sentence], return_tensors="pt")
    generated = hf.model.generate(
        **batch, num_beams=1, do_sample=False, min_new_tokens=fixed, max_new_tokens=fixed
    )
    pieces = hf.tokenizer.convert_ids_to_tokens(generated[0].tolist())
    return [p for p in pieces if p not in ("<pad>", "</s>")]


# conversion ------------------------------------------------------------------------------------


def test_convert_writes_a_self_contained_folder(tiny_ct2, tiny_marian):
    for name in (
        "model.bin",
        "config.json",
        "source.spm",
        "target.spm",
        "vocab.json",
        "tokenizer_config.json",
        MARKER,
    ):
        assert (tiny_ct2 / name).is_file(), name
    assert model_format(tiny_ct2) == "ct2"
    marker = json.loads((tiny_ct2 / MARKER).read_text())
    assert marker["format"] == "ct2"
    assert marker["quantization"] == "int8"
    assert marker["standin"] is True
    assert marker["name"] == "Helsinki-NLP/opus-mt-de-en"
    assert (tiny_ct2 / "source.spm").read_bytes() == (tiny_marian / "source.spm").read_bytes()
    assert not [p for p in tiny_ct2.parent.iterdir() if p.name.startswith(".")]  # no leftovers


def test_convert_standin_default_target_is_beside_it(tiny_marian, tmp_path):
    source = shutil.copytree(tiny_marian, tmp_path / "standin")
    target = convert(str(source), quantization="float32")
    assert target == tmp_path / "standin-ct2"
    assert json.loads((target / MARKER).read_text())["quantization"] == "float32"


def test_hub_id_converts_into_the_store_and_auto_picks_it(tiny_marian, tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_MODELS", str(tmp_path / "store"))
    name = "Helsinki-NLP/opus-mt-de-en"
    shutil.copytree(tiny_marian, store_path(name))
    assert load_translator(name, backend="auto", offline=True).backend == "transformers"
    target = convert(name)
    assert target == store_path(name, "ct2")
    translator = load_translator(name, backend="auto", offline=True)
    assert translator.backend == "ct2" and translator.standin
    assert load_translator(name, backend="transformers", offline=True).backend == "transformers"


def test_auto_picks_ct2_for_a_converted_folder(tiny_ct2):
    translator = load_translator(str(tiny_ct2), backend="auto")
    assert isinstance(translator, CT2Translator)
    assert translator.backend == "ct2" and translator.standin and translator.quantization == "int8"


@pytest.mark.parametrize("bad", ["int4", "fp8", ""])
def test_convert_rejects_unknown_quantization(tiny_marian, bad):
    with pytest.raises(UsageError, match="quantization"):
        convert(str(tiny_marian), quantization=bad)


def test_convert_refuses_a_non_marian_model(tmp_path):
    from summarizer.standin import build_bart

    bart = build_bart(tmp_path / "tiny-bart", tiny=True)
    with pytest.raises(UsageError, match="only Marian"):
        convert(str(bart))
    assert not (tmp_path / "tiny-bart-ct2").exists()


def test_convert_refuses_a_ct2_folder(tiny_ct2):
    with pytest.raises(UsageError, match="already a CTranslate2 model"):
        convert(str(tiny_ct2))


# parity with the transformers backend ---------------------------------------------------------


def test_greedy_int8_matches_transformers_token_for_token(tiny_marian, tiny_ct2, dev_sentences):
    ct = load_translator(str(tiny_ct2), backend="ct2", beams=1, fixed_output_tokens=FIXED)
    hf = load_translator(
        str(tiny_marian), backend="transformers", beams=1, fixed_output_tokens=FIXED
    )
    assert len(dev_sentences) >= 5
    assert ct.translate(dev_sentences) == hf.translate(dev_sentences)
    ct_pieces = ct.translate_pieces(dev_sentences)
    for sentence, pieces in zip(dev_sentences[:3], ct_pieces[:3], strict=True):
        assert pieces == _hf_pieces(hf, sentence, FIXED)
        assert len(pieces) == FIXED - 1  # FIXED tokens, the last one </s>, as transformers


def test_greedy_matches_transformers_on_input_dependent_weights(
    varied_marian, dev_sentences, tmp_path
):
    folder = convert(str(varied_marian), quantization="float32", out=tmp_path / "varied-ct2")
    ct = load_translator(str(folder), backend="ct2", beams=1, fixed_output_tokens=FIXED)
    hf = load_translator(
        str(varied_marian), backend="transformers", beams=1, fixed_output_tokens=FIXED
    )
    ct_out = ct.translate(dev_sentences)
    assert len(set(ct_out)) >= len(dev_sentences) - 1  # the output really follows the input
    assert ct_out == hf.translate(dev_sentences)
    for sentence, pieces in zip(dev_sentences, ct.translate_pieces(dev_sentences), strict=True):
        assert pieces == _hf_pieces(hf, sentence, FIXED)


def test_token_counts_and_window_match_transformers(tiny_marian, tiny_ct2, dev_sentences):
    ct = load_translator(str(tiny_ct2), backend="ct2")
    hf = load_translator(str(tiny_marian), backend="transformers")
    assert ct.max_tokens == hf.max_tokens
    assert ct.hard_limit == 510
    for sentence in [*dev_sentences, "", ">>en<< Hallo Welt", "Hallo >>en<< Welt"]:
        assert ct.count_tokens(sentence) == hf.count_tokens(sentence)
        assert ct.pieces(sentence)[-1] == "</s>"


def test_standin_output_length_follows_the_source(tiny_ct2, dev_sentences):
    ct = load_translator(str(tiny_ct2), backend="ct2", beams=2)
    for sentence in dev_sentences[:3]:
        (pieces,) = ct.translate_pieces([sentence])
        assert len(pieces) == ct.count_tokens(sentence) - 1


def test_translate_keeps_input_order_across_batches(tiny_ct2, dev_sentences):
    ct = load_translator(str(tiny_ct2), backend="ct2", beams=1, fixed_output_tokens=4)
    many = (dev_sentences * 9)[:70]  # more than one batch, unsorted
    assert ct.translate(many) == [ct.translate([s])[0] for s in many]
    assert ct.translate([]) == []


def test_too_long_input_is_refused_not_truncated(tiny_ct2):
    from summarizer.translate.window import translate_long

    ct = load_translator(str(tiny_ct2), backend="ct2", beams=1, fixed_output_tokens=3)
    long = " ".join(["Die Regierung hat am Freitag 1000 Container geliefert,"] * 80)
    assert ct.count_tokens(long) > ct.hard_limit
    with pytest.raises(ValueError, match="positions"):
        ct.translate([long])
    assert len(translate_long(ct, [long])) == 1
    medium = " ".join(["Die Regierung hat am Freitag 1000 Container geliefert,"] * 20)
    assert ct.max_tokens < ct.count_tokens(medium) <= ct.hard_limit
    assert len(ct.translate([medium])) == 1  # beyond the shared window, still within the model


def test_threads_are_parallel_workers_with_the_same_output(tiny_ct2, dev_sentences):
    one = load_translator(str(tiny_ct2), backend="ct2", threads=1, beams=2, fixed_output_tokens=6)
    assert one.threads == 1
    assert load_translator(str(tiny_ct2), backend="ct2", threads=0).threads == cpu_count()
    three = load_translator(str(tiny_ct2), backend="ct2", threads=3, beams=2, fixed_output_tokens=6)
    assert three.model.num_translators == 3  # workers of one thread each
    assert three.translate(dev_sentences) == one.translate(dev_sentences)


# torch-free start -----------------------------------------------------------------------------


def test_ct2_path_imports_neither_torch_nor_transformers(tiny_ct2):
    code = (
        "import sys\n"
        "import summarizer.translate.ct2\n"
        "from summarizer.translate import load_translator\n"
        f"t = load_translator({str(tiny_ct2)!r}, backend='auto', beams=2)\n"
        "assert t.backend == 'ct2'\n"
        "out = t.translate(['Nordkorea hat mehr als 1000 Container geliefert.', 'Hallo.'])\n"
        "assert len(out) == 2 and all(isinstance(o, str) for o in out)\n"
        "bad = sorted(m for m in ('torch', 'transformers') if m in sys.modules)\n"
        "assert not bad, bad\n"
    )
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr


# bad model folders ----------------------------------------------------------------------------


def test_truncated_model_bin_is_one_line_model_error(tiny_ct2, tiny_marian, tmp_path):
    broken = shutil.copytree(tiny_ct2, tmp_path / "broken-ct2")
    data = (broken / "model.bin").read_bytes()
    (broken / "model.bin").write_bytes(data[: len(data) // 2])
    with pytest.raises(ModelError) as err:
        load_translator(str(broken), backend="auto")
    message = str(err.value)
    assert "\n" not in message and str(broken) in message
    assert f"summarizer models convert {tiny_marian}" in message  # the stand-in's own folder


def test_truncated_model_bin_in_the_cli_is_one_line(tiny_ct2, tmp_path):
    broken = shutil.copytree(tiny_ct2, tmp_path / "broken-ct2")
    (broken / "model.bin").write_bytes((broken / "model.bin").read_bytes()[:1000])
    done = subprocess.run(
        [sys.executable, "-m", "summarizer", "brief", str(SEED), "--model", str(broken)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("summarizer: ")
    assert str(broken) in lines[0]


def test_missing_tokenizer_file_is_model_error(tiny_ct2, tmp_path):
    broken = shutil.copytree(tiny_ct2, tmp_path / "no-spm-ct2")
    (broken / "target.spm").unlink()
    with pytest.raises(ModelError, match=r"target\.spm"):
        load_translator(str(broken), backend="ct2")
