"""The base of strategies whose brief is translated source sentences (lead, extractive)."""

from __future__ import annotations


class SentenceStrategy:
    """Translate the chosen sentences, check their figures, trim to the budget
    (``summarizer.pipeline.finish``). Subclasses define ``select``."""

    def __init__(self, **_options):
        pass

    def select(self, sentences, budget, **context):
        raise NotImplementedError

    def to_translate(self, prepared) -> list[int]:
        return list(prepared.chosen)

    def brief(self, prepared, english, translator, settings):
        from summarizer.pipeline import finish

        return finish(prepared, english, translator, settings)
