"""Scored, figure-aware choice of sentences (``summarizer.select.select_extractive``)."""

from __future__ import annotations

from summarizer.select import select_extractive
from summarizer.strategies.sentences import SentenceStrategy


class Extractive(SentenceStrategy):
    """Lead position, centrality, key figures, title overlap; within the word budget."""

    def select(self, sentences, budget, **context):
        return select_extractive(sentences, budget, **context)
