"""Choosing the brief's sentences on the source side, within an English word budget.

Strategies (registered by name, one function each):

- ``lead``: the first sentences that fit the budget — the classic news baseline.
- ``extractive`` (default): each sentence is scored by the learned sentence model of
  ``summarizer.ranking`` (position, LexRank centrality, title overlap, the key model's scores of
  its figures, length and shape, dangling opening, quote, ...). The sentence with the main event
  (of the first three, the one that opens the body after a dateline; else the one sharing most
  with the title) is taken first; then the best set of further sentences among the
  ``SEARCH_WIDTH`` best-scored ones: every set of up to ``MAX_SENTENCES`` - 1 of them that fits
  the budget is tried (a greedy pick of the best sentence first can fill the budget with one
  long sentence where two shorter ones carry more). A set is worth the sum of its sentences'
  gains (the score less the learned threshold; less a learned penalty on the sentence's share of
  the budget, so of two sentences that carry the same the shorter leaves room for more; plus a
  learned weight on the key probabilities of the sentence's figures, so the sentences carry the
  figures most likely must-keep and the key line only adds the few they miss), less a learned
  weight on the similarity of every pair in the brief (maximal marginal relevance). Two
  near-duplicates are never both chosen unless the later one adds a key figure. Only a set worth
  more than the main event alone is added.
  A list or table (results, standings: many figures, few words) is never a brief sentence; its
  figures can still be key figures. Every pick is held to the budget: a sentence longer than the
  budget alone counts as the budget (the pipeline keeps its leading clauses). The chosen
  sentences keep article order. Deterministic.

The English length is estimated before translating (source words × the language's English
words per word), and the pipeline trims after translating if the estimate was short.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from summarizer import ranking
from summarizer.clean import opens_after_dateline
from summarizer.langdata import for_language
from summarizer.sentences import Sentence

EN_PER_DE = for_language("de").en_per_word
"""English words per German word (``summarizer.langdata.de``)."""

WORD = re.compile(r"\w+", re.UNICODE)
# A written word for length: a number with its separators ("2.462.000", "0,3", "80’000", "6:2",
# "23:50") is one word in German and in English, like any other token of letters.
LENGTH_TOKEN = re.compile(r"\d+(?:[.,:'’]\d+|[ \u00a0\u202f]\d{3}(?!\d))*|\w+", re.UNICODE)


@dataclass
class Choice:
    indices: list[int]
    scores: dict[int, float]
    """Score of every sentence (for trimming: the lowest-scored chosen sentence goes first)."""


def words(text: str) -> int:
    """Words as a reader counts them (a number with separators is one word)."""
    return len(LENGTH_TOKEN.findall(text))


def english_words_estimate(sentence: Sentence, language: str = "de") -> int:
    """The sentence's length in English words, estimated before translating."""
    return math.ceil(words(sentence.text) * for_language(language).en_per_word)


def terms(text: str, language: str = "de") -> list[str]:
    """The words that say what a text is about: lower-cased, no stopwords, longer than two."""
    stop = for_language(language).stopwords
    return [w for w in (t.lower() for t in WORD.findall(text)) if w not in stop and len(w) > 2]


def select_lead(sentences: Sequence[Sentence], budget: int, language: str = "de", **_) -> Choice:
    """The first sentences that fit the budget (the first always)."""
    chosen: list[int] = []
    used = 0
    for s in sentences:
        cost = english_words_estimate(s, language)
        if chosen and used + cost > budget:
            break
        chosen.append(s.index)
        used += cost
    return Choice(chosen, {s.index: -s.index for s in sentences})


