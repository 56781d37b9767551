"""Translation: a small protocol, two backends, and the long-sentence window.

``load_translator`` resolves the model (see ``summarizer.models``) and picks the backend:
``auto`` takes CTranslate2 when a converted copy is present, else transformers.
"""

from __future__ import annotations

from typing import Protocol

from summarizer.errors import UsageError
from summarizer.models import resolve


class Translator(Protocol):
    name: str
    revision: str | None
    backend: str
    standin: bool

    def translate(self, sentences: list[str]) -> list[str]:
        """One translation per input sentence, in input order (inputs fit the window)."""

    def count_tokens(self, text: str) -> int:
        """Source-side tokens of ``text`` (with the end-of-sentence token)."""

    @property
    def max_tokens(self) -> int:
        """Longest source the backend accepts, in tokens."""


def load_translator(
    model: str | None = None,
    *,
    backend: str = "auto",
    beams: int = 4,
    offline: bool = False,
    threads: int = 0,
    fixed_output_tokens: int | None = None,
) -> Translator:
    if backend not in ("auto", "ct2", "transformers"):
        raise UsageError(f"unknown backend '{backend}' (auto, ct2 or transformers)")
    prefer = {"auto": ("ct2", "transformers"), "ct2": ("ct2",), "transformers": ("transformers",)}[
        backend
    ]
    resolved = resolve(model, offline=offline, prefer=prefer)
    if backend == "auto":
        backend = resolved.format
    if resolved.format != backend:
        raise UsageError(
            f"{resolved.path}: a {resolved.format} model, but --backend {backend} was asked for"
        )
    if backend == "ct2":
        from summarizer.translate.ct2 import CT2Translator

        return CT2Translator(
            resolved, beams=beams, threads=threads, fixed_output_tokens=fixed_output_tokens
        )
    from summarizer.translate.hf import HFTranslator

    return HFTranslator(
        resolved, beams=beams, threads=threads, fixed_output_tokens=fixed_output_tokens
    )
