"""The transformers backend: MarianMTModel + MarianTokenizer + generate().

transformers 5 has no translation pipeline; generate() is called directly, on batches of
sentences sorted by length (less padding), with beam search (deterministic).
"""

from __future__ import annotations

from summarizer.errors import ModelError, first_line
from summarizer.models import ResolvedModel
from summarizer.translate.batches import batches_by_length, fixed_output_length
from summarizer.translate.window import WINDOW_TOKENS

BATCH_SIZE = 16


def load_seq2seq(resolved: ResolvedModel):
    """Tokenizer and model of a transformers seq2seq folder: safetensors only, no remote code,
    quiet; any loader failure becomes one ``ModelError`` line naming the folder."""
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    try:
        tokenizer = AutoTokenizer.from_pretrained(resolved.path)
        model = AutoModelForSeq2SeqLM.from_pretrained(
            resolved.path, use_safetensors=True, trust_remote_code=False
        ).eval()
    except Exception as err:  # any loader error means the same thing to the user
        raise ModelError(
            f"{resolved.path}: cannot load the model ({first_line(err)}); "
            "pull it again with `summarizer models pull`"
        ) from None
    return tokenizer, model


class HFTranslator:
    backend = "transformers"
    batch_size = BATCH_SIZE

    def __init__(
        self,
        resolved: ResolvedModel,
        beams: int = 4,
        threads: int = 0,
        fixed_output_tokens: int | None = None,
    ):
        import torch

        if threads:
            torch.set_num_threads(threads)
        self.tokenizer, self.model = load_seq2seq(resolved)
        self.name = resolved.name
        self.revision = resolved.revision
        self.standin = resolved.standin
        self.beams = beams
        self.fixed_output_tokens = fixed_output_tokens
        self._torch = torch

    @property
    def max_tokens(self) -> int:
        return min(self.model.config.max_position_embeddings - 2, WINDOW_TOKENS)

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer(text)["input_ids"])

    def translate(self, sentences: list[str]) -> list[str]:
        out: list[str] = [""] * len(sentences)
        for idx in batches_by_length([len(s) for s in sentences], BATCH_SIZE):
            batch = self.tokenizer(
                [sentences[i] for i in idx], return_tensors="pt", padding=True, truncation=False
            )
            src_len = batch["input_ids"].shape[1]
            fixed = fixed_output_length(self.fixed_output_tokens, self.standin, src_len)
            if fixed:
                limits = {"min_new_tokens": fixed, "max_new_tokens": fixed}
            else:
                limits = {"max_new_tokens": min(512, int(src_len * 2) + 10)}
            with self._torch.inference_mode():
                generated = self.model.generate(
                    **batch, num_beams=self.beams, do_sample=False, **limits
                )
            for i, text in zip(
                idx, self.tokenizer.batch_decode(generated, skip_special_tokens=True), strict=False
            ):
                out[i] = text.strip()
        return out
