"""Translation: a small protocol, two backends, and the long-sentence window.

``load_translator`` resolves the model (see ``summarizer.models``) and picks the backend:
``auto`` takes CTranslate2 when a converted copy is present, else transformers.
"""

from __future__ import annotations

import os
from typing import Protocol

from summarizer.errors import ModelError, UsageError
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


MAX_THREADS = max(64, 4 * (os.cpu_count() or 1))
"""Most decoding threads accepted: CTranslate2 crashes the process (segfault) when asked for
tens of thousands of workers, so an absurd --threads is refused before any model loads."""


def check_threads(threads: int) -> int:
    if not 0 <= threads <= MAX_THREADS:
        raise UsageError(
            f"--threads {threads}: expected 0 (all cores) to {MAX_THREADS} decoding threads"
        )
    return threads


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
    check_threads(threads)
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


class PassthroughTranslator:
    """English articles: nothing to translate."""

    name = None
    revision = None
    backend = "none"
    standin = False
    max_tokens = 10**9

    def translate(self, sentences: list[str]) -> list[str]:
        return list(sentences)

    def count_tokens(self, text: str) -> int:
        return len(text.split())


class TranslatorPool:
    """One translator per model, loaded on first use; routes each language to its model.

    An explicit ``model`` serves every article (the user's choice wins over detection).
    """

    def __init__(self, model: str | None = None, **options):
        check_threads(options.get("threads", 0))
        self.model = model
        self.options = options
        self._loaded: dict[str | None, Translator] = {}
        self._failed: dict[str, ModelError] = {}

    def describe(self) -> dict:
        """What decides the output: the explicit model (or routing by language) and options."""
        return {"model": self.model or "route-by-language", **self.options}

    def for_language(self, lang: str) -> tuple[Translator, list[str]]:
        """The translator for ``lang`` and warnings about the route (mul-en fallback)."""
        if self.model:
            return self._get(self.model), []
        from summarizer.language import translation_model_for

        route = translation_model_for(lang)
        if route.passthrough:
            return self._loaded.setdefault(None, PassthroughTranslator()), []
        return self._get(route.model_id), [route.warning] if route.warning else []

    def _get(self, model_id: str) -> Translator:
        # A model that failed to load fails the same way for every later article, at once.
        if model_id in self._failed:
            raise self._failed[model_id]
        if model_id not in self._loaded:
            try:
                self._loaded[model_id] = load_translator(model_id, **self.options)
            except ModelError as err:
                self._failed[model_id] = err
                raise
        return self._loaded[model_id]
