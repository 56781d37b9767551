"""The digest as one self-contained HTML file: inline CSS, no scripts, no external assets.

Readable on a phone (single column, fluid width) and in print (no navigation colours, entries
kept whole on a page where they fit).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from html import escape as html_escape

from summarizer.articles import CONTROL_CHARS, safe_id
from summarizer.language import language_name
from summarizer.results import is_standin, other_warnings

CSS = """
:root { color-scheme: light; --ink:#1b1f24; --muted:#5b6570; --rule:#d9dee3; --accent:#0b5cad;
        --warn:#8a5a00; --warnbg:#fff6e0; }
* { box-sizing: border-box; }
body { margin:0; background:#f4f5f7; color:var(--ink);
       font: 17px/1.55 Georgia, "Times New Roman", serif; }
main { max-width: 44rem; margin: 0 auto; background:#fff; padding: 2rem 1.5rem 3rem;
       overflow-wrap: anywhere; }
header.masthead { border-bottom: 3px double var(--ink); margin-bottom: 1.5rem; }
header.masthead h1 { font: 700 2rem/1.15 "Helvetica Neue", Arial, sans-serif; margin: 0 0 .3rem; }
.summary { color: var(--muted); font: .9rem/1.4 "Helvetica Neue", Arial, sans-serif;
           margin: 0 0 .8rem; }
nav.toc { font: .95rem/1.45 "Helvetica Neue", Arial, sans-serif; margin-bottom: 2rem; }
nav.toc h2 { font-size: .8rem; letter-spacing: .08em; text-transform: uppercase;
             color: var(--muted); margin: 0 0 .4rem; }
nav.toc ol { margin: 0; padding-left: 1.4rem; }
nav.toc a { color: var(--accent); text-decoration: none; display: -webkit-box;
            -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
article { border-top: 1px solid var(--rule); padding: 1.2rem 0 .6rem; break-inside: avoid; }
article h2 { font: 700 1.3rem/1.25 "Helvetica Neue", Arial, sans-serif; margin: 0 0 .35rem; }
.meta { color: var(--muted); font: .85rem/1.4 "Helvetica Neue", Arial, sans-serif;
        margin-bottom: .5rem; }
.brief { margin: .2rem 0 .6rem; }
.figures { font: .9rem/1.45 "Helvetica Neue", Arial, sans-serif; margin: 0 0 .4rem; }
.figures b { color: var(--muted); font-weight: 600; }
.figures span { display: inline-block; background: #eef3f9; border-radius: 3px;
                padding: 0 .35rem; margin: .1rem .15rem; }
.figures small { color: var(--muted); font-size: .8rem; }
.brief .s[title] { text-decoration: underline dotted #b8c0c8; text-underline-offset: .2em; }
details.sources summary { cursor: pointer; color: var(--muted);
                          font: .8rem/1.4 "Helvetica Neue", Arial, sans-serif; }
details.sources ol { font-size: .9rem; padding-left: 1.4rem; margin: .3rem 0 .6rem; }
details.sources li { margin: .3rem 0; }
details.sources li q { display: block; color: var(--muted); font-style: italic; quotes: none; }
.original { color: var(--muted); font-style: italic; margin: -.2rem 0 .3rem; }
details.notes summary { cursor: pointer; color: var(--warn);
                        font: .8rem/1.4 "Helvetica Neue", Arial, sans-serif; }
.note { font: .8rem/1.4 "Helvetica Neue", Arial, sans-serif; color: var(--warn);
        background: var(--warnbg); padding: .3rem .5rem; border-radius: 3px; margin: .3rem 0; }
.source { color: var(--muted); font: .75rem/1.3 "Helvetica Neue", Arial, sans-serif; }
@media (max-width: 34rem) { main { padding: 1.2rem .9rem 2rem; } body { font-size: 16px; }
  header.masthead h1 { font-size: 1.6rem; } }
@media print { body { background:#fff; } main { max-width:none; padding:0; }
  nav.toc a { color: var(--ink); } .figures span { background: none; border: 1px solid #ccc; } }
"""


def escape(text: str) -> str:
    """HTML-escaped, and no control character (a NUL is a parse error in HTML)."""
    return html_escape(CONTROL_CHARS.sub("\ufffd", text))


def anchor(article_id: str) -> str:
    """A link target for a story, unique to its id: the id itself when it is a safe slug,
    else the slug and a short hash of the id (``a/b`` and ``a-b`` must not share one)."""
    slug = safe_id(article_id)
    if slug != article_id:
        slug += "-" + hashlib.sha256(article_id.encode("utf-8")).hexdigest()[:8]
    return "story-" + slug


def digest_html(
    entries: list[dict],
    heading: str,
    merged: int = 0,
    shown_source: Callable[[str], str] = str,
) -> str:
    """The digest page. ``shown_source`` turns an entry's ``source`` into what a reader sees
    (a path relative to the input folder, not the server's)."""
    standin = any(is_standin(e) for e in entries)
    n = len(entries)
    summary = f"{n} stor{'y' if n == 1 else 'ies'}"
    if merged:
        summary += f" · {merged} update(s) or duplicate(s) merged"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(heading)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        "<main>",
        '<header class="masthead">',
        f"<h1>{escape(heading)}</h1>",
        f'<p class="summary">{escape(summary)}</p>',
    ]
    if standin:
        parts.append(
            '<p class="note">Made with a stand-in model (random weights): the English '
            "is not a translation. Cleanup, sentence choice and key figures are real.</p>"
        )
    parts += ["</header>", '<nav class="toc"><h2>In this digest</h2><ol>']
    for entry in entries:
        parts.append(f'<li><a href="#{anchor(entry["id"])}">{escape(entry["headline"])}</a></li>')
    parts += ["</ol></nav>"]
    for entry in entries:
        parts.append(entry_html(entry, shown_source))
    parts += ["</main>", "</body>", "</html>", ""]
    return "\n".join(parts)


def entry_html(entry: dict, shown_source: Callable[[str], str] = str) -> str:
    meta = []
    dateline = entry.get("dateline") or {}
    if dateline.get("place") or dateline.get("agency"):
        place = dateline.get("place") or ""
        agency = f" ({dateline['agency']})" if dateline.get("agency") else ""
        meta.append(f"{place}{agency}".strip())
    if entry.get("date"):
        meta.append(entry["date"])
    meta.append(f"from {language_name(entry.get('source_language'))}")
    html = [f'<article id="{anchor(entry["id"])}">', f"<h2>{escape(entry['headline'])}</h2>"]
    if entry.get("title") and entry["title"] != entry["headline"]:
        html.append(
            f'<div class="original" lang="{escape(entry.get("source_language") or "")}">'
            f"{escape(entry['title'])}</div>"
        )
    html += [
        f'<div class="meta">{escape(" · ".join(meta))}</div>',
        brief_html(entry),
    ]
    if entry.get("key_figures"):
        chips = "".join(figure_chip(entry, k) for k in entry["key_figures"])
        html.append(f'<p class="figures"><b>Key figures</b> {chips}</p>')
    notes = other_warnings(entry)
    if len(notes) == 1:
        html.append(f'<p class="note">{escape(notes[0])}</p>')
    elif notes:
        html.append(
            f'<details class="notes"><summary>{len(notes)} warnings about this brief</summary>'
        )
        html += [f'<p class="note">{escape(w)}</p>' for w in notes]
        html.append("</details>")
    merged = entry.get("merged") or []
    source = f"{shown_source(entry.get('source', ''))} · id {entry['id']}"
    if merged:
        source += f" · merged {len(merged)} earlier version(s): {', '.join(merged)}"
    html += [f'<div class="source">{escape(source)}</div>', "</article>"]
    return "\n".join(html)


def brief_html(entry: dict) -> str:
    """The brief, each English sentence showing its source sentence on hover, and all of them
    in a ``<details>`` list below (no script: it works in any reader and on a phone)."""
    sentences = [s for s in entry.get("sentences") or [] if s.get("source") and s.get("text")]
    brief = entry["brief"]
    joined = " ".join(s["text"] for s in sentences)
    if not sentences or not brief.endswith(joined):
        return f'<p class="brief">{escape(brief)}</p>'
    lang = escape(entry.get("source_language") or "")
    lead = escape(brief[: len(brief) - len(joined)])
    spans = " ".join(
        f'<span class="s" title="{escape(s["source"])}">{escape(s["text"])}</span>'
        for s in sentences
    )
    pairs = "".join(
        f'<li>{escape(s["text"])}<q lang="{lang}">{escape(s["source"])}</q></li>' for s in sentences
    )
    name = escape(language_name(entry.get("source_language")))
    return (
        f'<p class="brief">{lead}{spans}</p>\n'
        f'<details class="sources"><summary>Source sentences ({name})</summary>'
        f"<ol>{pairs}</ol></details>"
    )


def figure_chip(entry: dict, english: str) -> str:
    """A key figure, with its source form beside it where that differs."""
    figures = entry.get("figures") or []
    named = [f for f in figures if f.get("key") and f.get("key_text") == english]
    same = named or [f for f in figures if f.get("text") == english]
    # the figure the key line names (key, or lost in translation) before a mere namesake
    same.sort(key=lambda f: not (f.get("key") or f.get("status") == "missing"))
    source = (same[0].get("key_source") if named else same[0].get("source")) if same else None
    if not source or source == english:
        return f"<span>{escape(english)}</span>"
    lang = escape(entry.get("source_language") or "")
    return f'<span>{escape(english)} <small lang="{lang}">{escape(source)}</small></span>'