def lexrank(vectors: list[Counter], damping: float = 0.85, iterations: int = 50) -> list[float]:
    """PageRank over the cosine-similarity graph of the sentences (self-links left out).

    The similarity matrix S = X·Xᵀ (X: the sentences' unit tf-idf vectors) is never built: it
    is dense wherever common terms join many sentences, n² for a long article. Each step
    applies it as X·(Xᵀ·y), which costs the number of (sentence, term) entries, so a long
    article costs linear time and memory."""
    import numpy as np

    n = len(vectors)
    if n == 0:
        return []
    doc_freq = Counter(t for v in vectors for t in v)
    idf = {t: math.log((1 + n) / (1 + df)) + 1 for t, df in doc_freq.items()}
    weighted = [{t: c * idf[t] for t, c in v.items()} for v in vectors]
    norms = [math.sqrt(sum(x * x for x in w.values())) or 1.0 for w in weighted]
    column: dict[str, int] = {}
    rows_of, cols_of, vals_of = [], [], []
    for i, w in enumerate(weighted):
        for t, x in w.items():
            rows_of.append(i)
            cols_of.append(column.setdefault(t, len(column)))
            vals_of.append(x / norms[i])
    row = np.array(rows_of, dtype=np.intp)
    col = np.array(cols_of, dtype=np.intp)
    val = np.array(vals_of, dtype=np.float64)

    def similar_to(y):
        """S·y without the diagonal: per entry, the other sentences' weight on its term (a term
        only this sentence has contributes exactly zero, so an isolated sentence gets 0)."""
        per_term = np.bincount(col, weights=val * y[row], minlength=len(column))
        return np.bincount(row, weights=val * (per_term[col] - val * y[row]), minlength=n)

    rows = similar_to(np.ones(n))
    rows[rows == 0] = 1.0
    rank = np.full(n, 1.0 / n)
    for _ in range(iterations):
        new = (1 - damping) / n + damping * similar_to(rank / rows)
        converged = float(np.max(np.abs(new - rank))) < 1e-9
        rank = new
        if converged:
            break
    top = float(rank.max()) or 1.0
    return [float(r) / top for r in rank]


def cosine(a: Counter, b: Counter) -> float:
    dot = sum(c * b.get(t, 0) for t, c in a.items())
    na = math.sqrt(sum(c * c for c in a.values()))
    nb = math.sqrt(sum(c * c for c in b.values()))
    return dot / (na * nb) if na and nb else 0.0


MAX_SENTENCES = 5
NEAR_DUPLICATE = 0.7
"""Cosine similarity of term vectors at which a sentence repeats a chosen one: never both."""
MAIN_EVENT_WITHIN = ranking.LEAD_SENTENCES
"""The main event is told in one of the first sentences of a news article."""
SEARCH_WIDTH = 10
"""How many of the best-scored other sentences the search for the best set looks at."""
RETELLING_WITHIN = 3
"""How many neighbouring sentences a sentence is compared with for ``retelling``."""


def main_event(
    sentences: Sequence[Sentence], features: list[dict[str, float]], text: str | None = None
) -> int:
    """Position of the sentence with the main event: of the first ``MAIN_EVENT_WITHIN`` that
    are neither lists nor questions, the one that opens the body after a dateline (the lead,
    after a subheadline if there is one); without a dateline, the one sharing most with the
    title (the first on a tie or without a title); the first sentence when all of them are
    lists or questions."""
    candidates = [
        p
        for p, f in enumerate(features[:MAIN_EVENT_WITHIN])
        if not f["list_like"] and not f["question"]
    ]
    if not candidates:
        return 0
    if text is not None:
        for p in candidates:
            if opens_after_dateline(text, sentences[p].start):
                return p
    return max(candidates, key=lambda p: (features[p]["title_overlap"], -p))


def sentence_rows(
    sentences: Sequence[Sentence],
    figure_scores_of: Callable[[int], list[float]],
    title: str | None = None,
    text: str | None = None,
    language: str = "de",
) -> tuple[list[dict[str, float]], list[Counter]]:
    """Features (``ranking.sentence_features``) and term vectors of every sentence, in order."""
    vectors = [Counter(terms(s.text, language)) for s in sentences]
    title_terms = Counter(terms(title or "", language))
    feats = ranking.sentence_features(
        list(sentences),
        [figure_scores_of(s.index) for s in sentences],
        lexrank(vectors),
        [cosine(v, title_terms) for v in vectors],
        text,
        for_language(language),
        retelling(vectors),
    )
    return feats, vectors


