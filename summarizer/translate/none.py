"""Translators that translate nothing: the text stays in the article's own language.

- ``PassthroughTranslator``: English articles, which need no translation.
- ``SourceOnlyTranslator``: the ``none`` backend (``--source-only``): the brief in the
  article's language, needing no model at all.

Both say ``translates = False``: the figure check has nothing to compare, so every figure of a
chosen sentence is kept and none is called invented.
"""

from __future__ import annotations


class PassthroughTranslator:
    """English articles: nothing to translate."""

    name: str | None = None
    revision: str | None = None
    backend: str = "none"
    standin: bool = False
    translates: bool = False
    max_tokens: int = 10**9

    def translate(self, sentences: list[str]) -> list[str]:
        """The sentences themselves."""
        return list(sentences)

    def count_tokens(self, text: str) -> int:
        """Words, as tokens (no window to fit: ``max_tokens`` is unbounded)."""
        return len(text.split())


class SourceOnlyTranslator(PassthroughTranslator):
    """The ``none`` backend: every article briefed in its own language, no model loaded."""

    name = "none"

    def __init__(self, resolved=None, **options):
        # Built like every backend (see ``backends.Backend.target``); it needs nothing.
        pass
