"""Choosing the brief's sentences on the German side, within an English word budget.

Strategies (registered by name, one function each):

- ``lead``: the first sentences that fit the budget — the classic news baseline.
- ``extractive`` (default): each sentence is scored by
  lead position, LexRank centrality (cosine similarity of term vectors, PageRank power iteration),
  key figures not yet covered, other figures, title overlap, and a penalty for openings that
  need an antecedent ("Dabei", "Zudem", "Er sagte"); sentences are then taken greedily by
  score with a redundancy penalty (maximal marginal relevance; a near-duplicate of a chosen
  sentence is never taken unless it adds a key figure), within the budget and at most
  ``MAX_SENTENCES`` sentences. The chosen sentences keep article order. Deterministic.

The English length is estimated before translating (German words × ``EN_PER_DE``), and the
pipeline trims after translating if the estimate was short.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from summarizer.sentences import Sentence

EN_PER_DE = 1.15
"""English words per German word. Not measured here: the dev set has no sentence-aligned English
(its reference briefs paraphrase), so this is the usual German→English news ratio of about
1.1–1.2 (German compounds become several English words); numbers count one word on both sides,
and the pipeline trims after translating when the estimate was short."""

WORD = re.compile(r"\w+", re.UNICODE)
# A written word for length: a number with its separators ("2.462.000", "0,3", "80’000", "6:2",
# "23:50") is one word in German and in English, like any other token of letters.
LENGTH_TOKEN = re.compile(r"\d+(?:[.,:'’]\d+|[ \u00a0\u202f]\d{3}(?!\d))*|\w+", re.UNICODE)
# Openings that lean on an earlier sentence. Such a sentence is kept only when its predecessor
# is chosen too, or when it scores far above the rest.
DANGLING = re.compile(
    r"^(?:Dabei|Zudem|Außerdem|Darüber hinaus|Daher|Deshalb|Deswegen|Damit|Dennoch|Trotzdem|"
    r"Allerdings|Auch|Dies|Diese[rsmn]?|Das|Dort|Danach|Davor|Darauf|Demnach|Ebenso|Er|Sie|Es|"
    r"Ihr|Sein|Seine|Ihre|Man)\b"
)
STOPWORDS = frozenset(
    "der die das den dem des ein eine einer eines einem einen und oder aber in im ins am an auf "
    "aus bei mit nach von vom zu zum zur für über unter vor um als auch nicht noch nur so wie "
    "es er sie ist sind war waren wird werden wurde wurden hat haben hatte hatten sei seien sich "
    "dass daß bis durch gegen ohne man mehr sehr schon dabei diese dieser dieses".split()
)


@dataclass
class Choice:
    indices: list[int]
    scores: dict[int, float]
    """Score of every sentence (for trimming: the lowest-scored chosen sentence goes first)."""


def words(text: str) -> int:
    """Words as a reader counts them (a number with separators is one word)."""
    return len(LENGTH_TOKEN.findall(text))


def english_words_estimate(sentence: Sentence) -> int:
    return math.ceil(words(sentence.text) * EN_PER_DE)


def terms(text: str) -> list[str]:
    return [w for w in (t.lower() for t in WORD.findall(text)) if w not in STOPWORDS and len(w) > 2]


def select_lead(sentences: Sequence[Sentence], budget: int, **_) -> Choice:
    chosen, used = [], 0
    for s in sentences:
        cost = english_words_estimate(s)
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


# Weights of the extractive score; tuned by hand on the dev set's must-keep figure recall and
# kept round on purpose (11 articles cannot support finer tuning).
# W_LEAD 1.0 → 2.0: at 1.0 the lead sentence (who did what) lost to figure-laden later ones in 5
# of 11 dev articles; at 2.0 it is chosen in 9 of 11 and must-keep figures shown rise 47 → 48/49.
W_LEAD, W_CENTRAL, W_KEY, W_FIG, W_TITLE, W_DANGLING, W_REDUNDANT = (
    2.0,
    0.8,
    1.2,
    0.15,
    0.5,
    0.6,
    1.0,
)
MAX_SENTENCES = 5
NEAR_DUPLICATE = 0.7
"""Cosine similarity of term vectors at which a sentence repeats a chosen one: never both."""


def select_extractive(
    sentences: Sequence[Sentence],
    budget: int,
    key_figures_of: Callable[[int], set] | None = None,
    figures_of: Callable[[int], int] | None = None,
    title: str | None = None,
) -> Choice:
    """``key_figures_of(i)`` → ids of the key figures in sentence i; ``figures_of(i)`` → count."""
    key_figures_of = key_figures_of or (lambda i: set())
    figures_of = figures_of or (lambda i: 0)
    vectors = [Counter(terms(s.text)) for s in sentences]
    central = lexrank(vectors)
    title_terms = Counter(terms(title or ""))
    base: dict[int, float] = {}
    for pos, s in enumerate(sentences):
        score = W_LEAD / (1 + 0.5 * pos) + W_CENTRAL * central[pos]
        score += W_FIG * min(figures_of(s.index), 4)
        score += W_TITLE * cosine(vectors[pos], title_terms)
        if DANGLING.match(s.text):
            score -= W_DANGLING
        base[s.index] = score
    by_index = {s.index: (pos, s) for pos, s in enumerate(sentences)}
    chosen: list[int] = []
    covered: set = set()
    used = 0
    while len(chosen) < MAX_SENTENCES:
        best, best_gain = None, -math.inf
        for index, score in base.items():
            if index in chosen:
                continue
            pos, s = by_index[index]
            cost = english_words_estimate(s)
            if chosen and used + cost > budget:
                continue
            new_keys = key_figures_of(index) - covered
            redundancy = max(
                (cosine(vectors[pos], vectors[by_index[c][0]]) for c in chosen), default=0.0
            )
            if redundancy >= NEAR_DUPLICATE and not new_keys:
                continue  # says again what a chosen sentence says (and adds no key figure)
            gain = score + W_KEY * len(new_keys) - W_REDUNDANT * redundancy
            if DANGLING.match(s.text) and index - 1 in chosen:
                gain += W_DANGLING  # its antecedent is there: no longer dangling
            if gain > best_gain:
                best, best_gain = index, gain
        if best is None or (chosen and best_gain <= 0):
            break
        chosen.append(best)
        covered |= key_figures_of(best)
        used += english_words_estimate(by_index[best][1])
    return Choice(sorted(chosen), base)


STRATEGIES: dict[str, Callable[..., Choice]] = {
    "lead": select_lead,
    "extractive": select_extractive,
}
