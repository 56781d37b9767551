"""HTML articles: main text, title and date extracted with trafilatura.

trafilatura works on the string it is given; nothing here fetches anything — links, images and
scripts in the page are ignored.
"""

from __future__ import annotations

from summarizer.articles import Article


def article_from_html(html: str, default_id: str, source: str) -> Article:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        include_tables=False,
        favor_precision=True,
    )
    data: dict = {} if doc is None else doc if isinstance(doc, dict) else doc.as_dict()
    text = data.get("text") or ""
    if not text.strip():
        raise ValueError("HTML page has no article text that could be extracted")
    title = data.get("title") or None
    first, _, rest = text.partition("\n")
    if title and first.strip() == title.strip() and rest.strip():
        text = rest  # the page's <h1> repeats the title
    return Article(
        id=default_id,
        text=text,
        title=title,
        date=(data.get("date") or None),
        source_path=source,
    )
