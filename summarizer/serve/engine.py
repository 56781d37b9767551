"""The server's only door into the pipeline: every call into ``summarizer.pipeline`` is here.

``brief_many`` briefs several articles through ``pipeline.summarize_batch`` (one translation
batch per model); an article that fails comes back as a ``Failure`` value in its place, so one
bad article never costs the others their briefs.
"""

from __future__ import annotations

from summarizer.articles import Article
from summarizer.errors import SummarizerError
from summarizer.pipeline import Settings, failure, prepare, summarize_batch, translate_article
from summarizer.results import Failure, ModelInfo
from summarizer.translate import Router

__all__ = ["Failure", "brief_many", "figures_of", "loaded_model", "translate_one"]


def brief_many(articles: list[Article], translator, settings: Settings) -> list[dict | Failure]:
    """One brief (the output contract's dict) or ``Failure`` per article, in input order.

    ``translator`` is a Translator or a ``Router``.
    """
    try:
        results = list(
            summarize_batch(articles, translator, settings, batch_size=max(1, len(articles)))
        )
    except SummarizerError as err:  # the explicit model does not load: every article fails
        return [failure(article, err) for article in articles]
    return [r if isinstance(r, Failure) else r.to_dict() for r in results]


def figures_of(article: Article, settings: Settings) -> dict:
    """``{id, figures}`` as ``summarizer figures --format json`` prints it (no model needed)."""
    prepared = prepare(article, settings)
    return {"id": article.id, "figures": [f.as_dict() for f in prepared.figures]}


def translate_one(article: Article, translator, source_language: str | None) -> dict | Failure:
    """The full sentence-aligned translation, as ``summarizer translate --format json``."""
    try:
        return translate_article(article, translator, source_language)
    except (ValueError, SummarizerError) as err:
        return failure(article, err)


def loaded_model(translator, language: str = "de") -> dict:
    """Load (or fail on) the model for ``language`` now, and describe it."""
    chosen, _ = Router.of(translator).for_language(language)
    return ModelInfo.of(chosen).to_dict()
