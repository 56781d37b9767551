"""The daily digest: many articles in, one English digest out (Markdown, HTML, JSONL).

- Wire updates ("(neu: …)", "(Aktualisierung)", resends) and near-duplicates collapse into one
  entry: the latest dated, else the fullest text; the entry lists what it merged.
- Order: newest date first; within a date (or undated), more key figures first — a proxy for
  news weight — then input order. Undated stories come after dated ones.
- Robust batch: one failing article goes to ``errors.jsonl`` and the run goes on; each finished
  brief is cached under ``OUT/.cache/`` (keyed by article content, model and settings), written
  atomically, so an interrupted run (Ctrl-C, SIGKILL) resumes without redoing finished work;
  every output file is written atomically (temp file + rename).
- The briefs come from ``pipeline.summarize_batch`` (translation batched across articles,
  titles translated as headlines); this module adds merging, caching, ordering and rendering.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import re
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from summarizer import __version__
from summarizer.articles import (
    OUTPUTS_LIST,
    Article,
    Notes,
    ReadFailure,
    iter_inputs,
    listed_outputs,
    shown_source,
)
from summarizer.clean import UPDATE_WORDS, clean
from summarizer.digest_html import anchor, digest_html
from summarizer.errors import SummarizerError
from summarizer.pipeline import BATCH_ARTICLES, Settings, summarize_batch
from summarizer.progress import Mode, Progress
from summarizer.render import escape_md, to_json, to_markdown, write_atomic, write_together
from summarizer.results import Brief, Failure
from summarizer.strategies import Strategy
from summarizer.translate import Router, Translator

__all__ = ["BATCH_ARTICLES", "build_digest", "cache_key", "merge_updates"]

UPDATE_MARKER = re.compile(
    rf"\s*(?:\((?:{UPDATE_WORDS})[^)]*\)"
    r"|^(?:ROUNDUP\s*\d*|UPDATE\s*\d*|KORREKTUR|EILMELDUNG)\s*[:/-]?)\s*",
    re.IGNORECASE,
)
SHINGLE = 5
SAME_STORY = 0.5
"""Share of the shorter text's word 5-grams found in the other: above it, the same story."""
MERGE_PROGRESS_FROM = 1000
"""Merging shows its own progress from this many articles on (below it takes no time)."""
OUTPUT_NAMES = ("digest.jsonl", "digest.md", "digest.html", "errors.jsonl")
CACHE_FIELDS = {
    "id": str,
    "brief": str,
    "headline": str,
    "sentences": list,
    "figures": list,
    "key_figures": list,
    "warnings": list,
    "model": dict,
    "source": str,
}
"""What a cache entry must hold (and of which type) to be used; anything else is recomputed."""


class DigestWriteError(SummarizerError):
    exit_code = 2


@dataclass
class DigestResult:
    entries: list[dict]
    errors: list[dict]
    from_cache: int = 0
    computed: int = 0
    merged: int = 0
    seconds: float = 0.0
    files: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """Warnings about the run itself (a bad cache entry recomputed, the cache not writable)."""
    inputs: list[str] = field(default_factory=list)
    """The inputs as given on the command line: the digest shows sources relative to them."""

    def shown_source(self, source: str) -> str:
        return shown_source(source, self.inputs)


def story_key_title(title: str | None) -> str:
    return UPDATE_MARKER.sub(" ", title or "").strip().lower()


def shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}


def merge_updates(
    articles: list[Article], progress: Progress | None = None
) -> list[tuple[Article, list[str]]]:
    """Group updates and near-duplicates; keep the latest (then fullest) of each group.

    An article joins the first group whose first article has its (non-empty) story title or
    shares at least ``SAME_STORY`` of the shorter text's shingles with it. Only groups that
    can pass are compared: those sharing a shingle through the prefix indexes below, which
    keeps the work near-linear in the number of articles.
    """
    grams = [shingles(a.text) for a in articles]
    # Rarest shingles first: the prefixes (and so the index lists probed) stay short.
    frequency = Counter(g for gs in grams for g in gs)
    groups: list[list[int]] = []
    by_title: dict[str, int] = {}
    by_prefix: dict[tuple, list[int]] = defaultdict(list)
    by_shingle: dict[tuple, list[int]] = defaultdict(list)
    for i, article in enumerate(articles):
        title = story_key_title(article.title)
        found = by_title.get(title, len(groups)) if title else len(groups)
        prefix = _prefix(grams[i], frequency)
        # If two sets meet in at least `need` shingles, where `need` is counted from the
        # smaller one, the smaller one's prefix (all but need - 1 of its shingles) meets the
        # other set: so a group that can pass shares a shingle through one of the two probes.
        candidates = {g for s in grams[i] for g in by_prefix.get(s, ()) if g < found}
        candidates.update(g for s in prefix for g in by_shingle.get(s, ()) if g < found)
        for g in sorted(candidates):
            j = groups[g][0]
            overlap = len(grams[i] & grams[j]) / max(1, min(len(grams[i]), len(grams[j])))
            if overlap >= SAME_STORY:
                found = g
                break
        if found < len(groups):
            groups[found].append(i)
        else:
            if title:
                by_title[title] = len(groups)
            for s in prefix:
                by_prefix[s].append(len(groups))
            for s in grams[i]:
                by_shingle[s].append(len(groups))
            groups.append([i])
        if progress:
            progress.advance()
    merged = []
    for group in groups:
        best = (
            group[0]
            if len(group) == 1
            else max(group, key=lambda k: (_update_rank(articles[k]), len(articles[k].text), k))
        )
        others = [articles[k].id for k in group if k != best]
        merged.append((articles[best], others))
    return merged


