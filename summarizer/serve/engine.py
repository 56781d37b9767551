"""The server's only door into the pipeline: every call into ``summarizer.pipeline`` is here.

``brief_many`` briefs several articles with one translation batch per model (the chosen
sentences of all of them together); an article that fails comes back as a ``Failure`` value in
its place, so one bad article never costs the others their briefs.
"""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.articles import Article
from summarizer.errors import SummarizerError
from summarizer.pipeline import (
    Settings,
    finish,
    pick_translator,
    prepare,
    translate_article,
    translate_prepared,
)


@dataclass
class Failure:
    id: str
    reason: str
    kind: str = "article"
    """"article": the article cannot be briefed; "model": the model for it is not usable."""


def _failure(article: Article, err: Exception) -> Failure:
    kind = "model" if isinstance(err, SummarizerError) and err.exit_code == 2 else "article"
    return Failure(article.id, str(err), kind)


def brief_many(articles: list[Article], translator, settings: Settings) -> list[dict | Failure]:
    """One brief (the output contract's dict) or ``Failure`` per article, in input order.

    ``translator`` is a Translator or a ``TranslatorPool``.
    """
    results: list[dict | Failure | None] = [None] * len(articles)
    prepared = {}
    for n, article in enumerate(articles):
        try:
            prepared[n] = prepare(article, settings)
        except (ValueError, SummarizerError) as err:
            results[n] = _failure(article, err)
    groups: dict[int, tuple] = {}
    for n, prep in prepared.items():
        try:
            chosen = pick_translator(translator, prep)
        except SummarizerError as err:  # e.g. the model for this language is not here
            results[n] = _failure(articles[n], err)
            continue
        groups.setdefault(id(chosen), (chosen, []))[1].append(n)
    for chosen, ns in groups.values():
        try:
            english = translate_prepared([prepared[n] for n in ns], chosen)
        except (ValueError, SummarizerError) as err:
            for n in ns:
                results[n] = Failure(articles[n].id, f"translation failed: {err}", "model")
            continue
        for n, eng in zip(ns, english, strict=True):
            try:
                results[n] = finish(prepared[n], eng, chosen, settings).as_dict()
            except (ValueError, SummarizerError) as err:
                results[n] = _failure(articles[n], err)
    return results


def figures_of(article: Article, settings: Settings) -> dict:
    """``{id, figures}`` as ``summarizer figures --format json`` prints it (no model needed)."""
    prepared = prepare(article, settings)
    return {"id": article.id, "figures": [f.as_dict() for f in prepared.figures]}


def translate_one(article: Article, translator, source_language: str | None) -> dict | Failure:
    """The full sentence-aligned translation, as ``summarizer translate --format json``."""
    try:
        return translate_article(article, translator, source_language)
    except (ValueError, SummarizerError) as err:
        return _failure(article, err)


def loaded_model(translator, language: str = "de") -> dict:
    """Load (or fail on) the model for ``language`` now, and describe it."""
    chosen = translator
    if hasattr(translator, "for_language"):
        chosen, _ = translator.for_language(language)
    return {
        "name": chosen.name,
        "revision": chosen.revision,
        "backend": chosen.backend,
        "standin": chosen.standin,
    }
