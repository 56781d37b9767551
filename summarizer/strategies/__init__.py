"""Summarization strategies, by name. A strategy chooses the sentences on the source side
(``select``), says which sentences it needs in English (``to_translate``), and makes the brief
from their translations (``brief``); the pipeline does the rest (see ``summarize_batch``).

Adding one: a module with a class following ``Strategy`` and one line in ``STRATEGIES``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import import_module
from typing import TYPE_CHECKING, Protocol

from summarizer.errors import UsageError

if TYPE_CHECKING:
    from summarizer.pipeline import Prepared, Settings
    from summarizer.results import Brief
    from summarizer.select import Choice
    from summarizer.sentences import Sentence
    from summarizer.translate import Translator

STRATEGIES: dict[str, str] = {
    "extractive": "summarizer.strategies.extractive:Extractive",
    "lead": "summarizer.strategies.lead:Lead",
    "abstractive": "summarizer.strategies.abstractive:Abstractive",
}
"""Name → ``module:Class``, imported when first used. The first is the default."""


class Strategy(Protocol):
    """What the pipeline needs of a strategy. Built with keyword options (``summary_model``
    for the abstractive one); a strategy ignores the options it has no use for. A class that
    sets ``needs_summary_model = True`` gets a ``summary_model`` from the CLI and is not offered
    by the server, which loads no second model."""

    def select(
        self,
        sentences: Sequence[Sentence],
        budget: int,
        *,
        key_figures_of: Callable[[int], set],
        figures_of: Callable[[int], int],
        title: str | None,
        figure_scores_of: Callable[[int], list[float]],
        text: str,
        language: str,
    ) -> Choice:
        """The source sentences of the brief (indices in article order) and every score.
        ``key_figures_of(i)``: ids of the key figures in sentence i; ``figures_of(i)``: how
        many figures it has; ``figure_scores_of(i)``: their key scores; ``text``: the article;
        ``language``: its code (see ``summarizer.select``)."""
        ...

    def to_translate(self, prepared: Prepared) -> list[int]:
        """Indices of the sentences the brief needs in English."""
        ...

    def brief(
        self,
        prepared: Prepared,
        english: dict[int, str],
        translator: Translator,
        settings: Settings,
    ) -> Brief:
        """The brief, from the English of the ``to_translate`` sentences."""
        ...


def strategy_class(name: str) -> type:
    """The class registered as ``name``; an unknown name is a usage error."""
    try:
        target = STRATEGIES[name]
    except KeyError:
        raise UsageError(f"unknown strategy '{name}' (expected {', '.join(STRATEGIES)})") from None
    module, _, attribute = target.partition(":")
    return getattr(import_module(module), attribute)


def needs_summary_model(name: str) -> bool:
    """True when the strategy ``name`` summarizes with a second (English) model."""
    return bool(getattr(strategy_class(name), "needs_summary_model", False))


def create(name: str, **options) -> Strategy:
    """A ready strategy: ``create("abstractive", summary_model=bart)``."""
    return strategy_class(name)(**options)
