"""Typed results of the pipeline: what a brief holds, which model made it, what failed.

They turn into the output contract's dicts (``to_dict``) only at the edges: JSON, the cache.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from summarizer.articles import Article
from summarizer.clean import CleanedArticle

STANDIN_WARNING = (
    "stand-in model: random weights, the English is not a translation "
    "(cleanup, selection and key figures are real)"
)
"""The warning every brief made with a stand-in model carries (``Brief.standin`` is the flag)."""


@dataclass(frozen=True)
class ModelInfo:
    """Which translation model made a brief (the contract's ``model`` object)."""

    name: str | None
    revision: str | None
    backend: str
    standin: bool

    @classmethod
    def of(cls, translator) -> ModelInfo:
        """The description of any object with the ``Translator`` attributes."""
        return cls(translator.name, translator.revision, translator.backend, translator.standin)

    def to_dict(self) -> dict:
        """Its fields as the output contract names them."""
        return asdict(self)


@dataclass
class BriefSentence:
    """One sentence of a brief: its source text and span, and its checked English."""

    index: int
    source: str
    text: str
    start: int
    end: int

    def to_dict(self) -> dict:
        """Its fields as the output contract names them."""
        return asdict(self)

    def __getitem__(self, name: str):
        """``sentence["text"]``, as when sentences were dicts (code written against those)."""
        return getattr(self, name)


@dataclass
class Brief:
    """One article's brief. ``to_dict()`` is the output contract (DESIGN.md)."""

    article: Article
    cleaned: CleanedArticle
    brief: str
    sentences: list[BriefSentence]
    figures: list
    warnings: list[str] = field(default_factory=list)
    model: ModelInfo | None = None
    strategy: dict = field(default_factory=dict)
    source_language: str | None = None
    standin: bool = False
    """Made (in part) by a stand-in model: the English is not a translation."""
    headline: str | None = None
    """The English title (``summarize_batch(..., headlines=True)``); not in the contract."""

    @property
    def key_figures(self) -> list[str]:
        """The key-figures line: every key figure (with what it counts where the model named it:
        ``summarizer.counted``), and every figure the translation lost."""
        shown = [
            (f.key_text or f.text) if f.key else f.text
            for f in self.figures
            if f.key or f.status == "missing"
        ]
        return list(dict.fromkeys(shown))

    def to_dict(self) -> dict:
        """The output contract's brief object (what JSON output and the cache hold)."""
        dateline = self.cleaned.dateline
        return {
            "id": self.article.id,
            "title": self.article.title,
            "date": self.cleaned.date,
            "source_language": self.source_language,
            "dateline": dateline.as_dict() if dateline else None,
            "brief": self.brief,
            "sentences": [s.to_dict() for s in self.sentences],
            "figures": [f.as_dict() for f in self.figures],
            "key_figures": self.key_figures,
            "warnings": self.warnings,
            "model": self.model.to_dict() if self.model else {},
            "strategy": self.strategy,
            "source": self.article.source_path,
        }

    as_dict = to_dict


@dataclass
class Failure:
    """An article that got no brief, in its place among the results."""

    article: Article
    reason: str
    kind: str = "article"
    """"article": the article cannot be briefed; "model": the model for it is not usable."""
    error: Exception | None = field(default=None, repr=False, compare=False)
    """The exception behind it, for callers that raise (``summarize_article``)."""

    @property
    def id(self) -> str:
        """The article's id."""
        return self.article.id


def is_standin(data: dict) -> bool:
    """Was a brief's dict (output contract, cache entry) made with a stand-in model?"""
    summary_model = data.get("strategy", {}).get("summary_model") or {}
    return bool(data.get("model", {}).get("standin") or summary_model.get("standin"))


def other_warnings(data: dict) -> list[str]:
    """A brief's warnings less the stand-in one (shown as a banner instead)."""
    return [w for w in data.get("warnings", []) if w != STANDIN_WARNING]
