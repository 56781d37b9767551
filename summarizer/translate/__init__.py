"""Translation: a small protocol, the backends (``backends.BACKENDS``), the per-language
``Router``, and the long-sentence window.

``load_translator`` resolves the model (see ``summarizer.models``) and picks the backend:
``auto`` takes CTranslate2 when a converted copy is present, else transformers.
"""

from __future__ import annotations

import os
from functools import cached_property
from typing import Protocol

from summarizer.errors import ModelError, UsageError
from summarizer.models import resolve
from summarizer.translate.backends import BACKENDS
from summarizer.translate.none import PassthroughTranslator


class Translator(Protocol):
    """A loaded translation model; ``ModelInfo.of(translator)`` describes it."""

    name: str | None
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
    """The translation model ``model`` (hub id or folder; default opus-mt-de-en), loaded by
    ``backend`` (a name in ``BACKENDS``, or ``auto``: the first whose format is present)."""
    if backend != "auto" and backend not in BACKENDS:
        raise UsageError(f"unknown backend '{backend}' (auto, {', '.join(BACKENDS)})")
    check_threads(threads)
    if backend != "auto" and not BACKENDS[backend].needs_model:
        return BACKENDS[backend].translator_class()(None)
    with_models = tuple(name for name, entry in BACKENDS.items() if entry.needs_model)
    prefer = with_models if backend == "auto" else (backend,)
    resolved = resolve(model, offline=offline, prefer=prefer)
    if backend == "auto":
        backend = resolved.format
    if resolved.format != backend:
        raise UsageError(
            f"{resolved.path}: a {resolved.format} model, but --backend {backend} was asked for"
        )
    translator_class = BACKENDS[backend].translator_class()
    return translator_class(
        resolved, beams=beams, threads=threads, fixed_output_tokens=fixed_output_tokens
    )


class Router:
    """Picks the translator for each source language: one model per language, loaded on
    first use (a ``Translator`` translates; a ``Router`` only chooses).

    An explicit ``model`` serves every article (the user's choice wins over detection).
    """

    def __init__(self, model: str | None = None, **options):
        check_threads(options.get("threads", 0))
        self.model = model
        self.options = options
        self._loaded: dict[str | None, Translator] = {}
        self._failed: dict[str, ModelError] = {}

    @staticmethod
    def of(translator: Router | Translator) -> Router:
        """``translator`` as a router: itself, or one that sends every language to it."""
        if isinstance(translator, Router) or hasattr(translator, "for_language"):
            return translator  # type: ignore[return-value]
        return _Single(translator)

    def preload(self) -> None:
        """Load (or fail on) an explicit model now, before any article work."""
        if self.model:
            self._get(self.model)

    def model_for(self, lang: str | None) -> str | None:
        """The model id ``lang`` is routed to (None: no translation), without loading it;
        ``lang`` None: the explicit model, or "route-by-language"."""
        if self.model:
            return self.model
        if lang is None:
            return "route-by-language"
        from summarizer.language import translation_model_for

        route = translation_model_for(lang)
        return None if route.passthrough else route.model_id

    def describe(self, lang: str | None = None) -> dict:
        """What decides the output for articles in ``lang``: the model and the options. With
        no explicit model and ``lang`` None (routed by detected language), the whole routing
        table: a change of any route changes the description."""
        if lang is None and not self.model:
            return {"model": self.model_for(None), "routes": self._routes, **self.options}
        return {"model": self.model_for(lang), **self.options}

    @cached_property
    def _routes(self) -> dict[str, str | None]:
        from summarizer.language import NEWS_LANGUAGES

        return {code: self.model_for(code) for code in NEWS_LANGUAGES}

    def for_language(self, lang: str) -> tuple[Translator, list[str]]:
        """The translator for ``lang`` and warnings about the route (mul-en fallback)."""
        if self.model:
            return self._get(self.model), []
        from summarizer.language import translation_model_for

        route = translation_model_for(lang)
        if route.passthrough or route.model_id is None:
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


class _Single(Router):
    """One translator for every language (a ``Translator`` given where a router goes)."""

    def __init__(self, translator: Translator):
        super().__init__()
        self.translator = translator

    def model_for(self, lang: str | None) -> str | None:
        return self.translator.name

    def for_language(self, lang: str) -> tuple[Translator, list[str]]:
        return self.translator, []


TranslatorPool = Router
"""The former name of ``Router``."""
