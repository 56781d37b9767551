"""Stand-in models: the real architecture of a model with random weights.

Tests use the tiny variant (builds in about a second); the benchmark uses the full-size one so
the work per token is the real work. Tokenizers are sentencepiece models trained on text this
repository ships (``eval/data/dev.jsonl``): German article text for the source side, the English
reference briefs for the target side. Every folder built here carries a marker with
``standin: true`` and every output made with it says so.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

from summarizer.errors import ModelError, UsageError
from summarizer.models import REPO_ROOT, write_marker

CORPUS = REPO_ROOT / "eval" / "data" / "dev.jsonl"

# opus-mt-de-en as published (config.json of the hub model): 74.4 M parameters.
MARIAN_FULL = dict(
    vocab_size=58101,
    d_model=512,
    encoder_layers=6,
    decoder_layers=6,
    encoder_attention_heads=8,
    decoder_attention_heads=8,
    encoder_ffn_dim=2048,
    decoder_ffn_dim=2048,
    max_position_embeddings=512,
)
MARIAN_TINY = dict(
    d_model=32,
    encoder_layers=1,
    decoder_layers=1,
    encoder_attention_heads=2,
    decoder_attention_heads=2,
    encoder_ffn_dim=64,
    decoder_ffn_dim=64,
    max_position_embeddings=512,
)
# distilbart-cnn-12-6: 12 encoder + 6 decoder layers, d_model 1024, vocab 50264.
BART_FULL = dict(
    vocab_size=50264,
    d_model=1024,
    encoder_layers=12,
    decoder_layers=6,
    encoder_attention_heads=16,
    decoder_attention_heads=16,
    encoder_ffn_dim=4096,
    decoder_ffn_dim=4096,
    max_position_embeddings=1024,
)
BART_TINY = dict(
    d_model=32,
    encoder_layers=1,
    decoder_layers=1,
    encoder_attention_heads=2,
    decoder_attention_heads=2,
    encoder_ffn_dim=64,
    decoder_ffn_dim=64,
    max_position_embeddings=1024,
)
KNOWN = {
    "marian": ("Helsinki-NLP/opus-mt-", MARIAN_FULL, MARIAN_TINY),
    "bart": ("sshleifer/distilbart-cnn-12-6", BART_FULL, BART_TINY),
}


def corpus_texts() -> tuple[list[str], list[str]]:
    """German article sentences and English brief lines from the shipped dev set."""
    german: list[str] = []
    english: list[str] = []
    if not CORPUS.is_file():
        raise ModelError(
            f"stand-ins are built from the source tree's dev set ({CORPUS}): run this from a "
            "checkout of the project, not an installed package"
        )
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        german.extend(p for p in record["text"].splitlines() if p.strip())
        if record.get("reference_brief"):
            english.append(record["reference_brief"])
        english.extend(f["en"] for f in record.get("key_figures", []))
    return german, english


def _train_spm(lines: list[str], prefix: Path, vocab_size: int) -> None:
    import sentencepiece as spm

    text_file = prefix.with_suffix(".txt")
    text_file.write_text("\n".join(lines), encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(text_file),
        model_prefix=str(prefix),
        vocab_size=vocab_size,
        hard_vocab_limit=False,  # a small corpus cannot fill a big vocabulary
        character_coverage=1.0,
        model_type="unigram",
        bos_id=-1,
        eos_id=-1,
        unk_id=0,
        pad_id=-1,
        minloglevel=2,
        num_threads=1,
        user_defined_symbols=[],
        byte_fallback=False,
    )
    text_file.unlink()


def _pieces(spm_file: Path) -> list[str]:
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=str(spm_file))
    return [sp.id_to_piece(i) for i in range(sp.get_piece_size())]


def build_marian(
    out: Path, name: str = "Helsinki-NLP/opus-mt-de-en", tiny: bool = False, seed: int = 0
) -> Path:
    """A MarianMT stand-in of ``name`` in ``out`` (transformers format, safetensors)."""
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()

    german, english = corpus_texts()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        size = 600 if tiny else 4000
        _train_spm(german, work / "source", size)
        _train_spm(english, work / "target", size)
        pieces = {"</s>": 0, "<unk>": 1}
        for spm_file in ("source.model", "target.model"):
            for piece in _pieces(work / spm_file):
                pieces.setdefault(piece, len(pieces))
        vocab_size = MARIAN_FULL["vocab_size"] if not tiny else len(pieces) + 1
        if len(pieces) >= vocab_size:
            raise UsageError(f"stand-in vocabulary too large ({len(pieces)})")
        pad = vocab_size - 1
        vocab = dict(pieces)
        for filler in range(len(pieces), pad):  # ids the real vocab has, unused here
            vocab[f"<filler{filler}>"] = filler
        vocab["<pad>"] = pad
        out.mkdir(parents=True, exist_ok=True)
        shutil.copy(work / "source.model", out / "source.spm")
        shutil.copy(work / "target.model", out / "target.spm")
    (out / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False))
    tokenizer = MarianTokenizer(
        str(out / "source.spm"), str(out / "target.spm"), str(out / "vocab.json")
    )
    tokenizer.save_pretrained(out)
    shape = MARIAN_TINY if tiny else MARIAN_FULL
    options: dict[str, Any] = {
        **shape,
        "vocab_size": vocab_size,
        "pad_token_id": pad,
        "decoder_start_token_id": pad,
        "eos_token_id": 0,
        "forced_eos_token_id": 0,
        "bos_token_id": 0,
        "activation_function": "swish",
        "scale_embedding": True,
        "share_encoder_decoder_embeddings": True,
        # Generation defaults of the real model (kept on the config, as its hub copy does).
        "num_beams": 4,
        "max_length": 512,
    }
    config = MarianConfig(**options)
    torch.manual_seed(seed)
    model = MarianMTModel(config).eval()
    with torch.no_grad():
        # Filler ids decode to "<fillerN>": keep random weights from choosing them, so the
        # stand-in's output is made of real pieces (the bias add is part of the real model too).
        model.final_logits_bias[:, len(pieces) : pad] = -1e4
    model.save_pretrained(out, safe_serialization=True)
    write_marker(out, name=name, revision=None, standin=True, tiny=tiny, format="transformers")
    return out


def build_bart(
    out: Path, name: str = "sshleifer/distilbart-cnn-12-6", tiny: bool = False, seed: int = 0
) -> Path:
    """A BART stand-in of ``name``: sentencepiece-free, a byte-level BPE trained on the briefs."""
    import torch
    from tokenizers import ByteLevelBPETokenizer
    from transformers import BartConfig, BartForConditionalGeneration, BartTokenizerFast
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()

    _, english = corpus_texts()
    shape = BART_TINY if tiny else BART_FULL
    out.mkdir(parents=True, exist_ok=True)
    bpe = ByteLevelBPETokenizer()
    bpe.train_from_iterator(
        english,
        vocab_size=1000 if tiny else 8000,
        special_tokens=["<s>", "<pad>", "</s>", "<unk>", "<mask>"],
        show_progress=False,
    )
    with tempfile.TemporaryDirectory() as tmp:
        bpe.save_model(tmp)
        # transformers 5 names these ``vocab``/``merges``; unknown names are silently ignored.
        tokenizer = BartTokenizerFast(vocab=f"{tmp}/vocab.json", merges=f"{tmp}/merges.txt")
    if len(tokenizer) < 100:
        raise UsageError(f"stand-in BART tokenizer came out empty ({len(tokenizer)} pieces)")
    tokenizer.save_pretrained(out)
    vocab_size = shape.get("vocab_size", len(tokenizer))
    options: dict[str, Any] = {
        **shape,
        "vocab_size": max(vocab_size, len(tokenizer)),
        "pad_token_id": 1,
        "bos_token_id": 0,
        "eos_token_id": 2,
        "decoder_start_token_id": 2,
        "forced_bos_token_id": 0,
        "forced_eos_token_id": 2,
        "num_beams": 4,
    }
    config = BartConfig(**options)
    torch.manual_seed(seed)
    BartForConditionalGeneration(config).eval().save_pretrained(out, safe_serialization=True)
    write_marker(out, name=name, revision=None, standin=True, tiny=tiny, format="transformers")
    return out


def build(name: str, out: Path, tiny: bool = False) -> Path:
    if name.startswith(KNOWN["marian"][0]):
        return build_marian(out, name, tiny)
    if name == KNOWN["bart"][0]:
        return build_bart(out, name, tiny)
    raise UsageError(
        f"no stand-in recipe for '{name}' (known: Helsinki-NLP/opus-mt-*, "
        "sshleifer/distilbart-cnn-12-6)"
    )
