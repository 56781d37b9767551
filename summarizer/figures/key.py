"""Key-figure ranking: which figures (at most ``limit``) a brief must show.

Each figure is scored by the learned key model of ``summarizer.ranking`` (a logistic regression
over explicit features — kind, position, qualifier, change and record cues, repetition, the
value in the title, list or table context — fitted on the dev set's train split). The key line
takes, one per value, the ``always_key`` best figures, then any other figure whose score clears
the key threshold; both were chosen by cross-validation on train for precision with must-keep
recall through what the brief shows. Deterministic: same input, same marks.
"""

from __future__ import annotations

import bisect
import re

from summarizer import ranking
from summarizer.langdata import for_language

from .check import same_value
from .model import Figure


def change_subject(f: Figure, text: str, language: str = "de") -> bool:
    """The figure is the amount or end point of a change ("um X", "auf X", "von X auf Y")."""
    return ranking.is_change_subject(f, text, for_language(language))


def sentence_of(start: int, sentence_starts: list[int]) -> int | None:
    if not sentence_starts:
        return None
    return max(0, bisect.bisect_right(sentence_starts, start) - 1)


def rough_sentence_starts(text: str) -> list[int]:
    """Start offsets of sentences by a simple rule (for tools without the real splitter)."""
    starts = [0]
    for m in re.finditer(r"(?<=[.!?…“\"])\s+(?=[A-ZÄÖÜ„\"])|\n+", text):
        before = text[max(0, m.start() - 4) : m.start()]
        if re.search(r"(\d\.|Nr\.|Abs\.|Mio\.|Mrd\.|ca\.|Dr\.)$", before) and "\n" not in m.group(
            0
        ):
            continue
        starts.append(m.end())
    return sorted(set(s for s in starts if s < len(text)))


def figure_scores(
    figures: list[Figure],
    sentence_starts: list[int],
    title: str | None = None,
    text: str | None = None,
    language: str = "de",
    model: ranking.Ranking | None = None,
) -> list[float]:
    """The key model's score (log-odds of "must keep") of every figure, in the order given.

    ``text`` is the text the figures' offsets point into; without it the context features
    (change, record, list, parentheses) are off. ``model``: other models than the shipped ones
    (for training)."""
    from .extract import available_languages, extract_figures

    lang = for_language(language)
    title_figures = []
    if title and language in available_languages():
        title_figures = extract_figures(title, lang=language)
    sentences = [sentence_of(f.start, sentence_starts) or 0 for f in figures]
    bounds = ranking.sentence_bounds(sentence_starts or [0], len(text) if text else 0)
    feats = ranking.figure_features(
        figures, sentences, bounds, text, title_figures, lang, title=title
    )
    key_model = (model or ranking.shipped()).key
    return [key_model.score(f) for f in feats]


def key_figure_indices(
    figures: list[Figure],
    sentence_starts: list[int],
    title: str | None = None,
    limit: int = 6,
    text: str | None = None,
    shown: set[int] | None = None,
    language: str = "de",
    scores: list[float] | None = None,
    model: ranking.Ranking | None = None,
) -> list[int]:
    """Indices of the key figures (at most ``limit``, one per value), best first.

    The ``always_key`` best figures are key wherever they are, any other figure when its score
    clears the learned key threshold. Once the brief's sentences are known (``shown``: their
    indices), another figure they carry is key only with a score at least the learned
    ``shown_key_threshold`` (without one: never), so the key line completes the brief.
    ``scores``: the figures' ``figure_scores``, when already computed."""
    model = model or ranking.shipped()
    if scores is None:
        scores = figure_scores(figures, sentence_starts, title, text, language, model)
    order = sorted(range(len(figures)), key=lambda i: (-scores[i], figures[i].start))
    chosen: list[int] = []
    for i in order:
        if len(chosen) >= limit:
            break
        f = figures[i]
        if any(same_value(f, figures[j]) and figures[j].kind == f.kind for j in chosen):
            continue  # the same figure repeated: one key entry is enough
        if len(chosen) >= model.always_key:
            # a figure the brief's text carries already is key only when surely must-keep
            in_text = shown is not None and sentence_of(f.start, sentence_starts) in shown
            bar = model.shown_key_threshold if in_text else model.key_threshold
            if bar is None or scores[i] < bar:
                continue
        chosen.append(i)
    return chosen


def mark_key_figures(
    figures: list[Figure],
    sentence_starts: list[int],
    title: str | None = None,
    limit: int = 6,
    text: str | None = None,
    shown: set[int] | None = None,
    language: str = "de",
    scores: list[float] | None = None,
) -> None:
    """Set ``.sentence`` on every figure and ``.key`` on the figures of ``key_figure_indices``."""
    key = set(
        key_figure_indices(figures, sentence_starts, title, limit, text, shown, language, scores)
    )
    for n, f in enumerate(figures):
        f.sentence = sentence_of(f.start, sentence_starts)
        f.key = n in key
