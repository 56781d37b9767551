"""summarizer: foreign-language news articles in, short English briefs out, figures kept exact.

Library use::

    from summarizer import Article, Router, summarize_batch
    for brief in summarize_batch(articles, Router()):   # one model per source language
        print(brief.brief if not isinstance(brief, Failure) else brief.reason)

    from summarizer import load_translator, summarize_article
    brief = summarize_article(Article(id="x", text=german), load_translator())
"""

__version__ = "0.1.0"

from summarizer.articles import Article
from summarizer.pipeline import Settings, summarize_article, summarize_batch, translate_article
from summarizer.results import Brief, BriefSentence, Failure, ModelInfo
from summarizer.translate import Router, load_translator

__all__ = [
    "Article",
    "Brief",
    "BriefSentence",
    "Failure",
    "ModelInfo",
    "Router",
    "Settings",
    "load_translator",
    "summarize_article",
    "summarize_batch",
    "translate_article",
]
