"""The abstractive strategy: translate the whole article, then summarize it in English with a
BART-family model (default ``sshleifer/distilbart-cnn-12-6``).

Inputs longer than the summarizer's window are never cut silently: the translation is split
into windows at sentence boundaries, each window is summarized, and when there is more than one
the joined partial summaries are summarized once more (map-reduce).

The result goes through the same figure check as the extractive brief: a key figure missing
from the summary, or a figure in it that the source does not have, sends the brief back to the
extractive strategy, and ``warnings`` says why.
"""

from __future__ import annotations

from summarizer.models import resolve

DEFAULT_SUMMARY_MODEL = "sshleifer/distilbart-cnn-12-6"


class BartSummarizer:
    def __init__(
        self,
        model: str | None = None,
        *,
        beams: int = 4,
        offline: bool = False,
        max_summary_tokens: int = 120,
        fixed_output_tokens: int | None = None,
    ):
        import torch

        from summarizer.translate.hf import load_seq2seq

        resolved = resolve(
            model or DEFAULT_SUMMARY_MODEL, offline=offline, prefer=("transformers",)
        )
        self.tokenizer, self.model = load_seq2seq(resolved)
        self.name, self.revision, self.standin = resolved.name, resolved.revision, resolved.standin
        self.beams = beams
        self.max_summary_tokens = max_summary_tokens
        self.fixed_output_tokens = fixed_output_tokens or (40 if self.standin else None)
        self.window = min(self.model.config.max_position_embeddings, 1024) - 2
        self._torch = torch

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer(text)["input_ids"])

    def windows(self, sentences: list[str]) -> list[str]:
        """Consecutive sentences packed into windows the model can read whole."""
        from summarizer.translate.window import pack, split_to_fit

        parts = [p for s in sentences for p in split_to_fit(s, self.count_tokens, self.window)]
        return pack(parts, self.count_tokens, self.window, sep=" ")

    def _generate(self, text: str) -> str:
        batch = self.tokenizer([text], return_tensors="pt", truncation=False)
        if self.fixed_output_tokens:
            limits = {
                "min_new_tokens": self.fixed_output_tokens,
                "max_new_tokens": self.fixed_output_tokens,
            }
        else:
            limits = {"max_new_tokens": self.max_summary_tokens}
        with self._torch.inference_mode():
            out = self.model.generate(
                **batch, num_beams=self.beams, do_sample=False, no_repeat_ngram_size=3, **limits
            )
        return self.tokenizer.decode(out[0], skip_special_tokens=True).strip()

    def summarize(self, sentences: list[str]) -> tuple[str, int]:
        """The summary, and how many windows the input needed."""
        parts = self.windows(sentences)
        summaries = [self._generate(p) for p in parts]
        if len(summaries) == 1:
            return summaries[0], 1
        return self._generate(" ".join(summaries)), len(parts)


def figure_problems(
    summary: str, figures: list, source_text: str | None = None, lang: str = "de"
) -> tuple[str, list, list[str]]:
    """The same check as for translated sentences, over the whole summary and every figure of
    the article (whose ``source_text`` the figures' offsets index): the summary with format
    repairs applied, the key figures it lost, and the figures in it that the article does not
    have."""
    from summarizer.figures import check_translation

    result = check_translation(figures, summary, source_text=source_text, lang=lang)
    missing = [f for f in result.missing if f.key]
    return result.text, missing, list(result.invented)