def _prefix(grams: set[tuple], frequency: Counter) -> list[tuple]:
    """The rarest shingles of a set, all but ``need - 1`` of them, where ``need`` is the least
    number of shared shingles that makes another set (no larger) the same story."""
    need = math.ceil(SAME_STORY * len(grams))
    ordered = sorted(grams, key=lambda g: (frequency[g], g))
    return ordered[: max(1, len(grams) - need + 1)]


def _update_rank(article: Article) -> tuple[str, int]:
    cleaned = clean(article)
    marked = int(bool(cleaned.update or UPDATE_MARKER.search(article.title or "")))
    return (cleaned.date or "", marked)


def cache_key(
    article: Article,
    translator: Router | Translator,
    settings: Settings,
    strategy: Strategy | None = None,
) -> str:
    """The content key of an article's brief: everything that changes it (the article, the
    model its language is routed to and the decoding options, every setting, the strategy's
    own model)."""
    # Routed by detected language (no --source-lang), the router describes its whole routing
    # table: no language detection per cached story on a rerun.
    models = Router.of(translator).describe(settings.source_language)
    describe = getattr(strategy, "describe", None)
    blob = json.dumps(
        [
            __version__,
            article.id,
            article.text,
            article.title,
            article.date,
            models,
            # Every setting changes the output (source language, word budget, strategy).
            dataclasses.asdict(settings),
            # Reading notes become warnings; absent, the key stays what it was before them.
            *([article.notes] if article.notes else []),
            *([describe()] if describe else []),
        ],
        ensure_ascii=False,
    )
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]


def build_digest(
    inputs: list[str],
    out: Path,
    translator: Router,
    settings: Settings,
    date: str | None = None,
    title: str | None = None,
    merge: bool = True,
    encoding: str | None = None,
    on_note: Notes | None = None,
    strategy: Strategy | None = None,
    mode: Mode = "normal",
) -> DigestResult:
    """Read, merge, brief (or take from the cache), order and write the digest into ``out``.
    Progress goes to stderr (``mode``: see ``summarizer.progress``)."""
    started = time.monotonic()
    out.mkdir(parents=True, exist_ok=True)
    cache = out / ".cache"
    cache.mkdir(exist_ok=True)
    errors: list[dict] = []
    articles: list[Article] = []
    reading = Progress(None, label="reading", mode=mode)  # how many is known once all are read
    try:
        for item in iter_inputs(inputs, encoding=encoding, on_note=on_note):
            reading.advance()
            if isinstance(item, ReadFailure):
                errors.append({"source": item.source, "reason": item.reason})
            else:
                articles.append(item)
    finally:
        reading.close()
    if merge:
        merging = (
            Progress(len(articles), label="merging", mode=mode, per_item=False)
            if len(articles) >= MERGE_PROGRESS_FROM
            else None
        )
        try:
            stories = merge_updates(articles, merging)
        finally:
            if merging:
                merging.close()
    else:
        stories = [(a, []) for a in articles]
    result = DigestResult(
        entries=[],
        errors=errors,
        merged=sum(len(others) for _, others in stories),
        inputs=list(inputs),
    )
    progress = Progress(len(stories), label="digest", mode=mode)
    pending: list[tuple[Article, list[str], Path]] = []
    for article, others in stories:
        path = cache / f"{cache_key(article, translator, settings, strategy)}.json"
        entry = read_cache_entry(path, result.notes)
        if entry is not None:
            entry["merged"] = others
            result.entries.append(entry)
            result.from_cache += 1
            progress.story(article.id, "from cache")
        else:
            pending.append((article, others, path))
    briefs = summarize_batch(
        [article for article, _, _ in pending],
        translator,
        settings,
        strategy=strategy,
        headlines=True,
        on_event=progress.event,
    )
    try:
        for (article, others, path), brief in zip(pending, briefs, strict=True):
            progress.stage("writing")
            entry = _entry(brief, others, path, errors, result.notes)
            if isinstance(brief, Failure):
                progress.story(article.id, f"failed: {brief.reason}")
            elif entry is not None:
                result.entries.append(entry)
                result.computed += 1
                progress.story(article.id, "briefed", brief.sentences)
    finally:
        progress.close()
    result.entries.sort(key=_order_key)
    result.seconds = time.monotonic() - started
    result.files = write_outputs(out, result, date=date, title=title)
    return result


