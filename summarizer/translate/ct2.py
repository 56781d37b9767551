"""The CTranslate2 backend: a converted Marian model, int8 by default, torch-free at run time.

Run time needs only ``ctranslate2`` and ``sentencepiece`` (importing this module or translating
with it never imports torch or transformers: that is what makes a cold start fast). Conversion
(``convert``) is the one place that needs torch + transformers, once per model.

Traps this module handles deliberately (measured, see DESIGN.md):

- the converted config has ``add_source_eos=false``: ``</s>`` is appended to the source pieces
  here, as the Marian tokenizer does;
- ``translate_batch`` silently truncates inputs at ``max_input_length=1024`` and stops decoding at
  ``max_decoding_length=256``: both are set on every call, from the model's positions; an input
  longer than the model can encode is refused, never truncated (``window.translate_long`` splits
  sentences longer than the shared ``WINDOW_TOKENS`` window before they get here);
- threads: ``threads`` cores (0 = every core this process may use) as ``threads`` workers of
  one thread each (``inter_threads=threads``, ``intra_threads=1``); every batch is cut into one
  sub-batch per worker, decoded in parallel. Measured on the 2-core machines here (beam 4, 40
  tokens, full-size stand-in): 3 sentences 0.30 s this way against 0.51 s with one worker of
  two threads (``intra_threads=2``) and 0.44 s with one thread; 12 sentences 0.51 / 0.54 /
  0.69 s. One decoding step of a 512-wide model is too small to share between threads.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from summarizer.errors import ModelError, UsageError, first_line
from summarizer.models import (
    ResolvedModel,
    model_format,
    read_marker,
    resolve,
    store_path,
    write_marker,
)
from summarizer.translate.batches import batches_by_length, fixed_output_length
from summarizer.translate.window import WINDOW_TOKENS

BATCH_SIZE = 32
"""Sentences per ``translate_batch`` call (sorted by length first, so little padding)."""
QUANTIZATIONS = ("int8", "int8_float32", "float32", "float16", "bfloat16")
TOKENIZER_FILES = ("source.spm", "target.spm", "vocab.json", "tokenizer_config.json")
REQUIRED_FILES = ("model.bin", "config.json", "source.spm", "target.spm")
DEFAULT_POSITIONS = 512
EOS = "</s>"
UNK = "<unk>"
SPIECE_UNDERLINE = "\u2581"


def cpu_count() -> int:
    """Cores this process may run on (the affinity mask, not the machine's total)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


class CT2Translator:
    backend = "ct2"
    batch_size = BATCH_SIZE

    def __init__(
        self,
        resolved: ResolvedModel,
        beams: int = 4,
        threads: int = 0,
        fixed_output_tokens: int | None = None,
    ):
        import ctranslate2
        import sentencepiece as spm

        path = resolved.path
        marker = read_marker(path)
        again = f"convert it again with `summarizer models convert {_source_of(resolved, marker)}`"
        missing = [f for f in REQUIRED_FILES if not (path / f).is_file()]
        if missing:
            raise ModelError(
                f"{path}: not a complete CTranslate2 model (missing {', '.join(missing)}); {again}"
            )
        self.threads = threads if threads > 0 else cpu_count()
        try:
            self.source_spm = spm.SentencePieceProcessor(model_file=str(path / "source.spm"))
            self.target_spm = spm.SentencePieceProcessor(model_file=str(path / "target.spm"))
            self.model = ctranslate2.Translator(
                str(path),
                device="cpu",
                compute_type="default",
                inter_threads=self.threads,
                intra_threads=1,
            )
        except (RuntimeError, ValueError, OSError, IndexError) as err:
            raise ModelError(
                f"{path}: cannot load the CTranslate2 model ({first_line(err)}); {again}"
            ) from None
        self.path = path
        self.name = resolved.name
        self.revision = resolved.revision
        self.standin = resolved.standin
        self.quantization = marker.get("quantization")
        self.positions = int(marker.get("max_position_embeddings") or DEFAULT_POSITIONS)
        self.beams = beams
        self.fixed_output_tokens = fixed_output_tokens

    @property
    def max_tokens(self) -> int:
        """As the transformers backend: the shared window (longer sentences get split)."""
        return min(self.hard_limit, WINDOW_TOKENS)

    @property
    def hard_limit(self) -> int:
        """Longest source the model itself can encode: its positions less two."""
        return self.positions - 2

    def pieces(self, text: str) -> list[str]:
        """Source pieces of ``text`` with ``</s>`` appended (the converted model does not).

        A leading target-language code (``>>fr<<``) is one piece, as MarianTokenizer has it.
        """
        code = []
        if text.startswith(">>") and (end := text.find("<<")) != -1:
            code, text = [text[: end + 2]], text[end + 2 :]
        return code + self.source_spm.encode(text, out_type=str) + [EOS]

    def count_tokens(self, text: str) -> int:
        return len(self.pieces(text))

    def translate(self, sentences: list[str]) -> list[str]:
        return [self.detokenize(tokens) for tokens in self.translate_pieces(sentences)]

    def translate_pieces(self, sentences: list[str]) -> list[list[str]]:
        """Target pieces of each sentence (no ``</s>``), in input order."""
        sources = [self.pieces(s) for s in sentences]
        too_long = [len(p) for p in sources if len(p) > self.hard_limit]
        if too_long:
            raise ValueError(
                f"a sentence of {max(too_long)} tokens is longer than the model's "
                f"positions ({self.hard_limit}); split it first (translate_long)"
            )
        out: list[list[str]] = [[] for _ in sources]
        for idx in batches_by_length([len(p) for p in sources], BATCH_SIZE):
            batch = [sources[i] for i in idx]
            src_len = max(len(p) for p in batch)
            fixed = fixed_output_length(self.fixed_output_tokens, self.standin, src_len)
            if fixed:
                # The transformers backend's n new tokens end with a forced </s>: here n - 1
                # pieces (CT2 stops at the length without emitting </s>).
                n = max(1, min(fixed, self.positions) - 1)
                limits = {"min_decoding_length": n, "max_decoding_length": n}
            else:
                limits = {"max_decoding_length": min(self.positions, 2 * src_len + 10)}
            results = self.model.translate_batch(
                batch,
                beam_size=self.beams,
                num_hypotheses=1,
                max_batch_size=-(-len(batch) // self.threads),  # one sub-batch per worker
                max_input_length=self.hard_limit,
                return_scores=False,
                **limits,
            )
            for i, result in zip(idx, results, strict=False):
                out[i] = result.hypotheses[0]
        return out

    def detokenize(self, tokens: list[str]) -> str:
        """As MarianTokenizer.decode(skip_special_tokens=True): drop </s>, <unk>, then join."""
        kept = [t for t in tokens if t not in (EOS, UNK)]
        return self.target_spm.decode_pieces(kept).replace(SPIECE_UNDERLINE, " ").strip()


def convert(name: str, quantization: str = "int8", out: Path | None = None) -> Path:
    """Convert a transformers Marian model (hub id or folder) into a self-contained CT2 folder.

    Default target: the store (``store_path(name, "ct2")``); for a stand-in, the folder beside
    it with ``-ct2`` appended, so random weights never take the real model's place in the store.
    The folder is written beside the target and renamed into place: a failed conversion leaves
    nothing half-written.
    """
    if quantization not in QUANTIZATIONS:
        raise UsageError(
            f"unknown quantization '{quantization}' (one of {', '.join(QUANTIZATIONS)})"
        )
    resolved = resolve(name, prefer=("transformers",))
    if resolved.format != "transformers":
        raise UsageError(
            f"{resolved.path}: already a CTranslate2 model; convert the "
            "transformers folder it came from"
        )
    source = resolved.path
    try:
        hf_config = json.loads((source / "config.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise ModelError(f"{source / 'config.json'}: unreadable ({first_line(err)})") from None
    if hf_config.get("model_type") != "marian":
        raise UsageError(
            f"{source}: a '{hf_config.get('model_type')}' model; only Marian "
            "translation models are converted"
        )
    missing = [f for f in ("source.spm", "target.spm", "vocab.json") if not (source / f).is_file()]
    if missing:
        raise ModelError(f"{source}: tokenizer files missing ({', '.join(missing)})")
    if out is None:
        out = (
            source.parent / f"{source.name}-ct2"
            if resolved.standin
            else store_path(resolved.name, "ct2")
        )
    out = Path(out)
    if out.resolve() == source.resolve():
        raise UsageError(f"{out}: the target folder is the model's own folder")
    out.parent.mkdir(parents=True, exist_ok=True)
    work = out.parent / f".{out.name}.converting-{os.getpid()}"
    shutil.rmtree(work, ignore_errors=True)
    try:
        _run_converter(
            source, work, quantization, [f for f in TOKENIZER_FILES if (source / f).is_file()]
        )
        marker = read_marker(source)
        write_marker(
            work,
            name=resolved.name,
            revision=resolved.revision,
            standin=resolved.standin,
            **({"tiny": marker["tiny"]} if "tiny" in marker else {}),
            format="ct2",
            quantization=quantization,
            max_position_embeddings=hf_config.get("max_position_embeddings", DEFAULT_POSITIONS),
            converted_from=str(source),
        )
        if model_format(work) != "ct2":
            raise ModelError(f"{source}: the converter wrote no model.bin")
        if out.exists():
            shutil.rmtree(out)
        work.rename(out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return out


def _run_converter(source: Path, work: Path, quantization: str, copy_files: list[str]) -> None:
    from ctranslate2.converters import TransformersConverter
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    converter = TransformersConverter(str(source), copy_files=copy_files)
    try:
        converter.convert(str(work), quantization=quantization, force=True)
    except (ValueError, OSError, RuntimeError, NotImplementedError, KeyError) as err:
        raise ModelError(
            f"{source}: conversion to CTranslate2 failed ({first_line(err)})"
        ) from None


def _source_of(resolved: ResolvedModel, marker: dict) -> str:
    """What to convert again: the folder a stand-in came from, else the hub id."""
    if resolved.standin and marker.get("converted_from"):
        return marker["converted_from"]
    return resolved.name
