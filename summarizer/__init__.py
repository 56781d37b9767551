"""summarizer: foreign-language news articles in, short English briefs out, figures kept exact.

Library use::

    from summarizer import Article, load_translator, summarize_article
    brief = summarize_article(Article(id="x", text=german), load_translator())
    print(brief.brief)
"""

__version__ = "0.1.0"

from summarizer.articles import Article
from summarizer.pipeline import Settings, summarize_article, translate_article
from summarizer.translate import load_translator

__all__ = ["Article", "Settings", "load_translator", "summarize_article", "translate_article"]