def read_cache_entry(path: Path, notes: list[str]) -> dict | None:
    """A finished brief from the cache, or None: none there, or a bad one (truncated, empty,
    binary, another shape), which is noted and will be recomputed and replaced."""
    try:
        entry = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as err:
        problem = getattr(err, "strerror", None) or type(err).__name__
        notes.append(f"{path}: unreadable cache entry ({problem}); the brief is made again")
        return None
    if not isinstance(entry, dict) or any(
        not isinstance(entry.get(name), kind) for name, kind in CACHE_FIELDS.items()
    ):
        notes.append(f"{path}: cache entry of an unexpected shape; the brief is made again")
        return None
    return entry


def _entry(
    brief: Brief | Failure, others: list[str], path: Path, errors: list[dict], notes: list[str]
) -> dict | None:
    """A brief as its digest entry, cached under ``path``; a failure goes to ``errors``."""
    if isinstance(brief, Failure):
        article = brief.article
        errors.append({"source": article.source_path, "id": article.id, "reason": brief.reason})
        return None
    data = digest_entry(brief, others)
    try:
        write_atomic(path, json.dumps(data, ensure_ascii=False))
    except OSError as err:
        # The cache only saves work: the brief itself is fine.
        note = f"{path.parent}: cannot write the cache ({err.strerror or err})"
        if note not in notes:
            notes.append(note)
    return data


def digest_entry(brief: Brief, others: list[str] | None = None) -> dict:
    """The brief's dict with its ``headline`` (the English title, else the first clause) and,
    when given, the ids of the stories merged into it."""
    data = brief.to_dict()
    headline = brief.headline
    data["headline"] = headline if headline is not None else first_clause(data["brief"])
    if others is not None:
        data["merged"] = others
    return data


def first_clause(brief: str) -> str:
    body = brief.split(" — ", 1)[-1]
    clause = re.split(r"(?<=[.!?])\s|,\s", body, maxsplit=1)[0].rstrip(".")
    words = clause.split()
    return " ".join(words[:14]) + (" …" if len(words) > 14 else "")


def _order_key(entry: dict) -> tuple:
    date = entry.get("date") or ""
    # Dates sort newest first: invert each character so a plain ascending sort does it.
    inverted = "".join(chr(0x10FFFF - ord(c)) for c in date)
    return (date == "", inverted, -len(entry.get("key_figures", [])), entry["id"])


def write_outputs(
    out: Path, result: DigestResult, date: str | None, title: str | None
) -> list[Path]:
    """Write the four files together: all or none replace the previous digest."""
    heading = title or "News digest" + (f" — {date}" if date else "")
    files = {
        "digest.jsonl": "".join(to_json(e) + "\n" for e in result.entries),
        "digest.md": digest_markdown(result, heading),
        "digest.html": digest_html(
            result.entries, heading, merged=result.merged, shown_source=result.shown_source
        ),
        "errors.jsonl": "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in result.errors),
    }
    # The list of outputs comes first, so that a later run never reads them as articles.
    listing = json.dumps({"files": sorted(listed_outputs(out) | set(OUTPUT_NAMES))}) + "\n"
    try:
        write_together({out / OUTPUTS_LIST: listing, **{out / n: t for n, t in files.items()}})
    except OSError as err:
        raise DigestWriteError(
            f"{out}: cannot write the digest ({err.strerror or err}); the previous digest is kept"
        ) from None
    return [out / name for name in files]


def digest_markdown(result: DigestResult, heading: str) -> str:
    lines = [f"# {escape_md(heading)}", ""]
    n = len(result.entries)
    summary = f"{n} stor{'y' if n == 1 else 'ies'}"
    if result.merged:
        summary += f" ({result.merged} update(s) or duplicate(s) merged)"
    if result.errors:
        summary += f"; {len(result.errors)} input(s) failed, see errors.jsonl"
    lines += [f"*{summary}*", "", "## Contents", ""]
    for number, entry in enumerate(result.entries, start=1):
        lines.append(f"{number}. [{escape_md(entry['headline'])}](#{anchor(entry['id'])})")
    lines.append("")
    for entry in result.entries:
        lines.append(f'<a id="{anchor(entry["id"])}"></a>')
        lines.append(to_markdown(entry, heading="##", source=result.shown_source(entry["source"])))
    return "\n".join(lines)