def retelling(vectors: list[Counter]) -> tuple[list[float], list[float]]:
    """Per sentence: the highest cosine similarity of its terms with one of the
    ``RETELLING_WITHIN`` sentences before it, and with one of those after it (0 without)."""
    n = len(vectors)
    before, after = [0.0] * n, [0.0] * n
    for p in range(n):
        for q in range(p + 1, min(n, p + 1 + RETELLING_WITHIN)):
            similarity = cosine(vectors[p], vectors[q])
            after[p] = max(after[p], similarity)
            before[q] = max(before[q], similarity)
    return before, after


def select_extractive(
    sentences: Sequence[Sentence],
    budget: int,
    key_figures_of: Callable[[int], set] | None = None,
    figures_of: Callable[[int], int] | None = None,
    title: str | None = None,
    *,
    figure_scores_of: Callable[[int], list[float]] | None = None,
    text: str | None = None,
    language: str = "de",
    model: ranking.Ranking | None = None,
) -> Choice:
    """The brief's sentences (see the module docstring).

    ``key_figures_of(i)`` → ids of the key figures in sentence i; ``figure_scores_of(i)`` → the
    key model's scores of its figures (without it, ``figures_of(i)`` figures of score 0);
    ``text`` is the article the sentences' offsets point into; ``model``: other models than the
    shipped ones (for training)."""
    key_figures_of = key_figures_of or (lambda i: set())
    if figure_scores_of is None:
        count = figures_of or (lambda i: 0)
        figure_scores_of = lambda i: [0.0] * count(i)  # noqa: E731
    model = model or ranking.shipped()
    feats, vectors = sentence_rows(sentences, figure_scores_of, title, text, language)
    scores = [model.sentence.score(f) for f in feats]
    base = {s.index: score for s, score in zip(sentences, scores, strict=True)}
    if not sentences:
        return Choice([], base)
    costs = [min(english_words_estimate(s, language), budget) for s in sentences]
    carried = [sum(map(ranking.probability, figure_scores_of(s.index))) for s in sentences]
    keys = [frozenset(key_figures_of(s.index)) for s in sentences]
    first = main_event(sentences, feats, text)
    gains = [
        score - model.length_penalty * cost / max(budget, 1) + model.figure_gain * carries
        for score, cost, carries in zip(scores, costs, carried, strict=True)
    ]
    candidates = sorted(
        (
            p
            for p in range(len(sentences))
            if p != first and not feats[p]["list_like"] and costs[first] + costs[p] <= budget
        ),
        key=lambda p: (-gains[p], p),
    )[:SEARCH_WIDTH]
    similarity = {
        (a, b): cosine(vectors[a], vectors[b])
        for a, b in itertools.combinations(sorted([first, *candidates]), 2)
    }

    def value(extra: tuple[int, ...]) -> float | None:
        """The set's worth over the main event alone; None where it breaks a rule."""
        chosen = sorted((first, *extra))
        if sum(costs[p] for p in chosen) > budget:
            return None
        overlap = 0.0
        for a, b in itertools.combinations(chosen, 2):
            if similarity[a, b] >= NEAR_DUPLICATE and not keys[b] - keys[a]:
                return None  # the later one says again what the earlier says, no key figure more
            overlap += similarity[a, b]
        return sum(gains[p] - model.sentence_threshold for p in extra) - model.redundancy * overlap

    best: tuple[int, ...] = ()
    best_value = 0.0  # the main event alone
    for size in range(1, MAX_SENTENCES):
        for extra in itertools.combinations(candidates, size):
            v = value(extra)
            if v is not None and v > best_value:
                best, best_value = extra, v
    return Choice(sorted(sentences[p].index for p in (first, *best)), base)


STRATEGIES: dict[str, Callable[..., Choice]] = {
    "lead": select_lead,
    "extractive": select_extractive,
}
