"""The first sentences that fit the budget: the classic news baseline."""

from __future__ import annotations

from summarizer.select import select_lead
from summarizer.strategies.sentences import SentenceStrategy


class Lead(SentenceStrategy):
    """The article's first sentences, as many as the word budget holds."""

    def select(self, sentences, budget, **context):
        return select_lead(sentences, budget, **context)
